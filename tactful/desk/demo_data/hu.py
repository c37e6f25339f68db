"""Hungarian: Pannon Energia's residential customer service."""

from . import Customer, Scenario

LANGUAGE = "hu"
ORGANISATION = "Pannon Energia"
TEAM = "Lakossági ügyfélszolgálat"
TEAM_SLUG = "lakossagi"
TEAM_EMAIL = "ugyfelszolgalat@pannonenergia.example"
CODE_PREFIX = "PE-HU"

STAFF = [
    ("agnes", "Kiss Ágnes", "agent"),
    ("bence", "Nagy Bence", "agent"),
    ("reka", "Szűcs Réka", "agent"),
    ("zsofia", "Tóth Zsófia", "supervisor"),
]

CUSTOMERS = [
    Customer("Kovács Éva", "", "formal", "Tisztelt Kovács Éva!", "kovacs.eva@freemail.example",
             "+36 30 123 4567", "1052 Budapest, Petőfi Sándor utca 7. 3. em. 12."),
    Customer("Szabó László", "", "formal", "Tisztelt Szabó László!",
             "szabo.laszlo@citromail.example", "+36 20 987 6543", "6720 Szeged, Kárász utca 12."),
    Customer("dr. Horváth Katalin", "dr.", "formal", "Tisztelt dr. Horváth Katalin!",
             "horvath.katalin@example.hu", "+36 70 555 1212", "9021 Győr, Baross Gábor út 3."),
    Customer("Varga Péter", "", "informal", "Kedves Péter!", "varga.peter@example.hu",
             "+36 1 234 5678", "4025 Debrecen, Piac utca 45. 2. em. 5."),
    Customer("Molnár Judit", "", "formal", "Tisztelt Molnár Judit!", "molnar.judit@example.hu",
             "+36 30 444 8899", "7621 Pécs, Király utca 18. fszt. 2."),
    Customer("Farkas Gábor", "", "formal", "Tisztelt Farkas Gábor!", "farkas.gabor@example.hu",
             "+36 46 321 778", "3525 Miskolc, Széchenyi István út 60."),
    Customer("Nagy Zsuzsanna", "", "formal", "Tisztelt Nagy Zsuzsanna!",
             "nagy.zsuzsa@example.hu", "+36 70 246 8135", "8000 Székesfehérvár, Fő utca 22."),
    Customer("Balogh Tamás", "", "formal", "Tisztelt Balogh Tamás!", "balogh.tamas@example.hu",
             "+36 30 975 3124", "6000 Kecskemét, Rákóczi út 9."),
]

REFERENCES = {"contract": "SZ-{n:07d}", "meter": "HU-M-{n:08d}", "invoice": "SZLA-{n:08d}"}

LIVE_GREETING = "Jó napot kívánok, {agent} vagyok, a Pannon Energia ügyfélszolgálatától."
CLOSINGS = [
    "Üdvözlettel:\n{agent}\nPannon Energia ügyfélszolgálat",
    "Tisztelettel:\n{agent}\nPannon Energia Zrt.",
    "Köszönjük megkeresését!\n{agent}\nPannon Energia",
]

SCENARIOS = [
    Scenario("Magas villanyszámla", "contract", (
        "Jó napot! A legutóbbi villanyszámlám majdnem kétszer akkora, mint máskor. Miért lett "
        "ennyi? A szerződésszámom: {ref}.",
        "Köszönjük megkeresését. Megnéztük a számláját: az előző leolvasás becsült érték volt, "
        "ezért ez a számla a különbözetet is tartalmazza. Ha megadja a mostani mérőállást, két "
        "munkanapon belül helyesbítő számlát küldünk.",
        "Köszönöm a gyors választ. A mérőállás ma reggel 045 321 kWh volt.",
        "Köszönjük a mérőállást, rögzítettük. A helyesbítő számlát e-mailben küldjük el, a "
        "különbözetet a következő számlán jóváírjuk. Segíthetek még valamiben?",
        "Nem, köszönöm, ennyi volt.",
        "Köszönjük, hogy megkeresett minket; bármikor fordulhat hozzánk bizalommal. További "
        "szép napot kívánok!",
    )),
    Scenario("Mérőállás bejelentése", "meter", (
        "Szeretném bediktálni a mérőállást: a {ref} gyári számú mérő állása 012 874. Jó helyre "
        "írok?",
        "Igen, jó helyre írt, köszönjük! A mérőállást rögzítettük, a következő számlája már ez "
        "alapján készül. Legközelebb az online ügyfélszolgálaton is megadhatja, minden hónap 1. "
        "és 8. napja között.",
        "Rendben, köszönöm. A gázmérő állását is itt kell megadnom?",
        "A gázmérő állását ugyanitt, ugyanabban az időszakban adhatja meg; a gyári számot a "
        "mérő előlapján találja. Van még kérdése, amiben segíthetek?",
    )),
    Scenario("Áramszünet a Kárász utcában", "contract", (
        "Tegnap este óta nincs áram az utcánkban. Mikor állítják helyre? A hűtőben "
        "gyógyszert tartok. Felhasználási hely szerződésszáma: {ref}.",
        "Elnézést kérünk a kellemetlenségért. A hibát bejelentették, szerelőink már a helyszínen "
        "dolgoznak; a helyreállítás várhatóan ma 18 óráig megtörténik. Mivel hűtést igénylő "
        "gyógyszert említett, ezt soron kívül jeleztük a kollégáknak.",
        "Most már van áram, köszönöm a gyors intézkedést!",
        "Örülünk, hogy helyreállt az áramellátás, és köszönjük türelmét. Ha bármilyen kérdése "
        "lenne, keressen minket bizalommal.",
    ), priority="high"),
    Scenario("Panasz: udvariatlan ügyintéző", "contract", (
        "Múlt héten telefonon nagyon udvariatlanul beszélt velem az ügyintézőjük, végül letette "
        "a telefont. Ezt nem tartom elfogadhatónak, kérem, vizsgálják ki. Szerződésszám: {ref}.",
        "Őszintén sajnáljuk, hogy így történt, és köszönjük, hogy jelezte. Panaszát "
        "rögzítettük; ügyfélszolgálati vezetőnk öt munkanapon belül írásban válaszol Önnek, "
        "és mellékeli a panaszkezelési szabályzatunkat is.",
        "Köszönöm. Remélem, tényleg foglalkoznak vele.",
        "Biztosíthatom, hogy panaszát kivizsgáljuk; a beszélgetés hangfelvételét már lekértük. "
        "Az eredményről írásban tájékoztatjuk.",
    ), kind="complaint", category="bad_attitude", priority="high"),
    Scenario("Panasz: elmaradt szerelés, senki nem szólt", "contract", (
        "Kedden egész nap otthon vártam a szerelőt a mérőcsere miatt, de nem jött, és senki "
        "nem hívott fel, hogy elmarad. Szabadságot vettem ki erre a napra! Szerződésszám: {ref}.",
        "Nagyon sajnáljuk, hogy hiába várt ránk, és hogy nem értesítettük időben. Panaszát "
        "rögzítettük. Kollégánk még ma felhívja Önt, hogy egyeztessen egy Önnek megfelelő új "
        "időpontot.",
        "Rendben, a jövő hét csütörtök délelőtt jó lenne.",
        "Köszönjük, a szerelést jövő csütörtökre, 8 és 12 óra közé rögzítettük. A szerelő "
        "indulás előtt telefonon jelez Önnek.",
    ), kind="complaint", category="no_reschedule_call"),
    Scenario("Részletfizetési kérelem", "invoice", (
        "Kérhetnék részletfizetést a {ref} számú számlára? Jelenleg nem tudom egyben kifizetni.",
        "Köszönjük, hogy jelezte. A {ref} számú számlára legfeljebb hat havi részletet tudunk "
        "biztosítani. Ha ez megfelel Önnek, elküldjük a megállapodást, amelyet aláírva kérünk "
        "vissza.",
        "Igen, a hat részlet jó lenne. Postán vagy e-mailben küldik?",
        "E-mailben küldjük; aláírás után elég egy fényképet visszaküldenie róla. A részletek "
        "esedékességét a megállapodás tartalmazza. Segíthetek még valamiben?",
    )),
    Scenario("Szerződés átírása új tulajdonosra", "contract", (
        "Eladtuk a lakást. Hogyan lehet a {ref} számú szerződést az új tulajdonosra átírni?",
        "Az átíráshoz az adásvételi szerződés másolatára, valamint a birtokátadáskor közösen "
        "leolvasott mérőállásra van szükség. Ezeket e-mailben is elküldheti; a végszámlát a "
        "mérőállás alapján tizenöt napon belül kiállítjuk.",
        "Csatolom az adásvételi szerződést, a mérőállás 051 220 volt.",
        "Köszönjük, a dokumentumokat megkaptuk, az átírást elindítottuk. A végszámlát postán "
        "küldjük a megadott új címére.",
    )),
    Scenario("Csoportos beszedési megbízás", "contract", (
        "Szeretném, ha a számláimat ezentúl automatikusan levonnák a bankszámlámról. Mit kell "
        "tennem?",
        "A csoportos beszedési megbízást a saját bankjánál adhatja meg; ehhez a {ref} "
        "szerződésszámra lesz szüksége. A megbízás a bank visszaigazolása után a következő "
        "számlától érvényes.",
    )),
    Scenario("Mérőcsere utáni megkeresés", "meter", (
        "Múlt héten kicserélték az Ön fogyasztásmérőjét (új gyári szám: {ref}). Szeretnénk "
        "megkérdezni, minden rendben van-e az új mérővel, és elégedett volt-e a szerelő "
        "kollégák munkájával.",
        "Igen, minden rendben, a szerelők pontosak és udvariasak voltak.",
        "Köszönjük visszajelzését, továbbítjuk a kollégáknak. Ha bármi kérdése lenne, "
        "forduljon hozzánk bizalommal.",
    ), kind="follow_up", priority="low"),
]

# Replies that break the protocol, for the checker and the dashboard to find.
BAD_REPLIES = [
    "Ezt nem tudom kezelni, hívja a pénzügyet.",
    "Ez olyan egyszerű, nem tudja egyedül megcsinálni?",
    "Most nagyon elfoglalt vagyok, hívjon vissza később.",
    "Te is tudod, hogy a mérőállást neked kell bediktálnod.",
]

NOTES = [
    "Az ügyfél telefonon is kereste, a {ref} adatait ellenőriztem.",
    "A becsült fogyasztás kb. 30%-kal magasabb volt a ténylegesnél, a számlázástól helyesbítést "
    "kértem.",
    "Visszahívást egyeztettem délutánra, a hangfelvétel lekérve.",
]

ESCALATION = ("Az ügyfél a {ref} ügyben hat hónapnál hosszabb részletfizetést kér, ez meghaladja "
              "a keretemet. Kérem, döntsön, adhatunk-e kivételt.")
ESCALATION_ANSWER = ("Rendben, kivételesen kilenc részletet adhatunk, kérlek, rögzítsd a "
                     "megállapodásban.")
