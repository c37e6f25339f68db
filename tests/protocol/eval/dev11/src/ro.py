"""dev11, Romanian (writer D): whole conversations and replies in new desks.

Desks: lost luggage, concert and event tickets, property management, a veterinary
practice, bike and scooter sharing, household waste collection, a language school,
a car service garage, a removals company, a cinema and theatre box office.
The organisation speaking is Rețea Electrica (treated as a company that also runs
such a desk) or it is left out where a real agent would.
"""

LANG = "ro"
ORG = "Rețea Electrica"


def A(text, **kw):
    d = {"speaker": "agent", "text": text}
    d.update(kw)
    return d


def C(text, **kw):
    d = {"speaker": "customer", "text": text}
    d.update(kw)
    return d


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def T(channel, agent, turns, **kw):
    d = {"version": 1, "lang": "ro", "channel": channel, "agent": agent,
         "organisation": ORG, "turns": turns}
    d.update(kw)
    return d


TRANSCRIPTS = [
    # t01 clean: lost luggage, phone, hold done right
    {
        "transcript": T("phone", "Ioana", [
            E("ring", "system", time="2025-06-10T18:02:00+03:00"),
            E("ring", "system", time="2025-06-10T18:02:05+03:00"),
            E("answer", "agent", time="2025-06-10T18:02:08+03:00"),
            A("Bună ziua, Rețea Electrica, biroul de bagaje, sunt Ioana. Cu ce vă pot ajuta?"),
            C("Bună ziua. Am aterizat marți din Londra și valiza mea tot n-a apărut. "
              "Au trecut trei zile și nu m-a sunat nimeni!"),
            A("Îmi pare foarte rău că stați de trei zile fără nicio veste. Haideți să vedem "
              "împreună unde se află valiza. Îmi spuneți, vă rog, numărul declarației primite "
              "la aeroport?"),
            C("Da, stați să-l găsesc... uite, OTP-48213."),
            A("Mulțumesc. Vă pot pune în așteptare un minut sau două? Vreau să verific cu "
              "depozitul de bagaje unde a ajuns valiza."),
            C("Da, bine."),
            E("hold", "agent"),
            E("resume", "agent"),
            A("Vă mulțumesc pentru răbdare. Valiza a fost găsită la Frankfurt și este pusă pe "
              "zborul de diseară, care aterizează la 21:40."),
            C("Bun. Și când o primesc? Trebuie să vin eu după ea la aeroport?"),
            A("Nu e nevoie să veniți. Dacă zborul aterizează conform programului, curierul nostru "
              "o aduce mâine la adresa din declarație, între 10 și 14. Cu o oră înainte vă sună "
              "pe numărul pe care l-ați lăsat."),
            C("Mhm. Și dacă lipsește ceva din ea?"),
            A("Atunci ne anunțați în cel mult șapte zile de la primire și deschidem o reclamație "
              "pentru obiectele lipsă. Păstrați, vă rog, și bonurile pentru ce ați cumpărat între "
              "timp, le analizăm pentru decontare."),
            C("Bine, am înțeles. Mersi."),
            A("Cu plăcere. Mai pot să vă ajut cu ceva?"),
            C("Nu, asta era tot."),
            A("Vă mulțumesc că ați sunat și îmi cer scuze încă o dată pentru neplăcere. Dacă mai "
              "aveți întrebări, ne puteți suna oricând la același număr. O seară bună și la "
              "revedere!"),
            E("hangup", "customer"),
        ], ring_seconds=5),
        "expect": [],
        "note": "Lost-luggage call. Complaint (bag missing three days, nobody called) -> apology + "
                "'let's find it together' and asks for the report number. Hold: permission and "
                "reason in the turn before, thanks right after the resume. Questions (when do I get "
                "it / must I come to the airport / what if something is missing) all answered; the "
                "delivery is conditional on the flight, not a certainty. Closing spread over the "
                "last two agent turns (anything else? / thanks, call again any time, goodbye). "
                "Two rings. Clean.",
    },
    # t02 violating: concert tickets, chat, offer without apology
    {
        "transcript": T("chat", "Radu", [
            A("Bună ziua! Sunt Radu, de la casa de bilete Rețea Electrica. Cu ce vă pot ajuta?"),
            C("buna. concertul din 14 iunie a fost mutat si am aflat abia azi de pe facebook. "
              "nu mi-ati trimis nimic, e bataie de joc"),
            A("Concertul a fost mutat pe 27 septembrie, în aceeași sală. Biletele dumneavoastră "
              "rămân valabile pentru noua dată sau vi le putem rambursa integral. Ce variantă "
              "preferați?"),
            C("pe 27 sept nu pot. cat dureaza pana primesc banii inapoi?"),
            A("Rambursarea se face pe cardul cu care ați plătit, în cel mult 14 zile de la "
              "cerere. Pot trimite cererea chiar acum, dacă sunteți de acord."),
            C("da, va rog. si taxa de procesare o primesc si pe ea?"),
            A("Da, primiți înapoi toată suma, inclusiv taxa de procesare, adică 380 de lei. Am "
              "înregistrat cererea și v-am trimis deja confirmarea pe e-mail."),
            C("ok, a venit mailul. multumesc"),
            A("Cu plăcere! Mai este ceva cu care vă pot ajuta?"),
            C("nu, atat"),
            A("Vă mulțumesc că ne-ați scris. Ne puteți contacta oricând aici, pe chat, dacă mai "
              "aveți nevoie. O zi frumoasă și la revedere!"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12"],
        "note": "Concert-ticket chat. The customer complains ('the concert was moved, I found out on "
                "Facebook, you sent nothing, it's a mockery'); the next agent turn gives the new date "
                "and offers a refund or the new date but never apologises -> R-TALK-12. Everything "
                "else is fine: both questions (how long for the refund, is the fee refunded) are "
                "answered, the 14-day limit is a dated own commitment, and the closing is complete.",
    },
    # t03 clean: property manager, chat, leak from upstairs
    {
        "transcript": T("chat", "Carmen", [
            A("Bună ziua, sunteți în legătură cu Rețea Electrica, administrare imobile. Mă numesc "
              "Carmen. Cum vă pot ajuta?"),
            C("Buna ziua. De doua zile imi curge apa din tavan in baie, de la vecinul de sus. "
              "Am sunat ieri la numarul de urgente si nu a raspuns nimeni!!"),
            A("Îmi pare rău că ați sunat degeaba ieri și că încă vă curge apă în baie. Trimit "
              "astăzi un instalator la apartamentul vecinului de sus. Îmi confirmați adresa și "
              "etajul, vă rog?"),
            C("Str. Florilor 12, bl. B, ap. 14, etajul 3. Vecinul e la ap. 18. Pe la ce ora vine?"),
            A("Mulțumesc. Instalatorul, domnul Pavel, poate ajunge azi între 16 și 18. Îl anunț "
              "și pe vecinul din apartamentul 18 să fie acasă. Vă convine intervalul?"),
            C("Da, sunt acasa. Si cine plateste tavanul? S-a umflat toata vopseaua."),
            A("Îmi pare rău și pentru tavan. Dacă pierderea vine din instalația vecinului, de "
              "regulă reparația se plătește din asigurarea locuinței lui. Dacă vine din coloana comună, o plătește asociația. "
              "Domnul Pavel scrie cauza în procesul-verbal, iar eu vă trimit o copie pe e-mail. "
              "Până atunci, vă rog să faceți câteva fotografii ale tavanului."),
            C("Ok. Multumesc mult, ati fost de ajutor."),
            A("Mă bucur că vă pot ajuta. Mai aveți și alte întrebări pentru mine?"),
            C("Nu, deocamdata nu."),
            A("Atunci vă mulțumesc pentru mesaj și vă stăm oricând la dispoziție aici sau la "
              "telefon. O după-amiază liniștită și la revedere!"),
        ]),
        "expect": [],
        "note": "Property-management chat about a leak from the flat above. Complaint (water for two "
                "days, emergency number not answered, '!!') -> apology + plumber sent today. "
                "Questions: 'what time does he come?' (16-18), 'who pays for the ceiling? the paint has "
                "swollen' (also a complaint: 'sorry about the ceiling too' and both cases, hedged "
                "'de regulă'). Closing spread over the last two agent turns; "
                "the customer leaves after 'no, not for now'. 'Proces-verbal' is an ordinary word, "
                "not jargon. Clean.",
    },
    # t04 violating: vet practice, phone, "I understand" + justification; a question left unanswered
    {
        "transcript": T("phone", "Mihaela", [
            E("ring", "system"),
            E("answer", "agent"),
            A("Cabinetul veterinar Rețea Electrica, bună ziua, la telefon Mihaela. Cu ce vă pot "
              "ajuta?"),
            C("Bună ziua. Am adus-o pe Luna, pisica mea, luni la analize de sânge. Mi s-a spus că "
              "rezultatele vin în 24 de ore și azi e joi. Nu mai pot să aștept așa, e bolnavă!"),
            A("Înțeleg, doamnă. Săptămâna aceasta laboratorul are foarte multe probe de lucrat."),
            C("Bine, și când aflu ceva?"),
            A("Îmi spuneți, vă rog, numele dumneavoastră complet, ca să găsesc fișa?"),
            C("Elena Dobre. Luna, pisica gri."),
            A("Mulțumesc, doamna Dobre. Da, văd aici: rezultatele au venit azi-dimineață, iar "
              "doctorul Stan le citește acum. Vă sună până la ora 13 ca să vă explice ce urmează."),
            C("Bine. Și dacă trebuie repetate analizele, le plătesc iar? Am dat deja 250 de lei."),
            A("Doctorul Stan vă spune la telefon dacă e nevoie de alte analize. Mai pot să vă ajut "
              "cu ceva?"),
            C("Nu. Aștept telefonul."),
            A("Vă mulțumesc pentru apel, doamna Dobre. Dacă doctorul nu vă sună până la 13, ne "
              "puteți suna oricând la numărul acesta. La revedere!"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-9"],
        "note": "Vet-practice call. Complaint (results promised in 24 hours, now Thursday, 'the cat "
                "is ill!') -> 'I understand' plus a justification (the lab is busy), no apology and "
                "nothing offered -> R-TALK-12. The lab is mentioned neutrally (not R-TALK-6). 'When "
                "will I know?' is answered (results in, the vet calls by 13:00). 'If the tests must be "
                "repeated, do I pay again?' gets an answer on the same topic (the vet will say whether "
                "more tests are needed) that does not say who pays -> R-TALK-9. Closing complete "
                "(anything else? in the previous turn, thanks, call again, goodbye).",
    },
    # t05 clean: bike sharing, phone
    {
        "transcript": T("phone", "Andrei", [
            E("ring", "system"),
            E("answer", "agent"),
            A("Bună ziua, Rețea Electrica, serviciul de biciclete, sunt Andrei. Cu ce vă pot "
              "ajuta?"),
            C("Salut. Deci am lăsat bicicleta aseară în stația de la Universitate și aplicația "
              "mi-a taxat două ore în plus. Mi-ați luat 24 de lei pe nimic!"),
            A("Îmi pare rău pentru taxa în plus. Verific chiar acum cursa și, dacă s-a înregistrat "
              "greșit, vă returnez diferența. Îmi spuneți numărul de telefon cu care v-ați "
              "înregistrat?"),
            C("0722 481 903."),
            A("Mulțumesc. Mhm... da, văd cursa. Bicicleta a intrat în stație la 21:05, dar "
              "încuietoarea a confirmat abia la 23:10. E o defecțiune a stației, nu o greșeală a "
              "dumneavoastră."),
            C("Păi da, eu am plecat acasă liniștit. Și banii îi primesc înapoi?"),
            A("Da, i-am returnat acum, cei 24 de lei sunt deja în contul din aplicație."),
            C("Nu se poate pe card? Nu folosesc bicicletele prea des."),
            A("Se poate, desigur. Am mutat suma pe card; de obicei ajunge în trei până la cinci "
              "zile lucrătoare, în funcție de bancă."),
            C("Ok, super. Mersi mult."),
            A("Cu plăcere. Mai aveți nevoie de ceva?"),
            C("Nu, asta e tot."),
            A("Vă mulțumesc că ne-ați anunțat, așa putem repara și stația. Oricând aveți o "
              "problemă, ne găsiți la acest număr. La revedere și o seară bună!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Bike-sharing call. Complaint (charged two extra hours, '24 lei for nothing!') -> "
                "apology + checks the ride and promises to refund if wrong. Cause explained with a "
                "negated blame ('a fault of the station, not a mistake of yours'): a near miss for "
                "R-TALK-6. 'Do I get the money back?' answered (yes, refunded to the app); follow-up "
                "'can't it go to the card?' answered with a bank-dependent estimate. Customer says "
                "'Salut' (customer register is free). Closing over the last two agent turns. Clean.",
    },
    # t06 violating: waste collection, chat, closing without goodbye
    {
        "transcript": T("chat", "Gabriela", [
            A("Bună ziua, Rețea Electrica, serviciul de salubrizare. Sunt Gabriela, cu ce vă pot "
              "ajuta?"),
            C("Buna ziua, pe strada Teilor nr 5 nu s-a ridicat gunoiul de o saptamana. Miroase "
              "ingrozitor si vin ciorile in pubele. Ce mai asteptati?"),
            A("Vă cer scuze, o săptămână este mult prea mult. Am trimis acum cererea echipei de "
              "pe ruta dumneavoastră, iar mașina este programată mâine dimineață, până la ora 10."),
            C("Si reciclabilele? Si alea stau de doua saptamani."),
            A("Îmi pare rău și pentru ele. Le-am adăugat în aceeași cerere, așa că mâine "
              "dimineață se ridică și pubela galbenă."),
            C("Ok, si o sa se mai intample? Nu e prima data."),
            A("Îmi pare rău că nu este prima dată. Nu vă pot garanta că nu se mai întâmplă, dar "
              "am pus adresa dumneavoastră pe lista de verificare a șoferului pentru următoarele "
              "patru săptămâni."),
            C("Bine. Multumesc."),
            A("Cu plăcere. Vă mai pot ajuta cu altceva?"),
            C("Nu, multumesc."),
            A("Vă mulțumesc și eu pentru răbdare. Dacă mâine pubelele nu sunt ridicate până la "
              "10, ne puteți scrie oricând aici."),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-2"],
        "note": "Waste-collection chat. All three complaints (rubbish not collected for a week; "
                "recycling waiting two weeks; 'not the first time') get an apology and an action (truck booked tomorrow by 10, address "
                "put on the driver's check list). Questions answered: the recycling bin, and 'will "
                "it happen again?' honestly (cannot guarantee, extra checks); 'Ce mai așteptați?' is "
                "rhetorical and met by the action. Closing: anything else? (previous turn), thanks "
                "and 'write to us any time' are there, but no goodbye -> R-TALK-2.",
    },
    # t07 clean: removals company, phone, transfer with a summary
    {
        "transcript": T("phone", "Cristian", [
            E("ring", "system"),
            E("ring", "system"),
            E("ring", "system"),
            E("answer", "agent"),
            A("Rețea Electrica Mutări, bună dimineața, sunt Cristian. Cu ce vă pot ajuta?"),
            C("Bună dimineața. M-ați mutat sâmbătă și oamenii dumneavoastră mi-au zgâriat masa "
              "din sufragerie, una din lemn masiv. Sunt foarte supărat, am plătit ambalare "
              "completă!"),
            A("Îmi pare foarte rău pentru masă, domnule. Deschidem chiar acum o cerere de "
              "despăgubire, iar un evaluator poate veni la dumneavoastră săptămâna aceasta. Îmi "
              "spuneți numele pe care s-a făcut contractul?"),
            C("Sorin Vlad. Și cam cât durează până primesc banii?"),
            A("Mulțumesc, domnule Vlad. Evaluatorul vă poate vizita joi, 12 iunie, între 9 și 11. "
              "După vizită, primiți răspunsul scris cu suma propusă în cel mult zece zile "
              "lucrătoare."),
            C("Joi e bine. Și încă ceva: vreau să mut și biroul firmei luna viitoare, dar nu cu "
              "aceeași echipă. Se poate?"),
            A("Se poate, desigur. Mutările de birouri le programează colega mea Andreea, care vă "
              "face și oferta. Vă transfer la ea și îi spun pe scurt că doriți altă echipă pentru "
              "mutarea biroului, bine?"),
            C("Da, vă rog."),
            E("transfer", "agent", to="programări"),
            A("Bună dimineața, domnule Vlad, sunt Andreea, de la programări. Colegul mi-a spus că "
              "doriți să mutați biroul luna viitoare, cu altă echipă. Despre câte birouri e vorba "
              "și ce dată ați avea în vedere?"),
            C("Cam opt birouri, pe 18 iulie dacă se poate."),
            A("Pe 18 iulie avem liberă o echipă, alta decât cea de sâmbătă. Vă trimit oferta pe "
              "e-mail până mâine la ora 12. Mai pot să vă ajut cu ceva?"),
            C("Nu, atât. Mulțumesc."),
            A("Eu vă mulțumesc, domnule Vlad. Pentru orice altă întrebare ne puteți suna oricând. "
              "O zi bună, la revedere!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Removals call, three rings (within the limit). Complaint (table scratched, '!') -> "
                "apology + damage claim opened and an assessor this week. 'How long until I get the "
                "money?' answered (visit Thursday 12 June, written answer within ten working days). "
                "'Can I move the office with another team?' -> yes, and a transfer to the bookings "
                "colleague with a summary given before it. After the transfer the colleague (same "
                "'agent' speaker) asks the details, answers, and closes completely across her last "
                "two turns. Clean.",
    },
    # t08 violating: language school, phone, hold without permission and without thanks
    {
        "transcript": T("phone", "Bianca", [
            E("ring", "system", time="2025-09-29T11:15:00+03:00"),
            E("answer", "agent", time="2025-09-29T11:15:06+03:00"),
            A("Bună ziua, școala de limbi străine Rețea Electrica, Bianca la telefon. Cu ce vă pot "
              "ajuta?"),
            C("Bună ziua. M-am înscris la cursul de germană A2 de seara și mi-a venit factura de "
              "două ori. Nu e normal să plătesc de două ori!"),
            A("Vă cer scuze pentru factura dublă, o anulăm chiar azi pe cea în plus. Îmi spuneți "
              "numele cursantului?"),
            C("Ana Mureșan."),
            A("Stați așa, să mă uit în lista de plăți."),
            E("hold", "agent"),
            E("resume", "agent"),
            A("Deci, da, a doua factură a fost emisă din greșeală. Am anulat-o și primiți "
              "confirmarea pe e-mail."),
            C("Bun. Și cursul începe tot pe 6 octombrie? Nici orarul nu l-am primit."),
            A("Îmi pare rău că orarul nu v-a ajuns. Da, cursul începe luni, 6 octombrie, la ora "
              "18:30, iar orarul vi-l trimit acum pe e-mail."),
            C("Mulțumesc. Și manualul îl cumpăr eu?"),
            A("Nu, manualul este inclus în preț și îl primiți la prima oră de curs."),
            C("Perfect."),
            A("Mai este ceva ce pot face pentru dumneavoastră?"),
            C("Nu, mulțumesc frumos."),
            A("Vă mulțumesc pentru apel, doamna Mureșan. Ne puteți suna oricând aveți întrebări "
              "despre curs. La revedere!"),
            E("hangup", "customer"),
        ], ring_seconds=5),
        "expect": ["R-TALK-10"],
        "note": "Language-school call. 'Stați așa, să mă uit în lista de plăți' (hold on, let me look "
                "in the payment list) gives a reason but asks no permission, and the first turn "
                "after the resume does not thank the customer for waiting -> R-TALK-10. Both "
                "complaints (double invoice; timetable never received) get an apology and an action; "
                "all questions (start date, is the book included) answered; closing complete over "
                "the last two turns. Answered after about one ring.",
    },
    # t09 clean: theatre box office, chat, agent types without diacritics
    {
        "transcript": T("chat", "Vlad", [
            A("Buna ziua! Casa de bilete a teatrului, Retea Electrica. Sunt Vlad, cu ce va pot "
              "ajuta?"),
            C("Am cumparat 2 bilete la Hamlet pt sambata, 360 lei, si mi-a luat banii de doua ori "
              "de pe card!!! Ce e asta?"),
            A("Va cer scuze pentru plata dubla. Verific acum comanda si, daca suma s-a incasat de "
              "doua ori, pornesc imediat returnarea. Imi spuneti numarul comenzii sau adresa de "
              "e-mail folosita?"),
            C("comanda 55120, pe ana.pop@yahoo.com"),
            A("Multumesc. Vad doua plati de cate 360 de lei, la un minut distanta. A doua a fost o "
              "eroare a sistemului nostru de plata, nu a dumneavoastra. Am pornit deja returnarea "
              "celor 360 de lei."),
            C("si cand intra banii inapoi? biletele sunt valabile, nu?"),
            A("Da, biletele sunt valabile, le gasiti in e-mailul de confirmare. Banii revin pe card "
              "de obicei in 3-5 zile lucratoare, in functie de banca dumneavoastra."),
            C("ok. multumesc, scuze ca am tipat"),
            A("Nu aveti pentru ce, aveati tot dreptul sa fiti suparata. Va mai pot ajuta cu ceva?"),
            C("nu, asta era tot"),
            A("Va multumesc ca ne-ati scris si va dorim o seara frumoasa la spectacol. Daca mai "
              "aveti nevoie, ne gasiti oricand aici, pe chat. La revedere!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Theatre box-office chat; the agent types every turn entirely without diacritics "
                "(not a spelling mistake under the definitions; the organisation name is written "
                "'Retea Electrica' accordingly). Complaint (charged twice, '!!!') -> apology + "
                "refund started after a check. 'Ce e asta?' answered by the explanation (our own "
                "payment error, owned). 'When does the money come back? tickets still valid?' "
                "answered in reverse order. The customer's own apology is not a complaint. Complete "
                "closing over the last two agent turns. Clean.",
    },
    # t10 violating: car service garage, phone, justification + running down a supplier
    {
        "transcript": T("phone", "Florin", [
            E("ring", "system"),
            E("ring", "system"),
            E("answer", "agent"),
            A("Service auto Rețea Electrica, bună ziua, sunt Florin. Cu ce vă pot ajuta?"),
            C("Bună ziua. Mi-ați promis mașina gata azi la ora 16. Am venit și nici măcar nu era "
              "urcată pe elevator. Sunteți niște neserioși, am pierdut o zi de muncă!"),
            A("Nu depinde de noi, domnule. Furnizorul de piese ne încurcă mereu, ne-a trimis "
              "discurile de frână cu trei zile întârziere."),
            C("Și mie ce-mi pasă de furnizor? Când o primesc?"),
            A("Îmi pare rău pentru drumul făcut degeaba. Discurile au venit la prânz, iar "
              "mecanicul termină mâine până la ora 12. Vă sun eu imediat ce mașina e gata."),
            C("Și drumul de azi? Cine mi-l plătește?"),
            A("Pentru neplăcere vă oferim spălarea mașinii gratuit și o reducere de 10% la "
              "manoperă. Vă convine așa?"),
            C("Bine, măcar atât."),
            A("Mai aveți și alte întrebări?"),
            C("Nu."),
            A("Vă mulțumesc pentru înțelegere, domnule. Dacă aveți nevoie de ceva până mâine, ne "
              "puteți suna oricând. La revedere!"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-6", "R-TALK-12"],
        "note": "Garage call. Insult and complaint ('you are unreliable, I lost a day of work!') -> "
                "'it doesn't depend on us, the parts supplier always messes us around': a "
                "justification with no apology and no way forward (R-TALK-12) that runs down a "
                "partner (R-TALK-6). The next complaint ('what do I care about the supplier?') gets "
                "an apology and a time. 'Who pays for today's trip?' is answered implicitly by the "
                "compensation offer. Closing complete over the last two turns.",
    },
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set, position whole): clean, violation, ...
    {
        "text": "Bună ziua, doamnă Ionescu,\n\nVă mulțumim pentru interesul arătat apartamentului "
                "de pe Calea Moșilor. Proprietarul acceptă o pisică sau un câine de talie mică, cu "
                "condiția unei curățenii profesionale la plecare. Garanția este de două chirii, adică "
                "5.000 de lei, și se returnează la predarea cheilor, dacă apartamentul nu are "
                "stricăciuni.\n\nDacă doriți să vedeți apartamentul, vă pot propune marți sau "
                "miercuri după ora 17.\n\nCu stimă,\nLavinia Toma",
        "customer": "Bună ziua, am găsit apartamentul de pe Calea Moșilor pe site-ul dvs. Aș vrea să "
                    "știu dacă se acceptă animale de companie. Și garanția e de o chirie sau de două?",
        "channel": "email",
        "expect": [],
        "note": "Letting agent e-mail. Two questions (embedded 'I'd like to know whether pets are "
                "accepted'; 'is the deposit one month or two?') both answered: a pet is accepted "
                "with a condition; two months, 5,000 lei. The viewing offer is extra. Clean.",
    },
    {
        "text": "Bună ziua! Da, de azi poate mânca, dar în porții mici, de trei ori pe zi, cu hrana "
                "umedă pe care v-am dat-o la externare. Apă poate să bea normal. Dacă vomită sau "
                "refuză mâncarea, vă rog să ne sunați imediat la 0264 555 120.",
        "customer": "buna, cainele meu a fost operat ieri la voi. are voie sa manance azi? si cand "
                    "ii scoateti firele?",
        "channel": "chat",
        "expect": ["R-TALK-9"],
        "note": "Vet chat. 'May he eat today?' is answered in detail; 'when will you take out the "
                "stitches?' is ignored -> R-TALK-9.",
    },
    {
        "text": "Bună ziua, domnule Stoica,\n\nDa, se poate, iar schimbarea numelui de pe bilet este "
                "gratuită. O puteți face din contul de pe site, la „Biletele mele”, până cu 48 de ore "
                "înainte de festival. Dacă preferați, o facem noi: ne trimiteți numele și adresa de "
                "e-mail a fratelui dumneavoastră, iar biletul nou îi ajunge direct lui.\n\nCu "
                "stimă,\nEchipa de bilete Rețea Electrica",
        "customer": "Salut, am bilete la festivalul din august pe numele meu dar nu mai pot merge. "
                    "Vreau sa stiu daca pot sa le trec pe numele fratelui meu. Si daca da cat costa",
        "channel": "email",
        "expect": [],
        "note": "Festival tickets. Embedded question without '?' ('I want to know if I can transfer "
                "them to my brother') and a follow-up without '?' ('and if so how much'): yes, "
                "free of charge. Offering that the customer can do it in the account comes with an "
                "offer to do it for him, so it is not 'do it yourself'. Clean.",
    },
    {
        "text": "Îmi pare foarte rău că ați rămas în mijlocul drumului și a trebuit să mergeți pe jos "
                "doi kilometri, înțeleg cât de neplăcut a fost. Ca să raportați trotineta, deschideți "
                "în aplicație cursa respectivă și alegeți „Raportează o problemă”. Colegii de la "
                "echipa tehnică o ridică de acolo astăzi.",
        "customer": "Trotineta s-a oprit in mijlocul drumului cu baterie 40%. A trebuit sa merg pe "
                    "jos 2 km. Imi dati banii inapoi pe cursa asta? Si cum raportez trotineta "
                    "defecta?",
        "channel": "chat",
        "expect": ["R-TALK-9"],
        "note": "Scooter sharing. 'Will you refund this ride?' gets only sympathy; 'how do I report "
                "the scooter?' is answered -> R-TALK-9.",
    },
    {
        "text": "Bună ziua, doamnă Radu,\n\nUrmătoarea grupă de pregătire pentru examenul Cambridge "
                "B2 începe pe 3 noiembrie, lunea și miercurea, între 17:00 și 18:30. Modulul de 12 "
                "săptămâni costă 1.450 de lei, cu manualul inclus. Profesorul grupei nu este încă "
                "stabilit; vă scriu până vineri, 24 octombrie, cine va preda și dacă este vorbitor "
                "nativ.\n\nCu stimă,\nDaniela Marin\nȘcoala de limbi Rețea Electrica",
        "customer": "Bună ziua. Fiica mea vrea să facă engleză pentru Cambridge B2. Când începe "
                    "următoarea grupă? Cât costă modulul? Și profesorul e nativ?",
        "channel": "email",
        "expect": [],
        "note": "Language school, three questions: start date (3 November), price (1,450 lei), "
                "'is the teacher a native speaker?' -> honest 'not decided yet' with a dated "
                "follow-up (Friday 24 October). Clean.",
    },
    {
        "text": "Bună ziua, domnule Crăciun,\n\nRevizia completă pentru o Dacia Duster din 2019 cu "
                "90.000 km costă 890 de lei și include uleiul, filtrele și verificarea frânelor. "
                "Schimbul de distribuție îl facem cu piese originale și durează cam o zi de lucru, "
                "așa că vă recomandăm să lăsați mașina de dimineață.\n\nVă putem programa în "
                "săptămâna 10-14 noiembrie, în orice zi doriți.\n\nCu stimă,\nFlorin Georgescu\n"
                "Service auto Rețea Electrica",
        "customer": "Bună ziua, cât mă costă revizia completă la o Dacia Duster din 2019, cu 90.000 "
                    "km? Și cât costă separat schimbul de distribuție?",
        "channel": "email",
        "expect": ["R-TALK-9"],
        "note": "Garage. The service price is answered (890 lei); 'how much does the timing belt "
                "change cost separately?' gets an answer on the same topic (original parts, about "
                "one day) with no price -> R-TALK-9.",
    },
    {
        "text": "Bună seara! În Gheorgheni, deșeurile voluminoase se ridică în prima sâmbătă din "
                "lună, deci următoarea dată este 1 noiembrie. Canapeaua o puteți lăsa lângă pubele, "
                "dar vă rog să o scoateți abia vineri seara, după ora 20. Dacă vă este mai ușor, o "
                "putem ridica și direct de la adresă, contra 50 de lei.",
        "customer": "buna seara vreau sa stiu in ce zi se ridica deseurile voluminoase in cartierul "
                    "Gheorgheni. canapeaua veche o pot lasa langa pubele",
        "channel": "chat",
        "expect": [],
        "note": "Waste collection. Two questions without '?' (which day; can I leave the sofa by "
                "the bins), both answered (1 November; yes, from Friday 20:00). The polite timing "
                "request is not lecturing. Clean.",
    },
    {
        "text": "Bună ziua, doamnă Enache,\n\nVă mulțumim că v-ați gândit la noi. Pentru un "
                "apartament cu trei camere, de la București la Brașov, oferta noastră este de 3.900 "
                "de lei, cu patru oameni și o autoutilitară de 20 de metri cubi. Lucrurile fragile "
                "le ambalăm noi, cu materiale incluse în preț.\n\nCa să păstrăm data de 15 "
                "decembrie, vă rugăm să ne confirmați rezervarea până pe 1 decembrie.\n\nCu stimă,\n"
                "Cosmin Dragu\nRețea Electrica Mutări",
        "customer": "Bună ziua, ne mutăm din București în Brașov pe 15 decembrie, apartament cu 3 "
                    "camere. Ne puteți face o ofertă? Ambalați și lucrurile fragile? Și dacă ninge "
                    "tare și nu se poate circula, ce se întâmplă cu rezervarea?",
        "channel": "email",
        "expect": ["R-TALK-9"],
        "note": "Removals. Offer (3,900 lei) and fragile items (we pack them) answered; 'if it "
                "snows and roads are closed, what happens to the booking?' is not: the last "
                "paragraph talks about the booking but only asks for a confirmation -> R-TALK-9.",
    },
    {
        "text": "Bună ziua! Filmul de la 20:30 rulează în limba engleză, cu subtitrare în română. "
                "Are acces liber pentru copii însoțiți de un adult, așa că puteți veni împreună cu "
                "copilul dumneavoastră.",
        "customer": "Buna! Filmul de la 20:30 e dublat sau subtitrat? Pot sa vin cu copilul de 10 "
                    "ani?",
        "channel": "chat",
        "expect": [],
        "note": "Cinema. 'Dubbed or subtitled?' -> subtitled; 'may I bring my 10-year-old?' -> "
                "answered implicitly (free access with an adult, you can come together). Clean.",
    },
    {
        "text": "Bună ziua, domnule Avram,\n\nVă mulțumim pentru mesaj și pentru declarația depusă "
                "la aeroport. Valiza dumneavoastră a fost găsită la Roma și a plecat cu zborul de "
                "azi, care aterizează la Iași la ora 18:15. O aducem la adresa din declarație până "
                "mâine seară, iar curierul vă sună înainte să ajungă.\n\nCu stimă,\nAlina Pop\n"
                "Biroul de bagaje Rețea Electrica",
        "customer": "Buna ziua, valiza mea nu a ajuns la Iasi cu zborul de ieri din Roma. Am depus "
                    "declaratia la aeroport. As vrea sa stiu unde este acum. Si pana o primesc, pot "
                    "sa-mi cumpar haine si sa-mi dati banii inapoi?",
        "channel": "email",
        "expect": ["R-TALK-9"],
        "note": "Lost luggage. 'Where is it now?' (embedded) answered; 'until I get it, may I buy "
                "clothes and have the money refunded?' is ignored -> R-TALK-9.",
    },
    {
        "text": "Buna ziua si va cer scuze ca liftul nu merge de luni. Firma de intretinere asteapta "
                "o piesa si nu ne-a dat inca o data exacta pentru reparatie. Va sun joi, 16 "
                "octombrie, pana la ora 12, cu data confirmata. Pana atunci, daca aveti nevoie de "
                "ajutor la cumparaturi, un coleg de la administratie va poate ajuta zilnic intre 10 "
                "si 12.",
        "customer": "Liftul din blocul nostru (Str. Zorilor 8) e stricat de luni. Stiti cand il "
                    "repara? Eu am 78 de ani si stau la etajul 7.",
        "channel": "chat",
        "expect": [],
        "note": "Property manager; the agent types entirely without diacritics (not a typo). "
                "'Do you know when they will fix it?' -> honest 'no exact date yet' with a dated "
                "follow-up (Thursday 16 October by 12:00) plus help meanwhile. The maintenance "
                "firm is named neutrally. Clean.",
    },
    {
        "text": "Bună ziua! Da, rambursarea se face automat, nu trebuie să completați nimic. Suma "
                "ajunge pe cardul cu care ați plătit în cel mult 10 zile lucrătoare de la anulare. "
                "Ne pare rău că spectacolul nu mai are loc.",
        "customer": "Am primit mail ca s-a anulat spectacolul de stand-up de vineri. Banii ii primesc "
                    "automat sau trebuie sa cer eu? In cat timp? Si mai aveti alt spectacol cu el "
                    "luna asta?",
        "channel": "chat",
        "expect": ["R-TALK-9"],
        "note": "Event tickets, three questions: automatic or on request (automatic), how long (at "
                "most 10 working days), 'do you have another show with him this month?' -> not "
                "addressed -> R-TALK-9.",
    },
    # ---------------- R-TALK-6: clean near miss, violation, ...
    {
        "text": "Bună ziua, doamnă Stan. Rezultatele analizelor au întârziat pentru că proba a "
                "trebuit repetată în laborator, iar asta a adăugat două zile. Doctorul Ilie le are "
                "acum și vă sună astăzi până la ora 15 cu recomandările pentru Rex.",
        "channel": "phone",
        "expect": [],
        "note": "Vet. The delay is explained by a cause without blaming anyone (the sample had to "
                "be repeated), with a dated call-back. Near miss for R-TALK-6. Clean.",
    },
    {
        "text": "Bună ziua, domnule Popa. Valiza nu a putut fi identificată mai repede, întrucât "
                "eticheta cu adresa, pe care o completează pasagerul, era goală. Acum a fost găsită "
                "și o livrăm mâine, între 10 și 14.",
        "channel": "email",
        "expect": ["R-TALK-6"],
        "note": "Lost luggage. Implied, impersonal blame on the customer: the bag could not be "
                "identified sooner because the address tag, 'which the passenger fills in', was "
                "empty -> R-TALK-6.",
    },
    {
        "text": "Bună ziua, domnule Matei. Aveți dreptate: joi echipa noastră a sărit strada "
                "dumneavoastră, din greșeala noastră. Ne cerem scuze. Mașina trece astăzi până la "
                "ora 14, iar factura din luna aceasta va fi redusă cu costul unei ridicări.",
        "channel": "email",
        "expect": [],
        "note": "Waste collection. Our own crew's mistake owned ('our team skipped your street, our "
                "fault'), not running down colleagues; apology and remedy. Clean.",
    },
    {
        "text": "Doamnă Vasile, nu este adevărat că nu v-a răspuns nimeni. Am verificat, iar colega "
                "mea v-a scris pe 3 martie. Instalatorul vine marți, între 9 și 12.",
        "channel": "phone",
        "expect": ["R-TALK-6"],
        "note": "Property manager. Flat contradiction of the customer ('it is not true that nobody "
                "answered you') before the fix -> R-TALK-6.",
    },
    {
        "text": "Bună ziua! Din păcate, biletele nu se mai pot returna cu mai puțin de două ore "
                "înainte de film. Vi le putem însă muta gratuit pe altă oră sau pe altă zi din "
                "această săptămână. Spuneți-ne ce variantă vă convine și le schimbăm imediat.",
        "channel": "chat",
        "expect": [],
        "note": "Cinema. A refusal (no refund within two hours of the film) that comes with a "
                "free alternative. Near miss for a flat refusal. Clean.",
    },
    {
        "text": "Stimată doamnă Pavel,\n\nVă informăm că, potrivit regulamentului școlii, taxa de "
                "curs nu se restituie după prima săptămână de curs. Solicitarea dumneavoastră nu "
                "poate fi aprobată.\n\nCu stimă,\nSecretariatul școlii de limbi Rețea Electrica",
        "channel": "email",
        "expect": ["R-TALK-6"],
        "note": "Language school. Bureaucratic flat refusal (course fee not refunded after the "
                "first week, 'your request cannot be approved') with nothing offered (no transfer "
                "to a later group, no credit) -> R-TALK-6.",
    },
    {
        "text": "Bună ziua, domnule Ene. Piesa pentru cutia de viteze vine de la furnizorul nostru "
                "din Pitești, care ne-a confirmat livrarea pentru miercuri. Colegul meu Marius are "
                "montajul programat în aceeași zi, iar eu vă sun când mașina este gata.",
        "channel": "phone",
        "expect": [],
        "note": "Garage. A supplier and a colleague named neutrally, with the dates attributed to "
                "the supplier's confirmation. Near miss for running down a partner. Clean.",
    },
    {
        "text": "Îmi pare rău pentru cutiile lipsă. Colegii de sâmbătă sunt noi și încă nu se "
                "pricep la nimic, de-asta s-au încurcat lucrurile. Mă ocup eu personal, iar cutiile "
                "vi le aducem mâine dimineață, între 8 și 10.",
        "channel": "phone",
        "expect": ["R-TALK-6"],
        "note": "Removals. Apology and fix, but the agent runs down the colleagues ('they are new "
                "and don't know how to do anything yet') -> R-TALK-6.",
    },
    {
        "text": "Bună ziua, domnule Iordache. Ne scrieți că „nu s-a trimis niciun bilet”; am "
                "verificat și văd că biletele au plecat pe 2 mai spre andrei.iordache@gmail.com. "
                "Este posibil să fi ajuns în dosarul Spam sau Promoții. Vi le retrimit acum și, "
                "dacă doriți, și la o altă adresă.",
        "channel": "email",
        "expect": [],
        "note": "Event tickets. The customer's words are quoted and a polite correction is made "
                "with a likely cause and an offer, without saying he is wrong. Near miss for "
                "contradicting. Clean.",
    },
    {
        "text": "Buna ziua. Asa cum scrie clar in conditiile pe care le-ati acceptat la "
                "inregistrare, bicicleta trebuie blocata in statie pana se aude semnalul sonor. Daca "
                "ati fi citit conditiile, ati fi stiut asta. Taxa de 30 de lei ramane.",
        "channel": "chat",
        "expect": ["R-TALK-6"],
        "note": "Bike sharing, typed entirely without diacritics (not a typo). Lecturing the "
                "customer ('as the terms you accepted clearly say', 'had you read the terms you "
                "would have known') and a flat refusal of the fee refund -> R-TALK-6.",
    },
    {
        "text": "Doamnă Munteanu, nu ați greșit cu nimic dând pastila seara în loc de dimineață, "
                "efectul este același. Continuați așa până duminică, iar luni vă așteptăm cu Bella "
                "la control, la ora 10.",
        "channel": "phone",
        "expect": [],
        "note": "Vet. Negated blame ('you did nothing wrong giving the pill in the evening'), "
                "then the plan. Near miss for blame. Clean.",
    },
    {
        "text": "Îmi pare rău, dar nu avem voie să dăm datele de contact ale conducerii teatrului "
                "și nici o adresă pentru reclamații. Asta este regula casei de bilete.",
        "channel": "visit",
        "expect": ["R-TALK-6"],
        "note": "Theatre box office. Refuses to give contact details (management, a complaints "
                "address) and offers nothing instead; the apology does not change that -> R-TALK-6.",
    },
    # ---------------- R-LETTER-1 (channel letter): clean, violation, ...
    {
        "text": "Stimată doamnă Georgescu,\n\nVă confirmăm că, după predarea apartamentului din str. "
                "Lalelelor nr. 7 pe 30 septembrie, v-am returnat integral garanția de 4.800 de lei "
                "în contul indicat în contract. Transferul a fost făcut pe 3 octombrie.\n\nNu este "
                "nevoie să faceți nimic: contractul s-a încheiat fără datorii, iar procesul-verbal "
                "de predare, semnat de ambele părți, este atașat acestei scrisori. Dacă suma nu "
                "apare în cont până pe 10 octombrie, vă rugăm să ne sunați la 021 310 44 55.\n\n"
                "Cu stimă,\nMarius Dinu\nAdministrare imobile Rețea Electrica",
        "channel": "letter",
        "expect": [],
        "note": "Landlord letter: deposit returned; says nothing is needed and why (contract ended "
                "without debts, handover record attached) and what to do if the money is missing. "
                "Clean.",
    },
    {
        "text": "Stimate domnule Barbu,\n\nVă informăm că dosarul dumneavoastră de înscriere la "
                "cursul intensiv de limba italiană, grupa din 10 noiembrie, este incomplet. Cererea "
                "de înscriere și dovada plății au fost primite și înregistrate pe 24 octombrie. Din "
                "dosar lipsește copia actului de identitate.\n\nCu stimă,\nSecretariatul școlii de "
                "limbi Rețea Electrica",
        "channel": "letter",
        "expect": ["R-LETTER-1"],
        "note": "Language school: a document is missing (ID copy), but the letter does not say how "
                "or by when to send it, or what happens otherwise -> R-LETTER-1.",
    },
    {
        "text": "Stimată doamnă Lungu,\n\nNe pare rău să vă anunțăm că mutarea programată pentru "
                "sâmbătă, 22 noiembrie, nu poate avea loc, deoarece autoutilitara rezervată pentru "
                "dumneavoastră a fost avariată într-un accident. Vă propunem două date noi, la "
                "același preț: duminică, 23 noiembrie, sau sâmbătă, 29 noiembrie.\n\nVă rugăm să ne "
                "spuneți ce dată preferați până joi, 20 noiembrie, la 0744 210 310 sau la "
                "mutari@reteaelectrica.ro. Dacă niciuna nu vă convine, vă returnăm avansul de 500 de "
                "lei în cinci zile lucrătoare de la răspunsul dumneavoastră.\n\nCu stimă,\nCosmin "
                "Dragu\nRețea Electrica Mutări",
        "channel": "letter",
        "expect": [],
        "note": "Removals: booking cancelled; the letter says what to do (choose a date), by when "
                "(Thursday 20 November) and how (phone or e-mail), plus the refund alternative. "
                "Clean.",
    },
    {
        "text": "Stimate domnule Niculescu,\n\nVă aducem la cunoștință că, începând cu 1 ianuarie "
                "2026, tariful pentru colectarea deșeurilor menajere crește de la 18 la 21 de lei "
                "pe persoană pe lună, conform hotărârii consiliului local nr. 214/2025. Noul tarif "
                "va apărea pe factura din luna februarie.\n\nCu stimă,\nServiciul de salubrizare "
                "Rețea Electrica",
        "channel": "letter",
        "expect": ["R-LETTER-1"],
        "note": "Waste collection: a fee change with its legal basis and when it appears on the "
                "bill, but nothing about whether the customer must do anything (sign an addendum, "
                "change a direct debit) or that nothing is needed -> R-LETTER-1.",
    },
    {
        "text": "Stimată doamnă Tudor,\n\nAbonamentul dumneavoastră anual la bicicletele Rețea "
                "Electrica s-a încheiat pe 31 octombrie, la cererea dumneavoastră din 15 octombrie. "
                "De la această dată, cardul de acces nu mai deschide stațiile.\n\nVă rugăm să "
                "returnați cardul până pe 30 noiembrie, la oricare dintre punctele noastre de "
                "informare sau prin poștă, în plicul atașat. Garanția de 50 de lei pentru card vă "
                "este returnată în contul din aplicație în cel mult cinci zile de la primirea "
                "lui.\n\nCu stimă,\nServiciul de biciclete Rețea Electrica",
        "channel": "letter",
        "expect": [],
        "note": "Bike sharing: contract ended; the letter says what (return the card), by when (30 "
                "November) and how (info points or the enclosed envelope). Clean.",
    },
    {
        "text": "Stimate domnule Cazacu,\n\nVă informăm că spectacolul „Livada de vişini”, programat "
                "pe 14 decembrie la ora 19:00, a fost mutat pe 11 ianuarie 2026, la aceeaşi oră, din "
                "cauza accidentării unei actriţe din distribuţie. Ne cerem scuze pentru această "
                "schimbare.\n\nCu stimă,\nCasa de bilete a teatrului",
        "channel": "letter",
        "expect": ["R-LETTER-1"],
        "note": "Theatre: a date moved, with reason and apology, but the letter does not say "
                "whether the tickets stay valid, nor what to do if the new date does not suit "
                "(exchange, refund) -> R-LETTER-1. Written with cedilla ş/ţ throughout (a keyboard "
                "variant, not a typo).",
    },
    {
        "text": "Stimate domnule Olteanu,\n\nAsociația de proprietari a aprobat cererea "
                "dumneavoastră de a monta o unitate de aer condiționat, cu condiția ca aceasta să "
                "fie pusă pe peretele dinspre curte, nu pe cel dinspre stradă.\n\nPentru a începe "
                "lucrarea, vă rugăm să ne trimiteți până pe 15 mai numele firmei de montaj și data "
                "aleasă, la administratie@reteaelectrica.ro. Nu este nevoie de alte documente.\n\n"
                "Cu stimă,\nAdministrare imobile Rețea Electrica",
        "channel": "letter",
        "expect": [],
        "note": "Property manager: a decision (air conditioning approved with a condition) plus "
                "the next step, deadline and address, and that no other papers are needed. Clean.",
    },
    {
        "text": "Stimată doamnă Mocanu,\n\nÎn urma analizării cererii dumneavoastră din 2 "
                "septembrie, vă comunicăm că am aprobat o despăgubire de 620 de lei pentru "
                "întârzierea bagajului. Suma acoperă articolele de îmbrăcăminte și de igienă "
                "cumpărate între 28 și 30 august și a fost calculată pe baza bonurilor trimise.\n\n"
                "Cu stimă,\nBiroul de bagaje Rețea Electrica",
        "channel": "letter",
        "expect": ["R-LETTER-1"],
        "note": "Lost luggage: compensation approved, but the letter says neither how the money "
                "will be paid nor whether the customer must send bank details or do nothing -> "
                "R-LETTER-1.",
    },
    {
        "text": "Stimate domnule Petrescu,\n\nDin cauza unei defecțiuni a elevatorului din atelier, "
                "programarea dumneavoastră pentru inspecția tehnică periodică se mută de joi, 5 "
                "martie, pe vineri, 6 martie, la ora 9:00. Ne cerem scuze pentru neplăcere.\n\nDacă "
                "noua dată vă convine, nu trebuie să faceți nimic, deoarece programarea este deja "
                "confirmată pe numele dumneavoastră. Dacă nu vă convine, vă rugăm să ne sunați până "
                "pe 4 martie la 0256 400 900, ca să alegem împreună altă zi.\n\nCu stimă,\nService "
                "auto Rețea Electrica",
        "channel": "letter",
        "expect": [],
        "note": "Garage: appointment moved; nothing needed if the date suits, and why (already "
                "confirmed), otherwise call by 4 March. Clean.",
    },
    {
        "text": "Stimată doamnă Croitoru,\n\nVă anunțăm că programarea pentru sterilizarea pisicii "
                "dumneavoastră, Mia, din 18 februarie, ora 9:30, a fost anulată, deoarece medicul "
                "chirurg, dr. Nistor, este în concediu medical în acea săptămână. Ne pare rău "
                "pentru această schimbare.\n\nCu stimă,\nCabinetul veterinar Rețea Electrica",
        "channel": "letter",
        "expect": ["R-LETTER-1"],
        "note": "Vet: surgery appointment cancelled with reason and apology, but no new date, no "
                "request to call or book again -> R-LETTER-1.",
    },
    # ---------------- R-TALK-2 (position closing): clean, violation, ...
    {
        "text": "Bun, atunci rămâne programarea de joi la ora 10. Vă mai pot ajuta cu ceva? Dacă "
                "nu, vă mulțumesc pentru apel și vă așteptăm oricând aveți nevoie de noi. La "
                "revedere!",
        "position": "closing",
        "channel": "phone",
        "expect": [],
        "note": "Garage call closing: anything else? / thanks for the call / we await you any time "
                "/ goodbye. Clean.",
    },
    {
        "text": "Am trimis pe e-mail confirmarea rezervării pentru loja de la concertul de "
                "sâmbătă. Mai este ceva cu care vă pot ajuta? Ne puteți scrie oricând aici, pe "
                "chat. O seară frumoasă și la revedere!",
        "position": "closing",
        "channel": "chat",
        "expect": ["R-TALK-2"],
        "note": "Concert-ticket chat closing: anything else?, come back any time and goodbye are "
                "there; the customer is never thanked -> R-TALK-2.",
    },
    {
        "text": "Bună ziua, doamnă Enache,\n\nVă confirm că echipa ajunge pe 15 decembrie la ora 8:00, "
                "iar cutiile pentru ambalat vi le aducem pe 12 decembrie. Vă mai pot ajuta cu alte "
                "informații înainte de ziua mutării? Vă mulțumim că ne-ați ales și vă stăm oricând "
                "la dispoziție la această adresă sau la 0744 210 310.\n\nCu stimă,\nCosmin Dragu",
        "position": "closing",
        "channel": "email",
        "expect": [],
        "note": "Removals e-mail: asks whether more information is needed, thanks, 'at your "
                "disposal any time', and 'Cu stimă' as the goodbye. Clean.",
    },
    {
        "text": "Perfect, am notat: mâine între 8 și 10 trece mașina pentru canapea. Mai doriți să "
                "vă ajut cu ceva? Dacă nu, vă mulțumesc pentru răbdare și vă doresc o zi bună. La "
                "revedere!",
        "position": "closing",
        "channel": "phone",
        "expect": ["R-TALK-2"],
        "note": "Bulky-waste call closing: anything else?, thanks and goodbye, but nothing about "
                "being able to call again -> R-TALK-2.",
    },
    {
        "text": "Cu placere! Va mai pot ajuta cu ceva legat de abonament? Daca nu, va multumim ca "
                "ati ales bicicletele noastre si va asteptam oricand aici, pe chat. O zi buna si la "
                "revedere!",
        "position": "closing",
        "channel": "chat",
        "expect": [],
        "note": "Bike-sharing chat closing typed without diacritics throughout (not a typo): all "
                "four parts present. Clean.",
    },
    {
        "text": "Bună ziua, doamnă Pavel,\n\nVă atașez factura corectată pentru cursul de franceză. "
                "Vă mulțumim pentru răbdare și pentru că ne-ați semnalat eroarea. Ne găsiți oricând "
                "la secretariat, de luni până vineri, între 9 și 18.\n\nCu stimă,\nDaniela Marin",
        "position": "closing",
        "channel": "email",
        "expect": ["R-TALK-2"],
        "note": "Language-school e-mail: thanks, 'you can find us any time', sign-off as goodbye; "
                "it never asks whether anything else is needed -> R-TALK-2.",
    },
    {
        "text": "Mhm, bun. Deci o aduceți pe Bella luni la 9, fără să mănânce de aseară. Mai aveți "
                "vreo întrebare despre operație? Dacă nu, vă mulțumesc că ați sunat și să știți că "
                "ne puteți suna oricând, și în weekend, la numărul de urgență. La revedere și multă "
                "sănătate Bellei!",
        "position": "closing",
        "channel": "phone",
        "expect": [],
        "note": "Vet call closing in spoken style (filler 'Mhm, bun'): any other question?, "
                "thanks, call any time including weekends, goodbye. Clean.",
    },
    {
        "text": "Am trimis pe adresa dumneavoastră de e-mail noile bilete pentru 11 ianuarie. Mai "
                "aveți nevoie de ceva? Vă mulțumim pentru înțelegere și vă așteptăm oricând cu "
                "întrebări aici, pe chat.",
        "position": "closing",
        "channel": "chat",
        "expect": ["R-TALK-2"],
        "note": "Theatre box-office chat closing: anything else?, thanks, come back any time, but "
                "no goodbye -> R-TALK-2.",
    },
]
