"""Romanian items for dev13 (writer D). Organisation: Rețea Electrica.

Ordinary desks run under the Rețea Electrica name (satellite TV, print shop, optician, taxi,
self-storage, ski school, printer leasing, pest control, florist, catering, travel agency,
wedding venue, phone repair, notary, recruitment, pool, cinema, IT helpdesk, window cleaning,
tailor, coworking, hearing aids). Blocks alternate clean, violation, clean, violation, ...
"""

LANG = "ro"
ORG = "Rețea Electrica"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def ev(name, by="agent", **kw):
    d = {"event": name, "by": by}
    d.update(kw)
    return d


def call(agent, turns, channel="phone"):
    return {"version": 1, "lang": "ro", "channel": channel, "agent": agent,
            "organisation": ORG, "turns": turns}


RING = {"event": "ring", "by": "system"}
ANSWER = {"event": "answer", "by": "agent"}

TRANSCRIPTS = [
    # t01 clean, phone: satellite TV, no signal, complaint, hold done right, visit booked
    {
        "transcript": call("Andreea", [
            RING, RING, ANSWER,
            A("Rețea Electrica, bună dimineața, numele meu este Andreea. Cu ce vă pot ajuta?"),
            C("Bună dimineața. Am abonament la televiziunea prin satelit de la dumneavoastră și "
              "de sâmbătă nu mai am semnal deloc. Am sunat deja vineri și nu s-a rezolvat nimic, "
              "sincer m-am săturat."),
            A("Îmi pare foarte rău că sunteți fără semnal de sâmbătă și că a trebuit să sunați "
              "din nou. Vă pot verifica acum receptorul de la distanță, iar dacă nu ajută, "
              "programăm un tehnician. Îmi spuneți, vă rog, numărul de telefon de pe contract?"),
            C("Da, e 0744 318 902. Și cât mă costă dacă vine tehnicianul?"),
            A("Mulțumesc. Ca să vă răspund corect trebuie să mă uit în istoricul receptorului, "
              "durează cam două minute. Vă pot pune în așteptare între timp?"),
            C("Da, vă rog."),
            ev("hold"), ev("resume"),
            A("Vă mulțumesc că ați așteptat. Receptorul nu mai primește semnal de la antenă, deci "
              "de aici nu se poate repara. Vizita tehnicianului este gratuită, pentru că defectul "
              "ține de instalația noastră. Vă pot programa joi, între 10 și 12. Vă convine?"),
            C("Joi e bine. Trebuie să fiu eu acasă sau poate să-i deschidă vecina?"),
            A("Poate să-i deschidă și vecina, e suficient să fie acolo o persoană majoră care "
              "știe unde sunt antena și receptorul. Tehnicianul sună cu o jumătate de oră "
              "înainte, pe numărul pe care mi l-ați dat."),
            C("Bine, atunci ne-am înțeles. Mersi mult."),
            A("Cu plăcere. Mai pot să vă ajut cu altceva?"),
            C("Nu, asta era tot."),
            A("Atunci vă mulțumesc pentru răbdare și pentru apel. Dacă mai apare ceva până joi, "
              "ne puteți suna oricând la același număr. O zi bună și la revedere!"),
            ev("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Satellite TV, no signal since Saturday, 'I'm fed up' -> apology + remote check "
                "or technician; cost question answered after a hold with permission, reason "
                "(history of the receiver) and thanks; 'must I be home?' answered (neighbour "
                "may open); closing spread over the last two agent turns. Clean.",
    },
    # t02 violating, chat: print shop, wrong colour -> reprint offered, no apology
    {
        "transcript": call("Cristian", [
            A("Bună ziua, aici Cristian, de la tipografia Rețea Electrica. Cu ce vă pot ajuta?"),
            C("buna ziua, am ridicat ieri cele 500 de carti de vizita si logo-ul e maro in loc "
              "de portocaliu. e inacceptabil, le-am dat deja la doi clienti si arata groaznic"),
            A("Vă pot retipări toate cele 500 de cărți de vizită fără cost, cu o probă de culoare "
              "pe care o aprobați înainte. Le putem avea gata vineri, după ora 14. Doriți să le "
              "ridicați de la ghișeu sau să vi le trimitem prin curier?"),
            C("le ridic eu. proba de culoare mi-o trimiteti pe mail sau trebuie sa vin la voi?"),
            A("Pe e-mail culorile de pe ecran nu ies exact ca pe hârtie, așa că vă rog să treceți "
              "pe la ghișeu pentru probă. O pregătim mâine, joi, de la ora 12, iar verificarea "
              "durează doar câteva minute."),
            C("ok, joi dupa-masa ajung. multumesc"),
            A("Vă așteptăm. Vă mai pot ajuta cu ceva legat de comandă?"),
            C("nu, atat"),
            A("Vă mulțumesc că ne-ați scris. Dacă mai aveți nevoie de ceva, ne găsiți oricând "
              "aici pe chat sau la ghișeu. La revedere!"),
        ], channel="chat"),
        "expect": ["R-TALK-12"],
        "note": "Print shop, business cards printed brown instead of orange, 'unacceptable, they "
                "look awful' -> the next agent turn offers a free reprint with a colour proof "
                "but never apologises (R-TALK-12). E-mail proof question answered (come to the "
                "counter, tomorrow from 12); full closing. Only R-TALK-12.",
    },
    # t03 clean, chat: optician, glasses late
    {
        "transcript": call("Ioana", [
            A("Bună ziua, vă scrie Ioana, de la magazinul de optică Rețea Electrica. Cu ce vă "
              "pot ajuta?"),
            C("Buna. Mi s-a spus ca ochelarii cu lentile progresive sunt gata marti. Azi e joi "
              "si inca nu am primit niciun mesaj. Nu e prima data cand promiteti ceva si nu se "
              "intampla."),
            A("Îmi cer scuze că nu v-am anunțat la timp, înțeleg cât de neplăcut este să așteptați "
              "fără nicio veste. Verific chiar acum unde este comanda: îmi spuneți, vă rog, "
              "numele sau numărul bonului?"),
            C("Bon 44817, pe numele Dobre"),
            A("Mulțumesc. Lentilele au sosit marți de la laborator, dar la controlul nostru am "
              "găsit o zgârietură pe una dintre ele și am cerut refacerea ei. Trebuia să vă "
              "anunțăm atunci și nu am făcut-o. Laboratorul ne-a confirmat lentila nouă pentru "
              "luni, așa că vă putem da ochelarii marți, 14 mai, după ora 11."),
            C("Si pana atunci cu ce vad? Ochelarii vechi s-au rupt la brat."),
            A("Îmi pare rău, știu că fără ochelari e greu. Puteți trece pe la magazin oricând până "
              "sâmbătă și vă înlocuim gratuit brațul la ochelarii vechi, durează cam un sfert "
              "de oră."),
            C("Ok, vin maine dimineata. Deschideti la 9?"),
            A("Da, mâine deschidem la 9 și suntem aici până la 19. Ca să nu așteptați, v-am "
              "trecut deja la atelier pentru ora 9:30."),
            C("Perfect, multumesc frumos"),
            A("Cu drag. Mai aveți vreo întrebare despre comandă sau despre ochelarii vechi?"),
            C("Nu, atat. O zi buna"),
            A("Vă mulțumesc pentru răbdare și vă așteptăm mâine. Pentru orice altceva ne puteți "
              "scrie oricând aici. La revedere și o zi bună!"),
        ], channel="chat"),
        "expect": [],
        "note": "Optician, progressive glasses promised for Tuesday, no message by Thursday, 'not "
                "the first time you promise and it doesn't happen' -> apology + checking now; the "
                "delay owned (we should have told you), dated new date attributed to the lab; "
                "'what do I see with until then?' -> apology + free arm repair; opening hours "
                "answered. 'Cu drag' is not a diminutive (dev3). Clean.",
    },
    # t04 violating, phone: taxi, missed flight, blame + no apology
    {
        "transcript": call("Marius", [
            RING, ANSWER,
            A("Rețea Electrica Taxi, bună seara, sunt Marius. Cu ce vă pot ajuta?"),
            C("Bună seara. Am comandat un taxi pentru ora 5 dimineața, la aeroport, n-a venit "
              "nimeni și am pierdut avionul! Vreau să știu cine plătește biletul nou."),
            A("Mhm. Am deschis comanda. Văd că în aplicație ați trecut strada Morilor numărul 18, "
              "nu 81, iar șoferul a așteptat zece minute la adresa aceea. Deci comanda a fost "
              "executată conform datelor primite de la dumneavoastră."),
            C("Eu am scris 81, sunt sigur. Și acum ce fac, cine-mi dă banii pe bilet?"),
            A("Pot să trimit cazul colegilor de la reclamații, care ascultă și înregistrarea "
              "comenzii și vă răspund în scris în cel mult cinci zile lucrătoare. Dacă se "
              "confirmă că greșeala a fost la noi, compania acoperă diferența de bilet pe baza "
              "chitanței."),
            C("Bine, trimiteți. Pe ce adresă primesc răspunsul?"),
            A("Pe adresa de e-mail din contul dumneavoastră. Am trimis cazul chiar acum, are "
              "numărul 55-2093. Mai este ceva cu care vă pot ajuta?"),
            C("Nu, mulțumesc."),
            A("Eu vă mulțumesc pentru apel. Dacă mai aveți întrebări despre caz, ne puteți suna "
              "oricând. La revedere."),
            ev("hangup", "customer"),
        ]),
        "expect": ["R-TALK-6", "R-TALK-12"],
        "note": "Taxi never came, flight missed -> the agent's next turn has no apology and puts "
                "it on the customer ('you entered number 18, not 81 ... the order was carried "
                "out according to the data received from you'): blame (R-TALK-6) and no "
                "apology (R-TALK-12); the second complaint also gets no apology. Who pays the "
                "ticket is answered (complaint review, refund if our mistake), e-mail question "
                "answered; full closing.",
    },
    # t05 clean, phone: self-storage gate code, hold done right
    {
        "transcript": call("Raluca", [
            RING, ANSWER,
            A("Bună ziua, Rețea Electrica, depozitare, vorbiți cu Raluca. Cum vă pot ajuta?"),
            C("Da, bună ziua. Sunt în fața porții la depozitul din Militari, cu o dubă "
              "închiriată, și codul de acces nu merge. L-am încercat de cinci ori. Plătesc duba "
              "pe oră degeaba, vă dați seama."),
            A("Îmi pare rău, e chiar neplăcut să stați la poartă cu duba după dumneavoastră. Vă "
              "pot deschide eu poarta de aici imediat ce găsesc contractul. Îmi spuneți, vă rog, "
              "numărul boxei?"),
            C("Boxa 212."),
            A("Mulțumesc. Ca să văd de ce nu merge codul, trebuie să verific lista de acces a "
              "porții, îmi ia un minut sau două. Vă pot ține puțin în așteptare?"),
            C("Da, dar repede, vă rog."),
            ev("hold"), ev("resume"),
            A("Vă mulțumesc că ați așteptat. Îmi cer scuze, noi v-am dezactivat codul din greșeală "
              "luni, la reînnoirea contractului. Am deschis poarta acum și vă trimit prin SMS un cod nou."),
            C("Bun, s-a deschis. Dar dacă ies cu duba și mă întorc peste o oră, merge codul nou?"),
            A("Da, codul nou merge de acum la fiecare intrare. Ora de dubă pierdută v-o compensăm: "
              "ne trimiteți bonul de închiriere pe e-mail și scădem suma din factura lunii "
              "viitoare."),
            C("A, asta e corect. Și până la ce oră pot sta azi? Am mult de cărat."),
            A("Accesul este deschis până la ora 22, și în weekend la fel. Mai este ceva ce pot "
              "face pentru dumneavoastră?"),
            C("Nu, atât, mulțumesc mult. La revedere."),
            A("Vă mulțumesc și eu și vă cer încă o dată scuze pentru așteptare. Dacă mai apare "
              "vreo problemă cu poarta, ne sunați oricând, linia e deschisă non-stop. La "
              "revedere și spor la mutat!"),
            ev("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Self-storage, access code fails, paying the van by the hour for nothing -> "
                "apology + opening the gate; hold with permission and reason (check the gate's "
                "access list), thanks on resume; own mistake owned with an apology; both questions answered "
                "(new code works on every entry, open until 22); customer says goodbye first, "
                "agent's closing completes it. 'puțin' is not a diminutive. Clean.",
    },
    # t06 violating, chat: ski school, refund question skipped
    {
        "transcript": call("Bogdan", [
            A("Bună ziua, sunt Bogdan, de la școala de schi Rețea Electrica din Poiana Brașov. "
              "Cu ce vă pot ajuta?"),
            C("Buna ziua. Am platit 4 lectii private pentru fiica mea pentru saptamana asta si "
              "azi dimineata ni s-a spus ca instructorul e bolnav si lectia nu se tine. Am aflat "
              "cu 10 minute inainte, eram deja echipati la partie. Foarte neserios."),
            A("Îmi cer scuze, trebuia să vă anunțăm de aseară, când am aflat și noi. Lecția de azi "
              "o mutăm fără cost, iar pentru restul săptămânii vă pot propune o instructoare, "
              "Alina, care lucrează de cinci ani cu copiii. Vă convine?"),
            C("Poate. Alina are program si dimineata, la 9? Si lectia de azi o primesc inapoi in "
              "bani daca nu o putem recupera pana sambata?"),
            A("Alina are liber dimineața de miercuri până vineri, deci o puteți avea la ora 9 în "
              "toate cele trei zile. Lecția de azi o putem recupera vineri, la ora 14, sau "
              "sâmbătă, la ora 10, cum preferați."),
            C("Sambata la 10 atunci. Ne intalnim la telegondola?"),
            A("Da, Alina vă așteaptă sâmbătă la 10 la intrarea în telegondolă, are geacă roșie "
              "cu sigla școlii. Vă trimit acum pe e-mail programul nou. Mai doriți să verific "
              "ceva?"),
            C("Nu, multumesc."),
            A("Vă mulțumesc pentru înțelegere și vă doresc zile frumoase pe pârtie. Pentru orice "
              "schimbare ne scrieți oricând aici. La revedere!"),
        ], channel="chat"),
        "expect": ["R-TALK-9"],
        "note": "Ski school, lesson cancelled ten minutes before, 'very unserious' -> apology + "
                "free rebooking + another instructor (R-TALK-12 fine). The customer asks two "
                "things: is Alina free at 9 (answered) and will today's lesson be refunded in "
                "money if it cannot be made up by Saturday; the reply only offers make-up slots, "
                "same topic, never says whether money comes back (R-TALK-9). Meeting point "
                "answered, full closing.",
    },
    # t07 clean, phone: printer leasing, double invoice, transfer to billing
    {
        "transcript": call("Sorin", [
            RING, RING, RING, ANSWER,
            A("Rețea Electrica, închirieri imprimante, bună ziua, sunt Sorin. Cu ce vă pot fi de "
              "folos?"),
            C("Bună ziua, sun de la cabinetul de avocatură Pop și asociații. Avem imprimanta de "
              "la dumneavoastră și luna asta am primit factura de două ori, deși am plătit-o "
              "deja. Nu se uită nimeni la ce trimiteți?"),
            A("Îmi cer scuze pentru factura dublă, aveți dreptate, nu trebuia să vă ajungă a doua "
              "oară. Corectarea o face colega mea de la facturare, Elena, care poate anula pe loc "
              "a doua factură. Vă pot transfera la ea, după ce îi spun pe scurt despre ce e "
              "vorba?"),
            C("Da, transferați-mă. A, și înainte: tonerul cel nou îl trimiteți voi sau trebuie "
              "să-l cer separat?"),
            A("Tonerul îl trimitem noi automat când imprimanta arată nivel scăzut, iar pentru "
              "biroul dumneavoastră pleacă mâine prin curier. Vă fac acum legătura cu Elena, "
              "rămâneți pe linie, vă rog."),
            ev("transfer", to="facturare"),
            A("Bună ziua, sunt Elena, de la facturare. Colegul mi-a spus că ați primit de două ori "
              "factura pe aprilie pentru imprimantă. Am găsit-o: a doua este un duplicat emis de "
              "noi din greșeală și o anulez chiar acum."),
            C("Și primesc ceva în scris că e anulată? Contabila o să mă întrebe."),
            A("Da, vă trimit astăzi, până la ora 17, o notă de anulare pe adresa de e-mail de "
              "facturare, o puteți da direct contabilei. Aveți nevoie și de altceva?"),
            C("Nu, cu asta m-ați lămurit. Mulțumesc."),
            A("Vă mulțumesc pentru răbdare și îmi cer încă o dată scuze pentru încurcătură. Dacă "
              "mai aveți întrebări despre facturi, ne puteți suna oricând direct la facturare. "
              "La revedere!"),
            ev("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Printer leasing, invoice received twice, 'does nobody look at what you send?' "
                "(rhetorical complaint) -> apology + billing colleague named neutrally, transfer "
                "with a summary; toner question answered before the transfer; the billing agent "
                "owns the duplicate, the written-confirmation question is answered with a dated "
                "commitment; full closing after the transfer. Three rings only. Clean.",
    },
    # t08 violating, phone: pest control, hold without permission and without thanks
    {
        "transcript": call("Daniel", [
            RING, ANSWER,
            A("Bună ziua, Rețea Electrica, serviciul de dezinsecție, Daniel la telefon. Cu ce vă "
              "pot ajuta?"),
            C("Bună ziua. Ați fost la noi la bloc acum două săptămâni pentru gândaci, în subsol "
              "și pe scara B. Acum îi văd iar în bucătărie, la mine la etajul doi. Am dat banii "
              "degeaba, asta e clar."),
            A("Îmi pare rău că au reapărut, înțeleg că e foarte neplăcut în casă. Tratamentul are "
              "garanție o lună, deci revenim gratuit. Să văd când are echipa liber în zona "
              "dumneavoastră. Stați așa."),
            ev("hold"), ev("resume"),
            A("Deci, echipa poate veni joi dimineață, între 8 și 10, sau luni după-amiază. Tratăm "
              "și apartamentul dumneavoastră, nu doar subsolul."),
            C("Joi e bine. Trebuie să scot ceva din dulapuri?"),
            A("Da, ar fi bine să goliți dulapurile de jos din bucătărie și să acoperiți vasele. "
              "După tratament puteți folosi bucătăria din nou după trei ore. Mai aveți și alte "
              "întrebări?"),
            C("Nu. Mulțumesc."),
            A("Vă mulțumesc și eu. Dacă mai vedeți gândaci după a doua intervenție, ne sunați "
              "oricând. La revedere."),
            ev("hangup", "customer"),
        ]),
        "expect": ["R-TALK-10"],
        "note": "Pest control, cockroaches back two weeks after treatment, 'money for nothing' -> "
                "apology + free return visit (R-TALK-12 fine). The agent gives a reason "
                "('let me see when the team is free') but puts the caller on hold with 'Stați "
                "așa' without asking, and after resuming goes on with 'Deci, ...' without "
                "thanking (R-TALK-10). Cupboard question answered; full closing.",
    },
    # t09 clean, chat: florist, wrong bouquet, late
    {
        "transcript": call("Larisa", [
            A("Bună ziua, mă numesc Larisa și vă scriu din partea florăriei Rețea Electrica. Cum "
              "vă pot ajuta?"),
            C("Am comandat ieri un buchet de 25 de trandafiri albi pentru aniversarea sotiei, cu "
              "livrare la 18. A ajuns la 20:30 si cu trandafiri rosii, jumatate ofiliti. Mi-a "
              "stricat seara, sincer."),
            A("Vă cer scuze, e exact ce nu trebuia să se întâmple la o aniversare. Vă returnăm "
              "integral suma pentru buchet și livrare, iar dacă doriți, trimitem azi un buchet "
              "nou de trandafiri albi, fără cost."),
            C("Banii cand ii primesc? Si buchetul nou poate ajunge la ea la birou pana la 13?"),
            A("Rambursarea o fac acum, pe cardul cu care ați plătit; banca o afișează de obicei "
              "în trei până la cinci zile lucrătoare. Buchetul nou îl putem livra la birou între "
              "11 și 12, dacă îmi lăsați adresa."),
            C("Str. Fabricii 7, etajul 3, firma Arcada. Pot sa adaug un bilet?"),
            A("Desigur. Scrieți-mi aici textul biletului și îl punem în buchet exact cum îl "
              "trimiteți."),
            C("\"Pentru cei mai frumosi 10 ani. Radu.\" Multumesc."),
            A("Am notat biletul și adresa. Curierul pleacă de la noi la 10:30 și vă trimit un SMS "
              "când buchetul a fost predat. Vă mai pot ajuta cu ceva?"),
            C("Nu, atat. Multumesc."),
            A("Eu vă mulțumesc pentru încredere și vă urez o zi frumoasă amândurora. Dacă aveți "
              "nevoie de noi, ne găsiți oricând aici. La revedere!"),
        ], channel="chat"),
        "expect": [],
        "note": "Florist, anniversary bouquet late, wrong colour, half wilted, 'it ruined my "
                "evening' -> apology + full refund + free new bouquet; both questions answered "
                "(refund now, the bank usually shows it in 3-5 working days, attributed; "
                "delivery 11-12); note-card question answered ('Desigur'); full closing. Clean.",
    },
    # t10 violating, phone: catering, apology with nothing offered, closing without come-back
    {
        "transcript": call("Oana", [
            RING, RING, ANSWER,
            A("Rețea Electrica, catering evenimente, bună ziua, sunt Oana. Cu ce vă pot ajuta?"),
            C("Bună ziua. Am avut sâmbătă botezul, cu 60 de invitați, și au lipsit cu totul "
              "platourile vegetariene, deși le comandasem în scris. Opt oameni n-au avut ce "
              "mânca. M-am simțit penibil."),
            A("Îmi pare sincer rău, înțeleg cât de jenant a fost pentru dumneavoastră în fața "
              "invitaților. Într-adevăr, în comanda dumneavoastră apar opt porții vegetariene."),
            C("Și? Ce faceți acum? Eu le-am plătit."),
            A("Vă returnăm integral cele opt porții, adică 640 de lei, în contul din care ați "
              "plătit, până vineri. În plus, vă ofer o reducere de 15% la următoarea comandă."),
            C("Bine. Puteți să-mi trimiteți și o confirmare scrisă?"),
            A("Da, vă trimit astăzi pe e-mail confirmarea rambursării și a reducerii. Mai aveți "
              "și alte întrebări?"),
            C("Nu, asta e tot."),
            A("Atunci vă mulțumesc pentru apel și vă cer încă o dată scuze. La revedere."),
            ev("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-2"],
        "note": "Catering, vegetarian platters missing at a christening -> the next agent turn "
                "apologises and confirms the order but offers nothing (R-TALK-12); the refund "
                "comes only after 'So? What are you doing now?'. Written confirmation question "
                "answered. Closing asks 'anything else', thanks and says goodbye but never says "
                "the customer can call again (R-TALK-2).",
    },
]

ITEMS = [
    # ---------------- R-TALK-9 (customer set) ----------------
    {
        "channel": "email",
        "customer": "Bună ziua, am rezervat prin dumneavoastră sejurul în Creta din 12 iulie, "
                    "rezervarea RE-4471. Vreau să știu dacă transferul de la aeroport la hotel e "
                    "inclus. Și dacă fiul meu împlinește 12 ani în iunie, mai plătește ca un "
                    "copil?\nMulțumesc, Carmen Enache",
        "text": "Bună ziua, doamnă Enache,\n\nTransferul de la aeroport la hotel și înapoi este "
                "inclus în pachetul dumneavoastră; șoferul vă așteaptă în sala de sosiri cu o "
                "pancartă cu numele agenției. Pentru tarif contează vârsta din ziua plecării, "
                "așa că la 12 iulie fiul dumneavoastră trece la tariful de adult. Diferența este "
                "de 410 lei, iar factura pentru ea v-o trimit până mâine seară.\n\nCu stimă,\n"
                "Mihaela Radu\nAgenția de turism Rețea Electrica",
        "expect": [],
        "note": "Travel agency: is the airport transfer included (yes) and does the son, 12 in "
                "June, still pay as a child (implicitly no: the adult fare applies, with the "
                "difference and a dated invoice). Both answered. Clean.",
    },
    {
        "channel": "chat",
        "customer": "salut, am lasat telefonul luni pt schimbare de ecran. e gata? si daca tot e "
                    "deschis, puteti verifica si bateria ca se descarca repede",
        "text": "Bună ziua! Bateria o putem verifica fără cost cât timp telefonul este deschis, "
                "testul durează cam o oră. Dacă iese sub 80% din capacitate, vă sunăm înainte "
                "să o schimbăm; o baterie nouă pentru modelul dumneavoastră costă 190 de lei.",
        "expect": ["R-TALK-9"],
        "note": "Phone repair: 'is it ready?' and 'can you also check the battery' (no question "
                "mark). The reply deals fully with the battery but never says whether the screen "
                "repair is done (R-TALK-9).",
    },
    {
        "channel": "email",
        "customer": "Buna ziua, ne-am facut rezervarea pentru nunta pe 7 septembrie in salonul "
                    "mare. Am doua intrebari: putem aduce tortul de la o cofetarie din afara, si "
                    "pana la ce ora putem sta? Ne-ar placea sa tinem petrecerea macar pana la 4.",
        "text": "Bună ziua,\n\nVă mulțumim pentru mesaj și ne bucurăm că ați ales salonul mare. "
                "Salonul rămâne la dispoziția dumneavoastră până la ora 4 dimineața, fără cost "
                "suplimentar; după ora 4 se poate prelungi cu 500 de lei pe oră. Tortul îl "
                "puteți aduce de la cofetăria aleasă, cu condiția să ne trimiteți certificatul "
                "producătorului cu o săptămână înainte. Taxa de servire a tortului este de 5 lei "
                "de persoană.\n\nCu stimă,\nAndrei Stan, coordonator evenimente",
        "expect": [],
        "note": "Wedding venue: outside cake allowed? until what time? Answered in reverse "
                "order, the cake with a condition (yes, with the producer's certificate). "
                "Clean.",
    },
    {
        "channel": "email",
        "customer": "Bună ziua. Trebuie să fac o procură pentru vânzarea unui apartament, eu fiind "
                    "în Germania până în august. Aș dori să aflu ce acte trebuie să aduc și cât "
                    "costă. Se poate face și fără să vin în țară?\nCu mulțumiri, Ștefan Lungu",
        "text": "Bună ziua, domnule Lungu,\n\nPentru procura de vânzare aveți nevoie de cartea de "
                "identitate sau de pașaport, de actul de proprietate al apartamentului și de "
                "datele complete ale persoanei împuternicite. Nu este nevoie să veniți în țară: "
                "procura o puteți semna la consulatul României din orașul în care locuiți. "
                "Procura semnată o trimiteți apoi persoanei împuternicite, care o aduce la "
                "semnarea contractului.\n\nCu stimă,\nNotar public Elena Grigore",
        "expect": ["R-TALK-9"],
        "note": "Notary: three questions (which documents, how much, can it be done from "
                "abroad). Documents and abroad are answered; the cost is never mentioned "
                "(R-TALK-9).",
    },
    {
        "channel": "chat",
        "customer": "buna, vreau sa stiu daca pot lua receptorul cu mine la casa de vacanta de la "
                    "munte si daca merge acolo cu acelasi abonament",
        "text": "Bună ziua! Da, receptorul îl puteți lua la munte și merge cu același abonament, "
                "fără nicio taxă în plus. Acolo aveți nevoie doar de o antenă orientată spre "
                "același satelit. Dacă nu există una, montajul costă 150 de lei și îl programăm "
                "în ziua care vă convine.",
        "expect": [],
        "note": "Satellite TV: two embedded yes/no questions without '?' (can I take the "
                "receiver, does it work with the same subscription); both answered with one "
                "'Da'. Clean.",
    },
    {
        "channel": "email",
        "customer": "Buna ziua, am avut interviul pentru postul de contabil la clientul "
                    "dumneavoastra marti. Mi s-a spus ca primesc raspuns in 3 zile si au trecut "
                    "8. Stiti cand se ia decizia? Si mai e valabila si candidatura mea pentru "
                    "postul de la Cluj?\nVictor Popa",
        "text": "Bună ziua, domnule Popa,\n\nVă înțeleg nerăbdarea și îmi pare rău că așteptați "
                "mai mult decât v-am spus. Știm cât de apăsătoare poate fi perioada de după un "
                "interviu. Candidatura dumneavoastră pentru postul din Cluj este în continuare "
                "activă, iar dosarul a ajuns la angajator vineri.\n\nCu stimă,\nIrina Moldovan\n"
                "Consultant recrutare",
        "expect": ["R-TALK-9"],
        "note": "Recruitment agency: 'do you know when the decision is made?' gets only sympathy "
                "and an apology, no date and no promise to find out; the Cluj question is "
                "answered (R-TALK-9).",
    },
    {
        "channel": "chat",
        "customer": "Buna seara. Abonamentul meu de 12 intrari la piscina expira pe 30 aprilie si "
                    "mai am 4 intrari. Se pot prelungi? Daca nu, pot sa le dau sotului meu?",
        "text": "Bună seara! Vi-l putem prelungi o singură dată, gratuit, până la 31 mai; "
                "trebuie doar să treceţi cu abonamentul pe la recepţie înainte de 30 aprilie. "
                "Dacă preferaţi, intrările rămase le poate folosi şi soţul dumneavoastră, pe "
                "acelaşi abonament.",
        "expect": [],
        "note": "Swimming pool: can the entries be extended (yes, once, until 31 May, with what "
                "to do) and, if not, can the husband use them (answered anyway: yes). Typed "
                "with cedilla ş/ţ, a keyboard variant, not a typo. Clean.",
    },
    {
        "channel": "web_form",
        "customer": "Am cumpărat online două bilete pentru sâmbătă la 19:30, dar am greșit sala, "
                    "voiam filmul în varianta dublată. Pot să le schimb? Și îmi rămân cei 10 lei "
                    "de la taxa online sau se pierd?",
        "text": "Bună ziua,\n\nBiletele cumpărate online se pot schimba pentru altă proiecție cu "
                "cel puțin două ore înainte de începere, direct din contul dumneavoastră, la "
                "secțiunea „Biletele mele”. Varianta dublată rulează sâmbătă la 17:00 și la "
                "20:15. La 20:15 mai sunt două locuri alăturate în rândul 9.\n\nCu stimă,\n"
                "Echipa cinematografului",
        "expect": ["R-TALK-9"],
        "note": "Cinema: 'can I exchange them?' answered (yes, from your account); 'is the 10 lei "
                "online fee kept or lost?' is not addressed, although the reply talks at length "
                "about the exchange (R-TALK-9).",
    },
    {
        "channel": "email",
        "customer": "Salut, de azi-dimineata nu mai pot intra in mailul de la birou de pe "
                    "telefon. Pe laptop merge. Ati schimbat ceva? Trebuie sa reinstalez "
                    "aplicatia?\nRadu Matei, vanzari",
        "text": "Bună ziua, domnule Matei,\n\nDa, aseară am activat pentru toate conturile "
                "confirmarea în doi pași, iar aplicația de pe telefon vă cere acum să vă "
                "conectați din nou. Nu trebuie să o reinstalați: deschideți setările contului "
                "din aplicație, alegeți „Conectare din nou” și urmați pașii de pe ecran. Dacă nu "
                "reușiți, sunați-mă la interiorul 214 și o facem împreună în cinci minute.\n\n"
                "O zi bună,\nCosmin, IT",
        "expect": [],
        "note": "Small firm's IT helpdesk, colleague writes informally: 'did you change "
                "something?' (yes, two-step sign-in) and 'must I reinstall?' (no, and how "
                "instead). Formal address kept in the reply; no jargon. Clean.",
    },
    {
        "channel": "chat",
        "customer": "Buna ziua, vreau o oferta pentru spalat geamurile la un apartament cu 3 "
                    "camere, etaj 6, cu balcon inchis. Cat costa si cand ati avea liber? Lucrati "
                    "si sambata?",
        "text": "Bună ziua! Lucrăm și sâmbăta, între 8 și 16. Cea mai apropiată zi liberă este "
                "marți, 21 mai, iar sâmbătă, 25 mai, mai avem un interval dimineața. Pentru un "
                "apartament la etajul 6 venim doi colegi și lucrăm în jur de trei ore.",
        "expect": ["R-TALK-9"],
        "note": "Window cleaning: price, availability, Saturday. Availability and Saturday are "
                "answered, the duration is given, but 'how much does it cost' is skipped "
                "(R-TALK-9).",
    },
    {
        "channel": "email",
        "customer": "Bună ziua, am adus costumul la scurtat pantalonii și la strâmtat sacoul. Când "
                    "îl pot ridica? Mă grăbesc, am nunta fratelui pe 15. Dacă nu e gata tot, pot "
                    "măcar să iau pantalonii înainte?\nLucian Toma",
        "text": "Bună ziua, domnule Toma,\n\nPantalonii sunt gata și îi puteți ridica de mâine, "
                "de la ora 10. La sacou am început ajustarea, dar încă nu vă pot spune ziua "
                "exactă, pentru că după probă vrem să mai verificăm umerii. Vă sun joi, 9 mai, "
                "până la ora 14, cu data de ridicare, ținând cont de nunta de pe 15.\n\nCu "
                "stimă,\nLiliana Dumitru\nAtelierul de croitorie",
        "expect": [],
        "note": "Tailor: 'when can I pick it up?' answered honestly as not known yet for the "
                "jacket with a dated follow-up call; 'can I take the trousers before?' answered "
                "(ready tomorrow from 10). Clean.",
    },
    {
        "channel": "chat",
        "customer": "Buna, sunt membru cu abonament flexibil. Sala de sedinte mica se poate "
                    "rezerva si pentru o zi intreaga? Si daca vin cu 2 clienti, trebuie sa "
                    "platesc ceva pentru ei?",
        "text": "Bună ziua! Sala de ședințe mică se poate rezerva pentru o zi întreagă, între 8 și "
                "20, din aplicație sau de la recepție. Ziua întreagă costă 300 de lei pentru "
                "membrii cu abonament flexibil, iar cafeaua și apa sunt incluse. Vă recomand să o "
                "rezervați cu câteva zile înainte, pentru că marțea și joia este foarte cerută.",
        "expect": ["R-TALK-9"],
        "note": "Coworking: the full-day booking question is answered at length; 'do I pay "
                "anything for my two clients?' is not (coffee included is not an answer about "
                "guest fees) (R-TALK-9).",
    },
    # ---------------- R-TALK-6 ----------------
    {
        "channel": "visit",
        "text": "Am deschis telefonul și am găsit urme de umezeală pe placa de bază, de aceea nu "
                "a fost de ajuns schimbarea ecranului. Se întâmplă și fără ca telefonul să fi "
                "ajuns în apă, de exemplu de la aburul din baie. Reparația plăcii costă 380 de "
                "lei. Dacă nu o doriți, vă dăm telefonul înapoi și nu vă taxăm diagnosticul.",
        "expect": [],
        "note": "Phone repair counter: a cause explained without blame (moisture can come from "
                "bathroom steam), with a price and a no-cost alternative. Clean near miss of "
                "blame.",
    },
    {
        "channel": "phone",
        "text": "Lentilele au fost făcute exact după rețeta pe care ne-ați adus-o. Dacă nu vedeți "
                "bine cu ele, probabil rețeta nu mai era de actualitate, iar asta era bine de "
                "verificat înainte de comandă. Vă putem face acum un control nou, costă 120 de "
                "lei.",
        "expect": ["R-TALK-6"],
        "note": "Optician: implied blame and a lecture ('the prescription was probably out of "
                "date, that was worth checking before ordering'), even though a paid eye test is "
                "offered (R-TALK-6).",
    },
    {
        "channel": "email",
        "text": "Din păcate, compania aeriană nu permite schimbarea numelui pe bilet după emitere, "
                "așa că nu pot trece biletul pe numele fratelui dumneavoastră. Vă pot propune să "
                "anulăm biletul, cu rambursarea taxelor de aeroport de 280 de lei, și să emitem "
                "pentru fratele dumneavoastră un bilet nou pe același zbor, la 940 de lei. Dacă "
                "doriți, îl rezerv acum pentru 24 de ore, fără plată.",
        "expect": [],
        "note": "Travel agency: a refusal (no name change) with a concrete alternative and a free "
                "hold; the airline is named neutrally as the rule's source. Clean.",
    },
    {
        "channel": "email",
        "text": "Stimată doamnă Ardeleanu,\n\nVă informăm că, potrivit contractului semnat, "
                "avansul de 30% nu se restituie în cazul anulării evenimentului cu mai puțin de "
                "90 de zile înainte. Prin urmare, solicitarea dumneavoastră de restituire nu "
                "poate fi aprobată.\n\nVă mulțumim pentru înțelegere.\n\nCu stimă,\n"
                "Administrația salonului de evenimente",
        "expect": ["R-TALK-6"],
        "note": "Event venue e-mail in letter style: a bureaucratic flat refusal citing the "
                "contract, nothing offered (no date change, no partial credit) (R-TALK-6). "
                "Channel e-mail, so R-LETTER-1 is out of scope.",
    },
    {
        "channel": "chat",
        "text": "Am verificat cu colegii de la încasări: plata de 62 de lei din 3 mai a ajuns la "
                "noi, dar am înregistrat-o din greșeală pe contractul vechi, cel pe care l-ați "
                "avut până în martie. Nu ați greșit cu nimic. O mutăm azi pe contractul actual, "
                "iar penalitatea de întârziere o anulăm.",
        "expect": [],
        "note": "Satellite TV: the customer's 'I paid' is confirmed, our own mistake owned, "
                "negated blame ('you did nothing wrong'), colleagues named neutrally, fix "
                "stated. Clean.",
    },
    {
        "channel": "phone",
        "text": "Nu, mașina a ajuns la 7:10, exact la ora cerută, am aici traseul șoferului pe "
                "hartă. Nu a întârziat nimeni. Dacă totuși țineți, puteți trimite o reclamație "
                "prin formularul de pe site.",
        "expect": ["R-TALK-6"],
        "note": "Taxi: flatly contradicts the customer ('No ... nobody was late'); the "
                "complaint form is offered grudgingly ('if you really insist'). Arguing with the "
                "customer (R-TALK-6).",
    },
    {
        "channel": "email",
        "text": "Bună ziua, doamnă Neagu,\n\nÎmi cer scuze că nu ați primit niciun răspuns "
                "săptămâna aceasta; trebuia să vă scrie cineva din echipă. Colega mea, Diana, "
                "care se ocupă de postul de la Timișoara, este în concediu până luni, 13 mai, "
                "iar între timp am preluat eu dosarul dumneavoastră. Angajatorul a cerut încă o "
                "recomandare de la un fost loc de muncă. Mi-o puteți trimite pe e-mail până "
                "vineri?\n\nCu stimă,\nIrina Moldovan",
        "expect": [],
        "note": "Recruitment agency: a colleague's absence named neutrally, the silence owned as "
                "the team's fault with an apology, next step asked. Clean near miss of running "
                "down a colleague.",
    },
    {
        "channel": "phone",
        "text": "Colegul care v-a preluat comanda săptămâna trecută e nou și, sincer, încă nu "
                "prea știe ce face, de aici toată încurcătura cu data. Am corectat eu acum: vă "
                "aducem florile sâmbătă la 10, cum ați cerut de la început.",
        "expect": ["R-TALK-6"],
        "note": "Florist: the fix is fine, but the agent runs down a colleague to the customer "
                "('he's new and honestly doesn't really know what he's doing') (R-TALK-6).",
    },
    {
        "channel": "email",
        "text": "Bună ziua,\n\nAți scris că „de o săptămână imprimanta mai mult stă decât "
                "printează” și aveți dreptate să fiți nemulțumiți: trebuia să trimitem "
                "tehnicianul încă de la primul apel. Colegul nostru Gabriel vine mâine, miercuri, "
                "între 9 și 11, cu piese de schimb. Dacă nu o poate repara pe loc, vă lasă o "
                "imprimantă de înlocuire până la reparație.\n\nCu stimă,\nSorin Bălan",
        "expect": [],
        "note": "Printer leasing: the customer's complaint quoted, our own delay owned, a "
                "technician named neutrally, a dated visit and a replacement. Clean.",
    },
    {
        "channel": "chat",
        "text": "Cum bine știți, în regulamentul bazinului, afișat la intrare, scrie clar că nu se "
                "intră în apă fără cască de înot. Sunt convinsă că înțelegeți că regulile sunt "
                "pentru toată lumea, iar salvamarul doar și-a făcut treaba. Data viitoare vă "
                "rugăm să țineți cont de acest lucru.",
        "expect": ["R-TALK-6"],
        "note": "Swimming pool: a polite lecture ('as you well know', 'I'm sure you understand "
                "rules are for everyone', 'next time please keep it in mind'), nothing offered "
                "(e.g. caps sold at reception) (R-TALK-6).",
    },
    {
        "channel": "phone",
        "text": "Numărul personal al managerului nu vi-l pot da, dar vă pot programa o discuție "
                "la telefon cu el. Mâine are timp între 14 și 16. Îmi lăsați un număr la care să "
                "vă sune și ora care vă convine?",
        "expect": [],
        "note": "Catering: the manager's private number is refused, but a call with him is "
                "offered with a time window. Clean near miss of refusing contact details.",
    },
    {
        "channel": "chat",
        "text": "Adresa de e-mail a departamentului de reclamatii nu o putem comunica. Intre noi "
                "fie vorba, oricum nu v-ar ajuta, acolo nu mai citeste nimeni mesajele cu "
                "atentie de cand s-a schimbat conducerea.",
        "expect": ["R-TALK-6"],
        "note": "Satellite TV chat typed entirely without diacritics (not a typo): refuses the "
                "complaints department's contact with nothing else offered, and speaks badly of "
                "that department and of the company's management (R-TALK-6).",
    },
    # ---------------- R-LETTER-1 (channel letter) ----------------
    {
        "channel": "letter",
        "text": "Stimată doamnă Ionescu,\n\nVă informăm că excursia „Delta și Dobrogea” din "
                "14–17 iunie 2024 a fost anulată, deoarece nu s-a strâns numărul minim de 20 de "
                "participanți. Suma achitată, 2.350 de lei, v-a fost returnată integral pe 28 "
                "mai, în contul din care ați plătit.\n\nNu este necesar să faceți nimic: "
                "rambursarea este deja efectuată, iar contractul se încheie fără penalități "
                "pentru dumneavoastră. Dacă doriți o altă excursie, vă stăm la dispoziție la "
                "0264 590 210.\n\nCu stimă,\nMihaela Radu\nAgenția de turism Rețea Electrica",
        "expect": [],
        "note": "Travel agency letter: trip cancelled, money already returned; says explicitly "
                "that nothing is needed and why. Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Georgescu,\n\nVă aducem la cunoștință că, începând cu 1 iulie "
                "2024, tariful lunar pentru boxa de depozitare nr. 118, de 6 mp, se modifică de "
                "la 240 la 265 de lei, ca urmare a creșterii costurilor de pază și de energie. "
                "Celelalte condiții ale contractului rămân neschimbate.\n\nCu stimă,\n"
                "Rețea Electrica – Depozitare",
        "expect": ["R-LETTER-1"],
        "note": "Self-storage letter: a fee change stated with its reason, and nothing about "
                "what the customer is expected to do (accept tacitly? object by when?) "
                "(R-LETTER-1).",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Vasilescu,\n\nPentru autentificarea contractului de vânzare, "
                "programată pe 20 iunie 2024, la ora 11, dosarul dumneavoastră este incomplet: "
                "lipsește certificatul fiscal pentru apartament, eliberat de primăria de "
                "sector.\n\nVă rugăm să ni-l aduceți la birou sau să ni-l trimiteți scanat la "
                "office@notargrigore.ro cel târziu pe 18 iunie. Fără acest document, "
                "autentificarea va trebui reprogramată.\n\nCu stimă,\nNotar public Elena Grigore",
        "expect": [],
        "note": "Notary letter: a missing document, with what to bring, by when and how. Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Marinescu, stimată doamnă Marinescu,\n\nVă comunicăm că, din "
                "cauza lucrărilor de renovare a terasei, degustarea meniului stabilită pentru 4 "
                "mai 2024 se mută pe 11 mai 2024, la aceeași oră, 17:00. Ne cerem scuze pentru "
                "această schimbare.\n\nCu stimă,\nAndrei Stan, coordonator evenimente",
        "expect": ["R-LETTER-1"],
        "note": "Wedding venue letter: the tasting date is moved, with an apology, but the "
                "letter does not say whether the couple must confirm, whom to call if 11 May "
                "does not suit, or that nothing is needed (R-LETTER-1).",
    },
    {
        "channel": "letter",
        "text": "Stimată doamnă Pavel,\n\nConform cererii dumneavoastră din 2 aprilie 2024, "
                "contractul de televiziune prin satelit nr. TV-30418 încetează la 30 aprilie "
                "2024.\n\nVă rugăm să returnați receptorul și telecomanda până la 15 mai 2024, la "
                "oricare dintre magazinele noastre. Dacă preferați, vă trimitem gratuit un "
                "curier: îl comandați la 0800 500 600. Dacă echipamentul nu ajunge la noi până "
                "la această dată, vom factura contravaloarea lui, 350 de lei.\n\nCu stimă,\n"
                "Rețea Electrica – Televiziune",
        "expect": [],
        "note": "Satellite TV letter: contract ended on request; what to return, by when, two "
                "ways how, and the consequence stated neutrally. Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Popa,\n\nVă mulțumim pentru interesul arătat postului de "
                "contabil senior și pentru timpul acordat interviului din 7 mai. Vă informăm că "
                "angajatorul a decis să continue procesul de selecție cu alți candidați.\n\nVă "
                "dorim mult succes.\n\nCu stimă,\nIrina Moldovan\nConsultant recrutare",
        "expect": ["R-LETTER-1"],
        "note": "Recruitment letter: a decision (not selected) stated politely, then it stops: "
                "no word on whether the candidacy stays active for other posts, whether anything "
                "is needed or whom to ask (R-LETTER-1). The decision itself is not blame.",
    },
    {
        "channel": "letter",
        "text": "Stimată doamnă Costache,\n\nDe la 1 septembrie 2024, prețul pe pagina color din "
                "contractul de închiriere nr. IM-2207 crește de la 0,28 la 0,32 lei. Prețul "
                "paginii alb-negru rămâne același.\n\nDacă sunteți de acord cu noul preț, nu "
                "trebuie să faceți nimic, contractul continuă automat. Dacă nu sunteți de acord, "
                "puteți rezilia contractul fără penalități până la 31 august, prin formularul "
                "atașat sau la contracte@reteaelectrica.ro.\n\nCu stimă,\nRețea Electrica – "
                "Închirieri imprimante",
        "expect": [],
        "note": "Printer leasing letter: a fee change with the next step stated as a condition "
                "(agree: nothing to do; disagree: terminate by 31 August, attached form or "
                "e-mail). Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Iordache,\n\nVă informăm că, din cauza lipsei de zăpadă pe "
                "pârtia pentru începători, cursul de schi pentru copii din 10–14 februarie 2025, "
                "rezervarea nr. SK-1190, nu se mai desfășoară. Regretăm această situație.\n\nCu "
                "stimă,\nȘcoala de schi Rețea Electrica",
        "expect": ["R-LETTER-1"],
        "note": "Ski school letter: a booking cancelled for lack of snow, cause neutral; nothing "
                "about the money, a new date or what the parent should do (R-LETTER-1).",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Tudose,\n\nCa urmare a eliberării boxei nr. 304 la 31 mai 2024, "
                "garanția de 480 de lei v-a fost virată pe 5 iunie în contul indicat în "
                "contract, cel care se termină în 4471.\n\nNu mai este nevoie de niciun document "
                "din partea dumneavoastră, deoarece procesul-verbal de predare a fost semnat la "
                "eliberarea boxei. Dacă suma nu apare în cont până pe 12 iunie, vă rugăm să ne "
                "sunați la 031 405 77 00.\n\nCu stimă,\nRețea Electrica – Depozitare",
        "expect": [],
        "note": "Self-storage letter: deposit returned; no action needed and why, plus a dated "
                "condition with a phone number. Only the last four digits of the account (no "
                "R-SEC-1). Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimată doamnă Nistor,\n\nÎn urma evaluării făcute de service-ul producătorului, "
                "vă comunicăm că defectul aparatului auditiv cu seria HA-55129 este acoperit de "
                "garanție. Aparatul a fost reparat prin înlocuirea difuzorului, fără costuri "
                "pentru dumneavoastră.\n\nCu stimă,\nCentrul auditiv Rețea Electrica",
        "expect": ["R-LETTER-1"],
        "note": "Hearing-aid shop letter: warranty decision and repair done, but not where or "
                "when to collect the device, or whether it is being posted (R-LETTER-1).",
    },
    # ---------------- R-TALK-2 (position closing) ----------------
    {
        "position": "closing",
        "channel": "email",
        "text": "Vă atașez voucherul pentru hotel și biletele de autocar. Aveți nevoie de ceva în "
                "plus înainte de plecare? Vă mulțumim că ați ales să călătoriți cu noi; ne "
                "puteți contacta oricând, și pe durata sejurului, la numărul de urgență din "
                "voucher.\n\nCu stimă,\nMihaela Radu",
        "expect": [],
        "note": "Travel agency e-mail closing: anything else (before departure), thanks, can "
                "always contact us (emergency number), sign-off as goodbye. Clean.",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Telefonul vă așteaptă la ghișeu de mâine după ora 12, împreună cu certificatul "
                "de garanție. Mai aveți vreo întrebare despre reparație? Dacă apare orice "
                "problemă cu ecranul, reveniți oricând la noi, garanția este de șase luni. O zi "
                "bună și la revedere!",
        "expect": ["R-TALK-2"],
        "note": "Phone repair chat closing: asks for further questions, says come back any "
                "time, says goodbye, but never thanks the customer (R-TALK-2).",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Bun, deci mașina vine mâine la 4:30 la scara B. Altceva mai pot face pentru "
                "dumneavoastră? ... Nu? Atunci vă mulțumesc pentru comandă și, dacă se schimbă "
                "ceva, ne sunați oricând, suntem non-stop. Drum bun și la revedere!",
        "expect": [],
        "note": "Taxi phone closing in spoken style (the customer's 'no' implied by '... Nu?'): "
                "anything else, thanks, call any time, goodbye. Clean.",
    },
    {
        "position": "closing",
        "channel": "email",
        "text": "Costumul este gata și îl puteți ridica de luni până sâmbătă, între 10 și 18. Mai "
                "aveți nevoie de vreo ajustare sau de altceva de la noi? Vă mulțumim că ați "
                "apelat la atelierul nostru.\n\nCu stimă,\nLiliana Dumitru",
        "expect": ["R-TALK-2"],
        "note": "Tailor e-mail closing: anything else, thanks, sign-off, but nothing saying the "
                "customer can always come back or write again (R-TALK-2).",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Gata, imprimanta din sala de sedinte apare acum pe laptopul dumneavoastra. Mai "
                "aveti nevoie de ceva? Va multumesc pentru rabdare si imi scrieti oricand aici "
                "daca mai apar probleme. La revedere!",
        "expect": [],
        "note": "IT helpdesk chat closing typed entirely without diacritics (not a spelling "
                "mistake): anything else, thanks, write any time, goodbye. Clean.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Mhm, am trecut-o pe fiica dumneavoastră la grupa de sâmbătă de la ora 9. Mai "
                "doriți să aflați ceva? ... Bine. Vă mulțumesc pentru telefon și, dacă se schimbă "
                "ceva în program, ne puteți suna oricând.",
        "expect": ["R-TALK-2"],
        "note": "Swimming-school phone closing: anything else, thanks, call any time, but no "
                "goodbye (R-TALK-2). 'fiica' is not a diminutive.",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Comanda este confirmată pentru vineri, cu livrare între 10 și 12. Vă mai pot "
                "ajuta cu altceva? Vă mulțumim că ați comandat de la noi și vă așteptăm oricând "
                "cu drag. La revedere!",
        "expect": [],
        "note": "Florist chat closing: anything else, thanks, welcome any time, goodbye. 'cu "
                "drag' is not a diminutive (dev3). Clean.",
    },
    {
        "position": "closing",
        "channel": "email",
        "text": "Accesul pentru cei doi colegi ai dumneavoastră este activ de mâine, 8 mai, iar "
                "cardurile îi așteaptă la recepție. Vă mulțumim că lucrați alături de noi. Pentru "
                "orice schimbare în echipă ne puteți scrie oricând la această adresă.\n\nCu "
                "stimă,\nTeodora Ilie",
        "expect": ["R-TALK-2"],
        "note": "Coworking e-mail closing: thanks, can write any time, sign-off, but never asks "
                "whether anything else is needed now (R-TALK-2).",
    },
]
