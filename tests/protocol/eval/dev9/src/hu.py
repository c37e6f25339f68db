"""dev9 Hungarian items (writer A). Blocks alternate clean, violation, clean, violation, ..."""

LANG = "hu"

ITEMS = [
    # ---------------- R-TALK-6: 8 clean + 8 violations ----------------
    {
        "text": "A kártyás fizetése azért nem ment át, mert a kártyájához tartozó napi vásárlási limit "
                "150 000 forint, és a mai vásárlások összege már elérte ezt. Ha szeretné, most azonnal megemelem a "
                "limitet 300 000 forintra.",
        "expect": [],
        "channel": "chat",
        "note": "Bank card line: 'your card payment failed because the daily limit (150,000 HUF) was "
                "reached; I can raise it now.' A cause explained without blame, with an offer.",
    },
    {
        "text": "A kár azért nem térül meg, mert Ön nyitva hagyta az ablakot, ezt a szakértő egyértelműen "
                "megállapította. Ilyen esetben a biztosító nem fizet.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Insurer: 'the damage is not covered because you left the window open, the assessor "
                "clearly established this; in such cases the insurer does not pay.' Direct blame and a "
                "flat refusal with nothing offered.",
    },
    {
        "text": "Igaza van, a kiszállási díjat tévesen számláztuk ki Önnek, a hiba nálunk történt. A 8 900 "
                "forintot a következő számláján jóváírjuk, és erről e-mailben is küldök "
                "visszaigazolást.",
        "expect": [],
        "channel": "email",
        "note": "Internet provider: 'you are right, we billed the call-out fee by mistake, the error was "
                "ours; we credit 8,900 HUF on your next bill.' Own mistake owned.",
    },
    {
        "text": "Ez nem így van, a vízóra nem hibás. A mért fogyasztás a valós használatot mutatja, tehát "
                "Önök ennyi vizet használtak el.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Water utility: 'that is not so, the meter is not faulty; you simply used this much "
                "water.' Contradicts the customer and implies they are to blame; no check offered.",
    },
    {
        "text": "Menetjegyét a vonat indulása után már nem tudjuk visszaváltani. Azt viszont fel tudom "
                "ajánlani, hogy a jegy árát 30 napig felhasználható utazási utalványként jóváírjuk.",
        "expect": [],
        "channel": "email",
        "note": "Train operator: 'we cannot refund the ticket after departure, but I can offer a travel "
                "voucher valid for 30 days.' A refusal with an alternative.",
    },
    {
        "text": "A kérelem elutasításra került, mivel az hiányosan lett benyújtva. A hiányosan beadott "
                "kérelmek feldolgozására nincs lehetőség.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "City public-service desk: 'the application was rejected as it was submitted "
                "incomplete; incomplete applications cannot be processed.' Impersonal passive blame and "
                "a bureaucratic refusal without saying what is missing or how to resubmit.",
    },
    {
        "text": "Köszönöm, hogy jelezte. Egy pontosítás: a vérvételre nem csütörtökre, hanem szerdára, "
                "május 14-én 7:40-re szól az időpontja, ez a visszaigazoló SMS-ben is szerepel. Ha a "
                "szerda nem megfelelő, szívesen áthelyezem csütörtökre.",
        "expect": [],
        "channel": "chat",
        "note": "Clinic: 'one correction: your blood test is on Wednesday 14 May at 7:40, not Thursday, "
                "as in the confirmation text; if Wednesday does not suit you I'll gladly move it.' A "
                "polite correction with an offer. Near miss for contradicting.",
    },
    {
        "text": "Ahogy azt már kétszer leírtam, a visszaküldést 14 napon belül kell kezdeményezni. "
                "Legközelebb kérem, figyeljen jobban a határidőkre.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Web shop returns: 'as I have already written twice, returns must be started within 14 "
                "days; next time please pay more attention to deadlines.' Lecturing, no alternative.",
    },
    {
        "text": "Kollégám, Farkas Péter holnap délelőtt felhívja Önt a részletfizetési megállapodás "
                "ügyében. Ha addig bármilyen kérdése lenne, nekem is nyugodtan írhat erre a címre.",
        "expect": [],
        "channel": "email",
        "note": "Pannon Energia: 'my colleague Péter Farkas will call you tomorrow morning about the "
                "instalment agreement; meanwhile you can write to me too.' A colleague named neutrally.",
    },
    {
        "text": "A kárrendezési osztály megint elkeverte az iratait, sajnos ők már csak ilyenek. Kérem, "
                "küldje el újra a fotókat, és én továbbítom nekik.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Insurer: 'the claims department has mislaid your papers again, that's just how they "
                "are; please resend the photos and I'll forward them.' Speaks badly of another "
                "department while helping.",
    },
    {
        "text": "A csomagot a GLS futárszolgálat szállítja, az első kézbesítési kísérlet csütörtökön volt. "
                "Új kézbesítést a GLS oldalán Ön is kérhet, de ha szeretné, én intézem el péntekre.",
        "expect": [],
        "channel": "chat",
        "note": "Web shop: 'the parcel is carried by GLS, the first delivery attempt was Thursday; you "
                "can request a new delivery on their site, or I can arrange it for Friday.' A partner "
                "named neutrally.",
    },
    {
        "text": "Őszintén szólva nálunk a menetrend-tervezés évek óta katasztrófa, nem Ön az első, aki "
                "ezt szóvá teszi. A panaszát továbbítottam.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Bus operator: 'honestly, our timetable planning has been a disaster for years, you are "
                "not the first to complain; I forwarded your complaint.' Speaks badly of the company.",
    },
    {
        "text": "Ön azt írta, hogy az ügyintéző „fél órán át rá sem nézett” Önre. Elnézést kérünk, ez így "
                "nem elfogadható. A panaszát továbbítottam az ügyfélszolgálati iroda vezetőjének, aki "
                "vállalta, hogy május 20-ig írásban válaszol Önnek.",
        "expect": [],
        "channel": "email",
        "note": "City desk: quotes the customer ('didn't even look at me for half an hour'), apologises, "
                "forwards to the office head who undertook to answer by 20 May. The complaint about a "
                "staff member is the customer's quoted words.",
    },
    {
        "text": "A műszaki kolléga telefonszámát nem adhatjuk ki, és e-mail-címet sem tudok adni. Ez a "
                "szabály.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Internet provider: 'we can't give out the technician's phone number and I can't give "
                "an e-mail address either. That's the rule.' Refusing contact details, nothing offered.",
    },
    {
        "text": "Ön semmit sem rontott el: a kártyáját a rendszerünk a többszöri hibás PIN-kód miatt "
                "tiltotta le automatikusan. Most feloldottam, így újra használhatja.",
        "expect": [],
        "channel": "phone",
        "note": "Bank card line: 'you did nothing wrong: our system blocked the card automatically after "
                "several failed PIN attempts; I've unblocked it.' Negated blame. Near miss: the failed "
                "attempts are mentioned as a cause, not as a fault.",
    },
    {
        "text": "Aki késik, annak az időpontja automatikusan törlődik, ezt mindenki tudja. Mára már nem "
                "tudunk más időpontot adni.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Clinic: 'whoever is late loses the appointment, everybody knows that; we can't give you "
                "another time today.' Implied blame, lecturing and a flat refusal with no other day "
                "offered.",
    },

    # ---------------- R-TALK-9: 6 clean + 6 violations ----------------
    {
        "customer": "Jó napot! Költözöm, hogyan tudom átíratni a gázszerződést, és kell-e ehhez "
                    "személyesen bemennem?",
        "text": "A szerződés átírását online is elintézheti az ügyfélportálon, a költözés napján "
                "leolvasott mérőállással. Személyes megjelenésre nincs szükség, elég feltölteni a "
                "bérleti vagy adásvételi szerződést.",
        "expect": [],
        "channel": "email",
        "note": "Pannon Energia: 'how do I transfer the gas contract, and do I need to come in?' Both "
                "answered (online with the meter reading; no visit needed).",
    },
    {
        "customer": "Külföldön vagyok és letiltották a kártyámat. Miért? És mikor tudom újra használni?",
        "text": "Elnézést kérek a kellemetlenségért. A kártyát azért tiltottuk le, mert egy szokatlan "
                "külföldi vásárlást észleltünk rajta, és ilyenkor az Ön biztonsága érdekében így járunk "
                "el.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "note": "Bank card line: 'why was my card blocked, and when can I use it again?' 'Why' is "
                "answered; 'when' is ignored.",
    },
    {
        "customer": "szeretnem tudni hogy a szemeszeti vizsgalatra kell e beutalo es kb mennyi ideig tart",
        "text": "Szemészeti vizsgálatra beutaló nélkül is jöhet, a TAJ-kártyáját viszont hozza magával. "
                "A vizsgálat a pupillatágítással együtt körülbelül egy órát vesz igénybe.",
        "expect": [],
        "channel": "chat",
        "note": "Clinic: embedded questions typed without diacritics ('is a referral needed for the eye "
                "examination and how long does it take'); both answered (no referral; about an hour).",
    },
    {
        "customer": "A tegnapi győri vonatom kimaradt, ezért busszal kellett hazamennem. Visszakapom a "
                    "vonatjegy árát? És a buszjegyet is megtérítik?",
        "text": "Sajnálom, hogy a vonat kimaradt. Kimaradt járat esetén a teljes jegyárat visszatérítjük, "
                "ehhez töltse ki a honlapunkon a visszatérítési űrlapot a jegy sorszámával. Az összeg "
                "általában nyolc munkanapon belül érkezik meg.",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Train operator: 'do I get the train fare back? and do you also refund the bus ticket?' "
                "The train fare is answered in detail; the bus ticket question is not addressed.",
    },
    {
        "customer": "Miért lett ilyen magas a vízszámla? Ugye nem kell egyszerre kifizetnem az egészet?",
        "text": "A számla azért magasabb, mert az elmúlt fél év becsült fogyasztása helyett most a "
                "tényleges mérőállás alapján számoltunk el. Nem kell egyszerre kifizetnie: ha kéri, hat "
                "havi részletre bontjuk, díjmentesen.",
        "expect": [],
        "channel": "email",
        "note": "Water utility: 'why is the bill so high? I don't have to pay it all at once, do I?' "
                "Both answered, the tag question with 'no, you don't'.",
    },
    {
        "customer": "Beadtam a lakcímváltozást múlt héten. Megkaptátok? Mikor küldik ki az új "
                    "lakcímkártyát?",
        "text": "Igen, a bejelentése május 6-án beérkezett, és minden adat rendben van. Köszönjük, hogy "
                "időben intézte.",
        "expect": ["R-TALK-9"],
        "channel": "web_form",
        "note": "City desk: 'did you get my change of address? when will you send the new address "
                "card?' The first is answered; 'when' is ignored. (The customer's informal address is "
                "not the agent's.)",
    },
    {
        "customer": "Mennyibe kerülne, ha az 500 megás csomagra váltanék? És attól meghosszabbodik a "
                    "hűségidő?",
        "text": "Az 500 megabites csomag havi 7 990 forint, ez 2 000 forinttal több a mostaninál. A "
                "váltással nem indul új hűségidő, a jelenlegi szerződése 2026 márciusáig érvényes.",
        "expect": [],
        "channel": "chat",
        "note": "Internet provider: 'how much is the 500 Mbit plan? and does that extend the "
                "commitment period?' Both answered (the follow-up 'attól' refers back).",
    },
    {
        "customer": "Három hete bejelentettem a jégkárt az autón, és azóta senki nem jelentkezett. "
                    "Mikor jön a kárszakértő? Addig használhatom az autót?",
        "text": "Nagyon sajnálom, hogy ennyit kell várnia, és teljesen megértem a bosszúságát. Az autót "
                "nyugodtan használhatja, a jégkár felmérését ez nem befolyásolja.",
        "expect": ["R-TALK-9"],
        "channel": "phone",
        "note": "Insurer: 'when is the assessor coming? can I use the car until then?' The car question "
                "is answered; 'when' gets only sympathy.",
    },
    {
        "customer": "A havi bérletem a reptéri buszon is érvényes? Vagy arra külön jegyet kell vennem",
        "text": "A reptéri járatra külön, 1 500 forintos viteldíjat kell fizetni, erre a járatra a havi "
                "bérlet nem érvényes. A jegyet a buszon bankkártyával is megveheti.",
        "expect": [],
        "channel": "chat",
        "note": "Bus operator: 'is my monthly pass valid on the airport bus, or do I need a separate "
                "ticket' (second without '?'). Both answered.",
    },
    {
        "customer": "Rossz méretet kaptam a kabátból. Vissza tudom küldeni? Ki fizeti a postát? És "
                    "cserélni is lehet, vagy csak a pénzt adják vissza?",
        "text": "Természetesen visszaküldheti, erre 30 napja van. A visszaküldés díját mi álljuk: "
                "használja a csomagban talált, előre kifizetett címkét.",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Web shop returns: three questions (can I return it? who pays postage? exchange or only "
                "refund?). The first two are answered; exchange vs refund is not.",
    },
    {
        "customer": "Reggel óta nincs áram az utcánkban. Tudják már, mi a baj, és mikorra lesz áram?",
        "text": "A hiba okát a szerelőink még vizsgálják, ezért pontos időpontot most nem tudok mondani. "
                "Ma 14 óráig visszahívom Önt, és elmondom, amit addig megtudtunk.",
        "expect": [],
        "channel": "phone",
        "note": "Pannon Energia outage: 'do you know what is wrong, and when will power be back?' An "
                "honest 'still being investigated, no time yet' with a dated callback answers both.",
    },
    {
        "customer": "Le tudom mondani telefonon a holnapi fogorvosi időpontomat? És kell fizetnem, ha "
                    "ilyen későn mondom le?",
        "text": "Igen, a lemondást most rögzítettem, a holnapi 10:30-as időpontját töröltem. Ha szeretné, "
                "máris foglalhatok Önnek egy új időpontot.",
        "expect": ["R-TALK-9"],
        "channel": "phone",
        "note": "Clinic: 'can I cancel by phone? do I have to pay for cancelling so late?' The "
                "cancellation is done; the fee question is left unaddressed (a new booking is offered "
                "instead).",
    },

    # ---------------- R-LETTER-1: 4 clean + 4 violations ----------------
    {
        "text": "Tisztelt Kovács Úr!\n\nTájékoztatjuk, hogy a 2025. április 3-án bejelentett csőtörési "
                "kárát megvizsgáltuk, és a kárigényét elfogadtuk. A kártérítés összege 412 000 forint. "
                "Kérjük, a burkoló által kiállított számlát 2025. június 30-ig küldje meg postán vagy a "
                "karrendezes@pannonenergia.hu címre, ezt követően nyolc munkanapon belül utalunk.\n\n"
                "Tisztelettel:\nSzabó Márta\nkárrendezési csoport",
        "expect": [],
        "channel": "letter",
        "note": "Insurer-type claim decision: claim accepted, amount, and what to do next (send the "
                "tiler's invoice by 30 June, how), then payment. Clean.",
    },
    {
        "text": "Tisztelt Ügyfelünk!\n\nTájékoztatjuk, hogy 2025. július 1-jétől a földgáz egységára a "
                "lakossági átlagfogyasztás feletti részre 5,4%-kal emelkedik. A változás oka a "
                "beszerzési költségek növekedése.\n\nÜdvözlettel:\nPannon Energia Zrt.",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Pannon Energia price change: states the increase and the reason but not whether the "
                "customer must do anything (nothing, or the right to terminate by a date).",
    },
    {
        "text": "Tisztelt Nagy Zsuzsanna!\n\nBiztonsági okból 2025. március 12-én ideiglenesen "
                "letiltottuk a 4417 végű bankkártyáját, mert szokatlan tranzakciókat észleltünk. Kérjük, "
                "hívja a +36 1 555 0101-es számot, és erősítse meg, hogy a fizetések Öntől származnak-e. "
                "Ha igen, a kártyát azonnal feloldjuk; ha nem, díjmentesen új kártyát küldünk.\n\n"
                "Tisztelettel:\nKártyaszolgálat",
        "expect": [],
        "channel": "letter",
        "note": "Bank card blocked: says what the customer should do (call the number and confirm) and "
                "what follows either way. Clean.",
    },
    {
        "text": "Tisztelt Horváth Gábor!\n\nÉrtesítjük, hogy a 2025. május 14-re, 9:00 órára szóló "
                "kardiológiai vizsgálatát az orvos szabadsága miatt 2025. május 21-én 13:30-ra "
                "helyeztük át.\n\nTisztelettel:\nBetegirányítás",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Clinic: the appointment has been moved to 21 May 13:30, but the letter does not say "
                "whether the patient must confirm, what to do if it doesn't suit, or that nothing is "
                "needed.",
    },
    {
        "text": "Tisztelt Fekete Anna!\n\nNyilvántartásunk szerint a 2025. márciusi és áprilisi "
                "áramszámláján összesen 23 480 forint tartozás áll fenn. Kérjük, az összeget 2025. június "
                "15-ig egyenlítse ki átutalással vagy a mellékelt csekken. Ha ez egyszerre nehézséget "
                "okoz, hívjon minket a 06 80 123 456-os számon, és részletfizetést kínálunk.\n\n"
                "Üdvözlettel:\nPannon Energia ügyfélszolgálat",
        "expect": [],
        "channel": "letter",
        "note": "Pannon Energia arrears: amount, what to do, by when, how, and an instalment option. "
                "Clean.",
    },
    {
        "text": "Tisztelt Molnár Béla!\n\nÉrtesítjük, hogy a 2025/1187. számú építési engedély iránti "
                "kérelméhez nem csatolta a helyszínrajzot, ezért a kérelem jelenleg nem bírálható el."
                "\n\nTisztelettel:\nÉpítésügyi Iroda",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "City public-service desk, missing document: the site plan is missing and the "
                "application cannot be judged; no deadline, no way to submit it.",
    },
    {
        "text": "Tisztelt Varga Júlia!\n\nÖrömmel értesítjük, hogy a 2025/0932. számú parkolási "
                "engedélyét kiadtuk, az engedély 2025. június 1-jétől egy évig érvényes. Önnek nincs "
                "további teendője: az engedély elektronikusan, a rendszáma alapján érvényes, így "
                "kihelyezni sem kell.\n\nTisztelettel:\nParkolási Iroda",
        "expect": [],
        "channel": "letter",
        "note": "City desk, permit issued: says that nothing further is needed and why (the permit is "
                "electronic, tied to the number plate). Clean.",
    },
    {
        "text": "Tisztelt Balogh Péter!\n\nTájékoztatjuk, hogy a 2025. február 21-i késés miatt "
                "benyújtott visszatérítési kérelmét elbíráltuk, és 4 350 forint visszatérítést hagytunk "
                "jóvá.\n\nÜdvözlettel:\nUtasszolgálat",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Train operator fare refund approved, but the letter does not say how the money will "
                "arrive, whether bank details are needed, or that nothing is needed.",
    },

    # ---------------- R-TALK-2 closings: 4 clean + 4 violations ----------------
    {
        "text": "Segíthetek még valamiben? Köszönöm, hogy hívott minket, és ha bármikor kérdése lenne, "
                "nyugodtan keressen újra. Viszonthallásra!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing: anything else / thanks / call again any time / goodbye. All four "
                "parts.",
    },
    {
        "text": "Van még valami, amiben a segítségére lehetek? Ha később kérdése merülne fel, bármikor "
                "írhat nekünk erre a címre.\n\nÜdvözlettel:\nNagy Eszter\nPannon Energia",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "E-mail closing: anything else, come back, sign-off (goodbye); no thanks.",
    },
    {
        "text": "Tudunk még valamiben segíteni? Köszönjük a türelmét és a megértését. Ügyfélszolgálatunk "
                "a jövőben is bármikor a rendelkezésére áll.\n\nTisztelettel:\nKiss Dániel\nPannon "
                "Energia ügyfélszolgálat",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "E-mail closing with all four parts; 'Tisztelettel' sign-off as goodbye, 'bármikor a "
                "rendelkezésére áll' as come back.",
    },
    {
        "text": "Segíthetek még valami másban? Köszönöm a türelmét, és ha újra elakadna, bármikor "
                "visszatérhet hozzánk ebben a csevegőablakban.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing: anything else, thanks, come back; no goodbye.",
    },
    {
        "text": "Van még más kérdése? Köszönöm, hogy a Pannon Energiát választotta. Ha bármikor szüksége "
                "lenne ránk, hívjon vagy írjon bátran. További szép napot, viszontlátásra!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing with all four parts.",
    },
    {
        "text": "Köszönöm a hívását, Tóth asszony. Ha a mérőállással kapcsolatban bármi kérdése lenne, "
                "keressen minket bizalommal. Viszonthallásra!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing: thanks, come back, goodbye; does not ask whether anything else is "
                "needed.",
    },
    {
        "text": "Tudok még valamiben segíteni? Köszönjük, hogy türelmesen végigvárta az ellenőrzést. Ha "
                "bármi kérdése lesz, hívjon minket nyugodtan, hétköznap nyolctól húsz óráig elérhetők "
                "vagyunk. Viszonthallásra!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing with all four parts.",
    },
    {
        "text": "Van még valami, amiben segíthetek? Nagyon köszönöm, hogy ilyen türelmes volt velünk. "
                "Viszontlátásra, szép estét kívánok!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing: anything else, thanks, goodbye; nothing says the customer can come "
                "back.",
    },
]


def _t(channel, agent, turns):
    return {"version": 1, "lang": "hu", "channel": channel, "agent": agent,
            "organisation": "Pannon Energia", "turns": turns}


A, C = "agent", "customer"

TRANSCRIPTS = [
    {
        "transcript": _t("phone", "Réka", [
            {"event": "ring", "time": "2025-04-07T08:30:00Z"},
            {"event": "ring", "time": "2025-04-07T08:30:05Z"},
            {"event": "answer", "by": "agent", "time": "2025-04-07T08:30:09Z"},
            {"speaker": A, "text": "Jó reggelt kívánok, Pannon Energia lakásbiztosítási "
                                   "ügyfélszolgálat, Réka vagyok. Miben segíthetek?"},
            {"speaker": C, "text": "Két hete jelentettem be a beázást, és azóta senki nem keresett. "
                                   "Már harmadszor hívom Önöket ez ügyben."},
            {"speaker": A, "text": "Elnézést kérek, hogy ennyi ideig nem kapott tőlünk hírt. Most "
                                   "azonnal egyeztetek Önnel egy kárszemle-időpontot: csütörtökön 9 és "
                                   "11 óra között vagy pénteken délután tudnánk menni."},
            {"speaker": C, "text": "A csütörtök jó. Kell otthon lennem?"},
            {"speaker": A, "text": "Igen, kérem, legyen otthon, vagy valaki, aki beengedi a "
                                   "szakértőt. A csütörtöki időpontot rögzítettem, SMS-ben is "
                                   "visszaigazoljuk. Segíthetek még valamiben?"},
            {"speaker": C, "text": "Nem, köszönöm."},
            {"speaker": A, "text": "Köszönöm a hívását, és ha bármi kérdése lenne, keressen minket "
                                   "bátran újra. Viszonthallásra!"},
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Home-insurance desk, phone, 2 rings. Complaint ('nobody has contacted me; this is the "
                "third time I'm calling') -> apology + two concrete inspection slots. 'Do I need to be "
                "at home?' answered. Closing complete over the last two agent turns. Clean.",
    },
    {
        "transcript": _t("chat", "Bence", [
            {"speaker": A, "text": "Jó napot kívánok, Bence vagyok, a Pannon Energia webáruházának "
                                   "ügyfélszolgálatától. Miben segíthetek?"},
            {"speaker": C, "text": "visszakuldtem a porszivot, 3 hete, es meg mindig nincs meg a penz. "
                                   "senki nem szolt semmit!!"},
            {"speaker": A, "text": "Nagyon sajnálom, tényleg bosszantó, ha valaki ennyit vár a "
                                   "pénzére."},
            {"speaker": C, "text": "es akkor most mi lesz?"},
            {"speaker": A, "text": "Megnéztem: a porszívó május 9-én megérkezett hozzánk, de a "
                                   "visszatérítés a mi hibánkból nem indult el. Most elindítottam, a 42 990 "
                                   "forint három-öt munkanapon belül jelenik meg a kártyáján."},
            {"speaker": C, "text": "jo, koszi"},
            {"speaker": A, "text": "Segíthetek még valamiben? Köszönöm a türelmét, és ha bármi gond "
                                   "lenne, írjon nekünk újra. Viszontlátásra!"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Web shop returns chat. Complaint typed without diacritics ('returned the vacuum 3 "
                "weeks ago, still no money, nobody told me anything!!') -> the next agent turn only "
                "apologises/sympathises and offers nothing: R-TALK-12. The action comes after 'what "
                "now?', which it answers. Closing complete in one turn.",
    },
    {
        "transcript": _t("chat", "Zsófia", [
            {"speaker": A, "text": "Jó napot kívánok, Zsófia vagyok, a Pannon Energia internetes "
                                   "ügyfélszolgálatától. Miben segíthetek?"},
            {"speaker": C, "text": "Már megint nincs internet, ez a harmadik alkalom ebben a hónapban. "
                                   "Itthonról dolgozom, ez így használhatatlan!"},
            {"speaker": A, "text": "Elnézést kérek a kiesésekért. Most lefuttatok egy távoli "
                                   "vonalmérést; megadná, kérem, a szerződésszámát?"},
            {"speaker": C, "text": "PE-448120"},
            {"speaker": A, "text": "Köszönöm. A mérés gyenge jelet mutat a lakásba vezető kábelen, "
                                   "ezért szerelőt küldünk holnap 8 és 12 óra között. A kiesett napokért "
                                   "a következő számláján 3 000 forint jóváírást adok."},
            {"speaker": C, "text": "Rendben, holnap itthon leszek. Ugye a kiszállás ingyenes?"},
            {"speaker": A, "text": "Igen, a kiszállás díjmentes, mert a hiba a mi hálózatunkon van. "
                                   "Segíthetek még valamiben?"},
            {"speaker": C, "text": "Nem, ennyi volt."},
            {"speaker": A, "text": "Köszönöm, hogy jelezte a hibát, és ha a szerelés után is gond "
                                   "lenne, bármikor írjon nekünk. Viszontlátásra!"},
        ]),
        "expect": [],
        "note": "Internet provider chat. Complaint ('no internet again, third time this month, "
                "useless!') -> apology + action (remote line test). Technician slot and a credit "
                "offered; 'the visit is free, isn't it?' answered. Closing complete. Clean.",
    },
    {
        "transcript": _t("phone", "Tamás", [
            {"event": "ring"},
            {"event": "ring"},
            {"event": "answer", "by": "agent"},
            {"speaker": A, "text": "Jó napot kívánok, Pannon Energia ügyfélszolgálat, Tamás vagyok. "
                                   "Miben segíthetek?"},
            {"speaker": C, "text": "A múlt héten háromszor voltam bent a lakcímkártya miatt, és "
                                   "mindig mást mondtak. Önök teljesen használhatatlanok!"},
            {"speaker": A, "text": "Megnézem, mi hiányzik még. Kérem, mondja meg a nevét és a "
                                   "születési dátumát."},
            {"speaker": C, "text": "Lengyel Ilona, 1968. március 2."},
            {"speaker": A, "text": "Köszönöm. A kérelméhez már csak a tulajdoni lap másolata hiányzik. "
                                   "Ha ma feltölti az ügyfélkapun, a lakcímkártyát még ezen a héten "
                                   "postázzuk."},
            {"speaker": C, "text": "Jó, feltöltöm."},
            {"speaker": A, "text": "Köszönöm. Tudok még valamiben segíteni?"},
            {"speaker": C, "text": "Nem."},
            {"speaker": A, "text": "Köszönöm a hívását, és ha bármi kérdése lenne, hívjon minket "
                                   "nyugodtan. Viszonthallásra!"},
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "City public-service desk phone call, 2 rings. Insult/complaint ('three times in, "
                "always told something different; you are completely useless!') -> the next agent "
                "turn offers a way forward (checking what is missing) but does not apologise: "
                "R-TALK-12. Closing complete.",
    },
    {
        "transcript": _t("phone", "Gergely", [
            {"event": "ring", "time": "2025-05-19T17:45:00Z"},
            {"event": "answer", "by": "agent", "time": "2025-05-19T17:45:04Z"},
            {"speaker": A, "text": "Jó estét kívánok, Pannon Energia kártyaszolgálat, Gergely vagyok. "
                                   "Miben segíthetek?"},
            {"speaker": C, "text": "A boltban a pénztárnál elutasították a kártyámat, pedig van rajta "
                                   "pénz. Senki nem szólt, hogy bármi gond lenne vele, ez nagyon "
                                   "kínos volt."},
            {"speaker": A, "text": "Nagyon sajnálom, hogy ilyen kellemetlen helyzetbe került. "
                                   "Megengedi, hogy néhány percre várakoztassam, amíg megnézem, miért "
                                   "utasította el a rendszer a fizetést?"},
            {"speaker": C, "text": "Rendben."},
            {"event": "hold", "by": "agent"},
            {"event": "resume", "by": "agent"},
            {"speaker": A, "text": "Köszönöm, hogy kivárt. A kártyán egy napi limit volt beállítva, "
                                   "amelyet a mai vásárlások elértek. Ha szeretné, most megemelem a "
                                   "limitet, és máris újra fizethet vele."},
            {"speaker": C, "text": "Igen, legyen háromszázezer."},
            {"speaker": A, "text": "Beállítottam, a napi limit mostantól 300 000 forint. Segíthetek "
                                   "még valamiben?"},
            {"speaker": C, "text": "Nem, köszönöm."},
            {"speaker": A, "text": "Köszönöm, hogy hívott minket, és ha bármikor kérdése lenne, "
                                   "keressen minket újra. Viszonthallásra!"},
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Bank card line phone call, answered 4 seconds after the first ring. Complaint "
                "('nobody told me, very embarrassing') -> apology + way forward (checking why, with a "
                "hold asked with permission and reason); thanks after resume. Closing complete. Clean.",
    },
    {
        "transcript": _t("chat", "Lilla", [
            {"speaker": A, "text": "Jó napot kívánok, Lilla vagyok, a Pannon Energia vízszolgáltatási "
                                   "ügyfélszolgálatától. Miben segíthetek?"},
            {"speaker": C, "text": "Tegnap egész nap nem volt víz, és senki nem értesített előre. Ez "
                                   "felháborító!"},
            {"speaker": A, "text": "Értem. A csőtörés váratlanul történt, ilyen esetben nincs idő "
                                   "előzetes értesítésre, mert a javítást azonnal el kell kezdeni."},
            {"speaker": C, "text": "Akkor legalább utólag szólhattak volna valamit, ez így nem "
                                   "komoly."},
            {"speaker": A, "text": "Igaza van, ezért elnézést kérek. Ha megadja a telefonszámát, "
                                   "felveszem Önt az SMS-értesítési listára, így a jövőben minden "
                                   "üzemzavarról és a javítás várható végéről is azonnal üzenetet kap."},
            {"speaker": C, "text": "+36 30 555 1234"},
            {"speaker": A, "text": "Felvettem a számot, az első értesítés már a következő "
                                   "karbantartásról érkezik. Segíthetek még valamiben?"},
            {"speaker": C, "text": "Nem."},
            {"speaker": A, "text": "Köszönöm, hogy jelezte, és ha kérdése lenne, bármikor írhat nekünk. "
                                   "Viszontlátásra!"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Water utility chat. Complaint ('no water all day, nobody told us beforehand. "
                "Outrageous!') -> 'I understand' plus a justification (burst pipe, no time to warn), "
                "no apology and nothing offered: R-TALK-12. The second complaint is answered "
                "correctly (apology + SMS alert list). Closing complete.",
    },
]
