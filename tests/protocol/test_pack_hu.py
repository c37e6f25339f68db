"""Hungarian pack: each phrase family is found in natural wordings (with and without
diacritics), and the clean near-misses (polite, apologetic, negated, conditional) stay
silent for that requirement."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text
from tests.protocol.conftest import TODAY
from tests.protocol.pack_cases import (
    assert_case,
    assert_complete_closing,
    assert_reported,
    assert_silent,
)

# (requirement, text): the requirement must be reported.
VIOLATIONS = [
    # R-TALK-6 lecturing: repeating oneself at the customer, citing the terms
    ("R-TALK-6", "Már harmadszor magyarázom el ugyanazt."),
    ("R-TALK-6", "Sokadszor mondom el, hogy a mérőt le kell olvasni."),
    ("R-TALK-6", "Ugyanazt ismétlem már tíz perce."),
    ("R-TALK-6", "Ahogy azt már az előző levelemben is írtam, a határidő lejárt."),
    ("R-TALK-6", "Mint már a tegnapi telefonbeszélgetésben is jeleztük, ez nem lehetséges."),
    ("R-TALK-6", "Amint azt a szerződés egyértelműen rögzíti, a díj nem jár vissza."),
    ("R-TALK-6", "Az ASZF-ben foglaltak szerint a lemondás díjköteles."),
    ("R-TALK-6", "A feltételeket, amelyeket Ön a megrendeléskor elfogadott, be kell tartani."),
    ("R-TALK-6", "Ugye tudja, hogy a számlát időben be kellett volna fizetni?"),
    # R-TALK-6 blame in impersonal wording
    ("R-TALK-6", "A kézbesítés azért volt sikertelen, mert Ön nem tartózkodott otthon."),
    ("R-TALK-6", "A csomag visszament, mert Ön nem vette át."),
    ("R-TALK-6", "A sérülést szakszerűtlen beszerelés okozta."),
    ("R-TALK-6", "A készülék nem megfelelő kezelés miatt romlott el."),
    ("R-TALK-6", "Az űrlapot a kérelmező hiányosan töltötte ki."),
    ("R-TALK-6", "Rosszul adta meg a kártyaszámot, ezért nem ment át a fizetés."),
    ("R-TALK-6", "Ön választotta a postai kézbesítést, ezért tart tovább."),
    ("R-TALK-6", "Előbb nekünk kellett volna szólnia, nem utólag reklamálni."),
    ("R-TALK-6", "Ezt igazán tudhatta volna."),
    # R-TALK-6 flat refusal, closing the discussion
    ("R-TALK-6", "Kérelmét nem áll módunkban teljesíteni."),
    ("R-TALK-6", "A reklamációját elutasítottuk."),
    ("R-TALK-6", "Az ügyet lezártnak tekintjük."),
    ("R-TALK-6", "További levelezést nem folytatunk."),
    ("R-TALK-6", "A befizetett összeg nem téríthető vissza."),
    ("R-TALK-6", "A díj marad, nem vitatkozom önnel."),
    # R-TALK-6 arguing
    ("R-TALK-6", "Honnan veszi ezt?"),
    ("R-TALK-6", "Az értékelése egyszerűen nem felel meg a valóságnak."),
    ("R-TALK-6", "Az állítása valótlan."),
    ("R-TALK-6", "A rendszerünk mást mutat."),
    # R-TALK-4 "nem az én asztalom" in other words
    ("R-TALK-4", "Ez nem hozzám tartozik."),
    ("R-TALK-4", "Ilyesmivel nem mi foglalkozunk."),
    ("R-TALK-4", "Ez nem a mi részlegünk."),
    ("R-TALK-4", "Én csak a számlázással foglalkozom."),
    ("R-TALK-4", "Sajnos nem értek hozzá."),
    # R-TALK-4 open-ended delay
    ("R-TALK-4", "Ez akár hónapokig is elhúzódhat."),
    ("R-TALK-4", "Az ilyen javítás nagyon sokáig is eltarthat."),
    ("R-TALK-4", "Ezzel még elleszünk egy darabig."),
    ("R-TALK-4", "Nehéz megmondani, mikor lesz kész."),
    ("R-TALK-4", "Ki tudja, meddig tart még."),
    ("R-TALK-4", "Előbb-utóbb sorra kerül."),
    # R-TALK-4 busy, call later
    ("R-TALK-4", "Most nagyon sok a hívás, tessék később visszahívni."),
    ("R-TALK-4", "Legyen szíves holnap újra próbálni."),
    ("R-TALK-4", "Egy másik vonalon beszélek."),
    # R-TALK-4 "are you a ...?"
    ("R-TALK-4", "Ön orvos, hogy ezt kéri?"),
    ("R-TALK-4", "Ugye nem informatikus?"),
    ("R-TALK-4", "Ön talán jogász?"),
    ("R-TALK-4", "Ügyfél Ön egyáltalán nálunk?"),
    # R-TALK-5 certainty about what the agent does not control
    ("R-TALK-5", "Holtbiztos, hogy holnap ott lesz."),
    ("R-TALK-5", "Tutira megkapja a pénzét."),
    ("R-TALK-5", "Biztos lehet benne, hogy a kártérítést megkapja."),
    ("R-TALK-5", "Nyugodtak lehetnek, minden rendben lesz."),
    ("R-TALK-5", "Biztosra veheti, hogy a csomag szombatra odaér."),
    ("R-TALK-5", "Biztosíthatom Önt arról, hogy a szolgáltatás zavartalan lesz."),
    ("R-TALK-5", "Kijelentjük, hogy ilyen nem fordul elő."),
    ("R-TALK-5", "A javítás minden bizonnyal sikeres lesz."),
    ("R-TALK-5", "Az árak garantáltan nem emelkednek."),
    ("R-TALK-5", "Biztos, hogy az ár nem fog emelkedni."),
    ("R-TALK-5", "A vonat egy percet sem fog késni."),
    ("R-TALK-5", "Ez a hiba soha többé nem fog előfordulni."),
    # R-TALK-3 tegezés: 2nd person singular imperatives, possessives, infinitives
    ("R-TALK-3", "jó, majd szólj, ha megjött"),
    ("R-TALK-3", "Jelezz, ha bármi gond van."),
    ("R-TALK-3", "Megnéztem a rendelésedet, holnap érkezik."),
    ("R-TALK-3", "A számládon már látszik a jóváírás."),
    ("R-TALK-3", "Nem kell aggódnod, intézzük."),
    ("R-TALK-3", "Mit tehetünk érted?"),
    ("R-TALK-3", "Kérem, lazítson, azonnal intézem."),
    ("R-TALK-3", "Ne idegeskedjen már."),
    # R-TALK-13 diminutives and cutesy words
    ("R-TALK-13", "Ne izguljon, kedveském, megoldjuk."),
    ("R-TALK-13", "Köszike, további szép napot!"),
    ("R-TALK-13", "Rendben, aranyoskám."),
    # R-TALK-7 internal jargon
    ("R-TALK-7", "A kérelme a workflow-ban áll."),
    ("R-TALK-7", "A státuszváltás még nem futott le."),
    ("R-TALK-7", "Az ügyét átadtuk a back office-nak."),
    # more R-TALK-6, 4 wordings
    ("R-TALK-6", "Az ÁSZF szerint, amit Ön elfogadott, nincs visszatérítés."),
    ("R-TALK-6", "A hibát az okozta, hogy Ön nem frissítette az alkalmazást."),
    ("R-TALK-6", "Mert Ön nem fizetett időben, ezért kapcsoltuk ki."),
    ("R-TALK-4", "Ön informatikus?"),
    # formal and bureaucratic wordings
    ("R-TALK-6", "Panaszát megvizsgáltuk, azt megalapozatlannak találtuk."),
    ("R-TALK-6", "A kért visszatérítést nem tudjuk jóváhagyni."),
    ("R-TALK-6", "A díj nem kerül visszatérítésre."),
    ("R-TALK-6", "Az adatok ellenőrzése az ügyfél felelőssége."),
    ("R-TALK-6", "Erről már a március 3-i levelünkben tájékoztattuk."),
    ("R-TALK-6", "Nincs értelme tovább vitatkozni erről."),
    ("R-TALK-6", "Ez van, ezt kell elfogadni."),
    ("R-TALK-6", "Az előző ügyintéző fogalmatlan volt."),
    ("R-TALK-6", "A csomagot azért küldtük vissza, mert nem vette át határidőn belül."),
    ("R-TALK-6", "Ön félreértette a szerződést."),
    ("R-TALK-4", "Panaszokkal nem foglalkozom."),
    ("R-TALK-4", "Eltart, ameddig eltart."),
    # replies to reviews and final-response letters
    ("R-TALK-6", "Az Ön által leírtakat nem fogadjuk el."),
    ("R-TALK-6", "Vitatjuk az Ön állításait."),
    ("R-TALK-6", "Az Ön beszámolója nem a valós eseményeket tükrözi."),
    ("R-TALK-6", "Állításával ellentétben munkatársaink udvariasak voltak."),
    ("R-TALK-6", "Kétlem, hogy ez így történt."),
    ("R-TALK-6", "Visszatérítést nem ígértünk."),
    ("R-TALK-6", "Semmilyen kártérítést nem fizetünk."),
    ("R-TALK-6", "Ez a végső válaszunk."),
    ("R-TALK-6", "További megkereséseire nem válaszolunk."),
    ("R-TALK-6", "Ebben az ügyben többet nem tudunk segíteni."),
    ("R-TALK-6", "Az értékesítő túlígérte, mindig ezt csinálják."),
    ("R-TALK-6", "Ezek a hülye szabályok a központból jönnek."),
    ("R-TALK-6", "A rendszerünk egy őskövület, semmire sem jó."),
    ("R-TALK-6", "A vezetőt közvetlenül nem tudja elérni."),
    ("R-TALK-6", "Ennek az osztálynak nincs telefonszáma."),
    ("R-TALK-4", "Ezen cégként nem tudunk segíteni."),
    ("R-TALK-4", "Most nagy a sor, hívjon egy másik napon."),
]

# (requirement, text): the requirement must stay silent.
CLEAN = [
    ("R-TALK-6", "Egyáltalán nem az Ön hibája, a levelünk valóban félreérthető volt."),
    ("R-TALK-6", "Ezt nem Önnek kellett volna észrevennie, hanem nekünk."),
    ("R-TALK-6", "Ezt nekünk kellett volna észrevennünk, elnézést."),
    ("R-TALK-6", "Nagyon sajnálom, nem kellett volna háromszor keresnie minket."),
    ("R-TALK-6", "Na jó, akkor ennyi volt, köszönöm."),
    ("R-TALK-6", "Ha ez nem helyes, kérjük, 14 napon belül jelezze."),
    ("R-TALK-6", "Igaza van: a kedvezményt az utolsó két számlán nem vettük figyelembe."),
    ("R-TALK-6", "A rendszer a kettő közül a későbbit vette figyelembe, ezt most javítjuk."),
    ("R-TALK-6", "Elnézést, hogy csak annyit mondtunk, hogy várjon."),
    ("R-TALK-6", "Sajnos nem áll módunkban visszatéríteni, de szívesen felajánlunk egy utalványt."),
    ("R-TALK-6", "A kézbesítés sikertelen volt, mert a futár rossz címre ment, elnézést kérünk."),
    ("R-TALK-6", "Mivel Ön nem volt otthon, a csomagot a szomszédnál hagytuk."),
    ("R-TALK-6", "Nem megfelelő használat esetén a garancia megszűnik."),
    ("R-TALK-6", "Ahogy említettem, a csomag holnap érkezik."),
    ("R-TALK-6", "Az előző levelemben leírtam a lépéseket, itt újra elküldöm őket."),
    ("R-TALK-6", "Az ÁSZF-et csatoltuk, kérjük, olvassa el nyugodtan."),
    ("R-TALK-6", "A kártyát a bank elutasította, kérjük, próbálja meg egy másikkal."),
    ("R-TALK-6", "Kérelmét jóváhagytuk, az összeget holnap utaljuk."),
    ("R-TALK-4", "Ez nem tartozik hozzánk, de megadom az illetékes hivatal számát."),
    ("R-TALK-4", "Ezt nem mi intézzük, de átkapcsolom a kollégámhoz."),
    ("R-TALK-4", "Nem értem, miért nem érkezett meg, azonnal utánanézek."),
    ("R-TALK-4", "Sajnáljuk, hogy az áramszünet ilyen sokáig tartott."),
    ("R-TALK-4", "Köszönjük türelmét, és keressen minket bátran máskor is."),
    ("R-TALK-4", "Holnap délelőtt visszahívom, ha Önnek megfelel."),
    ("R-TALK-4", "Ugye nem felejtette el a jelszavát?"),
    ("R-TALK-4", "Ön szakemberrel szereltette be a készüléket?"),
    ("R-TALK-4", "Ön is ügyfelünk, ugye?"),
    ("R-TALK-4", "A javítás legkésőbb június 10-ig elkészül."),
    ("R-TALK-5", "Köszönjük kedves szavait, továbbítottuk a kollégáknak."),
    ("R-TALK-5", "Nem biztos, hogy holnap megérkezik, ezért utánanézek."),
    ("R-TALK-5", "Mindent megteszünk, hogy ez többé ne forduljon elő."),
    ("R-TALK-5", "Reméljük, hogy ilyen többé nem fordul elő."),
    ("R-TALK-5", "Biztosítjuk a készülék cseréjét a garanciális időn belül."),
    ("R-TALK-5", "Biztos, hogy jól adta meg a címet?"),
    ("R-TALK-3", "Nem kell aggódnia, intézem."),
    ("R-TALK-3", "Az Ön levelét megkaptuk, köszönjük."),
    ("R-TALK-3", "A számladíj a szerződés szerint havi 990 forint."),
    ("R-TALK-3", "Ha elolvasta volna az útmutatót, nem lett volna probléma."),
    ("R-TALK-13", "Kedves Kiss Úr! A rendelését feladtuk."),
    ("R-TALK-7", "A felhasználási hely azonosítója (POD) a számla első oldalán szerepel."),
    ("R-TALK-6", "A díj változatlan marad, nem emelkedik."),
    ("R-TALK-6", "Nem lehetetlen, megoldjuk."),
    ("R-TALK-6", "Elnézést, a múltkor rossz színt küldtek."),
    ("R-TALK-6", "A raktár rosszul küldte a csomagot, elnézést."),
    ("R-TALK-6", "A hibát egy rendszerfrissítés okozta, elnézést kérünk."),
    ("R-TALK-5", "Biztosan megkapta a levelünket? Ha nem, újraküldöm."),
    ("R-TALK-5", "Reméljük, a csomag nem fog késni."),
    ("R-TALK-4", "Ha Ön orvos, kérjük, a szakmai vonalat hívja."),
    ("R-TALK-4", "Ön mint ügyfelünk kedvezményt kap."),
    ("R-TALK-6", "Ez valóban nem így volt rendjén, elnézést kérek."),
    ("R-TALK-6", "A kérelmét nem tudjuk elfogadni, mert hiányzik az aláírás."),
    ("R-TALK-6", "Mert nem vette át a csomagot, egy új időpontot egyeztetünk."),
    ("R-TALK-6", "Ezt el kell fogadnia a feltételek között, mielőtt megrendel."),
    ("R-TALK-6", "Erről hamarosan tájékoztatjuk."),
    ("R-TALK-6", "Lehet, hogy félreértettem, elmondaná még egyszer?"),
    ("R-TALK-6", "Az előző ügyintéző hibázott, elnézést kérünk, már javítottuk."),
    ("R-TALK-6", "Tájékoztatjuk, hogy reklamációját elfogadtuk."),
    ("R-TALK-4", "A futár nem vette fel a telefont, ezért újra próbálja holnap."),
    ("R-TALK-4", "A számlázással a kollégám foglalkozik, átkapcsolom."),
    ("R-TALK-6", "A díj nem változik, ahogy a szerződésben is szerepel."),
    ("R-TALK-6", "Ez a végső ár, további költség nincs."),
    ("R-TALK-6", "Az értékesítő kollégánk holnap árajánlatot küld."),
    ("R-TALK-6", "A visszatérítéshez nincs külön telefonszám, de a chat éjjel-nappal elérhető."),
    ("R-TALK-6", "Nem fogadunk el készpénzt, de bankkártyával fizethet."),
    ("R-TALK-4", "A foglalás nagyon egyszerű: válasszon időpontot, és kattintson a gombra."),
    ("R-TALK-5", "Biztos vagyok benne, hogy együtt megoldjuk."),
]

# Closings (position "closing") that are complete: every part is found.
COMPLETE_CLOSINGS = [
    "Van még valami, amiben segíthetek? Köszönjük, hogy írt nekünk, bármikor visszatérhet ide a"
    " chatre. Viszontlátásra!",
    "Más kérdése van még? Köszönöm, hogy felhívott, hívjon nyugodtan újra. Viszonthallásra!",
    "Tudok még valamiben segíteni? Köszönöm a türelmét, tudja, hol talál minket. Viszonthallásra!",
]


@pytest.mark.parametrize("text", COMPLETE_CLOSINGS)
def test_complete_closing_is_not_reported(text: str) -> None:
    assert_complete_closing("hu", text)


@pytest.mark.parametrize(("req", "text"), VIOLATIONS)
def test_violation_is_reported(req: str, text: str) -> None:
    assert_reported("hu", req, text)


@pytest.mark.parametrize(("req", "text"), CLEAN)
def test_clean_text_stays_silent(req: str, text: str) -> None:
    assert_silent("hu", req, text)


# R-TALK-6: (text, reported) for the families of the dev4 set, with near-misses.
R_TALK_6_DEV4_FAMILIES = [
    ('A foglalási díjat nem fizetjük vissza.', True),
    ('A foglalási díjat nem tudjuk visszafizetni, de díjmentesen átfoglalhatom a járatát.', False),
    ('A késve érkezett pályázatokat nem bíráljuk el, kivételt senkivel sem teszünk.', True),
    ('Ez alól nincs kivétel.', True),
    ('A határidő után beadott igényeket nem fogadjuk be.', True),
    ('Kivételesen most elfogadjuk a késve érkezett igényét.', False),
    ('A bojlert nem a kezelési útmutatónak megfelelően használták, ezért a javítás fizetős.', True),
    ('A terméket nem az utasítások szerint szerelték be.', True),
    ('Kérem, a terméket a használati útmutató szerint szerelje be.', False),
    ('A csomag azért jött vissza, mert Ön hiányos címet adott meg.', True),
    ('Ön hibás e-mail-címet írt be, ezért nem kapta meg a levelet.', True),
    ('Kérjük, a jövőben nagyobb figyelemmel adja meg a címét.', True),
    ('Elnézést, mi rögzítettük hibásan a címét, már javítottam.', False),
    ('Ha esetleg hibás címet adott meg, küldje el a helyeset, és javítom.', False),
    ('Ahogy azt már a tegnapi e-mailemben is megírtam, a díjat nem lehet visszatéríteni.', True),
    ('Ahogy már három üzenetemben is jeleztem, a csomag úton van.', True),
    ('Ahogy telefonon egyeztettük, elküldöm a nyomtatványt.', False),
    ('A kollégáink közvetlen elérhetőségét nem adhatjuk ki.', True),
    ('Az igazgató e-mail-címét sajnos nem áll módunkban megadni.', True),
    ('Az igazgató közvetlen számát nem adhatom ki, de a titkárságon keresztül ma még beszélhet '
     'vele: 06 1 234 5678.', False),
    ('A raktárban most teljes a fejetlenség, senki nem veszi fel a telefont.', True),
    ('A pénzügyi osztályon nagy a káosz.', True),
    ('A raktárban most nagy a forgalom, ezért kiemelten kezelem a csomagját.', False),
    ('Magunk között szólva, itt semmi sem működik rendesen.', True),
    ('Őszintén szólva, mióta új a vezetés, semmi nem megy rendesen.', True),
    ('A hiba elhárult, most már minden rendesen működik.', False),
    ('Ön rossz mérőállást diktált be, ezért magas a számla.', True),
    ('A döntésünk végleges.', True),
    ('Ez a döntés végleges, és nem változtatunk rajta.', True),
    ('Az ÁSZF 8. pontja egyértelműen kimondja, hogy a kauciót nem térítjük vissza.', True),
    ('Ahogy a szerződés 5. pontjában is olvasható, a díj nem visszatéríthető.', True),
    ('Ez a futárcég egy rémálom, a csomagjaink felét elhagyják.', True),
    ('A futárok sosem csöngetnek, egyszerűen lusták.', True),
    ('A csomag visszajött hozzánk, mert Ön nem volt otthon.', True),
    ('A kézbesítés azért volt sikertelen, mert senki nem tartózkodott a címen.', True),
    ('A késést a hiányosan beküldött nyomtatvány okozta.', True),
    ('A munkatársaink vezetéknevét nem adhatjuk meg.', True),
    ('A raktárnak nincs közvetlen telefonszáma, amit megadhatnék.', True),
    ('Ez nem helytálló, a számlát időben elküldtük.', True),
    ('Ön elfelejtette csatolni a blokkot, ezért utasítottuk el az igényt.', True),
    ('Az éjszakás kollégám nyilvánvalóan el sem olvasta a jegyzeteit.', True),
    ('A weboldalunk egy katasztrófa, nem csodálom, hogy kétszer terhelte.', True),
    ('A futár hétfőn próbálta kézbesíteni; csütörtökre új kézbesítést foglaltam.', False),
    ('Az ÁSZF 8. pontja szerint 14 napon belül díjmentesen lemondhatja.', False),
    ('Sajnos ez nem így működik.', True),
    ('Valójában ez nem helyes.', True),
    ('Tisztelettel, Ön igenis megkapta az e-mailt.', True),
    ('Biztosan félreolvasta a visszaigazolást.', True),
    ('A késést az Ön oldalán hiányzó dokumentumok okozták.', True),
    ('Ezt nem fogjuk tudni visszatéríteni.', True),
    ('A futárcég közismerten megbízhatatlan.', True),
    ('A vezetőm e-mail-címét nem tudom megadni.', True),
    ('A vezetővel nem beszélhet.', True),
    ('Az igénylését elutasítottuk.', True),
    ('Az Ön esetében nem tehetünk kivételt.', True),
    ('Ez már a harmadik alkalom, hogy ezt kérdezi.', True),
    ('A weboldalon egyértelműen le van írva.', True),
    ('El kellett volna olvasnia a feltételeket.', True),
    ('A szerződése 4.3 pontja egyértelműen kimondja, hogy a díj nem visszatéríthető.', True),
    ('Az előző kolléga hülyeséget mondott Önnek, új még és fogalma sincs semmiről.', True),
    ('Ez nem a mi problémánk.', True),
    ('Nem olvasta el a levelünket?', True),
    ('A beküldött mérőállás hibás volt, ezért lett magas a számla.', True),
    ('A futárpartnerünk folyton elveszíti a csomagokat.', True),
    ('Visszatérítés 14 nap után nem lehetséges.', True),
    ('A késedelmet a hiányosan kitöltött igénylőlap okozta.', True),
    ('A csomag azért került vissza hozzánk, mert nem vette át a megadott határidőn belül.', True),
    ('Ön nem jelezte időben a lemondást, ezért a díjat felszámítjuk.', True),
    ('Rossz tarifát választott, ezért magasabb a számlája.', True),
    ('Az ÁSZF-ben, amelyet Ön elfogadott, világosan szerepel, hogy a foglaló nem jár '
     'vissza.', True),
    ('Kérem, olvassa el figyelmesen a szerződési feltételeket, mielőtt panaszt tesz.', True),
    ('Döntésünk végleges, további reklamációt nem fogadunk el.', True),
    ('A futárszolgálat megint elszúrta, ők sosem figyelnek.', True),
    ('A futárok lusták felvinni a csomagot az emeletre.', True),
    ('A kollégám, aki korábban intézte, teljesen összekavarta az ügyet.', True),
    ('Az előző ügyintéző nem értett a dologhoz.', True),
    ('Ez nem igaz, a számlát időben kiküldtük.', True),
    ('Téved, a levelünket Ön is megkapta.', True),
    ('Az informatikusaink semmihez nem értenek.', True),
    ('A szerelők hanyagul dolgoznak, mint mindig.', True),
    ('A technikus telefonszámát nem adhatom meg Önnek.', True),
    ('A futár kedden érkezik, előtte telefonál.', False),
    ('Ahogy telefonon megbeszéltük, elküldtem a szerződést.', False),
    ('Nem az Ön hibája, a rendszerünk hibázott; a díjat jóváírtuk.', False),
]


@pytest.mark.parametrize(("text", "reported"), R_TALK_6_DEV4_FAMILIES)
def test_r_talk_6_refusals_blame_lectures_and_running_down(text: str, reported: bool) -> None:
    """R-TALK-6 on wordings from a fresh blind set (dev4, new sentences): bare and bureaucratic
    refusals (also after 'sorry, but'), final decisions, refusing contact details, misuse of the
    manual and the customer's own detail or form as the cause, lectures (already wrote, be more
    careful, numbered clauses, the terms you accepted), arguing, running down a department, a
    partner, colleagues or the company; clean near-misses (an alternative offered after the
    refusal, a condition, our own mistake, a neutral partner) stay silent."""
    assert_case("hu", "R-TALK-6", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    ("Értem, és sajnálom, hogy már ilyen sokáig tart a javítás.", False),
    ("A javítás eltarthat egy ideig.", True),
])
def test_r_talk_4_a_delay_already_there_is_no_vague_forecast(text: str, reported: bool) -> None:
    """R-TALK-4: 'sorry it is taking this long' names an existing delay; 'it may take a
    while' is the forbidden vague forecast."""
    assert_case("hu", "R-TALK-4", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    ("Tisztelt Ügyfelünk!\n\nFelhívjuk figyelmét, hogy június 1-jétől új az ügyfélszolgálat "
     "e-mail-címe.\n\nTisztelettel:\nEnergia Zrt.", True),
    ("Tisztelt Ügyfelünk!\n\nJövő héten felhívjuk Önt telefonon, hogy egyeztessük a mérőcserét."
     "\n\nTisztelettel:\nEnergia Zrt.", False),
])
def test_r_letter_1_drawing_attention_is_no_next_step(text: str, reported: bool) -> None:
    """R-LETTER-1: 'felhívjuk figyelmét' (we draw your attention) states a fact; 'felhívjuk
    Önt' (we will call you) is what happens next."""
    report = check_text(text, lang="hu", channel="letter", spelling=False)
    assert ("R-LETTER-1" in report.requirements) is reported


# R-TALK-6: running down engineers, branches, partners and the website (either order).
R_TALK_6_RUNNING_DOWN = [
    ('A kiküldött szerelő láthatóan összecsapta a munkát.', True),
    ('A győri fiók teljesen elrontotta a rendelését.', True),
    ('A szerelők, akiket küldtünk, kontárok.', True),
    ('A könyvelésen senki nem ért a számokhoz.', True),
    ('A központban senkinek fogalma sincs semmiről.', True),
    ('A futárcég, amellyel dolgozunk, elég használhatatlan.', True),
    ('A weboldalunk folyton lefagy, szégyen, ami ott megy.', True),
    ('A szerelőnk hétfőn visszamegy, és befejezi a munkát.', False),
]


@pytest.mark.parametrize(("text", "reported"), R_TALK_6_RUNNING_DOWN)
def test_r_talk_6_running_down_the_people_behind_the_service(text: str, reported: bool) -> None:
    """R-TALK-6: a party behind the service (engineer, branch, courier firm, accounts, website)
    near a verdict on it (rushed, a complete mess, cowboys, can't count, a disgrace), in either
    order; a neutral mention of the same party stays silent."""
    assert_case("hu", "R-TALK-6", text, reported)


def test_r_talk_6_a_contrast_word_ends_the_reported_clause() -> None:
    """R-TALK-6: after 'Ön azt írta, hogy ...' a 'de' starts the agent's own words."""
    assert_reported("hu", "R-TALK-6", "Ön azt írta, hogy senki nem szólt, de ez nem igaz.")


R_TALK_6_BRUSH_OFF = [
    ('A kiabálás nem fog segíteni.', True),
    ('Nem fogok Önnel vitatkozni.', True),
    ('Ez van, ezt kell szeretni.', True),
    ('Nem én hozom a szabályokat.', True),
    ('Nincs értelme ezen tovább vitatkozni.', True),
    ('A szabály az szabály.', True),
    ('Ezt tudnia kellett volna.', True),
    ('Csak magát okolhatja.', True),
    ('Nézze meg a spam mappáját, mielőtt panaszkodik.', True),
    ('Ez a vezetőségre jellemző.', True),
    ('Ne is kérdezze, milyen a számlázás.', True),
    ('Ez van a számlán, mellékeltem a részletezést.', False),
]


@pytest.mark.parametrize(("text", "reported"), R_TALK_6_BRUSH_OFF)
def test_r_talk_6_brushing_the_customer_off(text: str, reported: bool) -> None:
    """R-TALK-6: brushing the customer off, as the English pack knows it: not going to argue,
    take it or leave it, rules are rules, I don't make the rules, shouting won't help, you should
    have known, only yourself to blame, check before complaining, typical of management, don't
    even ask; everyday sentences with the same words stay silent."""
    assert_case("hu", "R-TALK-6", text, reported)


R_TALK_6_HEDGED_BLAME = [
    ('Úgy tűnik, Ön nem nyomta meg a mentés gombot.', True),
    ('Valószínűleg rosszul írta be a kódot.', True),
    ('Ön figyelmen kívül hagyta az emlékeztetőnket.', True),
]


@pytest.mark.parametrize(("text", "reported"), R_TALK_6_HEDGED_BLAME)
def test_r_talk_6_hedged_blame_and_ignored_reminders(text: str, reported: bool) -> None:
    """R-TALK-6: hedged blame (it seems you did not press, you probably typed it wrong) and
    ignoring what we sent; the same words in a condition stay silent."""
    assert_case("hu", "R-TALK-6", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    # "visszatérítés" (a refund) shares its start with "visszatér" (to come back)
    ("A visszatérítést ma elindítottuk. Van még valami, amiben segíthetek? Köszönöm, hogy"
     " hívott. Viszonthallásra!", True),
    ("A visszatérítést ma elindítottuk. Van még valami, amiben segíthetek? Köszönöm, hogy"
     " hívott, bármikor visszatérhet hozzánk. Viszonthallásra!", False),
    ("Köszönöm, hogy írt. Ha kérdése van, visszatérhet ide a chatre. Segíthetek még"
     " valamiben? Viszontlátásra!", False),
])
def test_r_talk_2_a_refund_is_no_invitation_to_come_back(text: str, reported: bool) -> None:
    """R-TALK-2: the closing's "you can come back" part is not found in "visszatérítés"."""
    report = check_text(text, lang="hu", position="closing", spelling=False, today=TODAY)
    assert ("R-TALK-2" in report.requirements) is reported, report.findings


@pytest.mark.parametrize("closing", [
    "Van még valami, amiben segíthetek? Köszönöm, hogy jelezte a riasztó hibáját; ha újra "
    "előfordulna, a nap bármely szakában írhat vagy telefonálhat nekünk. Minden jót, "
    "viszontlátásra!",
    "Más ügyben segíthetek még? Ha nem, köszönöm szépen, hogy szólt, és ha legközelebb gond "
    "lenne, bármikor kereshet minket. Viszonthallásra, szép napot!",
])
def test_closing_parts_in_other_words(closing: str) -> None:
    """R-TALK-2 (dev11a, dev12a): "Más ügyben segíthetek még?" asks whether anything else is
    needed and "a nap bármely szakában írhat vagy telefonálhat nekünk" says the customer may
    come back; a bare thank-you and goodbye still lacks both."""
    def missing(text: str) -> list[str]:
        return [f.data["part"] for f in check_text(text, lang="hu", position="closing",
                                                   channel="chat").findings
                if f.requirement == "R-TALK-2"]

    assert missing(closing) == []
    assert missing("Köszönöm, viszontlátásra!") == ["anything_else", "come_back"]
