"""dev11 Hungarian items (writer B). Desks: concert/theatre box office, scooter and bike
sharing, property manager, household waste, car service garage, language school, removals,
veterinary practice, cinema, lost luggage / lost property."""

LANG = "hu"

ORG = "Pannon Energia"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def T(channel, agent, turns):
    return {"version": 1, "lang": "hu", "channel": channel, "agent": agent,
            "organisation": ORG, "turns": turns}


TRANSCRIPTS = [
    # t01 clean
    {
        "transcript": T("phone", "Tóth Réka", [
            E("ring", "system"), E("ring", "system"), E("answer"),
            A("Jó napot kívánok, Pannon Energia Aréna jegyiroda, Tóth Réka vagyok. Miben segíthetek?"),
            C("Jó napot. Hát az a helyzet, hogy vettem két jegyet a május 18-i koncertre, és most "
              "kaptam egy e-mailt, hogy elhalasztják. Ez már a második halasztás, komolyan elegem van!"),
            A("Nagyon sajnálom, értem, hogy ez már a második csalódás. Megnézem a foglalását, és "
              "elmondom, milyen lehetőségei vannak. Megadná a rendelésszámot?"),
            C("Igen, PE-48213. És azt szeretném tudni, hogy a jegyek érvényesek maradnak-e, vagy "
              "vissza tudom kérni a pénzt."),
            A("Köszönöm. Megkérhetem, hogy tartsa egy percig a vonalat, amíg megnézem, melyik "
              "napra tették át a koncertet?"),
            C("Jó, várok."),
            E("hold"), E("resume"),
            A("Köszönöm, hogy várt. Az új időpont szeptember 13., szombat. A jegyei erre a napra "
              "érvényesek maradnak, ugyanazokra a helyekre. Ha ez nem jó Önnek, június 30-ig "
              "kérheti a teljes jegyár visszatérítését."),
            C("Szeptemberben nem leszek itthon. Akkor kérem vissza a pénzt. Mennyi idő, mire megjön?"),
            A("Rendben, a visszatérítést most elindítom. A két jegy ára, 31 800 forint, arra a "
              "kártyára megy vissza, amellyel fizetett. A bankok ezt általában öt munkanapon belül "
              "jóváírják, és e-mailben is kap róla visszaigazolást."),
            C("Oké, az jó. Köszönöm."),
            A("Szívesen. Segíthetek még valamiben?"),
            C("Nem, más nincs."),
            A("Köszönöm, hogy hívott minket. Ha a visszatérítéssel bármi gond lenne, hívjon "
              "nyugodtan újra, szívesen segítünk. Viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Arena box office call: a concert postponed for the second time ('I'm really fed "
                "up!'). Next agent turn apologises and offers to check the booking (way forward). "
                "Hold with permission and reason, thanks after resume. Both halves of the embedded "
                "either/or question answered (tickets stay valid; refund until 30 June), 'how long' "
                "answered with an attributed bank estimate. Closing spread over the last two agent "
                "turns (anything else / thanks / call again / goodbye). 2 rings. Possible false "
                "alarms: 'nyugodtan' (feel free) is not 'calm down'; the bank estimate is not a "
                "promise.",
    },
    # t02 violating: R-TALK-12, R-TALK-2
    {
        "transcript": T("chat", "Kiss Bence", [
            A("Üdvözlöm, a Pannon Energia e-roller ügyfélszolgálatán Kiss Bence vagyok. Miben "
              "segíthetek?"),
            C("szia. tegnap este leadtam a rollert a Corvin negyednel de az app nem zarta le a "
              "menetet es egesz ejjel ment a szamlalo. 9400 ft-ot vontak le!! Ez elfogadhatatlan."),
            A("Megnéztem a menetet: a roller 22:14 óta a Corvin negyedben áll, tehát a leadás "
              "rendben volt. A díjat a leadás időpontjáig újraszámolom, a különbséget visszautalom."),
            C("ok. es mennyi lesz akkor a vegosszeg? meg mikor kapom vissza?"),
            A("A tegnapi menet díja 22:14-ig 1150 forint, így 8250 forintot utalok vissza. A "
              "visszautalást most indítottam, a bankja általában három-öt munkanapon belül jóváírja."),
            C("rendben, koszi"),
            A("Szívesen. Van még valami, amiben segíthetek?"),
            C("nincs"),
            A("Köszönöm, hogy írt nekünk. Viszontlátásra!"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-2"],
        "note": "Scooter-sharing chat: the ride was not closed and 9400 Ft was charged ('!!', 'this "
                "is unacceptable'). The next agent turn fixes it (recalculation, refund) but never "
                "apologises: R-TALK-12. Both questions (final amount, when) are answered. The "
                "closing asks 'anything else', thanks and says goodbye but never says the customer "
                "can come back: R-TALK-2. Customer writes 'szia' and without diacritics; the agent "
                "stays formal.",
    },
    # t03 clean
    {
        "transcript": T("chat", "Varga Eszter", [
            A("Jó napot kívánok! Pannon Energia Lakáskezelő, Varga Eszter vagyok. Miben segíthetek?"),
            C("Jo napot. A Bartók Béla út 12-ben berelek lakást, a nappaliban a radiator hetek óta "
              "hideg. Mar harmadszor jelzem, és senki nem jött ki!"),
            A("Elnézést kérek, ennek valóban nem kellett volna így elhúzódnia. Most felírom sürgős "
              "javításnak, és egyeztetek Önnel egy időpontot a szerelővel. Melyik napszak lenne jó "
              "Önnek?"),
            C("Csütörtökön délelőtt itthon vagyok. És a bérleti díjból le tudnak vonni valamit, ha "
              "hetek óta nincs rendes fűtés?"),
            A("Csütörtökön 8 és 10 óra között küldöm a szerelőt, ezt most rögzítettem. A "
              "díjcsökkentésről a lakáskezelési vezető dönt. Továbbítom neki a kérését a korábbi "
              "bejelentései dátumával együtt, és péntek délig írásban válaszolunk."),
            C("Rendben. Kell valamit előkészítenem a szerelőnek?"),
            A("Csak annyit kérek, hogy a radiátor előtti részt tegye szabaddá, hogy a szerelő "
              "hozzáférjen. Más előkészületre nincs szükség."),
            C("Oké, köszönöm, hogy ilyen gyorsan intézte."),
            A("Én köszönöm a türelmét. Van még valami, amiben segíthetek?"),
            C("Nem, ennyi volt."),
            A("Ha csütörtök után is gond lenne a fűtéssel, bármikor írhat nekünk újra ide a "
              "chatbe. Szép napot és viszontlátásra!"),
        ]),
        "expect": [],
        "note": "Landlord chat: the radiator has been cold for weeks, third report, 'nobody came!'. "
                "The agent apologises and books an urgent repair (way forward), then a Thursday "
                "8-10 slot. The rent-reduction question gets an honest 'the manager decides' with a "
                "dated written answer (by Friday noon); 'do I need to prepare anything' answered. "
                "Closing over the last two agent turns: thanks, anything else, write again, "
                "goodbye.",
    },
    # t04 violating: R-TALK-6, R-TALK-12
    {
        "transcript": T("phone", "Molnár Zoltán", [
            E("ring", "system"), E("answer"),
            A("Jó napot kívánok, Pannon Energia Hulladékszállítás, Molnár Zoltán vagyok, miben "
              "segíthetek?"),
            C("Jó napot. Gödöllőről hívom, a Fenyő utcából. Már két hete nem vitték el a "
              "szelektívet, tele van az egész kapualj zsákokkal. Ez így tarthatatlan!"),
            A("Mhm. Nézze, a szelektív gyűjtés a naptár szerint minden második kedden van, és a "
              "zsákokat reggel hat óráig kell kihelyezni. Ha később kerülnek ki, az autó már nem "
              "áll meg értük."),
            C("De én előző este kiraktam! Akkor most mi lesz a zsákokkal?"),
            A("Elnézést, akkor ezt rosszul gondoltam. Megnéztem: a járat a múlt kedden kimaradt "
              "az Ön utcájából. Holnap, szerdán délelőtt pótlólag kimegy egy autó, és elviszi a "
              "kihelyezett zsákokat."),
            C("Jó. És a következő ürítés mikor lesz?"),
            A("A következő rendes szelektív ürítés május 27-én, kedden lesz. A naptárat a "
              "honlapunkon is megtalálja, ha rákeres a település nevére."),
            C("Rendben, köszönöm."),
            A("Segíthetek még valamiben?"),
            C("Nem, ennyi."),
            A("Köszönöm a hívását és a türelmét. Ha szerdán mégsem jönne az autó, hívjon minket "
              "nyugodtan újra. Viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-6", "R-TALK-12"],
        "note": "Waste-collection call: recycling not collected for two weeks ('this is "
                "untenable!'). The next agent turn only lectures about the 6 a.m. rule and implies "
                "the customer put the bags out late ('if they go out later, the truck won't stop'): "
                "implied blame and lecturing (R-TALK-6), no apology and no way forward (R-TALK-12). "
                "After the customer's protest the agent apologises and sends a truck tomorrow "
                "(that turn is fine). Both questions answered; complete closing over the last two "
                "agent turns.",
    },
    # t05 clean
    {
        "transcript": T("phone", "Horváth Péter", [
            E("ring", "system"), E("ring", "system"), E("answer"),
            A("Pannon Energia Autószerviz, jó napot kívánok, Horváth Péter vagyok. Miben segíthetek?"),
            C("Jó napot, Szabó Anna vagyok. Hétfőn leadtam a Skodát fékcserére, azt mondták, "
              "szerdára kész. Ma péntek van, és még mindig semmi. Senki nem hívott vissza, pedig "
              "kétszer is kértem!"),
            A("Ezt nagyon sajnálom, Szabó asszony, vissza kellett volna hívnunk. Megnézem most, "
              "hol tart az autója. Megkérhetem, hogy tartsa egy-két percig a vonalat, amíg "
              "beszélek a műhellyel?"),
            C("Jó, de siessen."),
            E("hold"), E("resume"),
            A("Köszönöm, hogy kivárt. A hátsó féknyereg is hibás volt, és az alkatrész csak ma "
              "reggel érkezett meg. A kolléga most szereli be, a műhelyvezető szerint az autó ma "
              "16 órára elkészül."),
            C("És ez mennyivel lesz drágább? Erről senki nem kérdezett meg."),
            A("Igaza van, ezt előre egyeztetnünk kellett volna, elnézést kérek érte. A féknyereg "
              "alkatrésszel és munkadíjjal együtt 38 500 forint. Ha nem kéri a cseréjét, a kolléga "
              "még leállhat vele, és csak a megrendelt fékcserét számlázzuk."),
            C("Nem, csinálják meg, ha már hibás. Addig viszont nincs autóm. Tudnak adni csereautót?"),
            A("Természetesen, és elnézést a kényelmetlenségért. A mai napra díjmentesen adunk "
              "csereautót, a kulcsot a recepción veheti át, és délután ugyanott cseréljük vissza a "
              "saját autójára."),
            C("Rendben, akkor egy óra múlva ott vagyok."),
            A("Köszönöm, hogy ilyen rugalmas. Segíthetek még valamiben?"),
            C("Nincs, köszönöm."),
            A("Én köszönöm a türelmét. Ha bármi kérdése lenne, hívjon minket bármikor újra. "
              "Viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Garage call: car promised for Wednesday, still not ready on Friday, no callback "
                "('nobody called back!'). Apology + checking now + hold asked with reason; thanks "
                "after resume; the time is attributed to the workshop manager. Second complaint "
                "('nobody asked me about this') gets an apology and a choice (stop the extra repair "
                "or go ahead) plus the price. 'Meanwhile I have no car. Can you give me a courtesy "
                "car?' gets a short apology and the free car (yes implied). Closing over the last two agent turns.",
    },
    # t06 violating: R-TALK-9
    {
        "transcript": T("chat", "Kovács Judit", [
            A("Jó napot kívánok! A Pannon Energia Nyelviskola ügyfélszolgálatán Kovács Judit "
              "vagyok. Miben segíthetek?"),
            C("Jó napot! A keddi haladó német csoportba járok. A tanár az elmúlt három hétben "
              "kétszer nem jelent meg, és szólni sem szólt senki. Ezért fizettem 96 ezer forintot?"),
            A("Nagyon sajnálom, ennek nem lett volna szabad előfordulnia, és értesítenünk kellett "
              "volna Önt. A két elmaradt órát pótoljuk, a pótórák időpontjáról még ma írok Önnek."),
            C("Rendben. Még két dolog: át tudnék menni a csütörtök esti csoportba? És ha a tanár "
              "megint nem jön, visszakapom az arányos részt?"),
            A("A csütörtök esti haladó csoportban van még két szabad hely, így át tud jelentkezni. "
              "Ha szeretné, most átírom a jelentkezését, és a jövő héttől már oda várjuk."),
            C("Igen, kérem, írja át."),
            A("Átírtam, a következő óra május 22-én, csütörtökön 18 órakor lesz a 204-es teremben. "
              "A pótórák időpontjait e-mailben küldöm el még ma."),
            C("Köszönöm."),
            A("Szívesen. Van még valami, amiben segíthetek?"),
            C("Most nincs."),
            A("Köszönöm, hogy megkeresett minket, és ha bármi kérdése lenne, írjon nyugodtan "
              "újra. Viszontlátásra!"),
        ]),
        "expect": ["R-TALK-9"],
        "note": "Language-school chat: the teacher missed two lessons without notice ('Is this what "
                "I paid 96,000 forints for?', rhetorical, met by the apology and make-up lessons). "
                "The complaint is handled (apology + make-up lessons today). The customer then asks "
                "two questions: switch to the Thursday group (answered and done) and 'if the "
                "teacher doesn't show again, do I get the proportional part back?', never answered: "
                "R-TALK-9. Closing complete.",
    },
    # t07 clean, with transfer
    {
        "transcript": T("phone", "Balogh Dóra", [
            E("ring", "system"), E("answer"),
            A("Jó napot kívánok, Pannon Energia Költöztetési Szolgálat, Balogh Dóra vagyok. Miben "
              "segíthetek?"),
            C("Jó napot. Tegnap Önök költöztettek minket Pécsre, és a hálószobaszekrény ajtaja "
              "betört. Meg az üvegasztal lába is eltört. Egy csomó pénzt fizettem, és ez a vége!"),
            A("Nagyon sajnálom, hogy megsérültek a bútorai. A kárbejelentést most felveszem, és a "
              "kárrendezéssel foglalkozó kollégánk még ma segít Önnek. Megadná a megrendelés számát?"),
            C("KT-2291. És ezt ki fogja kifizetni?"),
            A("Köszönöm. A szállítás közben keletkezett kárért mi felelünk, ezt a "
              "felelősségbiztosításunkon keresztül rendezzük. A részletekről a kárrendezési kollégám, Lakatos Gábor tud pontosan tájékoztatni. "
              "Átkapcsolhatom hozzá? Elmondom neki, mi történt, hogy ne kelljen elölről kezdenie."),
            C("Jó, kapcsoljon."),
            E("transfer", to="kárrendezés"),
            A("Jó napot kívánok, Lakatos Gábor vagyok a kárrendezéstől. A kollégám elmondta, hogy "
              "a szekrény ajtaja és az üvegasztal sérült meg a tegnapi költözéskor. Ezt nagyon "
              "sajnálom."),
            C("Igen. Most mit kell csinálnom?"),
            A("Kérem, fényképezze le a sérült bútorokat, és küldje el a karrendezes@pannonenergia.hu "
              "címre a megrendelés számával. Szerdán 10 és 12 óra között kimegy egy kárfelmérő "
              "kollégánk, és a helyszínen felméri a javítás költségét."),
            C("Szerda jó. És ha nem lehet megjavítani?"),
            A("Ha a kárfelmérő szerint nem javítható, a bútor értékét térítjük meg, a számla vagy "
              "egy hasonló termék ára alapján. Erről a felmérés után öt munkanapon belül írásban "
              "kap ajánlatot."),
            C("Rendben, köszönöm."),
            A("Én köszönöm, hogy jelezte. Segíthetek még valamiben?"),
            C("Nem, ennyi."),
            A("Ha a képek küldésével vagy a szerdai időponttal bármi gond lenne, hívjon minket "
              "bármikor. Viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Removals call with a transfer: wardrobe door and glass table broken in the move "
                "('I paid a lot and this is the result!'). Apology + damage report taken now + "
                "claims colleague today. 'Who will pay?' answered (we are liable and settle it through our liability insurance; own responsibility, not a promise about an insurer). The "
                "transfer is announced with a summary so the customer need not repeat. The second "
                "agent greets, restates the case, answers 'what do I do now' (photos, assessor "
                "Wednesday 10-12) and 'what if it can't be repaired'. Closing over the last two "
                "agent turns after the transfer.",
    },
    # t08 violating: R-TALK-10, R-TALK-2
    {
        "transcript": T("phone", "Fehér Nóra", [
            E("ring", "system"), E("ring", "system"), E("ring", "system"), E("answer"),
            A("Jó estét kívánok, Pannon Energia Kamaraszínház, jegypénztár, Fehér Nóra vagyok. "
              "Miben segíthetek?"),
            C("Jó estét. Online vettem jegyet a szombati Csongor és Tündére, de a jegyen a 12. "
              "sor szerepel, pedig én a 3. sort választottam. Ez már nem először fordul elő "
              "maguknál."),
            A("Elnézést kérek a kellemetlenségért, ezt rendbe tesszük. Megnézem a foglalását, egy "
              "pillanat, tartsa a vonalat."),
            E("hold"), E("resume"),
            A("Köszönöm a türelmét. Valóban a 3. sort választotta, a jegyet a mi rendszerünk írta "
              "ki hibásan. A 3. sor 7-es és 8-as helye még szabad, ezeket most átfoglaltam Önnek."),
            C("Jó. És kell új jegyet nyomtatnom, vagy a régi is jó?"),
            A("Az új jegyet elküldtem az e-mail-címére, kérem, azt hozza magával. A régi jegy már "
              "nem érvényes, azt nem kell kinyomtatnia."),
            C("Rendben, megjött. Köszönöm."),
            A("Szívesen. Van még valami, amiben segíthetek?"),
            C("Nincs, köszönöm."),
            A("Köszönöm, hogy szólt nekünk. Ha szombatig bármilyen kérdése lenne, hívjon minket "
              "nyugodtan újra."),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-10", "R-TALK-2"],
        "note": "Theatre box office call, 3 rings (not more). Wrong row printed on the ticket, 'not "
                "the first time with you' (complaint in ordinary words): the next turn apologises "
                "and offers to fix it, so R-TALK-12 is met. But the hold is an instruction "
                "('one moment, hold the line'), with a reason and no permission asked: R-TALK-10 "
                "(thanks after resume is present). The question about reprinting is answered. The "
                "closing has anything else, thanks and call again but no goodbye: R-TALK-2.",
    },
    # t09 clean
    {
        "transcript": T("chat", "Farkas Lilla", [
            A("Jó napot kívánok! Pannon Energia Állatorvosi Rendelő, Farkas Lilla vagyok. Miben "
              "segíthetek?"),
            C("Jo napot! Holnapra volt időpontunk Bodri ivartalanítására, és most hívtak, hogy a "
              "doktornő beteg, és elmarad. Egy hete szabadságot vettem ki erre a napra, ez nagyon "
              "nem korrekt."),
            A("Nagyon sajnálom, hogy ilyen későn szóltunk, és felborult a terve. Szeretnék minél "
              "előbb új időpontot adni: jövő kedden vagy csütörtökön reggel 8-kor dr. Nagy Ákos "
              "tudja elvégezni a műtétet. Melyik lenne jó Önnek?"),
            C("A csütörtök jó. Ugyanúgy előtte este már nem ehet semmit?"),
            A("Csütörtök reggel 8 órára rögzítettem az időpontot. Igen, előző este 8 óra után már "
              "ne kapjon enni, vizet viszont reggelig ihat."),
            C("Ok. Es ha mas orvos csinalja, ugye ugyanannyi lesz az ara?"),
            A("Az ár nem változik, a műtét 42 000 forint, ahogy korábban egyeztettük. Az "
              "orvosváltás miatt Önnek semmi mást nem kell tennie."),
            C("Rendben, köszönöm szépen."),
            A("Én köszönöm a megértését. Segíthetek még valamiben?"),
            C("Nincs, koszi."),
            A("Ha a műtét előtt bármi kérdése lenne, írjon vagy hívjon minket bármikor. Jó "
              "pihenést Bodrinak, viszontlátásra!"),
        ]),
        "expect": [],
        "note": "Veterinary chat: the spaying booked for tomorrow is cancelled at short notice, the "
                "owner took a day off ('this is really not fair'). Apology + two concrete new "
                "slots. The fasting yes/no question answered ('Igen ...'), the tag question 'it "
                "will cost the same, right?' answered ('the price doesn't change'). Closing over "
                "the last two agent turns. 'Bodri' is the dog's name, not a diminutive.",
    },
    # t10 violating: R-TALK-12, R-TALK-10
    {
        "transcript": T("phone", "Szilágyi Ádám", [
            E("ring", "system"), E("answer"),
            A("Jó napot kívánok, Pannon Energia Aréna, talált tárgyak, Szilágyi Ádám vagyok. Miben "
              "segíthetek?"),
            C("Jó napot. Szombaton a koncerten a ruhatárban hagytam a kabátomat, és amikor vissza "
              "akartam kérni, azt mondták, nincs meg. Azóta háromszor hívtam Önöket, és senki nem "
              "tudott semmit mondani. Ez felháborító."),
            A("Értem, ez tényleg nagyon bosszantó lehet. Szombaton nagyon sokan voltak, a ruhatár "
              "aznap este rengeteg kabátot kezelt."),
            C("Ezt elhiszem, de engem a kabátom érdekel. Megvan vagy nincs?"),
            A("Megnézem a talált tárgyak listáját. Megkérhetem, hogy tartsa néhány percig a "
              "vonalat? Milyen színű és márkájú a kabát?"),
            C("Sötétkék gyapjúkabát, Benetton, a zsebében egy szürke sál van."),
            A("Rendben, akkor most megnézem, egy pillanat."),
            E("hold"), E("resume"),
            A("Megvan. Egy sötétkék Benetton kabát szürke sállal a zsebében szombat éjjel került "
              "hozzánk, a ruhatári jegye alapján átveheti."),
            C("Jaj, de jó. És mikor mehetek érte?"),
            A("Hétköznap 10 és 18 óra között a B bejáratnál lévő információs pultnál adjuk ki. "
              "Kérem, hozza magával a ruhatári jegyet vagy a személyi igazolványát."),
            C("Rendben, holnap megyek."),
            A("Segíthetek még valamiben?"),
            C("Nem, köszönöm."),
            A("Köszönöm a hívását. Ha holnap bármi gond lenne az átvétellel, hívjon minket "
              "nyugodtan újra. Viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-10"],
        "note": "Arena lost-property call: coat lost at the cloakroom, three calls without an "
                "answer ('this is outrageous'). The next agent turn is 'I understand, that must be "
                "annoying' plus a justification (it was crowded): no apology, nothing offered, "
                "R-TALK-12. The hold is asked with a reason, but the first turn after resume "
                "('Found it.') does not thank the customer: R-TALK-10. 'Is it there or not?' is "
                "answered after the resume, 'when can I collect it' answered. Complete closing.",
    },
]


ITEMS = [
    # ---------------- R-TALK-9: 6 clean + 6 violations ----------------
    {
        "text": "Tisztelt Kovács Éva! Elnézést kérünk, hogy a bőröndje nem érkezett meg Önnel. "
                "Megtaláltuk: tévesen Frankfurtba került, és a frankfurti kollégák a ma esti "
                "járatra tették fel. Holnap 14 és 18 óra között futárral kiszállítjuk a "
                "bejelentésben megadott lakcímére, így Önnek nem kell a repülőtérre mennie. A futár "
                "érkezés előtt egy órával telefonon jelentkezik. Üdvözlettel: Simon Ákos, "
                "poggyászügyintézés",
        "expect": [],
        "channel": "email",
        "customer": "Jó napot! Pénteken érkeztem Londonból a PE2231-es járattal, de a bőröndöm nem "
                    "jött meg, és azóta semmi hír. Hol van most a bőröndöm? Kiszállítják a "
                    "lakcímemre, vagy nekem kell kimennem érte a reptérre? Kovács Éva",
        "note": "Lost-luggage desk e-mail. 'Where is my suitcase?' answered (sent to Frankfurt by "
                "mistake, on tonight's flight); the either/or 'delivered or do I collect it' "
                "answered (courier tomorrow 14-18, no need to go to the airport). Clean; the "
                "delivery slot is the desk's own dated commitment.",
    },
    {
        "text": "Jó napot kívánok! A háromnapos bérletet napijegyre cserélheti a jegyiroda "
                "honlapján, a Foglalásaim menüpontban, június 1-jéig. A cseréhez csak válassza ki a "
                "szombati napot, és az új jegyet e-mailben küldjük el Önnek.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "Szia! A júniusi fesztiválra vettem háromnapos bérletet. Lehet napijegyre "
                    "cserélni, mert csak szombaton érek rá? Es ha igen, a különbözetet visszakapom?",
        "note": "Festival tickets chat. 'Can I swap it for a day ticket?' answered (yes, how, by "
                "when); 'do I get the difference back?' is not addressed at all: R-TALK-9.",
    },
    {
        "text": "Jó napot! Diákigazolvánnyal a havi bérlet 2900 forint, teljes áron 4500 forint. "
                "Kauciót egyik esetben sem kell fizetni, csak egy bankkártyát kell a fiókjához "
                "rendelnie.",
        "expect": [],
        "channel": "sms",
        "customer": "Mennyibe kerul a havi berlet es kell hozza kauciot fizetni? Diakkent van "
                    "kedvezmeny?",
        "note": "Bike-sharing SMS, three questions typed without diacritics. Price answered (both "
                "prices), deposit answered ('in neither case'), the student-discount yes/no answered "
                "implicitly by the lower student price. Clean.",
    },
    {
        "text": "Tisztelt Papp Úr! Köszönjük, hogy jelezte a kiköltözését. A kaució visszafizetéséről: "
                "a kulcsátadáskor közösen felmérjük a lakás állapotát, és ha nincs kár, a kauciót "
                "15 napon belül visszautaljuk a szerződésben megadott számlára. A kulcsátadás "
                "időpontját június 20-ig egyeztetjük Önnel telefonon. Üdvözlettel: Varga Eszter, "
                "Pannon Energia Lakáskezelő",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "Tisztelt Lakáskezelő! Június végén kiköltözöm a Damjanich utcai lakásból. "
                    "Szeretném megkérdezni, mikor kapom vissza a kauciót, és hogy ki kell-e "
                    "festenem a falakat a kiköltözés előtt. Üdvözlettel: Papp Márton",
        "note": "Landlord e-mail with two embedded questions. 'When do I get the deposit back' "
                "answered (within 15 days after handover); 'do I have to repaint the walls' is met "
                "only by the same-topic 'we'll inspect the flat's condition', which does not answer "
                "it: R-TALK-9.",
    },
    {
        "text": "Jó napot kívánok! A szeptemberi kezdő angolcsoportban még négy hely szabad, a "
                "jelentkezési lapot a honlapunkon vagy itt a chatben is kitöltheti. A 68 000 "
                "forintos tandíj a tankönyvet és a munkafüzetet is tartalmazza, ezeket az első órán "
                "kapja meg.",
        "expect": [],
        "channel": "chat",
        "customer": "szeretném tudni hogy a szeptemberi angol kezdő tanfolyamra lehet-e még "
                    "jelentkezni es hogy a tankonyv benne van-e az arban",
        "note": "Language-school chat, two embedded questions without '?'. Both answered: four "
                "places left (so yes, and how to apply); the fee includes the book. Clean.",
    },
    {
        "text": "Mhm, értem. Nagyon sajnálom, hogy megint gond van az autóval, ez valóban "
                "bosszantó. Holnap reggel 8-kor szívesen megnézzük, a hibakód kiolvasása díjmentes.",
        "expect": ["R-TALK-9"],
        "channel": "phone",
        "customer": "Jó napot, a múlt héten volt nálunk az átvizsgálás a műszaki vizsga előtt. Most "
                    "világít a motorhiba-lámpa. Ez összefügghet az átvizsgálással? Mikor tudnák "
                    "megnézni?",
        "note": "Garage phone line. 'When can you look at it?' answered (tomorrow 8 a.m.); 'could "
                "this be related to the inspection?' gets only sympathy, never addressed: "
                "R-TALK-9.",
    },
    {
        "text": "Kedves Ügyfelünk! Elnézést kérünk, a mai zöldhulladék-gyűjtés a Rózsa utcában egy "
                "meghibásodott gyűjtőautó miatt maradt el. A pótlást szombaton, május 24-én reggel "
                "7 órától végezzük, addig kérjük, hagyja kint a zsákokat. Ha szombaton sem "
                "jutnánk el Önökhöz, kérjük, írjon nekünk privát üzenetben.",
        "expect": [],
        "channel": "social",
        "customer": "Miért nem vitték el ma a zöldhulladékot a Rózsa utcában?? Egyáltalán jönnek "
                    "még ebben a hónapban?",
        "note": "Waste-collection public reply. 'Why wasn't it collected?' answered (broken-down "
                "truck, cause without blame); 'are you even coming this month?' answered "
                "implicitly by the Saturday 24 May date. 'Kedves Ügyfelünk!' is a fixed "
                "salutation. Clean.",
    },
    {
        "text": "Kedves Tóth Zsófia! Igen, Cirmi oltási könyve nálunk van, a recepción megőrizzük. "
                "Az átvételhez elég, ha megmondja a saját nevét és a macska nevét, más iratra nincs "
                "szükség. Üdvözlettel: Pintér Anna, recepció",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "Jó napot! Cirmi oltási könyvét a múlt heti kontrollon ott felejtettük a "
                    "rendelőben. Megvan még? Átvehetem hétvégén is, vagy csak hétköznap vannak "
                    "nyitva? És kell hozni valamit az átvételhez? Tóth Zsófia",
        "note": "Veterinary practice e-mail, three questions. 'Is it still there?' (yes) and 'do I "
                "need to bring anything?' (no) answered; 'can I collect it at the weekend or are "
                "you open only on weekdays?' left unaddressed: R-TALK-9. 'Cirmi' is the cat's "
                "name.",
    },
    {
        "text": "Jó napot kívánok! Igen, esőben is megtartjuk a költözést, a bútorokat fóliával és "
                "takarókkal védjük. Zongorát is szállítunk, ehhez egy erre képzett csapatunk jön, "
                "ezért kérem, írja meg a zongora típusát. Ezt felírom a megrendeléséhez, és holnap "
                "délig elküldöm a módosított árajánlatot.",
        "expect": [],
        "channel": "chat",
        "customer": "Ha a költözés napján esik az eső, akkor is jönnek? meg a zongorát is elviszik "
                    "vagy azt külön kell intézni",
        "note": "Removals chat. Rain question answered (yes, furniture protected); piano question "
                "answered (we move pianos too, with a specialist crew, so nothing separate to "
                "arrange), with a dated follow-up quote. Clean.",
    },
    {
        "text": "Jó estét kívánok! A jegyeit át tudom tenni a 21:45-ös előadásra, ugyanabba a "
                "terembe, a 6. sor közepére. Írja meg, ha kéri, és azonnal átfoglalom.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "Jó estét! A 19:30-as előadásra vettem két jegyet, de dugóban állok. Beengednek "
                    "még, ha 20 percet késünk? Ha nem, át tudják tenni a jegyet a 21:45-ösre?",
        "note": "Cinema chat. The fallback question (move to 21:45) is answered, but the main "
                "question 'will you still let us in if we are 20 minutes late?' is not: R-TALK-9.",
    },
    {
        "text": "Tisztelt Somogyi Asszony! Köszönjük levelét. A következő évad bérletsorozatairól a "
                "színház vezetősége június 10-én dönt, ezért ma még nem tudjuk megerősíteni, hogy a "
                "csütörtöki sorozat megszűnik-e. A döntés után három munkanapon belül írunk Önnek. "
                "Ha a sorozat megszűnik, bérleteseink elsőként választhatnak másik napot, és ha "
                "szabad, ugyanazt a széket kérhetik. Üdvözlettel: Fehér Nóra, jegypénztár",
        "expect": [],
        "channel": "email",
        "customer": "Tisztelt Jegypénztár! Bérletes vagyok, és hallottam, hogy a következő "
                    "évadban megszűnik a csütörtöki bérletsorozat. Igaz ez? Ha igen, megtarthatom "
                    "a mostani helyemet egy másik napon? Üdvözlettel: Somogyi Gizella",
        "note": "Theatre season-ticket e-mail. 'Is it true?' gets an honest 'not decided yet, "
                "decision on 10 June, we'll write within three working days'; 'can I keep my seat "
                "on another day?' answered (first choice, same seat if free). Clean: an honest "
                "'not known yet' with a dated follow-up.",
    },
    {
        "text": "Jó napot kívánok! Elnézést kérünk a kellemetlenségért. A mozgáskorlátozott lakóknak "
                "holnaptól naponta kétszer, 9 és 17 órakor a gondnok segít felvinni a bevásárlást "
                "és a csomagokat, kérem, írja meg, melyik lakásban laknak. A lift javításán a "
                "karbantartó cég dolgozik.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "Harmadik napja áll a lift a Szív utca 8-ban. Mikor javítják meg végre? És "
                    "addig van valami segítség a mozgáskorlátozott lakóknak?",
        "note": "Property-manager chat. The help-for-residents question is answered (caretaker "
                "twice a day); 'when will it be repaired?' gets only 'the maintenance company is "
                "working on it', no time: R-TALK-9. The partner is named neutrally (no R-TALK-6).",
    },
    # ---------------- R-TALK-6: 6 clean + 6 violations ----------------
    {
        "text": "Tisztelt Kun Úr! Köszönjük, hogy jelezte, hogy nem kapta meg a jegyeit. "
                "Megnéztük: a visszaigazoló levelünk valószínűleg a levelezőprogram szűrője miatt "
                "került a levélszemét mappába, ez nem az Ön hibája, több ügyfelünknél is előfordult. "
                "A két jegyet most újra elküldtük, és ehhez a levélhez is csatoltuk. Üdvözlettel: "
                "Tóth Réka, jegyiroda",
        "expect": [],
        "channel": "email",
        "note": "Concert tickets e-mail: the cause (spam filter) is explained with an explicit "
                "negated blame ('not your fault') and the tickets are resent. Clean near miss of "
                "blame.",
    },
    {
        "text": "Jó napot kívánok! Megnéztem a megrendelését: a rossz méretű gumi azért lett "
                "megrendelve, mert az időpontfoglaláskor hibás forgalmi adatok lettek megadva. A "
                "helyes gumikat csütörtökre meg tudjuk rendelni, a szerelés ugyanúgy fél órát vesz "
                "igénybe.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Garage chat: 'the wrong tyres were ordered because incorrect registration data "
                "were entered at booking' puts the fault on the customer in the impersonal passive. "
                "A new order is offered, but the blame remains: R-TALK-6.",
    },
    {
        "text": "Mhm, értem. Egy dolgot hadd pontosítsak, mert a naptár idén nyáron változott: a "
                "lomtalanítás az Ön körzetében nem május 10-én, hanem május 17-én lesz. Elnézést, "
                "ha a korábbi levelünk félreérthető volt. Ha szeretné, a pontos naptárat most "
                "elküldöm SMS-ben.",
        "expect": [],
        "channel": "phone",
        "note": "Waste-collection phone line: the customer's wrong date is corrected politely, the "
                "company takes the blame for a possibly unclear letter and offers the calendar by "
                "SMS. Clean near miss of contradicting.",
    },
    {
        "text": "Nem, ez így nem igaz. A sofőrünk nyolc óra tizenkettőkor ott járt, az autó "
                "helyadatai ezt mutatják, tehát a kuka nem volt kint. Ha szeretné, felírom a "
                "pótlást jövő hétfőre.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Waste-collection phone line: 'No, that's simply not true ... so the bin was not "
                "out' flatly contradicts the customer and implies the fault is theirs. The offered "
                "extra collection does not undo it: R-TALK-6.",
    },
    {
        "text": "Tisztelt Fodor Asszony! A tanfolyam díját a második hét után már nem tudjuk "
                "visszatéríteni, mert a csoportban a helyet Önnek tartottuk fenn. Két lehetőséget "
                "tudunk ajánlani: a befizetett összeget jóváírjuk egy őszi tanfolyamra, vagy a "
                "helyét átadhatja egy ismerősének. Kérem, május 30-ig jelezze, melyiket választja. "
                "Üdvözlettel: Kovács Judit, Pannon Energia Nyelviskola",
        "expect": [],
        "channel": "email",
        "note": "Language-school e-mail: a refund is refused, with the reason stated politely and "
                "two alternatives and a date. Clean near miss of a flat refusal.",
    },
    {
        "text": "Tisztelt Bíró Úr! Sajnáljuk, hogy Morzsa hasmenése nem javult. Szeretnénk azonban "
                "emlékeztetni, hogy a rendelésen kétszer is elmondtuk: a gyógytápon kívül semmit "
                "nem kaphat. Ha ezt betartották volna, a kezelés már hatott volna. Csütörtökön 10 "
                "órára tudunk kontrollidőpontot adni. Üdvözlettel: dr. Nagy Ákos",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Veterinary e-mail: 'we told you twice ... if you had kept to it, the treatment "
                "would have worked' lectures the owner and blames them by counterfactual, even "
                "though a check-up is offered: R-TALK-6. 'Morzsa' is the dog's name.",
    },
    {
        "text": "Jó napot kívánok! Igaza van, a májusi bérleti díjat tévesen kétszer vontuk le, ez "
                "a mi hibánk, elnézést kérek érte. A kétszer levont 24 600 forintot ma "
                "visszautaltuk, a bankja általában két munkanapon belül jóváírja. A javított "
                "egyenlegközlőt is elküldtem e-mailben.",
        "expect": [],
        "channel": "chat",
        "note": "Property-manager chat: the company owns its double charge ('our mistake'), "
                "refunds it and sends a corrected statement. Clean near miss (own mistake owned, no "
                "blame on anyone).",
    },
    {
        "text": "Tisztelt Dobos Úr! Tájékoztatjuk, hogy a költözés időpontjának módosítására a "
                "megrendelés visszaigazolása után nincs lehetőség. Az általános szerződési "
                "feltételek 6.2 pontja értelmében a megrendelés végleges, kérelmét ezért "
                "elutasítjuk. Üdvözlettel: Pannon Energia Költöztetési Szolgálat",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Removals e-mail: a bureaucratic flat refusal citing clause 6.2 of the terms, "
                "'your request is therefore rejected', with no alternative at all: R-TALK-6.",
    },
    {
        "text": "Értem, köszönöm, hogy ilyen részletesen elmondta. A repülőtéren a poggyászok "
                "keresését a földi kiszolgáló partnerünk, a SkyHandling végzi, most továbbítom "
                "nekik a bejelentését a bőrönd leírásával. Holnap délig visszahívom, és elmondom, "
                "hol tart a keresés.",
        "expect": [],
        "channel": "phone",
        "note": "Lost-luggage phone line: the ground-handling partner is named neutrally, the "
                "agent passes the report on and commits to a dated callback. Clean near miss of "
                "talking about a partner.",
    },
    {
        "text": "Jó napot kívánok! A kerékpár zárja valószínűleg megint a szervizpartnerünk miatt "
                "romlott el, ők sajnos elég hanyagul dolgoznak, nem ez az első eset. A menet díját "
                "visszatérítem, és a kerékpárt kivonjuk a forgalomból.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Bike-sharing chat: 'again because of our service partner, they work rather "
                "sloppily, not the first time' runs down a partner in front of the customer, "
                "while helping: R-TALK-6.",
    },
    {
        "text": "Kedves Ügyfelünk! Azt írja, hogy „a személyzet udvariatlan volt, és senki nem "
                "segített” a szombati vetítés után. Ezt nagyon sajnáljuk, és köszönjük, hogy szólt. "
                "Kérjük, írja meg privát üzenetben, melyik előadásra volt jegye, hogy "
                "kivizsgálhassuk, és személyesen is felvehessük Önnel a kapcsolatot.",
        "expect": [],
        "channel": "social",
        "note": "Cinema public reply quoting the customer's complaint about rude staff, with an "
                "apology and a private follow-up. Clean: the negative words about staff are the "
                "customer's, quoted.",
    },
    {
        "text": "A szervező elérhetőségét nem adhatjuk ki, és a vezetőm sem érhető el telefonon "
                "ügyfelek számára. Ezt a szabályt nem áll módomban felülírni.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Concert-ticket phone line: refuses both the organiser's and the supervisor's "
                "contact details and offers nothing else (no e-mail, no callback): refusing "
                "contact details, flat refusal, R-TALK-6.",
    },
    # ---------------- R-LETTER-1: 5 clean + 5 violations ----------------
    {
        "text": "Tisztelt Papp Márton Úr! Értesítjük, hogy a Damjanich utca 14. II/5. alatti lakás "
                "bérleti szerződése 2025. június 30-án megszűnt. A kulcsátadáskor felvett "
                "jegyzőkönyv szerint a lakás rendben volt, ezért a 360 000 forint kauciót július "
                "8-án hiánytalanul visszautaltuk az Ön 4417-re végződő bankszámlájára. Önnek "
                "további teendője nincs, mert a szerződés elszámolása ezzel lezárult. Tisztelettel: "
                "Varga Eszter, lakáskezelési ügyintéző, Pannon Energia Lakáskezelő",
        "expect": [],
        "channel": "letter",
        "note": "Landlord letter: tenancy ended, deposit returned in full; says nothing further is "
                "needed and why (the account is settled). Clean.",
    },
    {
        "text": "Tisztelt Fodor Anna! Sajnálattal értesítjük, hogy a 2025. szeptember 8-án induló, "
                "hétfő esti középhaladó olasz tanfolyamot alacsony létszám miatt nem indítjuk el. "
                "A tanfolyamra befizetett 72 000 forint tandíj az Ön nevén szerepel a "
                "nyilvántartásunkban. Tisztelettel: Kovács Judit, tanulmányi ügyintéző, Pannon "
                "Energia Nyelviskola",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Language-school letter: the course is cancelled and the fee 'is recorded under "
                "your name', but nothing about whether to ask for a refund, choose another course "
                "or do nothing: R-LETTER-1.",
    },
    {
        "text": "Tisztelt Szabó Anna! Tájékoztatjuk, hogy 2025. július 1-jétől az éves "
                "szervizcsomag díja 54 000 forintról 59 000 forintra változik. Az Ön jelenlegi "
                "csomagja 2025. október 31-ig a régi áron érvényes. Ha az új áron szeretné "
                "folytatni, semmit nem kell tennie, a csomag automatikusan meghosszabbodik. Ha nem "
                "kívánja megújítani, kérjük, október 15-ig jelezze levélben vagy a 06 1 234 5678-as "
                "telefonszámon. Tisztelettel: Horváth Péter, Pannon Energia Autószerviz",
        "expect": [],
        "channel": "letter",
        "note": "Garage letter: the service-plan fee changes; says what happens if the customer "
                "does nothing and what to do, how and by when if they want to cancel. Clean.",
    },
    {
        "text": "Tisztelt Tóth Zsófia! Az Ön által kért állatútlevél kiállításához a benyújtott "
                "dokumentumok közül hiányzik a veszettség elleni oltás igazolása. Az útlevél "
                "kiállítása ezért jelenleg szünetel. Tisztelettel: dr. Nagy Ákos, Pannon Energia "
                "Állatorvosi Rendelő",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Veterinary letter: a document is missing and the pet passport is on hold, but the "
                "letter does not say to bring or send the certificate, how or by when: R-LETTER-1.",
    },
    {
        "text": "Tisztelt Dobos Gergely Úr! Egyik költöztetőautónk meghibásodása miatt a 2025. "
                "augusztus 12-re megbeszélt költözését augusztus 14-re, csütörtökre kell "
                "áttennünk, amiért elnézését kérjük. Kérjük, augusztus 8-ig erősítse meg az új "
                "időpontot a 06 30 555 1234-es számon vagy válaszlevélben. Ha a 14-e nem megfelelő, "
                "két másik időpontot ajánlunk, és a költözés díjából 10 százalék kedvezményt adunk. "
                "Tisztelettel: Balogh Dóra, Pannon Energia Költöztetési Szolgálat",
        "expect": [],
        "channel": "letter",
        "note": "Removals letter: the moving date is moved; the customer is asked to confirm by 8 "
                "August by phone or reply, with an alternative if the date doesn't suit. Clean.",
    },
    {
        "text": "Tisztelt Kun Gábor Úr! Értesítjük, hogy a 2025. október 4-re meghirdetett "
                "Tükörkép-koncert a zenekar egyik tagjának betegsége miatt elmarad, és a szervező "
                "nem tűz ki új időpontot. Az Ön által vásárolt két jegy (rendelésszám: PE-50872) "
                "ezzel érvényét vesztette. Kérdés esetén ügyfélszolgálatunk a 06 1 222 3333-as "
                "számon áll rendelkezésére. Tisztelettel: Tóth Réka, jegyiroda, Pannon Energia "
                "Aréna",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Ticket-office letter: concert cancelled, tickets void. It never says whether the "
                "money comes back automatically or the customer must claim it. The generic 'for "
                "questions call us' is an offer of help, not the expected next step: R-LETTER-1.",
    },
    {
        "text": "Tisztelt Lakó! Tájékoztatjuk, hogy 2025. június 2-től a Fenyő utcában a "
                "kommunális hulladék ürítése szerdáról csütörtökre változik. A gyűjtőedényt a "
                "csütörtöki ürítési napon reggel 6 óráig kérjük kihelyezni. Más teendője nincs: a "
                "matrica és az éves díj nem változik, az új naptárat mellékeltük. Tisztelettel: "
                "Molnár Zoltán, Pannon Energia Hulladékszállítás",
        "expect": [],
        "channel": "letter",
        "note": "Waste-collection letter: collection day changes; says what to do (bin out by 6 "
                "a.m. on Thursday) and that nothing else is needed and why. Clean.",
    },
    {
        "text": "Tisztelt Lengyel Dániel Úr! Tájékoztatjuk, hogy a kerékpármegosztó szolgáltatásra "
                "kötött éves szerződése 2025. május 31-én lejárt, és azt nem hosszabbítottuk meg. "
                "A fiókjához kapcsolt bankkártya adatait töröltük a nyilvántartásunkból. "
                "Tisztelettel: Pannon Energia kerékpármegosztó ügyfélszolgálat",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Bike-sharing letter: the annual contract ended and was not renewed, card data "
                "deleted; nothing on how to renew if wanted, or that nothing is needed: "
                "R-LETTER-1.",
    },
    {
        "text": "Tisztelt Kovács Éva! Poggyászkárigényét elbíráltuk: a bőröndje kerekének "
                "sérüléséért 28 000 forint kártérítést fizetünk. Az átutaláshoz kérjük, 2025. "
                "július 15-ig küldje el bankszámlaszámát a poggyasz@pannonenergia.hu címre vagy "
                "postán, a PE-KAR-3391 hivatkozási számmal. A számlaszám beérkezése után nyolc "
                "munkanapon belül utalunk. Tisztelettel: Simon Ákos, poggyászügyintézés",
        "expect": [],
        "channel": "letter",
        "note": "Lost-luggage desk letter: damage claim decided; says what to send, where, by when "
                "and with which reference, and when payment follows. Clean.",
    },
    {
        "text": "Tisztelt Somogyi Gizella Asszony! Értesítjük, hogy a nézőtér felújítása miatt a "
                "2025/2026-os évadban bérletes helye a földszint 5. sor 11-es székről a földszint "
                "7. sor 9-es székre változik. A felújítás szeptember 30-ig tart. Tisztelettel: "
                "Fehér Nóra, jegypénztár, Pannon Energia Kamaraszínház",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Theatre letter: the season-ticket seat changes; the reader is not told whether to "
                "accept, object, collect a new pass or do nothing: R-LETTER-1.",
    },
    # ---------------- R-TALK-2 closings: 4 clean + 4 violations ----------------
    {
        "text": "Rendben, a jegyeket átfoglaltam a vasárnapi előadásra. Van még valami, amiben "
                "segíthetek? Ha nincs, köszönöm a hívását, és ha bármi kérdése lenne, hívjon "
                "minket nyugodtan újra. Viszonthallásra!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Cinema call, last agent message: anything else / thanks / call again / goodbye. "
                "Clean.",
    },
    {
        "text": "Az időpontot csütörtök reggel 8-ra rögzítettem. Segíthetek még valamiben? Ha a "
                "műtét előtt kérdése lenne, bármikor írhat nekünk ide. Viszontlátásra!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Veterinary chat closing: anything else, 'write to us any time', goodbye, but no "
                "thanks: R-TALK-2.",
    },
    {
        "text": "Tisztelt Fodor Asszony! A pótórák időpontjait mellékelten küldöm. Segíthetek még "
                "valamiben a tanfolyammal kapcsolatban? Köszönjük, hogy minket választott; ha "
                "később újra tanulni szeretne, bármikor szívesen várjuk vissza. Üdvözlettel: "
                "Kovács Judit, Pannon Energia Nyelviskola",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Language-school e-mail, last message: asks if anything else is needed, thanks, "
                "says she is welcome back any time, and the 'Üdvözlettel' sign-off is the goodbye. "
                "Clean.",
    },
    {
        "text": "Rendben, akkor holnap reggel 8-kor várjuk az autóval. Köszönöm, hogy hívott, és "
                "ha közben bármi kérdése lenne, hívjon minket nyugodtan újra. Viszonthallásra!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Garage call closing: thanks, call again, goodbye, but never asks whether anything "
                "else is needed: R-TALK-2.",
    },
    {
        "text": "Örülök, hogy sikerült rendezni. Tudok még valamiben segíteni? Köszönjük, hogy a "
                "szolgáltatásunkat használja, és ha bármikor elakad, írjon nekünk itt a chatben. "
                "Szép napot, viszontlátásra!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Bike-sharing chat closing with all four parts. Clean.",
    },
    {
        "text": "Tisztelt Papp Úr! A kulcsátadás időpontját június 27-re, péntek 17 órára "
                "rögzítettük. Van még valami, amiben a kiköltözéssel kapcsolatban segíthetünk? "
                "Köszönjük az együttműködését. Üdvözlettel: Varga Eszter, Pannon Energia "
                "Lakáskezelő",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Landlord e-mail, last message: anything else, thanks, sign-off as goodbye, but "
                "nothing about contacting us again: R-TALK-2.",
    },
    {
        "text": "Mhm, akkor szerdán délelőtt kimegy az autó. Más ügyben segíthetek még? Ha nem, "
                "köszönöm szépen, hogy szólt, és ha legközelebb gond lenne az ürítéssel, bármikor "
                "kereshet minket. Viszonthallásra, szép napot!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Waste-collection call closing in spoken style ('Mhm'): anything else / thanks / "
                "you can always contact us / goodbye. Clean.",
    },
    {
        "text": "Az új jegyeket elküldtem az e-mail-címére. Van még valami, amiben segíthetek? "
                "Köszönöm, hogy írt nekünk, és ha a koncert előtt bármi kérdése lenne, itt a "
                "chatben bármikor elér minket.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Concert-ticket chat, last agent message: anything else, thanks, reachable any "
                "time, but no goodbye: R-TALK-2.",
    },
]
