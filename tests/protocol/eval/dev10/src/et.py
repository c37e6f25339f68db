"""Estonian items for dev10 (writer B). Settings: courier, hotel and travel bookings, car rental,
university office, library, gym, pharmacy, parking, streaming, appliance repair."""

LANG = "et"

T6 = [
    # 1 clean: cause explained without blame
    {"text": "Tere, pr Kask!\n\nUurisin Teie paki LP204518EE liikumist. Pakk jõudis Tartu "
             "jaotuskeskusesse alles neljapäeva õhtul, sest pühade eel oli saadetisi tavapärasest "
             "palju rohkem ja osa neist sõitis järgmise veokiga. Praegu on pakk kulleri marsruudil "
             "ning kulleri plaanitud kohaletoimetamise aeg on homme kella 10 ja 14 vahel. Kui see "
             "aeg ei sobi, saate paki suunata Lõunakeskuse pakiautomaati meie lehel „Muuda "
             "kättetoimetamist“.\n\nLugupidamisega\nMarko",
     "expect": [], "channel": "email",
     "note": "Courier delay explained (holiday volume, parcel went on the next truck), new "
             "delivery window given as the planned time, alternative offered. Cause explained "
             "without blaming anyone; the window is attributed, not promised. Clean."},
    # 2 violation: direct blame + lecturing
    {"text": "Tere, hr Lepik!\n\nKontrollisin Teie broneeringut. Valed kuupäevad sisestasite Te "
             "ise, meie süsteem salvestab täpselt selle, mida klient vormile kirjutab. Oleksite "
             "pidanud kinnitusmeili kohe üle vaatama. Nüüd on toad 14. ja 15. juuniks juba välja "
             "müüdud.\n\nLugupidamisega\nTriin",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Hotel booking with wrong dates: 'You entered the wrong dates yourself... you should "
             "have checked the confirmation at once. The rooms are now sold out.' Direct blame and "
             "lecturing, nothing offered: R-TALK-6."},
    # 3 clean: own mistake owned
    {"text": "Tere, pr Saar!\n\nTeil on õigus: võtsime märtsi liikmemaksu 39 eurot Teie kontolt "
             "kaks korda. Viga oli meie makseseadistuses ja vabandame selle pärast. Teise makse "
             "tagastasime täna ning pank kannab summa tavaliselt üle 2–3 tööpäevaga. Lisaks "
             "pikendasime Teie liikmesust tasuta ühe nädala võrra.\n\nParimate soovidega\nJaanika",
     "expect": [], "channel": "email",
     "note": "Gym membership fee charged twice: 'You are right, we charged you twice, the error "
             "was in our payment settings, sorry; refunded today, the bank usually takes 2-3 "
             "working days; one free week added.' Own mistake owned, not blame of the company in "
             "a bad-mouthing sense; bank time hedged ('tavaliselt'). Clean."},
    # 4 violation: impersonal/passive blame + flat refusal
    {"text": "Tere!\n\nTeie avaldust õppetoetuse saamiseks ei saanud menetleda, kuna dokumendid "
             "esitati puudulikult ja tähtajast hiljem. Avaldusele lisatud tõendil puudus allkiri "
             "ning seda oleks pidanud enne saatmist kontrollima. Sel semestril toetust enam määrata "
             "ei saa.\n\nLugupidamisega\nÕppeosakond",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "University office: 'the documents were submitted incomplete and late; the "
             "certificate should have been checked before sending; no grant this semester.' "
             "Impersonal blame, lecturing and a flat refusal with no alternative: R-TALK-6."},
    # 5 clean: refusal with alternative
    {"text": "Tere, hr Ots!\n\nRaamatu „Tõde ja õigus“ esimest osa ei saa me kahjuks seekord "
             "pikendada, sest järgmine lugeja on selle juba järjekorda pannud. Saame Teile aga "
             "pakkuda sama teose e-raamatut, mida saate meie e-lugemiskeskkonnas lugeda kohe. Kui "
             "eelistate paberraamatut, paneme Teid järjekorda ja teatame e-kirjaga, kui eksemplar "
             "vabaneb. Tagastamiseks piisab, kui jätate raamatu ükskõik millise haruraamatukogu "
             "tagastuskasti.\n\nLugupidamisega\nLiis",
     "expect": [], "channel": "email",
     "note": "Library loan cannot be renewed because someone reserved it; e-book offered, queue "
             "offered, easy return explained. Refusal with alternatives: clean."},
    # 6 violation: contradicting the customer, implied blame
    {"text": "Tere, pr Mets!\n\nSee ei vasta tõele. Meie tehnik oli Teie ukse taga kokkulepitud "
             "ajal kell 9.30 ja helistas kaks korda. Järelikult ei olnud Teid kodus. Uue visiidi "
             "saame pakkuda järgmisel nädalal.\n\nLugupidamisega\nRasmus",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Appliance repair, customer says the technician never came: 'That is not true. Our "
             "technician was at your door and called twice. So you were not at home.' "
             "Contradicting the customer and implied blame, even with a new visit offered: "
             "R-TALK-6."},
    # 7 clean: polite correction
    {"text": "Tere!\n\nTäpsustuseks: Teie retsept kehtib veel kuni 30. aprillini, nii et ravimi "
             "saate välja osta igas meie apteegis. Kuupäev, mida kirjas mainisite, on retsepti "
             "väljakirjutamise kuupäev, mis on digiretseptil esimesena näha. Kui soovite, "
             "broneerime ravimi Teile Kesklinna apteeki, kus see on praegu olemas.\n\n"
             "Lugupidamisega\nHelen, proviisor",
     "expect": [], "channel": "email",
     "note": "Pharmacy: customer thought the prescription had expired; 'For clarity: it is valid "
             "until 30 April; the date you mentioned is the date it was written, shown first.' "
             "Polite correction with an offer to reserve the medicine, no arguing: clean."},
    # 8 violation: lecturing + flat demand
    {"text": "Tere, hr Kuusk!\n\nParkimistasu maksmise kohustus algab hetkest, mil sõiduk alale "
             "siseneb, ja see on kirjas iga sissesõidu juures oleval tahvlil. Enne parkimist tasub "
             "tingimused alati läbi lugeda, siis ei tule hiljem selliseid üllatusi. Leppetasu 40 "
             "eurot tuleb tasuda 14 päeva jooksul.\n\nLugupidamisega\nAndres",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Parking operator: 'It is on the sign at every entrance. It is always worth reading "
             "the terms before parking, then there are no surprises.' Lecturing the customer and "
             "refusing the dispute with nothing offered: R-TALK-6."},
    # 9 clean: partner named neutrally, contact details given
    {"text": "Tere, pr Rebane!\n\nKahju hindamisega tegeleb meie kindlustuspartner Kaitse AS ja "
             "Teie juhtumit menetleb seal Kristjan Hein. Edastasin talle täna Teie fotod ja "
             "rendilepingu, et Te ei peaks neid uuesti saatma. Tema otsetelefon on 640 1234 ja "
             "e-post kristjan.hein@kaitse.ee, kui soovite midagi otse temalt küsida. Seni jääb "
             "asendusauto Teie kasutusse.\n\nLugupidamisega\nPeeter",
     "expect": [], "channel": "email",
     "note": "Car rental damage claim handled by the insurance partner; partner and handler named "
             "neutrally, documents forwarded, direct contact details given, replacement car kept. "
             "Clean (the opposite of refusing contact details)."},
    # 10 violation: refusing contact details
    {"text": "Tere!\n\nMõistame, et soovite oma kaebusega pöörduda otse juhi poole, kuid "
             "juhtkonna kontaktandmeid me klientidele ei anna. Kõik pöördumised käivad ainult selle "
             "vormi kaudu.\n\nLugupidamisega\nTelekom Eesti klienditugi",
     "expect": ["R-TALK-6"], "channel": "web_form",
     "note": "Streaming subscription complaint: 'We understand you want to address a manager, but "
             "we do not give management contact details to customers. Everything goes only "
             "through this form.' Refusing contact details, polite on the surface: R-TALK-6."},
    # 11 clean: customer's words quoted
    {"text": "Tere, hr Pärn!\n\nKirjutasite, et „personal oli ükskõikne ja keegi ei aidanud "
             "kohvreid tuppa viia“. Meil on väga kahju, et Teie saabumisõhtu nii möödus. Arutasin "
             "juhtumit vastuvõtu juhiga ja edaspidi on õhtuses vahetuses alati üks töötaja "
             "pagasiga abiks. Hüvitisena pakume Teie järgmise külastuse ajaks tasuta hommikusööki "
             "kahele.\n\nLugupidamisega\nKärt, hotelli klienditeenindus",
     "expect": [], "channel": "email",
     "note": "Hotel: the customer's words 'the staff were indifferent and nobody helped' are "
             "quoted, then an apology, a change and compensation. The negative words about staff "
             "are the customer's, quoted: clean."},
    # 12 violation: running down a colleague
    {"text": "Tere, pr Kivi!\n\nVabandan, et eilne konsultant andis Teile vale info. Ausalt "
             "öeldes ei tea ta hinnakirjast suurt midagi ja sellist segadust tekitab ta pidevalt. "
             "Õige hind jõusaali aastapiletile on 420 eurot, mitte 360. Kui soovite, saate lepingu "
             "sõlmida juba täna.\n\nLugupidamisega\nMerilin",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Gym: apology for wrong price, but 'honestly he knows hardly anything about the price "
             "list and causes this kind of mess all the time.' Speaking badly of a colleague: "
             "R-TALK-6."},
    # 13 clean: negated blame
    {"text": "Tere, hr Sepp!\n\nTeie tellimuse tühistamine ei olnud kuidagi Teie süü: "
             "makseterminal katkestas eile õhtul mitme kliendi maksed korraga. Oleme rikke "
             "kõrvaldanud ja Teie pakettreis Riiga on nüüd uuesti reserveeritud samadele "
             "kuupäevadele. Palun tehke makse tänase päeva jooksul lingil, mille saatsime Teile "
             "eraldi kirjaga.\n\nLugupidamisega\nSandra, reisibüroo",
     "expect": [], "channel": "email",
     "note": "Travel agency: 'The cancellation was in no way your fault: the payment terminal "
             "broke off several payments.' Negated blame, fault fixed, booking restored, next "
             "step given. Clean."},
    # 14 violation: running down another department
    {"text": "Tere!\n\nRemondi ootamine on tõesti liiga pikk ja ma ei imesta, et olete pahane. "
             "Meie laoosakonnas valitseb juba pikka aega täielik segadus, seal ei tea keegi, mis "
             "riiulil on. Tellisin Teie pesumasinale uue pumba ja annan teada, kui see kohale "
             "jõuab.\n\nLugupidamisega\nKristo",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Appliance repair: helpful reply but 'our warehouse department has been in total "
             "chaos for a long time, nobody there knows what is on the shelf.' Running down "
             "another department: R-TALK-6."},
    # 15 clean: rule stated politely with a way forward
    {"text": "Tere, pr Laur!\n\nHindeid ja eksamitulemusi me telefoni teel kahjuks ei avalda, "
             "sest me ei saa kõne ajal helistaja isikut kindlalt tuvastada. Oma tulemused näete "
             "õppeinfosüsteemis, kuhu saab siseneda ID-kaardi või Smart-ID-ga. Kui sisselogimine "
             "ei õnnestu, tulge esmaspäevast reedeni kell 10–15 õppeosakonda ruumi 204, kus aitame "
             "Teid kohapeal.\n\nLugupidamisega\nEva",
     "expect": [], "channel": "email",
     "note": "University office: grades are not given by phone (reason given), self-service "
             "route and an in-person alternative with hours and room. Refusal with alternative: "
             "clean."},
    # 16 violation: flat bureaucratic refusal
    {"text": "Tere, hr Vaher!\n\nLiikmesuse peatamine on võimalik ainult arstitõendi alusel. "
             "Kuna tõendit ei esitatud, jääb Teie taotlus rahuldamata ja otsus on lõplik.\n\n"
             "Lugupidamisega\nKlubi administratsioon",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Gym: 'Freezing is possible only with a doctor's certificate. As none was submitted, "
             "your request is refused and the decision is final.' Flat bureaucratic refusal, no "
             "alternative: R-TALK-6."},
]

T9 = [
    {"customer": "Tere, broneerisin teie kaudu Pärnusse hotelli 12.–14. juuliks. Kas saab ühe öö "
                 "juurde lisada? ja kas hommikusöök on hinna sees",
     "text": "Tere, pr Tamm!\n\nLisasin Teie broneeringule 14. juuli öö, nii et lahkumise päev on "
             "nüüd 15. juuli ja uus koguhind on 312 eurot. Hommikusöök kuulub hinna sisse kõigil "
             "kolmel ööl ja seda serveeritakse kell 7–10. Kinnitus muudetud kuupäevadega on saadetud "
             "Teie e-postile.\n\nLugupidamisega\nKarl",
     "expect": [], "channel": "email",
     "note": "Two questions (add a night? breakfast included, no '?'). The first is answered by "
             "the action ('I added the night'), the second directly. Clean."},
    {"customer": "Tere. Rentisin auto 3 päevaks, aga tahaksin seda hoida nädala lõpuni. Kas see "
                 "on võimalik ja mis see maksma läheb?",
     "text": "Tere, hr Kallas!\n\nJah, rendiperioodi saab pikendada ja tegin seda juba: auto on "
             "nüüd Teie kasutuses pühapäeva kella 18-ni. Palun tagastage see samasse Ülemiste "
             "esindusse. Head sõitu!\n\nLugupidamisega\nKertu",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Car rental: 'Is it possible and what will it cost?' Extension confirmed, the cost "
             "never mentioned: R-TALK-9."},
    {"customer": "tere, sooviksin teada kas mu pakk on juba teel. tellimuse nr 55120. ja kui kaua "
                 "see veel kestab",
     "text": "Tere!\n\nTeie pakk 55120 lahkus meie laost eile õhtul ja on praegu Tallinna "
             "jaotuskeskuses. Sealt toimetatakse pakid tavaliselt kohale järgmisel tööpäeval, seega "
             "ootame kohaletoimetamist homme. Kohaletoimetamise päeval saadab kuller Teile SMS-i "
             "täpsema ajavahemikuga.\n\nLugupidamisega\nMart",
     "expect": [], "channel": "email",
     "note": "Embedded question without '?' ('I'd like to know whether it is on its way') and "
             "follow-up 'and how long will it still take'. Both answered (it left yesterday; "
             "usually next working day, expected tomorrow). Clean."},
    {"customer": "Mu tütar ei saanud eksamile registreeruda, süsteem viskas välja. Kas ta saab "
                 "veel pärast tähtaega registreeruda? Kas see maksab midagi?",
     "text": "Tere, pr Kuusik!\n\nMul on väga kahju, et registreerimine ei õnnestunud, ja saan "
             "aru, et lisakulud oleksid ebameeldivad. Tähtajajärgne registreerimine on võimalik "
             "avalduse alusel kuni 20. jaanuarini. Saatsin avalduse vormi Teie e-postile ning "
             "õppeosakond vaatab selle läbi kahe tööpäeva jooksul.\n\nLugupidamisega\nEva",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "University office: 'Can she register after the deadline? Does it cost anything?' "
             "Late registration answered; the fee question gets only sympathy ('I understand extra "
             "costs would be unpleasant'), never yes or no: R-TALK-9."},
    {"customer": "Tere! Mu raamatukogukaart on kadunud. Kuidas uue saan? Ja kas vanaga laenutatud "
                 "raamatud jäävad ikka minu nimele?",
     "text": "Tere, hr Männik!\n\nKõik Teie laenutused on seotud Teie lugejakontoga, mitte "
             "kaardiga, seega jäävad raamatud endiselt Teie nimele ja tähtajad ei muutu. Vana "
             "kaardi sulgesime, et keegi teine seda kasutada ei saaks. Uue kaardi saate igast meie "
             "raamatukogu teenindusletist isikut tõendava dokumendi alusel ja see maksab 2 eurot."
             "\n\nLugupidamisega\nPiret",
     "expect": [], "channel": "email",
     "note": "Library: 'How do I get a new card? And do the loans stay in my name?' Answered in "
             "the other order: loans stay, new card at any desk with ID for 2 euros. Clean."},
    {"customer": "Tere, mu pesumasin on teil remondis juba kaks nädalat. Millal see valmis saab? "
                 "Kas saate selle ka koju tagasi tuua?",
     "text": "Tere, pr Org!\n\nVaatasin Teie remondi andmed üle. Tehnik vahetas eile masinal "
             "laagrid ja nüüd ootame veel uut juhtplaati, mille tellisime tootja laost. Kojuvedu "
             "on võimalik: see maksab Tallinna piires 25 eurot ja aja lepime kokku telefoni teel."
             "\n\nLugupidamisega\nRein",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Appliance repair: 'When will it be ready? Can you bring it home?' Delivery answered; "
             "'when' is answered only with the repair status (waiting for a part), no date or "
             "estimate: R-TALK-9."},
    {"customer": "Kas ma pean ravimi järele tulles ID-kaardi kaasa võtma? Mu ema ei saa ise tulla, "
                 "kas mina võin tema ravimid välja osta?",
     "text": "Tere!\n\nDigiretsepti järgi ravimi väljaostmiseks on vaja isikut tõendavat "
             "dokumenti: sobivad ID-kaart, pass või juhiluba. Oma ema ravimid saate välja osta, kui "
             "ütlete apteekrile tema isikukoodi ja näitate oma dokumenti.\n\nLugupidamisega\n"
             "Annika, Kesklinna apteek",
     "expect": [], "channel": "email",
     "note": "Pharmacy: 'Do I need my ID card? Can I collect my mother's medicine?' First answered "
             "implicitly (an ID document is needed, ID card is one option), second with the "
             "conditions. Clean."},
    {"customer": "Tere, tahan oma jõusaali liikmesuse lõpetada alates järgmisest kuust. Kas pean "
                 "selleks kuskile tulema või saab meiliga? Ja kas ettemakstud saunapakett kaob ära?",
     "text": "Tere, hr Rand!\n\nLiikmesuse saab lõpetada e-kirja teel ja sellest kirjast piisab. "
             "Lõpetasime Teie lepingu 31. mai seisuga ning juunist alates Teie kontolt enam "
             "makseid ei võeta. Aitäh, et olete meie klubis treeninud!\n\nLugupidamisega\nKaisa",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Gym: 'Do I have to come in or can I do it by e-mail? Will the prepaid sauna package "
             "be lost?' Cancellation by e-mail answered and done; the sauna package is ignored: "
             "R-TALK-9."},
    {"customer": "Tellisin teie reisibüroost Kreeka reisi. Lennufirma muutis väljumisaega, kas "
                 "lend on ikka samal päeval? Kas transfeer hotelli muutub ka?",
     "text": "Tere, pr Aas!\n\nLend väljub endiselt 18. augustil, muutus ainult kellaaeg: uus "
             "väljumine on kell 6.40 senise 9.15 asemel. Transfeeri aja kohta ootame veel "
             "kohalikult partnerilt kinnitust. Annan Teile uue transfeeriaja teada hiljemalt "
             "reedel, 9. augustil, e-kirjaga.\n\nLugupidamisega\nGerli",
     "expect": [], "channel": "email",
     "note": "Travel agency: 'Is the flight still on the same day? Does the transfer change too?' "
             "Flight answered; transfer: honest 'not confirmed yet' with a dated follow-up. "
             "Clean."},
    {"customer": "Tere! Kas teie teleäpiga saab vaadata ka välismaal? Mitmes seadmes korraga "
                 "saab vaadata? Ja kas hind tõuseb järgmisest aastast",
     "text": "Tere!\n\nTelekom Eesti teleäppi saate Euroopa Liidu riikides kasutada samamoodi nagu "
             "kodus. Ühe kontoga saab korraga vaadata kuni kolmes seadmes, näiteks telefonis, "
             "tahvelarvutis ja teleris.\n\nLugupidamisega\nOtt",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Streaming: three questions (abroad? how many devices? price rise next year, no "
             "'?'). Two answered, the price question ignored: R-TALK-9."},
    {"customer": "tere! kaotasin parkimistrahvi paberi ära. kuidas ma nüüd maksan? kui palju see "
                 "oli? kas tähtaeg on juba läbi",
     "text": "Tere, hr Lill!\n\nLeidsin Teie auto numbri järgi leppetasu teate: summa on 35 eurot "
             "ja maksetähtaeg on 22. märts, seega jõuate veel tähtaegselt tasuda. Maksta saate "
             "meie kodulehel auto numbri järgi või pangaülekandega, märkides selgitusse teate "
             "numbri 2024-118734.\n\nLugupidamisega\nTõnis",
     "expect": [], "channel": "email",
     "note": "Parking: three questions (how to pay, how much, deadline passed?). All answered, "
             "the yes/no one implicitly ('you can still pay on time'). Clean."},
    {"customer": "Meie korteri külmik lõpetas jahutamise. Kas teie tehnik saab koju tulla? Ja kui "
                 "kaua remont tavaliselt aega võtab?",
     "text": "Tere!\n\nJah, meie tehnik tuleb koju: vaba aeg on neljapäeval kell 12–14 ja "
             "väljakutse tasu on 35 eurot. Palun kirjutage, kas see aeg sobib, ja lisage külmiku "
             "mudel, mis on kirjas ukse siseküljel oleval sildil.\n\nLugupidamisega\nAndrus",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Appliance repair: 'Can the technician come? And how long does a repair usually "
             "take?' Visit answered with a slot; the follow-up about repair duration is left "
             "unanswered: R-TALK-9."},
]

L1 = [
    {"text": "Lugupeetud Kristi Pihlak\n\nTeatame, et Teie lugejakaart on alates 4. märtsist "
             "ajutiselt suletud, sest kolme Teie laenutatud raamatu tagastustähtaeg möödus üle 60 "
             "päeva tagasi. Kaardi avamiseks palun tagastage raamatud mis tahes meie "
             "teeninduspunkti või tasuge nende asendusmaksumus 47 eurot hiljemalt 31. märtsiks. "
             "Pärast tagastamist avatakse kaart samal päeval ja muid toiminguid Teilt ei oodata. "
             "Küsimuste korral helistage numbril 630 0500 tööpäeviti kell 9–17.\n\n"
             "Lugupidamisega\nRiina Kuusik\nTeenindusjuht",
     "expect": [], "channel": "letter",
     "note": "Library card blocked for overdue books; the letter says what to do (return or pay "
             "47 euros), by when (31 March), how, and that nothing else is needed. Clean."},
    {"text": "Lugupeetud Jüri Raudsepp\n\nTeatame, et Teie pesumasina hooldusvisiit, mis oli "
             "kokku lepitud 12. novembriks kell 10.00, on viidud üle 14. novembrile kell 13.00. "
             "Muudatus on tingitud tehniku haigestumisest. Vabandame tekkinud ebamugavuse pärast."
             "\n\nLugupidamisega\nTiina Mägi\nHoolduskeskus",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Repair appointment moved; the letter gives the new time and apologises but not "
             "whether he must confirm, what to do if the time does not suit, or that nothing is "
             "needed: R-LETTER-1."},
    {"text": "Lugupeetud Maarja Kask\n\nKuna 2. oktoobri ekskursioon Lahemaale jäi ära, hüvitame "
             "Teile osalustasu 58 eurot täies ulatuses. Summa kantakse samale pangakaardile, "
             "millega tasusite, ja pangad teevad selle kande tavaliselt 5–7 tööpäevaga. Teilt ei "
             "ole vaja midagi teha, sest tagasimakse algatasime meie ja kõik vajalikud andmed on "
             "meil olemas. Kui raha ei ole 16. oktoobriks laekunud, andke palun teada aadressil "
             "reisid@telekom.ee.\n\nLugupidamisega\nLiina Kask\nReisiteenuste osakond",
     "expect": [], "channel": "letter",
     "note": "Travel: excursion cancelled, fee refunded; 'nothing is needed from you because we "
             "started the refund and have all the data', plus what to do if it has not arrived by "
             "16 October. Clean."},
    {"text": "Lugupeetud Siim Koppel\n\nTeie avaldus õpingute jätkamiseks on kätte saadud 3. "
             "juulil. Avalduse juurest puudub eelmise õppeasutuse akadeemiline õiend, mis on "
             "ennistamise otsuse tegemiseks nõutav. Avalduse menetlemine on seetõttu peatatud.\n\n"
             "Lugupidamisega\nÕppeosakond",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "University office: application received, a transcript is missing, processing "
             "paused; the letter never says to send it, how or by when: R-LETTER-1. The missing "
             "document is stated neutrally ('is missing'), not as blame."},
    {"text": "Lugupeetud klient\n\nAlates 1. veebruarist 2025 muutub Telekom Eesti "
             "voogedastuspaketi „Kino Pluss“ kuutasu 9,99 eurolt 11,99 eurole. Kui olete uue hinnaga "
             "nõus, ei pea Te midagi tegema: pakett jätkub senistel tingimustel. Kui Te ei soovi "
             "paketti jätkata, saate selle lõpetada kuni 31. jaanuarini iseteeninduses või "
             "helistades numbril 123, ilma lõpetamistasuta.\n\nLugupidamisega\nTelekom Eesti",
     "expect": [], "channel": "letter",
     "note": "Streaming price change; says nothing is needed if the customer accepts, and how and "
             "by when to cancel otherwise. Clean."},
    {"text": "Lugupeetud Anu Sild\n\nTeie spordiklubi liikmelepingu nr 4471 järgi on seisuga "
             "15. mai tasumata kahe kuu liikmemaks kogusummas 78 eurot. Viimane makse laekus 3. "
             "märtsil.\n\nLugupidamisega\nSpordiklubi Tempo raamatupidamine",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Gym arrears of 78 euros stated with the last payment date; no request to pay, no "
             "deadline, no account or way to pay: R-LETTER-1."},
    {"text": "Lugupeetud Kaido Lõhmus\n\nTeatame, et Teie taotlus elanikuparkimise loa saamiseks "
             "on rahuldatud ja luba kehtib sõidukile 123 ABC kuni 31. märtsini 2026. Luba on "
             "elektrooniline ja seotud sõiduki registreerimisnumbriga, seega ei ole vaja akna taha "
             "midagi panna ega kuhugi tulla. Loa lõppemisest teatame Teile kuu aega varem "
             "e-kirjaga.\n\nLugupidamisega\nParkimisteenindus",
     "expect": [], "channel": "letter",
     "note": "Resident parking permit issued; 'nothing to display, nowhere to come, because the "
             "permit is electronic', and a reminder before it ends. Nothing needed and why: "
             "clean."},
    {"text": "Lugupeetud Helena Rüütel\n\nTeatame, et Teie külmiku garantiiremondi taotlus on "
             "läbi vaadatud. Tehniku hinnangul tekkis kompressori rike tootmisvea tõttu ja see "
             "kuulub garantii alla. Remondi kulud tasub tootja.\n\nLugupidamisega\nMart Pihl\n"
             "Remondikeskus",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Warranty claim accepted; the letter does not say whether to bring the fridge, wait "
             "for a call or book a visit: R-LETTER-1."},
]

T2 = [
    {"text": "Broneering on nüüd muudetud ja kinnitus on Teie e-postis. Kas saan Teid veel "
             "millegagi aidata? Aitäh, et kirjutasite, ja kui reisi eel tekib küsimusi, võtke "
             "meiega julgelt uuesti ühendust. Ilusat päeva ja head reisi!",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "Travel booking chat closing: anything else, thanks, come back, goodbye ('Ilusat "
             "päeva'). Clean."},
    {"text": "Uus lugejakaart ootab Teid Kadrioru raamatukogus. Kas on veel midagi, millega "
             "saan aidata? Kui tulevikus küsimusi tekib, olete alati oodatud uuesti kirjutama. Head "
             "päeva!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "chat",
     "note": "Library chat closing: anything else, come back, goodbye, but no thanks: R-TALK-2."},
    {"text": "Tagastamise kinnitus on lisatud sellele kirjale. Andke palun teada, kui saame veel "
             "milleski abiks olla. Suur aitäh kannatlikkuse eest ja kirjutage meile julgelt ka "
             "edaspidi, kui midagi tekib.\n\nLugupidamisega\nSiiri\nAutorendi klienditeenindus",
     "expect": [], "position": "closing", "channel": "email",
     "note": "Car rental e-mail closing: 'let us know if we can help with anything else' (offer "
             "of further help), thanks, come back, sign-off as goodbye. Clean."},
    {"text": "Tehniku visiit on kinnitatud reedeks kell 9–11. Aitäh, et helistasite, ja kui "
             "midagi peaks muutuma, helistage meile julgelt tagasi. Kõike head, nägemist!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "Repair service phone closing: thanks, come back, goodbye, but never asks whether "
             "anything else is needed: R-TALK-2."},
    {"text": "Teie liikmesus on nüüd peatatud kuni 1. septembrini ja sel ajal tasu ei võeta. "
             "Kas on veel midagi, milles saaksin abiks olla? Tänan, et võtsite meiega ühendust, "
             "ning kui tekib küsimusi, võite meile alati uuesti helistada. Head päeva Teile!",
     "expect": [], "position": "closing", "channel": "phone",
     "note": "Gym phone closing with all four parts. Clean."},
    {"text": "Kas saan Teile veel millegagi kasulik olla? Tänan Teid, et andsite meile teada, ja "
             "soovin Teile kiiret paranemist.\n\nLugupidamisega\nKai\nApteegi klienditeenindus",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "email",
     "note": "Pharmacy e-mail closing: anything else, thanks, sign-off, but nothing about coming "
             "back ('get well soon' is not it): R-TALK-2."},
    {"text": "Tellimus on tuhistatud ja raha tagastatakse samale kaardile. Kas saan veel kuidagi "
             "aidata? Aitah, et kirjutasite, ja kui tekib kusimusi, kirjutage meile julgelt "
             "uuesti. Head ohtut!",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "Streaming chat closing typed entirely without diacritics (tuhistatud, Aitah, "
             "kusimusi, ohtut): not a spelling mistake by the set's rule. All four parts present. "
             "Clean."},
    {"text": "Kas on veel midagi, mida saaksin Teie jaoks teha? Aitäh, et valisite meie hotelli, "
             "ja kui plaanid muutuvad, võtke meiega alati ühendust.",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "chat",
     "note": "Hotel chat closing: anything else, thanks, come back, but no goodbye: R-TALK-2."},
]

ITEMS = T6 + T9 + L1 + T2


def _tr(channel, agent, turns):
    return {"version": 1, "lang": "et", "channel": channel, "agent": agent,
            "organisation": "Telekom Eesti", "turns": turns}


A, C = "agent", "customer"


def _t(s, text):
    return {"speaker": s, "text": text}


TRANSCRIPTS = [
    {"transcript": _tr("phone", "Kristiina", [
        {"event": "ring"}, {"event": "answer", "by": "agent"},
        _t(A, "Tere, Telekom Eesti tarned, Kristiina kuuleb. Kuidas saan Teid aidata?"),
        _t(C, "Tere. Ma tellisin teilt ruuteri ja see on juba kolmas kord, kui kuller lubab tulla "
              "ja ei tule. Ma võtsin selle pärast jälle vaba päeva."),
        _t(A, "Vabandan väga, et olete pidanud mitu korda asjata ootama. Öelge palun "
              "tellimuse number, siis vaatan kohe järele ja lepime kokku kindla aja."),
        _t(C, "T-778210."),
        _t(A, "Aitäh. Saan pakkuda homset päeva kell 8–10, kuller helistab enne tulekut. Teine "
              "võimalus on tuua pakk Teie lähimasse Telekomi esindusse, kust saate selle ise "
              "kätte. Kumb sobiks paremini?"),
        _t(C, "Homme hommikul sobib. Kas ma pean ka midagi allkirjastama?"),
        _t(A, "Jah, kuller palub allkirja oma seadmes ja näha on vaja isikut tõendavat "
              "dokumenti. Märkisin aja kella 8–10 peale ja lisasin kullerile märkuse, et enne "
              "tulekut helistada."),
        _t(C, "Hästi, aitäh."),
        _t(A, "Kas saan veel millegagi aidata?"),
        _t(C, "Ei, see on kõik."),
        _t(A, "Aitäh, et helistasite, ja kui midagi peaks jälle viltu minema, helistage meile "
              "julgelt uuesti. Head päeva!"),
        {"event": "hangup", "by": "customer"},
    ]), "expect": [],
     "note": "Courier delivery of a router, phone. Complaint 'this is the third time the courier "
             "promises and doesn't come' -> next agent turn apologises and offers to check and fix "
             "a time; slot and alternative offered; the signature question answered; closing "
             "spread over the last three agent turns (anything else / thanks, come back, "
             "goodbye). Clean."},
    {"transcript": _tr("chat", "Marten", [
        _t(A, "Tere! Telekom Eesti klienditugi, minu nimi on Marten. Millega saan Teid aidata?"),
        _t(C, "tere. mu filmipaketi hind tõusis 3 euro võrra ja keegi ei öelnud mulle sellest "
              "midagi. see pole normaalne"),
        _t(A, "Saan vahetada Teie paketi „Kino Pluss“ paketi „Kino Põhi“ vastu, mis maksab 7,99 "
              "eurot kuus ja milles on samad filmid ilma uute esilinastusteta."),
        _t(C, "ja millest see muudatus kehtiks?"),
        _t(A, "Muudatus hakkab kehtima järgmise kuu algusest ehk 1. märtsist. Kas vahetan "
              "paketi ära?"),
        _t(C, "jah tehke ära"),
        _t(A, "Tehtud, alates 1. märtsist on Teil pakett „Kino Põhi“. Kas saan veel millegagi "
              "aidata?"),
        _t(C, "ei"),
        _t(A, "Aitäh, et kirjutasite! Kui tekib küsimusi, olete alati oodatud uuesti kirjutama. "
              "Head õhtut!"),
    ]), "expect": ["R-TALK-12"],
     "note": "Streaming price rise, chat. Complaint 'nobody told me, this isn't normal' -> the "
             "next agent turn offers a cheaper package but never apologises: R-TALK-12. Question "
             "'from when?' answered; closing complete over the last two agent turns."},
    {"transcript": _tr("chat", "Liisa", [
        _t(A, "Tere! Telekom Eesti seadmete remont, Liisa kirjutab. Kuidas saan abiks olla?"),
        _t(C, "Andsin oma telefoni ekraani vahetusse 10 päeva tagasi, lubati 3 päeva. Te olete "
              "ikka täiesti kasutud, keegi ei vasta ka telefonile!"),
        _t(A, "Palun vabandust, et remont on nii kaua veninud ja et Te ei saanud meiega "
              "telefoni teel ühendust. Vaatan kohe Teie remondi seisu üle ja kui telefon pole "
              "valmis, saan anda Teile seniks asendustelefoni. Palun kirjutage remondi number."),
        _t(C, "R-30112"),
        _t(A, "Aitäh. Uus ekraan jõudis meile täna hommikul ja tehnik paigaldab selle täna, "
              "telefon on valmis homme kella 12-ks. Asendustelefoni saate juba täna Viru "
              "esindusest, kui see on Teile vajalik."),
        _t(C, "Ok, homme sobib, asendust pole vaja. Kas ma pean selle eest midagi juurde "
              "maksma?"),
        _t(A, "Ei, hind jääb samaks, mis remondi vastuvõtul kokku lepiti, ja viivituse eest "
              "lisatasu ei võeta. Kas on veel midagi, millega saan aidata?"),
        _t(C, "Ei, aitäh"),
        _t(A, "Aitäh Teile kannatlikkuse eest! Kui tekib veel küsimusi, kirjutage meile julgelt "
              "uuesti. Head päeva!"),
    ]), "expect": [],
     "note": "Device repair, chat. Insult/complaint 'you are completely useless, nobody answers "
             "the phone!' -> next agent turn apologises and offers a status check and a loaner "
             "phone. Status and time given; 'do I have to pay extra?' answered (no); closing "
             "complete. Clean. The technician installing the screen today is the agent's own "
             "company's work with a stated time, not a casual promise."},
    {"transcript": _tr("phone", "Priit", [
        {"event": "ring"}, {"event": "ring"}, {"event": "answer", "by": "agent"},
        _t(A, "Tere, Telekom Eesti, Priit kuuleb. Kuidas saan Teile abiks olla?"),
        _t(C, "Tere. Mul on teie viirusetõrje tellimus ja te võtsite sel kuul kaardilt raha kaks "
              "korda. See on juba liiast, ma ei ole rahatrükimasin."),
        _t(A, "Vabandan, see on tõesti ebameeldiv olukord."),
        _t(C, "Noh, ja mis nüüd saab? Kas ma saan oma raha tagasi?"),
        _t(A, "Jah. Näen, et 5. mail tehti kaks makset 6,90 eurot. Tagastan teise makse kohe ja "
              "see jõuab Teie kaardile tavaliselt kolme tööpäeva jooksul."),
        _t(C, "Hea küll."),
        _t(A, "Kas saan veel millegagi aidata?"),
        _t(C, "Ei, see oli kõik."),
        _t(A, "Aitäh, et helistasite, ja kui raha ei peaks laekuma, helistage meile julgelt "
              "tagasi. Kõike head!"),
        {"event": "hangup", "by": "customer"},
    ]), "expect": ["R-TALK-12"],
     "note": "Software subscription charged twice, phone. Complaint 'this is too much' -> the "
             "next agent turn apologises but offers nothing: R-TALK-12. The refund comes only "
             "after the customer asks again. 2 rings; closing complete; questions answered."},
    {"transcript": _tr("phone", "Kadri", [
        {"event": "ring"}, {"event": "answer", "by": "agent"},
        _t(A, "Tere, Telekom Eesti kodutehnika hooldus, Kadri kuuleb. Kuidas saan Teid "
              "aidata?"),
        _t(C, "Tere. Ma ootasin täna terve hommiku nõudepesumasina tehnikut ja nüüd selgub, et "
              "visiit tühistati. Mulle ei öelnud keegi midagi."),
        _t(A, "Vabandan väga, et Teile tühistamisest ei teatatud ja Te ootasite asjata. "
              "Leiame kohe uue aja. Kas lubate Teid hetkeks ootele panna, et vaadata tehnikute "
              "tänaseid ja homseid vabu aegu?"),
        _t(C, "Jah, olgu."),
        {"event": "hold", "by": "agent"},
        {"event": "resume", "by": "agent"},
        _t(A, "Aitäh ootamast. Homme on vaba aeg kell 8–10 või kell 15–17. Kumb sobib?"),
        _t(C, "Kaheksa kuni kümme. Kas seekord keegi ikka helistab enne?"),
        _t(A, "Jah, tehnik helistab Teile pool tundi enne tulekut, ja lisasin märkuse, et "
              "väljakutse tasu selle visiidi eest ei võeta. Kas saan veel millegagi abiks "
              "olla?"),
        _t(C, "Ei, aitäh."),
        _t(A, "Aitäh Teile mõistva suhtumise eest ja kui midagi muutub, helistage meile "
              "julgelt uuesti. Head päeva!"),
        {"event": "hangup", "by": "customer"},
    ]), "expect": [],
     "note": "Appliance repair visit cancelled without notice, phone. Complaint 'nobody told me' "
             "-> apology plus 'let's find a new time' and a hold request with permission and "
             "reason; thanks after resume; slots offered; 'will someone call first?' answered; "
             "closing complete. Clean ('hetkeks' is not the diminutive 'hetkeke')."},
    {"transcript": _tr("chat", "Sten", [
        _t(A, "Tere! Telekom Eesti klienditugi, Sten kirjutab. Millega saan aidata?"),
        _t(C, "Tere. Ostsin teie kaudu kontserdipiletid ja e-piletid pole siiani tulnud, kuigi "
              "kontsert on ülehomme. Mitu korda pean veel kirjutama?!"),
        _t(A, "Saan aru. Sel nädalal uuendati meie piletisüsteemi ja selle tõttu jäi osa "
              "e-kirju välja saatmata."),
        _t(C, "Ja mis mina sellest nüüd pean arvama? Kas ma saan oma piletid kätte või mitte?"),
        _t(A, "Jah, saate. Saatsin piletid just uuesti aadressile, mis on Teie tellimusel, ja "
              "need on ka iseteeninduses jaotises „Minu piletid“ alla laaditavad."),
        _t(C, "Olgu, tulid kohale."),
        _t(A, "Hea kuulda. Kas saan veel millegagi aidata?"),
        _t(C, "ei"),
        _t(A, "Aitäh, et kirjutasite, ja kui tekib küsimusi, olete alati oodatud. Head "
              "kontserti ja ilusat päeva!"),
    ]), "expect": ["R-TALK-12"],
     "note": "Ticket sales, chat. Complaint 'how many more times must I write?!' -> next agent "
             "turn says 'I understand' and justifies (system update) with no apology and nothing "
             "offered: R-TALK-12. The justification names the company's own system, no blame of "
             "the customer. Tickets resent in the next turn; the customer's rhetorical 'what am I "
             "to think' and real 'will I get them?' are both addressed; closing complete."},
]
