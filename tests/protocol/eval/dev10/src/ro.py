"""Romanian items for dev10 (writer B). Settings: hotel and travel bookings, courier, car rental,
university office, library, gym, pharmacy, parking, streaming, appliance repair."""

LANG = "ro"

T6 = [
    {"text": "Bună ziua, doamna Ionescu,\n\nVă mulțumim că ne-ați scris despre sosirea de vineri. "
             "Camera nu era pregătită la ora 14, deoarece în acea zi au plecat din hotel peste 80 "
             "de oaspeți și curățenia s-a încheiat mai târziu decât de obicei. Regretăm așteptarea "
             "de o oră și v-am returnat deja contravaloarea cinei din prima seară, adică 140 de "
             "lei.\n\nCu stimă,\nAlina, recepția hotelului",
     "expect": [], "channel": "email",
     "note": "Hotel room not ready at check-in time: cause explained (80 departures that day, "
             "cleaning finished later), regret, dinner refunded. No one is blamed. Clean."},
    {"text": "Bună ziua,\n\nColetul nu a putut fi livrat pentru că ați trecut în comandă o adresă "
             "greșită, fără numărul blocului. Trebuia să verificați datele înainte de a plasa "
             "comanda. Coletul s-a întors la expeditor.\n\nCu stimă,\nDragoș",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Courier: 'it could not be delivered because you gave a wrong address; you should "
             "have checked the data; it went back to the sender.' Direct blame, lecturing, nothing "
             "offered: R-TALK-6."},
    {"text": "Bună ziua, domnule Marinescu,\n\nAveți dreptate: abonamentul de streaming trebuia "
             "oprit din 1 martie, dar cererea dumneavoastră nu a fost procesată de noi la timp și "
             "ați plătit încă o lună. Ne cerem scuze pentru această greșeală. Am anulat abonamentul "
             "și v-am returnat azi cei 39,99 lei pe cardul cu care ați plătit.\n\nCu stimă,\n"
             "Bianca",
     "expect": [], "channel": "email",
     "note": "Streaming subscription billed after cancellation: 'You are right... your request "
             "was not processed by us in time; we apologise; cancelled and refunded today.' Own "
             "mistake owned; the passive names 'us', not the customer. Clean."},
    {"text": "Bună ziua,\n\nVolumul a fost returnat deteriorat, cu mai multe pagini rupte și "
             "pete de cafea, iar astfel de situații apar atunci când cărțile nu sunt păstrate "
             "corespunzător. Penalitatea de 85 de lei se aplică conform regulamentului bibliotecii "
             "și nu poate fi contestată.\n\nCu stimă,\nBiblioteca Centrală, serviciul împrumut",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Library: 'returned damaged... such things happen when books are not kept properly; "
             "the fine applies and cannot be disputed.' Impersonal implied blame, a lecture and a "
             "flat refusal: R-TALK-6."},
    {"text": "Bună ziua, domnule Stan,\n\nDin păcate, pentru 12–15 august nu mai avem disponibilă "
             "în Sibiu nicio mașină cu transmisie automată. Vă putem oferi însă un Skoda Octavia "
             "automat de la agenția noastră din Brașov, cu livrare gratuită la aeroportul din "
             "Sibiu, sau un SUV de categorie superioară la același preț. Spuneți-ne ce variantă "
             "preferați și vă trimitem imediat confirmarea.\n\nCu stimă,\nRoxana",
     "expect": [], "channel": "email",
     "note": "Car rental: no automatic car in Sibiu, but two alternatives offered (delivery from "
             "Brașov, upgrade at same price). Refusal with alternatives: clean."},
    {"text": "Bună ziua,\n\nNu este adevărat că la înscriere v-am promis acces gratuit la piscină. "
             "Nimeni de la recepție nu spune așa ceva clienților, iar în contractul pe care l-ați "
             "semnat scrie clar că piscina se plătește separat.\n\nCu stimă,\nSorin, recepția "
             "sălii de fitness",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Gym: 'It is not true that we promised you free pool access. Nobody at reception "
             "says that; the contract you signed says clearly...' Contradicting and arguing with "
             "the customer, nothing offered: R-TALK-6."},
    {"text": "Bună ziua, doamna Popa,\n\nO mică precizare: termenul pentru plata taxei de "
             "școlarizare este 15 octombrie, nu 30 octombrie, cum apare în ghidul vechi de pe "
             "site, pe care l-am actualizat între timp. Dacă nu reușiți să plătiți până atunci, "
             "puteți depune la secretariat o cerere de plată în două rate, până pe 14 octombrie."
             "\n\nCu stimă,\nCristina, secretariatul facultății",
     "expect": [], "channel": "email",
     "note": "University office: the customer had the wrong deadline; polite correction, the "
             "cause is the office's old guide (now updated), and an instalment option is offered. "
             "Clean ('O mică precizare' is not a diminutive)."},
    {"text": "Bună ziua,\n\nVă reamintesc că antibioticele se eliberează doar pe bază de rețetă, "
             "lucru pe care ar trebui să-l știți. Farmacista a procedat corect când v-a refuzat și "
             "nu vom face excepții.\n\nCu stimă,\nFarmacia Sănătatea",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Pharmacy: 'antibiotics only on prescription, something you ought to know; no "
             "exceptions.' Lecturing the customer and a flat refusal with no alternative (e.g. a "
             "doctor's visit): R-TALK-6."},
    {"text": "Bună ziua, doamna Dumitru,\n\nColegul meu Andrei Pop, tehnicianul care a venit "
             "ieri la dumneavoastră, mi-a transmis că mașina de spălat are nevoie de o pompă nouă. "
             "Piesa costă 210 lei cu tot cu manopera și o avem în stoc. Andrei poate reveni joi "
             "între 10 și 12 sau vineri după ora 15; vă rog să ne spuneți ce zi vă convine.\n\n"
             "Cu stimă,\nMihaela, service electrocasnice",
     "expect": [], "channel": "email",
     "note": "Appliance repair: a colleague named neutrally with his diagnosis, price and two "
             "visit slots. Clean."},
    {"text": "Bună ziua,\n\nNu oferim numărul de telefon al dispecerului de parcare și nici "
             "adresa de e-mail a coordonatorului. Toate sesizările se depun exclusiv prin "
             "formularul de pe site.\n\nCu stimă,\nServiciul Parcări",
     "expect": ["R-TALK-6"], "channel": "web_form",
     "note": "Parking operator: 'We do not give the dispatcher's phone number nor the "
             "coordinator's e-mail. Complaints only through the form.' Refusing contact details: "
             "R-TALK-6."},
    {"text": "Bună ziua, domnule Georgescu,\n\nNe-ați scris că ghidul excursiei „a fost complet "
             "dezinteresat și a plecat înainte de final”. Ne pare foarte rău că experiența "
             "dumneavoastră la Veliko Tarnovo a arătat așa. Am discutat cu partenerul nostru local, "
             "iar pentru excursia de duminică v-am rezervat gratuit un alt ghid. Pentru ziua "
             "pierdută vă returnăm 150 de lei.\n\nCu stimă,\nIrina, agenția de turism",
     "expect": [], "channel": "email",
     "note": "Travel agency: the customer's complaint about the guide is quoted, then an apology, "
             "the partner named neutrally, a new guide and a refund. The negative words are the "
             "customer's, quoted: clean."},
    {"text": "Bună ziua,\n\nÎmi pare rău pentru întârziere. Firma de curierat cu care lucrăm este, "
             "sincer, un dezastru, ca de obicei pierde coletele prin depozite. Am deschis o "
             "reclamație la ei și vă anunț când primesc un răspuns.\n\nCu stimă,\nVlad",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Parcel tracking: 'the courier we work with is honestly a disaster, as usual it "
             "loses parcels.' Speaking badly of a partner, inside a helpful reply: R-TALK-6."},
    {"text": "Bună ziua, doamna Enache,\n\nNu ați greșit cu nimic: cardul de acces nu a "
             "funcționat pentru că turnichetul de la intrare a avut o defecțiune sâmbătă "
             "dimineață. Defecțiunea a fost remediată, iar abonamentul dumneavoastră a fost "
             "prelungit cu o zi, ca să nu pierdeți antrenamentul ratat.\n\nCu stimă,\nLaura, "
             "clubul de fitness",
     "expect": [], "channel": "email",
     "note": "Gym: 'You did nothing wrong: the turnstile had a fault.' Negated blame, fault fixed, "
             "membership extended by a day. Clean."},
    {"text": "Bună ziua,\n\nVă înțeleg perfect, și eu m-aș fi enervat. Între noi fie vorba, "
             "compania noastră schimbă condițiile de la o lună la alta și nimeni de aici nu mai "
             "știe ce e valabil. V-am mutat abonamentul înapoi pe tariful vechi.\n\nCu stimă,\n"
             "Ciprian",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Streaming: fixes the tariff but 'between us, our company changes the terms from one "
             "month to the next and nobody here knows what applies.' Speaking badly of the "
             "company: R-TALK-6."},
    {"text": "Bună ziua, domnule Lungu,\n\nNumărul de telefon personal al colegei Ioana Matei nu "
             "îl putem transmite, însă vă pot programa o convorbire cu ea mâine, între 9 și 11, la "
             "numărul dumneavoastră. Dacă preferați, îi puteți scrie direct la adresa de serviciu "
             "ioana.matei@reteaelectrica.ro.\n\nCu stimă,\nMarius",
     "expect": [], "channel": "email",
     "note": "Repair service: a colleague's private number is not given, but a scheduled call "
             "and her work e-mail are. Near miss of refusing contact details; contact is given: "
             "clean."},
    {"text": "Bună ziua,\n\nConform politicii de anulare, rezervarea dumneavoastră este "
             "nerambursabilă. Solicitarea de restituire a sumei de 1.250 de lei a fost respinsă.\n\n"
             "Cu stimă,\nDepartamentul Rezervări",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Hotel: 'Under the cancellation policy your booking is non-refundable. The refund "
             "request was rejected.' Flat bureaucratic refusal, no alternative (change of date, "
             "voucher): R-TALK-6."},
]

T9 = [
    {"customer": "Buna ziua, am rezervare la dvs in Sinaia pe 3-5 mai. Aveti parcare? Si pot sa "
                 "vin cu catelul?",
     "text": "Bună ziua, doamna Radu,\n\nHotelul are parcare proprie, gratuită pentru oaspeți, "
             "și nu este nevoie să o rezervați în avans. Animalele de companie sunt binevenite în "
             "camerele de la parter, așa că v-am mutat rezervarea într-o astfel de cameră, fără "
             "cost suplimentar.\n\nCu stimă,\nAndreea",
     "expect": [], "channel": "email",
     "note": "Hotel: 'Do you have parking? Can I come with my dog (customer's 'catelul')?' Both "
             "answered, the second implicitly (pets welcome, room changed). The diminutive is the "
             "customer's; the agent writes 'animalele de companie'. Clean."},
    {"customer": "Unde e coletul meu AWB 41029933? Pot să-l ridic eu direct de la depozit ca să "
                 "nu mai aștept?",
     "text": "Bună ziua,\n\nColetul 41029933 a ajuns azi-dimineață în depozitul nostru din "
             "Cluj-Napoca și este programat pentru livrare mâine. Curierul vă va suna cu o oră "
             "înainte de a ajunge.\n\nCu stimă,\nCosmin",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Courier: 'Where is my parcel? Can I pick it up myself at the depot?' Location and "
             "delivery day answered; the pick-up question ignored: R-TALK-9."},
    {"customer": "buna ziua, as dori sa aflu daca abonamentul meu de sala se poate transfera pe "
                 "sotia mea si cat costa asta",
     "text": "Bună ziua, domnule Tudor,\n\nDa, abonamentul se poate transfera o singură dată pe "
             "altă persoană, iar taxa de transfer este de 50 de lei. Pentru asta, veniți împreună "
             "cu soția la recepție, cu actele de identitate, oricând în programul clubului.\n\n"
             "Cu stimă,\nGabriela",
     "expect": [], "channel": "email",
     "note": "Gym: embedded questions without '?' and without diacritics (whether it can be "
             "transferred, how much). Both answered, with the next step. Clean."},
    {"customer": "Am venit ieri după Euthyrox și nu l-ați avut. Când îl primiți? Puteți să mi-l "
                 "rezervați?",
     "text": "Bună ziua,\n\nVă înțelegem pe deplin și ne pare rău că ați făcut drumul degeaba, "
             "știm cât de important este tratamentul. V-am rezervat o cutie de Euthyrox 50 pe "
             "numele dumneavoastră la farmacia din strada Republicii.\n\nCu stimă,\nOana, "
             "farmacist",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Pharmacy: 'When will you get it? Can you reserve it for me?' Reservation done; "
             "'when' answered only with sympathy, no date: R-TALK-9."},
    {"customer": "Bună ziua, când pot ridica diploma de licență? Și dacă sunt plecată din țară, "
                 "poate să o ridice mama mea cu procură?",
     "text": "Bună ziua, doamna Mihai,\n\nDa, diploma poate fi ridicată de mama dumneavoastră, pe "
             "baza unei procuri notariale și a actului ei de identitate. Data exactă a eliberării "
             "diplomelor nu a fost încă stabilită de rectorat. Vă scriem cu data exactă până "
             "vineri, 20 septembrie.\n\nCu stimă,\nCristina, secretariatul facultății",
     "expect": [], "channel": "email",
     "note": "University office: 'When can I collect the diploma? Can my mother collect it with a "
             "power of attorney?' Second answered; first honestly 'not set yet' with a dated "
             "follow-up. Clean."},
    {"customer": "Am predat mașina acum 10 zile. Când îmi returnați garanția de 500 de lei? Și de "
                 "ce mi s-au reținut 100 de lei din ea?",
     "text": "Bună ziua, domnule Barbu,\n\nDin garanție s-au reținut 100 de lei pentru că mașina "
             "a fost predată cu rezervorul pe jumătate, iar plinul se facturează conform tarifului "
             "afișat la ghișeu. Garanția a fost blocată pe card la preluarea mașinii, ca o "
             "autorizare, nu ca o plată.\n\nCu stimă,\nRoxana",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Car rental: 'When will you return the deposit? Why were 100 lei withheld?' The "
             "deduction is explained; 'when' is answered with something on the same topic (how "
             "the deposit was blocked) but no date: R-TALK-9. The fuel explanation is a fact, not "
             "blame."},
    {"customer": "Pot împrumuta și cărți în engleză de la voi? Câte pot lua odată?",
     "text": "Bună ziua,\n\nSecția de limbi străine de la etajul 2 are peste 6.000 de titluri în "
             "engleză, care se împrumută la fel ca celelalte cărți. Cu permisul de cititor puteți "
             "avea în total cel mult cinci volume împrumutate în același timp, pentru 21 de zile."
             "\n\nCu stimă,\nElena, Biblioteca Județeană",
     "expect": [], "channel": "email",
     "note": "Library: 'Can I borrow English books? How many at once?' Yes/no answered "
             "implicitly (they are lent like the others), the number directly. Clean."},
    {"customer": "Salut, cum îmi schimb parola la contul de streaming? Și pot să mă uit pe două "
                 "televizoare în același timp?",
     "text": "Bună ziua,\n\nParola o puteți schimba din aplicație, la Setări, apoi Cont și "
             "Schimbă parola; veți primi un cod de confirmare pe e-mail. Dacă nu primiți codul în "
             "câteva minute, verificați și dosarul Spam.\n\nCu stimă,\nBogdan",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Streaming: 'How do I change my password? Can I watch on two TVs at once?' Password "
             "answered in detail, the two-TV question ignored: R-TALK-9. The customer's 'Salut' is "
             "theirs; the agent stays formal."},
    {"customer": "cat costa abonamentul lunar de parcare in zona centrala, se poate plati online? "
                 "e valabil si in weekend",
     "text": "Bună ziua,\n\nAbonamentul lunar pentru zona centrală costă 180 de lei și este "
             "valabil în toate zilele săptămânii, inclusiv sâmbăta și duminica. Îl puteți cumpăra "
             "online, cu cardul, din secțiunea Abonamente a site-ului nostru sau din aplicația de "
             "parcare.\n\nCu stimă,\nServiciul Parcări",
     "expect": [], "channel": "email",
     "note": "Parking: three questions (price, online payment, weekends; no diacritics, last "
             "without '?'). All answered, in another order. Clean."},
    {"customer": "Bună ziua, cuptorul cu microunde nu mai încălzește. Îl puteți repara? Și cam "
                 "cât durează o astfel de reparație?",
     "text": "Bună ziua, domnule Neagu,\n\nDa, reparăm cuptoare cu microunde de toate mărcile. "
             "Diagnosticarea costă 60 de lei și se scade din prețul reparației dacă alegeți să o "
             "faceți la noi. Puteți aduce aparatul la atelierul din strada Fabricii nr. 7, de luni "
             "până vineri, între 9 și 18.\n\nCu stimă,\nMihaela, service electrocasnice",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Appliance repair: 'Can you repair it? And how long does such a repair take?' The "
             "first answered with price and address; the follow-up about duration left "
             "unanswered: R-TALK-9."},
    {"customer": "Am nevoie de viză pentru Turcia cu pașaport românesc? Și oferta voastră pentru "
                 "Antalya include și asigurare medicală?",
     "text": "Bună ziua, doamna Stoica,\n\nCetățenii români nu au nevoie de viză pentru o vacanță "
             "în Turcia de până la 90 de zile; este suficient un pașaport valabil încă cel puțin "
             "150 de zile. Oferta pentru Antalya include asigurarea medicală de călătorie, iar "
             "polița vă va fi trimisă odată cu voucherele.\n\nCu stimă,\nIrina, agenția de turism",
     "expect": [], "channel": "email",
     "note": "Travel agency: visa and travel insurance questions, both answered. Clean."},
    {"customer": "Buna seara. La ce ora ne putem caza? Aveti patut pentru copil? Micul dejun e "
                 "inclus in pret?",
     "text": "Bună seara,\n\nCazarea începe de la ora 14:00, iar dacă ajungeți mai devreme vă "
             "putem păstra bagajele la recepție. Micul dejun este inclus în prețul camerei și se "
             "servește între 7:30 și 10:30.\n\nCu stimă,\nAlina, recepția hotelului",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Hotel: three questions (check-in time, a cot for the child, breakfast). Time and "
             "breakfast answered; the cot question ignored: R-TALK-9. 'patut' is the customer's "
             "word."},
]

L1 = [
    {"text": "Stimată doamnă Vasilescu,\n\nVă informăm că, începând cu 2 aprilie, cardul "
             "dumneavoastră de acces în clubul de fitness a fost suspendat, deoarece plata "
             "abonamentului pentru luna martie nu a fost înregistrată. Pentru reactivare, vă rugăm "
             "să achitați suma de 190 de lei până la 15 aprilie, la recepție sau online, în contul "
             "dumneavoastră de client. Cardul se reactivează automat în aceeași zi și nu este "
             "nevoie să îl predați.\n\nCu stimă,\nMonica Iliescu\nClubul de fitness",
     "expect": [], "channel": "letter",
     "note": "Gym access card suspended for an unpaid month; what (pay 190 lei), by when (15 "
             "April), how (reception or online), and that nothing else is needed. The missing "
             "payment is stated as 'not recorded', not as blame. Clean."},
    {"text": "Stimate domnule Pavel,\n\nVă aducem la cunoștință că abonamentul dumneavoastră de "
             "parcare de rezident pentru strada Mihai Eminescu expiră la 31 mai 2025. După această "
             "dată, autoturismul B 21 XYZ nu va mai figura în evidența parcărilor de rezident.\n\n"
             "Cu stimă,\nServiciul Parcări",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Parking: resident permit expires on 31 May; the letter does not say whether or how "
             "to renew it, or by when: R-LETTER-1."},
    {"text": "Stimată doamnă Constantin,\n\nVizita tehnicianului pentru reparația frigiderului, "
             "programată pe 7 noiembrie, a fost mutată pe 9 noiembrie, între orele 12 și 14, din "
             "cauza unei îmbolnăviri în echipă. Vă rugăm să ne confirmați noua dată până pe 6 "
             "noiembrie, răspunzând la această scrisoare sau la numărul 0800 500 600. Dacă ora nu "
             "vă convine, vă propunem la telefon altă zi din aceeași săptămână.\n\nCu stimă,\n"
             "Mihaela Oprea\nService electrocasnice",
     "expect": [], "channel": "letter",
     "note": "Repair visit moved; asks to confirm by 6 November, says how, and offers another day. "
             "Clean."},
    {"text": "Stimate domnule Florea,\n\nÎn urma verificării dosarului dumneavoastră de înscriere "
             "la programul de master, am constatat că lipsește adeverința medicală tip. Fără acest "
             "document, dosarul figurează ca incomplet în evidențele secretariatului.\n\nCu "
             "stimă,\nSecretariatul Facultății de Litere",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "University enrolment file missing a medical certificate; the letter never says to "
             "send it, how or by when: R-LETTER-1. The missing document is stated neutrally."},
    {"text": "Stimată doamnă Nistor,\n\nPentru cele două cărți returnate cu întârziere în luna "
             "februarie, în contul dumneavoastră de cititor figurează o penalitate de 18 lei. Vă "
             "rugăm să o achitați până la 31 martie, la orice ghișeu al bibliotecii sau online, "
             "pe pagina contului de cititor. Până la plată puteți continua să împrumutați cărți, "
             "iar după 31 martie împrumuturile noi vor fi suspendate.\n\nCu stimă,\nElena Cazacu\n"
             "Biblioteca Județeană",
     "expect": [], "channel": "letter",
     "note": "Library late fine; what, by when, how, and what happens otherwise. Clean."},
    {"text": "Stimate client,\n\nVă informăm că, începând cu 1 iulie, prețul abonamentului "
             "Premium de streaming crește de la 39,99 lei la 44,99 lei pe lună. Noul preț se "
             "aplică tuturor abonamentelor active.\n\nCu stimă,\nEchipa Rețea Electrica",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Streaming price rise announced; not said whether anything is needed to keep it or "
             "how to cancel: R-LETTER-1."},
    {"text": "Stimate domnule Ene,\n\nÎn urma analizei fotografiilor și a raportului de predare, "
             "zgârietura de pe bara mașinii închiriate în perioada 2–6 iunie a fost încadrată ca "
             "uzură normală. Prin urmare, garanția de 1.000 de lei v-a fost deblocată integral pe "
             "card la 10 iunie. Din partea dumneavoastră nu mai este necesară nicio acțiune, "
             "deoarece dosarul a fost închis fără costuri.\n\nCu stimă,\nRoxana Dinu\n"
             "Departamentul Închirieri",
     "expect": [], "channel": "letter",
     "note": "Car rental damage decision: normal wear, deposit released; 'nothing more is needed "
             "because the file was closed without costs'. Clean."},
    {"text": "Stimată doamnă Munteanu,\n\nVă informăm că rezervarea dumneavoastră nr. 88213 la "
             "hotelul din Mamaia, pentru perioada 14–21 iulie, a fost anulată de hotel din cauza "
             "unor lucrări de renovare neprevăzute. Ne cerem scuze pentru neplăcerea creată.\n\n"
             "Cu stimă,\nIrina Matei\nAgenția de turism",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Travel agency: hotel booking cancelled by the hotel; apology, but nothing about a "
             "refund, an alternative hotel or what the customer should do: R-LETTER-1."},
]

T2 = [
    {"text": "Am prelungit împrumutul până pe 28 mai. Vă mai pot ajuta cu altceva? Vă mulțumim "
             "că ne-ați scris și vă așteptăm oricând cu alte întrebări. O zi bună!",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "Library chat closing: anything else, thanks, come back any time, goodbye. Clean."},
    {"text": "Rezervarea este confirmată, iar voucherul l-ați primit pe e-mail. Vă mulțumim "
             "pentru încredere și, dacă aveți nevoie de ceva înainte de plecare, ne puteți scrie "
             "oricând. Vacanță plăcută și la revedere!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "chat",
     "note": "Travel chat closing: thanks, come back, goodbye, but no 'anything else?': "
             "R-TALK-2."},
    {"text": "Vă rog să-mi spuneți dacă vă mai pot fi de folos cu ceva. Vă mulțumim pentru "
             "răbdare și vă stăm la dispoziție oricând aveți nevoie.\n\nCu stimă,\nCosmin\n"
             "Serviciul clienți curierat",
     "expect": [], "position": "closing", "channel": "email",
     "note": "Courier e-mail closing: offer of further help, thanks, 'at your disposal whenever "
             "you need' (come back), sign-off as goodbye. Clean."},
    {"text": "Tehnicianul vine joi între 10 și 12. Mai există ceva cu care vă pot ajuta? Dacă "
             "apare orice problemă, ne puteți suna din nou oricând. La revedere!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "Repair phone closing: anything else, come back, goodbye, but no thanks: R-TALK-2."},
    {"text": "Abonamentul dumneavoastră este acum suspendat până la 1 septembrie. Mai aveţi şi "
             "alte întrebări? Vă mulţumim pentru apel şi ne puteţi contacta oricând din nou. O zi "
             "frumoasă să aveţi!",
     "expect": [], "position": "closing", "channel": "phone",
     "note": "Gym phone closing with all four parts, typed with cedilla ş/ţ (keyboard variant, "
             "not a typo). Clean."},
    {"text": "Vă mai pot ajuta cu ceva? Vă mulțumesc că ați sunat și nu ezitați să reveniți "
             "dacă aveți nevoie de lămuriri despre tratament.",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "Pharmacy phone closing: anything else, thanks, come back, but no goodbye: "
             "R-TALK-2."},
    {"text": "Parola a fost resetata si puteti intra din nou in cont. Va mai pot ajuta cu ceva? "
             "Va multumim ca ne-ati scris si ne gasiti oricand aici. O zi buna!",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "Streaming chat closing typed entirely without diacritics (resetata, puteti, Va, "
             "multumim, oricand, buna): not a spelling mistake by the set's rule. All four parts. "
             "Clean."},
    {"text": "Mai doriți să verificăm ceva legat de rezervare? Vă mulțumim că ați ales hotelul "
             "nostru.\n\nCu stimă,\nAndreea\nRecepția hotelului",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "email",
     "note": "Hotel e-mail closing: anything else, thanks, sign-off (goodbye), but nothing about "
             "coming back: R-TALK-2."},
]

ITEMS = T6 + T9 + L1 + T2


def _tr(channel, agent, turns):
    return {"version": 1, "lang": "ro", "channel": channel, "agent": agent,
            "organisation": "Rețea Electrica", "turns": turns}


A, C = "agent", "customer"


def _t(s, text):
    return {"speaker": s, "text": text}


TRANSCRIPTS = [
    {"transcript": _tr("phone", "Daniela", [
        {"event": "ring"}, {"event": "answer", "by": "agent"},
        _t(A, "Bună ziua, Rețea Electrica, service electrocasnice, sunt Daniela. Cu ce vă pot "
              "ajuta?"),
        _t(C, "Bună ziua. Am stat toată dimineața acasă după tehnician pentru mașina de spălat "
              "vase și n-a venit nimeni. E a doua oară!"),
        _t(A, "Îmi cer scuze, înțeleg cât de neplăcut este să pierdeți o dimineață, și încă "
              "a doua oară. Vă programez chiar acum la prima oră liberă și vă trimit un mesaj de "
              "confirmare. Îmi spuneți, vă rog, numărul comenzii?"),
        _t(C, "SE-40217."),
        _t(A, "Mulțumesc. Pot să vă propun mâine între 8 și 10, cu primul tehnician din tură. "
              "Vă convine?"),
        _t(C, "Da. Și deplasarea o mai plătesc?"),
        _t(A, "Nu, taxa de deplasare de 80 de lei nu se mai percepe pentru această vizită. Am "
              "notat și că tehnicianul vă sună cu o jumătate de oră înainte."),
        _t(C, "Bine, mulțumesc."),
        _t(A, "Vă mai pot ajuta cu altceva?"),
        _t(C, "Nu, atât."),
        _t(A, "Vă mulțumesc pentru apel și, dacă mai apare ceva, ne puteți suna oricând. La "
              "revedere!"),
        {"event": "hangup", "by": "customer"},
    ]), "expect": [],
     "note": "Appliance repair, phone. Complaint 'nobody came, it's the second time!' -> next "
             "agent turn apologises and books a new visit; fee question answered; closing spread "
             "over the last two agent turns. Clean."},
    {"transcript": _tr("chat", "Răzvan", [
        _t(A, "Bună ziua! Sunteți în chat cu Răzvan, de la Rețea Electrica. Cu ce vă pot "
              "ajuta?"),
        _t(C, "buna. am abonament la incarcarea masinii electrice si de 3 zile cardul nu merge "
              "la nicio statie. nimeni nu raspunde la telefon, e ridicol"),
        _t(A, "Vă pot trimite un card nou prin curier și, până ajunge, vă activez încărcarea "
              "din aplicație, cu același abonament."),
        _t(C, "ok, si cat dureaza pana vine cardul?"),
        _t(A, "Cardul nou ajunge de obicei în 2–3 zile lucrătoare. Încărcarea din aplicație "
              "este deja activă, o puteți folosi chiar acum."),
        _t(C, "bine"),
        _t(A, "Vă mai pot ajuta cu ceva?"),
        _t(C, "nu"),
        _t(A, "Vă mulțumim că ne-ați scris! Ne găsiți oricând aici, în chat. O zi bună!"),
    ]), "expect": ["R-TALK-12"],
     "note": "EV charging subscription card, chat. Complaint 'for 3 days the card doesn't work, "
             "nobody answers, it's ridiculous' -> the next agent turn offers a new card and app "
             "charging, with no apology: R-TALK-12. 'How long?' answered with an attributed "
             "usual time; closing complete."},
    {"transcript": _tr("chat", "Larisa", [
        _t(A, "Bună ziua! Larisa, de la magazinul online Rețea Electrica. Cu ce vă pot fi de "
              "folos?"),
        _t(C, "Bună ziua. Am comandat un termostat inteligent acum o săptămână, curierul a "
              "marcat coletul ca livrat, dar eu n-am primit nimic. Sunteți de neserios!"),
        _t(A, "Vă cer scuze pentru această situație neplăcută. Verific imediat cu firma de "
              "curierat unde a fost lăsat coletul, iar dacă nu se găsește, vă trimitem azi un "
              "termostat nou. Îmi dați numărul comenzii, vă rog?"),
        _t(C, "RE-55810"),
        _t(A, "Mulțumesc. Curierul a confirmat că nu a predat coletul personal, așa că v-am "
              "expediat azi un termostat nou, fără cost. Vă trimit pe e-mail numărul de "
              "urmărire al noului colet."),
        _t(C, "Ok. Iar dacă apare totuși primul colet, ce fac cu el?"),
        _t(A, "Îl puteți refuza la ușă sau ni-l puteți returna gratuit de la orice punct de "
              "ridicare, cu eticheta pe care v-o trimitem la cerere. Vă mai pot ajuta cu "
              "altceva?"),
        _t(C, "Nu, mulțumesc"),
        _t(A, "Noi vă mulțumim pentru răbdare și vă așteptăm oricând cu alte întrebări. O zi "
              "bună!"),
    ]), "expect": [],
     "note": "Courier delivery of a thermostat marked delivered but not received, chat. Insult "
             "'you are unreliable!' -> apology plus a check with the courier and a replacement. "
             "Courier named neutrally; 'what do I do with the first parcel?' answered; closing "
             "complete. Clean."},
    {"transcript": _tr("phone", "Tudor", [
        {"event": "ring"}, {"event": "ring"}, {"event": "ring"},
        {"event": "answer", "by": "agent"},
        _t(A, "Bună ziua, Rețea Electrica, Tudor la telefon. Cu ce vă pot ajuta?"),
        _t(C, "Bună ziua. Am primit amendă de parcare la stația dumneavoastră de încărcare, deși "
              "mașina se încărca. Asta e deja bătaie de joc, nimeni nu v-a spus că e o stație?"),
        _t(A, "Îmi pare foarte rău, înțeleg că e frustrant."),
        _t(C, "Și acum ce fac? O plătesc sau nu?"),
        _t(A, "Nu o plătiți încă. Văd în sistem sesiunea de încărcare de marți, între 10:05 și "
              "11:40, și trimit astăzi dovada către serviciul de parcări, cu cererea de anulare. "
              "Vă scriem pe e-mail când primim răspunsul."),
        _t(C, "Bine."),
        _t(A, "Vă mai pot ajuta cu altceva?"),
        _t(C, "Nu, mersi."),
        _t(A, "Vă mulțumesc pentru apel și ne puteți suna oricând. O zi bună!"),
        {"event": "hangup", "by": "customer"},
    ]), "expect": ["R-TALK-12"],
     "note": "Parking fine at an EV charging bay, phone, 3 rings (not over the limit). Complaint "
             "'this is a mockery' -> next agent turn 'I'm very sorry, I understand it's "
             "frustrating' with nothing offered: R-TALK-12. The way forward comes only after the "
             "customer asks again. The customer's rhetorical 'nobody told you it's a station?' is "
             "addressed by the action; closing complete. 'în sistem' is plain, not jargon."},
    {"transcript": _tr("phone", "Camelia", [
        {"event": "ring"}, {"event": "answer", "by": "agent"},
        _t(A, "Bună ziua, Rețea Electrica, sunt Camelia. Cu ce vă pot ajuta?"),
        _t(C, "Bună ziua. Aveam programare azi pentru revizia pompei de căldură și am aflat de "
              "la vecin că tehnicienii voștri au fost mutați în altă parte. Mie nu mi-a spus "
              "nimeni nimic."),
        _t(A, "Vă cer scuze că nu ați fost anunțată. Vă găsesc acum o nouă programare. Îmi "
              "permiteți să vă pun puțin în așteptare, ca să verific programul echipelor din "
              "zona dumneavoastră?"),
        _t(C, "Da, vă rog."),
        {"event": "hold", "by": "agent"},
        {"event": "resume", "by": "agent"},
        _t(A, "Vă mulțumesc pentru răbdare. Am disponibil joi, de la ora 9, sau vineri, de la "
              "ora 13. Ce preferați?"),
        _t(C, "Joi. Și revizia rămâne la același preț?"),
        _t(A, "Da, prețul rămâne 350 de lei, iar pentru neplăcere v-am adăugat gratuit "
              "curățarea filtrelor. Mai doriți să verific ceva?"),
        _t(C, "Nu, e bine așa."),
        _t(A, "Vă mulțumim pentru înțelegere și ne puteți contacta oricând aveți nevoie. La "
              "revedere!"),
        {"event": "hangup", "by": "customer"},
    ]), "expect": [],
     "note": "Heat pump service visit cancelled without notice, phone. Complaint 'nobody told me "
             "anything' -> apology plus a new booking and a hold asked with permission and "
             "reason; thanks after resume; price question answered; closing complete. 'puțin' is "
             "not a diminutive. Clean."},
    {"transcript": _tr("chat", "Adrian", [
        _t(A, "Bună ziua! Adrian, de la Rețea Electrica. Cu ce vă pot ajuta?"),
        _t(C, "Mi-ați luat iar bani pentru aplicația de monitorizare a consumului, deși am "
              "anulat-o în ianuarie. De câte ori trebuie să vă spun?!"),
        _t(A, "Înțeleg. Plățile pentru aplicație se procesează automat la începutul fiecărei "
              "luni, iar sistemul a preluat abonamentul ca fiind încă activ."),
        _t(C, "Adică nu-mi dați banii înapoi?"),
        _t(A, "Ba da. Văd că cererea dumneavoastră a fost înregistrată pe 12 ianuarie, deci "
              "plata din martie nu trebuia făcută. V-am returnat acum 24,99 lei pe card și "
              "abonamentul este închis definitiv."),
        _t(C, "Ok."),
        _t(A, "Mai este ceva cu care vă pot ajuta?"),
        _t(C, "nu"),
        _t(A, "Vă mulțumim că ne-ați scris și vă așteptăm oricând aici. O zi bună!"),
    ]), "expect": ["R-TALK-12"],
     "note": "Software subscription charged after cancellation, chat. Complaint 'how many times "
             "must I tell you?!' -> next agent turn says 'I understand' and justifies the charge by "
             "the automatic monthly processing, no apology and nothing offered: R-TALK-12. The "
             "justification names the company's own system and does not blame the customer. The refund follows in the next turn "
             "('Adică nu-mi dați banii înapoi?' answered: yes, refunded); closing complete."},
]
