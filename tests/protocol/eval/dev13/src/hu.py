"""dev13 Hungarian items (writer B). Organisation: Pannon Energia.

Blocks: TRANSCRIPTS (t01 clean, t02 violating, ...); ITEMS: R-TALK-9 (12), R-TALK-6 (12),
R-LETTER-1 (10), R-TALK-2 (8), each block alternating clean, violation.
"""

LANG = "hu"


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
            "organisation": "Pannon Energia", "turns": turns}


TRANSCRIPTS = [
    # t01 clean: satellite TV, phone, hold done right, closing spread over last turns
    {
        "transcript": T("phone", "Bódi Réka", [
            E("ring", "system", time="2026-11-26T18:02:00Z"),
            E("ring", "system", time="2026-11-26T18:02:05Z"),
            E("answer", "agent", time="2026-11-26T18:02:08Z"),
            A("Jó napot kívánok, a Pannon Energia műholdas tévé ügyfélszolgálatán Bódi Réka "
              "beszél. Miben segíthetek?"),
            C("Jó napot. Tegnap este óta nincs adás, csak annyit ír ki a tévé, hogy nincs jel. "
              "Pont a meccs ment, nagyon bosszantó, hogy fizetek érte, és nem megy."),
            A("Sajnálom, hogy éppen a meccs közben szakadt meg az adás. Megnézem, van-e hiba az "
              "Ön körzetében, és ha kell, szerelőt küldünk. Megadná a szerződő nevét és címét?"),
            C("Kovács Tibor, Győr, Szent István út 12. Az ügyfélszám most nincs előttem."),
            A("Köszönöm, meg is találtam. Megengedi, hogy egy-két percre várakoztassam, amíg "
              "lekérdezem a körzet jelállapotát?"),
            C("Persze, várok."),
            E("hold"),
            E("resume"),
            A("Köszönöm, hogy kivárt. A győri körzetben nincs ismert hiba, az Ön vevőegysége "
              "viszont tegnap 19 óra óta nem jelentkezik be nálunk. Ezt legtöbbször az antenna "
              "elállítódása vagy a kábel sérülése okozza. Holnap, pénteken 8 és 12 óra között "
              "ki tudunk menni."),
            C("Holnap délelőtt jó. Ezért kell fizetnem? Meg addig mi lesz, a hétvégén is van "
              "meccs."),
            A("A kiszállás díjtalan, mert az előfizetése tartalmazza a javítást. Addig a "
              "mobilalkalmazásunkban élőben nézheti a sportcsatornákat, a belépési kódot most "
              "elküldöm SMS-ben."),
            C("Az jó, köszönöm szépen."),
            A("Rögzítettem: péntek 8 és 12 óra között, a szerelő indulás előtt fél órával "
              "felhívja. Van még valami, amiben segíthetek?"),
            C("Nem, ennyi volt. Köszönöm, viszonthallásra."),
            A("Én köszönöm, hogy hívott, Kovács úr. Ha a szerelés után bármi gond lenne, hívjon "
              "minket nyugodtan újra. Viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Satellite-TV desk: no signal during a match. Complaint -> apology plus check and "
                "technician; hold with permission and reason, thanks after resume; both questions "
                "(do I pay? what until then?) answered; closing spread over the last two agent "
                "turns after the customer's goodbye. Clean.",
    },
    # t02 violating: print shop chat, offer without apology
    {
        "transcript": T("chat", "Szűts Dániel", [
            A("Jó napot kívánok! A Pannon Energia nyomdai ügyfélszolgálatán Szűts Dániel "
              "vagyok. Miben segíthetek?"),
            C("Szia. Tegnap vettem at a 200 nevjegykartyat es a logo lila lett kek helyett. Igy "
              "nem tudom odaadni senkinek, kidobott penz az egesz."),
            A("Értem. Küldje el, kérem, a rendelésszámot, és újranyomjuk a kártyákat a helyes "
              "színnel."),
            C("NY-44817. Mikorra lesz kesz? Pentek reggel kellene egy targyalasra."),
            A("Megtaláltam a rendelést. A grafikusunk ma délután színpróbát nyomtat, így a kész "
              "kártyákat csütörtök 16 órától átveheti a Dózsa György úti üzletünkben."),
            C("Ujra fizetni kell?"),
            A("Nem, az újranyomás díjtalan. A régi kártyákat sem kell visszahoznia."),
            C("Oke. es a szinprobat meg tudom nezni elotte?"),
            A("Igen, ma 17 óráig e-mailben elküldöm a színpróba fotóját, és csak az Ön "
              "jóváhagyása után nyomtatunk. Segíthetek még valamiben?"),
            C("Nem, koszi."),
            A("Köszönöm, hogy megkeresett minket. Ha bármi kérdése lenne, itt a chaten bármikor "
              "írhat újra. Viszontlátásra!"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12"],
        "note": "Print shop chat: business cards printed in the wrong colour ('money thrown "
                "away'). The next agent turn offers a reprint but only says 'Értem' (I see): no "
                "apology anywhere. Questions (when ready, pay again?, see proof first?) all "
                "answered; closing complete. R-TALK-12 only.",
    },
    # t03 clean: coworking meeting room double-booked, chat
    {
        "transcript": T("chat", "Lengyel Eszter", [
            A("Üdvözlöm! A Pannon Energia közösségi irodájának recepcióján Lengyel Eszter "
              "vagyok. Miben segíthetek?"),
            C("Jó napot! Ma 10-re foglaltam a nagy tárgyalót, most érkeztünk az ügyféllel, és "
              "bent ül egy másik csapat. Elég kínos volt, nem ezt várnám ennyi pénzért."),
            A("Elnézést kérek, ez valóban kellemetlen, főleg egy ügyfél előtt. A harmadik emeleti "
              "Duna tárgyaló most szabad, azonnal Önöknek adom, és a kollégám két percen belül "
              "kávét és vizet visz be."),
            C("Rendben, átmegyünk. De hogy lehet, hogy ugyanarra az időre két foglalás van?"),
            A("Megnéztem: a foglalási naptárunk tegnap esti frissítése után az Ön foglalása "
              "átmenetileg nem látszott, ezért a termet a másik csapatnak is kiadtuk. Ez a mi "
              "hibánk, ma délután átnézzük az összes erre a hétre szóló foglalást."),
            C("Jó. A mai díjat így is ki kell fizetnünk?"),
            A("A mai tárgyalóhasználatot nem számlázzuk ki, ezt már jeleztem a könyvelésnek. A "
              "havi számláján ez a tétel nulla forinttal szerepel majd."),
            C("Köszönöm, ez korrekt. Jövő kedden is foglaltam, az rendben van?"),
            A("Igen, a jövő keddi foglalása 9 és 12 óra között érvényes, és ellenőriztem, hogy "
              "arra az időre senki más nincs beírva a terembe. Van még valami, amiben "
              "segíthetek?"),
            C("Nem, ennyi. Köszönöm a gyors segítséget, viszlát!"),
            A("Én köszönöm a türelmét. Ha a megbeszélés alatt bármire szükségük lenne, írjon "
              "vagy szóljon a recepción bármikor. Viszontlátásra, sikeres tárgyalást kívánok!"),
        ]),
        "expect": [],
        "note": "Coworking desk chat: meeting room double-booked. Complaint -> apology plus "
                "another room at once; cause explained as our own calendar fault (not blame); "
                "three questions answered (how could it happen, pay today?, is Tuesday fine?); "
                "customer thanks and says bye first, agent's last turn thanks, invites back, "
                "goodbye, after 'anything else?' in the turn before. Clean.",
    },
    # t04 violating: taxi phone, one question unanswered, closing without "come back"
    {
        "transcript": T("phone", "Fodor Gergő", [
            E("ring", "system"),
            E("answer", "agent"),
            A("Pannon Energia Taxi, jó napot kívánok, Fodor Gergő vagyok. Miben segíthetek?"),
            C("Jó napot. Háromnegyed órája rendeltem autót a Bartók Béla útra, hogy kivigyen a "
              "reptérre, és még mindig sehol. Így le fogom késni a gépet!"),
            A("Nagyon sajnálom a várakozást. Látom a rendelését, a kiosztott autó dugóba került "
              "a körúton. Azonnal átadom a fuvart a legközelebbi szabad kocsinak, egy pillanat."),
            C("Mhm."),
            A("Megvan: egy fehér Skoda Octavia, AAB-123-as rendszámmal, a térkép szerint "
              "nagyjából hét percre van Öntől. A sofőr, Norbert, érkezéskor felhívja."),
            C("Rendben. És a késésért kapok valami kedvezményt? Meg mennyi lesz így a reptérig, "
              "fix áras?"),
            A("A reptéri fuvar fix áras, 9 900 forint, ezt a sofőr sem módosíthatja. Kártyával "
              "és készpénzzel is fizethet az autóban."),
            C("Jó, akkor várom."),
            A("Segíthetek még valamiben?"),
            C("Nem, köszönöm."),
            A("Köszönöm, hogy minket választott, jó utat kívánok, viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-9", "R-TALK-2"],
        "note": "Taxi desk call: car 45 minutes late for the airport. Complaint -> apology plus a "
                "new car (clean for R-TALK-12). The customer asks two questions: 'do I get a "
                "discount for the delay?' and 'how much, fixed price?'; only the price is "
                "answered, the discount is never addressed (R-TALK-9). Closing: anything else, thanks, goodbye, "
                "but never says the customer can call again (R-TALK-2).",
    },
    # t05 clean: hearing-aid shop phone, spoken style
    {
        "transcript": T("phone", "Papp Judit", [
            E("ring", "system"),
            E("ring", "system"),
            E("ring", "system"),
            E("answer", "agent"),
            A("Jó napot kívánok, Pannon Energia Optika és Hallásközpont, Papp Judit beszél. "
              "Miben segíthetek?"),
            C("Jó napot, Szabó Lajosné vagyok. Két hete vettem Önöknél a hallókészüléket, és a "
              "jobb oldali folyton sípol. Már a szomszéd is hallja, így nem lehet hordani."),
            A("Sajnálom, hogy így nem tudja kényelmesen használni, ez érthetően zavaró. A "
              "sípolást legtöbbször a rosszul illeszkedő fülilleszték okozza, ezt a szakemberünk "
              "tíz perc alatt beállítja. Holnap délelőtt vagy pénteken délután tudna befáradni?"),
            C("Mhm. Holnap jó lenne. Hánykor?"),
            A("Holnap fél tíztől vagy tizenegytől van szabad időpont. Melyik legyen?"),
            C("A fél tíz. És be kell vinnem a dobozt meg a papírokat is?"),
            A("Elég, ha a készüléket és a garanciajegyet hozza, a dobozra nincs szükség."),
            C("Jó. Ugye ezért nem kell fizetni?"),
            A("Nem kell, a beállítás a garancia része. Fel is írtam: holnap fél tíz, jobb "
              "oldali készülék. Miben segíthetek még?"),
            C("Semmi mást, köszönöm, nagyon kedves volt."),
            A("Én köszönöm a hívását. Ha addig kérdése lenne, nyugodtan hívjon minket máskor "
              "is. Holnap várjuk, viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Hearing-aid shop call (3 rings, near miss for R-PHONE-1): hearing aid whistles. "
                "Complaint -> apology plus a cause and an appointment offer; all questions "
                "answered (what time, bring the box?, no charge?), the last one with 'Nem "
                "kell'. Closing: 'Miben segíthetek még?' then thanks, call again, goodbye. "
                "'érthetően zavaró' is sympathy, not a certainty. Clean.",
    },
    # t06 violating: ski school chat, blame instead of apology
    {
        "transcript": T("chat", "Virág Bence", [
            A("Jó napot kívánok! A Pannon Energia Síiskola chatjén Virág Bence vagyok. Miben "
              "segíthetek?"),
            C("Jo napot. Ma reggel 9re vittuk a gyerekeket a lejtohoz, es senki nem volt ott az "
              "oktatok kozul. Egy orat alltunk a hidegben, ez nagyon nem volt rendben."),
            A("Megnéztem a foglalást: Ön a múlt heti dátumot jelölte be az űrlapon, ezért a mai "
              "napra nem volt oktató beosztva. A visszaigazoló e-mailben is ez a dátum szerepelt, "
              "érdemes lett volna átolvasni."),
            C("Lehet, de akkor most mi legyen? Holnap lehet menni?"),
            A("Holnap 10 órakor van szabad hely a kezdő csoportban két gyereknek. Ha kéri, "
              "átírom a foglalást a holnapi napra."),
            C("Igen, kerem. Az arat at lehet vinni vagy ujra fizetni kell?"),
            A("A befizetett díjat átvezetem a holnapi foglalásra, így nem kell újra fizetnie. A "
              "visszaigazolást néhány percen belül megkapja e-mailben."),
            C("Rendben. Milyen ruhaban jojjenek?"),
            A("Sisak kötelező, ezt helyben is lehet bérelni. Ezen kívül meleg, vízhatlan ruha és "
              "kesztyű kell. Segíthetek még valamiben?"),
            C("Nem, ennyi."),
            A("Köszönöm, hogy írt. Ha bármi kérdése lenne, itt bármikor elér minket. "
              "Viszontlátásra, jó síelést holnap!"),
        ]),
        "expect": ["R-TALK-6", "R-TALK-12"],
        "note": "Ski school chat: no instructor at the slope. The next agent turn blames the "
                "customer ('you ticked last week's date ... it would have been worth reading the "
                "confirmation'): blame and a lecture (R-TALK-6), no apology and no way forward "
                "in that turn (R-TALK-12). Later questions answered, closing complete.",
    },
    # t07 clean: tax-advice office phone with transfer
    {
        "transcript": T("phone", "Halász Nóra", [
            E("ring", "system"),
            E("ring", "system"),
            E("answer", "agent"),
            A("Jó napot kívánok, Pannon Energia Adótanácsadás, Halász Nóra vagyok. Miben "
              "segíthetek?"),
            C("Jó napot. Már harmadszor hívom Önöket a bevallásom miatt, mindig megígérik a "
              "visszahívást, de soha senki nem hív vissza. Nagyon elegem van."),
            A("Elnézést kérek, hogy eddig senki nem hívta vissza, ennek nem így kellett volna "
              "történnie. Hogy ne kelljen újra várnia, most közvetlenül kapcsolom az ügyét "
              "intéző adótanácsadót. Megmondaná a nevét?"),
            C("Tóth Ferenc. Jó, kapcsoljon."),
            A("Köszönöm, Tóth úr. Elmondom a kolléganőmnek, hogy a bevallása miatt már "
              "háromszor keresett minket, és kapcsolom Gál Katalint."),
            E("transfer", "agent", to="Gál Katalin, adótanácsadó"),
            A("Jó napot, Tóth úr, Gál Katalin vagyok. A kolléganőm elmondta, hogy többször "
              "hiába várt a visszahívásra, ezért én is elnézést kérek. Miben segíthetek a "
              "bevallással kapcsolatban?"),
            C("Az a kérdésem, hogy a tavaly eladott lakás után kell-e adót fizetnem. Meg hogy a "
              "tervezetben ez miért nem szerepel."),
            A("A tervezetben azért nem szerepel, mert az ingatlaneladásról az adóhatóságnak "
              "nincs adata, ezt a bevallásba külön be kell írni. Az adó attól függ, mikor "
              "vásárolta a lakást. Mikor vette?"),
            C("2022 tavaszán."),
            A("Akkor öt éven belül adta el, így a nyereség után általában adót kell fizetni. "
              "Hogy pontosan mennyit, az a vételártól és az igazolható költségektől függ. A "
              "szerződések alapján jövő csütörtökig kiszámolom, és e-mailben elküldöm."),
            C("Rendben, a szerződéseket hova küldjem?"),
            A("A katalin.gal@pannonenergia.hu címre, szkennelve vagy fotóként is jó. Van még "
              "valami, amiben segíthetek?"),
            C("Nem, köszönöm, így már világos."),
            A("Én köszönöm a türelmét, Tóth úr. Ha a szerződések átnézése közben kérdése lenne, "
              "engem is kereshet közvetlenül a 06 1 555 0142-es számon. Viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Tax-advice desk call with a transfer: customer fed up with promised callbacks. "
                "Reception apologises and transfers with a summary (way forward); the adviser "
                "apologises again. Both questions (do I owe tax? why missing from the draft?) "
                "answered, the first honestly with 'usually yes' plus a dated calculation; "
                "'where do I send them?' answered. Closing by the second agent complete. Clean.",
    },
    # t08 violating: swimming pool phone, hold without permission, no thanks after resume
    {
        "transcript": T("phone", "Pintér Márk", [
            E("ring", "system"),
            E("answer", "agent"),
            A("Jó napot kívánok, Pannon Energia Uszoda, Pintér Márk vagyok. Miben segíthetek?"),
            C("Jó napot. A bérletem szerint reggel hattól lehet úszni, de ma fél hétkor még "
              "zárva volt az ajtó. Negyed órát álltam kint, aztán úszás nélkül mentem dolgozni."),
            A("Elnézést kérek, ez nem fordulhatott volna elő. A kieső alkalmat jóváírom a "
              "bérletén, és megnézem, mi történt ma reggel. Megmondaná a bérlete számát?"),
            C("Igen, B-20871."),
            A("Megnézem a beléptetési naplóban, mi történt."),
            E("hold"),
            E("resume"),
            A("Szóval: ma reggel műszaki hiba miatt a bejárati kapu csak 6:40-kor nyílt ki. A "
              "mai alkalmat visszaírtam a bérletére, így újra tizenegy alkalom áll "
              "rendelkezésére."),
            C("Rendben. És ha megint így lesz, hol tudom ezt jelezni?"),
            A("A pénztárnál vagy itt, ezen a számon jelezheti, és ilyenkor helyben jóváírjuk az "
              "alkalmat. Van még kérdése?"),
            C("Nincs, köszönöm."),
            A("Köszönöm, hogy jelezte. Ha bármi gond lenne, hívjon bátran. Viszonthallásra!"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-10"],
        "note": "Swimming-pool desk call: door still locked at 6:30. Complaint -> apology plus "
                "credit (clean R-TALK-12). Hold: 'I'll check the entry log' gives a reason but "
                "asks no permission, and the first turn after resume ('Szóval: ...') does not "
                "thank for waiting: R-TALK-10. Question answered; closing complete.",
    },
    # t09 clean: florist chat, wrong wreath
    {
        "transcript": T("chat", "Kelemen Anikó", [
            A("Jó napot kívánok! A Pannon Energia virágküldő szolgálatánál Kelemen Anikó "
              "vagyok. Miben segíthetek?"),
            C("Jó napot. Tegnap rendeltem egy koszorút a holnapi temetésre, most hozták ki, de "
              "fehér liliom helyett piros rózsa van rajta. Ilyet nem vihetek egy temetésre, "
              "teljesen ki vagyok borulva."),
            A("Őszintén sajnálom, hogy egy ilyen nehéz napon még ez is terheli Önt. A hibát mi "
              "követtük el: ma délután kiszállítjuk a fehér liliomos koszorút, a pirosat pedig "
              "a futár elhozza."),
            C("Biztos, hogy ma odaér? Holnap reggel 9-kor kezdődik a szertartás."),
            A("A koszorút most kötik a műhelyben, a futár 15 órakor indul vele. Ha bármi "
              "csúszás lenne, 16 óráig felhívom Önt, és akkor holnap reggel 7-ig a temető "
              "bejáratához visszük."),
            C("Rendben. A szalagon a felirat ugyanaz marad? Az jó volt."),
            A("Igen, a szalag szövegét változatlanul átvesszük: „Szeretettel búcsúzik: Ilona és "
              "a család”. A kellemetlenségért a koszorú árának felét visszautaljuk a "
              "kártyájára."),
            C("Koszonom, ez megnyugtato."),
            A("Örülök, hogy segíthettem. Van még valami, amit elintézhetek Önnek?"),
            C("Nem, mas nincs. Koszonom, viszlat."),
            A("Köszönöm, hogy szólt nekünk. Ha a kiszállítással kapcsolatban kérdése lenne, itt "
              "vagy telefonon bármikor elér minket. Viszontlátásra, és fogadja őszinte "
              "részvétemet."),
        ]),
        "expect": [],
        "note": "Florist chat: wrong wreath for a funeral. Complaint -> apology plus replacement "
                "today; 'is it sure to arrive today?' answered with the courier's time and a "
                "dated fallback, no guarantee (so no R-TALK-5); ribbon question answered. "
                "'Szeretettel' is inside the quoted ribbon text. Closing complete. Clean.",
    },
    # t10 violating: pest control phone, sympathy + justification only, closing without goodbye
    {
        "transcript": T("phone", "Nagy Zsolt", [
            E("ring", "system"),
            E("ring", "system"),
            E("answer", "agent"),
            A("Jó napot kívánok, Pannon Energia Kártevőirtás, Nagy Zsolt vagyok. Miben "
              "segíthetek?"),
            C("Jó napot. Múlt héten voltak nálunk csótányirtás miatt, és most ugyanannyi "
              "csótány van a konyhában, mint előtte. Kidobtam harmincezer forintot a semmire."),
            A("Értem, és megértem, hogy bosszús. A szer hatása általában két-három hét alatt "
              "alakul ki teljesen."),
            C("És addig mit csináljak? Mikor jönnek ki újra?"),
            A("Elnézést, hogy nem mondtam el rögtön: a díjban benne van egy ingyenes második "
              "kezelés. Jövő hétfőn 8 órára vagy kedden 14 órára tudok kollégát küldeni. Addig "
              "kérem, ne mossa fel a konyhában a szegélyléceket, mert ott hat a szer."),
            C("A hétfő reggel jó. A kollégának kell valami a helyszínen? Én csak délig vagyok "
              "otthon."),
            A("Csak a konyhaszekrények alját kell előtte kipakolni. A kezelés körülbelül egy "
              "órát vesz igénybe."),
            C("Rendben."),
            A("Akkor hétfő 8 óra, Ady Endre utca 5., a kollégám Horváth Attila lesz. Segíthetek "
              "még valamiben?"),
            C("Nem, köszönöm."),
            A("Köszönöm a türelmét. Ha a második kezelés után is látna csótányt, keressen "
              "minket bármikor."),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-2"],
        "note": "Pest-control call: cockroaches back after treatment ('thirty thousand forints "
                "for nothing'). Next agent turn: 'I understand you are annoyed' plus a "
                "justification (the product takes 2-3 weeks): no apology, nothing offered "
                "(R-TALK-12). The next turn apologises and books a free second visit. Questions "
                "answered. Closing: anything else, thanks, call again, but no goodbye (R-TALK-2).",
    },
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set, position whole) ----------------
    {
        "channel": "email",
        "customer": "Jó napot! Múlt héten rendeltem Önöknél multifokális szemüveget. Mikor lesz "
                    "kész, és át tudja venni helyettem a férjem?",
        "text": "Kedves Horváth Anna!\n\nKöszönjük megkeresését. A szemüvege március 12-én "
                "érkezik vissza a laborból az üzletünkbe, és aznap 14 órától átvehető. A "
                "férje is elviheti, elég, ha magával hozza az átvételi szelvényt.\n\n"
                "Üdvözlettel:\nBakos Lilla\nPannon Energia Optika",
        "expect": [],
        "note": "Optician e-mail: when ready, can my husband collect? Both answered (date and "
                "time; yes, with the slip). Clean.",
    },
    {
        "channel": "chat",
        "customer": "Szia! A júniusi krétai utunkhoz szeretnénk még egy gyerekágyat kérni a "
                    "szállodában. Ez plusz költség? És a reptéri transzfer benne van az árban, "
                    "vagy külön kell fizetni?",
        "text": "Jó napot kívánok! A gyerekágyat a szálloda két év alatti gyermek számára "
                "díjmentesen biztosítja, a kérést már továbbítottam nekik. A szálloda "
                "visszaigazolását e-mailben elküldöm, az utazási dokumentumokat pedig az "
                "indulás előtt tíz nappal kapják meg.",
        "expect": ["R-TALK-9"],
        "note": "Travel agency chat: extra cot cost? airport transfer included? The cot question "
                "is answered (free), the transfer question is ignored while the reply talks "
                "about travel documents. R-TALK-9.",
    },
    {
        "channel": "email",
        "customer": "Tisztelt Rendezvényház! Érdeklődnék, hogy a szeptember 20-i esküvőnkön "
                    "meddig szólhat a zene, és lehet-e saját tortát hozni. Illetve a vendégek "
                    "parkolása megoldott?",
        "text": "Kedves Molnár Petra!\n\nA vendégek a kastély mögötti zárt parkolóban ingyen "
                "parkolhatnak, ott negyven autó fér el. Saját tortát szívesen fogadunk, a "
                "felszolgálásért szeletenként 300 forintot számolunk fel. A zene hajnali 2 óráig "
                "szólhat teljes hangerővel, utána a teraszon halkabb háttérzenét kérünk.\n\n"
                "Üdvözlettel:\nGulyás Ákos, rendezvényszervező\nPannon Energia Rendezvényház",
        "expect": [],
        "note": "Wedding venue e-mail: three questions, two embedded ('meddig', 'lehet-e'), "
                "answered in reverse order (parking, cake, music). Clean.",
    },
    {
        "channel": "chat",
        "customer": "Leejtettem a telefonomat, betört a kijelző. Mennyi a csere ára egy Samsung "
                    "A54-re, és meg tudják csinálni még ma?",
        "text": "Jó napot! A kijelzőcserét ma is elvégezzük, ha 15 óráig behozza a készüléket a "
                "Király utcai üzletünkbe, a javítás körülbelül egy óra. A javítás idejére "
                "kölcsöntelefont is adunk, ha szüksége van rá.",
        "expect": ["R-TALK-9"],
        "note": "Phone-repair chat: price of a screen replacement? today? 'Today' is answered "
                "(by 15:00, about an hour), the price is never mentioned. R-TALK-9.",
    },
    {
        "channel": "chat",
        "customer": "jo napot, darazsfeszek van a padlason. kell nekem otthon lennem amikor "
                    "jonnek? es a gyerekek mikor mehetnek vissza a hazba",
        "text": "Jó napot kívánok! Ha a padlás kívülről, létrával is elérhető, nem kell otthon "
                "lennie, elég, ha a kaput nyitva hagyja. Ha csak a lakáson át lehet feljutni, "
                "akkor kérem, legyen otthon valaki. A szer két óra alatt felszárad, utána a "
                "gyerekek visszamehetnek a házba, csak a padlásra ne menjenek fel másnapig. "
                "Kollégánk csütörtökön 10 és 12 óra között érkezik.",
        "expect": [],
        "note": "Pest control chat: customer typed without diacritics and without question "
                "marks ('do I need to be home', 'when can the children go back'). Both answered "
                "(conditional yes/no; after two hours). Clean.",
    },
    {
        "channel": "email",
        "customer": "Jó napot! A menyasszonyi ruhámat hoztam be szűkíteni, a próba szerdán lesz. "
                    "Vihetem a cipőmet is, hogy a hosszt is beállítsák? És meddig tart majd az "
                    "egész, mert május 9-én van az esküvő.",
        "text": "Kedves Vass Dóra!\n\nIgen, kérem, hozza magával a cipőt, mert a hossz "
                "beállításához elengedhetetlen. Tudom, hogy az esküvő előtt minden nap számít, és "
                "mennyire izgalmas ez az időszak. A szerdai próbán 16 órakor a szabónőnk, "
                "Ildikó várja.\n\nÜdvözlettel:\nFerenczi Margit\nPannon Energia Szabóság",
        "expect": ["R-TALK-9"],
        "note": "Tailor e-mail: may I bring my shoes? how long will it all take (wedding on 9 "
                "May)? Shoes answered; the duration is met only with sympathy about the "
                "wedding and the fitting time, not when the dress will be ready. R-TALK-9.",
    },
    {
        "channel": "email",
        "customer": "Tisztelt Cím! Két hete voltam interjún a logisztikai koordinátori pozícióra. "
                    "Tudnak már valamit mondani a döntésről? Ha nem engem választanak, a többi "
                    "hirdetésükre is jelentkezhetek?",
        "text": "Kedves Balogh Péter!\n\nKöszönöm a türelmét. Döntés még nincs: a megbízó cég "
                "azt jelezte, hogy jövő kedden választ, és szerda délig telefonon tájékoztatom "
                "az eredményről. A többi hirdetésünkre természetesen ettől függetlenül is "
                "jelentkezhet.\n\nÜdvözlettel:\nSzekeres Noémi\nPannon Energia "
                "Munkaerő-közvetítés",
        "expect": [],
        "note": "Recruitment agency e-mail: any news? may I apply for other ads? Honest 'no "
                "decision yet' with a dated follow-up (client's stated date attributed, own "
                "call by Wednesday noon); second answered yes. Clean.",
    },
    {
        "channel": "chat",
        "customer": "Szeretnék egy nagyobb raktárboxba átköltözni. Van most szabad 10 "
                    "négyzetméteres? És a mostani szerződésem ilyenkor megszűnik, vagy újat kell "
                    "kötni?",
        "text": "Jó napot! A költözésnél nem kell új szerződést kötnie, a mostanit módosítjuk, "
                "és az új havidíj a következő hónap elsejétől érvényes. A 10 négyzetméteres boxok "
                "havidíja 38 000 forint, a kulcsot a recepción cseréljük. A módosítást e-mailben "
                "küldöm el aláírásra.",
        "expect": ["R-TALK-9"],
        "note": "Self-storage chat: is a 10 m2 unit free now? new contract needed? The contract "
                "question is answered, and the reply talks about the 10 m2 units' price and "
                "keys, but never says whether one is available. R-TALK-9.",
    },
    {
        "channel": "social",
        "customer": "Hello! A szombati 18:30-as előadásra vettem jegyet, de nem tudunk menni. "
                    "Visszakaphatom a pénzt? Vagy legalább átcserélhetem vasárnapra?",
        "text": "Jó napot kívánok! Az előadás előtt 24 óráig, vagyis péntek 18:30-ig a jegyek "
                "árát teljes egészében visszautaljuk, ezt a vásárlási e-mailben lévő linken "
                "kérheti. Ha inkább vasárnap jönnének, a 17 órás előadásra díjmentesen átírom a "
                "jegyeket, a 8. sorban még van két szomszédos hely. Írja meg üzenetben, melyiket "
                "választja.",
        "expect": [],
        "note": "Cinema social reply: refund? or swap to Sunday? Both answered (yes until Friday "
                "18:30 via the link; yes, free, seats available). Clean.",
    },
    {
        "channel": "email",
        "customer": "Szia, a laptopom reggel óta nem csatlakozik a céges wifire. Újraindítottam, "
                    "nem segített. Van valami, amit én meg tudok csinálni, vagy le kell vinnem "
                    "hozzátok? Ja, és a VPN-t az otthoni munkához külön ki kell kérni?",
        "text": "Kedves Dénes!\n\nKöszönöm a jelzést. Kérem, kattintson a jobb alsó sarokban a "
                "hálózat ikonjára, válassza a „PE-Iroda” hálózatot, majd az „Elfelejtés” gombot, "
                "és jelentkezzen be újra a céges jelszavával. Ha ez sem segít, hozza le a gépet a "
                "földszinti 014-es irodába, ott 9 és 15 óra között azonnal megnézzük.\n\n"
                "Üdvözlettel:\nSipos Gábor\ninformatikai ügyfélszolgálat",
        "expect": ["R-TALK-9"],
        "note": "Small firm's IT helpdesk e-mail (colleague writes informally, agent stays "
                "formal): what can I do myself or should I bring it? (answered: steps, then "
                "room 014) and does the VPN need a separate request? (ignored). R-TALK-9.",
    },
    {
        "channel": "email",
        "customer": "Jó napot! A céges karácsonyi vacsorára 45 főre kérnénk ajánlatot. Tudnak "
                    "vegán és gluténmentes menüt is adni? Az edényeket és a felszolgálást is "
                    "Önök intézik, vagy azt külön kell megoldanunk?",
        "text": "Kedves Fekete Zoltán!\n\nKöszönjük, hogy minket keresett. A csatolt ajánlatban "
                "három menüsor szerepel, mindegyiknek van vegán és gluténmentes változata is. Az "
                "árban benne van a porcelán, az evőeszköz és két felszolgáló, a helyszínen mi "
                "terítünk és pakolunk el. Az ajánlat december 15-ig érvényes.\n\nÜdvözlettel:\n"
                "Kertész Bianka\nPannon Energia Catering",
        "expect": [],
        "note": "Catering e-mail: vegan and gluten-free possible? do you bring tableware and "
                "staff? Answered via the attached offer (yes, every menu) and the price "
                "contents. Clean.",
    },
    {
        "channel": "phone",
        "customer": "A bérelt nyomtató ebben a hónapban már harmadszor akad el. Kicserélik egy "
                    "másik gépre? És addig kinek szóljak, ha megint leáll?",
        "text": "Jó napot kívánok! Sajnálom, hogy ennyiszer megakadt miatta a munka. Ha addig "
                "újra leáll, hívja közvetlenül a szervizvonalunkat a 06 1 555 0199-es számon, ott "
                "munkanapokon 7 és 19 óra között felveszik a hibát. A három elakadást "
                "feljegyeztem a gép adatlapjára.",
        "expect": ["R-TALK-9"],
        "note": "Printer-leasing call: will you replace the machine? who do I call meanwhile? "
                "Only the second is answered; the replacement question gets sympathy and a note "
                "that the jams were logged, neither yes nor no. R-TALK-9.",
    },
    # ---------------- R-TALK-6 ----------------
    {
        "channel": "email",
        "text": "Kedves Jakab Úr!\n\nA képkimaradást a szombati viharos szél okozta, amely az Ön "
                "utcájában több parabolaantennát is elmozdított. Kollégánk hétfőn 10 és 12 óra "
                "között kimegy, és díjmentesen visszaállítja az antennát. Elnézést kérünk a "
                "kiesett hétvégéért.\n\nÜdvözlettel:\nPannon Energia műholdas tévé "
                "ügyfélszolgálat",
        "expect": [],
        "note": "Satellite TV: cause explained (storm moved dishes) without blaming anyone, "
                "visit booked, apology. Clean near miss for blame.",
    },
    {
        "channel": "email",
        "text": "Tisztelt Szalai Úr!\n\nA beszállás megtagadására azért került sor, mert az "
                "útlevél érvényességének ellenőrzése az utas részéről elmaradt. Az utazási "
                "szerződés 7. pontja ezt egyértelműen az utas feladataként rögzíti. A lemondási "
                "feltételek értelmében a részvételi díj ezért nem téríthető vissza.\n\n"
                "Üdvözlettel:\nPannon Energia Utazási Iroda",
        "expect": ["R-TALK-6"],
        "note": "Travel agency: boarding refused over an expired passport. Blame in impersonal "
                "passive ('the check was omitted on the passenger's part'), a contract clause "
                "cited at the customer, and a refusal with nothing offered. R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Kedves Fehér Úr!\n\nIgaza van, a szórólapokon a telefonszám valóban hibás. Ezt "
                "mi rontottuk el a tördelésnél, az Ön által küldött anyagban jó szám szerepelt. "
                "Elnézést kérünk. A javított szórólapokat holnap 12 órától díjmentesen átveheti, "
                "a hibásakat nyugodtan dobja ki.\n\nÜdvözlettel:\nPannon Energia Nyomda",
        "expect": [],
        "note": "Print shop: our own mistake owned, negated blame ('your file had the right "
                "number'), reprint offered. Clean near miss.",
    },
    {
        "channel": "chat",
        "text": "Jo napot! Ertem a problemat. Oszinten szolva a kollegam, aki mult heten az "
                "akkumulatort cserelte, nem mindig a legalaposabb, nem ez az elso ilyen eset "
                "nala. Hozza be a telefont, es most en magam cserelem ki ingyen.",
        "expect": ["R-TALK-6"],
        "note": "Phone repair chat typed entirely without diacritics (not a spelling error): "
                "helpful offer, but runs down the colleague who did the battery swap ('not "
                "always the most thorough, not the first time'). R-TALK-6.",
    },
    {
        "channel": "chat",
        "text": "Jó napot kívánok! A raktárház biztonsági okból éjjel 22 és reggel 6 óra között "
                "zárva van, ezért a vasárnap hajnali költözéshez nem tudunk kaput nyitni. "
                "Vasárnap reggel 6-tól viszont bármikor beléphet, és a rakodáshoz díjmentesen "
                "adunk kézikocsit. Ha szombat este 22 óráig megoldható a pakolás, a recepciós "
                "kollégám addig Önt várja.",
        "expect": [],
        "note": "Self-storage: night access refused, with reason and two alternatives (from 6 on "
                "Sunday with a trolley, or Saturday until 22). Clean near miss for a flat "
                "refusal.",
    },
    {
        "channel": "email",
        "text": "Tisztelt Kun Andrea!\n\nTájékoztatjuk, hogy a megváltott bérletek árát az "
                "uszoda házirendje értelmében semmilyen indokkal nem térítjük vissza, és a "
                "bérletek érvényessége sem hosszabbítható meg. Kérelmét ezért elutasítjuk.\n\n"
                "Üdvözlettel:\nPannon Energia Uszoda, ügyfélszolgálat",
        "expect": ["R-TALK-6"],
        "note": "Swimming pool: request (refund or extension after an injury) refused in "
                "bureaucratic policy wording, nothing else offered. R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Jó napot!\n\nKöszönöm, hogy elküldte a kivonatot. Megnéztem: az első tétel csak "
                "egy zárolás a kártyáján, amelyet a bankok általában három munkanapon belül "
                "feloldanak, a jegyek árát ténylegesen egyszer vontuk le. Értem, hogy a "
                "kivonaton ez két terhelésnek látszik. Ha pénteken is ott lenne a zárolás, írjon "
                "nekünk, és mi kérjük a feloldását.\n\nÜdvözlettel:\nPannon Energia Mozi",
        "expect": [],
        "note": "Cinema: the customer thinks they were charged twice; corrected politely (a "
                "temporary hold, 'I understand it looks like two charges'), with an offer if it "
                "stays. Bank timing hedged with 'általában'. Clean near miss for contradicting.",
    },
    {
        "channel": "email",
        "text": "Jó napot kívánok!\n\nA sofőrünkkel beszéltem, és ő egészen másképp emlékszik: "
                "szerinte végig udvarias volt, és Ön emelte fel a hangját. A fuvar útvonala "
                "ráadásul a GPS-adatok szerint sem volt hosszabb a szokásosnál. A panaszt ezért "
                "nem tartjuk megalapozottnak.\n\nÜdvözlettel:\nPannon Energia Taxi",
        "expect": ["R-TALK-6"],
        "note": "Taxi company: complaint about a rude driver answered by contradicting the "
                "customer and implying they raised their voice; complaint dismissed. R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Kedves Soós Erika!\n\nA csokrot partnerünk, a Gyorsfutár Kft. szállította, és a "
                "nyomkövetés szerint 11:40-kor érkezett a megadott címre. Mivel a címzett nem "
                "kapta meg, a futárcéggel együtt most kivizsgáljuk, és holnap 12 óráig "
                "visszajelzek. Ha addig nem kerül elő, kedden új csokrot küldünk díjmentesen.\n\n"
                "Üdvözlettel:\nPannon Energia Virágküldő",
        "expect": [],
        "note": "Florist: delivery partner named neutrally with the tracking fact, joint check, "
                "dated reply, replacement offered. Clean near miss for running down a partner.",
    },
    {
        "channel": "email",
        "text": "Kedves Mészáros Úr!\n\nBizonyára Ön is megérti, hogy egy hallókészülék nem "
                "való zuhany alá, erre a használati útmutató 4. oldala is külön felhívja a "
                "figyelmet. A nedvesség okozta hibát ezért a garancia nem fedezi. A javítás díja "
                "18 000 forint, és ha kéri, két héten belül elkészül.\n\nÜdvözlettel:\n"
                "Pannon Energia Hallásközpont",
        "expect": ["R-TALK-6"],
        "note": "Hearing-aid shop: a paid repair is offered, but the customer is lectured ('you "
                "will surely understand a hearing aid does not belong in the shower', manual "
                "page cited). R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Tisztelt Szénási Úr!\n\nAzt írta, hogy „a leves hideg volt, a főétel pedig "
                "késve érkezett”, és ebben teljesen igaza van. Ez nem az Önök szervezésén múlt: "
                "a mi konyhánk indult el későn a kiszállítással. A számla 20 százalékát "
                "visszautaljuk, és a következő rendezvényükön a desszertet ajándékba adjuk.\n\n"
                "Üdvözlettel:\nPannon Energia Catering",
        "expect": [],
        "note": "Catering: customer's complaint quoted, negated blame ('not down to your "
                "organising'), own kitchen's delay owned, refund and gift. Clean near miss.",
    },
    {
        "channel": "email",
        "text": "Jó napot!\n\nTelefonszámot és személyes e-mail-címet nem adunk ki, a "
                "jelöltekkel kizárólag ezen a közös címen tartjuk a kapcsolatot. Köszönöm a "
                "megértését.\n\nÜdvözlettel:\nPannon Energia Munkaerő-közvetítés",
        "expect": ["R-TALK-6"],
        "note": "Recruitment agency: candidate asked for the consultant's phone number; refused, "
                "no call offered, 'thank you for your understanding'. Refusing contact details, "
                "R-TALK-6.",
    },
    # ---------------- R-LETTER-1 (channel letter) ----------------
    {
        "channel": "letter",
        "text": "Tisztelt Lakatos Judit!\n\nSajnálattal értesítjük, hogy a 2027. május 14-re "
                "meghirdetett toszkánai körutazásunk a minimális létszám hiánya miatt elmarad. A "
                "befizetett 120 000 forint előleget május 4-ig visszautaljuk arra a "
                "bankszámlára, amelyről érkezett, ehhez Önnek nincs teendője. Ha inkább a június "
                "11-i időpontra foglalná át az utat, kérjük, április 30-ig jelezze a 06 1 555 "
                "0170-es számon.\n\nTisztelettel:\nSzilágyi Kornélia\nPannon Energia Utazási "
                "Iroda",
        "expect": [],
        "note": "Travel agency letter: tour cancelled; deposit refunded with no action needed, "
                "and an optional rebooking with a deadline and phone number. Clean.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Dr. Bárány Éva!\n\nTájékoztatjuk, hogy a Pannon Energia Rendezvényház "
                "Duna-terme 2027. január 5. és február 28. között felújítás miatt zárva tart. Az "
                "Önök február 14-re lefoglalt jótékonysági báljára ezért a Tisza-termet jelöltük "
                "ki, amely 180 fő befogadására alkalmas.\n\nTisztelettel:\nMohácsi Ilona\n"
                "rendezvényiroda",
        "expect": ["R-LETTER-1"],
        "note": "Event venue letter: hall closed, the ball moved to another hall for 180. It "
                "does not say whether the customer must confirm, what to do if 180 is too few, "
                "or that nothing is needed. R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Varga Ernő!\n\nA 2026. évi személyijövedelemadó-bevallásának "
                "elkészítéséhez még hiányzik a munkáltatói jövedelemigazolás. Kérjük, hogy az "
                "igazolást 2027. május 8-ig küldje el szkennelve az iroda@pannonenergia.hu címre, "
                "vagy hozza be irodánkba (Győr, Baross Gábor út 14.) hétköznap 9 és 16 óra "
                "között. Ha a munkáltatója még nem adta ki, jelezze, és segítünk beszerezni.\n\n"
                "Tisztelettel:\nPannon Energia Adótanácsadás",
        "expect": [],
        "note": "Tax-advice letter: a document is missing; what (employer's certificate), by "
                "when (8 May), how (e-mail or in person), plus a fallback. Clean.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Csizmadia Család!\n\nÉrtesítjük, hogy a 2027/2028-as téli szezontól a "
                "síiskolai csoportos órák díja alkalmanként 9 500 forintról 11 000 forintra "
                "emelkedik. Az emelést a felvonójegyek és a biztosítás drágulása indokolja.\n\n"
                "Tisztelettel:\nPannon Energia Síiskola",
        "expect": ["R-LETTER-1"],
        "note": "Ski school letter: fee increase with a reason, then stops; nothing about "
                "already booked lessons, whether anything must be done, or that nothing is "
                "needed. R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Deák Bernadett!\n\nTájékoztatjuk, hogy a raktárvezető-helyettesi "
                "pozícióra beadott jelentkezését megbízónk lezárta, mert az állást belső "
                "jelölttel töltötték be. Önnek ezzel kapcsolatban nincs teendője: adatait a "
                "hozzájárulása szerint 2027. január 31-ig megőrizzük, és ha hasonló állás nyílik, "
                "megkeressük. Ha szeretné, hogy adatait már most töröljük, elég erre a levélre "
                "válaszolnia.\n\nTisztelettel:\nPannon Energia Munkaerő-közvetítés",
        "expect": [],
        "note": "Recruitment letter: application closed; 'no action needed' with the reason "
                "(data kept by consent until a date) and an optional step. Clean.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Rácz Imre!\n\nEzúton értesítjük, hogy a 2024. március 1-jén kötött "
                "műholdas televízió-előfizetési szerződése a felmondási idő leteltével 2026. "
                "december 31-én megszűnik. A megszűnésig esedékes díjakat a decemberi számla "
                "tartalmazza.\n\nTisztelettel:\nPannon Energia Ügyfélszolgálat",
        "expect": ["R-LETTER-1"],
        "note": "Satellite TV letter: contract ends on 31 December, last fees on the December "
                "bill; says nothing about returning the receiver, paying the bill, or that "
                "nothing is needed. R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Major Krisztina!\n\nEzúton igazoljuk, hogy a B-114-es raktárbox bérleti "
                "szerződése 2026. október 31-én megszűnt, a boxot rendben, üresen vettük vissza. "
                "A 40 000 forint kauciót november 6-án átutaltuk az Ön által megadott "
                "bankszámlára. Önnek további teendője nincs, a szerződés ezzel mindkét fél "
                "részéről lezárult. Ha az összeg november 13-ig nem jelenne meg a számláján, "
                "kérjük, hívja a 06 1 555 0133-as számot.\n\nTisztelettel:\nPannon Energia "
                "Raktárbérlés",
        "expect": [],
        "note": "Self-storage letter: deposit returned; 'no further action, the contract is "
                "closed' plus what to do if the money does not arrive. Clean.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Bognár Lászlóné!\n\nTájékoztatjuk, hogy a 2026. december 9-re, 10 "
                "órára egyeztetett szemvizsgálati időpontja szakorvosunk továbbképzése miatt "
                "december 16-ra, 10 órára módosul. A vizsgálat helye és időtartama "
                "változatlan.\n\nTisztelettel:\nPannon Energia Optika",
        "expect": ["R-LETTER-1"],
        "note": "Optician letter: appointment moved a week; no word on confirming, what to do "
                "if the new time does not suit, or that nothing is needed. R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Bárány Gergely!\n\nÉrtesítjük, hogy a november 21-i fuvarja után a "
                "taxiban talált fekete hátizsákot sofőrünk leadta irodánkban. A csomagot "
                "december 18-ig veheti át ügyfélszolgálati irodánkban (Budapest, Váci út 45.), "
                "hétköznap 8 és 18 óra között, személyi igazolványa bemutatásával. Ha személyesen "
                "nem tud jönni, hívja a 06 1 555 0155-ös számot, és futárral is eljuttatjuk "
                "Önhöz.\n\nTisztelettel:\nPannon Energia Taxi",
        "expect": [],
        "note": "Taxi company letter: lost backpack found; collect by 18 December, where, "
                "when, with ID, or ring a number for delivery. Clean.",
    },
    {
        "channel": "letter",
        "text": "Tisztelt Oláh Tamás!\n\nA visszaküldött bérletiszerződés-módosításról hiányzik "
                "a cégszerű aláírás és a bélyegző. A módosítás ezért nem lépett hatályba, a "
                "nyomtató bérleti díja a korábbi összegben marad.\n\nTisztelettel:\n"
                "Pannon Energia Irodatechnika",
        "expect": ["R-LETTER-1"],
        "note": "Printer-leasing letter: the returned amendment lacks signature and stamp, so it "
                "is not in force; it never says to sign and return it, by when, or how. "
                "R-LETTER-1.",
    },
    # ---------------- R-TALK-2 (position closing) ----------------
    {
        "position": "closing",
        "channel": "chat",
        "text": "Örülök, hogy találtunk megfelelő időpontot a próbára. Van még valami, amiben "
                "segíthetek? Ha nincs, köszönöm, hogy írt nekünk, és ha addig kérdése lenne, "
                "bármikor írhat újra. Szép napot, viszontlátásra!",
        "expect": [],
        "note": "Tailor chat closing: anything else, thanks, write again any time, goodbye. "
                "Clean.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Rendben, a foglalását holnap reggel 6:15-re rögzítettem, a sofőr a ház elől "
                "telefonál. Segíthetek még valamiben? Ha bármi változna, hívjon minket "
                "nyugodtan, éjjel-nappal elér minket. Viszonthallásra!",
        "expect": ["R-TALK-2"],
        "note": "Taxi call closing: anything else, call any time, goodbye, but no thanks. "
                "R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "email",
        "text": "Remélem, minden kérdésére választ adtam. Van még valami, amiben segíthetünk az "
                "utazás előtt? Köszönjük, hogy irodánkat választotta, és ha az indulásig bármi "
                "felmerülne, forduljon hozzánk bizalommal.\n\nÜdvözlettel:\nSzilágyi Kornélia\n"
                "Pannon Energia Utazási Iroda",
        "expect": [],
        "note": "Travel agency e-mail closing: anything else, thanks, 'turn to us with "
                "confidence' (come back), sign-off 'Üdvözlettel' as goodbye. Clean.",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Akkor a jövő heti fix asztalát is rögzítettem a második emeleten. Van még "
                "valami, amiben segíthetek? Köszönöm, hogy minket választott, és ha bármire "
                "szüksége lenne, a recepción vagy itt a chaten bármikor elér minket.",
        "expect": ["R-TALK-2"],
        "note": "Coworking chat closing: anything else, thanks, reachable any time, but no "
                "goodbye. R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Mhm, akkor a nyomtató most már újra látszik a hálózaton. Tudok még valamiben "
                "segíteni? Ha nem, köszönöm a türelmét, és ha előjönne újra a hiba, hívjon "
                "bátran. Viszonthallásra!",
        "expect": [],
        "note": "IT helpdesk call closing in spoken style ('Mhm'): anything else, thanks for "
                "patience, call again, goodbye. Clean.",
    },
    {
        "position": "closing",
        "channel": "email",
        "text": "A menü végleges változatát csatoltam. Köszönjük a megrendelést, és ha a "
                "rendezvény előtt bármilyen kérdése merülne fel, keressen minket bizalommal.\n\n"
                "Üdvözlettel:\nKertész Bianka\nPannon Energia Catering",
        "expect": ["R-TALK-2"],
        "note": "Catering e-mail closing: thanks, come back with questions, sign-off; never asks "
                "whether anything else is needed. R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Szivesen, orulok, hogy idoben odaer a csokor. Segithetek meg valamiben? "
                "Koszonom, hogy nalunk rendelt, es ha kerdese lenne, itt barmikor irhat nekunk. "
                "Viszontlatasra!",
        "expect": [],
        "note": "Florist chat closing typed entirely without diacritics (not a spelling error); "
                "'Szivesen' contains no diminutive. All four parts present. Clean.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Akkor szombaton 9 órakor várjuk a gyerekeket a felső felvonónál. Van még "
                "kérdése? Jó, akkor köszönöm a hívását, jó síelést kívánok, viszonthallásra!",
        "expect": ["R-TALK-2"],
        "note": "Ski school call closing: anything else, thanks, goodbye; no 'you can call again'. "
                "R-TALK-2.",
    },
]
