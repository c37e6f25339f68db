"""Estonian: Pannon Energia's customer service for Estonia."""

from . import Customer, Scenario

LANGUAGE = "et"
ORGANISATION = "Pannon Energia"
TEAM = "Klienditeenindus"
TEAM_SLUG = "klienditeenindus"
TEAM_EMAIL = "klienditeenindus@pannonenergia.example"
CODE_PREFIX = "PE-EE"

STAFF = [
    ("kadri", "Kadri Tamm", "agent"),
    ("margus", "Margus Kask", "agent"),
    ("liis", "Liis Saar", "supervisor"),
]

CUSTOMERS = [
    Customer("Mari Tamm", "proua", "formal", "Lugupeetud Mari Tamm!", "mari.tamm@example.ee",
             "+372 5123 4567", "Narva mnt 5-12, 10117 Tallinn"),
    Customer("Jaan Kuusk", "härra", "formal", "Lugupeetud Jaan Kuusk!", "jaan.kuusk@example.ee",
             "+372 5555 0101", "Rüütli 24-3, 51007 Tartu"),
    Customer("Kristiina Mägi", "", "informal", "Tere, Kristiina!", "kristiina.magi@example.ee",
             "+372 5341 2288", "Pikk 18, 80010 Pärnu"),
    Customer("Andres Rebane", "härra", "formal", "Lugupeetud Andres Rebane!",
             "andres.rebane@example.ee", "+372 627 4000", "Tartu mnt 41-7, 10128 Tallinn"),
    Customer("Piret Ilves", "proua", "formal", "Lugupeetud Piret Ilves!",
             "piret.ilves@example.ee", "+372 5899 3311", "Jaama 12, 41533 Jõhvi"),
    Customer("Toomas Lepp", "härra", "formal", "Lugupeetud Toomas Lepp!",
             "toomas.lepp@example.ee", "+372 433 5120", "Lossi 7-2, 71003 Viljandi"),
]

REFERENCES = {"contract": "LEP-{n:07d}", "meter": "EE-M-{n:08d}", "invoice": "ARVE-{n:08d}"}

LIVE_GREETING = "Tere! Minu nimi on {agent}, Pannon Energia klienditeenindus."
CLOSINGS = [
    "Lugupidamisega\n{agent}\nPannon Energia klienditeenindus",
    "Parimate soovidega\n{agent}\nPannon Energia",
]

SCENARIOS = [
    Scenario("Arve on ootamatult suur", "contract", (
        "Tere! Minu viimane elektriarve on peaaegu kaks korda suurem kui tavaliselt. Miks see "
        "nii on? Lepingu number on {ref}.",
        "Täname, et meiega ühendust võtsite. Vaatasime Teie arve üle: eelmine näit oli "
        "hinnanguline, seetõttu sisaldab see arve ka vahet tegeliku tarbimisega. Kui teatate "
        "meile praeguse näidu, saadame kahe tööpäeva jooksul korrigeeritud arve.",
        "Aitäh! Tänane näit on 023 415.",
        "Täname, näit on salvestatud. Korrigeeritud arve saadame Teile e-postiga ja vahe "
        "arvestatakse järgmisel arvel. Kas saan Teid veel millegagi aidata?",
        "Ei, see oli kõik. Aitäh!",
        "Täname pöördumise eest ja soovime Teile ilusat päeva! Kui tekib küsimusi, oleme alati "
        "abiks.",
    )),
    Scenario("Näidu teatamine", "meter", (
        "Soovin teatada arvesti {ref} näidu: 008 912. Kas see jõuab õigel ajal arvele?",
        "Täname, näit on kirjas ja see kajastub juba järgmisel arvel. Edaspidi saate näidu "
        "mugavalt teatada ka iseteeninduses iga kuu 1. kuni 5. kuupäevani.",
    )),
    Scenario("Elektrikatkestus", "contract", (
        "Meie tänaval on alates eilsest õhtust elekter ära. Millal see taastatakse? Lepingu "
        "number on {ref}.",
        "Vabandame ebamugavuste pärast. Rikkest on teada ja meie brigaad juba kõrvaldab seda; "
        "elektrivarustus peaks taastuma täna kella 18-ks. Täname Teid kannatlikkuse eest.",
        "Elekter on tagasi, aitäh kiire tegutsemise eest!",
        "Meil on hea meel, et elekter on taastatud. Kui Teil tekib veel küsimusi, võtke "
        "meiega julgelt ühendust.",
    ), priority="high"),
    Scenario("Lepingu lõpetamine kolimise tõttu", "contract", (
        "Kolin järgmisel kuul välja. Kuidas saan lepingu {ref} lõpetada?",
        "Lepingu lõpetamiseks palume saata meile avalduse ja väljakolimise päeva arvestinäidu. "
        "Lõpparve koostame viie tööpäeva jooksul pärast näidu saamist.",
        "Saadan avalduse manusena. Lõppnäit oli 041 100.",
        "Täname, avaldus ja näit on kätte saadud ning leping lõpetatakse soovitud kuupäeval. "
        "Lõpparve saadame Teie e-posti aadressile.",
    )),
    Scenario("Kaebus: ebaviisakas teenindaja", "contract", (
        "Eile telefonis oli teie teenindaja väga ebaviisakas ja pani lõpuks toru ära. Palun "
        "uurige see asi välja. Lepingu number {ref}.",
        "Palume siiralt vabandust, et nii juhtus, ja täname, et sellest teada andsite. Teie "
        "kaebus on registreeritud ning klienditeeninduse juht vastab Teile kirjalikult viie "
        "tööpäeva jooksul.",
        "Aitäh. Loodan, et midagi ka muutub.",
        "Kinnitan, et vaatame juhtumi põhjalikult läbi ja anname Teile tulemustest kirjalikult "
        "teada.",
    ), kind="complaint", category="bad_attitude", priority="high"),
    Scenario("E-arve tellimine", "contract", (
        "Kuidas saaksin arved edaspidi e-arvena oma internetipanka?",
        "E-arve püsimakselepingu saate sõlmida oma internetipangas; selleks on vaja lepingu "
        "numbrit {ref}. Pärast panga kinnitust jõuavad arved automaatselt internetipanka.",
        "Sain tehtud, aitäh!",
        "Suurepärane! Täname ja soovime Teile head päeva.",
    ), priority="low"),
    Scenario("Arvesti vahetuse järel", "meter", (
        "Vahetasime eelmisel nädalal Teie elektriarvesti (uus number {ref}). Soovime teada, kas "
        "uus arvesti töötab korralikult ja kas jäite meie paigaldajate tööga rahule.",
        "Jah, kõik töötab, paigaldajad olid väga viisakad. Aitäh!",
        "Täname tagasiside eest, edastame selle kolleegidele. Kui tekib küsimusi, oleme alati "
        "abiks.",
    ), kind="follow_up", priority="low"),
]

BAD_REPLIES = [
    "Sina pead ise näidu teatama, see pole meie asi.",
    "Ma ei saa sellega tegeleda, helistage hiljem uuesti.",
    "See on ju nii lihtne, kas Te ise ei oska?",
]

NOTES = [
    "Kontrollisin lepingu {ref} andmeid, hinnanguline näit oli liiga suur.",
    "Klient helistas ka telefonil, lubasin homme tagasi helistada.",
]

ESCALATION = ("Klient soovib arve tasumist osamaksetena üle kuue kuu ({ref}), see ületab minu "
              "volitused. Palun otsusta, kas saame erandi teha.")
ESCALATION_ANSWER = "Võime erandkorras pakkuda üheksa osamakset, palun märgi see kokkuleppesse."
