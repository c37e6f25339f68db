"""Estonian demo material: Pannon Energia's Estonian customers."""

LANGUAGE = "et"
COUNTRY_PHONE = "+372"
TEAM = "Klienditeenindus"
TEAM_SLUG = "klienditeenindus"
TEAM_EMAIL = "klienditeenindus@pannonenergia.example"
ORGANISATION = "Pannon Energia"

STAFF = [
    ("kadri", "Kadri Tamm", "agent"),
    ("margus", "Margus Saar", "agent"),
    ("liis", "Liis Kask", "supervisor"),
]

CUSTOMERS = [
    ("Mari Tamm", "mari.tamm@example.ee", "+372 5123 4567", "Narva mnt 5, 10117 Tallinn"),
    ("Jaan Kukk", "jaan.kukk@example.ee", "+372 5234 5678", "Rüütli 14, 51007 Tartu"),
    ("Kertu Mägi", "kertu.magi@example.ee", "+372 5345 6789", "Pikk 3, 80010 Pärnu"),
    ("Andres Ilves", "andres.ilves@example.ee", "+372 5456 7890", "Jaama 20, 90503 Haapsalu"),
]

REFERENCE_KINDS = [("contract", "LEP-{n:06d}"), ("invoice", "A{n:07d}")]

THREADS = [
    ("Arve on liiga suur",
     "Tere! Minu novembri arve on palju suurem kui tavaliselt. Kas saaksite kontrollida? "
     "Lepingu number on {ref}.",
     "Lugupeetud {name}! Täname pöördumise eest. Kontrollisime Teie arvet: oktoobri näit oli "
     "hinnanguline, seetõttu sisaldab novembri arve vahet. Kui saadate meile tegeliku näidu, "
     "koostame kahe tööpäeva jooksul korrigeeritud arve. Kas saan veel millegagi aidata? "
     "Parimate soovidega, {agent}, {org}",
     "Aitäh, näit on 12 480."),
    ("Elektrikatkestus",
     "Meil on alates hommikust elekter ära. Millal see taastatakse?",
     "Lugupeetud {name}! Vabandame ebamugavuste pärast. Rikke kõrvaldamine on käimas ja "
     "elekter peaks taastuma täna kella 17-ks. Täname kannatlikkuse eest! {agent}",
     ""),
    ("Lepingu lõpetamine",
     "Soovin kolimise tõttu lepingu lõpetada. Mida ma pean tegema?",
     "Kuule, see on nii lihtne, kas sa ise ei saa seda teha? Täida vorm veebis.",
     "Miks te nii ebaviisakalt vastate?"),
    ("E-arve tellimine",
     "Kuidas saan e-arve oma internetipanka tellida?",
     "Lugupeetud {name}! E-arve saate tellida oma internetipangas, valides e-arvete alt meie "
     "ettevõtte ja sisestades lepingu numbri. Kui vajate abi, võtke meiega julgelt ühendust. "
     "Head päeva! {agent}, {org}",
     ""),
]
