"""dev6 items, Hungarian (writer A). Pannon Energia: electricity and gas supply. Formal Ön."""

LANG = "hu"


def q(customer, text, expect, note):
    return {"text": text, "expect": expect, "note": note, "customer": customer}


def t(text, expect, note, channel=None):
    d = {"text": text, "expect": expect, "note": note}
    if channel:
        d["channel"] = channel
    return d


def close(text, expect, note, channel=None):
    d = {"text": text, "expect": expect, "note": note, "position": "closing"}
    if channel:
        d["channel"] = channel
    return d


def letter(text, expect, note):
    return {"text": text, "expect": expect, "note": note, "channel": "letter"}


T9 = "R-TALK-9"
T6 = "R-TALK-6"
T2 = "R-TALK-2"
L1 = "R-LETTER-1"

ITEMS = [
    # ---------------- R-TALK-9 (6 violations, 10 clean) ----------------
    q("Jó napot! A márciusi gázszámlám 38 400 Ft, majdnem kétszerese a februárinak. Miért ilyen magas, és be lehet fizetni két részletben?",
      "Köszönöm, hogy jelezte. A márciusi számla azért magasabb, mert három becsült hónap után ez már tényleges mérőállás alapján készült, így a január és március közötti különbözetet is tartalmazza. A 04512-es állást március 28-án olvastuk le.",
      [T9], "'Why so high?' answered (actual reading after estimates); 'can I pay in two instalments?' never addressed."),
    q("Mikor jön ki a szerelő a hibás gázmérőhöz? Már két napja nincs gázunk",
      "Sajnálom, hogy két napja gáz nélkül vannak. Kollégánk, Tóth Gábor holnap, május 14-én, szerdán 8 és 12 óra között érkezik, és amikor elindul, SMS-ben értesítjük Önt.",
      [], "'When does the fitter come?' answered with a date and time window. Clean."),
    q("Szeretném megtudni, hogy az új lakásomba átvihetem-e a szerződésemet, és mennyibe kerül az átírás.",
      "Igen, költözéskor a szerződését magával viheti. Kérem, küldje el nekünk az új címét és a költözés dátumát, és azon a napon átállítjuk az ellátást.",
      [T9], "Embedded questions ('szeretném megtudni, hogy ...'): whether the contract can move is answered, how much the transfer costs is not."),
    q("van most aramszunet Debrecenben a Kossuth utcan mert reggel 9 ota nincs aram nalunk",
      "Igen, a Kossuth utcát ellátó vezetéken ma reggel 8:45 óta üzemzavar van. Szerelőink már a helyszínen dolgoznak, és becslésük szerint délután 2 órára helyreáll az áramellátás.",
      [], "Question typed without diacritics and without '?': answered yes, with an attributed estimate. Clean."),
    q("A túlfizetésem visszautalása még mindig nem érkezett meg. Mikor kapom meg?",
      "Elnézést kérek a várakozásért. Megnéztem az ügyét: a visszautalás a pénzügyi kollégáinknál van folyamatban. Dolgozunk rajta, és folyamatosan tájékoztatjuk.",
      [T9], "Asked 'when will I get it?', told only 'we are working on it': the question is dodged."),
    q("El tudnák küldeni papíron az utolsó három számlámat?",
      "Ma postára adtam a januári, februári és márciusi számlája másolatát az Akácfa utca 12. alatti címre, így várhatóan két-három munkanapon belül megérkeznek.",
      [], "Request phrased as a question, answered with the action done. Clean."),
    q("Mennyi a díja, ha idő előtt felmondom a szerződést? Júniusban külföldre költözöm.",
      "Sajnálom, hogy elköltözik. A szerződés idő előtti felmondásához kérem, töltse ki a felmondási nyomtatványt az online ügyfélszolgálaton, és csatolja a külföldi lakcímét igazoló dokumentumot. Ezt követően e-mailben visszaigazoljuk a szerződés megszűnésének dátumát.",
      [T9], "Asked 'how much is the fee?', told only the procedure."),
    q("Ugye megkapták a hétfőn leadott mérőállásomat?",
      "Igen, megkaptuk: a 18340-es mérőállás hétfőn, május 5-én 10:12-kor érkezett be, és a következő számlája már ez alapján készül.",
      [], "Tag question ('ugye ...?') answered yes with detail. Clean."),
    q("Három kérdésem lenne: él még a csoportos beszedési megbízásom, hányadikán vonják le az összeget, és át tudom-e állítani egy másik bankszámlára?",
      "A csoportos beszedési megbízása továbbra is érvényes, az összeget pedig minden hónap 15-én terheljük a számlájára.",
      [T9], "Three questions; the third (can it be moved to another bank account?) is never addressed."),
    q("Jár még nekem a hűségkedvezmény?",
      "A szerződése 2025. szeptember 3-án indult, a kedvezmény pedig két évig érvényes, így 2027. szeptember 3-ig továbbra is megilleti.",
      [], "Yes/no question answered implicitly in other words ('megilleti' for 'jár'). Clean."),
    q("Ezen a héten kétszer is 40 percet vártam a vonalban. Így bánnak az ügyfeleikkel? Egyébként rögzítették már a panaszomat az elmaradt leolvasás miatt?",
      "Nagyon sajnálom, hogy ezen a héten ilyen sokat kellett várnia; nem ilyen kiszolgálást szeretnénk nyújtani.",
      [T9], "Rhetorical question (answered with an apology) plus a real one, whether the complaint was registered, never addressed."),
    q("Emelkedik októbertől a tarifám ára?",
      "Ezt most még nem tudom, mert az októberi árakat még nem határozták meg. Utánanézek az árazással foglalkozó kollégáknál, és szeptember 18-ig, csütörtökig visszahívom Önt a válasszal.",
      [], "Honest 'I don't know yet' with a dated callback. Clean."),
    q("Otthon kell lennem a mérőcserénél, és mennyi ideig tart?",
      "Igen, egy nagykorú személynek otthon kell lennie, a csere pedig nagyjából 45 percet vesz igénybe.",
      [], "Two questions answered in one sentence. Clean."),
    q("hany orakor jon holnap a leolvaso es kell-e hogy otthon legyek",
      "Igen, kérjük, hogy legyen otthon, mert a mérő a lakásban található. A leolvasó kollégánk holnap 10 és 11 óra között érkezik.",
      [], "Two questions without diacritics or '?', answered in reverse order. Clean."),
    q("Komolyan, ennyire nehéz helyesen leírni a nevemet? Kérem, javítsák ki Szőllősi Editre az ügyfélfiókomban!",
      "Elnézést kérek a hibáért. Az ügyfélfiókjában a nevet Szőllősi Editre javítottam, és a következő számláján már így fog szerepelni.",
      [], "Rhetorical question needs no answer; the request is done. Clean."),
    q("Még elállhatok a szerződéstől? 10 napja írtam alá",
      "Igen, elállhat: az aláírástól számított 14 napon belül ezt díjmentesen megteheti, vagyis június 14-ig. Ehhez elég egy rövid e-mailt küldenie az ugyfelszolgalat@pannonenergia.hu címre.",
      [], "Yes/no answered 'Igen' with the deadline and how. Clean."),

    # ---------------- R-TALK-6 (6 violations, 10 clean) ----------------
    t("Az állást azért rögzítettük rossz mérőhöz, mert Ön a régi mérőórája számát adta meg. A helyes számot már beírtam, a javított számlát öt munkanapon belül megkapja.",
      [T6], "Plain blame: 'because you gave the number of your old meter', though the agent fixes it."),
    t("Hibáztunk: a mérőállását tévedésből egy másik mérőhöz rögzítettük. Kijavítottam, és május 20-ig megkapja az új, alacsonyabb összegű számlát.",
      [], "Near miss of blame: the company owns its mistake. Clean."),
    t("Ahogy már kedden is elmondtam, a visszatérítés arra a kártyára érkezik, amellyel fizetett. Mielőtt újra írt volna, meg kellett volna néznie a kártyakivonatát.",
      [T6], "Lecturing: 'as I already told you on Tuesday', 'you should have checked your statement'."),
    t("Ahogy ma reggel telefonon megbeszéltük, a 96 000 Ft-os tartozását három, egyenként 32 000 Ft-os havi részletre bontottam, július 1-jétől kezdve. Az első részletet csoportos beszedéssel terheljük.",
      [], "Near miss of 'as I already told you': 'as we agreed on the phone'. Clean."),
    t("A fizetési határidő módosítására vonatkozó kérelmeket a szerződés első évében nem fogadjuk be. A döntés végleges.",
      [T6], "Flat bureaucratic refusal, 'the decision is final', nothing offered."),
    t("A szerződés első évében a fizetési határidőt sajnos nem tudom módosítani, de beállíthatok egy SMS-emlékeztetőt minden befizetés előtt három nappal, vagy két részletre bonthatom az e havi összeget. Melyik lenne Önnek kényelmesebb?",
      [], "Refusal with two alternatives. Near miss of a flat refusal. Clean."),
    t("Elnézést a késésért. Őszintén szólva a számlázási osztályon most teljes a káosz, a kérések felét elhagyják, de én ma újra továbbítom az Önét.",
      [T6], "Running down another department in an otherwise helpful reply."),
    t("Számlázási kollégám, Nagy Eszter már átnézte az ügyfélfiókját, és törölte a késedelmi díjat. Köszönjük a türelmét, amíg ellenőrizte.",
      [], "Colleague named neutrally and credited. Clean."),
    t("A panaszkezelési csoport közvetlen telefonszámát és e-mail-címét nem adhatom ki. Önnek is az általános ügyfélszolgálati vonalat kell hívnia, mint mindenki másnak.",
      [T6], "Refusing contact details with nothing offered, plus a dismissive 'like everyone else'."),
    t("A befizetése két nappal a határidő után érkezett meg, ezért a rendszer automatikusan kiküldte a fizetési felszólítást. Az 1500 Ft-os felszólítási díjat töröltem, erre a számlára más tartozása nincs.",
      [], "Cause explained neutrally, fee cancelled; near miss of blame. Clean."),
    t("Nem, a késés nem nálunk történt. Az igénylés azért akadt el, mert a beküldött nyomtatványon nem volt aláírás.",
      [T6], "Contradicting the customer and impersonal blame ('the form sent in had no signature')."),
    t("Ez nem az Ön hibája: a levél címzése nálunk hiányosan készült el. Ma újra elküldtük a teljes címre, ezúttal ajánlott levélként.",
      [], "Negated blame ('not your fault'), the company owns the error. Clean."),
    t("Biztonsági okokból szerelőink csak a gázmérőn dolgozhatnak, a kazánon nem. Ha segít, még ma elküldöm e-mailben a környékbeli regisztrált gázkészülék-javítók listáját.",
      [], "A rule stated politely with help offered. Clean."),
    t("Megkérhetném, hogy nézze meg a mérőóra elején látható gyári számot, és küldje el nekünk? Így biztosan a megfelelő mérőhöz rögzítjük az állást, én pedig a szám beérkezése után azonnal javítom a számlát.",
      [], "Polite request to check something, with the agent's next step; no blame. Clean."),
    t("Értem, miért volt félreérthető a levél: a 12 000 Ft az Ön javára írt jóváírás, nem tartozás. A következő számlájából automatikusan levonjuk, de ha szeretné, át is utalhatom a bankszámlájára.",
      [], "Misunderstanding corrected kindly, with an option. Near miss of contradicting. Clean."),
    t("Leolvasó partnerünk, a MérőPont Kft. munkatársa hétfőn kereste fel Önt, és értesítőt hagyott. Kértem, hogy csütörtökön jöjjenek újra, de ha Önnek kényelmesebb, az állást a mobilalkalmazásban is bediktálhatja.",
      [], "Partner named neutrally; alternative offered. Clean."),

    # ---------------- R-TALK-2 closings (5 violations, 8 clean) ----------------
    close("Segíthetek még valamiben? Ha bármi kérdése adódik, nyugodtan hívjon minket újra. Viszonthallásra!",
          [T2], "Phone closing: anything else, come back, goodbye; no thanks.", "phone"),
    close("Segíthetek még valami másban? Köszönjük, hogy felkeresett minket, és ne feledje, itt a chaten bármikor írhat nekünk. Szép estét kívánok, viszontlátásra!",
          [], "Chat closing with all four parts. Clean.", "chat"),
    close("Köszönöm a türelmét, Kovács úr. Van még valami, amit megnézzek Önnek? Viszonthallásra!",
          [T2], "Thanks, anything else, goodbye; nothing about coming back.", "phone"),
    close("Segíthetek még valamiben a költözéssel kapcsolatban? Köszönjük levelét, és ha bármikor szüksége van ránk, írjon nekünk bátran.\n\nÜdvözlettel:\nSzabó Emese\nPannon Energia",
          [], "E-mail closing: anything else, thanks, write again, sign-off. Clean.", "email"),
    close("Van még valami, amiben segíthetek? Köszönöm, hogy a Pannon Energiát hívta, és ha további kérdése lenne, hívjon minket bizalommal újra.",
          [T2], "Anything else, thanks, come back; no goodbye.", "phone"),
    close("Köszönöm a hívását, Papp úr. Mielőtt befejeznénk, van még valami, amire szüksége lenne? Ha nincs, ezen a számon bármikor elér minket. Viszonthallásra, további szép napot!",
          [], "Different order: thanks, anything else, come back, goodbye. Clean.", "phone"),
    close("Köszönjük türelmét, és ha a jövőben bármiben segíthetünk, keressen minket bizalommal.\n\nÜdvözlettel:\nFarkas Dániel\nPannon Energia",
          [T2], "E-mail closing with thanks, come back and sign-off, but no question whether anything else is needed now.", "email"),
    close("Az új mérőcsere-időpontját rögzítettük. Van még valami, amiben segíthetek? Köszönöm, hogy megkeresett minket; ha bármikor szüksége van ránk, állunk rendelkezésére.\n\nTisztelettel:\nMolnár Sára\nPannon Energia",
          [], "E-mail closing with all four parts. Clean.", "email"),
    close("Van még valami, amiben segíthetek, mielőtt befejeznénk? Ha később bármi felmerül, tudja, hol talál minket. Viszontlátásra!",
          [T2], "Chat closing: anything else, come back, goodbye; no thanks.", "chat"),
    close("Tudok még valamiben segíteni, vagy mindent átbeszéltünk? Nagyon köszönöm a türelmét, viszontlátásra; itt a chaten bármikor elér minket.",
          [], "All four parts, goodbye before the come-back line. Clean.", "chat"),
    close("Akkor péntekre minden le van foglalva. Volt még valami, amit szeretett volna ma elintézni? Köszönöm a hívását, és ha bármi változik, nyugodtan hívjon vissza minket. Viszonthallásra!",
          [], "Phone closing with all four parts. Clean.", "phone"),
    close("Segíthetünk még valamiben a visszatérítéssel kapcsolatban? Köszönjük türelmét, és kérjük, bármikor forduljon hozzánk bizalommal.\n\nTisztelettel:\nGergely Olivér\nPannon Energia Ügyfélszolgálat",
          [], "Formal e-mail closing with all four parts. Clean.", "email"),
    close("Segíthetek még valamiben? Köszönöm, hogy írt, és bármikor írjon nekünk újra. Viszontlátásra!",
          [], "Short chat closing with all four parts. Clean.", "chat"),

    # ---------------- R-LETTER-1 (4 violations, 7 clean) ----------------
    letter("Tisztelt Kiss Tamás Úr!\n\nNyilvántartásunk szerint az Ön 40021387 számú ügyfélfiókján a februári és a márciusi számlából 52 480 Ft tartozás áll fenn. Az összeg fizetési határideje március 31. volt.\n\nTisztelettel:\nVarga Ilona\nPannon Energia Zrt.",
           [L1], "Arrears letter stating the debt and the due date, then stopping: no step."),
    letter("Tisztelt Kiss Tamás Úr!\n\nNyilvántartásunk szerint az Ön 40021387 számú ügyfélfiókján a februári és a márciusi számlából 52 480 Ft tartozás áll fenn. Kérjük, hogy az összeget április 30-ig egyenlítse ki banki átutalással vagy online ügyfélszolgálatunkon. Ha ez most nehézséget okoz, hívja a 06 80 123 4567-es számot, és részletfizetésben állapodunk meg Önnel.\n\nTisztelettel:\nVarga Ilona\nPannon Energia Zrt.",
           [], "Arrears letter with a step, deadline, ways to pay and where to turn. Clean."),
    letter("Tisztelt Fehér Judit Asszony!\n\nKöszönjük, hogy kérte felvételét a védendő fogyasztók nyilvántartásába. Tájékoztatjuk, hogy a kérelemben említett orvosi igazolás nem érkezett meg hozzánk.\n\nTisztelettel:\nPap Jakab\nPannon Energia Zrt.",
           [L1], "Missing document stated, but she is never asked to send it."),
    letter("Tisztelt Fehér Judit Asszony!\n\nAz alapdíj téves felszámítása miatt 11 700 Ft-ot visszautaltunk a 4417-re végződő bankkártyájára. A visszatérítést május 2-án indítottuk, és általában öt munkanapon belül jelenik meg. Önnek semmit sem kell tennie, mert az összeg automatikusan arra a kártyára érkezik, amellyel fizetett.\n\nTisztelettel:\nPap Jakab\nPannon Energia Zrt.",
           [], "Refund letter: nothing to do, and why. Clean."),
    letter("Tisztelt Ügyfelünk!\n\n2027. július 1-jétől az Ön Alap Plusz tarifájának energiadíja 36,20 Ft/kWh-ról 34,90 Ft/kWh-ra változik. Az alapdíj változatlan marad.\n\nÜdvözlettel:\nPannon Energia Zrt.",
           [L1], "Tariff change stated, nothing about what (if anything) the customer must do."),
    letter("Tisztelt Horváth Péter Úr!\n\nHatározott idejű szerződése 2027. augusztus 31-én lejár. Ezt megelőzően új, határozott idejű ajánlatot választhat online ügyfélszolgálatunkon vagy telefonon. Ha nem választ, az ellátása egyszerűen általános tarifánkon folytatódik, ehhez semmit sem kell tennie.\n\nTisztelettel:\nLengyel Rita\nPannon Energia Zrt.",
           [], "Renewal: 'you can choose' before a date, and what happens if he does nothing. Clean."),
    letter("Tisztelt Molnár Katalin Asszony!\n\nTájékoztatjuk, hogy a június 12-re egyeztetett okosmérő-felszerelés időpontja június 19-re, 8 és 12 óra közé módosult, mivel szerelőnk aznapi útvonala megváltozott.\n\nTisztelettel:\nBarta Anna\nPannon Energia Zrt.",
           [L1], "Moved appointment: new date stated, but not whether she must confirm, be at home or can rebook."),
    letter("Tisztelt Molnár Katalin Asszony!\n\nSajnálattal értesítjük, hogy a június 12-i szerelői látogatás munkatársunk betegsége miatt elmarad. Helyette június 19-én 8 és 12 óra között foglaltunk Önnek időpontot. Ha ez megfelel, semmit sem kell tennie; ha nem, kérjük, június 14-ig hívja a 06 80 123 4567-es számot, és másik napot egyeztetünk.\n\nTisztelettel:\nBarta Anna\nPannon Energia Zrt.",
           [], "Cancelled appointment with 'if ... then' step and a deadline. Clean."),
    letter("Tisztelt Balogh István Úr!\n\nSzerelőnk június 3-án elvégezte az ingatlanán a csatlakozóvezeték javítását, azóta az áramellátás zavartalan. Önnek további teendője nincs, mert a javítás a szolgáltatási szerződés része, így fizetnie sem kell érte.\n\nTisztelettel:\nSoós Péter\nPannon Energia Zrt.",
           [], "Completed repair: nothing needed, and why. Clean."),
    letter("Tisztelt Lakatos Nóra Asszony!\n\nMegvizsgáltuk május 2-i panaszát a késedelmes bekapcsolással kapcsolatban. Elismerjük, hogy a munka a vállaltnál tovább tartott, ezért 8000 Ft jóváírást könyveltünk az ügyfélfiókjára. Ha döntésünkkel nem ért egyet, a levél keltétől számított 30 napon belül a lakóhelye szerinti békéltető testülethez fordulhat.\n\nTisztelettel:\nElek Márton\npanaszkezelési vezető, Pannon Energia Zrt.",
           [], "Complaint decision with where to turn and a time limit. Clean."),
    letter("Tisztelt Fehér Judit Asszony!\n\nKöszönjük, hogy kérte felvételét a védendő fogyasztók nyilvántartásába. A kérelem elbírálásához kérjük, november 15-ig küldje meg nekünk a szakorvosi igazolás másolatát. Feltöltheti online ügyfélszolgálatunkon, vagy postán elküldheti a 4001 Debrecen, Pf. 211 címre.\n\nTisztelettel:\nPap Jakab\nPannon Energia Zrt.",
           [], "Missing document: 'we ask you to send', a deadline, two ways. Clean."),
]


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def tr(channel, agent, turns):
    return {"version": 1, "lang": "hu", "channel": channel, "agent": agent,
            "organisation": "Pannon Energia", "turns": turns}


TRANSCRIPTS = [
    {"transcript": tr("phone", "Kiss Márk", [
        {"event": "ring"}, {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Jó reggelt kívánok, Pannon Energia ügyfélszolgálat, Kiss Márk vagyok. Miben segíthetek?"),
        C("Kedden szabadságot vettem ki a szerelőjük miatt, és senki nem jött ki. Még csak fel sem hívtak!"),
        A("Nagyon sajnálom, hogy senki nem érkezett, és hogy emiatt hiába vett ki szabadnapot. Hétfő reggel 8 és 10 óra között tudok kiemelt időpontot foglalni Önnek. Lefoglaljam?"),
        C("Igen, a hétfő 8 és 10 között jó."),
        A("Hétfő 8 és 10 óra közé lefoglaltam, a visszaigazoló SMS egy órán belül megérkezik. Segíthetek még valamiben?"),
        C("Nem, köszönöm, ennyi volt."),
        A("Köszönöm a türelmét. Ha bármi változik, hívjon minket nyugodtan újra. Viszonthallásra!"),
        {"event": "hangup", "by": "customer"}]),
     "expect": [],
     "note": "Missed fitter visit: apology plus a slot offered as a question ('Lefoglaljam?'). Closing spread over the last two agent turns. Clean."},
    {"transcript": tr("chat", "Lukács Lilla", [
        A("Üdvözlöm, a Pannon Energia ügyfélszolgálatán Lukács Lilla vagyok. Miben segíthetek?"),
        C("ketszer vontak le az aprilisi szamlamat, 21 500 ft-ot mindketszer. mar masodszor tortenik idén!!"),
        A("Látom mindkét, április 3-i 21 500 Ft-os terhelést. A másodikat még ma visszautaltam a kártyájára, és várhatóan három-öt munkanapon belül látható lesz."),
        C("ok. es majusban is igy lesz?"),
        A("Nem, a kétszer rögzített beszedési megbízást töröltük, így május 3-án csak egy terhelés lesz. Segíthetek még valamiben?"),
        C("nem, ennyi"),
        A("Köszönöm a türelmét. Viszontlátásra!")]),
     "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "Double charge: refund offered but no apology after the complaint (R-TALK-12). Closing has anything else, thanks, goodbye, but no 'you can come back' (R-TALK-2)."},
    {"transcript": tr("chat", "Rácz Péter", [
        A("Jó napot kívánok, Pannon Energia, Rácz Péter vagyok. Miben lehetek a segítségére?"),
        C("Jó napot. Péntekig szükségem van a régi lakásom (Park utca 22.) végszámlájára. A főbérlőm kéri."),
        A("Természetesen. Az április 30-i 23410-es záró mérőállás szerepel a fiókjában, így a végszámlát most azonnal ki tudom állítani. Elküldhetem a nálunk megadott e-mail-címére?"),
        C("Igen, kérem. Bár őszintén szólva ezt már két hete kértem, és senki nem jelentkezett."),
        A("Köszönöm, hogy szólt, és elnézést kérek, amiért az első kérésére senki nem válaszolt; a végszámla már ott van a postafiókjában, a régi kérést pedig lezártam, hogy ne kapjon még egy példányt."),
        C("Megjött, köszönöm."),
        A("Örülök, hogy megérkezett. Segíthetek még valamiben? Köszönöm a türelmét, és itt a chaten bármikor elér minket. Viszontlátásra!")]),
     "expect": [],
     "note": "Final bill: a firm request (not a complaint), then a mild complaint answered with an apology mid-sentence and the bill sent. Complete closing in one turn. Clean."},
    {"transcript": tr("phone", "Halász Ilona", [
        {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Pannon Energia, jó estét kívánok, Halász Ilona vagyok. Miben segíthetek?"),
        C("Ma már ötször elment nálunk az áram. Itthonról dolgozom, ez nekem pénzbe kerül!"),
        A("Nagyon sajnálom, ez valóban bosszantó, főleg ha otthonról dolgozik."),
        C("És mit fognak csinálni?"),
        A("Megnéztem a hálózatot: a hiba az utcai elosztószekrényben van. Holnap 9 és 13 óra között kimegy a szerelőnk a javításra, a mai napért pedig 3000 Ft jóváírást írtam a számlájára."),
        C("Rendben. Köszönöm."),
        A("Szívesen. Segíthetek még valamiben? Köszönöm a hívását, és ha a javításig újra elmenne az áram, hívjon minket bátran. Viszonthallásra!"),
        {"event": "hangup", "by": "customer"}]),
     "expect": ["R-TALK-12"],
     "note": "Power cuts: the turn after the complaint apologises but offers nothing (R-TALK-12); the fix comes only after the customer asks. The customer's follow-up question is firm but not a new complaint, so the fix in the next turn needs no apology. Closing complete."},
    {"transcript": tr("phone", "Takács Tamás", [
        {"event": "ring"}, {"event": "ring"}, {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Jó reggelt, Pannon Energia ügyfélszolgálat, Takács Tamás vagyok. Miben segíthetek?"),
        C("Egy órája próbálok belépni az online ügyfélszolgálatra. Használhatatlan a honlapjuk!"),
        A("Elnézést ezért, máris küldök egy új belépési linket a fiókjához tartozó e-mail-címre. Szólna, amikor megérkezett?"),
        C("Igen, megjött. Jó, bent vagyok."),
        A("Nagyszerű. Van még valami, amiben segíthetek, amíg vonalban van?"),
        C("Nem, ennyi volt, köszönöm."),
        A("Köszönöm a hívását, Dávid úr. Ha a belépéssel újra gond lenne, hívjon minket bátran. Viszonthallásra!"),
        {"event": "hangup", "by": "customer"}]),
     "expect": [],
     "note": "Login trouble, insult to the website: short 'Elnézést ezért, máris küldök ...' plus action. Three rings. Closing over two turns. Clean."},
    {"transcript": tr("chat", "Szűcs Gréta", [
        A("Jó napot kívánok, Szűcs Gréta vagyok a Pannon Energiától. Miben segíthetek?"),
        C("Tegnapra ígérték az új mérőóra felszerelését, és senki nem jött. Mi történt?"),
        A("Sajnálom, hogy hiába várta a szerelőt. Kollégám autója tegnap meghibásodott, ezért maradt el a látogatás; holnap délelőttre vagy csütörtök délutánra foglaljak Önnek új időpontot?"),
        C("A holnap jó, egész nap itthon leszek."),
        A("Rendben, holnap 8 és 12 óra közé lefoglaltam, a visszaigazolást e-mailben küldjük. Segíthetek még valamiben?"),
        C("Nem, köszönöm."),
        A("Köszönöm a türelmét, és ha bármire szüksége van, írjon nekünk bármikor. Viszontlátásra!")]),
     "expect": [],
     "note": "Missed meter installation: apology, 'what happened?' answered neutrally, way forward as a question. Closing over two turns. Clean."},
]
