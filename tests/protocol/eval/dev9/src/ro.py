"""dev9, Romanian items (writer B). Rețea Electrica, also running other kinds of desks."""

LANG = "ro"

ITEMS = [
    # ---------------- R-TALK-6: 8 clean + 8 violations, alternating ----------------
    {
        "text": "Bună ziua! Cursa de 7:15 spre Cluj a fost anulată ieri din cauza unei defecțiuni la autocar, descoperite la verificarea de dimineață. "
                "Vă putem rambursa integral biletul sau vă putem rezerva gratuit un loc pe o altă cursă, la alegerea dumneavoastră. "
                "Vă rog să-mi spuneți ce variantă preferați.",
        "expect": [],
        "channel": "email",
        "note": "Bus operator: the 7:15 coach was cancelled because of a fault found at the morning check; full refund or a free seat on another trip. "
                "Near miss: a cause explained without blame, with alternatives.",
    },
    {
        "text": "Conexiunea nu funcționează pentru că ați mutat routerul fără să ne anunțați și ați scos cablul greșit. "
                "Data viitoare vă rugăm să citiți manualul înainte să umblați la echipament.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Internet provider: 'it doesn't work because you moved the router without telling us and unplugged the wrong cable; next time please read the manual "
                "before touching the equipment'. Direct blame plus a lecture.",
    },
    {
        "text": "Aveți dreptate, greșeala ne aparține: am calculat prima de asigurare pentru o mașină cu motor mai mare decât al dumneavoastră. "
                "Am corectat polița, iar diferența de 186 de lei vă va fi returnată în contul din care ați plătit, până pe 15 mai.",
        "expect": [],
        "channel": "email",
        "note": "Insurer: 'you are right, the mistake is ours: we priced the policy for a bigger engine'; corrected, 186 lei back by 15 May. "
                "Near miss: own mistake owned, sober dated commitment.",
    },
    {
        "text": "Blocarea cardului a fost cauzată de introducerea greșită a codului PIN de trei ori la rând, lucru care putea fi evitat cu puțină atenție. "
                "Cardul se deblochează după 24 de ore.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Bank card line: 'the block was caused by the PIN being entered wrongly three times, which could have been avoided with a little attention'. "
                "Impersonal, nominalised blame. 'puțină' is an ordinary word, not a diminutive.",
    },
    {
        "text": "Din păcate, nu vă pot programa la doctorul Ionescu în această lună, deoarece agenda dânsului este completă. "
                "Vă pot oferi o programare la dânsul pe 3 iunie, la ora 10:00, sau, dacă este urgent, chiar mâine la doctorița Marin, care are aceeași specializare.",
        "expect": [],
        "channel": "phone",
        "note": "Clinic desk: no slot with Dr Ionescu this month, but 3 June with him or tomorrow with Dr Marin. Near miss: a refusal with alternatives. "
                "'doctoriță' is the standard feminine noun (woman doctor), not a diminutive.",
    },
    {
        "text": "Cererea dumneavoastră de eșalonare a impozitului nu poate fi aprobată. Nu se fac excepții de la această regulă.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "City public-service desk: 'your request to pay the tax in instalments cannot be approved. No exceptions are made.' Flat bureaucratic refusal, nothing offered.",
    },
    {
        "text": "Am verificat indexul: pe fotografia trimisă se vede valoarea 0412, iar factura a fost emisă tot pentru 0412, deci consumul facturat este corect. "
                "Suma este mai mare pentru că în martie s-au adunat două luni de consum: în februarie nu am făcut citirea. "
                "Dacă doriți, vă putem împărți suma în două rate, fără costuri.",
        "expect": [],
        "channel": "email",
        "note": "Water utility: the customer thinks the bill is wrong; the agent shows the reading matches, explains two months were added (our missed reading) "
                "and offers two instalments. Near miss: a polite correction with facts and an offer.",
    },
    {
        "text": "Nu este adevărat că produsul a sosit deteriorat. Pozele din depozit arată clar că a plecat în stare perfectă, deci nu avem ce discuta.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Web shop returns: 'it is not true that the product arrived damaged; the warehouse photos show it left in perfect condition, so there is nothing to discuss'. "
                "Contradicting the customer and closing the discussion.",
    },
    {
        "text": "Coletul dumneavoastră se află acum la firma de curierat Curier Rapid, în depozitul din Brașov, și are livrarea programată pentru joi. "
                "Dacă joi nu sunteți acasă, îl puteți ridica de la punctul lor din strada Lungă 12 până sâmbătă.",
        "expect": [],
        "channel": "email",
        "note": "Web shop: the parcel is with the courier partner in Brașov, delivery scheduled Thursday, or pick it up by Saturday. "
                "Near miss: a partner named neutrally.",
    },
    {
        "text": "Sincer, la noi în firmă e un haos, nimeni nu știe ce face celălalt și de aceea ați primit trei facturi diferite. "
                "Vă trimit azi factura corectă.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Electricity supplier: 'honestly, our company is chaos, nobody knows what the other does, that's why you got three different bills'. "
                "Speaking badly of the company while fixing the problem.",
    },
    {
        "text": "Ne-ați scris că „trenul a stat o oră în câmp și nimeni nu ne-a spus nimic”. "
                "Vă cerem scuze pentru lipsa de informații; trenul a fost oprit din cauza unei defecțiuni la linia de contact. "
                "Pentru o întârziere de peste 60 de minute aveți dreptul la 25% din prețul biletului, iar formularul de despăgubire vi l-am trimis chiar acum.",
        "expect": [],
        "channel": "email",
        "note": "Train operator: quotes the customer ('the train stood in a field for an hour and nobody told us anything'), apologises, explains, sends the compensation form. "
                "Near miss: the negative words are the customer's, quoted.",
    },
    {
        "text": "Vă înțeleg perfect. Cei de la facturare sunt mereu în urmă și greșesc des, nu e prima plângere de felul ăsta. "
                "Am retrimis cererea dumneavoastră și vă scriu vineri cu răspunsul.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "'I understand. The billing people are always behind and often get it wrong, this is not the first complaint like this.' "
                "Running down another department, polite on the surface and helpful after.",
    },
    {
        "text": "Nu este vina dumneavoastra, cardul a fost blocat preventiv de sistemul nostru de securitate dupa o plata neobisnuita din strainatate. "
                "L-am deblocat acum si puteti plati din nou. Daca mai calatoriti, ne puteti anunta din aplicatie inainte de plecare.",
        "expect": [],
        "channel": "chat",
        "note": "Bank card line, typed entirely without diacritics: 'it is not your fault, our security system blocked the card after an unusual payment abroad'; unblocked. "
                "Near miss: negated blame. Text without any diacritics is not a spelling mistake.",
    },
    {
        "text": "Nu vă pot da adresa de e-mail a inspectorului de daune și nici numărul lui de telefon. Nu oferim astfel de date clienților.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Insurer: 'I cannot give you the claims inspector's e-mail or phone number. We do not give such details to customers.' Refusing contact details, no other way offered.",
    },
    {
        "text": "Numărul direct al inspectorului nu îl putem face public, dar îi pot transmite chiar acum mesajul dumneavoastră, iar dânsul vă va suna mâine până la ora 14:00. "
                "Dacă preferați, puteți scrie și la adresa departamentului, daune@exemplu.ro, pe care o citește zilnic.",
        "expect": [],
        "channel": "email",
        "note": "Insurer: the inspector's direct number is not public, but the message is passed on now, a callback tomorrow by 14:00, and the department address is given. "
                "Near miss: a contact request answered with other channels.",
    },
    {
        "text": "Știți, consultațiile încep exact la ora stabilită, iar mesajul de confirmare spune să veniți cu 15 minute mai devreme. "
                "Poate data viitoare ar fi bine să-l citiți până la capăt. Vă pot programa din nou pe 12 iunie.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Clinic: 'you know, consultations start exactly on time and the confirmation says to come 15 minutes early. Maybe next time read it to the end.' "
                "Implied blame and lecturing, even though a new slot is offered.",
    },

    # ---------------- R-TALK-9: 6 clean + 6 violations, alternating ----------------
    {
        "text": "Bună ziua! Da, schimbarea titularului se poate face online, din contul dumneavoastră de client, secțiunea „Contracte”. "
                "Aveți nevoie de actul de identitate, de contractul de vânzare-cumpărare și de indexul contorului din ziua predării.",
        "expect": [],
        "customer": "Buna ziua, vreau sa trec contractul de curent pe numele meu dupa ce am cumparat apartamentul. Ce acte imi trebuie? Se poate face online?",
        "channel": "email",
        "note": "Electricity: which documents, and can it be done online? Answered in reverse order: yes, online; ID, sale contract, meter reading.",
    },
    {
        "text": "Bună ziua! Vă programez un tehnician pentru marți, între orele 9 și 13. "
                "Îmi pare foarte rău că ați rămas atâtea seri la rând fără internet, știu cât de neplăcut este.",
        "expect": ["R-TALK-9"],
        "customer": "De o săptămână internetul se tot întrerupe seara. Trimiteți un tehnician? Și o să primesc ceva reducere pentru zilele astea?",
        "channel": "email",
        "note": "Internet provider: will you send a technician, and will I get a discount for these days? The technician is booked; "
                "the discount question gets only sympathy.",
    },
    {
        "text": "Bună ziua! Dosarul dumneavoastră este în evaluare, iar inspectorul așteaptă devizul final de la service. "
                "Până nu primim devizul, nu vă pot spune data plății; vă sun eu joi, 23 mai, cu noutăți.",
        "expect": [],
        "customer": "Am trimis dosarul de daună acum două săptămâni. În ce stadiu e? Și când primesc banii?",
        "channel": "email",
        "note": "Insurer: what stage is the claim at, and when do I get the money? In evaluation; payment date not known yet, with a dated call (Thursday 23 May). Both addressed.",
    },
    {
        "text": "Bună ziua! Limita zilnică de retragere de numerar pentru cardul dumneavoastră este de 5.000 de lei, iar o puteți modifica din aplicație. "
                "Vă doresc o călătorie plăcută!",
        "expect": ["R-TALK-9"],
        "customer": "Bună ziua. Aș dori să aflu dacă pot folosi cardul în Turcia fără comision și, de asemenea, care este limita zilnică de retragere de numerar.",
        "channel": "email",
        "note": "Bank card line, two embedded questions ('I'd like to know whether I can use the card in Turkey without a fee, and what the daily cash limit is'). "
                "The limit is answered; the fee question is ignored.",
    },
    {
        "text": "Cererea se depune la ghișeul 4 de la parterul primăriei sau online, pe portalul primăriei. "
                "Certificatul se eliberează în cel mult 30 de zile de la depunere, de obicei în aproximativ două săptămâni.",
        "expect": [],
        "customer": "Unde depun cererea pentru certificatul de urbanism? Și în cât timp se eliberează?",
        "channel": "web_form",
        "note": "City desk: where do I file the request, and how long does it take (follow-up)? Counter 4 or online; at most 30 days, usually two weeks. Both answered.",
    },
    {
        "text": "Bună ziua! Echipele noastre spală astăzi conductele din cartierul dumneavoastră, iar lucrarea se încheie diseară la ora 20:00. "
                "Vă mulțumim pentru răbdare.",
        "expect": ["R-TALK-9"],
        "customer": "De ce am apă maronie la robinet de azi-dimineață?? E sigur să o beau?",
        "channel": "social",
        "note": "Water utility: why is the water brown, and is it safe to drink? 'Why' is answered implicitly (pipe flushing); "
                "the safety question is left unaddressed.",
    },
    {
        "text": "Pentru bicicletă plătiți un bilet separat de 10 lei, pe care îl puteți cumpăra odată cu biletul dumneavoastră. "
                "Locurile pentru biciclete sunt limitate, așa că este nevoie de rezervare; v-o pot face eu acum, dacă îmi spuneți data călătoriei.",
        "expect": [],
        "customer": "Pot să iau bicicleta în trenul IR spre Constanța? Cât costă și trebuie rezervat loc?",
        "channel": "chat",
        "note": "Train operator: can I take the bike, how much, is a reservation needed? 'Yes' implied by the price; 10 lei; reservation needed, offered now. All answered.",
    },
    {
        "text": "Bună ziua! Da, îi puteți schimba cu mărimea 39, iar noi vă trimitem perechea nouă imediat ce primim coletul. "
                "Pentru retur, puneți pantofii în cutia originală și completați formularul din colet.",
        "expect": ["R-TALK-9"],
        "customer": "Am primit o pereche de pantofi pe mărime greșită. Pot să-i schimb cu mărimea 39 sau doar îi returnez? Cine plătește transportul?",
        "channel": "email",
        "note": "Web shop returns: can I exchange, and who pays the shipping? The exchange is answered; instead of who pays, the reply explains how to pack. "
                "Shipping cost left unaddressed.",
    },
    {
        "text": "Bună ziua! Vă pot programa astăzi la ora 16:30 la doctorul Pop, medic pediatru. "
                "Pentru consultația cu plată nu aveți nevoie de trimitere, iar prețul este de 200 de lei.",
        "expect": [],
        "customer": "buna, fiica mea are febra de ieri. ma puteti programa azi la pediatru? trebuie trimitere de la medicul de familie? si cat costa consultatia",
        "channel": "chat",
        "note": "Clinic: three questions typed without diacritics (today? referral needed? price, without '?'). Slot today 16:30; no referral; 200 lei. All answered.",
    },
    {
        "text": "Bună ziua! Abonamentul de 1000 Mbps costă 55 de lei pe lună și îl puteți activa chiar de azi. "
                "Vă pot trimite oferta completă pe e-mail, dacă doriți.",
        "expect": ["R-TALK-9"],
        "customer": "Vreau să trec de la abonamentul de 300 Mbps la cel de 1000. Cât costă pe lună? Și trebuie să schimb routerul?",
        "channel": "email",
        "note": "Internet provider: how much per month, and do I need a new router? The price is answered; the router question is ignored.",
    },
    {
        "text": "Bună ziua! Întreruperea de pe strada Teilor este programată mâine între 9:00 și 14:00, pentru înlocuirea unui cablu. "
                "Nu trebuie să faceți nimic special, dar vă recomandăm să opriți centrala înainte de ora 9 și să o reporniți după ce revine curentul.",
        "expect": [],
        "customer": "Mâine e anunțată întrerupere de curent pe strada mea. Cât durează? Trebuie să fac ceva cu centrala pe gaz?",
        "channel": "email",
        "note": "Electricity: how long is the outage, and must I do something with the gas boiler? 9:00-14:00; nothing special, switch it off and on. Both answered.",
    },
    {
        "text": "Bună ziua! Abonamentul a fost emis ieri la ora 18:40 și vi l-am retrimis acum la adresa de e-mail din cont. "
                "Vă rugăm să verificați și dosarul de spam.",
        "expect": ["R-TALK-9"],
        "customer": "Am cumpărat online un abonament lunar de autobuz, dar nu l-am primit pe e-mail. L-ați emis? Și dacă mă prinde controlorul fără el azi, primesc amendă?",
        "channel": "email",
        "note": "Bus operator: was the pass issued, and will I be fined if an inspector checks me today without it? Issued and resent; the fine question is never addressed.",
    },

    # ---------------- R-LETTER-1: 4 clean + 4 violations, alternating ----------------
    {
        "text": "Stimată doamnă Popescu,\n\n"
                "Vă informăm că cererea dumneavoastră de rambursare pentru biletul Cluj-Napoca – Iași din 4 aprilie a fost aprobată. "
                "Suma de 112 lei va fi virată pe cardul cu care ați plătit, în cel mult 10 zile lucrătoare. "
                "Nu este necesar să ne mai trimiteți niciun document.\n\n"
                "Cu stimă,\nAndreea Matei\nServiciul Clienți",
        "expect": [],
        "channel": "letter",
        "note": "Train fare refund approved, 112 lei to the card within 10 working days; no further document needed. Clean.",
    },
    {
        "text": "Stimate domnule Ionescu,\n\n"
                "Vă aducem la cunoștință că programarea dumneavoastră la cardiologie din 14 mai, ora 9:30, a fost mutată pe 21 mai, ora 11:00, din motive organizatorice. "
                "Consultația va avea loc în cabinetul 12, la etajul 2.\n\n"
                "Cu stimă,\nRecepția clinicii",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Clinic: the cardiology appointment is moved to 21 May. No word on confirming, what to do if the new time does not suit, or that nothing is needed.",
    },
    {
        "text": "Stimate domnule Dumitrescu,\n\n"
                "La data de 5 martie, pe contul dumneavoastră figurează o sumă restantă de 243,50 lei, aferentă facturii din ianuarie. "
                "Vă rugăm să achitați suma până la 25 martie, online, din aplicație, sau la orice ghișeu Rețea Electrica. "
                "Dacă ați plătit deja, nu mai trebuie să faceți nimic, iar dacă doriți o eșalonare, ne puteți suna la 0800 500 600.\n\n"
                "Cu stimă,\nRețea Electrica – Relații Clienți",
        "expect": [],
        "channel": "letter",
        "note": "Electricity arrears: pay 243.50 lei by 25 March (how and where); nothing if already paid; instalments by phone. Clean.",
    },
    {
        "text": "Stimată doamnă Georgescu,\n\n"
                "În urma analizării dosarului de daună nr. 58213, vă comunicăm că despăgubirea pentru avarierea parbrizului a fost aprobată. "
                "Suma stabilită este de 1.850 de lei, din care s-a scăzut franșiza de 200 de lei.\n\n"
                "Cu stimă,\nDepartamentul Daune",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Insurer claim decision: approved, 1,850 lei minus the 200 lei excess. Not said how it is paid, whether bank details are needed, or that nothing is needed.",
    },
    {
        "text": "Stimate domnule Stan,\n\n"
                "Vă informăm că pe 2 iunie am blocat preventiv cardul dumneavoastră care se termină în 7710, după ce ne-ați anunțat că l-ați pierdut. "
                "Un card nou vă va fi trimis prin poștă la adresa din contract, în aproximativ 7 zile lucrătoare. "
                "Când îl primiți, activați-l din aplicație cu codul primit prin SMS; până atunci nu trebuie să faceți nimic altceva.\n\n"
                "Cu stimă,\nServiciul Carduri",
        "expect": [],
        "channel": "letter",
        "note": "Bank: the lost card (last four 7710) is blocked, a new one comes by post; activate it in the app when it arrives, nothing else needed. Clean; last four digits are not card data.",
    },
    {
        "text": "Stimată doamnă Radu,\n\n"
                "Vă informăm că dosarul dumneavoastră pentru obținerea autorizației de construire, înregistrat cu nr. 4471 din 10 aprilie, este incomplet. "
                "Din dosar lipsește avizul furnizorului de apă.\n\n"
                "Cu stimă,\nDirecția Urbanism",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "City desk, missing document: the building-permit file lacks the water supplier's approval. Not said what to do with it, how or by when.",
    },
    {
        "text": "Stimate domnule Popa,\n\n"
                "Vă comunicăm că autorizația de parcare pentru riverani nr. 2391 a fost emisă și este valabilă până la 31 decembrie. "
                "O puteți ridica de la ghișeul 3 al primăriei, de luni până vineri între 8:30 și 16:30, cu actul de identitate și certificatul de înmatriculare. "
                "Până la ridicare, puteți parca în zona rezidențială pe baza acestei scrisori.\n\n"
                "Cu stimă,\nServiciul Public de Parcări",
        "expect": [],
        "channel": "letter",
        "note": "City desk, residents' parking permit issued: collect it at counter 3 (when, with what); this letter is valid meanwhile. Clean.",
    },
    {
        "text": "Stimate client,\n\n"
                "Vă aducem la cunoștință că Consiliul Local a aprobat noul tarif pentru apă și canalizare, de 7,85 lei pe metru cub, aplicabil din 1 august. "
                "Prima factură cu noul tarif va fi cea pentru luna august.\n\n"
                "Cu stimă,\nRelații Clienți",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Water utility price change from 1 August. The letter states the fact and stops: not said whether the customer must do anything or that nothing is needed.",
    },

    # ---------------- R-TALK-2: 4 clean + 4 violations, alternating ----------------
    {
        "text": "Mai există ceva cu care vă pot ajuta? Vă mulțumesc pentru apel și nu ezitați să ne sunați oricând aveți nevoie. O zi bună și la revedere!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Electricity phone closing: anything else? / thanks for the call / call us any time / goodbye. Complete.",
    },
    {
        "text": "Vă mai pot ajuta cu altceva legat de cardul dumneavoastră? Vă mulțumim că ne-ați scris și vă așteptăm oricând cu alte întrebări.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Bank e-mail closing: anything else? / thanks / any time, but no goodbye or sign-off.",
    },
    {
        "text": "Vă mai pot ajuta cu altceva în legătură cu dosarul? Vă mulțumesc pentru răbdare și vă reamintesc că ne puteți scrie oricând pe această adresă.\n\n"
                "Cu stimă,\nCristina Vlad\nDepartamentul Daune",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Insurer e-mail closing: anything else? / thanks / write any time / 'Cu stimă' sign-off as goodbye. Complete.",
    },
    {
        "text": "Mai aveți vreo întrebare despre retur? Dacă apare ceva, ne găsiți aici pe chat zilnic, între 8 și 22. O zi frumoasă și la revedere!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Web shop chat closing: anything else? / we're here daily / goodbye, but no thanks.",
    },
    {
        "text": "Va mai pot ajuta cu ceva? Va multumesc ca ati calatorit cu noi si ne puteti scrie oricand aici. Drum bun si la revedere!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Train chat closing typed entirely without diacritics: anything else? / thanks / write any time / goodbye. Complete; no diacritics is not a typo.",
    },
    {
        "text": "Vă mulțumesc pentru apel, doamna Ene. Dacă aveți întrebări înainte de consultație, ne puteți suna oricând la recepție. La revedere și multă sănătate!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Clinic phone closing: thanks / call any time / goodbye, but never asks whether anything else is needed.",
    },
    {
        "text": "Aveți și alte întrebări la care vă pot răspunde? Vă mulțumesc că ați sunat și vă așteptăm oricând la telefon sau la ghișeu. La revedere!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "City desk phone closing: any other questions? / thanks / any time by phone or at the counter / goodbye. Complete.",
    },
    {
        "text": "Mai este ceva ce pot face pentru dumneavoastră? Vă mulțumim pentru sesizare.\n\nCu stimă,\nMihai Tudor\nRelații Clienți",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Water utility e-mail closing: anything else? / thanks / sign-off, but nothing saying the customer can come back.",
    },
]


def _ring(t):
    return {"event": "ring", "time": t}


TRANSCRIPTS = [
    {
        "transcript": {
            "version": 1, "lang": "ro", "channel": "phone", "agent": "Ioana", "organisation": "Rețea Electrica",
            "turns": [
                _ring("2024-02-14T08:30:00Z"),
                _ring("2024-02-14T08:30:05Z"),
                {"event": "answer", "by": "agent", "time": "2024-02-14T08:30:07Z"},
                {"speaker": "agent", "text": "Rețea Electrica, bună ziua, numele meu este Ioana. Cu ce vă pot ajuta?"},
                {"speaker": "customer", "text": "Bună ziua. Nu am curent de azi-dimineață și nimeni nu m-a anunțat nimic! Am copii mici acasă."},
                {"speaker": "agent", "text": "Îmi cer scuze că nu ați fost anunțată. Verific imediat situația pe strada dumneavoastră și vă spun când revine curentul. Îmi spuneți, vă rog, adresa?"},
                {"speaker": "customer", "text": "Strada Morilor 8, Sibiu."},
                {"speaker": "agent", "text": "Mulțumesc. Pe strada Morilor s-a defectat un transformator în timpul nopții, iar echipa noastră lucrează deja la el. Colegii estimează că alimentarea revine până la ora 15:00."},
                {"speaker": "customer", "text": "Și dacă mi s-au stricat alimentele din frigider, pot cere despăgubire?"},
                {"speaker": "agent", "text": "Da, puteți depune o cerere de despăgubire în 30 de zile, online sau la ghișeu. Vă trimit acum prin SMS adresa formularului. Vă mai pot ajuta cu ceva?"},
                {"speaker": "customer", "text": "Nu, mulțumesc."},
                {"speaker": "agent", "text": "Vă mulțumesc pentru apel și vă cer scuze încă o dată. Ne puteți suna oricând la acest număr. La revedere!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": [],
        "note": "Electricity outage call, two rings. Complaint 'no power since morning and nobody told me!' -> apology plus action (check now, say when it returns). "
                "The estimate is attributed to the crew. The compensation question is answered. Complete closing over the last two agent turns.",
    },
    {
        "transcript": {
            "version": 1, "lang": "ro", "channel": "chat", "agent": "Andrei", "organisation": "Rețea Electrica",
            "turns": [
                {"speaker": "agent", "text": "Bună ziua! Sunt Andrei, de la Rețea Electrica, serviciul de internet. Cu ce vă pot ajuta?"},
                {"speaker": "customer", "text": "E a treia oară luna asta când pică netul. Sincer, sunteți praf."},
                {"speaker": "agent", "text": "Îmi pare foarte rău, înțeleg cât de frustrant este."},
                {"speaker": "customer", "text": "Si? Asta e tot?"},
                {"speaker": "agent", "text": "Vă cer scuze. Văd o problemă la echipamentul din blocul dumneavoastră și vă pot trimite un tehnician mâine între 10 și 14. Vă convine?"},
                {"speaker": "customer", "text": "da"},
                {"speaker": "agent", "text": "Am programat vizita pentru mâine. Vă mai pot ajuta cu ceva?"},
                {"speaker": "customer", "text": "nu"},
                {"speaker": "agent", "text": "Vă mulțumesc că ne-ați scris și ne găsiți oricând aici. O zi bună și la revedere!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Internet chat. Complaint plus insult ('third time this month the net goes down; honestly, you're rubbish') -> the next agent turn is apology "
                "and sympathy only, nothing offered. The second complaint ('And? Is that all?') is handled right (apology plus technician). Closing complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "ro", "channel": "phone", "agent": "Mihaela", "organisation": "Rețea Electrica",
            "turns": [
                {"event": "ring", "time": "2024-05-07T11:00:00Z"},
                {"event": "answer", "by": "agent", "time": "2024-05-07T11:00:04Z"},
                {"speaker": "agent", "text": "Bună ziua, Rețea Electrica, asigurări de locuință, mă numesc Mihaela. Cu ce vă pot ajuta?"},
                {"speaker": "customer", "text": "Bună ziua. V-am trimis actele pentru daună de trei ori și tot mi se cer altele. Nu se mai poate așa!"},
                {"speaker": "agent", "text": "Vă cer scuze, nu ar fi trebuit să vi se ceară actele de mai multe ori. Verific acum dosarul și vă spun exact ce mai lipsește. Îmi permiteți să vă pun în așteptare un minut, cât deschid dosarul?"},
                {"speaker": "customer", "text": "Bine."},
                {"event": "hold", "by": "agent"},
                {"event": "resume", "by": "agent"},
                {"speaker": "agent", "text": "Vă mulțumesc pentru așteptare. Toate actele sunt în dosar și nu mai lipsește nimic, așa că l-am trimis azi la plată."},
                {"speaker": "customer", "text": "Și când primesc banii?"},
                {"speaker": "agent", "text": "Plata se face în cel mult cinci zile lucrătoare, în contul pe care l-ați indicat. Mai aveți și alte întrebări?"},
                {"speaker": "customer", "text": "Nu, atât."},
                {"speaker": "agent", "text": "Vă mulțumesc pentru răbdare și ne puteți suna oricând. La revedere!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": [],
        "note": "Home insurance call, one ring. Complaint 'I sent the documents three times and you keep asking for more!' -> apology plus a check; hold with "
                "permission and reason, thanks after the resume. 'When do I get the money?' answered. Complete closing.",
    },
    {
        "transcript": {
            "version": 1, "lang": "ro", "channel": "phone", "agent": "Sorin", "organisation": "Rețea Electrica",
            "turns": [
                {"event": "ring", "time": "2024-08-02T19:20:00Z"},
                {"event": "answer", "by": "agent", "time": "2024-08-02T19:20:03Z"},
                {"speaker": "agent", "text": "Rețea Electrica, serviciul carduri, bună seara, sunt Sorin. Cu ce vă pot ajuta?"},
                {"speaker": "customer", "text": "Mi-ați blocat cardul în concediu și nimeni nu m-a întrebat nimic! E inadmisibil!"},
                {"speaker": "agent", "text": "Sistemul blochează automat cardul când vede plăți neobișnuite, este o măsură de siguranță pentru toți clienții."},
                {"speaker": "customer", "text": "Bine, și acum ce fac?"},
                {"speaker": "agent", "text": "Vă pot debloca cardul chiar acum, după ce vă confirm identitatea. Îmi spuneți data nașterii?"},
                {"speaker": "customer", "text": "12 martie 1985."},
                {"speaker": "agent", "text": "Mulțumesc. Cardul este deblocat și îl puteți folosi imediat. Mai pot face ceva pentru dumneavoastră?"},
                {"speaker": "customer", "text": "Nu."},
                {"speaker": "agent", "text": "Vă mulțumim că ați sunat și ne puteți contacta oricând, zi și noapte. La revedere!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Bank card line. Complaint 'you blocked my card on holiday and nobody asked me! Unacceptable!' -> the next agent turn only justifies the rule "
                "(no apology, nothing offered); the unblock is offered only after the customer asks. No blame of the customer, so no R-TALK-6. Closing complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "ro", "channel": "chat", "agent": "Elena", "organisation": "Rețea Electrica",
            "turns": [
                {"speaker": "agent", "text": "Bună ziua! Sunt Elena, de la magazinul online Rețea Electrica. Cu ce vă pot ajuta?"},
                {"speaker": "customer", "text": "am returnat aspiratorul acum o luna si inca nu am banii. sunteti de nimic"},
                {"speaker": "agent", "text": "Vă cer scuze că așteptați de atâta timp. Verific chiar acum returul și, dacă totul este în regulă, fac rambursarea azi. Îmi dați, vă rog, numărul comenzii?"},
                {"speaker": "customer", "text": "RE-77812"},
                {"speaker": "agent", "text": "Mulțumesc. Returul a fost recepționat pe 3 mai, dar rambursarea a rămas nefinalizată din greșeala noastră. Am emis-o acum, 649 de lei pe cardul cu care ați plătit; banca o procesează de obicei în 3-5 zile lucrătoare."},
                {"speaker": "customer", "text": "ok. primesc si o confirmare?"},
                {"speaker": "agent", "text": "Da, v-am trimis confirmarea pe e-mail chiar acum. Vă mai pot ajuta cu altceva?"},
                {"speaker": "customer", "text": "nu"},
                {"speaker": "agent", "text": "Vă mulțumesc pentru răbdare și ne găsiți oricând aici. O zi bună și la revedere!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": [],
        "note": "Web shop returns chat. Insult typed without diacritics ('a month and still no money, you're useless') -> apology plus action. "
                "Own mistake owned; the bank's timing is attributed. The confirmation question is answered. Complete closing.",
    },
    {
        "transcript": {
            "version": 1, "lang": "ro", "channel": "phone", "agent": "Radu", "organisation": "Rețea Electrica",
            "turns": [
                _ring("2024-06-03T13:05:00Z"),
                _ring("2024-06-03T13:05:05Z"),
                {"event": "answer", "by": "agent", "time": "2024-06-03T13:05:09Z"},
                {"speaker": "agent", "text": "Centrul medical Rețea Electrica, bună ziua, sunt Radu. Cu ce vă pot ajuta?"},
                {"speaker": "customer", "text": "Am venit azi la programare și medicul nu era acolo. Am pierdut o zi de concediu degeaba, nimeni nu m-a sunat!"},
                {"speaker": "agent", "text": "Vă pot face o nouă programare. Aveți preferințe de zi?"},
                {"speaker": "customer", "text": "Joi dimineață, dacă se poate."},
                {"speaker": "agent", "text": "Joi, 6 iunie, la ora 9:00, la doctorul Marinescu. Vă trimit confirmarea prin SMS. Vă mai pot ajuta cu ceva?"},
                {"speaker": "customer", "text": "Nu."},
                {"speaker": "agent", "text": "Vă mulțumesc pentru apel și ne puteți suna oricând. La revedere!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Clinic desk call, two rings. Complaint 'the doctor wasn't there, I lost a day off for nothing, nobody called me!' -> the next agent turn "
                "offers a new appointment without any apology. Closing complete.",
    },
]
