"""Romanian items and transcripts for dev12 (writer D). Organisation: Rețea Electrica."""

LANG = "ro"
ORG = "Rețea Electrica"


def cedilla(s: str) -> str:
    """Keyboard variant: cedilla ş ţ instead of comma-below ș ț (not a typo)."""
    return s.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def tr(channel, agent, turns, rings=2, start="2025-03-18T09:00:00Z"):
    """Build a version-1 transcript. turns: ("a"|"c", text), ("hold",), ("resume",), ("transfer", to)."""
    out = []
    if channel == "phone":
        out += [{"event": "ring"} for _ in range(rings)]
        out.append({"event": "answer", "by": "agent"})
    for t in turns:
        if t[0] == "a":
            out.append({"speaker": "agent", "text": t[1]})
        elif t[0] == "c":
            out.append({"speaker": "customer", "text": t[1]})
        elif t[0] in ("hold", "resume"):
            out.append({"event": t[0], "by": "agent"})
        elif t[0] == "transfer":
            out.append({"event": "transfer", "by": "agent", "to": t[1]})
    out.append({"event": "hangup", "by": "customer"})
    if out and channel == "phone":
        out[0]["time"] = start
    return {"version": 1, "lang": "ro", "channel": channel, "agent": agent,
            "organisation": ORG, "turns": out}


TRANSCRIPTS = [
    # t01 clean: solar-panel installation, crew did not come; hold done right; full closing.
    {
        "transcript": tr("phone", "Ioana", [
            ("a", "Rețea Electrica, bună ziua, numele meu este Ioana. Cu ce vă pot ajuta?"),
            ("c", "Bună ziua. Am comandat la dumneavoastră panourile fotovoltaice, montajul era "
                  "programat azi de la opt și n-a venit nimeni. Mi-am luat zi liberă degeaba, "
                  "stau de patru ore în casă!"),
            ("a", "Îmi pare foarte rău că ați pierdut ziua așteptând. Vă rog să-mi spuneți "
                  "numărul contractului și văd imediat ce s-a întâmplat cu echipa."),
            ("c", "E RE-48213."),
            ("a", "Mulțumesc. Îmi permiteți să vă pun în așteptare două minute, cât vorbesc cu "
                  "coordonatorul echipelor de montaj?"),
            ("c", "Da, bine."),
            ("hold",),
            ("resume",),
            ("a", "Vă mulțumesc că ați așteptat. Echipa a fost trimisă dimineață la o urgență și "
                  "nu v-am anunțat, iar asta este greșeala noastră. Vă pot propune joi, între 8 "
                  "și 12, sau sâmbătă dimineață."),
            ("c", "Joi e bine. Și cât durează montajul, o zi întreagă?"),
            ("a", "Pentru un sistem ca al dumneavoastră, de 5 kilowați, montajul durează de "
                  "obicei între cinci și șapte ore. Am notat în fișă să fiți sunat cu o "
                  "jumătate de oră înainte de sosirea echipei."),
            ("c", "Bine, rămâne joi atunci."),
            ("a", "Perfect, joi între 8 și 12. Mai pot să vă ajut cu altceva?"),
            ("c", "Nu, asta era tot. Mulțumesc."),
            ("a", "Eu vă mulțumesc pentru răbdare și îmi cer încă o dată scuze pentru azi. Dacă "
                  "apare orice problemă, ne puteți suna oricând la același număr. O zi bună și "
                  "la revedere!"),
        ], rings=2),
        "expect": [],
        "note": "Solar-panel installation desk; the crew never came. Complaint -> apology + "
                "action (checks the contract), hold with permission and reason, thanks after "
                "resume, own mistake owned, the duration question answered, full closing spread "
                "over the last two agent turns. Clean.",
    },
    # t02 violating: heat-pump noise; "I understand" + justification, no apology, nothing
    # offered; closing without thanks.
    {
        "transcript": tr("chat", "Andrei", [
            ("a", "Bună ziua! Sunt Andrei, de la Rețea Electrica, serviciul pentru pompe de "
                  "căldură. Cu ce vă pot ajuta?"),
            ("c", "buna ziua, pompa de caldura face un zgomot de parca decoleaza un avion, mai "
                  "ales noaptea. e a doua oara in iarna asta si nu mai putem dormi"),
            ("a", "Înțeleg că zgomotul este deranjant, mai ales noaptea. Astfel de zgomote apar "
                  "destul de des la unitățile exterioare când temperatura scade sub minus zece "
                  "grade."),
            ("c", "si ce sa fac, dorm cu dopuri in urechi? cand poate veni cineva sa se uite?"),
            ("a", "Vă cer scuze, nu vreau să vă las fără o soluție. Un tehnician poate veni "
                  "miercuri, între 14 și 17. Vă convine?"),
            ("c", "miercuri e ok. trebuie sa fiu acasa sau pot lasa cheia la vecina? unitatea e "
                  "afara in curte"),
            ("a", "Nu este nevoie să fiți acasă, dacă tehnicianul poate intra în curte. Vă rog "
                  "doar să ne lăsați numărul de telefon al vecinei, ca să o sune la sosire."),
            ("c", "0722 118 904, doamna Stanciu"),
            ("a", "Am notat. Tehnicianul o va suna pe doamna Stanciu miercuri, înainte de ora "
                  "14. Mai este ceva cu care vă pot ajuta?"),
            ("c", "nu, atat"),
            ("a", "Dacă zgomotul se agravează până miercuri, ne puteți scrie oricând aici. La "
                  "revedere!"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-2"],
        "note": "Heat-pump service chat. The first complaint (noise, second time this winter) "
                "gets 'I understand it is disturbing' plus a justification (it happens in the "
                "cold): no apology, nothing offered -> R-TALK-12. The second, sarcastic complaint "
                "is handled right (apology + slot), and every question is answered. The closing "
                "asks 'anything else', says 'write any time' and 'goodbye' but never thanks the "
                "customer -> R-TALK-2.",
    },
    # t03 clean: online course platform, certificate missing.
    {
        "transcript": tr("chat", "Cristina", [
            ("a", "Bună ziua, sunt Cristina, de la platforma de cursuri online Rețea Electrica. "
                  "Cu ce vă pot ajuta?"),
            ("c", "Buna. Am terminat cursul de montator fotovoltaic acum 10 zile, am luat testul "
                  "final cu 92 si certificatul tot nu apare in cont. Am nevoie de el pt o "
                  "angajare, e deja ridicol."),
            ("a", "Îmi pare rău că așteptați de zece zile un document de care aveți nevoie acum. "
                  "Verific imediat contul dumneavoastră: îmi spuneți adresa de e-mail cu care v-ați "
                  "înscris?"),
            ("c", "dan.popescu88@yahoo.com"),
            ("a", "Mulțumesc. Văd testul promovat pe 3 martie, dar certificatul nu s-a generat, "
                  "din cauza unei erori a noastre care a afectat mai multe cursuri luna aceasta. "
                  "L-am generat acum manual: îl găsiți în cont, la Certificate, și vi l-am trimis "
                  "și pe e-mail."),
            ("c", "Da, l-am primit. Dar e valabil si pt angajator, are vreo semnatura sau ceva? "
                  "Si pot sa-l cer si pe hartie?"),
            ("a", "Certificatul are semnătura electronică a coordonatorului de curs și un cod de "
                  "verificare în partea de jos. Angajatorul introduce codul pe pagina noastră și "
                  "vede dacă documentul este autentic. Exemplarul tipărit îl comandați din cont, "
                  "de la butonul Exemplar tipărit, iar noi îl expediem prin poștă în două zile "
                  "lucrătoare."),
            ("c", "ok super, mersi mult"),
            ("a", "Cu plăcere. Mai aveți nevoie de ceva legat de cont sau de alte cursuri?"),
            ("c", "nu, asta era tot"),
            ("a", "Vă mulțumesc că ne-ați scris și vă doresc succes la angajare. Dacă mai aveți "
                  "întrebări, ne găsiți oricând aici, în chat. La revedere!"),
        ]),
        "expect": [],
        "note": "Online course platform chat; certificate not issued after ten days "
                "('it's ridiculous'). Apology + immediate check, company's own error owned, "
                "certificate generated; both follow-up questions (valid for an employer? paper "
                "copy?) answered in other words (electronic signature + verification code; "
                "order from the account). Full closing over the last two agent turns. Clean.",
    },
    # t04 violating: lift maintenance; hold without permission or reason, no thanks after.
    {
        "transcript": tr("phone", "Radu", [
            ("a", "Bună ziua, Rețea Electrica, service ascensoare, sunt Radu. Cu ce vă pot "
                  "ajuta?"),
            ("c", "Bună ziua, vă sun de la asociația de proprietari de pe strada Fabricii 12. "
                  "Liftul e blocat de vineri, avem oameni în vârstă la etajul opt care nu mai pot "
                  "ieși din casă. E inadmisibil!"),
            ("a", "Vă cer scuze, este o situație grea pentru locatari și o tratăm ca urgență. "
                  "Caut acum apelul de vineri ca să trimit un tehnician. Pe ce nume este "
                  "contractul asociației?"),
            ("c", "Asociația de proprietari Fabricii 12, președinte Vasile Dumitru."),
            ("a", "Mhm. Stați așa."),
            ("hold",),
            ("resume",),
            ("a", "Deci, apelul de vineri există, tehnicianul a constatat că trebuie schimbată "
                  "placa de comandă, iar piesa a sosit azi. Echipa poate fi la dumneavoastră "
                  "mâine dimineață, la ora 9."),
            ("c", "Și după ce o schimbă, cât mai stă liftul oprit? Trebuie să vină iar "
                  "inspecția?"),
            ("a", "După montaj, tehnicianul face probele pe loc și, dacă totul funcționează, "
                  "liftul se poate folosi din aceeași zi. Pentru înlocuirea acestei piese nu este "
                  "nevoie de o nouă inspecție."),
            ("c", "Bine. Puteți să-mi trimiteți și un mesaj cu ora, să-l pun la avizier?"),
            ("a", "Da, vă trimit acum un SMS cu data, ora și numele tehnicianului. Mai pot să vă "
                  "ajut cu ceva?"),
            ("c", "Nu, mulțumesc."),
            ("a", "Vă mulțumesc și eu. Dacă liftul se oprește din nou, ne sunați oricând, la "
                  "orice oră. La revedere!"),
        ], rings=1),
        "expect": ["R-TALK-10"],
        "note": "Lift maintenance desk; residents stuck since Friday. Complaint handled right "
                "(apology + urgent technician). The agent puts the caller on hold with 'Mhm. "
                "Hold on.' (no permission, no reason) and after resuming goes straight to the "
                "answer without thanking -> R-TALK-10. Questions (how long stopped, new "
                "inspection?, SMS?) answered; full closing over the last two agent turns.",
    },
    # t05 clean: boiler maintenance, transfer to a technician, fixed on the phone.
    {
        "transcript": tr("phone", "Elena", [
            ("a", "Rețea Electrica, bună ziua, mă numesc Elena. Cu ce vă pot ajuta?"),
            ("c", "Bună ziua. Mi-a făcut un coleg de-al dumneavoastră revizia la centrală "
                  "săptămâna trecută și de atunci se oprește și dă eroare. Înainte mergea "
                  "perfect, deci ceva a stricat omul ăla."),
            ("a", "Îmi pare rău că centrala vă face probleme de la revizie, mai ales pe frigul "
                  "ăsta. Vă fac legătura cu un coleg tehnician, care vă spune pe loc ce înseamnă "
                  "eroarea și, dacă e nevoie, vă programează o vizită gratuită. Sunteți de acord?"),
            ("c", "Da, dați-mi-l."),
            ("a", "Bun. Îi spun colegului meu, Marius, că centrala revizuită săptămâna trecută "
                  "se oprește cu eroare. Vă rog să rămâneți pe linie."),
            ("transfer", "service centrale"),
            ("a", "Bună ziua, sunt Marius, tehnician la service-ul de centrale. Colega mi-a spus "
                  "că centrala se oprește de la revizie. Ce cod vedeți pe afișaj?"),
            ("c", "E F28. Și acum ce fac, trebuie să chem iar pe cineva?"),
            ("a", "F28 înseamnă că centrala nu reușește să aprindă flacăra, de cele mai multe ori "
                  "pentru că nu vine destul gaz. Vă rog să verificați dacă robinetul galben de sub "
                  "centrală stă paralel cu țeava."),
            ("c", "Stați să mă uit... E pe jumătate, cam strâmb."),
            ("a", "Mhm, de acolo poate fi. Rotiți-l, vă rog, până ajunge paralel cu țeava, apoi "
                  "țineți apăsat butonul de resetare cinci secunde."),
            ("c", "Gata... a pornit. Deci de la robinet era?"),
            ("a", "Da, cel mai probabil robinetul a rămas întredeschis după revizie, iar asta ține "
                  "de noi, nu de dumneavoastră, și vă cer scuze. Nu mai trebuie să chemați pe "
                  "nimeni, dar dacă doriți, un tehnician poate verifica gratuit instalația marți "
                  "sau miercuri."),
            ("c", "Nu, dacă merge, e bine așa. Mulțumesc mult."),
            ("a", "Cu plăcere. Mai pot să vă ajut cu altceva?"),
            ("c", "Nu, asta a fost tot."),
            ("a", "Vă mulțumesc și eu pentru răbdare. Dacă mai apare eroarea, ne sunați oricând "
                  "și venim să vedem. La revedere și o seară bună!"),
        ], rings=2),
        "expect": [],
        "note": "Boiler maintenance. Complaint about a colleague's service ('that man broke "
                "something') -> apology + transfer to a technician with a summary; the agent "
                "neither defends nor runs down the colleague. Second agent introduces himself "
                "after the transfer, fixes it on the phone, owns the cause ('on us, not you'), "
                "answers 'do I need to call someone again?' ('no need'). Full closing by the "
                "second agent over his last two turns. Clean; 'Sunteți de acord?' is not an "
                "'are you a ...?' question.",
    },
    # t06 violating: alarm monitoring; agent blames the customer, no apology, lectures.
    {
        "transcript": tr("chat", "Sorin", [
            ("a", "Bună ziua, sunt Sorin, de la Rețea Electrica, serviciul de alarme și "
                  "monitorizare. Cu ce vă pot ajuta?"),
            ("c", "Buna ziua. Azi noapte la 3 a sunat alarma din senin, a venit si echipajul, "
                  "s-au trezit toti vecinii. Acum mai aflu ca trebuie sa platesc si deplasarea?? "
                  "Nu platesc nimic pentru o alarma care o ia razna singura."),
            ("a", "Am verificat istoricul sistemului. Alarma a pornit de la senzorul ferestrei "
                  "din baie, care a fost lăsată deschisă, deci senzorul și-a făcut treaba. "
                  "Deplasarea se plătește conform contractului pe care l-ați semnat."),
            ("c", "Fereastra era inchisa, o inchid in fiecare seara. Puteti trimite pe cineva sa "
                  "verifice senzorul?"),
            ("a", "Vă cer scuze, nu am vrut să par că nu vă cred. Un tehnician poate verifica "
                  "senzorul vineri, între 10 și 13, fără cost, iar dacă găsește o defecțiune, "
                  "anulăm taxa de deplasare."),
            ("c", "Vineri e bine. Si pana atunci pot lasa alarma pornita sau iar suna?"),
            ("a", "O puteți lăsa pornită. Ca să evităm o nouă alarmă falsă, pot dezactiva până "
                  "vineri doar senzorul de la baie, iar restul casei rămâne protejat."),
            ("c", "Da, dezactivati-l va rog."),
            ("a", "L-am dezactivat acum și am notat vizita pentru vineri, între 10 și 13. Mai "
                  "este ceva cu care vă pot ajuta?"),
            ("c", "Nu."),
            ("a", "Vă mulțumesc pentru răbdare. Ne puteți scrie oricând aici dacă mai apare "
                  "ceva. La revedere!"),
        ]),
        "expect": ["R-TALK-6", "R-TALK-12"],
        "note": "Alarm monitoring chat; false alarm at 3 a.m. and a call-out fee. The agent's "
                "reply to the complaint blames the customer in the passive ('the window was "
                "left open, the sensor did its job') and cites 'the contract you signed' -> "
                "R-TALK-6; it has no apology and nothing offered -> R-TALK-12. The later "
                "disagreement is handled right (apology + free check + fee waived if faulty). "
                "Questions answered; full closing over the last two agent turns.",
    },
    # t07 clean: museum membership cards not received.
    {
        "transcript": tr("chat", "Laura", [
            ("a", "Bună ziua, sunt Laura, de la Rețea Electrica, biroul de abonamente al "
                  "Muzeului Energiei. Cu ce vă pot ajuta?"),
            ("c", "Bună ziua. Am cumpărat online abonamentul anual de familie pe 2 aprilie, am "
                  "plătit 240 de lei și nici acum nu am primit cardurile. Sâmbătă am venit cu "
                  "copiii și la intrare nu ne-au lăsat fără card, a trebuit să plătim bilete. "
                  "Chiar nu e în regulă."),
            ("a", "Aveți dreptate și îmi pare rău, mai ales pentru sâmbătă, când ați plătit bilete "
                  "deși aveați abonament. Vă returnez banii pe biletele de sâmbătă și vă trimit "
                  "acum cardurile digitale, pe care le puteți arăta de pe telefon. Îmi spuneți "
                  "numărul comenzii?"),
            ("c", "AB-2291. Biletele au fost 3 x 35 lei. Cardurile de plastic mai vin sau "
                  "rămânem doar cu varianta de pe telefon?"),
            ("a", "Mulțumesc. Am trimis cardurile digitale pe adresa din comandă și am cerut "
                  "returnarea celor 105 lei pe cardul cu care ați plătit; de obicei banii apar în "
                  "trei-cinci zile lucrătoare, în funcție de bancă. Cardurile de plastic au fost "
                  "tipărite ieri și le expediem mâine prin poștă, iar până atunci cele de pe "
                  "telefon sunt valabile la intrare."),
            ("c", "Da, le văd în e-mail. Mersi."),
            ("a", "Cu plăcere. Mai doriți să verific ceva legat de abonament?"),
            ("c", "Nu, atât. O zi bună."),
            ("a", "Vă mulțumesc că ne-ați scris și vă cer încă o dată scuze pentru sâmbătă. Ne "
                  "găsiți oricând aici dacă mai aveți nevoie de ceva. La revedere și vă așteptăm "
                  "la muzeu!"),
        ]),
        "expect": [],
        "note": "Museum membership desk: cards never arrived, family had to pay at the door. "
                "Apology + refund of the tickets + digital cards; the either/or question about "
                "the plastic cards is answered (printed, posted tomorrow, phone cards valid "
                "meanwhile); the refund time is an attributed estimate ('usually 3-5 working "
                "days, depending on the bank'). Full closing over the last two agent turns. "
                "Clean.",
    },
    # t08 violating: camping booking cancelled; power-socket question never answered.
    {
        "transcript": tr("phone", "Mihaela", [
            ("a", "Rețea Electrica, rezervări camping Vidraru, bună ziua, sunt Mihaela. Cu ce vă "
                  "pot ajuta?"),
            ("c", "Bună ziua. Am rezervat un loc de rulotă pentru 12-15 iulie, am primit "
                  "confirmarea, iar azi îmi vine un mesaj că rezervarea a fost anulată. Fără "
                  "nicio explicație! Ce s-a întâmplat?"),
            ("a", "Vă cer scuze pentru mesajul acesta, înțeleg că v-ați speriat. Mă uit imediat. "
                  "Îmi spuneți, vă rog, numărul de telefon cu care ați făcut rezervarea?"),
            ("c", "0744 562 310."),
            ("a", "Mulțumesc. Da, văd: plata avansului nu s-a înregistrat din cauza unei erori a "
                  "plății online de pe site-ul nostru, iar rezervarea s-a anulat automat. Locul "
                  "14 este încă liber, așa că am refăcut rezervarea pe aceleași date."),
            ("c", "Bine. Și avansul trebuie să-l plătesc din nou? Și încă ceva: la locul 14 avem "
                  "priză de curent pentru rulotă?"),
            ("a", "Da, vă trimit acum prin SMS un link nou de plată pentru avansul de 150 de lei, "
                  "valabil 48 de ore. Dacă banii v-au fost deja retrași de pe card prima dată, "
                  "spuneți-mi și îi returnăm."),
            ("c", "Nu, nu mi-au fost retrași. Plătesc acum."),
            ("a", "Perfect, văd plata. Rezervarea pentru locul 14, între 12 și 15 iulie, este "
                  "confirmată. Mai pot să vă ajut cu ceva?"),
            ("c", "Nu, mersi."),
            ("a", "Vă mulțumesc că ați sunat. Dacă aveți nevoie de ceva până în iulie, ne puteți "
                  "suna oricând. Vă doresc o vacanță frumoasă și la revedere!"),
        ], rings=3),
        "expect": ["R-TALK-9"],
        "note": "Camping site bookings, 3 rings (within the limit). Complaint about a "
                "cancellation -> apology + immediate check; 'what happened?' answered after the "
                "phone number (payment error on our site), booking restored. The customer then "
                "asks two questions: pay the deposit again? (answered) and is there a power "
                "socket at pitch 14? (never answered) -> R-TALK-9. Full closing.",
    },
    # t09 clean: heat-pump quote three weeks late; hold done right.
    {
        "transcript": tr("phone", "Bogdan", [
            ("a", "Bună ziua, Rețea Electrica, departamentul pompe de căldură, sunt Bogdan. Cu "
                  "ce vă pot ajuta?"),
            ("c", "Bună ziua. Acum trei săptămâni a venit un coleg de-al dumneavoastră să măsoare "
                  "casa pentru oferta de pompă de căldură. Mi-a zis că primesc oferta în cinci "
                  "zile. Am sunat de două ori și tot nimic. Chiar vreți clienți sau nu?"),
            ("a", "Aveți dreptate, trei săptămâni e mult prea mult și vă cer scuze. Mă ocup eu "
                  "acum de oferta dumneavoastră. Îmi spuneți, vă rog, adresa unde s-a făcut "
                  "măsurătoarea?"),
            ("c", "Strada Morilor 7, Sibiu. Pe numele Ana Rusu."),
            ("a", "Mulțumesc, doamna Rusu. Vă pot pune în așteptare două-trei minute, cât verific "
                  "cu colegul care a făcut măsurătoarea unde a rămas oferta?"),
            ("c", "Da, aștept."),
            ("hold",),
            ("resume",),
            ("a", "Vă mulțumesc că ați așteptat. Oferta era gata din 14 martie, dar nu a plecat "
                  "din cauza unei greșeli a noastre la adresa de e-mail. V-am trimis-o acum pe "
                  "ana.rusu@gmail.com, o vedeți?"),
            ("c", "Da, a venit. 38.500 de lei... Prețul include și montajul? Și pot să o depun la "
                  "Casa Verde?"),
            ("a", "Da, suma include montajul, punerea în funcțiune și prima revizie. Oferta este "
                  "făcută în formatul cerut de programul Casa Verde, deci o puteți pune la dosar. "
                  "Potrivit anunțului de pe site-ul programului, înscrierile ar urma să înceapă "
                  "în aprilie."),
            ("c", "Bine, mulțumesc mult."),
            ("a", "Eu vă mulțumesc pentru răbdare, doamna Rusu. Mai pot să vă ajut cu ceva legat "
                  "de ofertă?"),
            ("c", "Nu, deocamdată nu."),
            ("a", "Atunci vă doresc o zi bună. Dacă aveți întrebări când o citiți în detaliu, ne "
                  "puteți suna oricând la acest număr. La revedere!"),
        ], rings=2),
        "expect": [],
        "note": "Heat-pump installer; the quote is three weeks late ('do you even want "
                "customers?', rhetorical). Apology + 'I'm handling it now'; hold with permission "
                "and reason, thanks after resume; own mistake owned. Both questions answered "
                "(montage included: yes; usable for the Casa Verde grant: yes, with an "
                "attributed date). Closing spread: thanks + anything else, then come back + "
                "goodbye. Clean.",
    },
    # t10 violating: prosumer meter not changed; apology + justification, nothing offered;
    # closing never asks whether anything else is needed.
    {
        "transcript": tr("phone", "Alina", [
            ("a", "Rețea Electrica, bună ziua, sunt Alina. Cu ce vă pot ajuta?"),
            ("c", "Bună ziua. Am panourile solare montate de la dumneavoastră din ianuarie și nici "
                  "acum nu mi-ați schimbat contorul, deci tot ce produc dau în rețea pe gratis. "
                  "Patru luni! E bătaie de joc."),
            ("a", "Vă cer scuze pentru întârziere. Din păcate, contoarele noi se montează în "
                  "ordinea dosarelor, iar în zona dumneavoastră sunt foarte multe cereri în "
                  "primăvara aceasta."),
            ("c", "Și cât mai am de așteptat? Și cine îmi plătește curentul dat până atunci?"),
            ("a", "Montajul la adresa dumneavoastră este programat pe 22 mai, iar cu două zile "
                  "înainte primiți confirmarea prin SMS. Energia livrată până atunci nu se pierde: "
                  "contorul actual o înregistrează, iar noi o regularizăm pe prima factură după "
                  "schimbare."),
            ("c", "Bine, dacă e așa. Puteți să-mi trimiteți asta și în scris?"),
            ("a", "Da, vă trimit acum un e-mail cu data montajului și cu explicația despre "
                  "regularizare, pe adresa din contract."),
            ("c", "Bine, mulțumesc."),
            ("a", "Eu vă mulțumesc pentru înțelegere. Dacă aveți orice altă întrebare până pe 22 "
                  "mai, ne puteți suna oricând. La revedere!"),
        ], rings=1),
        "expect": ["R-TALK-12", "R-TALK-2"],
        "note": "Solar installer, meter for a prosumer not changed for four months ('a "
                "mockery'). The agent apologises but only justifies (meters fitted in order, "
                "many requests): nothing offered in that turn -> R-TALK-12. Both follow-up "
                "questions (how long, who pays) are answered in the next turn. The closing "
                "thanks, says 'call any time' and goodbye, but never asks whether anything else "
                "is needed -> R-TALK-2.",
    },
]


ITEMS = [
    # ---------------- R-TALK-9: 6 clean + 6 violations (alternating) ----------------
    {
        "customer": "Bună ziua, am programare joi la 10 pentru detartraj. Pot să vin și cu "
                    "fetița de 6 ani, să-i vadă cineva o carie în aceeași vizită? Și mai vreau "
                    "să știu dacă acceptați plata cu cardul, că data trecută nu mergea aparatul.",
        "text": "Bună ziua, doamna Ionescu,\n\nVă mulțumim pentru mesaj. Joi la 10:30, imediat "
                "după detartrajul dumneavoastră, doamna doctor Marin, care lucrează cu copiii, "
                "are un loc liber, așa că am programat-o pe fiica dumneavoastră atunci. "
                "Terminalul de plată a fost înlocuit luna trecută, deci puteți plăti cu cardul "
                "fără probleme.\n\nCu stimă,\nAdina Pop\nRecepție, Clinica Dentară Zâmbet",
        "expect": [],
        "channel": "email",
        "note": "Dental practice. Two questions (bring the 6-year-old daughter in the same "
                "visit? card payment?) answered implicitly: a slot booked for the child, 'the "
                "terminal was replaced, you can pay by card'. The customer's 'fetița' is hers; "
                "the agent says 'fiica'. Clean.",
    },
    {
        "customer": "buna ziua, vreau sa inscriu baiatul la after school din toamna. mai sunt "
                    "locuri la grupa de clasa I? cat costa pe luna cu masa inclusa? si alt "
                    "lucru, il luati voi de la scoala nr 5 sau trebuie sa-l aduc eu?",
        "text": "Bună ziua,\n\nLa grupa de clasa I mai avem patru locuri pentru anul școlar "
                "care începe în septembrie. Taxa lunară este de 950 de lei și include prânzul "
                "și gustarea de după-amiază. Programul începe zilnic la 12:30, imediat după "
                "ore, și se încheie la 17:30. Pentru înscriere, vă rugăm să completați "
                "formularul atașat și să ni-l trimiteți până pe 30 iunie.\n\nCu stimă,\nRoxana "
                "Georgescu\nClubul After School Ghiozdanul",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "After-school club registration. Three questions: places left (answered), "
                "monthly price with meals (answered), do you collect him from School no. 5 or "
                "must I bring him (only the schedule, 'starts at 12:30 right after classes', "
                "which is on the topic but does not say who brings the child) -> R-TALK-9.",
    },
    {
        "customer": "Am picat traseul ieri. Cand pot sa ma reprogramez la examen si trebuie sa "
                    "mai fac ore suplimentare inainte sau nu e obligatoriu?",
        "text": "Imi pare rau pentru examen. La traseu va puteti reprograma dupa cel putin 15 "
                "zile, iar cea mai apropiata data libera pe care o putem cere pentru "
                "dumneavoastra este 14 mai. Orele suplimentare nu sunt cerute de lege, dar va "
                "recomandam doua sedinte cu instructorul, mai ales pe zona unde ati avut "
                "probleme ieri. Daca doriti, va rezerv acum si sedintele, si data de examen.",
        "expect": [],
        "channel": "chat",
        "note": "Driving school chat, agent reply typed entirely without diacritics (not a "
                "typo). Two questions: when can I rebook (after 15 days, earliest 14 May), must "
                "I take extra lessons (yes/no answered: 'not required by law', two recommended). "
                "Clean.",
    },
    {
        "customer": "Livrarea dulapului e programată marți, dar eu sunt plecat din oraș până "
                    "miercuri seara. Se poate muta pe sâmbătă? Și echipa de montaj ia cu ea "
                    "cartoanele sau rămân eu cu ele în apartament?",
        "text": "Bună ziua, domnule Tudor,\n\nAm mutat livrarea și montajul pe sâmbătă, 18 mai, "
                "între 9 și 13; echipa vă sună cu o oră înainte să ajungă. Înțelegem că într-un "
                "apartament cartoanele mari pot încurca destul de mult.\n\nCu stimă,\nIulia "
                "Marinescu\nLivrări și montaj",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Furniture shop delivery and assembly. Move to Saturday? (done). Does the crew "
                "take the cardboard away? Met only with sympathy ('we understand large boxes "
                "get in the way'), no answer -> R-TALK-9.",
    },
    {
        "customer": "Buna ziua, am lasat paltonul de lana la curatat pe 3 si are o pata de vin "
                    "pe maneca. Iese pata? Si cand il pot ridica?",
        "text": "Bună ziua! Deocamdată nu vă pot spune dacă pata iese: colegul care se ocupă de "
                "petele dificile face proba joi dimineață, iar eu vă sun joi până la ora 14 cu "
                "rezultatul. Dacă pata iese, paltonul este gata de ridicat vineri după ora 16. "
                "Dacă nu iese complet, vă spun joi ce variante aveți și cât costă.",
        "expect": [],
        "channel": "sms",
        "note": "Dry cleaner. Will the wine stain come out? An honest 'not known yet' with a "
                "dated follow-up (call on Thursday by 14:00). When can I pick it up? Friday "
                "after 16:00 if it comes out. Clean.",
    },
    {
        "customer": "Mi-am pierdut cheile de la apartament, sunt în fața ușii. Cât vă ia să "
                    "ajungeți în Drumul Taberei? Și cât mă costă deschiderea, fără să-mi "
                    "stricați yala?",
        "text": "Îmi pare rău că ați rămas pe dinafară. Colegul nostru Adrian este acum în "
                "Militari și poate ajunge la dumneavoastră în aproximativ 30 de minute; vă sună "
                "când pornește spre adresa dumneavoastră. Ușile obișnuite le deschidem fără "
                "distrugere în majoritatea cazurilor, iar plata se face pe loc, numerar sau cu "
                "cardul.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "note": "Locksmith. How long to get to Drumul Taberei? (about 30 minutes). How much "
                "does opening cost, without breaking the lock? The reply covers 'without "
                "breaking' and how to pay, but never gives the price -> R-TALK-9 (on the same "
                "topic, not an answer).",
    },
    {
        "customer": "Bună ziua, vrem să facem poze de familie la studio în decembrie, suntem 5 "
                    "plus un câine. Se poate cu câine? Cât durează ședința? Și pozele le primim "
                    "pe stick sau online?",
        "text": "Bună ziua,\n\nFotografiile vi le trimitem printr-o galerie online, din care le "
                "puteți descărca la rezoluție maximă timp de 60 de zile; un stick USB costă în "
                "plus 40 de lei. O ședință de familie durează aproximativ o oră, cu pauze cu "
                "tot. Animalele sunt binevenite, vă rugăm doar să ne spuneți la programare ce "
                "talie are câinele, ca să pregătim fundalul potrivit. În decembrie mai avem "
                "locuri libere în weekendurile de 7 și 14.\n\nCu stimă,\nMaria Constantin\n"
                "Studio Foto Lumina",
        "expect": [],
        "channel": "email",
        "note": "Photo studio. Three questions answered in reverse order; the yes/no about the "
                "dog is answered implicitly ('animals are welcome'). Clean.",
    },
    {
        "customer": "Am abonament anual la zoo care expira luna asta. Daca il reinnoiesc acum "
                    "se pastreaza reducerea de 20% de anul trecut? Si cu abonamentul asta intra "
                    "si copiii gratis sau doar eu?",
        "text": "Bună ziua! Da, dacă reînnoiți abonamentul până pe 31 mai, reducerea de "
                "fidelitate de 20% se aplică din nou, iar prețul devine 160 de lei. Reînnoirea "
                "o puteți face din contul de pe site, la Abonamente, sau la casa de bilete. "
                "Pentru copii avem în weekend și ateliere despre animale, la ora 11, la "
                "pavilionul de la intrare.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "note": "Zoo membership. Keeps the 20% discount? (yes, until 31 May). Do the children "
                "get in free with this pass or only me? The reply talks about children's "
                "weekend workshops, on the topic but not an answer -> R-TALK-9.",
    },
    {
        "customer": "Buna ziua, am o barca cu vele de 8 metri si as vrea sa stiu daca aveti loc "
                    "la ponton pentru iulie si august si cat ar costa. De asemenea ma intereseaza "
                    "daca am acces la curent si apa la loc",
        "text": "Bună ziua,\n\nPentru o ambarcațiune de 8 metri avem un loc liber la pontonul B "
                "pentru toată perioada 1 iulie - 31 august. Tariful pentru cele două luni este "
                "de 3.600 de lei și include curentul și apa, fiecare loc având priza și "
                "robinetul lui. Dacă doriți locul, vă rugăm să ne confirmați până vineri, 14 "
                "iunie, prin răspuns la acest e-mail.\n\nCu stimă,\nVictor Stan\nMarina "
                "Siutghiol",
        "expect": [],
        "channel": "email",
        "note": "Marina berth. Embedded questions without '?' ('I'd like to know whether...', "
                "'I'm also interested whether...'): place (yes, pontoon B), price (3,600 lei), "
                "power and water (included, own socket and tap). Clean.",
    },
    {
        "customer": "Am platit cursul de Excel avansat pe 1 aprilie dar modulul 4 nu se "
                    "deschide, scrie ca nu am acces. Va rog sa imi spuneti de ce se intampla "
                    "asta. Si as vrea sa stiu daca mi se prelungeste accesul cu cele doua "
                    "saptamani pierdute",
        "text": "Bună ziua,\n\nModulul 4 se deschidea doar după testul din modulul 3, iar pentru "
                "înscrierile din 1 aprilie regula a rămas activă din greșeala noastră, deși "
                "testul este opțional. Am deblocat manual toate modulele cursului, așa că le "
                "puteți parcurge acum în ce ordine doriți. Ne cerem scuze pentru neplăcere.\n\n"
                "Cu stimă,\nEchipa de suport a platformei de cursuri",
        "expect": ["R-TALK-9"],
        "channel": "web_form",
        "note": "Online course platform. 'Tell me why this happens' answered (a rule left on by "
                "our mistake) and fixed; 'I'd like to know whether my access is extended by the "
                "two lost weeks' is never addressed -> R-TALK-9.",
    },
    {
        "customer": "Buna ziua, revin la mesajul de ieri. Ati spus ca tehnicianul vine joi "
                    "pentru revizia liftului. La ce ora mai exact? Trebuie sa oprim noi liftul "
                    "dinainte sau se ocupa el?",
        "text": cedilla(
            "Bună ziua, domnule Dumitrescu,\n\nTehnicianul ajunge joi la ora 9:00 și lucrează "
            "aproximativ două ore. El oprește liftul la sosire și îl repornește la final, deci "
            "nu trebuie să faceți nimic dinainte. Vă rugăm doar să afișați la intrare anunțul "
            "pentru locatari pe care vi-l trimitem atașat, gata de tipărit.\n\nCu stimă,\n"
            "Cosmin Oprea\nService ascensoare"),
        "expect": [],
        "channel": "email",
        "note": "Lift maintenance, follow-up message referring back to yesterday. What time "
                "exactly? (9:00). Must we switch the lift off ourselves? (no, he does it). "
                "Typed with cedilla ş/ţ, a keyboard variant, not a typo. Clean.",
    },
    {
        "customer": "Buna, vrem sa venim cu cortul la camping in weekendul de 1 iunie, doi "
                    "adulti si doi copii. Trebuie rezervare sau venim direct? Se poate face foc "
                    "de tabara? Si aveti dusuri cu apa calda?",
        "text": "Bună ziua,\n\nPentru weekendul de 1 iunie vă recomandăm să rezervați, pentru "
                "că locurile de cort se ocupă repede în minivacanță; rezervarea o puteți face "
                "pe site sau la telefon. Tariful este de 35 de lei pe noapte pentru un adult și "
                "20 de lei pentru un copil, plus 25 de lei pentru cort. Dușurile au apă caldă "
                "non-stop, iar grupurile sanitare se curăță de trei ori pe zi.\n\nCu stimă,\n"
                "Recepția campingului",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Camping site. Booking needed? (recommended, how to book). Hot showers? (yes). "
                "Can we make a campfire? Not addressed at all -> R-TALK-9.",
    },
    # ---------------- R-TALK-6: 6 clean + 6 violations (alternating) ----------------
    {
        "text": "Bună ziua, domnule Lupu,\n\nProgramarea de ieri a fost anulată pentru că "
                "doamna doctor Stoica a avut o urgență în familie, iar noi nu v-am anunțat la "
                "timp. Greșeala este a noastră și ne pare rău că ați făcut drumul degeaba. V-am "
                "rezervat vineri, la ora 16:00, iar consultația de control nu vă va fi "
                "taxată.\n\nCu stimă,\nAdina Pop\nRecepție, Clinica Dentară Zâmbet",
        "expect": [],
        "channel": "email",
        "note": "Dental practice: appointment cancelled. Cause explained without blame (the "
                "dentist's family emergency, named neutrally), our own failure to warn owned, "
                "new slot and no fee. Clean near miss of blame.",
    },
    {
        "text": "Bună ziua, doamna Enache,\n\nEchipa de montaj a ajuns la ora stabilită, dar nu "
                "a putut lucra, pentru că spațiul pentru dulap nu era eliberat. Dacă ați fi "
                "citit e-mailul de confirmare, ați fi știut că mobila veche trebuie scoasă "
                "înainte de venirea noastră. Vă putem reprograma montajul pe 22 mai, cu taxa de "
                "deplasare de 150 de lei.\n\nCu stimă,\nIulia Marinescu\nLivrări și montaj",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Furniture assembly. Counterfactual lecturing and blame ('if you had read the "
                "confirmation e-mail, you would have known...') on a polite surface; an "
                "alternative is offered, but the blame stays -> R-TALK-6.",
    },
    {
        "text": "Bună ziua,\n\nLa grupa mijlocie nu mai avem niciun loc liber pentru "
                "septembrie; toate cele 22 de locuri s-au ocupat în prima săptămână de "
                "înscrieri. Vă putem trece pe lista de așteptare, unde ați fi pe locul trei, și "
                "vă anunțăm imediat ce se eliberează un loc. Între timp, la grupa cu program "
                "scurt de la sediul din strada Teilor mai sunt două locuri, dacă vă ajută ca "
                "soluție provizorie.\n\nCu stimă,\nMonica Vasilescu\nSecretariat, Grădinița "
                "Orizont",
        "expect": [],
        "channel": "email",
        "note": "Kindergarten registration: no place left, but the refusal comes with two "
                "alternatives (waiting list with position, a short-day group elsewhere). "
                "'Grădinița' is the ordinary word for kindergarten, not a wheedling diminutive. "
                "Clean near miss of a flat refusal.",
    },
    {
        "text": "Înțeleg că v-ar fi mai simplu să vorbiți direct cu domnul Pavel, însă numerele "
                "de telefon ale instructorilor nu le comunicăm cursanților. Regula este aceeași "
                "pentru toată lumea și nu facem excepții.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Driving school. Polite on the surface, but refuses the instructor's contact "
                "details and offers no other way to reach him ('no exceptions') -> R-TALK-6.",
    },
    {
        "text": "Bună ziua, doamna Niculescu,\n\nAm verificat bonul și data predării apare 5 "
                "martie, nu 2 martie, așa că ne aflăm încă în termenul de 7 zile pentru "
                "comenzile standard. Vă înțeleg graba, mai ales că aveți nevoie de cămașă "
                "sâmbătă. Am rugat colegii din atelier să o treacă în față și o puteți ridica "
                "mâine după ora 12, fără cost suplimentar.\n\nCu stimă,\nCarmen Dobre\n"
                "Curățătoria Express",
        "expect": [],
        "channel": "email",
        "note": "Dry cleaner. A factual correction made politely (the receipt says 5 March, not "
                "2 March), followed by help (rushed, ready tomorrow, free). Clean near miss of "
                "contradicting the customer.",
    },
    {
        "text": "Bună ziua,\n\nVă cer scuze pentru pata de înălbitor de pe pulover. Sincer, "
                "colegul din tura de dimineață nu e la prima greșeală de felul acesta, nu se "
                "uită niciodată pe etichete. Vă returnăm contravaloarea puloverului, 280 de lei, "
                "în contul indicat, în trei zile lucrătoare.\n\nCu stimă,\nCarmen Dobre\n"
                "Curățătoria Express",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Laundry. Apology and refund, but the agent runs down a colleague ('not his "
                "first mistake like this, he never checks the labels') -> R-TALK-6.",
    },
    {
        "text": "Bună ziua,\n\nYala pe care v-am montat-o marți este produsă de firma Kale, iar "
                "defectul apărut la cilindru este acoperit de garanția de doi ani. Colegul "
                "nostru Ionuț Stan vine mâine, între 10 și 12, să înlocuiască cilindrul, fără "
                "niciun cost pentru dumneavoastră. Ne pare rău că ați folosit două zile ușa din "
                "spate.\n\nCu stimă,\nDispeceratul de intervenții",
        "expect": [],
        "channel": "email",
        "note": "Locksmith. The lock maker (a partner) named neutrally, warranty repair booked, "
                "apology. 'Ionuț' is a first name, not a diminutive used by the agent. Clean "
                "near miss of running down a partner.",
    },
    {
        "text": "Aveți dreptate să vă plângeți, sistemul nostru de programări e un haos de când "
                "l-au schimbat, nici noi nu mai știm ce vizite avem în ziua respectivă. Am găsit "
                "totuși vizita pentru verificarea anuală a alarmei și am mutat-o pe joi, la ora "
                "11.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Alarm company. The agent fixes the visit but runs down the company and its "
                "booking system ('a mess since they changed it, we don't know our own visits') "
                "-> R-TALK-6.",
    },
    {
        "text": "Bună ziua, domnule Grigore,\n\nAveți dreptate când scrieți că „fotografiile au "
                "ieșit prea întunecate”. Problema este la noi, nu la fișierele trimise de "
                "dumneavoastră: la tipărire s-a setat greșit luminozitatea. Retipărim gratuit "
                "toate cele 40 de fotografii și le predăm curierului joi, iar numărul de urmărire "
                "vi-l trimitem pe e-mail.\n\nCu stimă,\nMaria Constantin\nStudio Foto Lumina",
        "expect": [],
        "channel": "email",
        "note": "Photo studio. Quotes the customer's complaint, negated blame ('not in the files "
                "you sent'), own mistake owned, free reprint with a sober dated step. Clean near "
                "miss of blame.",
    },
    {
        "text": "Bună ziua,\n\nVă mulțumim pentru mesaj. Din păcate, testul final a fost trimis "
                "pe 2 mai, la două zile după termenul afișat pe pagina cursului încă din prima "
                "zi. Ar fi fost util să urmăriți calendarul de la început, ca să evitați astfel "
                "de situații. Certificatul nu poate fi emis în aceste condiții.\n\nCu stimă,\n"
                "Echipa de suport a platformei de cursuri",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Online course platform. Implied blame ('the deadline was shown from day one'), "
                "lecturing ('it would have been useful to follow the calendar') and a flat "
                "refusal with no alternative -> R-TALK-6.",
    },
    {
        "text": "Domnul Pavel nu are un telefon de serviciu pentru cursanți, dar i-am transmis "
                "mesajul dumneavoastră și vă sună mâine între 8 și 9, înainte de prima oră de "
                "condus. Dacă preferați, vă pot da și numărul coordonatorului de instructori, "
                "0745 300 210, care vă poate ajuta cu schimbarea programului.",
        "expect": [],
        "channel": "chat",
        "note": "Driving school. Contact request: the instructor has no number for students, "
                "but a callback with a time and the coordinator's number are offered. Clean near "
                "miss of refusing contact details.",
    },
    {
        "text": "Nu este adevărat că locul vă fusese promis cu vedere la lac. În confirmarea "
                "primită scrie clar „loc standard”, iar noi nu facem schimbări pe baza a ce vi "
                "s-a părut la telefon. Vă așteptăm pe 12 iulie, conform rezervării.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Camping site. Contradicts the customer outright ('it is not true'), implies "
                "they misheard ('what it seemed to you on the phone') and refuses any change "
                "with nothing offered -> R-TALK-6.",
    },
    # ---------------- R-LETTER-1: 5 clean + 5 violations (alternating) ----------------
    {
        "text": "Stimată doamnă Petrescu,\n\nVă informăm că programarea dumneavoastră la "
                "Clinica Dentară Zâmbet din 12 iunie, ora 9:00, a fost mutată pe 14 iunie, ora "
                "9:30, deoarece cabinetul 2 intră în renovare. Vă rugăm să confirmați noua dată "
                "până pe 10 iunie, răspunzând DA la SMS-ul primit sau telefonic, la 0264 455 "
                "120. Dacă ora nu vă convine, vă propunem la telefon altă zi din aceeași "
                "săptămână.\n\nCu stimă,\nAdina Pop\nRecepție",
        "expect": [],
        "channel": "letter",
        "note": "Dental practice letter: appointment moved. States what to do (confirm), by "
                "when (10 June), how (reply YES or phone) and the alternative. Clean.",
    },
    {
        "text": "Stimate domnule Iordache,\n\nVă aducem la cunoștință că, începând cu 1 "
                "septembrie, taxa lunară pentru programul prelungit al Grădiniței Orizont se "
                "modifică de la 1.200 de lei la 1.350 de lei. Creșterea se datorează noului "
                "contract de catering și majorării costurilor cu personalul. Taxa pentru "
                "programul scurt rămâne neschimbată.\n\nCu stimă,\nMonica Vasilescu\n"
                "Secretariat",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Kindergarten fee change letter. States the new fee and the reasons, then "
                "stops: nothing on whether the parent must sign an annex, pay differently, or "
                "needs to do nothing -> R-LETTER-1.",
    },
    {
        "text": "Stimate domnule Tudor,\n\nVă confirmăm că avansul de 800 de lei pentru "
                "canapeaua comandată pe 3 aprilie, comanda 55120, a fost returnat pe 9 mai pe "
                "cardul cu care ați plătit. Nu trebuie să faceți nimic: suma apare în contul "
                "dumneavoastră în funcție de bancă, de obicei în trei-cinci zile lucrătoare. "
                "Dacă după 20 mai nu o vedeți, vă rugăm să ne scrieți la livrari@mobila-casa.ro "
                "și verificăm împreună cu banca.\n\nCu stimă,\nIulia Marinescu\nLivrări și "
                "montaj",
        "expect": [],
        "channel": "letter",
        "note": "Furniture shop letter: deposit returned. Says nothing is needed and why (the "
                "refund goes to the card automatically) and what to do if it has not arrived by "
                "20 May. Clean.",
    },
    {
        "text": "Stimată doamnă Rusu,\n\nVă informăm că, la data de 31 martie, contractul de "
                "întreținere nr. PC-2231 pentru pompa de căldură de la adresa strada Morilor 7, "
                "Sibiu, a încetat, ca urmare a expirării perioadei de 24 de luni. Ultima revizie "
                "inclusă în contract a fost efectuată pe 14 februarie.\n\nVă mulțumim pentru "
                "colaborare.\n\nCu stimă,\nBogdan Nistor\nDepartamentul pompe de căldură",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Heat-pump installer: maintenance contract ended. States the end and the last "
                "service, thanks, and stops: no word on renewing, what happens with the next "
                "service, or that nothing is needed -> R-LETTER-1.",
    },
    {
        "text": "Stimate domnule Vlad,\n\nLa verificarea dosarului dumneavoastră de înscriere "
                "la școala de șoferi am constatat că lipsește fișa medicală pentru categoria B. "
                "Vă rugăm să o aduceți în original la secretariat, de luni până vineri între 9 "
                "și 17, până pe 20 septembrie. Fără ea nu vă putem programa la examenul de "
                "teorie, așa că, dacă aveți nevoie de mai mult timp, anunțați-ne la 0745 300 "
                "200.\n\nCu stimă,\nElena Barbu\nSecretariat",
        "expect": [],
        "channel": "letter",
        "note": "Driving school letter: document missing. What (medical certificate, "
                "original), how and where (office hours), by when (20 September), and what to "
                "do if more time is needed. Clean.",
    },
    {
        "text": "Stimate domnule Stan,\n\nVă informăm că rezervarea locului 7 de la pontonul A, "
                "pentru perioada 1-31 iulie, a fost anulată, deoarece pontonul A intră în "
                "reparații capitale în această vară. Ne pare rău pentru această schimbare. "
                "Avansul de 900 de lei va fi returnat integral.\n\nCu stimă,\nVictor Stan\n"
                "Marina Siutghiol",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Marina letter: berth booking cancelled, deposit to be returned. Apologises but "
                "never says what the customer should do (send bank details? book another "
                "pontoon?) or that nothing is needed -> R-LETTER-1.",
    },
    {
        "text": "Stimată doamnă Marin,\n\nÎn evidența noastră figurează o haină de blană predată "
                "la curățat pe 14 ianuarie, bon nr. 4471, care nu a fost încă ridicată. Vă rugăm "
                "să o ridicați de la magazinul din strada Horea 21, de luni până sâmbătă între 8 "
                "și 20, până pe 30 aprilie. Dacă nu puteți veni până atunci, sunați-ne la 0264 "
                "590 300 și o păstrăm încă o lună, fără cost.\n\nCu stimă,\nCarmen Dobre\n"
                "Curățătoria Express",
        "expect": [],
        "channel": "letter",
        "note": "Dry cleaner letter: item not collected. What (collect the coat), where and "
                "when (shop hours, by 30 April), and an alternative (call to keep it another "
                "month). Clean.",
    },
    {
        "text": "Stimate domnule Grigore,\n\nVă comunicăm că solicitarea dumneavoastră din 3 "
                "mai a fost aprobată, iar abonamentul individual de membru al Muzeului "
                "Energiei a fost transformat în abonament de familie. Noul abonament este "
                "valabil de la 1 iunie până la 31 mai anul viitor și include accesul pentru doi "
                "adulți și trei copii.\n\nCu stimă,\nLaura Mihai\nBiroul de abonamente",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Museum membership letter: upgrade approved. States the decision and validity, "
                "but not whether the customer must pay a difference, collect new cards or do "
                "nothing -> R-LETTER-1.",
    },
    {
        "text": "Stimată Asociație de Proprietari Fabricii 12,\n\nVă informăm că revizia anuală "
                "a ascensorului, programată pe 5 martie, a fost mutată pe 12 martie, între 9 și "
                "13, la cererea inspectorului. Nu este nevoie să faceți nimic: tehnicianul "
                "folosește cheia camerei de mașini pe care o păstrăm noi, iar anunțul pentru "
                "locatari îl afișăm noi cu trei zile înainte.\n\nCu stimă,\nCosmin Oprea\n"
                "Service ascensoare",
        "expect": [],
        "channel": "letter",
        "note": "Lift maintenance letter: inspection date moved. Says nothing is needed and why "
                "(we hold the key, we post the notice). Clean.",
    },
    {
        "text": "Stimată doamnă Enache,\n\nVă mulțumim pentru înscrierea la cursul online "
                "„Instalații fotovoltaice pentru locuințe”, achitat pe 2 mai. Factura pe firmă "
                "pe care ați solicitat-o nu a fost încă emisă: în contul dumneavoastră nu "
                "figurează deocamdată codul fiscal și adresa sediului social al firmei. Până la "
                "emiterea ei, plata apare în cont ca plată a unei persoane fizice.\n\nCu stimă,\nEchipa platformei de cursuri",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Online course platform letter: company invoice could not be issued, tax code "
                "and registered address not yet in the account (stated neutrally, no reproach, "
                "nothing about a form filled in wrongly). It never says what the customer should send, how or "
                "by when -> R-LETTER-1.",
    },
    # ---------------- R-TALK-2 closings: 4 clean + 4 violations (alternating) ----------------
    {
        "text": "Bun, atunci rămâne programarea de marți la 9, la doamna doctor Marin. Mai "
                "aveți nevoie de ceva de la noi? Dacă nu, vă mulțumesc că ați sunat. Dacă "
                "apare ceva până marți, ne puteți suna oricând. La revedere!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Dental practice phone closing: anything else? / thanks / call any time / "
                "goodbye, in spoken style. Clean.",
    },
    {
        "text": "Vă mai putem ajuta cu altceva legat de comandă sau de montaj? Vă mulțumim că "
                "ați ales magazinul nostru și vă dorim să vă bucurați de noua bibliotecă.\n\n"
                "Cu stimă,\nIulia Marinescu\nLivrări și montaj",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Furniture shop e-mail closing: asks, thanks, sign-off (counts as goodbye), but "
                "never says the customer can always come back -> R-TALK-2.",
    },
    {
        "text": "Mai aveti vreo intrebare despre curs? Daca nu, va multumesc pentru rabdare si "
                "va doresc spor la invatat. Ne puteti scrie oricand aici, in chat. O zi buna si "
                "la revedere!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Online course chat closing typed entirely without diacritics (not a typo). "
                "All four parts present. Clean.",
    },
    {
        "text": "Bun, deci v-am trecut pentru trei nopți, de pe 9 august, locul 22, lângă "
                "dușuri. Mai doriți să vă ajut cu ceva? Dacă vă trebuie ceva până atunci, ne "
                "sunați oricând. Vă așteptăm și drum bun! La revedere.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Camping phone closing: asks, says call any time, goodbye; 'we look forward to "
                "seeing you' is not a thank-you, and no thanks is given -> R-TALK-2.",
    },
    {
        "text": "Mai este ceva ce ați dori să clarificăm înainte de revizie? Vă mulțumim pentru "
                "colaborare și vă stăm oricând la dispoziție, prin e-mail sau la 021 310 40 "
                "40.\n\nCu stimă,\nCosmin Oprea\nService ascensoare",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Lift maintenance e-mail closing: asks, thanks, 'always at your disposal' "
                "(come back), sign-off as goodbye. Clean.",
    },
    {
        "text": "Vă mulțumesc pentru mesaj și pentru răbdare. Paltonul vă așteaptă la ghișeu "
                "de mâine, de la ora 10. Ne găsiți oricând aici, în chat. La revedere!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Dry cleaner chat closing: thanks, 'you can always find us here', goodbye, but "
                "never asks whether anything else is needed -> R-TALK-2.",
    },
    {
        "text": "Bun, am terminat și testul, alarma funcționează normal. Mai aveți nevoie de "
                "ceva de la noi azi? Dacă nu, vă mulțumesc mult pentru timp și răbdare. Dacă mai "
                "sună fără motiv, ne sunați oricând, zi și noapte. La revedere și o seară "
                "liniștită!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Alarm company phone closing in spoken style, all four parts. Clean.",
    },
    {
        "text": "Deci v-am programat sâmbătă la 11 pentru fotografiile de pașaport. Mai pot "
                "să vă ajut cu ceva? Vă mulțumesc că ați sunat și, dacă vreți să mutați "
                "programarea, ne puteți suna oricând.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Photo studio phone closing: asks, thanks, call any time, but no goodbye -> "
                "R-TALK-2.",
    },
]
