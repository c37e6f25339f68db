"""Romanian demo material: Pannon Energia's Romanian customers."""

LANGUAGE = "ro"
COUNTRY_PHONE = "+40"
TEAM = "Relații clienți"
TEAM_SLUG = "relatii-clienti"
TEAM_EMAIL = "relatii.clienti@pannonenergia.example"
ORGANISATION = "Pannon Energia"

STAFF = [
    ("ioana", "Ioana Popescu", "agent"),
    ("andrei", "Andrei Ionescu", "agent"),
    ("elena", "Elena Dumitrescu", "supervisor"),
]

CUSTOMERS = [
    ("Maria Georgescu", "maria.georgescu@example.ro", "+40 721 234 567",
     "Str. Lipscani nr. 10, București 030031"),
    ("Mihai Stan", "mihai.stan@example.ro", "+40 744 555 666",
     "Bd. Eroilor nr. 5, Cluj-Napoca 400129"),
    ("Ana Munteanu", "ana.munteanu@example.ro", "+40 733 111 222",
     "Str. Republicii nr. 21, Brașov 500030"),
    ("Vasile Rusu", "vasile.rusu@example.ro", "+40 755 987 654",
     "Str. Ștefan cel Mare nr. 8, Iași 700063"),
]

REFERENCE_KINDS = [("contract", "CTR-{n:06d}"), ("invoice", "FCT{n:07d}")]

THREADS = [
    ("Factură prea mare",
     "Bună ziua! Factura mea pe octombrie este mult mai mare decât de obicei. Puteți verifica? "
     "Numărul contractului este {ref}.",
     "Stimată doamnă/Stimate domn {name}, vă mulțumim pentru mesaj. Am verificat factura "
     "dumneavoastră: indexul din septembrie a fost estimat, de aceea factura din octombrie "
     "conține diferența. Dacă ne transmiteți indexul real, emitem o factură corectată în două "
     "zile lucrătoare. Vă mai pot ajuta cu ceva? Cu stimă, {agent}, {org}",
     "Mulțumesc, indexul este 23 456."),
    ("Întrerupere de curent",
     "De aseară nu avem curent pe strada noastră. Când se rezolvă?",
     "Stimate {name}, ne cerem scuze pentru neplăcere. Echipa noastră lucrează deja la "
     "remedierea defecțiunii, iar alimentarea va fi reluată până la ora 18:00. Vă mulțumim "
     "pentru răbdare! {agent}",
     ""),
    ("Schimbarea titularului",
     "Am vândut apartamentul. Cum trec contractul pe numele noului proprietar?",
     "Stai liniștit, dragă, îți trimit eu un formulărel și rezolvi tu repejor.",
     "Vă rog să vorbiți cu mine politicos."),
    ("Programare citire contor",
     "Când vine cititorul de contor? Lucrez în timpul zilei.",
     "Stimată doamnă {name}, citirea se face în zilele lucrătoare între orele 8 și 16, dar "
     "puteți transmite indexul și online, în perioada de autocitire. Vă stăm la dispoziție "
     "oricând. O zi bună! {agent}, {org}",
     ""),
]
