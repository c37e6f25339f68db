"""Hungarian demo material: Pannon Energia's residential customers."""

LANGUAGE = "hu"
COUNTRY_PHONE = "+36"
TEAM = "Lakossági ügyfélszolgálat"
TEAM_SLUG = "lakossagi"
TEAM_EMAIL = "ugyfelszolgalat@pannonenergia.example"
ORGANISATION = "Pannon Energia"

STAFF = [
    ("agnes", "Kiss Ágnes", "agent"),
    ("bence", "Nagy Bence", "agent"),
    ("zsofia", "Tóth Zsófia", "supervisor"),
]

CUSTOMERS = [
    ("Kovács Éva", "kovacs.eva@freemail.example", "+36 30 123 4567",
     "1052 Budapest, Petőfi Sándor utca 7."),
    ("Szabó László", "szabo.laszlo@citromail.example", "+36 20 987 6543",
     "6720 Szeged, Kárász utca 12."),
    ("Horváth Katalin", "horvath.kati@example.hu", "+36 70 555 1212",
     "9021 Győr, Baross Gábor út 3."),
    ("Varga Péter", "varga.peter@example.hu", "+36 1 234 5678",
     "4025 Debrecen, Piac utca 45."),
    ("Molnár Judit", "molnar.judit@example.hu", "+36 30 444 8899",
     "7621 Pécs, Király utca 18."),
    ("Farkas Gábor", "farkas.gabor@example.hu", "+36 20 321 7788",
     "3525 Miskolc, Széchenyi utca 60."),
]

REFERENCE_KINDS = [("contract", "SZ-{n:07d}"), ("meter", "M{n:08d}"), ("invoice", "E-2026/{n:06d}")]

# (subject, first customer message, agent reply, follow-up from the customer)
THREADS = [
    ("Magas villanyszámla",
     "Jó napot! Az októberi számlám majdnem kétszer akkora, mint szokott. Miért lett ennyi? "
     "A szerződésszámom {ref}.",
     "Tisztelt {name}! Köszönjük megkeresését. Megnéztük a számláját: a szeptemberi leolvasás "
     "becsült érték volt, ezért az októberi számla tartalmazza a különbözetet. Ha diktálja a "
     "mérőállást, két munkanapon belül helyesbítő számlát küldünk. Van még valami, amiben "
     "segíthetek? Üdvözlettel: {agent}, {org}",
     "Köszönöm, a mérőállás 045 321."),
    ("Áramszünet a környéken",
     "Tegnap este óta nincs áram az utcánkban. Mikor állítják helyre?",
     "Tisztelt {name}! Elnézést kérünk a kellemetlenségért. A hibát szerelőink már javítják, a "
     "helyreállítás várhatóan ma 18 óráig megtörténik. Ha addig sem lenne áram, kérjük, hívjon "
     "minket. Köszönjük türelmét! {agent}, {org}",
     ""),
    ("Mérőóra-leolvasás időpontja",
     "Szeretném tudni, mikor jön a leolvasó. Napközben dolgozom, lehet hétvégén?",
     "Tisztelt {name}! A leolvasás hétköznap 8 és 16 óra között történik, de a mérőállást "
     "online is megadhatja a havi diktálási időszakban. Kérem, jelezze, ha ebben segíthetünk. "
     "Szép napot kívánok! {agent}",
     "Rendben, akkor online megadom."),
    ("Panasz: udvariatlan ügyintéző",
     "Múlt héten telefonon nagyon udvariatlanul beszélt velem az ügyintéző, és letette a "
     "telefont. Ezt nem tartom elfogadhatónak!",
     "Tisztelt {name}! Őszintén sajnáljuk, hogy így történt. Panaszát rögzítettük, és "
     "ügyfélszolgálati vezetőnk öt munkanapon belül írásban válaszol Önnek. Köszönjük, hogy "
     "jelezte. {agent}, {org}",
     ""),
    ("Részletfizetési kérelem",
     "Kérhetnék részletfizetést a {ref} számú számlára? Jelenleg nem tudom egyben kifizetni.",
     "Ezt nem tudom kezelni, hívja a pénzügyet.",
     "Ez nem túl segítőkész válasz..."),
    ("Átírás új tulajdonosra",
     "Eladtuk a lakást, hogyan lehet a szerződést az új tulajdonosra átírni?",
     "Tisztelt {name}! Az átíráshoz az adásvételi szerződés másolatára és a birtokátruházáskori "
     "mérőállásra van szükség. Ezeket e-mailben is elküldheti nekünk. Segíthetek még valamiben? "
     "Üdvözlettel: {agent}",
     ""),
]
