"""dev14, Romanian (writer D). Last turns, letters and apologies of an ordinary day.

Organisation: Rețea Electrica (treated as a company that also runs call-out, shop, cleaning,
care and similar desks). Blocks alternate clean, violation, clean, violation, ...
"""

LANG = "ro"
ORG = "Rețea Electrica"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def call(agent, turns, channel="phone", rings=2, start="2025-03-11T09:14:00Z"):
    head = []
    if channel == "phone":
        for _ in range(rings):
            head.append({"event": "ring", "by": "system"})
        head.append({"event": "answer", "by": "agent"})
    return {"version": 1, "lang": "ro", "channel": channel, "agent": agent,
            "organisation": ORG, "turns": head + turns}


TRANSCRIPTS = [
    # t01 clean, phone: electrician call-out, no-show yesterday; hold done right; closing spread
    {
        "transcript": call("Mihai", [
            A("Rețea Electrica, intervenții la domiciliu, bună ziua, sunt Mihai. Cu ce vă pot ajuta?"),
            C("Bună ziua. Am avut programare ieri pentru un electrician, între 2 și 4. Am stat acasă "
              "degeaba, nu a venit nimeni și nici măcar nu m-a sunat cineva!"),
            A("Îmi pare foarte rău că ați așteptat degeaba și că nu v-a anunțat nimeni. Vă reprogramez "
              "chiar acum, cu prioritate. Îmi spuneți, vă rog, adresa de pe programare?"),
            C("Strada Lalelelor 14, în Ploiești. Puteți să-mi dați o oră după cinci? Ziua sunt la serviciu."),
            A("Mhm, Lalelelor 14, am găsit-o. Vă rog să rămâneți un minut pe fir, cât mă uit în calendar "
              "ce electricieni sunt liberi după ora 17. Se poate?"),
            C("Da, aștept."),
            E("hold"),
            E("resume"),
            A("Vă mulțumesc că ați așteptat. Am găsit un loc joi, între 17 și 19, și l-am trecut deja pe "
              "numele dumneavoastră. Electricianul vă sună cu o jumătate de oră înainte să ajungă."),
            C("Bine. Și deplasarea o mai plătesc? Că data trecută nu a fost vina mea."),
            A("Nu, pentru vizita de joi nu plătiți deplasarea, am notat asta în programare. Plătiți doar "
              "manopera și eventualele piese, după lucrare."),
            C("Bun, atunci rămâne joi."),
            A("Da, joi între 17 și 19. Mai este ceva cu care vă pot ajuta?"),
            C("Nu, asta era tot. Mulțumesc, la revedere."),
            A("Eu vă mulțumesc pentru răbdare. Dacă intervine ceva până joi, ne sunați la același număr. "
              "La revedere și o seară bună!"),
            E("hangup", "customer"),
        ], rings=2),
        "expect": [],
        "note": "Electrician did not show up yesterday and nobody called. Agent apologises and "
                "rebooks at once; asks permission and gives the reason before the hold, thanks after "
                "resume and gives the Thursday 17-19 slot (answers 'an hour after five?'); answers the "
                "call-out fee question ('no, you don't pay'). Closing spread over the last two agent "
                "turns after the resume: anything else? / thanks / ring us at the same number / goodbye. "
                "Two rings. Clean.",
    },
    # t02 violating, chat: e-bike delivered without charger; offer without apology
    {
        "transcript": call("Ioana", [
            A("Bună ziua, sunteți în chat cu Rețea Electrica, magazinul de biciclete electrice. Mă numesc "
              "Ioana. Cu ce vă pot ajuta?"),
            C("buna ziua. bicicleta comandata a venit sambata fara incarcator, deci am o bicicleta de 9000 "
              "de lei pe care nu o pot folosi deloc, e chiar neserios! cand primesc incarcatorul?"),
            A("Vă trimit încărcătorul astăzi prin curier, fără costuri. Îmi confirmați adresa de livrare din "
              "comandă, strada Zorilor 3, Cluj-Napoca?"),
            C("da adresa e buna. pot sa o incarc intre timp cu incarcatorul de la laptop?"),
            A("Nu vă recomand, tensiunea este diferită și se poate deteriora bateria. Coletul pleacă azi "
              "până la ora 16, iar curierul livrează în Cluj de regulă în ziua lucrătoare următoare. "
              "Numărul de urmărire îl primiți pe e-mail."),
            C("ok. mersi"),
            A("Cu plăcere. Mai aveți nevoie de ceva legat de comandă?"),
            C("nu, atat"),
            A("Vă mulțumesc că ne-ați scris. Dacă aveți orice problemă cu încărcătorul sau cu bicicleta, "
              "ne găsiți aici, în chat. O zi bună, la revedere!"),
        ], channel="chat"),
        "expect": ["R-TALK-12"],
        "note": "E-bike arrived without its charger; customer complains ('it's really unprofessional!') "
                "and asks when the charger comes. The next agent turn offers the fix (charger sent today, "
                "free) but has no apology at all: R-TALK-12. Both questions are answered (when: leaves "
                "today, usually delivered next working day; laptop charger: not recommended, and why). "
                "Closing complete over the last two agent turns. Customer typed without diacritics.",
    },
    # t03 clean, chat: broadband installer drilled in the wrong place, no internet
    {
        "transcript": call("Cristina", [
            A("Bună ziua! Rețea Electrica, asistență pentru internet fix, vă scrie Cristina. Cu ce vă pot "
              "ajuta?"),
            C("Buna. Ieri a venit instalatorul pentru fibra, a dat gaura in perete in alt loc decat am "
              "stabilit si a plecat fara sa stranga mizeria. Iar internetul nici nu merge!"),
            A("Îmi pare rău pentru cum a decurs instalarea, nu așa trebuia să arate. Am cerut deja o nouă "
              "vizită pentru mâine dimineață, între 9 și 11, ca echipa să verifice conexiunea și să facă "
              "curat. Vă convine intervalul?"),
            C("Maine pot doar dupa 12. Si cine plateste reparatia peretelui?"),
            A("Am mutat vizita mâine, între 12 și 14. Reparația peretelui este pe cheltuiala noastră: "
              "echipa astupă gaura și, dacă doriți, montează priza de fibră în locul stabilit inițial."),
            C("Da, o vreau in locul stabilit, langa televizor. Ok, multumesc."),
            A("Am notat: lângă televizor. Vă mai pot ajuta cu ceva?"),
            C("Nu, atat. Multumesc, o zi buna"),
            A("Vă mulțumesc și eu pentru răbdare. Dacă mâine apare o întârziere sau ceva nu este în regulă, "
              "ne scrieți aici oricând. La revedere și o zi bună!"),
        ], channel="chat"),
        "expect": [],
        "note": "Fibre installer drilled in the wrong place, left a mess, internet not working. Agent "
                "apologises and has already requested a return visit (way forward as an action taken); "
                "moves it after 12 when asked; answers 'who pays for the wall?' (we do). Customer thanks "
                "and says goodbye first; agent's last two turns: anything else? / thanks / write to us "
                "any time / goodbye. Clean.",
    },
    # t04 violating, phone: chimney sweep left soot; hold without asking permission
    {
        "transcript": call("Radu", [
            A("Rețea Electrica, verificări coșuri de fum, bună dimineața, mă numesc Radu. Cu ce vă pot fi "
              "de folos?"),
            C("Bună dimineața. Ieri a fost la mine un coșar de-al dumneavoastră și mi-a lăsat covorul din "
              "sufragerie plin de funingine. Am dat cu aspiratorul de trei ori și tot nu iese!"),
            A("Îmi pare rău, a fost greșeala noastră, podeaua trebuia acoperită înainte de lucrare. Vă "
              "trimitem o firmă de curățenie pentru covor, pe cheltuiala noastră. Când vă convine să vină?"),
            C("Păi, dacă se poate sâmbătă. Sâmbăta lucrează?"),
            A("Stați pe fir, mă uit în programul firmei de curățenie."),
            E("hold"),
            E("resume"),
            A("Mulțumesc că ați așteptat. Da, sâmbătă au liber la ora 10 și v-am programat deja."),
            C("Bine. Și certificatul de verificare pentru coș când îl primesc? Îmi trebuie la asociație."),
            A("Certificatul este semnat și vi-l trimit azi pe e-mail. Dacă îl vreți și pe hârtie, vi-l "
              "aduce sâmbătă echipa de curățenie."),
            C("Pe e-mail e suficient. Mulțumesc."),
            A("Cu plăcere. Mai doriți să vă ajut cu ceva?"),
            C("Nu, atât."),
            A("Atunci vă mulțumesc pentru apel. Pentru orice altă problemă ne puteți suna oricând la acest "
              "număr. La revedere!"),
            E("hangup", "customer"),
        ], rings=3),
        "expect": ["R-TALK-10"],
        "note": "Chimney sweep left soot on the carpet. Apology with own mistake owned plus free carpet "
                "cleaning (R-TALK-12 met). Before the hold the agent says 'Stay on the line, I'm looking "
                "at the cleaning firm's schedule': a reason, but no permission asked: R-TALK-10 (thanks "
                "after resume is there). Questions answered (Saturday: yes, 10:00; certificate: today by "
                "e-mail). Closing complete. Three rings (not over the limit).",
    },
    # t05 clean, phone with transfer: concert hall season-ticket card never sent
    {
        "transcript": call("Andrei", [
            A("Bună ziua, Rețea Electrica, Sala de concerte, sunt Andrei. Cu ce vă pot ajuta?"),
            C("Bună ziua. Am abonament pe stagiune și de două luni nu mi-a venit cardul nou. Am sunat "
              "săptămâna trecută, mi s-a spus că se rezolvă și nu s-a rezolvat nimic!"),
            A("Îmi pare rău că ați sunat degeaba săptămâna trecută. Vă fac legătura acum cu colega mea de "
              "la biroul de abonamente, care poate emite cardul pe loc. I-am notat deja ce mi-ați spus, ca "
              "să nu trebuiască să repetați. Vă convine?"),
            C("Da, bine."),
            E("transfer", to="abonamente"),
            A("Bună ziua, sunt Irina, de la biroul de abonamente. Colegul mi-a spus de card. Îmi spuneți, "
              "vă rog, numele de pe abonament?"),
            C("Elena Vlădescu."),
            A("Mulțumesc. Văd abonamentul, rândul 8, locul 12. Cardul a fost tipărit, dar nu a mai plecat "
              "spre dumneavoastră, a fost o scăpare a noastră. Îl puteți ridica vineri de la casa de "
              "bilete sau vi-l trimit azi prin poștă. Cum preferați?"),
            C("Îl iau vineri. Până atunci pot intra cu buletinul la concertul de joi?"),
            A("Da, la intrare spuneți numele și colegii vă găsesc pe listă. V-am adăugat deja pe lista "
              "pentru joi."),
            C("Perfect."),
            A("Mai aveți vreo întrebare despre abonament, doamnă Vlădescu?"),
            C("Nu, mulțumesc, asta a fost tot."),
            A("Vă mulțumesc pentru apel și pentru răbdare. Dacă mai apare ceva, ne sunați oricând la biroul "
              "de abonamente. Vă doresc un concert frumos joi, la revedere!"),
            E("hangup", "customer"),
        ], rings=1),
        "expect": [],
        "note": "Season-ticket card not sent for two months, an earlier call did nothing. First agent "
                "apologises and transfers with a summary already passed on (way forward). Second agent "
                "owns the slip, offers pick-up or post; answers 'can I get in with my ID on Thursday?' "
                "(yes, added to the list). Closing after the transfer over the last two agent turns: "
                "any other question? / thanks / call us any time / goodbye with a wish. The surname "
                "Vlădescu is not a diminutive. Clean.",
    },
    # t06 violating, chat: roof leaks after repair; one question unanswered; closing without thanks
    {
        "transcript": call("Daniel", [
            A("Bună ziua, Rețea Electrica, lucrări de acoperiș, vă scrie Daniel. Cu ce vă pot ajuta?"),
            C("Buna ziua. Acum doua saptamani ati schimbat tigla la casa noastra si azi-noapte, la ploaie, "
              "a curs iar apa in pod. Am platit 14.000 de lei ca sa am aceeasi problema!"),
            A("Îmi cer scuze, după o lucrare nouă nu ar trebui să intre apă. Lucrarea este în garanție, așa "
              "că trimit o echipă să verifice acoperișul, fără costuri. Puteți mâine după-amiază?"),
            C("Maine dupa 15 da. Daca mai ploua pana atunci, ce fac cu apa din pod? Si pentru tavanul din "
              "dormitor, care s-a patat, cine plateste?"),
            A("Până mâine puneți, vă rog, un vas sub locul unde picură și, dacă se poate, o folie pe "
              "izolație. Echipa vine mâine între 15 și 17."),
            C("Bine."),
            A("Am confirmat programarea pentru mâine, între 15 și 17. Mai aveți nevoie de ceva?"),
            C("Nu."),
            A("Dacă mai curge apă până mâine, ne puteți scrie oricând aici. La revedere!"),
        ], channel="chat"),
        "expect": ["R-TALK-9", "R-TALK-2"],
        "note": "Roof leaks two weeks after re-tiling. Apology plus a free inspection (R-TALK-12 met). "
                "The customer asks two questions; 'what do I do with the water?' is answered, 'who pays "
                "for the stained bedroom ceiling?' (a calm question, not a new complaint) is never "
                "addressed: R-TALK-9. The closing has "
                "anything else?, write to us any time and goodbye, but no thanks in the last three agent "
                "turns: R-TALK-2.",
    },
    # t07 clean, phone: home cleaning incomplete; hold done right; customer says goodbye first
    {
        "transcript": call("Alina", [
            A("Bună ziua, Rețea Electrica, servicii de curățenie la domiciliu, mă numesc Alina. Cu ce vă pot "
              "ajuta?"),
            C("Bună ziua. Am avut ieri curățenie generală la apartament. Echipa a zis că geamurile sunt "
              "incluse și n-au mai ajuns la ele, iar în baie e tot cum era. Am dat 600 de lei pe asta!"),
            A("Îmi pare rău, ați plătit pentru o curățenie completă și trebuia să o primiți. Vă propun să "
              "revină echipa gratuit pentru geamuri și baie. Îmi spuneți, vă rog, numărul comenzii?"),
            C("E 58213. Și când ar putea veni?"),
            A("Mulțumesc. Vă rog să așteptați un minut pe fir, să verific ce echipe sunt libere săptămâna "
              "aceasta. Se poate?"),
            C("Da."),
            E("hold"),
            E("resume"),
            A("Vă mulțumesc pentru răbdare. Echipa poate veni miercuri la ora 9 sau vineri la ora 14. Ce "
              "vă convine mai bine?"),
            C("Vineri. Trebuie să fiu acasă sau le pot lăsa cheia la administrator?"),
            A("Puteți lăsa cheia la administrator, doar spuneți-i că vine echipa vineri. Am notat ora 14 "
              "și am trecut în comandă că cheia este la administrator."),
            C("Bine, mulțumesc mult. La revedere."),
            A("Eu vă mulțumesc, doamnă. Mai aveți nevoie de ceva până vineri?"),
            C("Nu, nu."),
            A("Atunci vă aștept apelul dacă mai apare ceva, suntem aici zilnic între 8 și 20. La revedere, "
              "o zi frumoasă!"),
            E("hangup", "customer"),
        ], rings=2),
        "expect": [],
        "note": "Deep clean left windows and bathroom undone. Agent apologises and offers a free return "
                "visit; 'when could they come?' is answered after a hold asked for with a reason, with "
                "thanks on resume; 'must I be home?' answered (no, leave the key). The customer thanks "
                "and says goodbye first; the agent's last two turns give thanks / anything else? / "
                "call us if anything comes up / goodbye. Clean.",
    },
    # t08 violating, phone: laptop repair late; 'I understand' plus explanation, nothing offered
    {
        "transcript": call("Sorin", [
            A("Rețea Electrica, service magazin electronice, bună ziua, sunt Sorin. Cu ce vă pot ajuta?"),
            C("Bună ziua. Mi-am lăsat laptopul la dumneavoastră în service acum trei săptămâni, mi s-a zis "
              "că în zece zile e gata. Și tot nimic! Eu lucrez pe el, nu mai pot așa."),
            A("Înțeleg. La modelul dumneavoastră placa de bază nu se găsește în țară și se comandă direct "
              "de la producător."),
            C("Și ce fac eu acum? Când îl primesc înapoi?"),
            A("Verific acum în fișă. Piesa a sosit ieri, iar montajul este programat azi, așa că laptopul "
              "poate fi ridicat mâine după ora 12. Vă trimit un SMS când este gata."),
            C("Și până mâine? Aveți vreun laptop de împrumut?"),
            A("Da, pentru reparațiile în garanție avem laptopuri de schimb. Puteți trece azi până la ora 19 "
              "să luați unul de la magazinul din Piața Unirii."),
            C("Bine, trec azi. Mulțumesc."),
            A("Cu plăcere. Mai este ceva ce pot face pentru dumneavoastră?"),
            C("Nu, atât."),
            A("Vă mulțumesc pentru apel și vă așteptăm azi la magazin. Dacă mai aveți întrebări despre "
              "reparație, ne sunați oricând. La revedere!"),
            E("hangup", "customer"),
        ], rings=2),
        "expect": ["R-TALK-12"],
        "note": "Laptop repair three weeks instead of ten days ('And still nothing!'). The next agent "
                "turn is 'I understand' plus an explanation of where the part comes from: no apology "
                "and no way forward: R-TALK-12. The explanation blames no one (not R-TALK-6). Later "
                "turns fix it and answer both questions (pick-up tomorrow after 12, loan laptop today); "
                "no apology is ever said. Closing complete.",
    },
    # t09 clean, chat: car wash at a charging station stopped halfway, charged twice
    {
        "transcript": call("Bogdan", [
            A("Bună ziua, Rețea Electrica, stații de încărcare și spălătorie auto. Sunt Bogdan, cu ce vă pot "
              "ajuta?"),
            C("salut. am fost azi la spalatoria voastra din Brasov, programul s-a oprit la jumatate si "
              "masina a ramas plina de spuma. si mi-a luat banii de doua ori de pe card!!"),
            A("Îmi pare rău pentru neplăcere, atât pentru spălarea întreruptă, cât și pentru plata dublă. "
              "Verific imediat plățile și le corectez. Îmi spuneți ora la care ați fost și ultimele patru "
              "cifre ale cardului?"),
            C("pe la 14:30, cardul se termina in 4417. si codul de spalare gratuita, daca imi dati, e valabil "
              "la orice spalatorie de-a voastra?"),
            A("Am găsit cele două plăți de la 14:32 și am anulat-o pe a doua, de 45 de lei. Banii revin pe "
              "card de regulă în 3-5 zile lucrătoare, în funcție de bancă. V-am trimis pe e-mail un cod "
              "pentru o spălare gratuită, valabil 60 de zile la oricare dintre spălătoriile noastre."),
            C("ok, a venit mailul. mersi"),
            A("Mă bucur. Mai aveți nevoie de ajutor cu altceva?"),
            C("nu, asta era"),
            A("Vă mulțumesc că ne-ați scris și ne-ați semnalat problema. Dacă banii nu apar pe card până "
              "vineri, reveniți aici în chat și verificăm împreună. O seară bună, la revedere!"),
        ], channel="chat"),
        "expect": [],
        "note": "Car wash stopped halfway and the card was charged twice ('!!'). Agent apologises for "
                "both and at once starts correcting the payment (asks time and last four digits, which "
                "are not card data). Next turn: second payment cancelled, refund time attributed to the "
                "bank, free-wash code sent and 'valid at any of your car washes?' answered (yes, any, 60 "
                "days). Closing: anything else? / thanks / come back here if the money is not there by "
                "Friday (the invitation to come back said in passing) / goodbye. Clean.",
    },
    # t10 violating, phone: home care arrived late; apology and fix, but runs down a colleague
    {
        "transcript": call("Gabriela", [
            A("Rețea Electrica, servicii de îngrijire la domiciliu, bună ziua, sunt Gabriela. Cu ce vă pot "
              "ajuta?"),
            C("Bună ziua. Sun pentru mama mea, doamna Stoica. Îngrijitoarea trebuia să vină azi la 8 și a "
              "venit la 11. Mama a stat nemâncată până atunci, nu se poate așa!"),
            A("Îmi pare foarte rău, doamnă, pentru mama dumneavoastră. Colega de la programări iar a "
              "încurcat orele, nu e prima dată când face asta. Am corectat programarea, iar de mâine "
              "îngrijitoarea este trecută din nou la ora 8."),
            C("Și azi seară cine îi dă medicamentele? Îngrijitoarea a plecat deja."),
            A("Vă pot ține un minut pe fir, cât verific cine este liber în zonă în seara aceasta?"),
            C("Da, vă rog."),
            E("hold"),
            E("resume"),
            A("Vă mulțumesc că ați așteptat. Doamna Marin poate trece azi la ora 19 pentru medicamente și "
              "cină, am programat-o deja."),
            C("Bine. Și ora de azi dimineață o plătim întreagă?"),
            A("Nu, vizita de azi dimineață nu se facturează, am scos-o deja din factura lunii acesteia. "
              "Mai aveți și alte întrebări?"),
            C("Nu. Mulțumesc, la revedere."),
            A("Vă mulțumesc și eu. Dacă mai apare orice problemă cu programul, ne sunați oricând, linia "
              "este deschisă non-stop. La revedere!"),
            E("hangup", "customer"),
        ], rings=1),
        "expect": ["R-TALK-6"],
        "note": "Carer came three hours late, the mother went without breakfast. The agent apologises "
                "and has already fixed the schedule (R-TALK-12 met), but says 'the colleague at "
                "scheduling mixed up the hours again, it's not the first time she does this': running "
                "down a colleague, R-TALK-6. Hold asked with a reason, thanks on resume; both questions "
                "answered (evening visit at 19:00, the late visit is not billed). Closing complete after "
                "the resume.",
    },
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set, position whole) ----------------
    {
        "channel": "email",
        "customer": "Bună ziua, am comandat la dumneavoastră un tort pentru botez, pentru 12 iulie. Se "
                    "poate schimba crema de ciocolată cu una de fructe de pădure? Și dacă da, costă mai "
                    "mult? Mulțumesc, Andreea Ionescu",
        "text": "Bună ziua, doamnă Ionescu,\n\nDa, putem schimba crema, dacă ne anunțați până pe 9 iulie, "
                "cu trei zile înainte de livrare. Crema de fructe de pădure costă cu 20 de lei mai mult pe "
                "kilogram, așa că tortul de 3 kg ajunge la 540 de lei în loc de 480. Dacă ne confirmați "
                "printr-un răspuns la acest e-mail, facem modificarea pe loc.\n\nCu stimă,\nLarisa",
        "expect": [],
        "note": "Cake-order desk. Two questions (can the filling be changed? does it cost more?): both "
                "answered (yes, until 9 July; 20 lei more per kg, 540 instead of 480). Clean.",
    },
    {
        "channel": "chat",
        "customer": "buna, am comandat Maitreyi de la voi acum o saptamana si scrie tot in curs de "
                    "procesare. cand ajunge? si pot sa o ridic din librarie in loc de curier?",
        "text": "Bună ziua. Da, puteți ridica volumul din librăria de pe strada Republicii, iar ridicarea "
                "este gratuită; am schimbat deja metoda de livrare în comandă. Vă anunțăm prin SMS când "
                "vă așteaptă la casă.",
        "expect": ["R-TALK-9"],
        "note": "Bookshop. Two questions: 'when does it arrive?' and 'can I collect it in the shop?'. "
                "Pick-up is answered; 'we'll text you when it is waiting' stays on the topic but gives "
                "no time at all, so 'when?' is left unaddressed: R-TALK-9.",
    },
    {
        "channel": "email",
        "customer": "Buna ziua, am nevoie de traducerea legalizata a diplomei de licenta in germana. Cat "
                    "dureaza si cat costa? Trebuie sa vin cu originalul sau ajunge o copie scanata?",
        "text": "Bună ziua,\n\nPentru traducere ne ajunge copia scanată, pe care ne-o puteți trimite la "
                "această adresă. Pentru legalizare, notarul cere să vadă originalul, așa că vă rugăm să-l "
                "aduceți la birou când ridicați traducerea. Traducerea diplomei costă 120 de lei, iar "
                "legalizarea 60 de lei. Documentul este gata în trei zile lucrătoare de la primirea "
                "scanării.\n\nCu stimă,\nAna Marinescu",
        "expect": [],
        "note": "Translation agency. Three questions (how long, how much, original or scan?) answered in "
                "another order: scan for the translation, original shown at pick-up for the notary, "
                "120 + 60 lei, three working days. Clean.",
    },
    {
        "channel": "sms",
        "customer": "Buna ziua, vreau sa plantez un gard viu de tuia pe 20 de metri. Cati arbusti imi "
                    "trebuie? Si ii aduceti si ii plantati voi?",
        "text": "Bună ziua! Da, livrăm în oraș și în localitățile din jur, iar echipa noastră se ocupă și "
                "de plantare. Transportul costă 80 de lei, iar plantarea 15 lei pe arbust. Vă putem "
                "programa de săptămâna viitoare.",
        "expect": ["R-TALK-9"],
        "note": "Garden centre. 'How many shrubs do I need for 20 m?' is never answered (the price per "
                "shrub is on the topic but gives no number); 'do you deliver and plant?' is answered "
                "(yes). R-TALK-9.",
    },
    {
        "channel": "chat",
        "customer": "Buna seara. Ma gandesc sa iau un pian digital pentru fiica mea de 8 ani, care abia "
                    "incepe. Merita modelul de 3.500 de lei sau e suficient cel de 2.200? Daca nu se mai "
                    "apuca de cantat, il pot returna",
        "text": "Bună seara. Pentru un început, modelul de 2.200 de lei este suficient: are 88 de clape cu "
                "greutate, ca un pian acustic, și se poate cânta în căști. Diferența față de cel de 3.500 "
                "de lei se simte abia după doi-trei ani de studiu. Îl puteți returna în 30 de zile, dacă "
                "este întreg și în cutia originală.",
        "expect": [],
        "note": "Instrument shop. Two questions, the second without a question mark ('can I return it'). "
                "Both answered: the cheaper model is enough (and why), returns within 30 days. Clean.",
    },
    {
        "channel": "email",
        "customer": "Bună ziua, am primit setul de tren electric comandat, dar în cutie lipsește "
                    "telecomanda. Mi-o trimiteți separat? Până atunci se poate folosi trenul și fără ea?",
        "text": "Bună ziua,\n\nNe pare rău că setul a ajuns incomplet. Vă trimitem telecomanda mâine prin "
                "curier, fără niciun cost, iar numărul de urmărire îl primiți pe e-mail. Știm cât de mult "
                "așteaptă copiii să se joace cu un tren nou.\n\nCu stimă,\nMaria, magazinul de jucării",
        "expect": ["R-TALK-9"],
        "note": "Toy shop. 'Will you send the remote separately?' answered (tomorrow, free). 'Can the "
                "train be used without it until then?' is met only with sympathy ('we know how much "
                "children look forward...'): left unaddressed, R-TALK-9.",
    },
    {
        "channel": "phone",
        "customer": "Aș vrea să fac o programare pentru vaccinul antigripal. Pot veni și sâmbăta? Și "
                    "trebuie să aduc ceva de la medicul de familie?",
        "text": "Sâmbăta avem program între 9 și 13, deci puteți veni, și vă pot programa chiar acum. Nu "
                "aveți nevoie de trimitere de la medicul de familie, aduceți doar actul de identitate. "
                "Dacă aveți alergii sau o boală cronică, luați cu dumneavoastră și lista de medicamente.",
        "expect": [],
        "note": "Vaccination appointment desk, spoken. 'Can I come on Saturday?' answered implicitly "
                "(Saturday hours, 'so you can come'); 'do I need something from the GP?' answered (no "
                "referral, only ID). Clean.",
    },
    {
        "channel": "chat",
        "customer": "Buna, am abonament lunar la hrana pentru caine. Pot sa schimb sacul de 12 kg cu doi "
                    "de 7 kg? Si livrarea de saptamana asta se mai poate muta pe luni? Plec din oras pana "
                    "duminica.",
        "text": "Bună ziua! Am mutat livrarea din această săptămână pe luni, între 10 și 14, iar "
                "confirmarea v-a sosit prin SMS. Vă doresc drum bun!",
        "expect": ["R-TALK-9"],
        "note": "Pet-food delivery. Moving the delivery to Monday is done (answered); swapping the 12 kg "
                "bag for two 7 kg bags is ignored: R-TALK-9.",
    },
    {
        "channel": "email",
        "customer": "Bună ziua, mi-am ales rochia la dumneavoastră în martie, iar nunta este pe 14 "
                    "septembrie. Când trebuie să vin la ultima probă? Dacă mai slăbesc până atunci, "
                    "ajustarea intră în preț?",
        "text": "Bună ziua, doamnă Pop,\n\nUltima probă o facem de obicei cu două săptămâni înainte de "
                "nuntă, deci în jurul datei de 31 august. Ora exactă încă nu o știu, pentru că "
                "programul croitoresei pentru august se stabilește la începutul lunii; vă scriu până pe "
                "5 august cu ziua și ora. Ajustările sunt incluse în preț, inclusiv dacă rochia trebuie "
                "strâmtată.\n\nCu stimă,\nRoxana, Salonul de mireasă",
        "expect": [],
        "note": "Bridal shop. 'When is the last fitting?' answered with the approximate date and an "
                "honest 'exact time not known yet' with a dated follow-up (by 5 August); 'is the "
                "alteration included?' answered (yes). Clean.",
    },
    {
        "channel": "sms",
        "customer": "Buna ziua, am lasat la voi doua perechi de cizme ieri. Pe cele maro le puteti face cu "
                    "talpa de cauciuc in loc de piele? Cat costa in plus? Si cand sunt gata?",
        "text": "Bună ziua. Da, la cizmele maro putem pune talpă de cauciuc, ține mai bine iarna. Prețul "
                "diferă de la un model la altul. Ambele perechi sunt gata joi după ora 16.",
        "expect": ["R-TALK-9"],
        "note": "Shoe repairer. Three questions: rubber sole (yes), ready when (Thursday after 16) are "
                "answered; 'how much extra?' gets 'the price differs from model to model', on the topic "
                "but no answer: R-TALK-9.",
    },
    {
        "channel": "chat",
        "customer": "am dat ieri la spalat o plapuma de lana si un covor. e adevarat ca voi nu spalati lana "
                    "la masina? atunci cum o curatati? si pana cand e gata?",
        "text": "Bună ziua. Așa este, lâna nu o spălăm la mașina obișnuită: plapuma se curăță la rece, cu "
                "un program special pentru lână, și apoi se usucă întinsă. Covorul este gata mâine după "
                "ora 12, iar plapuma vineri, pentru că se usucă mai greu.",
        "expect": [],
        "note": "Laundry. Three questions (is it true you don't machine-wash wool? how then? ready when?) "
                "all answered; the yes/no one with 'așa este'. Clean.",
    },
    {
        "channel": "email",
        "customer": "Bună ziua, vreau să cumpăr laptopul ASUS din oferta de pe site. Îmi puteți instala și "
                    "Office la cumpărare? Și e bun pentru editare video sau mai bine iau modelul cu 32 GB "
                    "RAM?",
        "text": "Bună ziua,\n\nDa, putem instala pachetul Office la cumpărare; instalarea costă 50 de lei, "
                "iar licența se plătește separat. Modelul din ofertă are 16 GB de memorie și un procesor "
                "Intel Core i7 de generația a 13-a.\n\nVă așteptăm în magazin!\n\nCu stimă,\nVlad",
        "expect": ["R-TALK-9"],
        "note": "Computer shop. Office installation answered. 'Is it good for video editing, or should "
                "I take the 32 GB model?' gets only the specs of the offered model, no view either way: "
                "R-TALK-9.",
    },
    # ---------------- R-TALK-6 ----------------
    {
        "channel": "chat",
        "text": "Am verificat linia de la distanță. Semnalul scade din cauza unui cablu deteriorat în "
                "cutia de pe palier, nu din cauza routerului sau a setărilor dumneavoastră. Am programat "
                "un tehnician pentru mâine, între 10 și 12, să schimbe cablul.",
        "expect": [],
        "note": "Broadband installer. A cause explained without blame, with an explicit 'not your "
                "router or your settings' and a booked visit. Near miss of R-TALK-6. Clean.",
    },
    {
        "channel": "email",
        "text": "Bună ziua,\n\nTortul a fost făcut exact după poza primită pe e-mail. Dacă ni se trimite "
                "o poză cu alt model, noi nu avem de unde să știm ce s-a dorit de fapt.\n\nCu stimă,\n"
                "Larisa",
        "expect": ["R-TALK-6"],
        "note": "Cake desk. Impersonal, implied blame: 'if someone sends us a photo of another model, "
                "we cannot know what was really wanted'. The customer is blamed without being named, "
                "nothing offered. R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Bună ziua, domnule Crăciun,\n\nAți primit alt volum decât cel comandat, iar greșeala "
                "este a noastră: la ambalare am încurcat două comenzi. Vă trimitem astăzi cartea corectă, "
                "iar pe cealaltă o ia curierul când vă aduce coletul nou.\n\nCu stimă,\nLibrăria online",
        "expect": [],
        "note": "Bookshop. Own mistake owned ('the mistake is ours, we mixed up two orders') and fixed. "
                "Near miss of R-TALK-6 (a fault named, but our own). Crăciun is a surname. Clean.",
    },
    {
        "channel": "phone",
        "text": "Nu este adevărat că instalatorul a plecat fără să termine. În fișa de lucru scrie că "
                "robinetul a fost schimbat și testat, iar dumneavoastră ați semnat-o.",
        "expect": ["R-TALK-6"],
        "note": "Plumber call-out. Flat contradiction of the customer ('It is not true that the plumber "
                "left without finishing... and you signed it'), nothing offered: arguing, R-TALK-6.",
    },
    {
        "channel": "chat",
        "text": "Nu va putem vaccina fara programare in ziua respectiva, pentru ca dozele se pregatesc "
                "dimineata, dupa lista. Va pot trece insa pe lista de maine la ora 10 sau va sun eu daca "
                "se elibereaza un loc azi dupa-amiaza.",
        "expect": [],
        "note": "Vaccination desk, typed entirely without diacritics (not a typo). A refusal with the "
                "reason and two alternatives (tomorrow 10:00 or a call if a slot frees up today). Near "
                "miss of a flat refusal. Clean.",
    },
    {
        "channel": "email",
        "text": "Bună ziua,\n\nAr fi trebuit să citiți manualul înainte de prima încărcare, acolo scrie "
                "clar că bateria nu se lasă la frig. Vă rog ca pe viitor să fiți mai atent la "
                "instrucțiuni. Putem verifica bateria în atelier, contra cost.\n\nCu stimă,\nTudor",
        "expect": ["R-TALK-6"],
        "note": "E-bike shop. Lecturing the customer ('you should have read the manual... please be "
                "more careful with instructions in future'); the paid check offered does not undo it. "
                "R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Bună ziua, doamnă Ene,\n\nÎmi pare rău pentru confuzie. Am verificat comanda și în ea "
                "figurează 40 de lalele, la fel ca în confirmarea trimisă pe e-mail pe 2 martie. Dacă "
                "doriți 400, modific comanda chiar azi și vă trimit noul total.\n\nCu stimă,\nIrina, "
                "centrul de grădinărit",
        "expect": [],
        "note": "Garden centre. A correction made politely: the order says 40 tulips, not 400, shown "
                "from the confirmation, without saying whose error it was, and the change offered. Near "
                "miss of contradicting. Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Mureșan,\n\nVă informăm că termenele de predare nu se modifică după "
                "confirmarea comenzii. Solicitarea dumneavoastră de urgentare a traducerii nu poate fi "
                "aprobată.\n\nVă rugăm să ridicați traducerea la termenul stabilit, 18 aprilie, de la "
                "sediul nostru din strada Horea nr. 4.\n\nCu stimă,\nBiroul de traduceri",
        "expect": ["R-TALK-6"],
        "note": "Translation agency letter. Bureaucratic flat refusal of a rush request ('deadlines are "
                "not changed... cannot be approved') with no alternative (no paid express option, no "
                "partial delivery). It does state the next step (collect on 18 April), so R-LETTER-1 is "
                "met. R-TALK-6 only.",
    },
    {
        "channel": "sms",
        "text": "Bună ziua. Coletul este acum la firma de curierat, în depozitul din Pitești, și figurează "
                "pentru livrare mâine. Dacă mâine până la ora 18 nu ajunge, vă trimitem din stocul nostru "
                "un sac nou, fără costuri.",
        "expect": [],
        "note": "Pet-food delivery. The courier partner named neutrally, where the parcel is, plus a "
                "fallback with a time. Near miss of running down a partner. Clean.",
    },
    {
        "channel": "phone",
        "text": "Numărul șefului de echipă nu îl dăm clienților. Toate discuțiile trec prin noi, deci nu "
                "are rost să insistați.",
        "expect": ["R-TALK-6"],
        "note": "Roofing firm, spoken. Refusing contact details with no other channel offered, plus "
                "'there's no point insisting'. R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Bună ziua,\n\nNe-ați scris că „magazinul v-a trimis o jucărie stricată” și aveți "
                "dreptate, roata era ruptă încă din cutie. Nu a fost nimic greșit în felul în care ați "
                "deschis-o. V-am trimis deja un set nou, iar pe cel defect nu trebuie să-l "
                "returnați.\n\nCu stimă,\nMaria",
        "expect": [],
        "note": "Toy shop. The customer's complaint quoted, then a negated blame ('nothing was wrong "
                "in the way you opened it'), replacement already sent. Near miss. Clean.",
    },
    {
        "channel": "chat",
        "text": "Vă înțeleg perfect. Cei de la casa de bilete greșesc mereu locurile, nu e prima "
                "reclamație de felul acesta. V-am mutat pe rândul 5, cum ați cerut.",
        "expect": ["R-TALK-6"],
        "note": "Concert hall membership desk. Helps (seat moved) but runs down colleagues at the box "
                "office ('they always get the seats wrong'). R-TALK-6.",
    },
    # ---------------- R-LETTER-1 (channel letter) ----------------
    {
        "channel": "letter",
        "text": "Stimată doamnă Georgescu,\n\nVă informăm că verificarea coșului de fum programată pe 6 "
                "noiembrie, la ora 9, se mută pe 8 noiembrie, la aceeași oră. Echipa din zona "
                "dumneavoastră are un utilaj în reparație.\n\nDacă data nouă vă convine, nu trebuie să "
                "faceți nimic. Dacă nu, vă rugăm să ne sunați până pe 4 noiembrie la 0244 100 200, între "
                "8 și 16, ca să alegem împreună altă zi.\n\nNe cerem scuze pentru schimbare.\n\nCu "
                "stimă,\nDepartamentul Programări\nRețea Electrica",
        "expect": [],
        "note": "Chimney sweep visit moved. Next step given as a choice: nothing if the date suits, "
                "otherwise phone by 4 November (number and hours). Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Neagu,\n\nÎn urma vizitei din 3 aprilie la imobilul din strada Teilor nr. "
                "9, Sibiu, vă transmitem oferta pentru refacerea acoperișului.\n\nLucrarea cuprinde "
                "demontarea țiglei vechi, înlocuirea a 12 metri pătrați de astereală, montarea membranei "
                "anticondens și a țiglei ceramice noi. Prețul total este de 38.400 de lei, cu TVA inclus. "
                "Durata estimată a lucrării este de opt zile lucrătoare.\n\nVă mulțumim pentru interesul "
                "acordat serviciilor noastre.\n\nCu stimă,\nRețea Electrica, lucrări de acoperiș",
        "expect": ["R-LETTER-1"],
        "note": "Roofing quote with scope, price and duration, politely closed, but nothing on how to "
                "accept it, by when or what happens next: R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Stimată doamnă Lazăr,\n\nÎncepând cu 1 martie, prețul abonamentului lunar de curățenie "
                "la domiciliu crește de la 480 la 520 de lei, ca urmare a majorării salariului "
                "minim.\n\nDacă doriți să păstrați abonamentul, nu trebuie să faceți nimic: noul preț "
                "apare automat pe factura din martie. Dacă doriți să renunțați, ne puteți scrie până pe "
                "20 februarie la curatenie@reteaelectrica.ro, iar abonamentul se încheie fără penalități "
                "la 28 februarie.\n\nCu stimă,\nServicii de curățenie, Rețea Electrica",
        "expect": [],
        "note": "Cleaning subscription price rise. Says nothing is needed to keep it (and why: the new "
                "price is billed automatically) and how to cancel instead (e-mail by 20 February). "
                "Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Toma,\n\nVă informăm că, potrivit art. 7 din contract, contractul "
                "dumneavoastră pentru internet fix nr. IF-20931 a fost prelungit automat pentru încă 12 "
                "luni, începând cu 1 iulie 2025. Tariful lunar rămâne de 59 de lei, iar viteza de acces "
                "rămâne cea din contract.\n\nVă mulțumim că ați ales serviciile noastre.\n\nCu stimă,\n"
                "Rețea Electrica",
        "expect": ["R-LETTER-1"],
        "note": "Broadband contract renewed automatically. States the fact and the unchanged tariff, "
                "but never says that nothing is required, nor how to object: R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Ilie,\n\nNu am primit încă rata a treia, de 412 lei, pentru bicicleta "
                "electrică cumpărată în rate în luna mai. Scadența a fost pe 15 august.\n\nVă rugăm să "
                "achitați suma până pe 5 septembrie, în aplicația Rețea Electrica, la casieria oricărui "
                "magazin sau prin transfer bancar, cu numărul contractului R-5521 la detalii. Dacă ați "
                "plătit deja în ultimele zile, nu mai trebuie să faceți nimic.\n\nCu stimă,\nRețea "
                "Electrica, vânzări în rate",
        "expect": [],
        "note": "E-bike instalment missing. Says what (pay 412 lei), by when (5 September) and how "
                "(app, shop till, transfer with the contract number), and that nothing is needed if "
                "already paid. No account number in the text. Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimată doamnă Cristea,\n\nVă informăm că reparația laptopului dumneavoastră Lenovo, "
                "predat în service pe 2 octombrie, a fost finalizată. Am înlocuit tastatura și bateria, "
                "iar aparatul a trecut toate testele de funcționare. Reparația a fost făcută în garanție, "
                "fără costuri pentru dumneavoastră.\n\nVă mulțumim pentru răbdare.\n\nCu stimă,\nService "
                "Rețea Electrica",
        "expect": ["R-LETTER-1"],
        "note": "Computer shop: repair finished. The letter never says whether the laptop will be sent "
                "or must be collected, where, by when or with what document: R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Dobre,\n\nAm analizat cererea de garanție pentru motorul bicicletei "
                "electrice și vă comunicăm că a fost aprobată. Motorul se înlocuiește gratuit.\n\n"
                "Curierul nostru este programat să ridice bicicleta pe 14 mai, între 9 și 13. Vă rugăm să "
                "scoateți bateria și să o păstrați acasă. Dacă intervalul nu vă convine, sunați-ne până "
                "pe 12 mai la 021 300 40 50.\n\nCu stimă,\nAtelierul de biciclete electrice",
        "expect": [],
        "note": "Warranty accepted. Next step: have the bike ready for collection on 14 May, keep the "
                "battery, or ring by 12 May to change the slot. Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate client,\n\nVă informăm că, pentru lucrări de modernizare a rețelei, furnizarea "
                "energiei electrice va fi întreruptă joi, 22 mai 2025, între orele 9:00 și 15:00, pe "
                "străzile Morilor, Viitorului și Fântânii din Alba Iulia.\n\nLucrările au ca scop "
                "înlocuirea cablurilor subterane vechi de peste 40 de ani și reducerea întreruperilor "
                "accidentale din zonă.\n\nNe cerem scuze pentru neplăcerile create.\n\nCu stimă,\nRețea "
                "Electrica",
        "expect": ["R-LETTER-1"],
        "note": "Planned power cut notice: date, hours, streets, reason, an apology, and then it stops. "
                "It does not say whether the customer needs to do anything (unplug appliances, nothing "
                "needed): R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Stimată doamnă Barbu,\n\nVă confirmăm că documentele depuse pe 10 martie pentru "
                "racordarea locuinței din comuna Ghimbav sunt complete și au fost acceptate.\n\nNu este "
                "nevoie să mai trimiteți nimic în această etapă. Un inginer de-al nostru vă sună până pe "
                "24 martie pentru a stabili data vizitei la fața locului, iar avizul tehnic vi-l trimitem "
                "după vizită.\n\nCu stimă,\nRețea Electrica, racordări",
        "expect": [],
        "note": "Documents accepted. Says nothing more is needed and why (the file is complete; we will "
                "ring by 24 March to fix the site visit). Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Petrescu,\n\nÎn urma verificării dosarului pentru schimbarea titularului "
                "contractului de furnizare, am constatat că lipsește copia actului de proprietate al "
                "locuinței din strada Carpaților nr. 21.\n\nCelelalte documente, respectiv copia actului "
                "de identitate și cererea semnată, sunt în regulă.\n\nCu stimă,\nRețea Electrica",
        "expect": ["R-LETTER-1"],
        "note": "Document missing from the file. The letter names the missing deed but not how to send "
                "it, by when, or what happens otherwise: R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Vasile,\n\nVă anunțăm că, după returnarea pianului digital închiriat, am "
                "restituit pe 3 februarie garanția de 1.500 de lei, în contul din care a fost plătită.\n\n"
                "Nu trebuie să faceți nimic: suma apare de regulă în cont în două-trei zile lucrătoare. "
                "Dacă nu o vedeți până pe 10 februarie, vă rugăm să ne sunați la 0264 555 120 și verificăm "
                "împreună transferul.\n\nCu stimă,\nMagazinul de instrumente",
        "expect": [],
        "note": "Rental deposit returned. Nothing is needed (the money arrives by itself, usually in "
                "two or three working days), and what to do if it has not arrived by 10 February. Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimată doamnă Enache,\n\nVă informăm că programarea dumneavoastră pentru vaccinarea "
                "antigripală din 7 noiembrie, ora 11:30, a fost anulată, deoarece dozele alocate "
                "centrului nostru pentru acea zi sunt mai puţine decât era planificat.\n\nNe cerem scuze "
                "pentru neplăcere şi vă mulţumim pentru înţelegere.\n\nCu stimă,\nCentrul de vaccinare",
        "expect": ["R-LETTER-1"],
        "note": "Vaccination appointment cancelled, with reason and apology, but no word on rebooking "
                "(how, when, or whether we will call): R-LETTER-1. Typed with cedilla ş/ţ "
                "(keyboard variant, not a typo).",
    },
    {
        "channel": "letter",
        "text": "Stimate domnule Stan,\n\nConform cererii dumneavoastră din 28 aprilie, contractul de "
                "îngrijire la domiciliu pentru doamna Maria Stan încetează la 31 mai 2025.\n\nVă rugăm să "
                "returnați până la această dată cheia de rezervă a apartamentului și cardul de acces, fie "
                "la sediul nostru din strada Avram Iancu nr. 5, fie îngrijitoarei, la ultima vizită. "
                "Factura finală o primiți pe e-mail până pe 10 iunie și se plătește ca de obicei.\n\n"
                "Cu stimă,\nServicii de îngrijire la domiciliu",
        "expect": [],
        "note": "Home-care contract ended. Next step: return the spare key and access card by 31 May, "
                "at the office or to the carer; final invoice paid as usual. Clean.",
    },
    {
        "channel": "letter",
        "text": "Stimată doamnă Rusu,\n\nVă aducem la cunoștință că, începând cu 1 ianuarie 2026, taxa de "
                "livrare pentru comenzile de hrană pentru animale sub 150 de lei se modifică de la 12 la "
                "15 lei. Pentru comenzile de peste 150 de lei, livrarea rămâne gratuită.\n\nModificarea "
                "este determinată de creșterea costurilor de transport.\n\nCu stimă,\nLivrări hrană "
                "pentru animale",
        "expect": ["R-LETTER-1"],
        "note": "Pet-food delivery fee change, with the reason, and then it stops: it does not say that "
                "nothing is needed, nor what to do if the customer objects: R-LETTER-1.",
    },
    # ---------------- R-TALK-2 (position closing) ----------------
    {
        "channel": "phone",
        "position": "closing",
        "text": "Am notat tot: tortul de trei kilograme, cu fructe de pădure, îl ridicați sâmbătă la ora "
                "10. Mai doriți să adăugăm ceva la comandă, lumânări sau o inscripție? Dacă nu, vă "
                "mulțumesc pentru comandă. Dacă tortul nu este cum l-ați dorit, sunați-ne imediat și găsim "
                "o soluție. Un weekend frumos și la revedere!",
        "expect": [],
        "note": "Cake desk, spoken. 'Anything else to add to the order?' asked before the last words, "
                "thanks, the invitation to come back said in passing ('if the cake is not right, ring "
                "us'), goodbye with a wish. Clean.",
    },
    {
        "channel": "chat",
        "position": "closing",
        "text": "Am rezervat cele două volume pe numele dumneavoastră până vineri. Vă mai pot ajuta cu "
                "altceva? Dacă mai căutați vreo carte, ne scrieți aici oricând. O seară plăcută, la "
                "revedere!",
        "expect": ["R-TALK-2"],
        "note": "Bookshop chat closing: anything else?, come back any time, goodbye, but no thanks: "
                "R-TALK-2.",
    },
    {
        "channel": "email",
        "position": "closing",
        "text": "Traducerea legalizată vă așteaptă la birou de joi, de la ora 10. Vă mulțumim pentru "
                "încredere. Mai este ceva ce putem clarifica înainte de ridicare? Dacă veți avea nevoie și "
                "de alte documente traduse, ne puteți scrie oricând la această adresă.\n\nCu stimă,\nAna "
                "Marinescu",
        "expect": [],
        "note": "Translation agency e-mail: thanks, 'anything else we can clarify?', write to us any "
                "time, sign-off 'Cu stimă' as the goodbye. Clean.",
    },
    {
        "channel": "phone",
        "position": "closing",
        "text": "Bun, atunci electricianul este programat miercuri, între 8 și 10. Mai aveți vreo "
                "întrebare? Dacă nu, vă mulțumesc pentru apel, doamnă Iordache. La revedere!",
        "expect": ["R-TALK-2"],
        "note": "Electrician call-out, spoken: anything else?, thanks, goodbye; nothing says the "
                "customer can call again or come back: R-TALK-2.",
    },
    {
        "channel": "chat",
        "position": "closing",
        "text": "Vă mulțumesc pentru răbdare. Mai aveți nevoie de ceva în afară de verificarea frânelor? "
                "Dacă nu, rămâne așa: colegul din atelier vă sună mâine la ora 11, să vă spună ce piese "
                "trebuie schimbate. Până atunci, pentru orice întrebare ne scrieți aici oricând. La "
                "revedere!",
        "expect": [],
        "note": "E-bike workshop chat: thanks for the patience, anything else?, a callback arranged at "
                "the end (tomorrow 11:00), write to us any time, goodbye. Clean.",
    },
    {
        "channel": "email",
        "position": "closing",
        "text": "Vă mulțumim pentru comandă. Trandafirii pleacă spre dumneavoastră joi, iar instrucțiunile "
                "de plantare le găsiți atașate. Mai aveți și alte întrebări despre îngrijirea lor? Oricând "
                "aveți nevoie de un sfat pentru grădină, ne puteți scrie sau suna.",
        "expect": ["R-TALK-2"],
        "note": "Garden centre e-mail ending: thanks, anything else?, come back any time, but no "
                "goodbye and no sign-off: R-TALK-2.",
    },
    {
        "channel": "phone",
        "position": "closing",
        "text": "Perfect, perdelele sunt gata vineri după ora 15. Mai este ceva cu care vă pot ajuta "
                "astăzi? Dacă nu, vă mulțumesc pentru apel și vă așteptăm vineri. Sunați-ne oricând dacă "
                "mai aveți nevoie de noi. La revedere, o zi bună!",
        "expect": [],
        "note": "Laundry, spoken: anything else?, thanks, call us any time, goodbye with a wish. Clean.",
    },
    {
        "channel": "chat",
        "position": "closing",
        "text": "Multumesc ca ati ales magazinul nostru. Comanda dumneavoastra pleaca azi, iar daca "
                "laptopul nu porneste sau are vreo problema, ne scrieti oricand aici. O zi buna si la "
                "revedere!",
        "expect": ["R-TALK-2"],
        "note": "Computer shop chat, typed entirely without diacritics (not a typo): thanks, come back "
                "('if the laptop won't start, write to us any time'), goodbye, but never asks whether "
                "anything else is needed: R-TALK-2.",
    },
    {
        "channel": "email",
        "position": "closing",
        "text": "Mă bucur că rochia vă vine acum exact cum v-ați dorit. Vă mulțumim că ne-ați ales pentru "
                "o zi atât de importantă. Dacă mai aveți nevoie de ceva înainte de nuntă, fie și de o "
                "călcare de ultim moment, ne găsiți oricând la salon. Mai pot să vă ajut cu ceva acum?\n\n"
                "Vă dorim o nuntă frumoasă!\n\nCu stimă,\nRoxana",
        "expect": [],
        "note": "Bridal shop e-mail after the customer's thanks: thanks, come back any time, anything "
                "else now?, a wish and the sign-off as goodbye. Clean.",
    },
    {
        "channel": "phone",
        "position": "closing",
        "text": "Bun, echipa începe lucrarea luni la ora 8. Mai aveți vreo întrebare despre acoperiș? "
                "Vă mulțumesc pentru încredere. Dacă până luni se schimbă ceva, ne sunați la orice oră.",
        "expect": ["R-TALK-2"],
        "note": "Roofing firm, spoken: anything else?, thanks, call us any time, but no goodbye or "
                "farewell wish: R-TALK-2.",
    },
    {
        "channel": "visit",
        "position": "closing",
        "text": "V-am programat pentru vaccin joi, la ora 10:20, la cabinetul 3. Mai aveți nevoie de vreo "
                "informație? Vă mulțumesc că ați trecut pe la noi. Dacă joi nu puteți ajunge, sunați-ne "
                "și vă mutăm programarea. La revedere și multă sănătate!",
        "expect": [],
        "note": "Vaccination desk at the counter: anything else?, thanks, come back (ring us to move "
                "it), goodbye with a wish. Clean.",
    },
    {
        "channel": "phone",
        "position": "closing",
        "text": "Vă mulțumesc pentru răbdare, doamnă. Atunci acordorul este programat la dumneavoastră "
                "marți, între 14 și 16, și vă sună cu o jumătate de oră înainte. Dacă după acordaj pianul "
                "tot nu sună cum trebuie, ne sunați și revine fără cost. La revedere, o seară bună!",
        "expect": ["R-TALK-2"],
        "note": "Piano shop, tuning visit arranged at the end: thanks, come back ('if the piano still "
                "doesn't sound right, ring us'), goodbye, but no 'anything else?': R-TALK-2.",
    },
]
