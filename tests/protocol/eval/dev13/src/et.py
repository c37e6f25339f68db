"""Estonian items for dev13 (writer C). Organisation: Telekom Eesti.

Blocks alternate clean, violation, clean, violation, ... (ids are split into halves by pairs).
"""

LANG = "et"


def _ring():
    return {"event": "ring"}


def _answer():
    return {"event": "answer", "by": "agent"}


def _a(text):
    return {"speaker": "agent", "text": text}


def _c(text):
    return {"speaker": "customer", "text": text}


def _hold():
    return {"event": "hold", "by": "agent"}


def _resume():
    return {"event": "resume", "by": "agent"}


def _hangup(by="customer"):
    return {"event": "hangup", "by": by}


def _tr(channel, agent, turns):
    return {"version": 1, "lang": "et", "channel": channel, "agent": agent,
            "organisation": "Telekom Eesti", "turns": turns}


TRANSCRIPTS = [
    # t01 clean
    {
        "transcript": _tr("phone", "Kadri", [
            _ring(), _ring(), _answer(),
            _a("Tere, Telekom Eesti telefoniremont, Kadri kuuldel. Kuidas saan Teid aidata?"),
            _c("Tere. Ma viisin oma telefoni teie Ülemiste esindusse ekraani vahetusse, lubati "
               "neljapäevaks, aga täna on juba esmaspäev ja keegi pole mulle midagi öelnud. Päris "
               "tüütu on niimoodi oodata. Kas te saate vaadata, kus see praegu on?"),
            _a("Vabandan väga, et lubatud ajaks teadet ei tulnud ja pidite ise helistama. Kas ma "
               "võin Teid paariks minutiks ootele panna, et töökojast remondi seisu järele vaadata?"),
            _c("Jah, olgu."),
            _hold(), _resume(),
            _a("Aitäh, et ootasite. Selgus, et õige ekraan jõudis laost alles reedel ja remont "
               "lõppes täna hommikul. Telefon on valmis ja testitud, selle saate Ülemiste "
               "esindusest kätte juba täna."),
            _c("Okei. Aga kas ma pean nüüd ikka täishinda maksma, kui te hilinesite?"),
            _a("Vabandust veel kord. Täishinda maksma ei pea, hilinemise pärast arvestame remondi hinnast maha kümme protsenti, nii et "
               "maksate 90 euro asemel 81 eurot. Kaasa palun võtke isikut tõendav dokument."),
            _c("Mis kellani te seal lahti olete?"),
            _a("Ülemiste esindus on avatud iga päev kella 21-ni."),
            _c("Hästi, ma tulen siis õhtul. Aitäh."),
            _a("Väga hea. Kas saan veel millegagi aidata?"),
            _c("Ei, see oli kõik."),
            _a("Aitäh, et helistasite, ja veel kord vabandust ootamise pärast. Kui telefoniga "
               "peaks hiljem midagi olema, helistage meile julgesti uuesti. Head õhtut ja nägemist!"),
            _hangup(),
        ]),
        "expect": [],
        "note": "Phone-repair desk. Customer complains the repair is late and asks where the phone "
                "is; agent apologises and asks to put them on hold to check (permission + reason), "
                "thanks after resume and answers. Price and opening-hours questions answered. "
                "Closing spread over the last two agent turns (anything else / thanks / call again "
                "/ goodbye). Clean; the cause (part arrived late from stock) blames nobody.",
    },
    # t02 violation
    {
        "transcript": _tr("chat", "Marko", [
            _a("Tere! Telekom Eesti satelliittelevisiooni klienditugi, Marko. Millega saan Teile "
               "abiks olla?"),
            _c("tere, mul on juba teist õhtut järjest pilt kadunud, ekraanil kirjutab et signaali "
               "pole. maksan iga kuu ja ei näe mitte midagi, väga kehv teenus"),
            _a("Saadan Teile kohe juhised vastuvõtja taaskäivitamiseks ja signaali kontrollimiseks. "
               "Kui pilt pärast seda tagasi ei tule, saame tehniku Teie juurde broneerida."),
            _c("proovisin juba taaskäivitada, ei aidanud. kas tehnik maksab ka midagi?"),
            _a("Kui rike on vastuvõtjas või meie seadmes, on tehniku külastus tasuta. Tasu 35 eurot "
               "lisandub ainult siis, kui selgub, et taldrik on näiteks tormiga paigast nihkunud. "
               "Lähim vaba aeg on kolmapäeval kella 10 ja 13 vahel, kas see sobib?"),
            _c("kolmapäev sobib. kas ma pean ise kodus olema?"),
            _a("Kodus peab olema keegi täisealine, kes tehniku sisse laseb. Broneerisin aja "
               "kolmapäevaks kella 10–13 ja kinnituse saate SMS-iga."),
            _c("ok aitäh"),
            _a("Kas saan veel millegagi aidata?"),
            _c("ei"),
            _a("Aitäh, et kirjutasite! Kui enne kolmapäeva tekib küsimusi, kirjutage meile julgesti "
               "uuesti. Head õhtu jätku ja nägemist!"),
        ]),
        "expect": ["R-TALK-12"],
        "note": "Satellite-TV chat. Customer complains the picture has been gone two evenings "
                "('very poor service'); the agent's next turn offers instructions and a technician "
                "but never apologises -> R-TALK-12. Everything else is fine: cost and 'must I be "
                "home' answered (the second implicitly: someone adult must be there), complete "
                "closing over the last two turns.",
    },
    # t03 clean
    {
        "transcript": _tr("chat", "Liis", [
            _a("Tere! Telekom Eesti ühiskontor Tartu maanteel, Liis kirjutab. Kuidas saan Teid "
               "aidata?"),
            _c("Tere. Broneerisin koosolekuruumi kella 14-ks, aga kui klientidega kohale jõudsime, "
               "istusid seal juba teised inimesed. Pidime 20 minutit fuajees ootama, see oli meie "
               "klientide ees väga piinlik."),
            _a("Palun vabandust, see oli meie viga: ruumi eelmine broneering oli meie kalendris "
               "kogemata pikendatud. Kannan selle tunni tasu Teile tagasi ja lisan Teie kontole ühe "
               "tasuta koosolekutunni."),
            _c("Ok, see on juba midagi. Millal raha tagasi tuleb? Ja kas tasuta tundi saab "
               "kasutada ka suures saalis?"),
            _a("Tagasimakse, 25 eurot, laekub Teie kaardile kolme tööpäeva jooksul. Tasuta tunni "
               "saate kasutada ükskõik millises ruumis, ka suures saalis, kui see on vaba."),
            _c("Super. Kas järgmisel teisipäeval kell 10 on suur saal vaba?"),
            _a("On küll. Kas broneerin selle Teile kaheks tunniks, nii et esimene tund on tasuta?"),
            _c("Jah, palun, kümnest kaheteistkümneni."),
            _a("Broneeritud: teisipäev kell 10–12, suur saal. Kinnitus on juba Teie e-postkastis. "
               "Kas saan veel millegagi aidata?"),
            _c("Ei, rohkem polegi. Aitäh abi eest, head päeva!"),
            _a("Aitäh Teile, et andsite teada! Kui midagi veel tekib, kirjutage meile alati "
               "uuesti. Head päeva ja nägemiseni!"),
        ]),
        "expect": [],
        "note": "Coworking space chat. Complaint (booked room occupied, embarrassing) -> apology, "
                "own mistake owned, refund + free hour. Three questions answered (when refund, "
                "free hour in the big hall, is the hall free Tuesday: 'On küll'). Customer thanks "
                "and says goodbye first; agent's last two turns hold the full closing. Clean.",
    },
    # t04 violation
    {
        "transcript": _tr("phone", "Rasmus", [
            _ring(), _answer(),
            _a("Tere, Telekom Eesti kontoritehnika rent, Rasmus kuuldel. Kuidas saan abiks olla?"),
            _c("Tere, helistan firmast Puidukoda. Meie renditud printer on juba nädal aega paberit "
               "kinni jooksutanud, tehnik pidi reedel tulema ja ei tulnudki. Kontor on sisuliselt "
               "ilma printerita."),
            _a("Vabandage väga, et tehnik reedel ei jõudnud ja Te jäite ilma teateta. Otsin Teile "
               "kohe uue aja. Üks hetk, ma kontrollin tehnikute graafikut."),
            _hold(), _resume(),
            _a("Aitäh ootamast. Tehnik Andres saab tulla homme, kolmapäeval, kella 9 ja 11 vahel. "
               "Kui remont ei aita, vahetame printeri samal päeval asendusseadme vastu."),
            _c("Hästi. Kas selle nädala rendi eest peame ikka maksma?"),
            _a("Selle nädala rendi, 18 eurot, jätame järgmiselt arvelt välja."),
            _c("Mhm, selge. Ja kas tehnik helistab enne?"),
            _a("Jah, tehnik helistab umbes pool tundi enne saabumist numbrile, millelt praegu "
               "helistate."),
            _c("Okei, aitäh."),
            _a("Kas on veel midagi, millega saan aidata?"),
            _c("Ei, praegu mitte."),
            _a("Aitäh kõne eest. Head päeva, nägemist!"),
            _hangup(),
        ]),
        "expect": ["R-TALK-10", "R-TALK-2"],
        "note": "Printer-leasing desk. Complaint answered correctly (apology + new visit). The hold: "
                "'One moment, I'll check the technicians' schedule' gives a reason but never asks "
                "permission -> R-TALK-10 (thanks after resume is there). Closing: anything else, "
                "thanks and goodbye, but nothing about calling again -> R-TALK-2. Questions about "
                "the week's rent and a call ahead are answered.",
    },
    # t05 clean
    {
        "transcript": _tr("phone", "Triin", [
            _ring(), _ring(), _answer(),
            _a("Tere, Telekom Eesti ettevõtete IT-abi, Triin kuuldel. Kuidas saan Teid aidata?"),
            _c("Jah, tere, Meelis siin, raamatupidamisbüroost Konto ja Kalkulaator. Meil jälle "
               "e-post ei tööta, see on juba kolmas kord sel kuul, ausalt öeldes on kõrini."),
            _a("Mhm, vabandan, et see jälle kordub. Saan Teie arvutiga kohe kaugühenduse teha ja "
               "vaadata, mis seekord viga on. Kas olete praegu arvuti juures?"),
            _c("Olen jah."),
            _a("Hästi. Palun vajutage meie kodulehel nupule „Kaugabi“ ja lugege mulle ette kuuekohaline "
               "kood."),
            _c("Oot... neli, kaheksa, üks, üheksa, kaks, seitse."),
            _a("Aitäh, näen nüüd Teie ekraani. Nii... e-posti programmis on veel eelmise kuu "
               "seadistus, mis enam ei kehti. Parandan selle kohe ära."),
            _c("Aga miks see ise ära ei uuendunud? Teistel arvutitel ju töötab."),
            _a("Vabandust, see jäi meil tegemata. Uuendasime seadistust eelmisel kuul kaugelt ja see arvuti jäi tookord vahele. Meie "
               "oleksime pidanud seda hiljem üle kontrollima. Nüüd on see tehtud, proovige palun "
               "endale testkiri saata."),
            _c("Tuli kohale. Kas teistel kolleegidel võib sama asi olla?"),
            _a("Vaatasin praegu Teie büroo kõik viis arvutit üle, teistel on seadistus korras."),
            _c("Selge, aitäh."),
            _a("Kas saan täna veel millegagi abiks olla?"),
            _c("Ei, see oli kõik."),
            _a("Suur aitäh, et helistasite. Kui e-postiga peaks veel midagi juhtuma, helistage "
               "meile julgesti uuesti. Ilusat päeva, head aega!"),
            _hangup(),
        ]),
        "expect": [],
        "note": "Small firm's IT helpdesk call, spoken style (mhm, nii..., oot). Complaint "
                "('third time this month, fed up') -> apology + remote session offered at once. "
                "'Why didn't it update?' answered with the cause, owned by us ('we should have "
                "checked'); 'could colleagues have it too?' answered. Closing over the last two "
                "turns. Clean.",
    },
    # t06 violation
    {
        "transcript": _tr("chat", "Kristi", [
            _a("Tere! Telekom Eesti kino klienditugi, Kristi. Kuidas saan Teid aidata?"),
            _c("Tere. Ostsin rakenduses laupäevaseks seansiks kolm piletit ja raha võeti kontolt "
               "kaks korda maha, 36 euro asemel 72. Mis jama see on?"),
            _a("Vabandust, et makse läks kaks korda läbi, nii ei tohiks see olla. Näen, et teine "
               "makse on tõesti tehtud, ja algatasin just selle tagastamise."),
            _c("Millal see raha tagasi tuleb?"),
            _a("Tagastus jõuab Teie pangakontole kolme kuni viie tööpäeva jooksul, olenevalt "
               "pangast. Piletid ise kehtivad ja on rakenduses alles."),
            _c("ok. Meil tuleb vanaema ka kaasa, ta on ratastoolis. Kas saal 3 on ratastooliga "
               "ligipääsetav ja kas me saaksime siis kõik kõrvuti istuda?"),
            _a("Lisan Teile neljanda pileti ja vahetan kõik neli kohta 9. rea keskele, kohad 5–8, "
               "kus on praegu neli kõrvuti vaba kohta. Kas teen nii?"),
            _c("Olgu, tehke nii."),
            _a("Tehtud: neli piletit, 9. rida, kohad 5–8. Neljanda pileti, 12 eurot, saate tasuda "
               "rakenduses. Kas saan veel millegagi aidata?"),
            _c("ei aitäh"),
            _a("Aitäh, et meiega ühendust võtsite! Kui laupäevaks midagi muutub, kirjutage julgesti "
               "uuesti. Head filmielamust ja nägemist!"),
        ]),
        "expect": ["R-TALK-9"],
        "note": "Cinema chat. Double charge complaint -> apology + refund started (clean). The "
                "customer then asks two things: is hall 3 wheelchair accessible, and can they all "
                "sit together. The agent rearranges the seats at length but never says whether "
                "the hall is accessible for a wheelchair -> R-TALK-9. Closing complete.",
    },
    # t07 clean (transfer)
    {
        "transcript": _tr("phone", "Siim", [
            _ring(), _answer(),
            _a("Tere, Telekom Eesti konverentsikeskus, Siim kuuldel. Kuidas saan Teid aidata?"),
            _c("Tere, meil on teie juures 14. juunil firma suvepäev broneeritud. Sain eile uue "
               "hinnapakkumise ja toitlustus on järsku 400 eurot kallim, keegi pole sellest midagi "
               "rääkinud. Kuidas nii saab?"),
            _a("Vabandan, et hinnamuudatus tuli Teile üllatusena ja ilma selgituseta. Teie ürituse "
               "pakkumist haldab meie ürituste juht Helen Kask, kes näeb kõiki arvutusi. Kas võin "
               "Teid kohe temaga ühendada? Ütlen talle enne ära, et küsimus on toitlustuse hinnas."),
            _c("Jah, ühendage."),
            _a("Ühendan Teid kohe Heleniga."),
            {"event": "transfer", "by": "agent", "to": "Helen Kask"},
            _a("Tere, Helen Kask siin. Siim ütles, et toitlustuse hind on pakkumises tõusnud, mul "
               "on kahju, et me seda eraldi ei selgitanud. Märtsis kinnitatud pakkumises oli 60 "
               "inimest, uues on 75, sest registreerunuid tuli juurde. Hind inimese kohta ei ole "
               "muutunud."),
            _c("Aa, see on siis inimeste arvu pärast. Aga kas menüüst saab midagi odavamat valida, "
               "et eelarve jääks samaks?"),
            _a("Saab küll. Kui vahetate soojad eelroad suupistelaua vastu, jääb 75 inimese "
               "toitlustus umbes 3900 euro juurde, mis on peaaegu sama kui algne summa. Saadan "
               "Teile mõlemad variandid täna kella viieks e-postiga."),
            _c("See sobib. Mis ajaks peame lõpliku otsuse teatama?"),
            _a("Lõpliku menüü ja inimeste arvu palume teatada hiljemalt 1. juuniks. Kas saan veel "
               "millegagi aidata?"),
            _c("Ei, aitäh, ootan kirja."),
            _a("Aitäh, et helistasite ja kohe üle küsisite. Kui kirja lugedes tekib küsimusi, "
               "helistage mulle julgesti otse või vastake lihtsalt kirjale. Head päeva, nägemist!"),
            _hangup(),
        ]),
        "expect": [],
        "note": "Event venue call with a transfer. Complaint about a 400-euro rise 'nobody told "
                "me about' -> receptionist apologises and offers a transfer with a summary to the "
                "events manager (the way forward). 'How can that be?' is answered by the manager "
                "(more guests, same price per head); cheaper menu and deadline questions answered. "
                "The second agent closes completely. Clean.",
    },
    # t08 violation
    {
        "transcript": _tr("phone", "Annika", [
            _ring(), _ring(), _ring(), _answer(),
            _a("Tere, Telekom Eesti takso, Annika kuuldel. Kuidas saan Teid aidata?"),
            _c("Tere. Tellisin täna hommikuks kella kuueks takso lennujaama, auto tuli alles "
               "kakskümmend viis minutit hiljem. Jõudsin lennule viimasel minutil, see oli täiesti "
               "vastuvõetamatu."),
            _a("Mhm, saan aru, et see oli väga närvesööv. Hommikul oli lihtsalt väga palju "
               "tellimusi ja selle auto juht on meil alles teist nädalat tööl, ta ei tunne veel "
               "linna eriti hästi."),
            _c("See ei ole ju minu mure. Kas ma saan selle sõidu raha vähemalt tagasi?"),
            _a("Vabandan, Teil on õigus. Sõidu hinna, 28 eurot, kanname Teie kaardile tagasi kahe "
               "tööpäeva jooksul."),
            _c("Hästi. Ja kas järgmine kord saab tellida nii, et auto oleks varem kohal?"),
            _a("Eeltellimusel saate märkida, et soovite autot kümme minutit varem. "
               "Lennujaamasõitudele määrame auto nüüd vähemalt tund aega ette ja saadame SMS-i "
               "juhi nime ning autonumbriga."),
            _c("Selge. Aitäh."),
            _a("Kas saan veel millegagi aidata?"),
            _c("Ei."),
            _a("Aitäh, et andsite teada. Kui tagasisõiduks on autot vaja, helistage meile julgesti "
               "uuesti. Head reisi ja nägemist!"),
            _hangup(),
        ]),
        "expect": ["R-TALK-12", "R-TALK-6"],
        "note": "Taxi desk, three rings (within the limit). Complaint about a taxi 25 minutes late "
                "-> 'I understand it was stressful' plus a justification (many orders; the driver "
                "is new and doesn't know the city well): no apology, nothing offered -> R-TALK-12; "
                "the remark about the colleague runs him down -> R-TALK-6. The second complaint "
                "gets apology + refund; questions answered; closing complete.",
    },
    # t09 clean
    {
        "transcript": _tr("chat", "Egle", [
            _a("Tere! Telekom Eesti trükiteenus, Egle kirjutab. Kuidas saan abiks olla?"),
            _c("tere, tellisin teilt 500 visiitkaarti ja logo on täitsa vale värvi, rohelise "
               "asemel mingi hall-oliiv. ei saa neid kellelegi anda, raisatud raha"),
            _a("Vabandan, et kaardid tulid vale tooniga, niimoodi ei saa neid tõesti kasutada. "
               "Trükime need Teile tasuta uuesti. Kas saaksite saata foto ühest kaardist "
               "päevavalguses, et näeksime, kui suur on erinevus?"),
            _c("saatsin pildi. kas te saate seekord enne trükki mulle näidist näidata? ja millal "
               "uued valmis on?"),
            _a("Aitäh pildi eest, erinevus on tõesti selgelt näha. Enne trükki saadame Teile "
               "proovitrüki foto ja trükime alles siis, kui olete värvi heaks kiitnud. Kui "
               "kinnitate proovi homme lõunaks, on kaardid valmis reedel pärast kella 14."),
            _c("ok, aga vanad kaardid, kas pean need tagasi tooma?"),
            _a("Ei, vanu kaarte pole vaja tagasi tuua, võite need endale jätta."),
            _c("hästi aitäh, olete väga abiks olnud"),
            _a("Mul on hea meel! Kas on veel midagi, mida saan Teie heaks teha?"),
            _c("ei ole, head päeva"),
            _a("Aitäh Teile ja veel kord vabandust segaduse pärast. Kui proovitrükiga tekib "
               "küsimusi, kirjutage siia alati uuesti. Head päeva ja kohtumiseni!"),
        ]),
        "expect": [],
        "note": "Print-shop chat. Complaint (logo printed in the wrong colour, 'wasted money') -> "
                "apology + free reprint. Proof before printing (yes, implicitly), ready when "
                "(Friday after 14), must old cards be returned (no) all answered. Customer thanks; "
                "closing over the last two turns. Clean.",
    },
    # t10 violation
    {
        "transcript": _tr("chat", "Janek", [
            _a("Tere! Telekom Eesti kliendiklubi reisilaud, Janek. Kuidas saan Teid aidata?"),
            _c("Tere. Ostsin teie klubipakkumisest reisi Kreetale ja nüüd näen, et hotell on "
               "vahetatud teise vastu, mis asub rannast kaks kilomeetrit eemal. Valisin just selle "
               "hotelli ranna pärast, olen väga pettunud."),
            _a("Vabandan väga, et hotelli vahetus tuli Teile ootamatult. Vaatan kohe, millised "
               "rannaäärsed hotellid on samadel kuupäevadel vabad, ja saadan Teile paar valikut."),
            _c("Selge. Kas mulle sellest muudatusest ka teatati? Ma ei mäleta, et oleksin midagi "
               "saanud. Ja kas saan reisi tühistada ja raha tagasi, kui ükski variant ei sobi?"),
            _a("Muudatusest teatati Teile 3. mail e-postiga ja saate ju aru, et me ei vastuta "
               "selle eest, kui kirju ei loeta. Reisitingimuste punkt 7 ütleb selgelt, et "
               "korraldaja võib hotelli vahetada sama klassi hotelli vastu. Kui ükski variant ei "
               "sobi, saate reisi tühistada ja raha tagastatakse täies ulatuses."),
            _c("vaatan siis variandid üle, saatke need"),
            _a("Saatsin just kolm valikut Teie e-postile, kõik on rannast kuni 200 meetri kaugusel "
               "ja hinnavahet ei ole. Kas saan veel millegagi aidata?"),
            _c("ei"),
            _a("Kui olete valiku teinud, kirjutage siia või helistage meile uuesti ja vormistame "
               "muudatuse. Head päeva!"),
        ]),
        "expect": ["R-TALK-6", "R-TALK-2"],
        "note": "Travel desk chat. First complaint handled right (apology + alternatives). The "
                "neutral 'was I told about it?' question gets a lecture that blames the customer for not reading "
                "e-mail and cites a clause at them ('you surely understand...') -> R-TALK-6 (both "
                "questions are still answered). Closing has anything else, come back and goodbye "
                "but no thanks -> R-TALK-2.",
    },
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set, whole) ----------------
    {
        "channel": "email",
        "customer": "Tere, tellisin prillid 2. märtsil. Millal need valmis saavad? Ja kas saan need "
                    "kätte ka Tartu salongist, mitte Tallinnast?",
        "text": "Tere, Mari!\n\nTeie prillid on valmis ja jõuavad meie Tartu salongi neljapäeval, "
                "14. märtsil, kust saate need kätte alates kella 12-st. Salong asub aadressil Riia 2 ja "
                "on avatud esmaspäevast reedeni kella 10–18.\n\nLugupidamisega\nKätlin\n"
                "optikasalong",
        "expect": [],
        "note": "Optician e-mail: 'When will they be ready? Can I collect them in Tartu?' Both "
                "answered: a date, and 'Tartu' answered implicitly by naming the Tartu salon. Clean.",
    },
    {
        "channel": "email",
        "customer": "Tere. Kuuldeaparaadi parem pool vilistab alati, kui telefoniga räägin. Kas see "
                    "läheb garantii alla? Ja kas ma pean selle ise teile tooma või võib postiga "
                    "saata?",
        "text": "Lugupeetud hr Kuusk\n\nAparaadi võite meile saata tähitud kirjaga aadressil Narva "
                "mnt 7, Tallinn, pakendis, mis kaitseb seda põrutuste eest. Palun lisage pakki "
                "lühike kirjeldus, millal vilin tekib, ja oma telefoninumber. Kui eelistate ise "
                "tuua, oleme avatud tööpäeviti kella 9–17 ja kontroll võtab kohapeal umbes pool "
                "tundi.\n\nLugupidamisega\nReet Lill\nkuuldekeskus",
        "expect": ["R-TALK-9"],
        "note": "Hearing-aid shop. Two questions: is it under warranty, and bring it or post it. "
                "The reply explains posting and bringing at length but never says whether the "
                "warranty covers it -> R-TALK-9.",
    },
    {
        "channel": "chat",
        "customer": "kas lastegrupis on veel kohti 3.-7. veebruaril? poeg on 6 ja pole kunagi "
                    "suusatanud, kas ta saab ikka alustada. laenutus ka teil on",
        "text": "Jah, algajate lastegrupis (5–7-aastased) on sellel nädalal veel neli vaba kohta, "
                "tunnid on iga päev kella 10–12. Treener alustab esimesel päeval päris algusest, "
                "nii et varasemat kogemust pole vaja. Suusad, saapad ja kiivri saab laenutada "
                "kohapeal, lapse komplekt maksab 12 eurot päevas.",
        "expect": [],
        "note": "Ski school chat; three questions, the last two without '?'. Free places (yes, "
                "four), can a beginner join (implicitly yes: starts from scratch, no experience "
                "needed), rental (yes, price). Clean.",
    },
    {
        "channel": "email",
        "customer": "Tere, sain Maksu- ja Tolliametilt kirja, et mu tuludeklaratsioonis on viga. "
                    "Kas te saate selle minu eest parandada ja palju see maksab? Tähtaeg on 30. "
                    "aprill.",
        "text": "Tere, Andres!\n\nJah, saame deklaratsiooni Teie eest üle vaadata ja paranduse "
                "esitada. Palun saatke meile ameti kirja koopia ning eelmise aasta töötasu ja "
                "pangaintresside väljavõtted. Kui dokumendid jõuavad meieni selle nädala jooksul, "
                "jõuame paranduse esitada enne 30. aprilli. Anname Teile teada, kui parandus on "
                "ametile saadetud.\n\nParimate soovidega\nSirje Mänd\nmaksunõustaja",
        "expect": ["R-TALK-9"],
        "note": "Tax-advice office: 'Can you fix it for me and how much does it cost?' The first "
                "is answered (yes, documents, timing) but the price is never mentioned, although "
                "the reply talks at length about the service -> R-TALK-9.",
    },
    {
        "channel": "email",
        "customer": "Tere! Tahaksime teada, kas mõisa saali mahub 120 külalist istudes ning kas "
                    "oma toitlustaja toomine on lubatud. Kui ei ole, siis mida te ise pakute?",
        "text": "Tere, Kristiina!\n\nPeasaali mahub istudes kuni 110 külalist, kuid 120 inimese "
                "jaoks saame avada ka kõrvalsaali, mis on peasaaliga laia uksega ühendatud. "
                "Toitlustust pakume kahjuks ainult ise, oma toitlustajat kaasa võtta ei saa. "
                "Lisasin kirjale meie kolm pulmamenüüd koos hindadega ja kõiki neist saab kohandada "
                "ka taimetoitlastele.\n\nSoojade tervitustega\nKairi\nmõisa ürituste korraldaja",
        "expect": [],
        "note": "Wedding venue. Embedded questions (whether 120 fit, whether an own caterer is "
                "allowed) and a fallback ('if not, what do you offer?'), all answered; the menus "
                "are answered by an attachment. The refusal comes with an alternative, so not "
                "R-TALK-6. Clean.",
    },
    {
        "channel": "chat",
        "customer": "Kolisime suveks maale, kas satelliiti saab sinna ümber tõsta? Kui palju see "
                    "maksab ja kas lepingu pean siis uuesti sõlmima?",
        "text": "Jah, saame taldriku ja vastuvõtja suvekoju ümber paigaldada. Ümberpaigaldus maksab "
                "49 eurot ja tehnik seadistab kanalid kohapeal samal päeval."
                " Vabu aegu on järgmisel nädalal teisipäeval ja neljapäeval, kumb Teile "
                "paremini sobiks?",
        "expect": ["R-TALK-9"],
        "note": "Satellite-TV chat, three questions: can it be moved (yes), cost (49 euros), must "
                "the contract be signed again (never answered) -> R-TALK-9.",
    },
    {
        "channel": "chat",
        "customer": "Eile helistasin teile aku pärast. Kas see hind mis te ütlesite kehtib ka siis "
                    "kui toon kaks telefoni korraga? Ja kui kaua see kokku aega võtab",
        "text": "Tere! Eilne hind, 59 eurot aku vahetuse eest, kehtib kummagi telefoni kohta ja "
                "kahe telefoni puhul teeme mõlemalt 10% soodustust. Kui toote need hommikul enne "
                "kella 11, saate mõlemad samal päeval kella 16-ks tagasi.",
        "expect": [],
        "note": "Phone-repair chat with a follow-up question referring back to yesterday's call "
                "and a second question without '?'. Both answered (price applies, plus a "
                "discount; same day by 16:00 if brought before 11). Clean.",
    },
    {
        "channel": "email",
        "customer": "Saatsin kaks nädalat tagasi CV projektijuhi kohale. Kas mu kandideerimine on "
                    "veel menetluses? Ja kas tööandja näeb ka minu palgasoovi?",
        "text": "Tere, Liina!\n\nMõistame, et ootamine on ebamugav, ja täname Teid kannatlikkuse "
                "eest. Palgasoovi tööandjale enne edasi ei anta, kui olete sellega ise nõus: "
                "arutame seda esmalt Teiega vestlusel ja alles siis lepime kokku, mida edastame."
                "\n\nLugupidamisega\nKadi Rebane\nvärbamiskonsultant",
        "expect": ["R-TALK-9"],
        "note": "Recruitment agency. 'Is my application still being processed?' gets only "
                "sympathy ('waiting is uncomfortable'), no status; the salary question is answered "
                "-> R-TALK-9.",
    },
    {
        "channel": "phone",
        "customer": "Köögis on sipelgad, kas te tulete ka eramajja Harjumaal ja kas see mürk on "
                    "lastele ohtlik",
        "text": "Jah, teenindame kogu Harjumaad, ka eramaju. Kasutame geelsööta, mis on lubatud "
                "lastega kodudes ja mis pannakse kappide taha ning pragudesse, kuhu lapsed ei "
                "ulatu. Pärast töötlust ei pea majast lahkuma. Lähim vaba aeg on reedel kell 9, kas "
                "see sobiks?",
        "expect": [],
        "note": "Pest control, spoken question without '?'. Both answered: yes, all of Harju "
                "county; the bait is permitted in homes with children and placed out of reach. "
                "Clean.",
    },
    {
        "channel": "chat",
        "customer": "Tere, kas ujula on joulude ajal lahti? ja kas kuukaart pikeneb, kui ujula oli "
                    "remondi tottu nadal aega kinni?",
        "text": "Tere! Jõulude ajal on ujula avatud 24. detsembril kella 8–14, 25. ja 26. "
                "detsembril on suletud ning 27. detsembrist jälle tavapärasel ajal kella 6.30–22. "
                "Remonttööd 4.–10. novembril olid vajalikud basseini filtrite vahetamiseks ja "
                "nüüd on vesi märgatavalt puhtam.",
        "expect": ["R-TALK-9"],
        "note": "Swimming pool chat (customer types without diacritics). Holiday hours answered in "
                "detail; the question whether the monthly pass is extended is met with an "
                "explanation of the repair on the same topic that does not answer it -> R-TALK-9.",
    },
    {
        "channel": "email",
        "customer": "Kas notar saab korteri müügilepingu tõestada juba järgmisel nädalal? Ja kas "
                    "pank peab ka kohal olema?",
        "text": "Tere, Kaja!\n\nJärgmise nädala aeg sõltub sellest, millal pank laenulepingu "
                "kinnitab, ja seda me täna veel ei tea. Võtan pangaga ühendust ja annan Teile "
                "vastuse hiljemalt neljapäeval, 6. juunil. Panga esindaja ei pea notaribüroos "
                "kohal olema, pank saadab oma kinnituse meile otse.\n\nLugupidamisega\nKertu Org"
                "\nnotar Tamme büroo",
        "expect": [],
        "note": "Notary office. 'Next week?' answered with an honest 'not known yet' and a dated "
                "follow-up (Thursday 6 June); 'must the bank attend?' answered (no). Clean.",
    },
    {
        "channel": "chat",
        "customer": "Unustasin eile õhtul teie taksosse vihmavarju, auto 123 ABC, umbes kella 23 "
                    "paiku. Kas juht on selle leidnud? Kui jah, kust ma selle kätte saan?",
        "text": "Tere! Leitud asju hoiame meie kontoris Peterburi tee 46, mis on avatud tööpäeviti "
                "kella 9–17. Asja kättesaamiseks võtke palun kaasa isikut tõendav dokument. Leitud "
                "asju hoiame kolm kuud.",
        "expect": ["R-TALK-9"],
        "note": "Taxi lost property. Where to collect it is answered, but whether the umbrella has "
                "actually been found is never checked or answered -> R-TALK-9.",
    },

    # ---------------- R-TALK-6 ----------------
    {
        "channel": "email",
        "text": "Tere, Piret!\n\nVabandame, et kimp jõudis kohale närtsinuna. Laupäeval oli üle 30 "
                "kraadi ja kuller oli teel üle kahe tunni, mis on lõikelilledele liiga pikk aeg. "
                "Saadame homme hommikul uue kimbu tasuta ja kuuma ilmaga veame lilli edaspidi "
                "jahutusega autos.\n\nLugupidamisega\nAnu\nlillepood",
        "expect": [],
        "note": "Florist. The cause (heat, long courier trip) is explained without blaming the "
                "customer or running down the courier; apology and a free replacement. Near miss "
                "for partner blame. Clean.",
    },
    {
        "channel": "email",
        "text": "Tere!\n\nVaatasime Teie saadetud fotod üle. Triibud tekkisid sellepärast, et aknad "
                "olid enne meie tulekut väga pikalt pesemata ja mustus oli raamidesse kinni "
                "kuivanud. Järgmine kord soovitame tellida pesu vähemalt kaks korda aastas, siis "
                "sellist probleemi ei teki.\n\nLugupidamisega\nAivar\naknapesu",
        "expect": ["R-TALK-6"],
        "note": "Window cleaning. Streaks are blamed on the customer's long-unwashed windows, with "
                "a lecture about washing twice a year; nothing offered -> R-TALK-6.",
    },
    {
        "channel": "visit",
        "text": "Teil on täiesti õigus, püksisääred jäid kaks sentimeetrit liiga lühikeseks ja see "
                "on meie viga, sest mõõt kanti tellimusele valesti. Õmbleme Teile samast kangast "
                "uued püksid tasuta ja need on valmis järgmise nädala kolmapäevaks. Kui soovite, "
                "võtame mõõdud kohe uuesti, et kõik oleks kindel.",
        "expect": [],
        "note": "Tailor, at the counter. Own mistake owned, free remake with a date. Near miss "
                "(talks about a wrong measurement, but blames nobody but us). Clean.",
    },
    {
        "channel": "email",
        "text": "Tere, Margus!\n\nMeie andmetel valmistasime Teie üritusele toitu 80 inimesele, "
                "nagu tellimuses kokku lepitud, ja kogused olid tavapärased. Seega ei saa me "
                "päriselt nõustuda, et toitu jäi väheks. Pigem oli külalisi rohkem, kui Te meile "
                "teatasite.\n\nLugupidamisega\nEvelin\ntoitlustus",
        "expect": ["R-TALK-6"],
        "note": "Catering. A contradiction dressed as information ('according to our records... "
                "we cannot quite agree') and the shortfall blamed on the customer's guest count; "
                "nothing offered -> R-TALK-6.",
    },
    {
        "channel": "chat",
        "text": "Kahjuks ei saa me laupaeviti maja uksi varem kui kell 9 avada, sest valvur alustab "
                "tood alles siis. Saame Teile aga valjastada isikliku uksekaardi, millega paasete "
                "majja igal ajal, ka nadalavahetusel. Kaardi tagatisraha on 10 eurot ja selle saab "
                "infoletist katte juba homsest.",
        "expect": [],
        "note": "Coworking space. A refusal (doors not opened earlier) with a reason and a real "
                "alternative (personal key card). Typed entirely without diacritics, not a typo by "
                "the definitions. Near miss for flat refusal. Clean.",
    },
    {
        "channel": "email",
        "text": "Tere!\n\nTeie taotlus laoboksi rendilepingu ennetähtaegseks lõpetamiseks on läbi "
                "vaadatud. Lepingu punkti 4.2 kohaselt ennetähtaegset lõpetamist ei võimaldata ja "
                "erandeid ei tehta. Rent tuleb tasuda kuni 31. augustini.\n\nLugupidamisega\n"
                "laoboksite klienditeenindus",
        "expect": ["R-TALK-6"],
        "note": "Self-storage. A bureaucratic flat refusal citing a clause ('no exceptions are "
                "made') with no alternative (no sublet, smaller box, etc.) -> R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Tere, Tõnis!\n\nKontrollisin Teie sülearvuti üle: kõvaketas on tõepoolest rikkis "
                "ja tuleb välja vahetada. Uue ketta paigaldab meie kolleeg Karl, kes on Teie "
                "kontoris homme kella 10–12. Ta kontrollib ka, et kõik failid oleksid "
                "varukoopiast alles.\n\nTervitades\nOliver\nIT-abi",
        "expect": [],
        "note": "Small firm's IT helpdesk. A colleague is named neutrally with a time; no "
                "criticism. Near miss for running down a colleague. Clean.",
    },
    {
        "channel": "phone",
        "text": "Vabandan, et arve tuli jälle vale summaga. Meie arveldusosakonnas juhtub seda "
                "kahjuks kogu aeg, seal ei vaata keegi enne saatmist midagi üle. Parandan arve ise "
                "ära ja saadan uue veel täna.",
        "expect": ["R-TALK-6"],
        "note": "Printer leasing, on the phone. Helpful (apology, corrected invoice today), but "
                "runs down the billing department ('happens all the time, nobody checks anything') "
                "-> R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Tere, Helena!\n\nKirjutasite, et „saalis oli nii külm, et istusime pool filmi "
                "jopedes“, ja vabandame selle pärast. Te ei oleks saanud seda kuidagi ette näha: "
                "saali kütteseade läks samal õhtul rikki ja märkasime seda alles seansi ajal. "
                "Saadame Teile kaks tasuta piletit ükskõik millisele seansile.\n\nLugupidamisega\n"
                "Rando\nkino klienditeenindus",
        "expect": [],
        "note": "Cinema. The customer's complaint is quoted (not the agent's own words), the "
                "blame is negated ('you could not have foreseen it'), our fault owned, free "
                "tickets. Clean.",
    },
    {
        "channel": "chat",
        "text": "Saate kindlasti aru, et me ei saa kanalipaketti kuu keskel tasuta vahetada, kui "
                "iga klient seda sooviks. Lepingu sõlmimisel oli võimalik kõikide pakettidega "
                "rahulikult tutvuda ja valik tehti siis. Uue paketi saate tellida järgmise kuu "
                "algusest.",
        "expect": ["R-TALK-6"],
        "note": "Satellite TV. A polite lecture ('you will surely understand...', 'you had time to "
                "study the packages when signing') implying the customer chose badly -> R-TALK-6, "
                "even though a later change date is given.",
    },
    {
        "channel": "email",
        "text": "Tere!\n\nTänan, et küsisite üle. Väike täpsustus: tund algab kell 9.30, mitte kell "
                "10, kinnituskirjas oli kahjuks vana kellaaeg ja vabandame selle pärast. Kui 9.30 "
                "Teile ei sobi, saame poja tõsta kella 11 gruppi, kus on veel kaks vaba kohta.\n\n"
                "Lugupidamisega\nMaarja\nsuusakool",
        "expect": [],
        "note": "Ski school. The customer's time is corrected politely, the error is ours, and an "
                "alternative group is offered. Near miss for contradicting. Clean.",
    },
    {
        "channel": "email",
        "text": "Tere!\n\nMõistame, et soovite värbajaga otse rääkida. Meie värbajate "
                "telefoninumbreid ega e-posti aadresse kandidaatidele aga ei avaldata. Teiega "
                "võetakse ühendust, kui tööandja on otsuse teinud.\n\nLugupidamisega\n"
                "värbamisagentuur",
        "expect": ["R-TALK-6"],
        "note": "Recruitment agency. Refuses the recruiter's contact details and offers no other "
                "way to reach anyone -> R-TALK-6.",
    },

    # ---------------- R-LETTER-1 (channel letter) ----------------
    {
        "channel": "letter",
        "text": "Lugupeetud Kalle Mets\n\nTeie töölaua rendileping Telekom Eesti ühiskontoris lõppes "
                "31. oktoobril ja tagatisraha 150 eurot kanti 4. novembril tagasi lepingus "
                "märgitud arveldusarvele. Teilt ei ole midagi vaja, sest uksekaart on tagastatud "
                "ja tasumata arveid ei ole. Kui summa ei ole 10. novembriks laekunud, palun "
                "helistage meile numbril 600 1234.\n\nLugupidamisega\nLiis Vaher\nTelekom Eesti "
                "ühiskontor",
        "expect": [],
        "note": "Coworking deposit returned. States that nothing is needed and why (card returned, "
                "no unpaid bills) and what to do if the money has not arrived by a date. Clean.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud pr Saar\n\nTeatame, et Teie 22. augusti broneering Telekom Eesti "
                "konverentsikeskuse Lõuna saalis on tühistatud, kuna saalis algavad augustis "
                "remonttööd. Vabandame tekkinud ebamugavuste pärast.\n\nLugupidamisega\nHelen Kask"
                "\nürituste juht",
        "expect": ["R-LETTER-1"],
        "note": "Event venue booking cancelled because of renovation. Apologises but says nothing "
                "about what happens next (refund, another hall, a call) or that nothing is needed "
                "-> R-LETTER-1. The reason blames nobody.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud hr Tamm\n\nTeie pärimisasja menetlemiseks puudub meil pärandaja "
                "surmatunnistuse koopia. Palun saatke see meile hiljemalt 15. märtsiks e-posti "
                "aadressile buroo@notartamm.ee või tooge notaribüroosse Pärnu mnt 10 tööpäeviti "
                "kella 9–17. Kui olete dokumendi juba teele saatnud, ei ole vaja rohkem midagi "
                "teha.\n\nLugupidamisega\nnotar Liis Tamm",
        "expect": [],
        "note": "Notary office, a document missing. What (the certificate copy), by when (15 "
                "March) and how (e-mail or in person), plus 'nothing more if already sent'. Clean.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud klient\n\nAlates 1. jaanuarist muutub ujula kuukaardi hind 45 eurolt "
                "49 eurole. Hinnamuutuse põhjuseks on energia- ja veekulude kasv.\n\n"
                "Lugupidamisega\nujula juhataja",
        "expect": ["R-LETTER-1"],
        "note": "Swimming pool fee change. States the new price and the reason and stops: not "
                "whether the pass renews automatically, nothing needed, or how to cancel -> "
                "R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud Mari Lepp\n\nTeie ettevõtte printeri rendileping Telekom Eestiga lõpeb "
                "30. septembril. Printeri äraviimiseks palume täita lisatud üleandmisakti ja saata "
                "see allkirjastatult tagasi hiljemalt 20. septembriks. Seejärel helistame Teile ja "
                "lepime kokku kulleri aja. Kui soovite lepingut hoopis pikendada, helistage "
                "numbril 600 2345.\n\nLugupidamisega\nRasmus Pärn\nTelekom Eesti kontoritehnika",
        "expect": [],
        "note": "Printer lease ending. The next step is an attachment to return by a date, with "
                "the alternative (extend) and a phone number. Clean.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud Ants Kivi\n\nTeie kuuldeaparaadi kontrollvisiit on 12. aprillilt "
                "edasi lükatud 19. aprillile kell 14.00, kuna audioloog osaleb algselt "
                "kokkulepitud päeval koolitusel.\n\nLugupidamisega\nkuuldekeskus",
        "expect": ["R-LETTER-1"],
        "note": "Hearing-aid check-up moved. Gives the new date and the reason but not whether to "
                "confirm, what to do if it does not suit, or that nothing is needed -> R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud Toomas Raud\n\nTeie Lapimaa reisi väljalend on lükkunud 14. detsembrilt "
                "15. detsembrile kell 7.10, sest lennufirma muutis oma sõiduplaani. Teilt ei ole "
                "midagi vaja, sest hotell ja transfeer on uue kuupäeva järgi ümber broneeritud ja "
                "uued reisidokumendid on kirjale lisatud. Kui uus kuupäev ei sobi, saate reisi "
                "1. detsembrini tasuta tühistada, helistades numbril 600 3456.\n\nLugupidamisega\n"
                "Janek Ilves\nTelekom Eesti kliendiklubi reisilaud",
        "expect": [],
        "note": "Travel desk, date moved. 'Nothing needed' with the reason, plus a conditional "
                "step with a deadline and phone number. The airline is named neutrally. Clean.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud Helle Pärn\n\nTeie 2025. aasta tuludeklaratsioon esitati 28. märtsil "
                "ilma kodulaenu intresside mahaarvamiseta, sest pangast ei olnud intresside tõendit "
                "veel saabunud. Deklaratsiooni järgi on tagastatav summa 212 eurot.\n\n"
                "Lugupidamisega\nSirje Mänd\nmaksunõustaja",
        "expect": ["R-LETTER-1"],
        "note": "Tax advice office. States that the return was filed without the interest "
                "deduction and stops: nothing on whether she should send the certificate and a "
                "correction can follow, by when, or that nothing is needed -> R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud Jaan Org\n\nVaatasime läbi Teie kahjuavalduse laoboksi veekahjustuse "
                "kohta ja hüvitame kahjustunud asjad täies ulatuses, kokku 640 eurot. Palun "
                "allkirjastage lisatud kokkulepe digitaalselt ja saatke see meile hiljemalt 30. "
                "juuniks. Summa kanname Teie kontole kümne tööpäeva jooksul pärast allkirjastatud "
                "kokkuleppe saamist.\n\nLugupidamisega\nlaoboksite klienditeenindus",
        "expect": [],
        "note": "Self-storage claim decision. What to do (sign the attached agreement digitally), "
                "by when (30 June), and what follows. Clean.",
    },
    {
        "channel": "letter",
        "text": "Lugupeetud Evi Sepp\n\nVastavalt Teie avaldusele on Teie satelliittelevisiooni "
                "leping Telekom Eestiga lõpetatud 31. mai seisuga. Viimane arve koostatakse "
                "lepingu lõppkuupäeva järgi.\n\nLugupidamisega\nTelekom Eesti klienditeenindus",
        "expect": ["R-LETTER-1"],
        "note": "Satellite-TV contract ended. Does not say whether the receiver must be returned, "
                "how the last bill is paid, or that nothing is needed -> R-LETTER-1.",
    },

    # ---------------- R-TALK-2 (position closing) ----------------
    {
        "position": "closing",
        "channel": "phone",
        "text": "Nii, prillid on tellitud ja meie andmetel jõuavad need salongi järgmisel kolmapäeval. Kas on veel "
                "midagi, millega saan täna aidata? Kui ei, siis aitäh, et helistasite, ja kui "
                "prillidega tekib küsimusi, helistage meile julgesti uuesti. Head päeva, nägemist!",
        "expect": [],
        "note": "Optician, phone closing in one turn: anything else, thanks, call again, goodbye. "
                "Clean.",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Kas saan veel millegagi abiks olla? Aitäh, et kirjutasite, ja kui telefoniga peaks "
                "jälle midagi juhtuma, võtke meiega alati ühendust.",
        "expect": ["R-TALK-2"],
        "note": "Phone-repair chat closing: anything else, thanks, come back, but no goodbye -> "
                "R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "email",
        "text": "Kas saame Teid veel millegagi aidata? Kui deklaratsiooniga seoses tekib küsimusi, "
                "kirjutage meile alati uuesti. Täname usalduse eest!\n\nLugupidamisega\nMerike Saar"
                "\nmaksunõustaja",
        "expect": [],
        "note": "Tax-advice e-mail ending: anything else, come back, thanks; the sign-off "
                "'Lugupidamisega' is the goodbye. Clean.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Auto on tellitud kella 17.30-ks Viru hotelli ette. Kas on veel midagi, millega "
                "saan aidata? Kui tagasiteel on autot vaja, helistage julgesti uuesti. Head õhtut, "
                "nägemist!",
        "expect": ["R-TALK-2"],
        "note": "Taxi phone closing: anything else, call again, goodbye, but no thanks -> "
                "R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Pole tänu väärt, aitäh Teile tellimuse eest! Kas soovite veel midagi lisada, "
                "näiteks kaarti kimbu juurde? Kui ei, siis ilusat sünnipäeva ja kui lilli jälle "
                "vaja läheb, olete meile alati oodatud. Head päeva!",
        "expect": [],
        "note": "Florist chat after the customer thanked: thanks, anything else (a card?), 'you "
                "are always welcome', goodbye ('Head päeva!'). Clean.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Aitäh, et helistasite! Kui graafikuga seoses tekib küsimusi, helistage meile alati "
                "uuesti. Head päeva ja nägemist!",
        "expect": ["R-TALK-2"],
        "note": "Swimming pool phone closing: thanks, call again, goodbye, but never asks whether "
                "anything else is needed -> R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Mhm, väga hea, et pilt on tagasi. Kas on veel midagi, mida saan Teie heaks teha? "
                "Kui mitte, siis aitäh, et helistasite, ja kui pilt peaks jälle kaduma, helistage julgesti "
                "uuesti. Ilusat õhtut, head aega!",
        "expect": [],
        "note": "Satellite-TV phone closing in spoken style: anything else, thanks, call again, "
                "goodbye ('head aega'). Clean.",
    },
    {
        "position": "closing",
        "channel": "email",
        "text": "Kas saan Teid veel millegagi aidata? Täname Teid huvi eest meie pakkumise vastu ja "
                "soovime edu homseks vestluseks.\n\nLugupidamisega\nKadi Rebane\n"
                "värbamiskonsultant",
        "expect": ["R-TALK-2"],
        "note": "Recruitment e-mail ending: anything else, thanks, sign-off as goodbye, but "
                "nothing saying the customer can always get in touch again -> R-TALK-2.",
    },
]
