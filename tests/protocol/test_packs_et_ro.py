"""Estonian and Romanian packs: each phenomenon family is found in its natural variants,
and clean near-misses (negation, an alternative, our own fault, a condition) stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from tactful.protocol import OrgRules, check_text, check_transcript
from tests.protocol.conftest import TODAY
from tests.protocol.pack_cases import assert_case

ORG = {"et": OrgRules(organisation="Telekom Eesti"), "ro": OrgRules(organisation="Rețea Electrica")}

# (lang, requirement, text, whether the requirement is reported)
R_TALK_6 = [
    # flat refusal: "out of the question", "full stop", "nothing to add"
    ("et", "Sellest ei saa juttugi olla.", True),
    ("et", "Juttugi ei saa olla, et me seda tasuta teeme.", True),
    ("et", "Raha tagasi me ei anna, punkt.", True),
    ("et", "Meil pole sellele midagi lisada.", True),
    ("ro", "Nici nu se pune problema.", True),
    ("ro", "Asta nu intră în discuție.", True),
    ("ro", "Nu mai avem nimic de adăugat.", True),
    ("ro", "Nu se poate și gata.", True),
    ("ro", "Puțintică răbdare și e gata.", False),
    # refusing contact details, object first
    ("et", "Oma otsenumbrit ma teile anda ei saa.", True),
    ("et", "Kolleegi telefoninumbrit ma avaldada ei tohi.", True),
    ("et", "Minu nimi ei puutu asjasse.", True),
    ("ro", "Numele meu nu vă privește.", True),
    # arguing: denial, "where did you get that", "you are mixing things up"
    ("et", "Teie väide ei vasta tõele.", True),
    ("et", "Kust te sellise jutu võtsite?", True),
    ("et", "Te ajate midagi segi.", True),
    ("ro", "Recenzia dumneavoastră nu corespunde realității.", True),
    ("ro", "De unde ați scos asta?", True),
    ("ro", "Confundați ceva, contorul a fost citit corect.", True),
    ("ro", "Vă rugăm să verificați dacă adresa nu este corectă.", False),
    # lecturing: "as I already wrote", "for the third time", "you know that"
    ("et", "Nagu ma teile eelmises kirjas juba kirjutasin, tähtaeg oli märtsis.", True),
    ("et", "Nagu me eile selgitasime, arve on õige.", True),
    ("et", "Ma selgitan teile kolmandat korda.", True),
    ("et", "Mitmendat korda ma seda kordan?", True),
    ("et", "Te teate ju isegi, et arve tuleb maksta.", True),
    ("et", "Nagu te kirjutasite, pakk on hilinenud.", False),
    ("et", "Ma kirjutan teile kolmandat korda sel nädalal, sest ootame veel dokumenti.", False),
    ("et", "Kas te teate juba oma kliendinumbrit?", False),
    ("ro", "Așa cum v-am mai scris, termenul a fost 31 martie.", True),
    ("ro", "Cum am mai spus, oferta a expirat.", True),
    ("ro", "Vă explic pentru a treia oară.", True),
    ("ro", "A treia oară vă spun același lucru.", True),
    ("ro", "Știți foarte bine că factura trebuia plătită.", True),
    ("ro", "Dacă citeați e-mailul, știați de modificare.", True),
    ("ro", "Dacă nu știați, aplicația are și o opțiune de plată automată.", False),
    # lecturing with the terms
    ("et", "See on tingimustes selgelt kirjas.", True),
    ("et", "Vastavalt tingimustele, millega nõustusite, on tühistamine tasuline.", True),
    ("et", "Tingimused on kodulehel selgelt kirja pandud, lisasin lingi.", False),
    ("ro", "Așa cum prevăd clar termenii, nu returnăm banii.", True),
    ("ro", "Conform condițiilor pe care le-ați acceptat, taxa rămâne.", True),
    ("ro", "Conform contractului pe care l-ați semnat, aveți dreptul la reziliere.", False),
    # blame by cause: "because you were not at home", misuse, a form filled in wrongly
    ("et", "Pakk tuli tagasi, sest te ei vastanud kullerile.", True),
    ("et", "Seade läks katki, kuna seda oli kasutatud mittesihipäraselt.", True),
    ("et", "Kahjustus tekkis hooletu kasutamise tõttu.", True),
    ("et", "Vorm oli puudulikult täidetud.", True),
    ("et", "Kui vorm on valesti täidetud, saadame selle teile tagasi.", False),
    ("et", "Kuna te olete püsiklient, saate 10% soodustust.", False),
    ("et", "Sest te ei pea midagi tegema, muudatus toimub automaatselt.", False),
    ("et", "Kuna te ei saanud koodi kätte, saatsin uue.", False),
    ("ro", "Coletul s-a întors pentru că nu ați răspuns la telefon.", True),
    ("ro", "Nu am putut livra pentru că nu ați fost acasă.", True),
    ("ro", "Defectul a apărut din cauza utilizării necorespunzătoare.", True),
    ("ro", "Formularul nu a fost completat corect de către solicitant.", True),
    ("ro", "Vă retrimitem codul pentru că nu l-ați primit.", False),
    ("ro", "Formularul a fost completat greșit de colegul meu, ne cerem scuze.", False),
    # impersonal refusal with nothing offered
    ("et", "Teie avaldus on tagasi lükatud.", True),
    ("et", "Teie pretensiooni ei rahuldata.", True),
    ("et", "Loeme küsimuse lõpetatuks.", True),
    ("et", "See ei kuulu garantii alla.", True),
    ("et", "Teie taotlus on rahuldatud ja raha kantakse kolmapäeval.", False),
    ("et", "Annan teada, et kaebus rahuldatakse.", False),
    ("et", "Tühistamistasu kahjuks ei tagastata, kuid saame pakkuda kinkekaarti.", False),
    ("et", "Teie taotlust ei rahuldata, kuna puudub elukohatõend; palun saatke see meile.", False),
    ("ro", "Cererea dumneavoastră a fost respinsă.", True),
    ("ro", "Cererea nu poate fi aprobată.", True),
    ("ro", "Taxa de anulare nu se returnează.", True),
    ("ro", "Considerăm subiectul închis.", True),
    ("ro", "Cererea a fost aprobată și banii ajung vineri.", False),
    ("ro", "Din păcate cererea nu poate fi aprobată, dar vă putem prelungi termenul.", False),
    ("ro", "Taxa nu se returnează dacă anulați cu mai puțin de 14 zile înainte.", False),
    # colleagues and partners
    ("et", "Kuller on täielik naljanumber.", True),
    ("et", "Meie tehnik käkerdas paigalduse täiesti ära.", True),
    ("et", "Laotöötajad tunarisid jälle.", True),
    ("et", "Raamatupidamine oleks pidanud seda märkama.", True),
    ("et", "Kolleeg oleks pidanud teile helistama, vabandame väga.", False),
    ("et", "Meie kolleeg helistab teile homme.", False),
    ("et", "ma ei oska sellega midagi teha, poorduge teise osakonda", False),
    ("ro", "Curierul cu care lucrăm e o glumă.", True),
    ("ro", "Colegii din tura de noapte ar fi trebuit să știe.", True),
    ("ro", "Colegul meu ar fi trebuit să vă sune, ne cerem scuze.", False),
    ("ro", "Tehnicianul trebuie să aibă acces la contor.", False),
    # more ways to run colleagues and the firm down
    ("et", "Meie arveldusosakond teeb pidevalt vigu.", True),
    ("et", "Ausalt öeldes on meie firma päris kehv.", True),
    ("et", "Juhtkond ei hooli klientidest.", True),
    ("et", "Kuller on jälle kõik segi ajanud.", True),
    ("et", "Laos töötavad täielikud amatöörid.", True),
    ("et", "Tarnija on lootusetu.", True),
    ("et", "Kuller jõuab homme, tal on kehv levi, seega helistab ta enne.", False),
    ("et", "Osakond vaatab teie avalduse üle.", False),
    ("ro", "Colegii nu înțeleg nimic.", True),
    ("ro", "Departamentul de facturare greșește tot timpul.", True),
    ("ro", "Sincer, firma noastră e destul de slabă.", True),
    ("ro", "Conducerii nu îi pasă de clienți.", True),
    ("ro", "Ăștia de la IT nu știu nimic.", True),
    ("ro", "Furnizorul e un caz pierdut.", True),
    ("ro", "Curierul are semnal slab în zonă, vă sună când ajunge.", False),
    ("ro", "Colegul meu nu știe încă data, revine mâine.", False),
    # denying our own responsibility; 'you don't understand'; 'why didn't you call?'
    ("et", "See pole meie süü.", True),
    ("et", "Meie pole selles süüdi.", True),
    ("et", "See ei ole meie viga, vaid pangal.", True),
    ("et", "Me ei vastuta kulleri hilinemise eest.", True),
    ("et", "See pole otseselt meie viga, kuid parandame selle kohe.", False),
    ("et", "Te ei saa aru, kuidas see käib.", True),
    ("et", "Kui te ei saa aru, kirjutage julgelt.", False),
    ("et", "Ma ju ütlesin teile.", True),
    ("et", "Miks te kohe ei helistanud?", True),
    ("et", "Miks te ei saanud sisse logida?", False),
    ("ro", "Nu e vina noastră.", True),
    ("ro", "Nu suntem noi de vină.", True),
    ("ro", "Nu răspundem pentru întârzierile curierului.", True),
    ("ro", "Nu e vina noastră, dar rezolvăm imediat.", False),
    ("ro", "Tehnicianul nu răspunde de facturare, dar vă transfer la colegi.", False),
    ("ro", "Nu înțelegeți cum funcționează.", True),
    ("ro", "Dacă nu înțelegeți ceva, vă explic.", False),
    ("ro", "De ce nu ne-ați sunat imediat?", True),
    # negated blame
    ("et", "See pole sugugi teie süü, meie vorm on segane.", False),
    ("ro", "Nu e deloc vina dumneavoastră.", False),
    ("ro", "Nu dumneavoastră trebuia să verificați, ci noi.", False),
    # 'you are to blame', 'I told you many times', 'be more careful', 'no manager for you'
    ("et", "Selles olete ise süüdi.", True),
    ("et", "Teil on endal süü.", True),
    ("et", "Olen teile seda juba korduvalt öelnud.", True),
    ("et", "Lugege palun tingimused läbi, enne kui kaebate.", True),
    ("et", "Te peaksite rohkem tähelepanelik olema.", True),
    ("et", "Otsenumbrit meil ei ole.", True),
    ("et", "Ülemusega te rääkida ei saa.", True),
    ("et", "Te ei ole selles süüdi.", False),
    ("et", "Olen teiega mitu korda rääkinud, aga probleem on alles, vabandame.", False),
    ("et", "Palun olge ettevaatlik, kui ruuterit lähtestate.", False),
    ("ro", "Sunteți singurul vinovat.", True),
    ("ro", "Vina e a dumneavoastră.", True),
    ("ro", "Ați fi putut verifica singur.", True),
    ("ro", "Ar trebui să fiți mai atent data viitoare.", True),
    ("ro", "V-am spus de nenumărate ori.", True),
    ("ro", "Răspunsul rămâne nu.", True),
    ("ro", "Sistemul nostru e o porcărie.", True),
    ("ro", "Cu șeful nu puteți vorbi.", True),
    ("ro", "Nu sunteți vinovat, ne cerem scuze.", False),
    ("ro", "Cu șeful puteți vorbi mâine, vă programez.", False),
    ("ro", "Nu vă pot spune acum data exactă, dar revin cu un răspuns mâine până la ora 12.",
     False),
    ("ro", "Nu vă pot da numărul meu.", True),
    ("et", "Mul on kahju, et te pidite seda mitu korda selgitama.", False),
    ("et", "Te ei pea selgitama kolmandat korda, mul on kõik andmed olemas.", False),
    ("ro", "Cererea nu poate fi aprobată până nu primim contractul semnat.", False),
    # apologising for the customer's trouble, ending a call after the warning
    ("ro", "Îmi pare rău, nu trebuia să ne sunați de trei ori.", False),
    ("ro", "Trebuia să ne sunați înainte de a plăti.", True),
    ("ro", "Îmi pare rău, dar așa cum v-am spus, închei acum apelul.", False),
    ("et", "Mul on kahju, aga nagu ütlesin, lõpetan nüüd kõne.", False),
    # near-misses of the new families: neutral causes, instructions, questions, offers
    ("et", "Kuna teie pakk ei mahtunud automaati, toome selle koju.", False),
    ("ro", "Vă trimit un rezumat clar al condițiilor.", False),
    ("ro", "Scrie clar în contract, v-am atașat pagina.", False),
    ("ro", "Documentul trebuie semnat de către titular.", False),
    ("ro", "Vă returnăm banii fără nicio discuție.", False),
    ("ro", "De unde ați auzit de noi?", False),
    ("ro", "De unde ați luat produsul?", False),
    ("ro", "Dacă doriți să evitați taxa, plătiți azi.", False),
]

R_TALK_5 = [
    # certainty adverbs and idioms about what the agent does not control
    ("et", "Saja protsendi kindlalt saate raha tagasi.", True),
    ("et", "Pakk on kindla peale homme kohal.", True),
    ("et", "Võin kihla vedada, et homme on internet tagasi.", True),
    ("et", "Kindel see, et hind ei tõuse.", True),
    ("et", "Tehnik tuleb kahtlemata õigel ajal.", True),
    ("et", "Raha laekub garanteeritult täna.", True),
    ("et", "Selline viga enam ei kordu.", True),
    ("et", "Olge mureta, raha tuleb tagasi.", True),
    ("et", "Hind ei tõuse kindlasti.", True),
    ("et", "Vaatan selle kindlasti täna üle.", False),
    ("et", "Kontrollime kindlasti ka teise arve.", False),
    ("et", "Palun kontrollige kindlasti ka rämpsposti kausta.", False),
    ("et", "Kas te soovite kindlasti tellimuse tühistada?", False),
    ("et", "Kui makse laekub, saadame kinnituse kindlasti samal päeval.", False),
    ("et", "Seade on 100% laetud.", False),
    ("et", "Olge mureta, see on tavaline.", False),
    ("et", "See ei juhtu tihti, aga kui juhtub, helistage meile.", False),
    ("ro", "Stați liniștit, tehnicianul vine sigur mâine.", True),
    ("ro", "Banii intră garantat în cont.", True),
    ("ro", "Puneți pariu pe asta.", True),
    ("ro", "Viza se eliberează fără nicio îndoială.", True),
    ("ro", "Zborul nu are cum să fie anulat.", True),
    ("ro", "Prețul sigur nu mai crește.", True),
    ("ro", "Nu o să se mai întâmple.", True),
    ("ro", "Sigur, vă explic din nou pas cu pas.", False),
    ("ro", "Sigur, vă verific comanda acum.", False),
    ("ro", "Sunteți sigur că doriți să anulați?", False),
    ("ro", "Puteți plăti în siguranță pe site.", False),
    ("ro", "De obicei nu se întâmplă, dar vă anunțăm.", False),
    ("ro", "Vă rugăm să asigurați accesul la contor.", False),
    ("ro", "Este garantat de producător pentru doi ani.", False),
    ("ro", "Din păcate nu intră în garanție, dar vă putem oferi o reparație contra cost.", False),
    ("ro", "Nu trebuia să se întâmple, ne cerem scuze.", False),
    ("ro", "Plata online este sigură.", False),
    ("ro", "Dacă nu plătiți azi, nu se întâmplă nimic.", False),
    ("ro", "Sigur nu aveți nevoie de factură?", False),
    ("et", "See on kindel makseviis.", False),
    ("et", "Saame hüvitada 100 protsenti summast.", False),
    ("et", "Hüvitame kulud 100 protsendi ulatuses.", False),
    ("et", "Hind jääb kindlalt samaks.", True),
    ("et", "Kõik on juba lahendatud, enam probleeme ei tule.", True),
    ("et", "Võite rahulikult olla, raha tuleb tagasi.", True),
    ("et", "Palun kinnitage kindlalt oma parool.", False),
    ("et", "Soovitan kindlasti tarkvara uuendada.", False),
    ("et", "Jah, kindlasti.", False),
    ("et", "Kindlasti saate tellimuse tühistada.", False),
    ("et", "Kindlasti saate raha tagasi.", True),
    ("ro", "Tehnicianul ajunge înainte de prânz, puteți fi sigur.", True),
    ("ro", "Prețul rămâne sigur același.", True),
    ("ro", "Fără griji, totul va fi bine.", True),
    ("ro", "Până mâine e gata, orice ar fi.", True),
]

R_TALK_4 = [
    # not my desk / cannot handle, object first
    ("et", "Sellise asjaga me ei tegele.", True),
    ("et", "Ma ei tegele selliste küsimustega.", True),
    ("et", "Ma ei oska siin midagi teha.", True),
    ("et", "Tegelen sellega kohe ise.", False),
    # the company cannot solve it
    ("et", "Telekom Eesti ei saa seda teie eest lahendada.", True),
    ("et", "Me ei saa sellega midagi parata.", True),
    ("et", "Kahjuks ei saa me seda tagasi võtta, kuid pakume vahetust.", False),
    ("ro", "Firma nu are ce să vă facă.", True),
    # open-ended delay
    ("et", "See võib võtta nädalaid.", True),
    ("et", "Keegi ei tea, millal see valmis saab.", True),
    ("et", "Keegi ei tea teie parooli peale teie.", False),
    ("ro", "O să mai dureze ceva.", True),
    ("ro", "Durează doar câteva minute.", False),
    ("ro", "Transferul bancar durează mai mult decât returnarea pe card.", False),
    # busy, call later
    ("et", "Helistage paari tunni pärast.", True),
    ("et", "Proovige mõni teine päev.", True),
    ("et", "Paari minuti pärast proovige uuesti.", False),
    ("ro", "Mai încercați peste două ore.", True),
    ("ro", "Sunați peste o oră, acum e aglomerat.", True),
    ("ro", "Dacă mai aveți întrebări, sunați-ne oricând.", False),
    ("ro", "Vom încerca din nou plata peste trei zile.", False),
    ("ro", "Curierul a încercat ieri livrarea; următoarea încercare este mâine.", False),
    ("ro", "Reveniți mâine.", True),
    ("ro", "Colegul vă va suna mâine dimineață.", False),
    # are you a ...?
    ("et", "Kas te olete jurist, et nii arvate?", True),
    ("et", "Kas olete kindel, et soovite tellimuse tühistada?", False),
    ("ro", "Sunteți avocat, de vreți toate detaliile?", True),
    ("ro", "Sunteți măcar clientul nostru?", True),
    ("ro", "Sunteți sigur că doriți anularea?", False),
    # so simple, can't you do it yourself?
    ("et", "See pole mingi raketiteadus.", True),
    ("et", "Saate aadressi soovi korral ise iseteeninduses muuta.", False),
    ("ro", "Nu e mare filozofie, apăsați butonul.", True),
    ("ro", "Nu vă descurcați?", True),
    ("ro", "Dacă nu vă descurcați, vă ghidez eu.", False),
    # reported speech
    ("ro", "N-aș spune niciodată că nu e treaba mea.", False),
    # passing it off, 'some day', 'can't you really?', 'have you ever used a computer?'
    ("et", "Sellega peab tegelema keegi teine.", True),
    ("et", "Mina siin midagi teha ei saa.", True),
    ("et", "Ma ei tea sellest midagi, küsige kellegi teise käest.", True),
    ("et", "See ei puutu minusse.", True),
    ("et", "Kunagi see ikka valmis saab.", True),
    ("et", "Kas te tõesti ei oska nuppu vajutada?", True),
    ("et", "Kas te olete üldse arvutit kasutanud?", True),
    ("et", "Meil on praegu väga palju kõnesid, helistage õhtul.", True),
    ("et", "Sellega tegeleb teine osakond, suunan teid kohe sinna.", False),
    ("et", "Kas olete kunagi varem meie teenust kasutanud?", False),
    ("et", "Kui soovite, helistage õhtul, oleme avatud kella 21-ni.", False),
    ("et", "Te isegi ei pea midagi tegema.", False),
    ("ro", "Cu asta trebuie să se ocupe altcineva.", True),
    ("ro", "Întrebați pe altcineva.", True),
    ("ro", "Chiar nu știți să apăsați un buton?", True),
    ("ro", "Nici măcar nu puteți citi factura?", True),
    ("ro", "Avem foarte multe apeluri, sunați diseară.", True),
    ("ro", "Cu asta se ocupă alt departament, vă transfer imediat.", False),
    ("ro", "Chiar nu știți numărul comenzii?", False),
    ("ro", "Nici nu trebuie să faceți nimic.", False),
]

R_TALK_3 = [
    # "calm down" in the subjunctive after "vă rog"; a request to check stays polite
    ("ro", "Vă rog să vă liniștiți, ne ocupăm imediat.", True),
    ("ro", "Te rog să te calmezi și să asculți.", True),
    ("ro", "Vă rog să verificați din nou contorul.", False),
    # sina / tu forms, imperatives with a clitic, blunt questions, 'stop shouting'
    ("et", "Ütle oma kliendinumber.", True),
    ("et", "Tead, see käib teisiti.", True),
    ("et", "Ära muretse, raha tuleb.", True),
    ("et", "Võta meiega ühendust.", True),
    ("et", "Mis te nüüd jälle tahate?", True),
    ("et", "Lõpetage karjumine.", True),
    ("et", "Me ei ütle kunagi, et see on teie süü.", False),
    ("et", "Parandasin vea ära, vaadake uuesti.", False),
    ("et", "Mida te soovite, et me teeksime?", False),
    ("et", "Kas teil on veel küsimusi? Ei tule meelde?", False),
    ("et", "KYC kontrolli tõttu on konto praegu ootel.", False),
    ("ro", "Zi-mi numărul comenzii.", True),
    ("ro", "Pentru tine am pregătit o ofertă.", True),
    ("ro", "Intră pe site și apasă butonul.", True),
    ("ro", "Ce mai vreți acum?", True),
    ("ro", "Încetați să țipați la mine.", True),
    ("ro", "Ai o factură neplătită.", True),
    ("ro", "Nu uita să plătești factura.", True),
    ("ro", "Vino mâine la agenție.", True),
    ("ro", "Clienții ai băncii primesc o reducere.", False),
    ("ro", "Vă rugăm să nu uitați factura.", False),
    ("ro", "Liniștiți-vă, vă rog.", True),
    ("ro", "Dacă doriți, puteți sta liniștit acasă, tehnicianul vă sună.", False),
    # third-person verbs spelled like tu-forms once the diacritics fold
    ("ro", "Asta nu ține de noi, dar vă transfer la colegi.", False),
    ("ro", "Banii intră mâine în cont.", False),
    ("ro", "Produsul nu intră în garanție, dar îl reparăm contra cost.", False),
    ("ro", "Colegii o verifică azi.", False),
    ("ro", "Departamentul verifică cererea.", False),
    ("ro", "Vestea bună e că am găsit coletul.", False),
    ("ro", "Ce mai doriți să adăugați la comandă?", False),
    ("ro", "Mai aveți întrebări? Dacă da, ne puteți scrie oricând.", False),
]

R_TALK_13 = [
    # productive diminutives and endearments
    ("et", "Saatke mulle üks pildike arvest.", True),
    ("et", "Üks pisikene hetk, palun.", True),
    ("et", "Saadan teile lingikese.", True),
    ("et", "Mul on teile üks küsimuseke.", True),
    ("et", "Aitäh, päikesekiir, avaldus on teele pandud.", True),
    ("et", "Soovin teile kõike head.", False),
    ("et", "Teil on väike võrgurike.", False),
    ("et", "Palun saatke ametlike dokumentide koopiad.", False),
    ("et", "Lühikese aja jooksul helistame.", False),
    ("et", "Kallim pakett sisaldab tehniku külastust.", False),
    ("ro", "Trimiteți-mi o pozuță cu contorul.", True),
    ("ro", "Am găsit coletașul dumneavoastră!", True),
    ("ro", "Puțintică răbdare, vă rog.", True),
    ("ro", "Vă trimit documentele semnate.", False),
    ("ro", "Curierul a livrat coletele ieri.", False),
    ("ro", "Poziția comenzii este actualizată.", False),
]

R_TALK_7 = [
    # English back-office words with the language's endings
    ("et", "Teie taotlus on workflow's ootel, staatus on pending.", True),
    ("et", "Pakk on hubis ja läks exceptioni.", True),
    ("et", "Saatsime teile ack-kirja.", True),
    ("et", "Pakk on teel ja jõuab homme pakiautomaati.", False),
    ("ro", "Cererea e în workflow, cu status pending.", True),
    ("ro", "Coletul e în hub și a intrat pe excepție.", True),
    ("ro", "Dosarul a fost trimis la back office.", True),
    ("ro", "Am făcut o excepție și v-am returnat taxa.", False),
    ("ro", "Codul locului de consum (POD) este pe prima pagină a facturii.", False),
]


def _reported(lang: str, text: str, req: str) -> bool:
    report = check_text(text, lang=lang, spelling=False, org=ORG[lang], today=TODAY)
    return req in report.requirements


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_6)
def test_r_talk_6_families(lang: str, text: str, expected: bool) -> None:
    """R-TALK-6: flat and impersonal refusals, refusing contact details, arguing, lecturing
    (also with the terms), blame by cause and bad-mouthing colleagues, in et and ro."""
    assert _reported(lang, text, "R-TALK-6") is expected


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_5)
def test_r_talk_5_certainty(lang: str, text: str, expected: bool) -> None:
    """R-TALK-5: certainty about what the agent does not control ('kindlasti', 'garantat',
    'pun pariu', 'nu are cum să'); the agent's own steps, advice and questions stay silent."""
    assert _reported(lang, text, "R-TALK-5") is expected


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_4)
def test_r_talk_4_in_other_words(lang: str, text: str, expected: bool) -> None:
    """R-TALK-4: the six forbidden phrases in other words and word orders; instructions,
    alternatives, a callback by a colleague and polite questions stay silent."""
    assert _reported(lang, text, "R-TALK-4") is expected


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_3)
def test_r_talk_3_informal_and_rude(lang: str, text: str, expected: bool) -> None:
    """R-TALK-3: sina/tu forms and rude wording; Romanian third-person verbs that fold to
    a tu-form ('ține', 'intră', 'verifică') and 'bună' after a noun stay silent."""
    assert _reported(lang, text, "R-TALK-3") is expected


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_13)
def test_r_talk_13_diminutives(lang: str, text: str, expected: bool) -> None:
    """R-TALK-13: productive diminutives (et -ke/-kene after a noun stem, ro -uță/-aș/-ică)
    and endearments; plurals, 'kõike', 'rike', 'väike', adjectives in -like stay silent."""
    assert _reported(lang, text, "R-TALK-13") is expected


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_7)
def test_r_talk_7_back_office_jargon(lang: str, text: str, expected: bool) -> None:
    """R-TALK-7: English back-office words inflected in et/ro ('hubis', 'exceptioni',
    'în workflow'); ordinary Romanian 'excepție' and the bill's POD code stay silent."""
    assert _reported(lang, text, "R-TALK-7") is expected


CLOSINGS = [
    ("et", "Kas saan veel kuidagi abiks olla? Siis tänan, teate, kust meid leida. Nägemist!", True),
    ("et", "Kas saan veel kuidagi abiks olla? Siis tänan. Nägemist!", False),
    # the da-infinitive and the imperative of 'tulema' (come): 'tagasi tulla', 'tulge tagasi'
    ("et", "Kas saan veel aidata? Aitäh! Võite siia vestlusse alati tagasi tulla. Head aega!",
     True),
    ("et", "Kas saan veel aidata? Aitäh! Tulge julgelt uuesti. Head aega!", True),
    ("et", "Kas saan veel aidata? Aitäh! Kuller peab homme tulema. Head aega!", False),
    ("ro", "Mai aveți întrebări? Vă mulțumesc, dacă mai apare ceva, sunați-ne. La revedere!", True),
    ("ro", "Vă mai pot ajuta? Vă mulțumesc, știți unde ne găsiți. La revedere!", True),
    ("ro", "Există și alte aspecte în care vă putem sprijini? Vă mulțumim și vă invităm să ne "
           "contactați din nou oricând.\n\nCu deosebită considerație,\nRețea Electrica", True),
    ("ro", "Vă mai pot ajuta? Vă mulțumesc. La revedere!", False),
]


@pytest.mark.parametrize(("lang", "text", "complete"), CLOSINGS)
def test_r_talk_2_closing_paraphrases(lang: str, text: str, complete: bool) -> None:
    """R-TALK-2: 'you know where to find us', 'if anything comes up, call us', 'other
    aspects we can help with?' and 'Cu deosebită considerație' complete a closing."""
    report = check_text(text, lang=lang, position="closing", spelling=False, org=ORG[lang])
    assert ("R-TALK-2" not in report.requirements) is complete


QUESTIONS = [
    ("et", "Kas kodukindlustus hüvitab kahju? Milliseid dokumente pean saatma?",
     "Jah, kodukindlustus hüvitab veekahju. Palun saatke meile kahjustuste fotod ja arve.", True),
    ("et", "Kas kodukindlustus hüvitab kahju? Milliseid dokumente pean saatma?",
     "Jah, kodukindlustus hüvitab veekahju.", False),
    ("ro", "Când vine tehnicianul? Trebuie să stau acasă toată ziua?",
     "Tehnicianul vine marți între orele 8 și 12, deci e nevoie să fiți acasă doar dimineața.",
     True),
    ("ro", "Ce documente trebuie să trimit? Când primesc răspunsul?",
     "Trimiteți-ne copia facturii și o fotografie a contorului. Răspundem în 5 zile lucrătoare.",
     True),
]


@pytest.mark.parametrize(("lang", "customer", "reply", "covered"), QUESTIONS)
def test_r_talk_9_which_documents_and_do_i_have_to(lang: str, customer: str, reply: str,
                                                   covered: bool) -> None:
    """R-TALK-9: 'which documents must I send?' is answered by an instruction to send them;
    'do I have to stay at home?' by 'e nevoie ... doar'."""
    report = check_text(reply, lang=lang, customer_text=customer, spelling=False, org=ORG[lang])
    assert ("R-TALK-9" not in report.requirements) is covered


def _call(lang: str, complaint: str, reply: str) -> dict[str, Any]:
    return {"version": 1, "lang": lang, "channel": "phone", "agent": "Kadri",
            "organisation": "Acme", "turns": [
                {"speaker": "customer", "text": complaint},
                {"speaker": "agent", "text": reply},
                {"event": "hangup", "by": "customer"}]}


ANGRY = [
    ("et", "Helistan juba kolmandat korda ja keegi pole seda parandanud. See on naljanumber.",
     "Selge, vaatan selle nüüd läbi.", True),
    ("et", "Helistan juba kolmandat korda ja keegi pole seda parandanud.",
     "Vabandame väga, parandan arve kohe ära.", False),
    ("ro", "E o bătaie de joc, sun a treia oară.",
     "Îmi pare rău. Ne puteți suna oricând din nou și continuăm de acolo.", False),
    # "I'll take care of it myself", "if the line drops, I'll call you back" (the line
    # dropping is no profanity warning), 由我来协助您
    ("ro", "Sun a treia oară pentru aceeași problemă și nimeni nu face nimic!",
     "Îmi pare sincer rău că a trebuit să sunați de trei ori. De data aceasta mă ocup eu de "
     "cerere până la capăt.", False),
    ("ro", "În sfârșit! Am stat un sfert de oră la coadă.",
     "Îmi pare rău că ați așteptat atât. Vă notez numărul, iar dacă se întrerupe convorbirea, "
     "vă sun eu înapoi.", False),
    ("ro", "Sun a treia oară pentru aceeași problemă și nimeni nu face nimic!",
     "Îmi pare sincer rău că a trebuit să sunați de trei ori.", True),
    ("zh-Hans", "终于有人了！我等了快半小时。",
     "很抱歉让您等这么久，现在由我来协助您。请提供订单编号。", False),
    # the same ways forward in the other languages: "I'll take care of it myself", "I'll note
    # your number and call you straight back" (the agent's call-back is no "call us again")
    ("en", "This is the third time I'm calling and nobody does anything!",
     "I'm really sorry you had to call three times. This time I'll take care of it myself.",
     False),
    ("et", "Helistan juba kolmandat korda ja keegi ei tee midagi!",
     "Vabandan väga. Panen Teie numbri kirja ja kui kõne katkeb, helistan Teile kohe tagasi.",
     False),
    ("et", "Helistan juba kolmandat korda ja keegi ei tee midagi!",
     "Vabandan väga. Seekord tegelen Teie murega ise.", False),
    ("zh-Hans", "我已经第三次打电话了，根本没人管！",
     "抱歉让您久等了。我记下您的电话，如果通话中断，我马上给您回电。", False),
    ("et", "Helistan juba kolmandat korda ja keegi ei tee midagi!", "Vabandan väga.", True),
    # a wish or a request exclaimed is no complaint ("... and we'd love to keep the plan!")
    ("en", "We're moving to Leeds next month and I'd love to keep the same plan!",
     "Of course, what's the date of the move?", False),
    ("hu", "Jövő hónapban költözünk, és szeretnénk megtartani a csomagot!",
     "Természetesen. Melyik napon költöznek?", False),
    ("hu", "A tegnapi szerelő nagyon kedves és ügyes volt!", "Köszönjük, továbbítom neki.", False),
    ("et", "Kolime järgmisel kuul Tartusse ja tahaksime paketi alles jätta!",
     "Muidugi. Mis kuupäeval kolite?", False),
    ("ro", "Ne mutăm luna viitoare și vrem să păstrăm abonamentul!",
     "Sigur. Ce dată vă mutați?", False),
    ("zh-Hans", "我们下个月搬家，想保留现在的套餐！", "好的，请问哪天搬？", False),
    # ... while trouble exclaimed still is
    ("hu", "Két napja nincs áram!", "Értem.", True),
    ("ro", "Sunt de două zile fără curent!", "Înțeleg.", True),
]


@pytest.mark.parametrize(("lang", "complaint", "reply", "reported"), ANGRY)
def test_r_talk_12_complaints_and_ways_forward(lang: str, complaint: str, reply: str,
                                               reported: bool) -> None:
    """R-TALK-12: 'for the third time', 'nobody has', 'naljanumber' are complaints; 'you can
    call us again and we continue from there' is a way forward."""
    report = check_transcript(_call(lang, complaint, reply))
    assert ("R-TALK-12" in report.requirements) is reported


LETTERS = [
    ("et", "Hea klient\n\nTeie taotlus on tagasi lükatud. Tühistatud reiside eest raha ei "
           "tagastata.\n\nLugupidamisega\nReisibüroo", True),
    ("et", "Hea klient\n\nTagastame tühistatud reisi eest raha reedeks.\n\nLugupidamisega\n"
           "Reisibüroo", False),
]


@pytest.mark.parametrize(("lang", "text", "reported"), LETTERS)
def test_r_letter_1_a_refusal_is_no_next_step(lang: str, text: str, reported: bool) -> None:
    """R-LETTER-1: 'raha ei tagastata' (is not refunded) is no 'tagastame' (we refund)."""
    report = check_text(text, lang=lang, channel="letter", spelling=False, org=ORG[lang])
    assert ("R-LETTER-1" in report.requirements) is reported


# R-TALK-6: (lang, text, reported) for the families of the dev4 set, with near-misses.
R_TALK_6_DEV4_FAMILIES = [
    ('et', 'Broneerimistasu me ei hüvita.', True),
    ('et', 'Me ei tagasta broneerimistasu.', True),
    ('et', 'Broneerimistasu me tagastada ei saa, kuid lennu saan tasuta ümber broneerida.', False),
    ('ro', 'Nu rambursăm taxa de rezervare.', True),
    ('ro', 'Taxa de rezervare nu o returnăm.', True),
    ('ro', 'Nu putem rambursa taxa de rezervare, dar vă pot muta zborul gratuit.', False),
    ('et', 'Hilinenud avaldusi ei vaadata läbi. Erandeid me ei tee.', True),
    ('et', 'Sellest reeglist erandeid ei ole.', True),
    ('et', 'Tegime Teie jaoks erandi ja võtsime hilinenud avalduse vastu.', False),
    ('ro', 'Cererile întârziate nu se analizează. Nu facem excepții.', True),
    ('ro', 'Nu există excepții de la această regulă.', True),
    ('ro', 'Am făcut o excepție și am acceptat cererea dumneavoastră întârziată.', False),
    ('et', 'Boilerit ei ole paigaldatud kasutusjuhendi kohaselt, seega garantii ei kehti.', True),
    ('et', 'Toodet on kasutatud juhendit eirates.', True),
    ('et', 'Palun kasutage seadet vastavalt kasutusjuhendile.', False),
    ('ro', 'Centrala nu a fost montată conform instrucțiunilor, de aceea reparația se '
           'plătește.', True),
    ('ro', 'Produsul nu a fost utilizat conform manualului de utilizare.', True),
    ('ro', 'Vă rugăm să folosiți aparatul conform instrucțiunilor din cutie.', False),
    ('et', 'Pakk tuli tagasi, sest andsite vale aadressi.', True),
    ('et', 'Palun olge tulevikus tellimuse vormistamisel hoolikam.', True),
    ('ro', 'Coletul s-a întors pentru că ați dat o adresă incompletă.', True),
    ('ro', 'Vă rog să fiți mai atentă pe viitor când plasați comanda.', True),
    ('et', 'Nagu ma kahes kirjas juba mainisin, pakk on teel.', True),
    ('ro', 'După cum v-am scris deja de două ori, coletul este pe drum.', True),
    ('et', 'Meie töötajate otsenumbreid me ei jaga.', True),
    ('et', 'Juhataja e-posti aadressi me välja ei anna.', True),
    ('et', 'Juhataja otsenumbrit ma anda ei saa, kuid saate talle kirjutada aadressil '
           'juhtkond@telekom.ee.', False),
    ('ro', 'Nu oferim numerele de telefon ale colegilor.', True),
    ('ro', 'Adresa de e-mail a directorului nu o putem da.', True),
    ('et', 'Laos on praegu täielik kaos ja keegi ei vasta seal telefonile.', True),
    ('et', 'Klienditoes on praegu segadus, keegi ei loe e-kirju.', True),
    ('et', 'Laos on praegu palju tööd, seega märkisin Teie tellimuse kiireloomuliseks.', False),
    ('ro', 'La depozit e un haos total, nimeni nu răspunde la telefon.', True),
    ('ro', 'La contabilitate e mare dezordine acum.', True),
    ('ro', 'La depozit e foarte aglomerat săptămâna asta, așa că am marcat comanda ca '
           'urgentă.', False),
    ('et', 'Ausalt öeldes, siin ei toimi enam miski korralikult.', True),
    ('et', 'Meie vahel öeldes, juhtkond ei hooli klientidest.', True),
    ('et', 'Rike on kõrvaldatud ja nüüd töötab kõik korralikult.', False),
    ('ro', 'Între noi fie vorba, aici nu mai funcționează nimic.', True),
    ('ro', 'Sincer, de când s-a schimbat conducerea, nimic nu mai merge.', True),
    ('ro', 'Defecțiunea a fost remediată și acum totul funcționează normal.', False),
    ('et', 'Ei, päris nii see ei olnud.', True),
    ('et', 'See ei olnud sugugi nii, Te tühistasite tellimuse ise.', True),
    ('et', 'Kui see ei olnud nii, andke palun teada.', False),
    ('et', 'Tõenäoliselt läks ekraan katki siis, kui Te seadet maha pillasite.', True),
    ('et', 'Ilmselt purunes see, kui Te pakki avasite.', True),
    ('et', 'Vabandame, ilmselt purunes see transpordi ajal, saadame uue.', False),
    ('et', 'Meie otsus on lõplik.', True),
    ('et', 'See otsus on lõplik ja seda ei muudeta.', True),
    ('ro', 'Decizia noastră este definitivă.', True),
    ('ro', 'Această decizie este finală și nu se mai schimbă.', True),
    ('et', 'Nagu tingimuste punktis 8 selgelt kirjas, tagatisraha ei tagastata.', True),
    ('et', 'Lepingu punkt 5 ütleb selgelt, et tasu ei tagastata.', True),
    ('ro', 'Conform articolului 8 din contractul semnat de dumneavoastră, garanția nu se '
           'returnează.', True),
    ('ro', 'Așa cum prevede clar punctul 5 din termeni, taxa nu se returnează.', True),
    ('et', 'See kullerfirma on täielik õudusunenägu, nad kaotavad pooled pakid.', True),
    ('et', 'Kullerid ei viitsi kunagi uksekella helistada.', True),
    ('ro', 'Firma de curierat e un coșmar, pierd jumătate din colete.', True),
    ('ro', 'Curierii nu se obosesc niciodată să sune la ușă.', True),
    ('et', 'Pakk tuli meile tagasi, sest Te ei olnud kodus.', True),
    ('et', 'Kättetoimetamine ebaõnnestus, kuna aadressil polnud kedagi.', True),
    ('ro', 'Coletul s-a întors la noi pentru că nu ați fost acasă.', True),
    ('ro', 'Livrarea a eșuat deoarece nu era nimeni la adresă.', True),
    ('et', 'Viivituse põhjustas puudulikult täidetud vorm.', True),
    ('ro', 'Întârzierea a fost cauzată de formularul completat incomplet.', True),
    ('et', 'Töötajate perekonnanimesid me avaldada ei tohi.', True),
    ('et', 'Laol ei ole otsenumbrit, mida saaksin anda.', True),
    ('ro', 'Nu avem voie să dăm numele de familie ale angajaților.', True),
    ('ro', 'Depozitul nu are un număr direct pe care să vi-l dau.', True),
    ('et', 'See ei ole õige, arve saadeti õigeaegselt.', True),
    ('ro', 'Nu este corect, factura a fost trimisă la timp.', True),
    ('et', 'Te unustasite tšeki lisada, seepärast lükati nõue tagasi.', True),
    ('ro', 'Ați uitat să atașați bonul, de aceea cererea a fost respinsă.', True),
    ('et', 'Öövahetuse kolleeg ilmselgelt ei lugenud Teie märkmeid.', True),
    ('ro', 'Colegul din tura de noapte evident nu v-a citit notițele.', True),
    ('et', 'Meie veebileht on katastroof, pole ime, et see Teilt kaks korda raha võttis.', True),
    ('ro', 'Site-ul nostru e un dezastru, nu mă mir că v-a taxat de două ori.', True),
    ('et', 'Kuller proovis esmaspäeval kohale toimetada; broneerisin uue tarne '
           'neljapäevaks.', False),
    ('ro', 'Curierul a încercat livrarea luni; am programat o nouă livrare joi.', False),
    ('et', 'Tingimuste punkti 8 järgi saate 14 päeva jooksul tasuta tühistada.', False),
    ('ro', 'Conform punctului 8 din termeni, puteți anula gratuit în 14 zile.', False),
    ('et', 'Kahjuks see nii ei toimi.', True),
    ('ro', 'Din păcate, nu așa funcționează.', True),
    ('et', 'Tegelikult on see vale.', True),
    ('ro', 'De fapt, acest lucru este incorect.', True),
    ('et', 'Vabandage, aga Te saite selle e-kirja kätte küll.', True),
    ('ro', 'Cu tot respectul, ați primit e-mailul.', True),
    ('et', 'Te lugesite kinnitust ilmselt valesti.', True),
    ('ro', 'Probabil ați citit greșit confirmarea.', True),
    ('et', 'Viivituse põhjustasid Teie poolt puuduvad dokumendid.', True),
    ('ro', 'Întârzierea a fost cauzată de documentele lipsă din partea dumneavoastră.', True),
    ('et', 'Me ei saa seda tagastada.', True),
    ('ro', 'Nu vom putea rambursa această sumă.', True),
    ('et', 'Kullerfirma on teadaolevalt ebausaldusväärne.', True),
    ('et', 'Ma ei saa anda oma juhi e-posti aadressi.', True),
    ('ro', 'Nu vă pot da adresa de e-mail a managerului meu.', True),
    ('et', 'Juhatajaga Te rääkida ei saa.', True),
    ('ro', 'Nu puteți vorbi cu managerul.', True),
    ('et', 'Teie taotlus on tagasi lükatud.', True),
    ('ro', 'Cererea dumneavoastră a fost respinsă.', True),
    ('et', 'Teie puhul me erandit teha ei saa.', True),
    ('ro', 'Nu putem face o excepție în cazul dumneavoastră.', True),
    ('ro', 'Este a treia oară când întrebați asta.', True),
    ('et', 'See on veebilehel selgelt kirjas.', True),
    ('ro', 'Scrie clar pe site.', True),
    ('et', 'Te oleksite pidanud tingimusi lugema.', True),
    ('ro', 'Ar fi trebuit să citiți condițiile.', True),
    ('et', 'Teie lepingu punkt 4.3 ütleb selgelt, et tasu ei tagastata.', True),
    ('ro', 'Punctul 4.3 din contract spune clar că taxa nu se returnează.', True),
    ('et', 'Eelmine teenindaja andis Teile vale info, ta on uus ega tea midagi.', True),
    ('ro', 'Colegul de dinainte v-a dat informații greșite, e nou și habar n-are.', True),
    ('et', 'See ei ole meie probleem.', True),
    ('ro', 'Asta nu e problema noastră.', True),
    ('et', 'Kas Te meie kirja ei lugenud?', True),
    ('ro', 'Nu ați citit e-mailul nostru?', True),
    ('et', 'Teie esitatud näit oli vale, seepärast oli arve suur.', True),
    ('ro', 'Indexul transmis de dumneavoastră a fost greșit, de aceea factura e mare.', True),
    ('et', 'Meie kullerpartner kaotab pidevalt pakke.', True),
    ('ro', 'Partenerul nostru de curierat pierde mereu colete.', True),
    ('et', 'Pärast 14 päeva raha tagastamine ei ole võimalik.', True),
    ('ro', 'Rambursarea nu este posibilă după 14 zile.', True),
    ('et', 'Viivitus tekkis Teie poolt esitatud puuduliku vormi tõttu.', True),
    ('et', 'Pakk saadeti tagasi, kuna Te ei võtnud seda õigeks ajaks välja.', True),
    ('et', 'Te ei teatanud tühistamisest õigel ajal, seega arvestame tasu.', True),
    ('et', 'Valisite vale paketi, seepärast on arve suurem.', True),
    ('et', 'Tingimustes, millega Te nõustusite, on selgelt kirjas, et ettemaksu ei '
           'tagastata.', True),
    ('et', 'Palun lugege enne kaebamist tingimused hoolikalt läbi.', True),
    ('et', 'Meie otsus on lõplik ja rohkem kaebusi me ei menetle.', True),
    ('et', 'Kuller ajas jälle kõik sassi, nad ei vaata kunagi aadressi.', True),
    ('et', 'Kullerid on liiga laisad, et pakki trepist üles tuua.', True),
    ('et', 'Eelmine teenindaja ei jaganud asjast midagi.', True),
    ('et', 'See ei ole tõsi, arve saadeti õigel ajal.', True),
    ('et', 'Te eksite, meie kiri jõudis ka Teieni.', True),
    ('et', 'Tehniku telefoninumbrit ma Teile anda ei saa.', True),
    ('et', 'Kuller tuleb teisipäeval ja helistab enne.', False),
    ('et', 'Nagu telefonis rääkisime, saatsin lepingu ära.', False),
    ('et', 'See ei ole Teie süü, meie süsteem eksis; tasu on tagastatud.', False),
    ('ro', 'Întârzierea a fost cauzată de formularul completat incomplet pe care ni l-ați '
           'trimis.', True),
    ('ro', 'Coletul a fost returnat pentru că nu l-ați ridicat la timp.', True),
    ('ro', 'Nu ne-ați anunțat la timp anularea, așa că taxa se aplică.', True),
    ('ro', 'Ați ales un abonament greșit, de aceea factura e mai mare.', True),
    ('ro', 'În termenii pe care i-ați acceptat scrie clar că avansul nu se returnează.', True),
    ('ro', 'Vă rog să citiți cu atenție condițiile înainte să faceți reclamație.', True),
    ('ro', 'Decizia noastră este definitivă și nu mai acceptăm reclamații.', True),
    ('ro', 'Curierul iar a încurcat totul, nu se uită niciodată la adresă.', True),
    ('ro', 'Curierii sunt prea leneși să urce coletul pe scări.', True),
    ('ro', 'Colegul care s-a ocupat înainte a făcut o mare încurcătură.', True),
    ('ro', 'Operatorul anterior habar n-avea ce face.', True),
    ('ro', 'Nu este adevărat, factura a fost trimisă la timp.', True),
    ('ro', 'Vă înșelați, e-mailul nostru v-a ajuns.', True),
    ('ro', 'Cei de la IT nu știu nimic.', True),
    ('ro', 'Nu vă pot da numărul de telefon al tehnicianului.', True),
    ('ro', 'Curierul vine marți și vă sună înainte.', False),
    ('ro', 'Cum am stabilit la telefon, v-am trimis contractul.', False),
    ('ro', 'Nu este vina dumneavoastră, sistemul nostru a greșit; taxa a fost returnată.', False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_6_DEV4_FAMILIES)
def test_r_talk_6_refusals_blame_lectures_and_running_down(lang: str, text: str,
                                                           expected: bool) -> None:
    """R-TALK-6 on wordings from a fresh blind set (dev4, new sentences): bare and bureaucratic
    refusals (also after 'sorry, but'), final decisions, refusing contact details, misuse of the
    manual and the customer's own detail or form as the cause, lectures (already wrote, be more
    careful, numbered clauses, the terms you accepted), arguing, running down a department, a
    partner, colleagues or the company; clean near-misses (an alternative offered after the
    refusal, a condition, our own mistake, a neutral partner) stay silent."""
    assert _reported(lang, text, "R-TALK-6") is expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ro", "Înțeleg și îmi pare rău că durează atât de mult reparația.", False),
    ("ro", "Reparația poate dura ceva timp.", True),
])
def test_r_talk_4_a_delay_already_there_is_no_vague_forecast(lang: str, text: str,
                                                             expected: bool) -> None:
    """R-TALK-4: 'sorry it is taking this long' names an existing delay; 'it may take a
    while' is the forbidden vague forecast."""
    assert _reported(lang, text, "R-TALK-4") is expected


# R-TALK-6: running down engineers, branches, partners and the website (either order).
R_TALK_6_RUNNING_DOWN = [
    ('et', 'Saadetud tehnik tegi töö ilmselgelt kiirustades ja lohakalt.', True),
    ('et', 'Tartu esindus ajas Teie tellimuse täiesti sassi.', True),
    ('et', 'Need paigaldajad olid täielikud diletandid.', True),
    ('et', 'Raamatupidamises ei oska keegi arvutada.', True),
    ('et', 'Peakontoris pole kellelgi aimugi.', True),
    ('et', 'Kullerfirma, mida kasutame, on üsna kasutu.', True),
    ('et', 'Meie veebileht jookseb pidevalt kokku, see on häbiväärne.', True),
    ('et', 'Meie tehnik tuleb esmaspäeval tagasi ja lõpetab töö.', False),
    ('ro', 'Tehnicianul trimis a făcut lucrarea evident în grabă și de mântuială.', True),
    ('ro', 'Filiala din Cluj v-a încurcat complet comanda.', True),
    ('ro', 'Montatorii pe care i-ați avut au fost niște amatori.', True),
    ('ro', 'La contabilitate nu știe nimeni să socotească.', True),
    ('ro', 'La sediu nimeni nu are habar.', True),
    ('ro', 'Firma de curierat cu care lucrăm e destul de inutilă.', True),
    ('ro', 'Site-ul nostru se blochează mereu, e o rușine.', True),
    ('ro', 'Tehnicianul nostru revine luni și termină lucrarea.', False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_6_RUNNING_DOWN)
def test_r_talk_6_running_down_the_people_behind_the_service(lang: str, text: str,
                                                             expected: bool) -> None:
    """R-TALK-6: a party behind the service (engineer, branch, courier firm, accounts, website)
    near a verdict on it (rushed, a complete mess, cowboys, can't count, a disgrace), in either
    order; a neutral mention of the same party stays silent."""
    assert _reported(lang, text, "R-TALK-6") is expected


R_TALK_6_BRUSH_OFF = [
    ('et', 'Karjumine ei aita.', True),
    ('ro', 'Dacă țipați la mine nu se rezolvă nimic.', True),
    ('et', 'Ma ei hakka Teiega vaidlema.', True),
    ('ro', 'Nu am de gând să mă cert cu dumneavoastră.', True),
    ('et', 'Nii see on, võtke või jätke.', True),
    ('ro', 'Asta e, luați sau lăsați.', True),
    ('et', 'Mina reegleid ei tee.', True),
    ('ro', 'Nu eu fac regulile.', True),
    ('et', 'Sellest pole mõtet edasi vaielda.', True),
    ('ro', 'Nu are rost să mai discutăm asta.', True),
    ('et', 'Reegel on reegel.', True),
    ('ro', 'Regula e regulă.', True),
    ('et', 'Te oleksite pidanud seda teadma.', True),
    ('ro', 'Ar fi trebuit să știți asta.', True),
    ('et', 'Süüdistada saate ainult iseennast.', True),
    ('ro', 'Nu puteți da vina decât pe dumneavoastră.', True),
    ('et', 'Vaadake enne kaebamist oma rämpsposti kausta.', True),
    ('ro', 'Verificați-vă folderul de spam înainte să vă plângeți.', True),
    ('et', 'See on juhtkonnale nii omane.', True),
    ('ro', 'Tipic pentru conducere.', True),
    ('et', 'Ärge parem küsige, milline on meie arveldus.', True),
    ('ro', 'Nici nu mă întrebați cum e la facturare.', True),
    ('et', 'Meie firmale omane kvaliteet on kõrge.', False),
    ('ro', 'Este specific pentru modelul acesta.', False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_6_BRUSH_OFF)
def test_r_talk_6_brushing_the_customer_off(lang: str, text: str, expected: bool) -> None:
    """R-TALK-6: brushing the customer off, as the English pack knows it: not going to argue,
    take it or leave it, rules are rules, I don't make the rules, shouting won't help, you should
    have known, only yourself to blame, check before complaining, typical of management, don't
    even ask; everyday sentences with the same words stay silent."""
    assert _reported(lang, text, "R-TALK-6") is expected


R_TALK_6_HEDGED_BLAME = [
    ('et', 'Paistab, et Te ei vajutanud salvestamise nuppu.', True),
    ('et', 'Tõenäoliselt sisestasite koodi valesti.', True),
    ('et', 'Te jätsite meie meeldetuletuse tähelepanuta.', True),
    ('ro', 'Se pare că nu ați apăsat butonul de salvare.', True),
    ('ro', 'Probabil ați introdus greșit codul.', True),
    ('ro', 'Ați ignorat mementoul trimis de noi.', True),
    ('ro', 'Dacă nu ați apăsat butonul, încercați din nou.', False),
    ('et', 'Kui Te ei vajutanud nuppu, proovige palun uuesti.', False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), R_TALK_6_HEDGED_BLAME)
def test_r_talk_6_hedged_blame_and_ignored_reminders(lang: str, text: str, expected: bool) -> None:
    """R-TALK-6: hedged blame (it seems you did not press, you probably typed it wrong) and
    ignoring what we sent; the same words in a condition stay silent."""
    assert _reported(lang, text, "R-TALK-6") is expected


@pytest.mark.parametrize(("lang", "text", "reported"), [
    ("et", "Olen praegu väga hõivatud, kas saaksite hiljem tagasi helistada?", True),
    ("et", "Kas saaksite homme uuesti helistada?", True),
    ("et", "Saame Teile homme tagasi helistada.", False),
    ("et", "Küsimuste korral võite meile alati helistada.", False),
    ("et", "Kui Teile praegu ei sobi, kas helistan hiljem tagasi?", False),
    ("hu", "Most nagyon el vagyok foglalva, tudna később visszahívni?", True),
    ("hu", "Tudna holnap visszahívni? Most sok a hívás.", True),
    ("hu", "A kollégám el van foglalva, de én szívesen segítek.", False),
    ("hu", "Ha most nem alkalmas, tudna később visszahívni, vagy én hívjam?", False),
])
def test_r_talk_4_busy_asked_as_a_favour(lang: str, text: str, reported: bool) -> None:
    """R-TALK-4: "I'm busy, could you call back later?" asked politely is still the forbidden
    phrase ('saaksite' is no 'saate'/'saame' through a shared stem); our offer to call back,
    "you may call us" and the customer's own convenience are not."""
    assert_case(lang, "R-TALK-4", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    # "saate meid alati kätte" (you can always reach us) says the customer may come back
    ("Aitäh helistamast, proua Saar. Kas on veel midagi, mida vajate? Kui ei, siis sellel"
     " numbril saate meid alati kätte. Head aega!", False),
    # "täna" (today) is no "tänan" (thank you), "olema" (to be) no "oleme olemas"
    ("Kas saan veel aidata? Kandsin makse täna tagasi, see peaks nähtav olema. Head aega!",
     True),
    ("Kas saan veel aidata? Tänan kannatlikkuse eest, võite alati uuesti helistada. Head"
     " aega!", False),
    # "let us know here right away", "do call us": andke meile teada, helistage meile
    ("Kas saan veel kuidagi abiks olla? Suur aitäh, et kirjutasite, ja kui ühendus peaks jälle"
     " katkema, andke meile siin kohe teada. Ilusat õhtut, nägemist!", False),
    ("Kas saan veel aidata? Aitäh Teile, kui laupäeval midagi muutub, helistage meile"
     " kindlasti. Head aega!", False),
    # "if questions come up about the bill, write or call" is coming back, not "anything
    # else?"; "let me know if I can help with anything else" is
    ("Täname, et andsite lekkest teada. Kui arvega seoses tekib veel küsimusi, oleme alati"
     " valmis aitama, kirjutage või helistage.\n\nLugupidamisega\nMarko Ilves", True),
    ("Aitäh! Andke teada, kui saan veel millegagi aidata. Võite alati uuesti kirjutada. Head"
     " aega!", False),
])
def test_r_talk_2_estonian_closing_parts_by_their_own_words(text: str, reported: bool) -> None:
    """R-TALK-2: Estonian closing parts found by the words that say them, not by words
    sharing their stem."""

    report = check_text(text, lang="et", position="closing", spelling=False)
    assert ("R-TALK-2" in report.requirements) is reported, report.findings


@pytest.mark.parametrize(("lang", "text", "missing"), [
    # "have a nice day further on" and "you called" make no "call us again"
    ("ro", "Mai aveti vreo intrebare? Multumesc ca ati sunat si o zi frumoasa in continuare, "
           "la revedere.", ["come_back"]),
    ("ro", "Mai aveți vreo întrebare? Vă mulțumesc, ne puteți suna oricând. La revedere!", []),
    # "do you need any other information?" asks whether anything else is needed
    ("ro", "Vă mulțumesc pentru documente. Aveți nevoie și de alte informații? Oricând doriți, "
           "ne puteți scrie.\n\nToate cele bune,\nElena", []),
    ("zh-Hans", "还有其他事情需要我处理吗？谢谢您的来电，以后有任何问题都可以再打这个电话。"
                "再见！", []),
])
def test_closing_come_back_is_not_read_from_other_words(lang: str, text: str,
                                                        missing: list[str]) -> None:
    """R-TALK-2: "o zi frumoasă în continuare" after "ați sunat" does not say the customer
    may call again; 再打这个电话 (call this number again) does."""
    report = check_text(text, lang=lang, position="closing", spelling=False)
    parts = sorted(f.data.get("part", "") for f in report.findings
                   if f.requirement == "R-TALK-2")
    assert parts == missing
