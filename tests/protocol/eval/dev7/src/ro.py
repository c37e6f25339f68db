"""dev7 Romanian items (writer B). Rețea Electrica: bills, meters, outages, moving, refunds."""

LANG = "ro"

SIG = "\n\nCu stimă,\n{}\nRețea Electrica"


def mail(body, name, hello="Bună ziua,"):
    return hello + "\n\n" + body + SIG.format(name)


ITEMS = [
    # ---------------- R-TALK-6: 12 violations + 6 clean (alternating, extras at the end) -----
    {"text": mail("Am verificat cererea de înlocuire a contorului. Ați trecut greșit numărul blocului "
                  "în formular, de aceea echipa nu a găsit adresa pe 12 martie. Am corectat datele, iar "
                  "tehnicianul revine joi, 21 martie, între 9 și 12.", "Cristina Pavel",
                  "Bună ziua, doamnă Ionescu,"),
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "'You wrote the block number wrong in the form, that is why the team did not find the "
             "address'; the visit is rebooked. Outright blame of the customer, inside a helpful reply."},
    {"text": "Penalitățile de întârziere nu le putem anula, pentru că se aplică la fel pentru toate "
             "contractele. Vă pot propune în schimb o eșalonare: suma de 318 lei se împarte în trei rate "
             "lunare, fără alte costuri. Dacă sunteți de acord, vă trimit acordul pe e-mail chiar acum.",
     "expect": [], "channel": "chat",
     "note": "'We cannot cancel the late fees, they apply to all contracts; instead I can offer three "
             "monthly instalments at no cost, I'll e-mail the agreement now.' Near miss of a flat "
             "refusal: the refusal comes with a concrete alternative."},
    {"text": "Nu este adevărat că nu v-a sunat nimeni, doamnă. Văd aici două apeluri către numărul "
             "dumneavoastră, pe 3 și pe 5 mai, amândouă fără răspuns. Dacă doriți, vă programez acum o "
             "nouă vizită.",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'It is not true that nobody called you, madam; I see two calls on 3 and 5 May, both "
             "unanswered.' Contradicting the customer (arguing), even though a new visit is offered."},
    {"text": mail("Nu ați greșit cu nimic: indexul transmis de dumneavoastră pe 28 aprilie era corect, "
                  "însă la noi a fost preluat cu o cifră în plus. Ne cerem scuze pentru factura greșită. "
                  "Am anulat-o, iar factura corectă o veți primi până pe 20 mai.", "Radu Stoica",
                  "Bună ziua, domnule Marin,"),
     "expect": [], "channel": "email",
     "note": "'You did nothing wrong: the reading you sent was right, we keyed it with an extra digit; "
             "sorry, corrected invoice by 20 May.' Near miss of blame: negated blame and the company "
             "owning its mistake."},
    {"text": "Așa cum v-am explicat deja de două ori, contorul se citește o dată la trei luni, iar în "
             "lunile dintre citiri facturăm pe estimare. Diferența apare la regularizare, în iunie.",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'As I have already explained twice, the meter is read every three months and we bill on "
             "estimates in between.' Lecturing the customer ('as I already explained')."},
    {"text": "Aveți dreptate, greșeala este a noastră: echipa a fost trimisă pe strada Morilor 14 în loc "
             "de 41. Îmi cer scuze pentru ziua pierdută. Am refăcut programarea pentru mâine, 9 aprilie, "
             "între 8 și 10, iar tehnicianul vă sună înainte să plece spre dumneavoastră.",
     "expect": [], "channel": "phone",
     "note": "'You are right, the mistake is ours: the team was sent to no. 14 instead of 41; sorry, "
             "rebooked for tomorrow 8-10.' Near miss: owning the company's mistake, no blame of anyone."},
    {"text": mail("Plata din 2 iunie nu apare pe contractul dumneavoastră, deoarece la transfer a fost "
                  "menționat un cod de client greșit. Suma a ajuns pe alt contract. Am cerut mutarea ei și "
                  "vă confirm în scris până vineri, 7 iunie.", "Elena Dima"),
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "'The payment of 2 June is missing because a wrong customer code was given in the "
             "transfer.' Blame in the passive voice (the customer gave the code), though the money is "
             "being moved."},
    {"text": "Bună seara, domnule Vlad. Întreruperea de marți din cartierul Tei a fost cauzată de o "
             "defecțiune la postul de transformare de pe strada Lacului, nu de instalația din locuința "
             "dumneavoastră. Ne pare rău pentru cele patru ore fără curent. Dacă vi s-a defectat un "
             "aparat, ne puteți trimite cererea de despăgubire prin formularul de pe site.",
     "expect": [], "channel": "social",
     "note": "'Tuesday's outage was caused by a fault at the substation on Lacului street, not by your "
             "wiring; sorry for the four hours; a damaged appliance can be claimed via the web form.' "
             "Near miss: a neutral cause, nobody blamed."},
    {"text": "Nu se poate, regulile sunt reguli. Penalitatile se aplica tuturor clientilor care platesc "
             "dupa scadenta si nu facem exceptii pentru nimeni.",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'Not possible, rules are rules. Late fees apply to all customers who pay after the due "
             "date and we make no exceptions for anyone.' Flat bureaucratic refusal with nothing offered. "
             "Typed entirely without diacritics (not a spelling mistake)."},
    {"text": mail("Contractul semnat v-a fost trimis prin Poșta Română pe 2 iunie, cu scrisoare "
                  "recomandată. Conform informațiilor de urmărire, plicul se află la oficiul poștal nr. 12 "
                  "din Cluj-Napoca și vă așteaptă acolo până pe 16 iunie. Dacă vă este mai comod, vi-l "
                  "trimit și pe e-mail, în format PDF.", "Ioana Matei", "Bună ziua, doamnă Rusu,"),
     "expect": [], "channel": "email",
     "note": "'The signed contract went by registered post on 2 June; tracking says it waits at post "
             "office no. 12 until 16 June; I can also e-mail it as a PDF.' Near miss of running down a "
             "partner: the postal service is named neutrally."},
    {"text": "Colegul care v-a preluat apelul ieri clar nu știa ce face, v-a spus exact invers. Corect "
             "este că puteți plăti restanța în trei rate, fără dobândă.",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'The colleague who took your call yesterday clearly didn't know what he was doing, he told "
             "you the opposite; in fact you can pay in three instalments.' Speaking badly of a colleague."},
    {"text": mail("Numărul de telefon personal al coordonatorului de echipă nu îl putem da mai departe. "
                  "I-am transmis însă solicitarea dumneavoastră și am stabilit cu el să vă sune mâine, "
                  "între 10 și 12, la numărul 0722 315 408. Dacă preferați altă oră, răspundeți-mi la "
                  "acest mesaj.", "Ana Neagu", "Bună ziua, domnule Ene,"),
     "expect": [], "channel": "email",
     "note": "'We cannot pass on the team coordinator's personal number, but I passed on your request "
             "and arranged for him to call you tomorrow 10-12; reply if you prefer another time.' Near "
             "miss of refusing contact details: a callback is arranged instead."},
    {"text": mail("Dosarul de racordare care a ajuns la noi nu conținea extrasul de carte funciară, de aici "
                  "și întârzierea de o lună. Acum avem toate actele, iar avizul se emite până pe 30 "
                  "septembrie.", "Bogdan Ilie"),
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "'The connection file that reached us lacked the land-register extract, hence the month's "
             "delay.' Impersonal blame: the customer's incomplete file is named as the cause."},
    {"text": "Îmi pare rău, dar nu vă pot da nici numărul direct al tehnicianului, nici numele șefului de "
             "echipă. Nu comunicăm astfel de date clienților.",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'Sorry, but I can give you neither the technician's direct number nor the team leader's "
             "name. We do not give such details to customers.' Refusing contact details, no alternative "
             "(polite on the surface)."},
    {"text": mail("Data scadenței este trecută foarte clar pe prima pagină a facturii, sus, în dreapta. Pe "
                  "viitor vă rog să citiți factura cu atenție înainte de a ne contacta.", "Mihaela Toma"),
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "'The due date is printed very clearly on the first page of the invoice, top right. In "
             "future please read the invoice carefully before contacting us.' Lecturing."},
    {"text": "Dacă indexul ar fi fost transmis corect în martie, factura aceasta nu ar fi existat. Acum "
             "o vom regulariza la următoarea citire.",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'If the reading had been sent correctly in March, this invoice would not exist. We will "
             "settle it at the next reading.' Implied blame through a counterfactual."},
    {"text": "Vă înșelați, contractul nu s-a prelungit automat. L-ați semnat chiar dumneavoastră la "
             "ghișeu, pe 14 ianuarie, și am copia aici, în fața mea.",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'You are mistaken, the contract was not renewed automatically; you signed it yourself at "
             "the counter on 14 January.' Contradicting the customer."},
    {"text": "Sincer, sistemul nostru de facturare e un dezastru, nu sunteți primul client care primeste "
             "două facturi pentru aceeași lună. Vă anulez factura dublă chiar acum.",
     "expect": ["R-TALK-6", "R-TALK-8"], "channel": "chat",
     "note": "'Honestly, our billing system is a disaster, you're not the first customer to get two "
             "invoices for the same month; I'm cancelling the duplicate now.' Speaking badly of the "
             "company (R-TALK-6). 'primeste' lacks its diacritic (primește) inside otherwise accented "
             "text: a typo (R-TALK-8)."},

    # ---------------- R-TALK-9: 8 violations + 6 clean -------------------------------------------
    {"customer": "Buna ziua, factura pe aprilie e 640 lei, de trei ori mai mult ca de obicei. De ce? Si "
                 "pot s-o platesc in doua transe?",
     "text": mail("Da, factura se poate plăti în două tranșe: 320 de lei până pe 15 mai și restul până pe "
                  "15 iunie. V-am atașat acordul de eșalonare; îl puteți semna și trimite înapoi prin "
                  "e-mail.", "Laura Pop", "Bună ziua, domnule Marin,"),
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Customer: the April bill is 640 lei, three times the usual; why? and can I pay in two "
             "parts? Reply answers the instalments only; 'why is it so high' is ignored entirely."},
    {"customer": "De ce am primit două facturi luna asta? Trebuie să le plătesc pe amândouă?",
     "text": "A doua factură este regularizarea după citirea contorului din 12 aprilie: în ultimele trei "
             "luni ați consumat mai mult decât estimasem. Da, trebuie achitate amândouă, însă "
             "regularizarea are scadența abia pe 30 mai.",
     "expect": [], "channel": "chat",
     "note": "Customer: why two invoices this month? must I pay both? Reply: the second is the "
             "settlement after the 12 April reading; yes, both, the settlement is due 30 May. Both "
             "answered."},
    {"customer": "nu am curent de aseara pe str. Lalelelor 12, Brasov. cand revine??",
     "text": "Îmi pare foarte rău pentru această situație. Știu cât de neplăcut este să fiți fără curent, "
             "mai ales seara, și vă mulțumesc că ne-ați anunțat.",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: no power since last night; when does it come back?? Reply: only apology and "
             "sympathy; 'when' is not answered."},
    {"customer": "Aș dori să aflu dacă pot muta programarea de joi și cine mă anunță când vine echipa.",
     "text": mail("Da, programarea se poate muta. Vă propun vineri, 17 mai, între 12 și 16; dacă nu vă "
                  "convine, alegeți altă zi din contul online. Cu o oră înainte de sosire vă sună chiar "
                  "tehnicianul care vine la dumneavoastră.", "Vlad Ursu", "Bună ziua, doamnă Sima,"),
     "expect": [], "channel": "email",
     "note": "Customer (embedded questions, no '?'): whether the Thursday appointment can be moved and "
             "who tells me when the team comes. Reply: yes, Friday 17 May proposed; the technician "
             "himself calls an hour before. Both answered."},
    {"customer": "Când vine cineva să schimbe contorul? Mi s-a spus că în martie și e deja aprilie.",
     "text": "Solicitarea dumneavoastră este în lucru, iar colegii de la programări se ocupă de ea.",
     "expect": ["R-TALK-9"], "channel": "phone",
     "note": "Customer: when is someone coming to change the meter? Reply: 'your request is being "
             "processed, the scheduling colleagues are handling it' - same topic, no time given."},
    {"customer": "cand imi vin banii inapoi pt factura platita de 2 ori?",
     "text": "Încă nu știu data exactă, pentru că restituirea trebuie aprobată mai întâi de contabilitate. "
             "Verific astăzi stadiul și vă sun până joi, 16 mai, cu data la care intră banii în cont.",
     "expect": [], "channel": "chat",
     "note": "Customer: when do I get the money back for the invoice paid twice? Reply: I don't know the "
             "exact date yet, accounting must approve; I'll check today and call you by Thursday 16 May "
             "with the date. An honest, dated 'I will find out' addresses the question."},
    {"customer": "Cat ma costa mutarea contorului pe peretele exterior al casei?",
     "text": "Bună ziua. Pentru mutarea contorului completați cererea de pe site, la secțiunea Racordări, "
             "și atașați o copie a actului de proprietate. După ce primim cererea, un coleg vă contactează "
             "pentru a stabili vizita la fața locului.",
     "expect": ["R-TALK-9"], "channel": "web_form",
     "note": "Customer: how much does moving the meter to the outside wall cost? Reply explains only how "
             "to apply; no price and no word on how the price is set."},
    {"customer": "Nu trebuie sa fiu acasa cand se citeste contorul, nu-i asa? E pe casa scarii.",
     "text": "Așa este, nu este nevoie să fiți acasă. Contorul de pe casa scării îl citim fără să intrăm "
             "în apartament, iar indexul îl vedeți apoi pe factură.",
     "expect": [], "channel": "chat",
     "note": "Customer (tag question): I don't need to be home for the reading, do I? Reply: that's "
             "right, no need. Answered."},
    {"customer": "Pot sa trec contractul pe numele fiicei mele fara sa vina ea la ghiseu? Sta in Germania.",
     "text": "Formularul de transfer îl găsiți pe site-ul nostru, la rubrica Documente, iar la orice "
             "ghișeu îl primiți și tipărit.",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: can I move the contract to my daughter's name without her coming to the counter? "
             "Reply says only where the form is; whether she must come in is not answered."},
    {"customer": "Imi puteti trimite contractul pe mail? si cat dureaza pana se activeaza?",
     "text": "V-am trimis contractul acum câteva minute, la adresa andrei.dobre@gmail.com. Termenul de "
             "activare este de cinci zile lucrătoare de la data la care ni-l trimiteți semnat.",
     "expect": [], "channel": "chat",
     "note": "Customer: can you e-mail me the contract (request as a question)? and how long until it is "
             "active? Reply: sent it a few minutes ago; activation takes five working days from signing. "
             "Both addressed."},
    {"customer": "De ce mi-ati oprit curentul daca factura e platita de pe 3 mai?",
     "text": "Am transmis acum cererea de reconectare. Echipa are programare la adresa dumneavoastră "
             "astăzi, între 14 și 18, și nu este nevoie să fiți acasă.",
     "expect": ["R-TALK-9"], "channel": "phone",
     "note": "Customer: why did you cut my power when the bill was paid on 3 May? Reply says only what "
             "happens next (reconnection today 14-18); the 'why' is not answered."},
    {"customer": "Ma mut pe 1 iulie. Ce acte imi trebuie? Pot face totul online? Si contractul vechi il "
                 "inchideti voi sau trebuie sa vin eu?",
     "text": "Pentru noua adresă aveți nevoie de buletin și de contractul de închiriere sau de actul de "
             "proprietate. Toată procedura se face din contul online, fără drum la ghișeu. Contractul "
             "vechi îl închidem noi, pe baza indexului final pe care ni-l trimiteți pe 1 iulie.",
     "expect": [], "channel": "chat",
     "note": "Customer, moving on 1 July: which documents? can I do it all online? do you close the old "
             "contract or must I come? Reply: ID and lease/deed; all online, no counter visit; we close "
             "it from the final reading. All three answered, partly by paraphrase."},
    {"customer": "Buna ziua, am trei intrebari: 1) pot plati cu cardul la ghiseu? 2) pana cand e scadenta "
                 "facturii din mai? 3) pot primi facturile doar pe email, fara hartie?",
     "text": mail("1) Da, la toate ghișeele noastre se poate plăti cu cardul.\n2) Factura din mai are "
                  "scadența pe 25 iunie.", "Sorin Lazăr"),
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Customer asks three numbered questions (card at the counter, due date, e-mail-only "
             "invoices). Reply answers 1 and 2; the third is skipped."},
    {"customer": "Am trimis indexul pe 28. O sa se tina cont de el la factura din luna asta?",
     "text": "Indexul dumneavoastră, 14 532 kWh, a fost primit pe 28 aprilie și apare corect în contul "
             "online.",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: I sent the reading on the 28th; will it be used for this month's invoice? Reply: "
             "'Your reading was received on 28 April and shows correctly online' - about receipt, not "
             "about whether this month's invoice uses it (the cut-off is not mentioned)."},

    # ---------------- R-TALK-2 (closing): 5 violations + 4 clean --------------------------------
    {"text": "Vă mulțumesc pentru răbdare, doamnă Stan. Dacă mai apare ceva, ne puteți suna oricând la "
             "0800 800 900. La revedere și o zi bună!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "'Thank you for your patience; if anything comes up, call us any time; goodbye.' Thanks, "
             "come back and goodbye, but no question whether anything else is needed."},
    {"text": "Mai este ceva ce pot face pentru dumneavoastră? Dacă nu, vă mulțumesc pentru apel, domnule "
             "Georgescu. Ne puteți suna oricând la același număr. La revedere!",
     "expect": [], "position": "closing", "channel": "phone",
     "note": "'Is there anything else I can do for you? If not, thank you for calling; you can call us "
             "any time on the same number. Goodbye!' All four parts."},
    {"text": "Mai aveți și alte întrebări despre noul contract? Ne puteți scrie oricând la această adresă."
             + SIG.format("Andrei Pop"),
     "expect": ["R-TALK-2"], "position": "closing", "channel": "email",
     "note": "E-mail closing: 'Any other questions about the new contract? You can write to this address "
             "any time. Kind regards.' No thanks."},
    {"text": "Mai aveți nevoie de alte lămuriri despre eșalonare? Vă mulțumim că ne-ați scris și pentru "
             "răbdare. Ne puteți contacta oricând, prin e-mail sau la 0800 800 900." + SIG.format("Mihai Dobre"),
     "expect": [], "position": "closing", "channel": "email",
     "note": "E-mail closing: 'Do you need any other explanation about the instalments? Thank you for "
             "writing and for your patience. Contact us any time. Kind regards.' All four parts (the "
             "sign-off is the goodbye)."},
    {"text": "Vă mai pot ajuta cu altceva? Vă mulțumesc că ați ales Rețea Electrica. La revedere!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "chat",
     "note": "'Can I help with anything else? Thank you for choosing Rețea Electrica. Goodbye!' Nothing "
             "says the customer can come back."},
    {"text": "Mai doriti sa verificam si altceva? Va multumesc pentru conversatie. Oricand aveti nevoie, "
             "ne gasiti aici, pe chat. O zi buna si la revedere!",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "'Shall we check anything else? Thank you for the chat. Whenever you need, you'll find us "
             "here. Have a good day and goodbye!' All four parts; typed without diacritics (not a typo)."},
    {"text": "Mai doriți să verificăm ceva? Vă mulțumesc pentru apel, iar dacă aveți nevoie, ne sunați "
             "oricând, linia noastră este deschisă nonstop.",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "'Anything else to check? Thank you for calling, and if you need us, call any time, the line "
             "is open round the clock.' No goodbye."},
    {"text": "Aveți și alte întrebări pentru mine? Vă mulțumesc frumos pentru timpul acordat. Oricând "
             "aveți nevoie, reveniți cu încredere la noi. Vă doresc o seară bună, la revedere!",
     "expect": [], "position": "closing", "channel": "phone",
     "note": "'Any other questions for me? Thank you for your time. Whenever you need, come back to us. "
             "Have a good evening, goodbye!' All four parts in other wording."},
    {"text": "Mai aveti vreo intrebare? Multumesc ca ati sunat si o zi frumoasa in continuare, la revedere.",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "'Any other question? Thanks for calling and have a nice day, goodbye.' Nothing about coming "
             "back. Typed without diacritics (not a typo)."},

    # ---------------- R-LETTER-1: 4 violations + 4 clean ----------------------------------------
    {"text": "Stimate domnule Popa,\n\nVă informăm că, la data de 30 aprilie 2025, figurați în evidențele "
             "noastre cu o sumă restantă de 412,80 lei, aferentă facturilor din februarie și martie "
             "pentru locul de consum din strada Teilor nr. 7, Ploiești.\n\nCu stimă,\nDepartamentul "
             "Relații cu Clienții\nRețea Electrica",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: on 30 April you owe 412.80 lei for February and March. States the arrears and "
             "stops: nothing on paying, by when or how."},
    {"text": "Stimată doamnă Niculescu,\n\nÎn urma verificării dosarului pentru noul branșament, am "
             "constatat că lipsește copia actului de proprietate. Vă rugăm să ne trimiteți documentul "
             "până la 15 iunie 2025, prin e-mail la documente@reteaelectrica.ro sau la orice ghișeu al "
             "nostru. După ce îl primim, lucrarea se programează în cel mult zece zile lucrătoare.\n\n"
             "Cu stimă,\nDepartamentul Racordări\nRețea Electrica",
     "expect": [], "channel": "letter",
     "note": "Letter: the deed copy is missing; please send it by 15 June by e-mail or at a counter; the "
             "work is then scheduled. Says what, by when and how."},
    {"text": "Stimată doamnă Vasile,\n\nÎncepând cu 1 iulie 2025, tariful de distribuție pentru locul "
             "dumneavoastră de consum se modifică de la 0,21 lei/kWh la 0,24 lei/kWh, conform noii "
             "decizii a autorității de reglementare. Suntem conștienți că orice creștere de preț este "
             "neplăcută și regretăm această schimbare.\n\nCu stimă,\nRețea Electrica",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: from 1 July the distribution tariff rises from 0.21 to 0.24 lei/kWh; we regret it. "
             "Polite and apologetic, but says neither what to do nor that nothing is needed."},
    {"text": "Stimate domnule Dinu,\n\nVă informăm că lucrarea de reparație a branșamentului de la adresa "
             "dumneavoastră a fost finalizată pe 4 iunie 2025. Nu este nevoie să faceți nimic: contorul "
             "a fost resigilat la fața locului, iar costul lucrării este suportat integral de Rețea "
             "Electrica.\n\nCu stimă,\nDepartamentul Intervenții\nRețea Electrica",
     "expect": [], "channel": "letter",
     "note": "Letter: the repair was completed on 4 June; nothing is needed because the meter was "
             "resealed on site and we bear the cost. 'Nothing needed, and why' is a next step."},
    {"text": "Stimate domnule Mihalache,\n\nProgramarea pentru înlocuirea contorului, stabilită inițial "
             "pentru 12 iunie 2025, a fost mutată pe 19 iunie 2025, între orele 8 și 12, din cauza unor "
             "lucrări urgente în rețea. Ne cerem scuze pentru această schimbare și pentru neplăcerile "
             "create.\n\nCu stimă,\nDepartamentul Programări\nRețea Electrica",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: the meter replacement moved from 12 to 19 June, 8-12, with an apology. Nothing on "
             "whether the customer must be home, confirm or can ask for another date."},
    {"text": "Stimată doamnă Stoian,\n\nSuma de 150 de lei, plătită de două ori pentru factura din martie "
             "2025, vă va fi restituită prin transfer în contul din care ați efectuat plata, până la 20 "
             "iunie 2025. Nu trebuie să depuneți nicio cerere și nici să ne trimiteți alte documente.\n\n"
             "Cu stimă,\nDepartamentul Facturare\nRețea Electrica",
     "expect": [], "channel": "letter",
     "note": "Letter: the 150 lei paid twice goes back to the paying account by 20 June; no request or "
             "documents needed. Says that nothing is needed and why (the refund is automatic)."},
    {"text": "Stimate domnule Grigore,\n\nÎn urma analizei reclamației dumneavoastră din 3 mai 2025 "
             "privind factura de regularizare, vă comunicăm că aceasta a fost admisă parțial. Diferența "
             "de 96 de lei a fost recalculată, iar restul sumei facturate rămâne valabil, deoarece "
             "corespunde indexului citit pe 2 aprilie.\n\nCu stimă,\nServiciul Reclamații\nRețea Electrica",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: complaint partly upheld, 96 lei recalculated, the rest stands. States the decision "
             "and stops: not whether to pay the rest, by when, or how to appeal."},
    {"text": "Stimată doamnă Constantin,\n\nContractul de furnizare pentru apartamentul din strada Florilor "
             "nr. 22 expiră pe 31 august 2025. Dacă doriți să îl prelungiți în aceleași condiții, vă "
             "rugăm să semnați anexa alăturată și să ne-o trimiteți în plicul inclus, cu taxa poștală "
             "plătită, până la 15 august. Dacă nu primim anexa, contractul continuă pe tariful standard.\n\nCu stimă,\n"
             "Departamentul Contracte\nRețea Electrica",
     "expect": [], "channel": "letter",
     "note": "Letter: the contract expires 31 August; to renew on the same terms sign the enclosed annex "
             "and post it in the enclosed postage-paid envelope by 15 August; otherwise the standard tariff applies. "
             "What, by when, how."},
]


def tr(channel, agent, turns, phone_rings=0):
    out = []
    if channel == "phone":
        out += [{"event": "ring"}] * phone_rings + [{"event": "answer", "by": "agent"}]
    for sp, text in turns:
        out.append({"speaker": sp, "text": text})
    if channel == "phone":
        out.append({"event": "hangup", "by": "customer"})
    return {"version": 1, "lang": "ro", "channel": channel, "agent": agent,
            "organisation": "Rețea Electrica", "turns": out}


A, K = "agent", "customer"

TRANSCRIPTS = [
    {"transcript": tr("phone", "Andreea", [
        (A, "Rețea Electrica, bună ziua, numele meu este Andreea. Cu ce vă pot ajuta?"),
        (K, "Bună ziua. Este a treia oară când sun pentru lumina care pâlpâie în tot apartamentul și nu "
            "m-a sunat nimeni înapoi."),
        (A, "Am programat o echipă pentru mâine, 15 mai, între 10 și 14, pe strada Zorilor nr. 8. "
            "Tehnicianul vă sună înainte să ajungă."),
        (K, "Bine. Trebuie să fiu acasă?"),
        (A, "Da, tehnicianul trebuie să verifice tabloul electric din apartament, deci e nevoie să fie cineva acasă. Mai pot să vă ajut cu "
            "altceva?"),
        (K, "Nu, asta era tot."),
        (A, "Vă mulțumesc pentru apel, doamnă. Ne puteți suna oricând la acest număr. La revedere!"),
    ], phone_rings=2),
     "expect": ["R-TALK-12"],
     "note": "Phone. Complaint 'third time I'm calling about the flickering lights, nobody called back' -> agent books a team for "
             "tomorrow 10-14 but does not apologise (offer without apology): R-TALK-12. Greeting, "
             "question (must I be home?) and closing are fine."},
    {"transcript": tr("chat", "Cristina", [
        (A, "Bună ziua, sunt Cristina de la Rețea Electrica. Cum vă pot ajuta?"),
        (K, "am stat acasa toata ziua ieri si tehnicianul nu a venit. nimeni nu m-a anuntat nimic"),
        (A, "Îmi cer scuze, ar fi trebuit să fiți anunțat din timp. Vă pot reprograma pentru joi "
            "dimineață, între 8 și 10, prima vizită din zi. Vă convine?"),
        (K, "da joi e bine. ma suna inainte?"),
        (A, "Da, tehnicianul vă sună cu o jumătate de oră înainte. Mai este ceva cu care vă pot ajuta?"),
        (K, "nu, mersi"),
        (A, "Vă mulțumesc pentru înțelegere. Ne puteți scrie oricând aici, pe chat. La revedere!"),
    ]),
     "expect": [],
     "note": "Chat. Complaint 'I stayed home all day, the technician never came, nobody told me' -> "
             "apology and a concrete new slot (Thursday 8-10). Question answered, complete closing. "
             "Clean."},
    {"transcript": tr("chat", "Mihai", [
        (A, "Bună ziua, sunt Mihai de la Rețea Electrica. Cu ce vă pot ajuta?"),
        (K, "sunt fara curent de doua zile, str. Plopilor 3, Iasi. am un copil mic acasa, e inacceptabil"),
        (A, "Îmi pare sincer rău, înțeleg cât de greu vă este în situația aceasta."),
        (K, "si ce faceti acum?"),
        (A, "Am verificat: în zona dumneavoastră s-a defectat un cablu subteran. Echipa lucrează la el, "
            "iar reparația este planificată să se încheie astăzi până la ora 18. Vă trimit un SMS când "
            "se reia alimentarea."),
        (K, "ok, multumesc"),
        (A, "Mai pot să vă ajut cu ceva?"),
        (K, "nu"),
        (A, "Vă mulțumesc pentru răbdare. Ne puteți scrie oricând aici, pe chat. La revedere!"),
    ]),
     "expect": ["R-TALK-12"],
     "note": "Chat. Complaint 'without power for two days, small child at home, unacceptable' -> "
             "'I'm sincerely sorry, I understand how hard it is' with nothing offered: R-TALK-12. The "
             "way forward only comes after the customer asks 'so what are you doing now?' (answered). "
             "Closing spread over the last two agent turns, complete."},
    {"transcript": tr("phone", "Radu", [
        (A, "Bună ziua, Rețea Electrica, mă numesc Radu. Cu ce vă pot fi de folos?"),
        (K, "Factura asta e bătaie de joc. 900 de lei pentru un apartament cu două camere, în care stau "
            "singur."),
        (A, "Suma vine din consumul estimat. Când nu avem o citire reală, estimăm după consumul din lunile "
            "de iarnă, care este mai mare."),
        (K, "Și ce pot face ca să plătesc cât consum de fapt?"),
        (A, "Îmi puteți spune acum indexul de pe contor, iar eu refac factura pe consumul real. Noua "
            "factură o primiți pe e-mail în trei zile lucrătoare."),
        (K, "Indexul e 21 087."),
        (A, "Mulțumesc, l-am notat: 21 087. Mai aveți și alte întrebări?"),
        (K, "Nu, mulțumesc."),
        (A, "Vă mulțumesc pentru apel, domnule Popa. Ne puteți suna oricând. O zi bună, la revedere!"),
    ], phone_rings=1),
     "expect": ["R-TALK-12"],
     "note": "Phone. Complaint 'this bill is a joke, 900 lei for a two-room flat' -> the agent justifies "
             "the estimate (neutral, no blame) instead of apologising, and offers nothing in that turn: "
             "R-TALK-12. The fix follows the customer's question. Closing complete."},
    {"transcript": tr("chat", "Elena", [
        (A, "Bună ziua, sunt Elena, de la Rețea Electrica. Cu ce vă pot ajuta astăzi?"),
        (K, "serviciul vostru e inutil, am scris de trei ori pe chat si nu mi-a raspuns nimeni!!"),
        (A, "Care este codul dumneavoastră de client?"),
        (K, "4002117"),
        (A, "Mulțumesc. Văd mesajele dumneavoastră despre mutarea contractului pe noua adresă. Am făcut "
            "acum mutarea, începând cu 1 iunie, iar confirmarea v-a fost trimisă pe e-mail."),
        (K, "a, bine. pot sa platesc tot online de acum?"),
        (A, "Da, facturile de la noua adresă se pot plăti online, din același cont. Vă mai pot ajuta cu "
            "altceva?"),
        (K, "nu, atat"),
        (A, "Vă mulțumesc că ne-ați scris. Oricând aveți nevoie, ne găsiți aici. La revedere!"),
    ]),
     "expect": ["R-TALK-12"],
     "note": "Chat. Insulting complaint 'your service is useless, I wrote three times and nobody "
             "answered!!' -> the agent only asks for the customer code: no apology, no way forward: "
             "R-TALK-12. Later turns fix it; closing complete."},
    {"transcript": tr("phone", "Ioana", [
        (A, "Rețea Electrica, bună ziua, sunt Ioana. Cum vă pot ajuta?"),
        (K, "Bună ziua. A treia factură la rând cu index estimat, deși eu trimit indexul în fiecare lună. "
            "Nu se uită nimeni pe ele?"),
        (A, "Vă cer scuze, aveți dreptate: indexurile trimise de dumneavoastră nu au fost preluate. Am "
            "introdus acum indexul din mai și refac cele trei facturi; facturile noi vă ajung pe e-mail "
            "până vineri."),
        (K, "Și diferența plătită în plus?"),
        (A, "Diferența, 214 lei, rămâne ca avans și se scade din factura din iunie. Dacă preferați, v-o "
            "restituim în cont."),
        (K, "O las la factura din iunie. Mulțumesc."),
        (A, "Am notat. Mai pot să vă ajut cu ceva?"),
        (K, "Nu, atât."),
        (A, "Vă mulțumesc pentru răbdare. Ne puteți suna oricând la acest număr. O zi bună și la "
            "revedere!"),
    ], phone_rings=2),
     "expect": [],
     "note": "Phone. Complaint 'third estimated bill in a row although I send readings; does nobody look "
             "at them?' -> apology, admits the company's fault, enters the reading and reissues the bills "
             "by Friday. Question about the overpayment answered (kept as credit or refunded). Complete "
             "closing. Clean."},
]
