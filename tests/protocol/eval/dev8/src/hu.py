"""dev8 Hungarian items (writer A). Pannon Energia. Precision-oriented: mostly clean, natural items."""

LANG = "hu"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


ITEMS = [
    # ---------------- R-TALK-2 closings: C V C V C V C C ----------------
    {
        "text": "Összefoglalva: a mérőórát június 3-án kicserélték, a régi óra záró állását (45 210 kWh) rögzítettük, és a júniusi számlát már ennek alapján készítjük el. "
                "Van még kérdése, amiben segíthetek? Köszönöm, hogy jelezte a problémát, és ha bármi egyéb felmerül, bármikor írhat nekünk erre a címre.\n\n"
                "Üdvözlettel:\nHorváth Gábor\nPannon Energia ügyfélszolgálat",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Long closing with a summary; anything else / thanks / write again any time / 'Üdvözlettel' as goodbye. Clean.",
    },
    {
        "text": "Segíthetek még valamiben? ... Rendben. Köszönöm szépen, hogy hívott, és ha a részletfizetéssel kapcsolatban kérdése lenne, keressen minket nyugodtan.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Anything else, thanks and come back, but no goodbye (no viszonthallásra). R-TALK-2.",
    },
    {
        "text": "Örülök, hogy sikerült rendezni. Tudok még valamiben segíteni? Köszönöm a türelmét, és ha bármikor kérdése lenne, itt a chatben is várjuk. "
                "Szép estét, viszontlátásra!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing with all four parts. Clean.",
    },
    {
        "text": "Köszönjük, hogy megkeresett minket. Ha a jövőben bármilyen kérdése lenne, ügyfélszolgálatunk hétköznap 8 és 20 óra között várja hívását.\n\n"
                "Üdvözlettel:\nPintér Ádám\nPannon Energia",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Thanks, come back and sign-off, but it never asks whether anything else is needed. R-TALK-2.",
    },
    {
        "text": "Akkor a szerelő csütörtökön reggel érkezik. Van még valami, amiben a segítségére lehetek? Nincs? Akkor köszönöm a hívását, Kovács asszony, "
                "és ha bármi közbejön, hívjon minket bátran. Viszonthallásra!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing with a short summary and all four parts. Clean.",
    },
    {
        "text": "Szívesen! Segíthetek még valamiben? Ha nem, köszönöm, hogy írt nekünk. Kellemes hétvégét, viszontlátásra!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Anything else, thanks and goodbye, but nothing says the customer can come back. R-TALK-2.",
    },
    {
        "text": "Kérem, jelezze, ha bármi másban is segíthetünk. Köszönjük a türelmét a számlakorrekció ideje alatt; további kérdéseivel máskor is "
                "forduljon hozzánk bizalommal.\n\nTisztelettel:\nMajor Réka\nPannon Energia ügyfélszolgálat",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "'Let us know if we can help with anything else' is the anything-else part in ordinary wording; thanks; come back; 'Tisztelettel' as sign-off. Clean.",
    },
    {
        "text": "Nagyon szívesen, Tóth úr. Mielőtt elköszönünk: tudok még valamiben segíteni? Ha nem, köszönöm, hogy a Pannon Energiát választotta, "
                "és ha kérdése lenne, bármikor hívjon minket újra. Viszonthallásra!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Closing after the customer's thanks; all four parts. Clean.",
    },
    # ---------------- R-LETTER-1: C V C V C V C C ----------------
    {
        "text": "Tisztelt Lakatos Úr!\n\nFelhasználási hely azonosító: 4500 1187\n\nNyilvántartásunk szerint a márciusi és az áprilisi számlája, összesen 38 640 Ft, még nincs kiegyenlítve.\n\n"
                "Kérjük, hogy az összeget július 15-ig fizesse be átutalással vagy az ügyfélportálon. Ha ez most nehézséget okoz, a határidő előtt hívja "
                "ügyfélszolgálatunkat a 06 80 123 456-os számon, és részletfizetésben állapodunk meg.\n\nTisztelettel:\nKerekes Judit\nkintlévőség-kezelés, Pannon Energia",
        "expect": [],
        "channel": "letter",
        "note": "Arrears letter; next step (pay by 15 July and how, or call to agree instalments) in ordinary sentences. Clean.",
    },
    {
        "text": "Tisztelt Balogh Asszony!\n\nKöszönjük a felhasználási hely átírására vonatkozó kérelmét.\n\n"
                "A beküldött dokumentumok között nem találtuk az adásvételi szerződés másolatát.\n\n"
                "Tisztelettel:\nPannon Energia ügyfélszolgálat",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Missing document stated, but not what to send, how or by when. R-LETTER-1.",
    },
    {
        "text": "Tisztelt Farkas Úr!\n\nTájékoztatjuk, hogy a Rózsa utca 4. szám alatti gázmérő javítását október 2-án elvégeztük. "
                "Szerelőnk kicserélte a hibás nyomásszabályzót, és ellenőrizte a rendszert.\n\n"
                "Önnek további teendője nincs: a javítás garanciális volt, így díjat nem számítunk fel.\n\nTisztelettel:\nPannon Energia műszaki ügyfélszolgálat",
        "expect": [],
        "channel": "letter",
        "note": "Completed repair; nothing to do, and why (warranty, no fee). Clean.",
    },
    {
        "text": "Tisztelt Ügyfelünk!\n\nTájékoztatjuk, hogy szeptember 1-jétől az Ön által igénybe vett gáztarifa ára köbméterenként 285 forintról 298 forintra változik. "
                "A rendszerhasználati díjak változatlanok maradnak.\n\nTisztelettel:\nPannon Energia",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Tariff change stated; nothing about whether the customer must do anything or what their options are. R-LETTER-1.",
    },
    {
        "text": "Tisztelt Németh Asszony!\n\nSajnálattal értesítjük, hogy a május 12-re egyeztetett mérőóra-cserét el kell halasztanunk. "
                "Az új időpont május 19., hétfő, 8 és 12 óra között.\n\n"
                "Ha ez az időpont megfelel Önnek, nincs teendője. Ha nem, kérjük, május 16-ig hívjon minket a 06 80 123 456-os számon, és új időpontot egyeztetünk.\n\n"
                "Tisztelettel:\nPannon Energia ügyfélszolgálat",
        "expect": [],
        "channel": "letter",
        "note": "Moved appointment; both cases covered (nothing to do, or call by 16 May). Clean.",
    },
    {
        "text": "Tisztelt Simon Úr!\n\nMegvizsgáltuk június 3-án benyújtott panaszát, amely a becsült számlázással kapcsolatos. "
                "Panaszát megalapozottnak találtuk, és a 4200 forintos különbözetet jóváírtuk a folyószámláján.\n\nTisztelettel:\nPannon Energia panaszkezelés",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Complaint decision and credit stated, then the letter stops: neither a next step (e.g. sending readings to avoid estimates) nor 'nothing is needed'. R-LETTER-1.",
    },
    {
        "text": "Tisztelt Major Asszony!\n\nA szerződés megszűnése után keletkezett 12 780 forintos túlfizetését június 10-én visszautaltuk az Ön által megadott bankszámlára.\n\n"
                "Önnek nincs további teendője. Ha az összeg június 17-ig nem jelenik meg a számláján, kérjük, jelezze nekünk, és utánanézünk.\n\n"
                "Tisztelettel:\nPannon Energia ügyfélszolgálat",
        "expect": [],
        "channel": "letter",
        "note": "Refund letter: nothing to do, and what to do if the money does not show by 17 June. Clean.",
    },
    {
        "text": "Tisztelt Oláh Úr!\n\nHatározott idejű szerződése 2026. december 31-én lejár. Ha a jelenlegi feltételekkel szeretné folytatni, nincs teendője: "
                "a szerződés ezután határozatlan idejűként folytatódik, változatlan árakon. Amennyiben új ajánlatot kérne, december 1-ig keressen minket "
                "telefonon vagy az ügyfélportálon.\n\nTisztelettel:\nPannon Energia ügyfélszolgálat",
        "expect": [],
        "channel": "letter",
        "note": "Renewal: nothing to do to continue (and why), or how and by when to ask for a new offer. Clean.",
    },
    # ---------------- R-TALK-9 block: C V C V C V C V C C ----------------
    {
        "text": "Tisztelt Kiss Úr!\n\nKöszönjük levelét. A csoportos beszedési megbízást a bankjánál vagy az ügyfélportálon adhatja meg, "
                "ezt a fizetési módot mi is elfogadjuk. Az első számla április 12-én készül el. Új szerződésre valóban szükség van: "
                "kérjük, a mellékelt nyomtatványt kitöltve és aláírva küldje vissza nekünk.\n\nÜdvözlettel:\nBodnár Zsuzsa\nPannon Energia ügyfélszolgálat",
        "expect": [],
        "channel": "email",
        "customer": "Tisztelt Pannon Energia! Március 1-jén költöztem be a Fő utca 8. alá. Kell-e új szerződést kötnöm, és mikor kapom meg az első számlát? "
                    "Illetve lehet-e csoportos beszedéssel fizetni?",
        "note": "Moving-in e-mail: all three questions answered in reverse order and other words (direct debit accepted; first bill 12 April; yes, a new contract, form attached). Clean.",
    },
    {
        "text": "Sajnálom, hogy fűtés nélkül maradt. Holnap, kedden 8 és 12 óra között tudunk szerelőt küldeni, "
                "az időpontot már le is foglaltam Önnek.",
        "expect": ["R-TALK-9"],
        "channel": "phone",
        "customer": "A gázkazánom nem indul, a szerelőjük mikor tud kijönni? És ezt ki kell fizetnem, vagy benne van a szervizcsomagban?",
        "note": "Boiler will not start: 'when can the engineer come?' answered (Tuesday 8-12), 'do I have to pay or is it in the service plan?' never addressed. R-TALK-9.",
    },
    {
        "text": "Sajnos 25-ére nem tudjuk áttenni a levonást, mert a terhelési napok 5-e és 20-a közé esnek, de 20-át szívesen beállítom. Megfelelne Önnek?",
        "expect": [],
        "channel": "chat",
        "customer": "Lehetne, hogy a havi részletet 15-e helyett 25-én vonják le?",
        "note": "'Could the instalment be taken on the 25th?' answered 'Sajnos nem, de' with the 20th as alternative. 'szívesen' is not a diminutive. Clean.",
    },
    {
        "text": "Tisztelt Nagy Asszony!\n\nAz új tarifa szerint az áram kilowattóránkénti ára 36,10 forintról 38,40 forintra emelkedik, "
                "ami átlagos fogyasztásnál havonta körülbelül 450 forint többletet jelent. Az új árak augusztus 1-jétől érvényesek.\n\n"
                "Üdvözlettel:\nSzalai Eszter\nPannon Energia ügyfélszolgálat",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "Jó napot! Szeretném tudni, hogy az új tarifával mennyivel lesz drágább az áram, mikortól érvényes, és hogy felmondhatom-e emiatt a szerződést.",
        "note": "Three embedded questions: how much dearer and from when are answered; 'can I terminate the contract because of it?' is not. R-TALK-9.",
    },
    {
        "text": "Igen, a 14 350 forintos befizetése május 6-án megérkezett, köszönjük. A portálon a tartozás a feldolgozás miatt még egy-két napig látszhat, "
                "utána magától eltűnik.",
        "expect": [],
        "channel": "chat",
        "customer": "szeretnem tudni hogy a mult heti befizetesem megerkezett-e mert a portal meg tartozast mutat",
        "note": "Embedded question typed without diacritics and without '?': answered 'Igen' with the date, and the portal display explained. Clean.",
    },
    {
        "text": "Jó utat kívánok! Ha a leolvasó akkor érkezik, amikor Ön nincs otthon, értesítőt hagy a postaládában, "
                "és az óraállást hazaérkezése után az ügyfélportálon is megadhatja.",
        "expect": ["R-TALK-9"],
        "channel": "phone",
        "customer": "Jövő héten elutazom két hétre. Fel tudják függeszteni addig a részszámlát? És ha közben jön a leolvasó, mi lesz?",
        "note": "The meter-reader question is answered; 'can you suspend the partial bill meanwhile?' is ignored. R-TALK-9.",
    },
    {
        "text": "Tisztelt Fodor Úr!\n\nMellékelten küldöm a 2025-ös éves elszámoló számla másolatát, amelynek második oldalán az egész éves gázfogyasztása is szerepel: 1184 köbméter.\n\n"
                "Üdvözlettel:\nVass Dóra\nPannon Energia ügyfélszolgálat",
        "expect": [],
        "channel": "email",
        "customer": "Kérem, küldjék meg a tavalyi éves elszámoló számlám másolatát. Abban benne van az is, hogy mennyi gázt használtam összesen?",
        "note": "One sentence fulfils the request and answers the yes/no question implicitly (page 2 shows the yearly total, 1184 m3). Clean.",
    },
    {
        "text": "Jó napot kívánok! Igen, rendben van: a tegnapi óraállását megkaptuk, csak a portálon az adatok másnap reggel frissülnek. "
                "Újra elküldenie nem szükséges.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "Jo napot! Bejelentettem az oraallast tegnap, de a portal nem mutatja. Rendben van igy? Ujra kell kuldenem? Es miert nem kaptam visszaigazolo emailt",
        "note": "'Is it OK?' and 'do I have to resend?' answered; 'why did I get no confirmation e-mail' is not addressed. R-TALK-9.",
    },
    {
        "text": "Egyelőre nem tudom pontosan, miért készült két számla, ezt a számlázási osztály kollégáival most kivizsgáljuk. "
                "Addig kérem, egyiket se fizesse be; csütörtök délig telefonon jelentkezem, és megmondom, melyik az érvényes.",
        "expect": [],
        "channel": "phone",
        "customer": "Miért kaptam két számlát ugyanarra a hónapra? Melyiket kell befizetnem?",
        "note": "Honest 'I don't know yet' with a dated call-back (by Thursday noon) answers the why; 'which one to pay' answered (neither for now). Clean.",
    },
    {
        "text": "Természetesen. A számlázási címet átírtam az 1138 Budapest, Váci út 90. címre, így a júniusi számla már oda érkezik.",
        "expect": [],
        "channel": "email",
        "customer": "Megtenné, hogy a számlákat ezentúl a lányom címére küldik? 1138 Budapest, Váci út 90.",
        "note": "Request phrased as a question, fulfilled. Clean.",
    },
    # ---------------- R-TALK-6: C V x6 ----------------
    {
        "text": "Az áramszünetet egy kidőlt fa okozta, amely a tegnapi viharban elszakította a vezetéket a Béke utcánál. "
                "Kollégáink már a helyszínen dolgoznak, és becslésük szerint 16 óráig helyreáll az áramellátás.",
        "expect": [],
        "channel": "social",
        "note": "Cause explained without blame; attributed estimate. Clean.",
    },
    {
        "text": "A számla azért lett ilyen magas, mert Ön fél évig nem diktálta be az óraállást. Ezért ebben kizárólag Önt terheli a felelősség.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Blames the customer outright. R-TALK-6.",
    },
    {
        "text": "Igaza van, ez a mi hibánk volt: a befizetését tévesen egy másik folyószámlán könyveltük el. A hibát kijavítottam, és a fizetési felszólítást is visszavontuk.",
        "expect": [],
        "channel": "chat",
        "note": "Owns the company's mistake and fixes it. Clean.",
    },
    {
        "text": "Ez egyszerűen nem igaz. A szerelőnk ott volt a megbeszélt időben, csak Ön nem nyitott ajtót.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Contradicts and blames the customer. R-TALK-6.",
    },
    {
        "text": "A kötbért sajnos nem tudjuk elengedni, mert a szerződése határozott idejű. Ugyanakkor felajánlhatjuk, hogy a hátralévő hat hónapra "
                "kedvezőbb díjcsomagra váltson, vagy a kötbért három részletben fizesse meg.",
        "expect": [],
        "channel": "email",
        "note": "Refusal with two alternatives. Clean.",
    },
    {
        "text": "A számlázási osztályon sajnos senki nem figyel oda semmire, ezért ilyen gyakoriak ezek a hibák. Most én kijavítom Önnek.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Runs down another department while helping. R-TALK-6.",
    },
    {
        "text": "A kollégám, Kiss Péter, már múlt héten előkészítette a részletfizetési kérelmét, így most csak jóvá kell hagynom. "
                "A megállapodást ma postázom Önnek.",
        "expect": [],
        "channel": "phone",
        "note": "Colleague mentioned positively. Clean.",
    },
    {
        "text": "A műszaki vezető telefonszámát nem adhatom meg. Ilyen adatot nem adunk ki ügyfeleknek.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Refuses contact details with no alternative. R-TALK-6.",
    },
    {
        "text": "Hadd nézzem meg még egyszer: a májusi számla összege valóban megérkezett május 8-án. A felszólítás a júniusi számlára vonatkozik, "
                "amelynek határideje június 10. volt. Ha szeretné, erre az összegre két hét haladékot adok.",
        "expect": [],
        "channel": "email",
        "customer": "Már befizettem ezt a számlát, és megint fizetési felszólítást kaptam!",
        "note": "Politely corrects a misunderstanding (the reminder is for another bill) and offers extra time. Clean.",
    },
    {
        "text": "Ahogy már többször elmagyaráztam, a mérőóra leolvasása az Ön kötelessége. Legközelebb figyelmesebben olvassa el a szerződést.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Lectures the customer ('as I have explained several times', 'read the contract more carefully'). R-TALK-6.",
    },
    {
        "text": "Ön azt írta, hogy „harmadszor írom ugyanazt”, és ezt valóban nem lett volna szabad így hagynunk. Elnézést kérek. "
                "Az ügyét most én vettem át, és holnap 12 óráig írásban válaszolok Önnek.",
        "expect": [],
        "channel": "email",
        "customer": "Maguk egy rakás dilettáns, harmadszor írom ugyanazt!",
        "note": "Quotes the customer's words with an apology and a dated commitment. Clean.",
    },
    {
        "text": "Őszintén szólva ez a cég évek óta nem tud rendesen számlázni, én is szégyellem magam miatta. A helyes számlát holnap elküldöm.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Speaks badly of the company while helping. R-TALK-6.",
    },
]


TRANSCRIPTS = [
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "phone", "agent": "Kovács Eszter", "organisation": "Pannon Energia",
            "turns": [
                E("ring", "system"), E("ring", "system"), E("answer"),
                A("Jó napot kívánok, Pannon Energia ügyfélszolgálat, Kovács Eszter vagyok. Miben segíthetek?"),
                C("Jó napot. Már a második hónap, hogy ilyen magas a számlám! Ez egyszerűen felháborító."),
                A("Nagyon sajnálom, hogy ez ennyi bosszúságot okozott, és szeretném megnézni, miből adódik az összeg. "
                  "Megengedi, hogy egy percre várakoztassam, amíg ellenőrzöm a mérőóra-leolvasásokat?"),
                C("Igen, várok."),
                E("hold"), E("resume"),
                A("Köszönöm, hogy várt. Mindkét számla becsült óraálláson alapult, mert az elmúlt két hónapban nem volt leolvasás. "
                  "Ha most megadja az aktuális óraállást, helyesbítő számlát készítünk."),
                C("Jó, most 12 480 áll rajta."),
                A("Köszönöm, rögzítettem. A helyesbítő számlát május 10-ig elküldjük e-mailben, és a különbözetet jóváírjuk. Segíthetek még valamiben?"),
                C("Nem, ennyi volt."),
                A("Köszönöm a türelmét, Szabó úr. Ha a számlával kapcsolatban bármi kérdése lenne, hívjon minket bizalommal. Viszonthallásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "High-bill complaint answered with apology + a check (way forward), hold asked with a reason, thanks after resume; closing spread over the last two agent turns after the resume. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "chat", "agent": "Takács Gábor", "organisation": "Pannon Energia",
            "turns": [
                A("Jó napot kívánok, Takács Gábor vagyok, a Pannon Energia online ügyfélszolgálatától. Miben segíthetek?"),
                C("mar 5 oraja nincs aram a Petofi utcaban! es senki nem veszi fel a telefont"),
                A("Nagyon sajnálom, és teljesen megértem, hogy ez mennyire kellemetlen."),
                C("es mikor lesz aram?"),
                A("Hálózati kollégáink már a helyszínen vannak: egy földkábel sérült meg egy útfelújítás során. Becslésük szerint 18 óráig helyreáll az áramellátás."),
                C("oke, koszi"),
                A("Szívesen. Segíthetek még valamiben?"),
                C("nem"),
                A("Köszönöm, hogy írt nekünk. Ha este újra gond lenne, bármikor írhat ide, vagy hívhatja a hibabejelentő vonalat a 06 80 123 456-os számon. Viszontlátásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Outage complaint; the next agent turn apologises and sympathises but offers no way forward (the information only comes after the customer asks). R-TALK-12. The question 'when?' is answered; closing complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "chat", "agent": "Fehér Réka", "organisation": "Pannon Energia",
            "turns": [
                A("Üdvözlöm, a Pannon Energia ügyfélszolgálatán Fehér Réka vagyok. Miben lehetek a segítségére?"),
                C("Jo napot, szeretnem bediktalni a gazora allasat: 3021. Meddig lehet ezt megtenni ebben a honapban?"),
                A("Köszönöm, a 3021-es óraállást rögzítettem mai dátummal. A diktálási időszak minden hónap 1. és 8. napja között van, így éppen időben érkezett."),
                C("Szuper. Es a kovetkezo szamla mar ezzel fog szamolni?"),
                A("Igen, a júniusi számlát már ebből az óraállásból készítjük el. Tudok még valamiben segíteni?"),
                C("Nem, koszonom, viszlat!"),
                A("Én köszönöm, hogy bediktálta. Ha legközelebb is kérdése lenne, írjon nekünk bátran. Viszontlátásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Gas meter reading by chat; 'until when?' answered by the dates, the yes/no by 'Igen'; the customer says goodbye first and the agent completes the closing. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "phone", "agent": "Varga Péter", "organisation": "Pannon Energia",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Pannon Energia, jó napot kívánok, Varga Péter vagyok. Miben segíthetek?"),
                C("Jó napot, elmaradásom van, 86 ezer forint, és nem tudom egyben kifizetni. Lehet részletekben?"),
                A("Igen, erre van lehetőség. Hány hónapra szeretné elosztani?"),
                C("Mondjuk négy hónapra."),
                A("Rendben, akkor négy részletet állítok be, havi 21 500 forinttal, az első július 10-én esedékes. A megállapodást postán és e-mailben is elküldjük."),
                C("Jó, köszönöm."),
                A("Van még valami, amiben segíthetek?"),
                C("Nincs, ennyi."),
                A("Ha bármikor elakadna a részletekkel, hívjon minket bátran, és közösen megoldást keresünk. Viszonthallásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-2"],
        "note": "Payment plan call; the closing asks anything else, invites the customer back and says goodbye, but the agent never thanks the customer. R-TALK-2.",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "phone", "agent": "Szűcs Zsófia", "organisation": "Pannon Energia",
            "turns": [
                E("ring", "system"), E("ring", "system"), E("ring", "system"), E("answer"),
                A("Jó napot kívánok, Szűcs Zsófia vagyok, a Pannon Energia ügyfélszolgálatától. Miben segíthetek?"),
                C("Tegnap egész nap otthon vártam a szerelőt, és nem jött senki! Még csak nem is szóltak."),
                A("Ezt nagyon sajnálom, Horváth asszony, ez a mi hibánk: legalább értesítenünk kellett volna. "
                  "Most rögtön új időpontot foglalok Önnek. Csütörtökön 8 és 10 óra között megfelelne?"),
                C("Csütörtökön jó. Kapok valami kártérítést?"),
                A("Igen, az elmaradt kiszállásért 5000 forint jóváírás jár, ezt már rögzítettem, és a következő számláján fog megjelenni. "
                  "A csütörtöki időpontot is lefoglaltam, a szerelő indulás előtt felhívja Önt."),
                C("Rendben, köszönöm."),
                A("Kérem. Segíthetek még valami másban?"),
                C("Nem, köszönöm, viszonthallásra."),
                A("Én köszönöm, hogy jelezte nekünk, és ha csütörtökön bármi közbejönne, hívjon minket nyugodtan. Viszonthallásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "No-show complaint answered with apology, ownership and a new slot; compensation question answered 'Igen'; customer says goodbye first; closing spread. 3 rings. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "phone", "agent": "Papp Balázs", "organisation": "Pannon Energia",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Jó napot kívánok, itt Papp Balázs, Pannon Energia ügyfélszolgálat. Miben segíthetek?"),
                C("Három hete megszüntettem a szerződést, és még mindig nem kaptam vissza a túlfizetést! Meddig kell még várnom?"),
                A("Megnézem, hol tart az ügy. Megadná a felhasználási hely azonosítóját?"),
                C("Persze, 4500 1231."),
                A("Köszönöm. Látom, hogy a 23 400 forintos túlfizetés visszautalása azért nem indult el, mert a végszámla csak múlt héten készült el. "
                  "Ma elindítom az utalást, a bankok általában két-három munkanap alatt jóváírják."),
                C("Jó."),
                A("Van még valami, amiben segíthetek?"),
                C("Nincs."),
                A("Köszönöm a türelmét, és ha jövő szerdáig nem érkezik meg az összeg, keressen minket bátran. Viszonthallásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Refund complaint; the next agent turn offers a way forward (checking the case) but no apology. R-TALK-12. 'How long must I wait?' is answered (2-3 working days); closing complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "phone", "agent": "Tóth Tamás", "organisation": "Pannon Energia",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Jó napot kívánok, Pannon Energia ügyfélszolgálat, Tóth Tamás vagyok. Miben segíthetek?"),
                C("Jó napot, július 1-jén költözöm, és át szeretném íratni a szerződést az új címre, Debrecen, Kossuth utca 12."),
                A("Gratulálok az új otthonhoz! Az átírást a szerződéskezelő kollégám, Nagy Anna intézi, most átkapcsolom hozzá. "
                  "Már elmondtam neki a költözés dátumát és az új címet, így nem kell megismételnie. Rendben?"),
                C("Rendben."),
                E("transfer", to="szerződéskezelés"),
                A("Jó napot, Nagy Anna vagyok a szerződéskezelésről. A kollégám már tájékoztatott: július 1-jétől a Kossuth utca 12. alá költözik. "
                  "Kérem, a kiköltözés napján olvassa le a régi lakás mérőóráját, és küldje el nekünk az óraállást."),
                C("És az új helyen mikor kell leolvasni?"),
                A("Ugyanaznap, a beköltözéskor, és mindkét óraállást egyszerre is beküldheti az ügyfélportálon. Segíthetek még valamiben?"),
                C("Nem, ez minden. Köszönöm, viszonthallásra."),
                A("Én köszönöm, és sok örömet kívánok az új otthonban. Ha bármi változna, hívjon minket bizalommal. Viszonthallásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Moving house with a transfer after a summary; the colleague is mentioned neutrally; the second agent answers the question and closes after the customer's goodbye. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "chat", "agent": "Molnár Katalin", "organisation": "Pannon Energia",
            "turns": [
                A("Üdvözlöm, Molnár Katalin vagyok, a Pannon Energia online ügyfélszolgálatától. Miben segíthetek?"),
                C("Szia, at tudnam allitani e-szamlara a szerzodesemet? es akkor is kapok papirt?"),
                A("Igen, az e-számlát most bekapcsoltam, a következő számlát már e-mailben kapja meg. Papíron ezután nem küldünk számlát, "
                  "de bármikor letöltheti és kinyomtathatja az ügyfélportálról."),
                C("ok, koszi"),
                A("Segíthetek még valamiben?"),
                C("nem, ennyi"),
                A("Köszönöm, hogy írt nekünk, és hogy az e-számlát választotta. Szép napot, viszontlátásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-2"],
        "note": "E-bill switch; both questions answered. The closing asks anything else, thanks and says goodbye, but never says the customer can come back. R-TALK-2. (The customer's 'Szia' is the customer's register.)",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "chat", "agent": "Balogh László", "organisation": "Pannon Energia",
            "turns": [
                A("Jó estét kívánok, Balogh László vagyok, a Pannon Energia ügyfélszolgálatától. Miben segíthetek?"),
                C("Ez a szamla egy rablas, 58 ezer forint egy honapra?? Maguk teljesen megorultek"),
                A("Sajnálom, hogy ilyen kellemetlen meglepetés érte. Megnéztem: a januári számla a hideg hetek miatt magasabb fogyasztást tartalmaz, 412 köbméter gázt. "
                  "Ha szeretné, a következő hónapokra egyenlő részszámlát állíthatok be, így nem lesznek ilyen nagy ugrások."),
                C("Igen, azt kerem. Mennyi lenne havonta?"),
                A("Az éves fogyasztása alapján havi 19 800 forint lenne, áprilistól. Beállítottam, a visszaigazolást e-mailben küldöm."),
                C("jo"),
                A("Van még valami, amiben segíthetek? Ha nincs, köszönöm, hogy megkeresett minket, és ha kérdése lenne, itt a chaten vagy telefonon is bármikor elér minket. Viszontlátásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Insulting complaint about the bill answered with apology, explanation and an offer of equal monthly instalments; 'how much monthly?' answered; complete closing in one turn, then the customer leaves. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "hu", "channel": "phone", "agent": "Fekete Judit", "organisation": "Pannon Energia",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Jó napot kívánok, Fekete Judit vagyok, a Pannon Energia ügyfélszolgálatától. Miben segíthetek?"),
                C("Jó napot, levelet kaptam, hogy cserélik a villanyórát. Mikor jönnek, és nekem otthon kell lennem?"),
                A("Megengedi, hogy rövid ideig várakoztassam, amíg megnézem a csere pontos időpontját?"),
                C("Persze."),
                E("hold"), E("resume"),
                A("Köszönöm a türelmét. A szerelő május 22-én, csütörtökön 10 és 14 óra között érkezik. Igen, otthon kell lennie valakinek, "
                  "mert a mérőóra a lakásban van; ha ez az időpont nem jó, most áttehetem egy másik napra."),
                C("Nem, az jó lesz."),
                A("Rendben, akkor marad a csütörtök. Tudok még valamiben segíteni?"),
                C("Nem, köszönöm."),
                A("Köszönöm, hogy hívott, Varga úr. Ha később mégis módosítani szeretné az időpontot, hívjon minket bármikor. Viszonthallásra!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Meter exchange appointment; hold with permission and reason, thanks after; both questions answered after the resume; closing spread over two turns. Clean.",
    },
]
