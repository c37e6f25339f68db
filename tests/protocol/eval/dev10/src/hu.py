"""dev10 Hungarian items (writer A). Pannon Energia treated as a company that also runs a hotel
and travel desk, car rental, parcel delivery, library, university office, gym, pharmacy,
parking, streaming subscription and repair service. Formal address (Ön) throughout.
Blocks alternate clean, violation, clean, violation, ..."""

LANG = "hu"

ITEMS = [
    # ---------------- R-TALK-6: 8 clean + 8 violations ----------------
    {
        "text": "Tisztelt Szabó Úr!\n\nKöszönjük levelét a hévízi szállodai foglalásával kapcsolatban. "
                "Utánanéztem: a wellnessrészleg azért volt zárva szombaton, mert reggel csőtörés történt a gépházban, és a javítás estig tartott. "
                "Sajnálom, hogy erről nem értesítettük előre. "
                "A szálloda a két napra eső wellnessdíjat, összesen 12 000 forintot, visszatéríti, az összeg várhatóan öt munkanapon belül jelenik meg a bankszámláján.\n\n"
                "Üdvözlettel:\nKatalin\nPannon Energia Ügyfélszolgálat",
        "expect": [],
        "channel": "email",
        "note": "Hotel spa closed: cause explained without blame (burst pipe), apology for not warning, refund with an attributed estimate. Clean.",
    },
    {
        "text": "Tisztelt Farkas Judit!\n\nA késedelmi díjat azért számoltuk fel, mert az autót a szerződésben rögzített 18 óra helyett 21:40-kor hozta vissza. "
                "A visszaadás időpontját a foglaláskor Ön választotta ki, így a késésért a felelősség egyértelműen Önt terheli. "
                "A 15 000 forintos díjat ezért nem áll módunkban jóváírni.\n\nÜdvözlettel:\nGábor",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Car rental late fee: direct blame ('the responsibility is clearly yours') and a flat refusal with nothing offered.",
    },
    {
        "text": "Kedves Tóth Úr!\n\nIgaza van, és elnézést kérünk. "
                "A csomagját tegnap tévedésből a Petőfi utca 12. alá kézbesítettük a 21. helyett. "
                "A hiba a mi oldalunkon történt, a megadott címmel nem volt semmi gond. "
                "Ma délután 4 és 6 óra között egy kollégánk elhozza onnan, és személyesen átadja Önnek.\n\n"
                "Üdvözlettel:\nEszter\nPannon Energia Ügyfélszolgálat",
        "expect": [],
        "channel": "email",
        "note": "Courier misdelivery: our own mistake owned, negated blame ('nothing was wrong with the address you gave'), dated fix. Clean.",
    },
    {
        "text": "Tisztelt Horváth Úr!\n\nRendszerünk szerint a könyveket nem március 3-án, hanem március 17-én hozta vissza, így az, amit levelében állít, nem felel meg a valóságnak. "
                "A visszavételi bizonylaton is ez a dátum szerepel. "
                "A késedelmi díj tehát jogos.\n\nTisztelettel:\nAndrás\nKönyvtári ügyfélszolgálat",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Library late fee: the agent contradicts the customer ('what you state is not true') and closes the matter flatly ('the fee is justified').",
    },
    {
        "text": "Kedves Nagy Eszter!\n\nKöszönöm kérdését a bérlete átruházásával kapcsolatban. "
                "A névre szóló éves bérletet sajnos nem tudjuk másra átírni, mert a belépés arcképes kártyával történik. "
                "Két lehetőséget tudok felajánlani: a bérletét legfeljebb három hónapra díjmentesen szüneteltethetjük, vagy a hátralévő hónapok árát, 48 000 forintot, edzői órákra válthatja be. "
                "Kérem, írja meg, melyik lenne Önnek kedvezőbb.\n\nÜdvözlettel:\nMárton",
        "expect": [],
        "channel": "email",
        "note": "Gym pass transfer refused, with the reason and two alternatives. Clean near miss of a flat refusal.",
    },
    {
        "text": "Tisztelt Kovács Péter!\n\nTájékoztatjuk, hogy telefonon vagy e-mailben leadott gyógyszerfoglalást nem fogadunk el. "
                "Kérelmét ennek megfelelően elutasítottuk.\n\nÜdvözlettel:\nRéka\nPatika ügyfélszolgálat",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Pharmacy: bureaucratic flat refusal of a reservation, no alternative (no in-person or app route offered).",
    },
    {
        "text": "Kedves Balogh Úr!\n\nKöszönöm a fényképet. "
                "Értem, miért gondolta, hogy vasárnap ingyenes a parkolás, hiszen a város utcai parkolóiban valóban így van. "
                "A mi mélygarázsunkban azonban minden nap fizetni kell, és ezt a bejáratnál lévő tábla sajnos nem mutatja elég jól. "
                "Mivel a tájékoztatás nem volt egyértelmű, a 2400 forintos pótdíjat töröltem, Önnek nincs további teendője.\n\n"
                "Üdvözlettel:\nCsaba",
        "expect": [],
        "channel": "email",
        "note": "Parking surcharge: the customer's belief is corrected politely ('I understand why you thought...'), our unclear sign owned, charge cancelled. Clean.",
    },
    {
        "text": "Ertem, a szamlan rossz cegnev szerepel. "
                "Oszinten szolva a penzugyes kollegak mindig osszekeverik az adatokat, nem eloszor fordul elo veluk. "
                "Most kijavitom, es a helyes szamlat fel oran belul elkuldom e-mailben.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Software subscription invoice, chat typed without diacritics (not a typo): helpful fix, but the finance colleagues are run down "
                "('they always mix up the data').",
    },
    {
        "text": "Tisztelt Fehér Úr!\n\nA június 13-i járatot a légitársaság, a SkyBalt törölte, erről ma reggel kaptunk értesítést. "
                "Az Ön csomagjában szereplő szállodai foglalás változatlan marad. "
                "A légitársaság két másik időpontot ajánlott: június 14-én 6:20-kor vagy június 15-én 13:05-kor indulhat. "
                "Kérem, csütörtök délig jelezze, melyik felel meg, és az átfoglalást mi intézzük.\n\n"
                "Üdvözlettel:\nZsófia\nPannon Energia Utazási Iroda",
        "expect": [],
        "channel": "email",
        "note": "Travel agency: the airline partner is named neutrally as the one who cancelled; options and a deadline. Clean.",
    },
    {
        "text": "Kedves Molnár Anna!\n\nA Tanulmányi Osztály munkatársainak közvetlen telefonszámát nem adjuk ki, és az e-mail-címüket sem tehetjük közzé. "
                "Kérjük, ne keresse őket egyénileg.\n\nÜdvözlettel:\nTanulmányi Osztály",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "University office: refuses contact details and offers no other way to reach anyone.",
    },
    {
        "text": "Tisztelt Varga Úr!\n\nLevelében azt írta, hogy „a szerelőjük csak szétszedte a mosogatógépet, és otthagyta”. "
                "Nagyon sajnálom, ennek valóban nem így kellett volna történnie. "
                "A szükséges szivattyú nem volt a kollégánk autójában, és erről azonnal szólnunk kellett volna Önnek. "
                "Az alkatrész azóta megérkezett, a szerelő csütörtökön 8 és 10 óra között visszamegy, és külön kiszállási díj nélkül befejezi a javítást.\n\n"
                "Üdvözlettel:\nIldikó",
        "expect": [],
        "channel": "email",
        "note": "Repair service: the customer's complaint is quoted, the company owns the failure, dated revisit. "
                "Near miss: the criticism of the technician is only in the customer's quoted words.",
    },
    {
        "text": "Tisztelt Kiss Úr!\n\nMint azt már korábbi levelemben is leírtam, a lemondási feltételeket a foglalás előtt mindenkinek el kell olvasnia. "
                "Ha Ön ezt megtette volna, tudná, hogy 48 órán belüli lemondás esetén az első éjszaka díját felszámítjuk. "
                "Legközelebb javaslom, hogy figyelmesebben nézze át a foglalási visszaigazolást.\n\nÜdvözlettel:\nNóra",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Hotel cancellation fee: lecturing ('as I already wrote', 'if you had read it', 'read more carefully next time').",
    },
    {
        "text": "Kedves Lakatos Úr!\n\nEz nem az Ön hibája: a jelszó-visszaállító levelek kedd este óta nem mentek ki a mi rendszerünkből. "
                "A hibát ma reggelre kijavítottuk. "
                "Most küldtem Önnek egy új linket, amely 24 órán át érvényes, és a kiesett két napot jóváírtuk az előfizetésén.\n\n"
                "Üdvözlettel:\nPetra",
        "expect": [],
        "channel": "email",
        "note": "Streaming login problem: negated blame ('it is not your fault'), our system owned, fix and credit. Clean.",
    },
    {
        "text": "Tisztelt Pap Úr!\n\nA tagsági kártyáját azért tiltottuk le, mert többszöri emlékeztetőnk ellenére sem érkezett meg a havi díj. "
                "Az ilyen helyzetek a befizetési határidők figyelemmel kísérésével könnyen elkerülhetők. "
                "A kártya a befizetést követő munkanapon újra használható.\n\nÜdvözlettel:\nLászló\nPannon Energia Sportklub",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Gym card blocked: impersonal blame and lecturing ('despite repeated reminders', 'easily avoided by keeping an eye on deadlines'), "
                "even though the way back is stated.",
    },
    {
        "text": "Kedves Szilágyi Úr!\n\nA már kiadott havi parkolóbérleten a rendszámot utólag sajnos nem tudjuk módosítani. "
                "Amit tenni tudunk: a hibás rendszámra szóló bérlet árát, 18 500 forintot, teljes egészében visszatérítjük, és Ön új bérletet vásárolhat a helyes rendszámmal. "
                "Ehhez csak válaszoljon erre a levélre a helyes rendszámmal, és a visszatérítést még aznap elindítom.\n\n"
                "Üdvözlettel:\nBeáta",
        "expect": [],
        "channel": "email",
        "note": "Parking pass with a wrong plate: the change is refused, but a refund and a new pass are offered. Clean near miss of a flat refusal.",
    },
    {
        "text": "Kedves Major Úr!\n\nElnézést kérek a késésért. "
                "Őszintén szólva nálunk a raktárban már hónapok óta teljes a káosz, a vezetőség pedig semmit sem tesz ellene. "
                "A csomagját ma délután feladtam, a követési számot e-mailben elküldtem.\n\nÜdvözlettel:\nNorbert",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Parcel delay: apology and action, but the agent runs down the company ('total chaos in the warehouse', 'management does nothing').",
    },

    # ---------------- R-TALK-9: 6 clean + 6 violations ----------------
    {
        "customer": "Jó napot! Augusztus 8-tól 3 éjszakára foglaltunk a siófoki hotelben. Lehet kutyát vinni? És van parkoló a szállodánál?",
        "text": "Kedves Bodnár Úr!\n\nKöszönöm levelét. "
                "A szálloda zárt parkolójában ingyen parkolhat, helyet nem kell előre foglalni. "
                "Kutyát is szívesen fogadnak 15 kilogrammig, éjszakánként 4000 forint felárral, amelyet a helyszínen kell kifizetni.\n\n"
                "Üdvözlettel:\nLilla",
        "expect": [],
        "channel": "email",
        "note": "Hotel: dog? parking? answered in reverse order; the yes/no on dogs answered implicitly. 'szívesen' is not a diminutive. Clean.",
    },
    {
        "customer": "Szia, jövő héten bérelnék autót Debrecenben. Kell kaució? Ha igen mennyi, és bankkártya kell hozzá vagy jó a készpénz is?",
        "text": "Kedves Ügyfelünk!\n\nKöszönjük érdeklődését. "
                "Igen, minden bérlésnél kauciót kérünk, amelynek összege a választott autótól függ: kisautóknál 100 000 forint, családi autóknál 150 000 forint. "
                "A kauciót a bérlés végén, az autó átvizsgálása után oldjuk fel.\n\nÜdvözlettel:\nBence",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Car rental deposit: 'is there one?' and 'how much?' answered; 'card or is cash fine?' left unaddressed "
                "(the reply talks about releasing the deposit instead). The customer's 'Szia' is not the agent's register.",
    },
    {
        "customer": "a csomagom 3 napja all a szortirozo kozpontban. miert nem mozdul es mikor kapom meg?",
        "text": "Tisztelt Ügyfelünk!\n\nKöszönöm türelmét. "
                "A csomag azért áll a budapesti központban, mert megsérült a címkéje, és a gép nem tudta beolvasni; kollégáim ma új címkét nyomtattak rá. "
                "A kézbesítés pontos napját még nem látom. "
                "Holnap, szerdán 12 óráig e-mailben megírom Önnek, melyik napon viszik ki.\n\n"
                "Üdvözlettel:\nAnita",
        "expect": [],
        "channel": "email",
        "note": "Parcel stuck (customer without diacritics): 'why?' answered (damaged label), 'when?' answered honestly as not known yet with a dated follow-up. Clean.",
    },
    {
        "customer": "Tisztelt Tanulmányi Osztály! Szeretném megkérdezni, hogy kérhetek-e halasztást a következő félévre. Ha igen, meddig kell beadnom a kérelmet, és kell hozzá valamilyen igazolás?",
        "text": "Kedves Simon Dóra!\n\nIgen, a következő félévre kérhet halasztást; a kérelmet a Neptunban, a Kérvények menüpontban tudja beadni. "
                "Igazolásra nincs szükség, ha ez az első halasztása.\n\nÜdvözlettel:\nKrisztina\nTanulmányi Osztály",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "University deferral: embedded yes/no answered, certificate answered; the deadline question ('by when must I submit?') is ignored.",
    },
    {
        "customer": "Jó napot, azt szeretném megtudni, hogy a 12 éves lányom beiratkozhat-e a saját nevére, és mennyibe kerül neki az éves tagság.",
        "text": "Tisztelt Jakab Anna!\n\nKöszönjük érdeklődését. "
                "16 éves kor alatt a gyermek a saját nevére kap olvasójegyet, de a beiratkozáshoz szülői aláírás is kell, ezért kérem, jöjjenek együtt. "
                "A tagság 16 éves korig ingyenes; csak az Ön személyi igazolványát és a lánya lakcímkártyáját hozzák magukkal.\n\n"
                "Üdvözlettel:\nDániel",
        "expect": [],
        "channel": "email",
        "note": "Library: two embedded questions (can she enrol in her own name? how much?) answered, the first implicitly. "
                "'gyermek' is not a diminutive. Clean.",
    },
    {
        "customer": "Jó napot! Van raktáron a gyerekeknek való lázcsillapító szirup? Ha nincs, mikorra tudják beszerezni? Recept kell hozzá?",
        "text": "Kedves Oláh Úr!\n\nKöszönöm a kérdését. "
                "A szirup jelenleg sajnos nincs raktáron, de a nagykereskedőnk visszaigazolása szerint holnap délután érkezik. "
                "Ha szeretné, félreteszek egy üveggel az Ön nevére.\n\nÜdvözlettel:\nJúlia\nPatika ügyfélszolgálat",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Pharmacy: in stock? and when? answered; 'is a prescription needed?' left unaddressed.",
    },
    {
        "customer": "Sziasztok! Tudok próbaedzésre jönni, mielőtt bérletet veszek? És az meddig tart?",
        "text": "Kedves Pintér Úr!\n\nTermészetesen, az első alkalom nálunk ingyenes: egy edzőnk körbevezeti Önt, majd közösen végeznek egy edzést. "
                "Az egész nagyjából 60 percet vesz igénybe. "
                "Időpontot a recepción vagy a 06 30 123 4567-es telefonszámon foglalhat.\n\nÜdvözlettel:\nViktória",
        "expect": [],
        "channel": "email",
        "note": "Gym trial: yes/no answered ('Természetesen'), the follow-up 'and how long does it take?' answered (about 60 minutes). Clean.",
    },
    {
        "customer": "Miért nem működik az alkalmazás a tévémen tegnap óta? Mindent újraindítottam. Meddig tart még ez?",
        "text": "Kedves Antal Úr!\n\nKöszönjük, hogy jelezte. "
                "Tegnap délután egy frissítés után a régebbi Samsung és LG tévéken nem indul el az alkalmazás, a hibán dolgozunk. "
                "Tudom, milyen bosszantó ez, különösen hétvégén, és elnézést kérünk érte.\n\nÜdvözlettel:\nMáté",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Streaming app down: 'why?' answered (an update); 'how long will this last?' gets only 'we are working on it' and sympathy.",
    },
    {
        "customer": "Tegnap vitték el a hűtőmet javításra. Mikor lesz kész, és mennyibe fog kerülni?",
        "text": "Tisztelt Lengyel Éva!\n\nKöszönöm levelét. "
                "A hűtőt ma délelőtt vizsgálják be a szervizben, ezért a javítás idejét és árát jelenleg még nem tudom megmondani. "
                "Holnap, csütörtökön 14 óráig felhívom Önt, és elmondom mindkettőt; a javítást csak az Ön jóváhagyása után kezdjük el. "
                "A bevizsgálás díjmentes.\n\nÜdvözlettel:\nRóbert",
        "expect": [],
        "channel": "email",
        "note": "Fridge repair: both questions answered as not known yet, with a dated call-back. Clean.",
    },
    {
        "customer": "Szeretnék havi bérletet venni a Kossuth téri mélygarázsba. Mennyibe kerül egy hónapra? És be lehet menni vele éjszaka is?",
        "text": "Kedves Fodor Úr!\n\nKöszönjük megkeresését. "
                "A havi bérlet ára 28 000 forint, és a garázs bejáratánál lévő automatánál vagy online is megvásárolhatja. "
                "A bérlet a vásárlás napjától számított 30 napig érvényes.\n\nÜdvözlettel:\nCsilla",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Parking pass: price answered; 'can I get in at night?' answered about a different thing (how long the pass is valid).",
    },
    {
        "customer": "Jó napot! Októberre foglaltunk Krétára utat Önöknél. A repülőjegy ára tartalmazza a bőröndöt? Ha nem, mennyi a felár, és hogyan tudom hozzáadni?",
        "text": "Tisztelt Juhász Úr!\n\nKöszönöm levelét. "
                "Egy 20 kilogrammos bőrönd felára fejenként 18 000 forint oda-vissza, mert az Önök által választott díjcsomag csak kézipoggyászt tartalmaz. "
                "A bőröndöt én is hozzá tudom adni a foglalásukhoz: elég, ha válaszlevélben megírja, hány darabot kér.\n\n"
                "Üdvözlettel:\nOrsolya\nPannon Energia Utazási Iroda",
        "expect": [],
        "channel": "email",
        "note": "Travel agency: three questions answered in another order; 'is a suitcase included?' answered implicitly (hand luggage only). Clean.",
    },
    {
        "customer": "Jó napot, elvesztettem a diákigazolványomat. Hogyan kérhetek újat? Mennyibe kerül? És addig mit használjak, ha ellenőrzik a bérletemet a buszon?",
        "text": "Kedves Kelemen Ádám!\n\nSajnálom, hogy elveszett az igazolványa. "
                "Újat a Tanulmányi Osztályon igényelhet, ahol fényképet is készítünk Önről; a pótlás díja 3000 forint. "
                "Ügyfélfogadásunk hétfőtől csütörtökig 9 és 15 óra között van.\n\nÜdvözlettel:\nErika",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Lost student card: how? and how much? answered; 'what do I use meanwhile on the bus?' ignored (no temporary certificate mentioned).",
    },

    # ---------------- R-LETTER-1: 4 clean + 4 violations ----------------
    {
        "text": "Tisztelt Deák Úr!\n\nTárgy: A mosógép javításának új időpontja\n\n"
                "Tájékoztatjuk, hogy a május 14-re egyeztetett javítást alkatrészhiány miatt át kellett tennünk. "
                "Az új időpont: május 21., kedd, 8 és 12 óra között. "
                "Ha ez az időpont nem felel meg, kérjük, május 17-ig jelezze a 06 1 555 0199-es telefonszámon, és másik napot egyeztetünk. "
                "Ha megfelel, Önnek nincs teendője.\n\n"
                "Tisztelettel:\nHegedűs Anikó\nügyfélszolgálati munkatárs, Pannon Energia Szerviz",
        "expect": [],
        "channel": "letter",
        "note": "Repair appointment moved: says what to do if the new time does not suit (call by 17 May) and that nothing is needed otherwise. Clean.",
    },
    {
        "text": "Tisztelt Pásztor Úr!\n\nTárgy: Belépőkártya letiltása\n\n"
                "Tájékoztatjuk, hogy a 40217-es számú belépőkártyáját 2025. április 3-án letiltottuk, mert a kártyán szokatlan, gyors egymásutáni belépéseket észleltünk. "
                "A letiltás az összes klubunkra vonatkozik.\n\n"
                "Tisztelettel:\nSomogyi Tibor\nPannon Energia Sportklub",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Gym card blocked: the fact and the reason are stated, but not what the member should do to get access back.",
    },
    {
        "text": "Tisztelt Sárközi Réka!\n\nTárgy: Önköltség visszatérítése\n\n"
                "Örömmel értesítjük, hogy a tavaszi félévre befizetett 320 000 forint önköltség visszatérítését jóváhagytuk, mivel Ön a félév kezdete előtt passzív félévet kért. "
                "Az összeget 2025. március 10-ig átutaljuk a Neptunban megadott bankszámlájára. "
                "Önnek ezzel kapcsolatban nincs teendője, kivéve, ha időközben bankszámlát váltott: ebben az esetben kérjük, március 3-ig frissítse a számlaszámát a Neptunban.\n\n"
                "Tisztelettel:\nDr. Vida Zoltán\nTanulmányi Osztály",
        "expect": [],
        "channel": "letter",
        "note": "University tuition refund: nothing needed (and why), except one conditional step with a date. Clean.",
    },
    {
        "text": "Tisztelt Előfizetőnk!\n\nTárgy: A Prémium csomag díjának változása\n\n"
                "Tájékoztatjuk, hogy 2025. július 1-jétől a Prémium csomag havidíja 3490 forintról 3990 forintra emelkedik. "
                "Az áremelés oka a tartalomkínálat bővülése és a megnövekedett licencdíjak. "
                "A csomag tartalma egyébként nem változik.\n\n"
                "Tisztelettel:\nPannon Energia Ügyfélszolgálat",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Streaming price change: fact and reason only; nothing on whether the subscriber must act, can cancel, or needs to do nothing.",
    },
    {
        "text": "Tisztelt Mészáros Úr!\n\nTárgy: Lakossági parkolási engedély\n\n"
                "Örömmel értesítjük, hogy a Rózsa utcai lakossági parkolási engedélyét kiadtuk, az engedély 2026. január 31-ig érvényes. "
                "Az engedély elektronikus, és a rendszám alapján ellenőrizzük, ezért semmit nem kell a szélvédő mögé tennie, és más teendője sincs. "
                "Ha autót cserél, kérjük, az új rendszámot a csere előtt jelentse be ügyfélszolgálatunkon.\n\n"
                "Tisztelettel:\nKántor Gyula\nParkolási csoport",
        "expect": [],
        "channel": "letter",
        "note": "Parking permit issued: nothing needed, and why (electronic, checked by plate); what to do if the car changes. Clean.",
    },
    {
        "text": "Tisztelt Rácz Úr!\n\nTárgy: Hiányzó útlevélmásolat\n\n"
                "A dubaji utazásához szükséges vízumkérelemhez eddig nem érkezett meg az útlevelének másolata. "
                "A vízumkérelmet útlevélmásolat nélkül nem tudjuk benyújtani. "
                "Az utazás időpontja: 2025. november 12.\n\n"
                "Tisztelettel:\nBalázs Edit\nPannon Energia Utazási Iroda",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Travel agency, missing document: the gap is stated, but not how to send the copy or by when.",
    },
    {
        "text": "Tisztelt Vass Úr!\n\nTárgy: Elmaradt havidíj\n\n"
                "A 2025. februári tagdíjat, 14 900 forintot, a csoportos beszedés során nem tudtuk levonni a bankszámlájáról. "
                "Kérjük, az összeget március 15-ig fizesse be a recepción, vagy utalja át a mellékelt számlán szereplő bankszámlaszámra, a közleményben a tagsági számát (T-8812) feltüntetve. "
                "Ha a díjat időközben már rendezte, kérjük, tekintse levelünket tárgytalannak.\n\n"
                "Tisztelettel:\nSomogyi Tibor\nPannon Energia Sportklub",
        "expect": [],
        "channel": "letter",
        "note": "Gym arrears: what (pay 14 900 Ft), by when (15 March), how (desk or transfer with reference); neutral 'we could not collect'. Clean.",
    },
    {
        "text": "Tisztelt Bakos Úr!\n\nTárgy: Oltási időpont módosítása\n\n"
                "Tájékoztatjuk, hogy a gyógyszertárunkban október 8-ra, 10 órára foglalt influenza elleni oltását az oltóanyag késedelmes szállítása miatt október 15-re, 10 órára tettük át.\n\n"
                "Tisztelettel:\nFekete Zsuzsanna\ngyógyszerész",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Pharmacy vaccination moved: the new time is stated, but not whether to confirm, how to change it, or that nothing is needed.",
    },

    # ---------------- R-TALK-2 closings: 4 clean + 4 violations ----------------
    {
        "text": "Rendben, a szobafoglalását áttettem szeptember 12-re. Segíthetek még valamiben? "
                "Köszönöm, hogy felhívott minket, és ha bármi kérdése lenne, keressen bizalommal bármikor. Viszonthallásra!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Hotel phone closing with all four parts. Clean.",
    },
    {
        "text": "A hosszabbítást elvégeztem, a könyveket május 30-ig tarthatja meg. "
                "Köszönjük, hogy a könyvtárunkat választotta, és ha bármikor kérdése merülne fel, forduljon hozzánk bizalommal.\n\n"
                "Üdvözlettel:\nDániel",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Library e-mail closing: thanks, come back, sign-off; it never asks whether anything else is needed.",
    },
    {
        "text": "A csomagját átirányítottam a Westend bevásárlóközpont csomagautomatájába. Van még valami, amiben segíthetek? "
                "Köszönöm, hogy írt nekünk, és ha bármi gond lenne, itt a chaten bármikor elér minket. Viszontlátásra!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Courier chat closing with all four parts. Clean.",
    },
    {
        "text": "A foglalását módosítottam, pénteken reggel 8-kor veheti át az autót. Tudok még valamiben segíteni? "
                "Ha bármi kérdése lenne, nyugodtan hívjon minket bármikor. Viszonthallásra!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Car rental phone closing: anything else, come back, goodbye, but no thanks.",
    },
    {
        "text": "Remélem, minden kérdésére választ adtam. Segíthetünk még valamiben? "
                "Köszönjük megkeresését, és a jövőben is forduljon hozzánk bizalommal.\n\n"
                "Üdvözlettel:\nErika\nTanulmányi Osztály",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "University e-mail closing: anything else, thanks, come back in future, sign-off as goodbye. Clean.",
    },
    {
        "text": "Az előfizetését szüneteltettem augusztus végéig. Segíthetek még valamiben? "
                "Köszönöm, hogy megkeresett minket. Szép napot és viszontlátásra!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Streaming chat closing: anything else, thanks, goodbye, but nothing about coming back.",
    },
    {
        "text": "Akkor a gyógyszert holnap délelőttre félretesszük az Ön nevére. Van még kérdése, amiben segíthetek? "
                "Köszönöm a hívását, Oláh Úr, és ha bármi eszébe jutna, nyugodtan hívjon minket újra. Viszonthallásra!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Pharmacy phone closing with all four parts. Clean.",
    },
    {
        "text": "A bérletét meghosszabbítottam december 31-ig. Segíthetek még valamiben? "
                "Köszönjük, hogy minket választott, és ha kérdése van, bármikor írjon nekünk újra.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Gym chat closing: anything else, thanks, come back, but no goodbye.",
    },
]


def _t(channel, agent, turns):
    return {"version": 1, "lang": "hu", "channel": channel, "agent": agent,
            "organisation": "Pannon Energia", "turns": turns}


A = lambda text: {"speaker": "agent", "text": text}  # noqa: E731
C = lambda text: {"speaker": "customer", "text": text}  # noqa: E731

TRANSCRIPTS = [
    {
        "transcript": _t("phone", "Tamás", [
            {"event": "ring", "time": "2025-07-18T16:40:00Z"},
            {"event": "ring", "time": "2025-07-18T16:40:05Z"},
            {"event": "answer", "by": "agent", "time": "2025-07-18T16:40:07Z"},
            A("Jó napot kívánok, Pannon Energia autókölcsönző, Tamás vagyok. Miben segíthetek?"),
            C("Jó napot. A repülőtéren vagyok, és nincs meg az autó, amit két hete lefoglaltam. Már fél órája várok a pultnál, és senki nem tud semmit."),
            A("Nagyon sajnálom, ez valóban bosszantó, főleg egy hosszú út után. Azonnal utánanézek: megmondaná a foglalási számát?"),
            C("PE-40981."),
            A("Köszönöm. Megengedi, hogy egy percre várakoztassam, amíg felhívom a repülőtéri kollégákat?"),
            C("Jó, de siessen."),
            {"event": "hold", "by": "agent"},
            {"event": "resume", "by": "agent"},
            A("Köszönöm, hogy várt. Az Ön által foglalt Skoda Octavia késve érkezett vissza az előző bérléből, ezért nem volt kész. Helyette egy nagyobb, Skoda Superb típusú autót adunk ugyanazon az áron, a pultnál már tudnak róla."),
            C("Rendben. És a gyerekülés benne lesz?"),
            A("Igen, a gyerekülést már beszerelték az autóba. Segíthetek még valamiben?"),
            C("Nem, köszönöm."),
            A("Köszönöm, hogy hívott, és ha az út során bármi gond lenne, hívjon minket bármikor. Viszonthallásra, jó utat!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Car rental call, 2 rings. Complaint ('waiting half an hour, nobody knows anything') -> apology + immediate check; hold with permission "
                "and reason, thanks after resume; child-seat question answered; closing spread over the last two agent turns. Clean.",
    },
    {
        "transcript": _t("chat", "Réka", [
            A("Üdvözlöm, Réka vagyok a Pannon Energia ügyfélszolgálatáról. Miben segíthetek?"),
            C("harmadszor jovok be a konyvert amit lefoglaltam es megint nincs meg. ez mar nevetseges"),
            A("Nagyon sajnálom, valóban kellemetlen, hogy hiába fáradt be ismét."),
            C("es most mi lesz?"),
            A("Megnéztem: a könyvet egy másik fiókkönyvtárban tévedésből visszatettük a polcra. Ma délután áthozatjuk, és holnap 10 órától átveheti a központi könyvtár pultjánál. Ha szeretné, postán is elküldjük Önnek díjmentesen."),
            C("holnap bemegyek"),
            A("Rendben, a nevére tesszük félre. Van még valami, amiben segíthetek?"),
            C("nincs"),
            A("Köszönöm, hogy írt nekünk, és ha bármikor kérdése van, keressen minket itt a chaten. Viszontlátásra!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Library chat (customer without diacritics): complaint ('third time', 'ridiculous') -> the next agent turn apologises but offers nothing; "
                "the way forward comes only after 'so what now?'. Closing complete.",
    },
    {
        "transcript": _t("chat", "Bálint", [
            A("Jó napot, Bálint vagyok a Pannon Energia ügyfélszolgálatától. Miben segíthetek Önnek?"),
            C("Két hónapja lemondtam az előfizetést, és megint levonták a díjat. Maguk teljesen használhatatlanok."),
            A("Elnézést kérek, ennek valóban nem lett volna szabad megtörténnie. Kérem, adja meg az e-mail-címét, és most rögtön visszautalom a levont összeget."),
            C("kovacs.marta@example.hu"),
            A("Köszönöm. Látom, hogy a lemondását rögzítettük, de egy hiba miatt a rendszerünk nem zárta le az előfizetést. Lezártam, és a két havidíjat, összesen 6980 forintot, visszautaltam a kártyájára. A jóváírás általában három-öt munkanapot vesz igénybe."),
            C("Rendben, köszönöm."),
            A("Szívesen. Segíthetek még valamiben?"),
            C("Nem, ennyi volt."),
            A("Köszönöm a türelmét, és ha bármi kérdése lenne, írjon nekünk bármikor. Viszontlátásra!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Streaming chat: insult ('you are completely useless') -> apology + immediate refund offer in the same turn; our system's fault owned; "
                "complete closing. Clean.",
    },
    {
        "transcript": _t("phone", "Judit", [
            A("Jó napot kívánok, Pannon Energia csomagkézbesítés, Judit vagyok. Miben segíthetek?"),
            C("Jó napot. Senki nem szólt, hogy a futár ma nem jön, pedig egész nap itthon vártam. Ez így nem mehet tovább!"),
            A("Megnézem, hol tart a csomagja. Kérem, mondja meg a csomagszámot."),
            C("PE 7731 0452."),
            A("Köszönöm. A csomag a győri raktárban van, a futár ma nem tudta elvinni, mert meghibásodott az autója. Holnap, csütörtökön 8 és 12 óra között viszik ki, és a futár fél órával előtte telefonon értesíti."),
            C("És ha holnap sem jön?"),
            A("Akkor holnap 13 óráig én magam hívom fel Önt, és a csomagot díjmentesen elküldjük egy Önhöz közeli csomagautomatába. Segíthetek még valamiben?"),
            C("Nem, köszönöm."),
            A("Köszönöm, hogy hívott, és ha kérdése van, hívjon minket bármikor. Viszonthallásra!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Courier call (no ring data): complaint ('nobody told me', 'this can't go on!') -> the next agent turn offers to check but does not apologise. "
                "Question answered; closing complete.",
    },
    {
        "transcript": _t("phone", "Levente", [
            A("Jó napot kívánok, Pannon Energia sportklub, Levente vagyok. Miben segíthetek?"),
            C("Jó napot. Megint levonták a bérlet árát a számlámról, pedig múlt hónapban felmondtam. Az e-mailemre sem válaszolt senki."),
            A("Elnézést kérek, ez a mi hibánk, és a választ is régen meg kellett volna kapnia. Most rögtön megnézem a felmondását, és visszautaljuk a levont díjat. Megadná a tagsági számát?"),
            C("T-5520."),
            A("Köszönöm. Látom a felmondását május 28-i dátummal, tehát a júniusi díjat nem kellett volna levonnunk. A 14 900 forintot még ma visszautalom, és a tagságát lezártam."),
            C("Mikor lesz a pénz a számlámon?"),
            A("Az utalást ma elindítom, a bankok ezt általában egy-két munkanap alatt írják jóvá. Segíthetek még valamiben?"),
            C("Nem, ennyi."),
            A("Köszönöm a türelmét, és ha bármikor kérdése lenne, forduljon hozzánk bizalommal. Viszonthallásra!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Gym call: complaint ('charged again', 'nobody answered') -> apology owning the mistake + check and refund; 'when?' answered with an "
                "attributed bank estimate; closing complete. Clean.",
    },
    {
        "transcript": _t("chat", "Gergely", [
            A("Jó napot, Gergely vagyok a Pannon Energia szervizétől. Miben segíthetek?"),
            C("A szerelőjük már harmadszor nem jött ki a megbeszélt időpontban, és nem is szólt senki. Nem vagyok hajlandó negyedszer is szabadságot kivenni."),
            A("Megértem. A szerelőink naponta sok címre mennek, és ha egy korábbi javítás elhúzódik, a későbbi időpontok csúsznak."),
            C("Ez engem nem érdekel. Mikor jönnek ki végre?"),
            A("Nagyon sajnálom, hogy ennyiszer hiába várt. A holnapi első időpontot, 7:30-at le tudom foglalni Önnek, így nem kell egy másik javítás végére várnia. Ha ez nem jó, szombat délelőtt is tudunk menni."),
            C("Legyen szombat, 9 körül."),
            A("Rendben, szombatra, 9 órára rögzítettem. Segíthetek még valamiben?"),
            C("Nem."),
            A("Köszönöm, hogy írt nekünk, és ha bármi kérdése lenne, bármikor elér minket itt. Viszontlátásra!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Repair chat: complaint ('third time the technician did not come, nobody told me') -> 'Megértem' (I understand) plus a justification, "
                "no apology, nothing offered. The customer's second complaint is answered correctly (apology + slots). Closing complete.",
    },
]
