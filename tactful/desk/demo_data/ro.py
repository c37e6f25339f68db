"""Romanian: Pannon Energia's customer relations for Romania."""

from . import Customer, Scenario

LANGUAGE = "ro"
ORGANISATION = "Pannon Energia"
TEAM = "Relații clienți"
TEAM_SLUG = "relatii-clienti"
TEAM_EMAIL = "relatii.clienti@pannonenergia.example"
CODE_PREFIX = "PE-RO"

STAFF = [
    ("ioana", "Ioana Popescu", "agent"),
    ("andrei", "Andrei Ionescu", "agent"),
    ("elena", "Elena Dumitrescu", "supervisor"),
]

CUSTOMERS = [
    Customer("Maria Constantinescu", "doamna", "formal", "Stimată doamnă Constantinescu,",
             "maria.constantinescu@example.ro", "+40 721 234 567",
             "Str. Mihai Eminescu nr. 12, bl. A3, sc. 2, ap. 14\n010512 București, sector 1"),
    Customer("Mihai Popa", "domnul", "formal", "Stimate domnule Popa,", "mihai.popa@example.ro",
             "+40 744 555 010", "Bd. Eroilor nr. 5, ap. 3\n400129 Cluj-Napoca, jud. Cluj"),
    Customer("Alexandra Stan", "doamna", "formal", "Stimată doamnă Stan,",
             "alexandra.stan@example.ro", "+40 21 312 4567",
             "Str. Lăpușneanu nr. 20\n700057 Iași, jud. Iași"),
    Customer("Gheorghe Dobre", "domnul", "formal", "Stimate domnule Dobre,",
             "gheorghe.dobre@example.ro", "+40 256 490 123",
             "Calea Aradului nr. 44\n300088 Timișoara, jud. Timiș"),
    Customer("Cristina Munteanu", "doamna", "formal", "Stimată doamnă Munteanu,",
             "cristina.munteanu@example.ro", "+40 733 908 776",
             "Str. Republicii nr. 9\n500030 Brașov, jud. Brașov"),
    Customer("Radu Marin", "", "informal", "Bună ziua, Radu,", "radu.marin@example.ro",
             "+40 768 112 233",
             "Bd. Tomis nr. 101, bl. T2, ap. 8\n900742 Constanța, jud. Constanța"),
]

REFERENCES = {"contract": "CTR-{n:07d}", "meter": "RO-M-{n:08d}", "invoice": "FCT-{n:08d}"}

LIVE_GREETING = "Bună ziua, numele meu este {agent}, de la Pannon Energia."
CLOSINGS = [
    "Cu stimă,\n{agent}\nDepartamentul Relații clienți, Pannon Energia",
    "Cu deosebită considerație,\n{agent}\nPannon Energia",
]

SCENARIOS = [
    Scenario("Factură mare la energie electrică", "contract", (
        "Bună ziua! Ultima factură la energie este aproape dublă față de cele obișnuite. De ce? "
        "Numărul contractului este {ref}.",
        "Vă mulțumim că ne-ați contactat. Am verificat factura dumneavoastră: indexul anterior "
        "a fost estimat, de aceea această factură include și diferența de consum. Dacă ne "
        "transmiteți indexul actual, vă trimitem în două zile lucrătoare o factură de "
        "regularizare.",
        "Mulțumesc. Indexul de azi este 034 561.",
        "Vă mulțumim, am înregistrat indexul. Factura de regularizare vă va fi trimisă prin "
        "e-mail, iar diferența va fi compensată pe factura următoare. Vă mai pot ajuta cu "
        "altceva?",
        "Nu, asta a fost tot. O zi bună!",
        "Vă mulțumim pentru răbdare și vă stăm oricând la dispoziție. O zi frumoasă!",
    )),
    Scenario("Transmitere index autocitire", "meter", (
        "Doresc să transmit indexul pentru contorul {ref}: 019 870. Este în regulă așa?",
        "Da, vă mulțumim! Indexul a fost înregistrat și va fi folosit la următoarea factură. "
        "Data viitoare îl puteți transmite și din contul online, între 1 și 10 ale lunii.",
    ), priority="low"),
    Scenario("Întrerupere curent", "contract", (
        "De aseară nu avem curent pe strada noastră. Când se rezolvă? Contractul meu este {ref}.",
        "Ne cerem scuze pentru neplăcerile create. Echipa de intervenție lucrează deja la "
        "remedierea avariei, iar alimentarea ar trebui reluată astăzi până la ora 18:00. Vă "
        "mulțumim pentru înțelegere.",
        "A revenit curentul, mulțumesc pentru intervenția rapidă!",
        "Ne bucurăm că alimentarea a fost reluată. Dacă aveți alte întrebări, vă stăm oricând "
        "la dispoziție.",
    ), priority="high"),
    Scenario("Reclamație: angajat nepoliticos", "contract", (
        "Săptămâna trecută, la telefon, colegul dumneavoastră a fost foarte nepoliticos și mi-a "
        "închis telefonul. Vă rog să analizați situația. Contract {ref}.",
        "Ne pare sincer rău pentru cele întâmplate și vă mulțumim că ne-ați semnalat situația. "
        "Reclamația dumneavoastră a fost înregistrată, iar managerul departamentului de relații "
        "cu clienții vă va răspunde în scris în cel mult cinci zile lucrătoare.",
        "Mulțumesc. Sper să nu se mai repete.",
        "Vă asigurăm că vom analiza cu atenție cazul și vă vom comunica rezultatul în scris.",
    ), kind="complaint", category="bad_attitude", priority="high"),
    Scenario("Cerere de eșalonare la plată", "invoice", (
        "Aș putea plăti factura {ref} în rate? Momentan nu pot achita toată suma odată.",
        "Vă mulțumim că ne-ați anunțat. Pentru factura {ref} vă putem oferi o eșalonare în cel "
        "mult șase rate lunare. Dacă sunteți de acord, vă trimitem convenția, pe care vă rugăm "
        "să ne-o returnați semnată.",
        "Da, șase rate ar fi foarte bine. Mulțumesc!",
        "Vă trimitem convenția prin e-mail; după semnare, este suficient să ne trimiteți o "
        "fotografie a ei. Vă mai putem ajuta cu ceva?",
    )),
    Scenario("Schimbare titular contract", "contract", (
        "Am cumpărat un apartament și vreau să trec contractul {ref} pe numele meu. Ce acte sunt "
        "necesare?",
        "Pentru schimbarea titularului avem nevoie de copia actului de proprietate, copia "
        "actului de identitate și indexul contorului la data preluării. Documentele ni le "
        "puteți trimite și prin e-mail.",
        "Am trimis actele pe e-mail astăzi dimineață.",
        "Vă mulțumim, am primit documentele și am început procedura. Noul contract vă va fi "
        "trimis spre semnare în cel mult cinci zile lucrătoare.",
    )),
    Scenario("După înlocuirea contorului", "meter", (
        "Săptămâna trecută v-a fost înlocuit contorul (noul număr: {ref}). Am dori să aflăm dacă "
        "noul contor funcționează corect și dacă ați fost mulțumit de colegii noștri care l-au "
        "montat.",
        "Da, totul este în regulă. Mulțumesc!",
        "Vă mulțumim pentru feedback! Vă stăm oricând la dispoziție.",
    ), kind="follow_up", priority="low"),
]

BAD_REPLIES = [
    "Trebuie să-mi trimiți tu indexul, altfel nu pot face nimic.",
    "Nu pot să rezolv asta, sună mai târziu.",
    "Poți să te uiți singur pe factură, e foarte simplu.",
    "Așteptați puțintel, verific imediat facturica dumneavoastră.",
]

NOTES = [
    "Am verificat datele contractului {ref}; indexul estimat era prea mare.",
    "Clientul a sunat și telefonic; am promis că revenim până mâine.",
]

ESCALATION = ("Clientul solicită eșalonarea plății ({ref}) pe mai mult de șase luni, ceea ce "
              "depășește limita mea. Vă rog să decideți dacă putem face o excepție.")
ESCALATION_ANSWER = "Putem oferi, în mod excepțional, nouă rate; te rog să treci asta în convenție."
