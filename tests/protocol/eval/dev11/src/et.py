"""dev11 Estonian items (writer C). Organisation: Telekom Eesti, here running other desks
(tickets, bike sharing, property management, garage, vet clinic, waste collection, removals,
language school, cinema box office, lost luggage)."""

LANG = "et"
ORG = "Telekom Eesti"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def ev(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def call_start(day, hh, mm, rings):
    """ring events (5 s apart) and an answer a few seconds after the last one"""
    turns = []
    for i in range(rings):
        turns.append({"event": "ring", "by": "system",
                      "time": f"2025-{day}T{hh:02d}:{mm:02d}:{i * 5:02d}Z"})
    turns.append({"event": "answer", "by": "agent",
                  "time": f"2025-{day}T{hh:02d}:{mm:02d}:{rings * 5 - 2:02d}Z"})
    return turns


def tr(channel, agent, turns):
    return {"version": 1, "lang": "et", "channel": channel, "agent": agent,
            "organisation": ORG, "turns": turns}


TRANSCRIPTS = [
    # t01 clean
    {"transcript": tr("phone", "Kadri", call_start("03-11", 10, 4, 2) + [
        A("Tere, Telekom Eesti piletiinfo, Kadri kuuleb. Kuidas saan Teid aidata?"),
        C("Tere. Ostsin kaks piletit laupäevasele kontserdile Tartus ja nüüd tuli kiri, et "
          "kontsert lükatakse edasi. Mul on hotell juba makstud, see on ikka täiesti jabur!"),
        A("Mul on väga kahju, see on tõesti ebameeldiv, eriti kui hotell on juba broneeritud. "
          "Vaatame kohe koos, mis võimalused Teil on. Kas ütlete palun tellimuse numbri?"),
        C("Jah, see on 48213. Kas ma saan raha tagasi või pean uuel kuupäeval minema?"),
        A("Aitäh. Kas tohin Teid hetkeks ootele panna? Kontrollin, milliseid valikuid "
          "korraldaja selle kontserdi puhul pakub."),
        C("Jah, olgu."),
        ev("hold"),
        ev("resume"),
        A("Aitäh ootamast. Nii, Teil on kaks võimalust. Piletid kehtivad uuel kuupäeval, "
          "14. juunil, või saate raha täies ulatuses tagasi. Tagasimakset saab taotleda "
          "31. maini."),
        C("Aga hotell? Kas selle eest hüvitatakse ka midagi?"),
        A("Hotelli kulu me kahjuks hüvitada ei saa, sest hotelli broneering ei ole meie kaudu "
          "tehtud. Paljud hotellid muudavad sellisel juhul kuupäeva tasuta. Kui soovite, saadan "
          "Teile korraldaja kinnituse kontserdi edasilükkamise kohta, mida saate hotellile "
          "näidata."),
        C("Jah, saatke see palun. Ja ma võtan siis raha tagasi."),
        A("Selge. Vormistasin tagasimakse, 78 eurot, ja korraldaja kinnituse saatsin Teie "
          "e-postile. Meie teeme ülekande homme, pangast sõltuvalt jõuab raha kontole tavaliselt "
          "kahe kuni viie tööpäevaga. Kas saan veel millegagi aidata?"),
        C("Ei, see oli kõik. Aitäh."),
        A("Aitäh Teile, et helistasite. Kui midagi veel tekib, helistage julgelt uuesti. "
          "Head päeva!"),
        ev("hangup", by="customer"),
    ]),
     "expect": [],
     "note": "Concert postponed; customer angry about a prepaid hotel ('totally absurd!'). "
             "Agent apologises and offers to go through the options; hold asked with a reason "
             "and thanked after; both questions answered (refund or new date; hotel: cannot be "
             "reimbursed, with an alternative, the organiser's confirmation to show the hotel). "
             "Closing spread over the last two agent turns. The hotel refusal comes with an "
             "alternative, so it is not a flat refusal."},

    # t02 R-TALK-12
    {"transcript": tr("chat", "Rasmus", [
        A("Tere! Olete ühenduses Telekom Eesti rattaringluse klienditoega, minu nimi on "
          "Rasmus. Kuidas saan Teid aidata?"),
        C("tere, rentisin eile õhtul elektriratta ja see läks 10 minuti pärast lihtsalt välja. "
          "pidin seda kilomeetri maad käsitsi lükkama ja te võtsite veel 9 eurot ka. täiesti "
          "naeruväärne"),
        A("Palun kirjutage mulle sõidu kellaaeg ja ratta number, siis vaatan sõidu andmed üle."),
        C("eile umbes 21.30, ratas 5528. kas see ratas on praegu ikka kasutusel? ei taha et "
          "keegi teine sama asja peale satuks"),
        A("Aitäh. Näen, et ratta aku oli sõidu ajal peaaegu tühi. Märkisin ratta hoolduseks ja "
          "see on praegu kasutusest väljas. Tegin Teile tagasimakse 9 eurot ja lisasin kontole "
          "ühe tasuta 30-minutilise sõidu."),
        C("ok, aitäh. millal raha tagasi tuleb"),
        A("Tagasimakse on meie poolt tehtud täna, pangast sõltuvalt jõuab see Teie kaardile "
          "tavaliselt kahe kuni viie tööpäevaga. Kas saan veel millegagi aidata?"),
        C("ei rohkem midagi"),
        A("Aitäh, et andsite teada! Kui tekib veel küsimusi, kirjutage meile igal ajal. "
          "Head õhtut!"),
    ]),
     "expect": ["R-TALK-12"],
     "note": "E-bike died after 10 minutes, customer pushed it a kilometre and was charged "
             "('utterly ridiculous'). The next agent turn asks for the ride details (a way "
             "forward) but has no apology at all: R-TALK-12. Later the agent explains the cause "
             "(battery nearly empty, no blame), takes the bike out of use, refunds; both "
             "questions answered (is the bike still in use; when does the money come); "
             "closing complete."},

    # t03 clean
    {"transcript": tr("chat", "Triin", [
        A("Tere! Kirjutab Triin, Telekom Eesti kinnisvarahaldus. Kuidas saan Teid aidata?"),
        C("Tere. Elan Pärnu mnt 41 korteris 12. Meil on juba kolmandat päeva radiaatorid "
          "külmad, eile helistasin ja lubati, et keegi tuleb, aga mitte keegi ei tulnud!"),
        A("Vabandan väga, et lubatud külastus jäi ära ja Te olete kolm päeva külmas korteris "
          "olnud. Saadan täna tehniku Teie juurde, tal on vaba aeg kella 15 ja 17 vahel. "
          "Kas see sobib Teile?"),
        C("Sobib, olen kodus. Kas probleem on ainult meie korteris või terves majas?"),
        A("Teie majast on täna hommikul tulnud veel kaks samasugust teadet, mõlemad "
          "ülemistelt korrustelt. Tõenäoliselt on viga maja küttesüsteemis, mitte ainult Teie "
          "korteris, ja tehnik kontrollib ka seda."),
        C("Ok. Ja kas me saame selle aja eest mingi hüvituse? Külma korteri eest ei taha ju "
          "täit kommunaalmakset maksta"),
        A("See on täiesti arusaadav küsimus ja vabandan veel kord ebamugavuse pärast. Hüvituse "
          "üle otsustab ühistu juhatus: edastan Teie taotluse täna koos tehniku kokkuvõttega "
          "ja annan Teile vastuse hiljemalt reedeks, 14. märtsiks."),
        C("Hästi, aitäh."),
        A("Kas saan veel millegagi aidata?"),
        C("Ei, praegu mitte."),
        A("Aitäh, et kirjutasite. Kui pärast tehniku külastust on veel midagi, andke meile "
          "julgelt uuesti teada. Head päeva ja sooja õhtut!"),
    ]),
     "expect": [],
     "note": "Property manager: radiators cold for three days, a promised visit never came "
             "('nobody came!'). Apology plus a technician today 15-17; the 'only our flat?' "
             "question answered (other reports, probably the building's heating); the "
             "compensation question answered honestly (the board decides, answer by Friday "
             "14 March) with a second apology for the mild complaint. Closing spread over the "
             "last two agent turns."},

    # t04 R-TALK-10, R-TALK-2
    {"transcript": tr("phone", "Andres", call_start("03-12", 15, 1, 1) + [
        A("Telekom Eesti autoteenindus, tere, Andres kuuleb. Kuidas saan aidata?"),
        C("Tere. Tõin eile auto hooldusesse ja mulle öeldi, et täna kella kaheks on valmis. "
          "Nüüd on kell kolm ja keegi pole helistanud. Mul on autot õhtul hädasti vaja!"),
        A("Vabandan, et Teile ei helistatud, nagu lubatud. Vaatan kohe järele, kus Teie auto "
          "töö seisab. Mis on auto registreerimisnumber?"),
        C("412 BKT, Volkswagen Passat."),
        A("Selge. Üks hetk, vaatan mehaaniku märkmed üle."),
        ev("hold"),
        ev("resume"),
        A("Aitäh ootamast. Mehaanik leidis hoolduse käigus, et eesmised piduriklotsid on "
          "peaaegu läbi kulunud, ja ootas Teie nõusolekut. Teile jäi kahjuks helistamata, see "
          "on meie viga."),
        C("Mhm. Ja palju see maksab? Ja kas ma saan auto täna kätte?"),
        A("Piduriklotsid koos tööga maksavad 145 eurot. Kui kinnitate praegu, teeb mehaanik "
          "töö kella kuueks valmis ja ma helistan Teile kohe, kui see on tehtud."),
        C("Olgu, tehke ära."),
        A("Kinnitasin töö. Kas saan veel millegagi aidata?"),
        C("Ei, see on kõik."),
        A("Aitäh, et helistasite, ja head päeva!"),
        ev("hangup", by="customer"),
    ]),
     "expect": ["R-TALK-10", "R-TALK-2"],
     "note": "Garage: car not ready at the promised time, nobody called. The complaint is "
             "answered correctly (apology + checking now). Hold: 'One moment, I'll look at the "
             "mechanic's notes' gives a reason but does not ask permission: R-TALK-10 (thanks "
             "after resume is there). Both questions (price, today?) answered. Closing has "
             "anything else, thanks and goodbye but never says the customer can call again: "
             "R-TALK-2."},

    # t05 clean, with a transfer
    {"transcript": tr("phone", "Piret", call_start("03-14", 9, 30, 2) + [
        A("Tere, Telekom Eesti loomakliinik, Piret kuuleb. Kuidas saan Teid aidata?"),
        C("Tere. Minu koer Muri käis esmaspäeval vereproovis ja mulle öeldi, et tulemused on "
          "kahe päevaga olemas ja arst helistab. Nüüd on reede ja keegi ei ole mulle midagi "
          "öelnud, ma olen juba väga mures."),
        A("Palun vabandust, et Te pidite nii kaua ootama ja keegi ei helistanud. Vaatan kohe, "
          "kas tulemused on olemas. Kas ütlete oma perekonnanime?"),
        C("Saar. Koer on Muri, saksa lambakoer."),
        A("Aitäh. Jah, tulemused saabusid eile õhtul ja dr Kask on need läbi vaadanud. Kas "
          "tohin Teid temaga ühendada? Ta saab tulemused Teile kohe ise ära selgitada."),
        C("Jah, palun. Kas ta on praegu vaba?"),
        A("Jah, tal on praegu vastuvõttude vahel paus. Ühendan Teid kohe, palun jääge liinile."),
        ev("transfer", to="veterinarian"),
        A("Tere, siin dr Kask. Piret rääkis mulle, et ootate Muri vereproovi tulemusi. "
          "Vabandan, et me ei helistanud Teile kokkulepitud ajal."),
        C("Jah. Kas temaga on midagi tõsist?"),
        A("Ei, midagi tõsist ei ole. Maksanäitajad on veidi üle normi, aga selles vanuses "
          "koertel on see sage. Soovitan proovi kuu aja pärast korrata ja seni anda talle "
          "kergemat toitu."),
        C("Selge, see on suur kergendus. Kas kordusproovi aja saan kohe kinni panna?"),
        A("Muidugi. Mul on vaba aeg 11. aprillil kell 10.30, kas see sobib?"),
        C("Sobib."),
        A("Panin aja kirja, kinnitus tuleb Teile sõnumiga. Kas on veel midagi, millega saan "
          "aidata?"),
        C("Ei, aitäh Teile."),
        A("Aitäh, et helistasite. Kui Muril tekib enne kordusproovi mingeid muresid, helistage "
          "meile julgelt. Head nädalavahetust, nägemist!"),
        ev("hangup", by="customer"),
    ]),
     "expect": [],
     "note": "Vet clinic: blood test results promised in two days, nobody called by Friday. "
             "Receptionist apologises and checks at once, explains the transfer and asks "
             "before connecting to the vet (a summary is passed on); the vet greets by name, "
             "apologises again, answers 'is it serious?' and books the repeat test. Every "
             "question answered ('is she free now?' yes). Closing by the vet spread over the "
             "last two turns."},

    # t06 R-TALK-6, R-TALK-12
    {"transcript": tr("chat", "Maarja", [
        A("Tere! Telekom Eesti jäätmeveo klienditugi, kirjutab Maarja. Kuidas saan Teid aidata?"),
        C("Tere. Meie prügikonteiner on jälle tühjendamata, juba teist korda selle kuu jooksul. "
          "Maksan arve iga kuu õigel ajal ära, aga teenust ei saa. Mis toimub?"),
        A("Autojuhi märkme järgi oli Teie värav tühjenduspäeva hommikul lukus ja konteinerini "
          "ei pääsenud. Konteiner peab olema tühjenduspäeval kella seitsmeks ligipääsetav, see "
          "on ka lepingus kirjas."),
        C("Värav ei olnud lukus, kontrollisin ise. Kas keegi saab täna või homme tulla ja selle "
          "ära tühjendada?"),
        A("Saan tellida lisatühjenduse homseks, auto käib Teie piirkonnas kella 8 ja 14 vahel. "
          "See on Teile tasuta."),
        C("Hea küll. Ja kuidas ma järgmine kord teada saan, et auto käis?"),
        A("Kui soovite, lisan Teie telefoninumbrile sõnumiteavituse: saate sõnumi tühjenduspäeva "
          "hommikul ja siis, kui konteiner on tühjendatud."),
        C("jah lisage"),
        A("Lisasin teavituse numbrile, mis lõpeb 4417. Kas saan veel millegagi aidata?"),
        C("ei"),
        A("Aitäh, et kirjutasite! Kui midagi veel vaja, võtke meiega alati ühendust. "
          "Ilusat päeva!"),
    ]),
     "expect": ["R-TALK-6", "R-TALK-12"],
     "note": "Waste collection: bin skipped for the second time this month. The next agent "
             "turn blames the customer (gate locked) and points at the contract, with no "
             "apology and nothing offered: R-TALK-6 and R-TALK-12. 'What is going on?' is "
             "answered (by the blame). After the customer disputes it, the agent offers a free "
             "extra collection and SMS alerts without arguing further; all questions answered; "
             "closing complete."},

    # t07 clean
    {"transcript": tr("phone", "Marko", call_start("03-13", 13, 20, 3) + [
        A("Tere, Telekom Eesti kolimisteenus, Marko kuuleb. Kuidas saan Teid aidata?"),
        C("Tere. Teie mehed kolisid eile meie asjad uude korterisse ja nüüd ma näen, et "
          "söögilaua plaat on mõrane. Täiesti saamatu töö!"),
        A("Vabandan väga, nii ei tohiks minna. Vormistame kohe kahjuteate ja leiame lahenduse. "
          "Kas ütlete palun oma nime ja kolimise aadressi?"),
        C("Liina Org, kolisime Kase tänav 5 peale. Kas te maksate selle kinni või mis nüüd saab?"),
        A("Teie kolimisel kehtis meie kindlustus, seega katame kahju kas parandamise või "
          "hüvitisega. Kas tohin Teid paariks minutiks ootele panna? Vaatan, millal meie "
          "mööblirestauraator saaks laua üle vaatama tulla."),
        C("Jah, olgu."),
        ev("hold"),
        ev("resume"),
        A("Tänan, et ootasite. Restauraator saab tulla esmaspäeval kella 9 ja 12 vahel. Kui "
          "plaati parandada ei saa, hüvitame laua hinna ostutšeki või hinnangu alusel."),
        C("Esmaspäev sobib. Aga kui kaua parandus kestab? Me peame ju kuskil sööma."),
        A("Mõistan, ja vabandan ebamugavuse pärast. Täpse aja ütleb restauraator kohapeal, "
          "sellise plaadi parandus kestab tavaliselt kolm kuni viis tööpäeva. Kui Teil on "
          "seniks lauda vaja, toome homme meie laost tasuta ajutise laua."),
        C("Oi, see oleks küll hea. Homme pärast kella nelja oleme kodus."),
        A("Kirjas: ajutine laud homme pärast kella 16 ja restauraator esmaspäeval kella 9 ja "
          "12 vahel. Kas on veel midagi, millega saan aidata?"),
        C("Ei, aitäh."),
        A("Aitäh Teile, et helistasite ja andsite teada. Kui veel midagi selgub, helistage "
          "meile julgelt uuesti. Head päeva, nägemist!"),
        ev("hangup", by="customer"),
    ]),
     "expect": [],
     "note": "Removals: table top cracked in the move ('totally incompetent work!'). Apology "
             "and a damage claim at once; 'will you pay?' answered (insured: repair or "
             "compensation); hold asked with a reason, thanked after; 'how long does the "
             "repair take?' answered with a usual range plus a temporary table, and the mild "
             "'we have to eat somewhere' gets an apology too. Three rings only. Closing over "
             "the last two turns."},

    # t08 R-TALK-9
    {"transcript": tr("chat", "Helen", [
        A("Tere! Telekom Eesti keelekool, kirjutab Helen. Kuidas saan Teid aidata?"),
        C("Tere, sain just kirja, et minu hispaania keele algkursus jääb ära, sest osalejaid ei "
          "tulnud piisavalt. Olin juba puhkuse selle järgi planeerinud, olen väga pettunud."),
        A("Mul on väga kahju, et kursus jäi ära ja see segab Teie plaane. Saan pakkuda Teile "
          "kohta paralleelrühmas või tagastada kursuse tasu täies ulatuses."),
        C("Mis päevadel paralleelrühm käib? Ja kui ma otsustan raha tagasi võtta, kui "
          "kiiresti see tuleb?"),
        A("Paralleelrühm käib koos teisipäeviti ja neljapäeviti kell 18.00–19.30, algus on "
          "8. aprillil. Rühmas on praegu kaheksa inimest ja vabu kohti on veel neli."),
        C("hmm, teisipäev mulle eriti ei sobi. kas mõni veebikursus ka on?"),
        A("Jah, 14. aprillil algab hispaania keele veebikursus, tunnid on esmaspäeva õhtuti ja "
          "salvestused jäävad kuuks ajaks kättesaadavaks. Kas soovite, et registreerin Teid "
          "sinna?"),
        C("jah, palun registreerige"),
        A("Registreerisin Teid veebikursusele, kinnituse koos lingiga saate täna e-postile. "
          "Kas saan veel millegagi aidata?"),
        C("ei, aitäh"),
        A("Aitäh Teile ja vabandan veel kord ebamugavuse pärast! Kui tekib küsimusi, kirjutage "
          "meile igal ajal. Kohtumiseni tunnis ja head päeva!"),
    ]),
     "expect": ["R-TALK-9"],
     "note": "Language school: beginners' course cancelled, customer disappointed; apology "
             "with two options (parallel group or full refund) is correct. The customer asks "
             "two questions: which days the parallel group meets (answered) and how fast a "
             "refund would come (never answered, also not later): R-TALK-9. The online course "
             "question is answered; closing complete."},

    # t09 clean
    {"transcript": tr("chat", "Siim", [
        A("Tere! Telekom Eesti kinokassa, kirjutab Siim. Kuidas saan Teid aidata?"),
        C("tere. ostsin eile netist 3 piletit reedesele seansile ja pangast vaadates on raha "
          "kaks korda maha võetud!! mis jama see on"),
        A("Vabandan, see on tõesti ebameeldiv üllatus. Kontrollin Teie ostu kohe üle ja kui "
          "makse on läinud kaks korda, tagastan teise summa veel täna. Mis e-posti aadressiga "
          "Te ostu tegite?"),
        C("kati.lepp@mail.ee"),
        A("Aitäh. Näen, et esimene makse katkes pangaühenduse vea tõttu, kuid summa jäi "
          "broneerituks, ja teisel katsel läks ost läbi. Teil on üks kehtiv ost: 3 piletit "
          "reedeks kell 19.15. Tagastasin teise makse, 27 eurot, just praegu."),
        C("ok. kas see tuleb kohe tagasi või pean ootama? ja kas ma saan piletid telefonist "
          "näidata või pean välja printima"),
        A("Tagastus on meie poolt tehtud, pank kannab selle Teie kontole tavaliselt ühe kuni "
          "kolme tööpäevaga. Printida ei ole vaja, saali pääsete telefonis oleva QR-koodiga."),
        C("super, aitäh"),
        A("Palun! Kas saan veel millegagi abiks olla?"),
        C("ei, kõik korras"),
        A("Aitäh, et kirjutasite, ja head kinoelamust reedel! Kui tekib veel küsimusi, "
          "kirjutage meile alati. Kõike head!"),
    ]),
     "expect": [],
     "note": "Cinema box office: charged twice for tickets ('!!', 'what nonsense'). Apology "
             "plus a refund today if confirmed; the cause is explained without blame (a bank "
             "connection error, the held amount); both later questions (when does it come "
             "back; phone or print?) answered, the second one typed without '?'. Closing "
             "spread over the last two turns ('Kõike head!' is the goodbye)."},

    # t10 R-TALK-12, R-TALK-2
    {"transcript": tr("phone", "Kristiina", call_start("03-10", 18, 45, 2) + [
        A("Tere, Telekom Eesti reisiteenuste pagasiinfo, Kristiina kuuleb. Kuidas saan Teid "
          "aidata?"),
        C("Tere. Lendasin eile Londonist Tallinna ja mu kohver ei tulnud kohale. Lennujaamas "
          "anti mingi paber ja öeldi, et helistatakse, aga keegi ei ole helistanud. Mul on "
          "kõik riided seal sees!"),
        A("Saan aru. Öelge mulle palun pagasiteate number, see algab tähtedega TLL."),
        C("TLL48291. Kas te üldse teate, kus see kohver on?"),
        A("Vabandan, et Teile ei ole seni helistatud. Vaatasin teate üle: Teie kohver leiti "
          "täna hommikul Londonis ja see on broneeritud tänasele õhtulennule. Meie kuller "
          "helistab Teile homme enne tulekut, et kohver koju tuua."),
        C("Hea. Kas ma saan seniks ostetud asjade eest raha tagasi?"),
        A("Jah, esmavajalike asjade ostu hüvitame kuni 100 euro ulatuses. Saatke tšekid meile "
          "e-postiga koos pagasiteate numbriga ja me vastame Teile kümne tööpäeva jooksul."),
        C("Selge. Ja kas kuller võib tulla pärast kella viit? Enne olen tööl."),
        A("Jah, märkisin, et kuller tuleks pärast kella 17. Kas saan veel millegagi aidata?"),
        C("Ei, see oli kõik."),
        A("Hea. Kui kuller on käinud ja midagi jääb veel lahtiseks, helistage meile julgelt "
          "uuesti. Head õhtut!"),
        ev("hangup", by="customer"),
    ]),
     "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "Lost luggage: suitcase missing, promised call never came. The next agent turn "
             "is only 'I understand' and a request for the reference, with no apology: "
             "R-TALK-12. The second complaint ('do you even know where it is?') gets an "
             "apology and a plan, so it is fine. All questions answered. Closing asks anything "
             "else, says call again, says goodbye, but never thanks the customer: R-TALK-2."},
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set): clean, violation, ...
    {"text": "Tere! B1-taseme kursuse hind on 320 eurot ja sinna kuuluvad ka õpik ning "
             "töövihik. Kevadrühmas on veel kolm vaba kohta, kursus algab 7. aprillil. Kui "
             "soovite koha kinni panna, saatke meile palun oma nimi ja telefoninumber.\n\n"
             "Lugupidamisega\nEve\nTelekom Eesti keelekool",
     "channel": "email",
     "customer": "Tere! Kas teie B1-taseme eesti keele kursusel on veel vabu kohti? Ja palju "
                 "kursus maksab, kas õpikud on hinna sees?",
     "expect": [],
     "note": "Language school. Three questions (free places? price? books included?) all "
             "answered, in another order; 'books included' answered as 'the book and workbook "
             "are part of it'."},
    {"text": "Tere! Vaatasin Teie sõidu üle. Süsteem lõpetas sõidu alles 48 minuti pärast, "
             "sest rakendus ei saanud lõpetamise kinnitust: tõukeratta asukohasignaal oli sel "
             "hetkel nõrk. Meie hinnakiri on minutipõhine, 0,25 eurot minutis, ja nii tuligi "
             "summaks 12 eurot.",
     "channel": "chat",
     "customer": "miks mult võeti 12 eurot kui ma sõitsin ainult 5 minutit?? ja kas ma saan "
                 "selle raha tagasi",
     "expect": ["R-TALK-9"],
     "note": "Scooter sharing. 'Why 12 euros?' is answered (weak GPS signal, per-minute price, "
             "no blame). 'Can I get the money back' is met only with more on the price, never "
             "answered: R-TALK-9."},
    {"text": "Tere! Remondi täpne algus selgub siis, kui ehitajaga on leping sõlmitud, "
             "eeldatavasti märtsi lõpus. Kirjutan Teile hiljemalt 21. märtsil, kui kuupäev on "
             "kinnitatud. Lift jääb remondi ajal kasutusse, välja arvatud kahel päeval, mil "
             "vahetatakse esimese korruse põrandat. Nendest päevadest anname teada vähemalt "
             "nädal ette.\n\nLugupidamisega\nJaan\nTelekom Eesti kinnisvarahaldus",
     "channel": "email",
     "customer": "Tere. Sooviksin teada, millal meie maja trepikoja remont algab ja kas remondi "
                 "ajal saab lifti kasutada. Mul on väike laps ja lapsevanker, nii et see on "
                 "minu jaoks oluline.",
     "expect": [],
     "note": "Property manager. Two embedded questions ('I'd like to know when ... and whether "
             "the lift ...'). Start date: an honest 'not fixed yet, probably end of March' with "
             "a dated follow-up (21 March); lift: usable except two announced days. 'väike' in "
             "the customer text is not a diminutive."},
    {"text": "Tere! Jah, palun ärge andke Miisule süüa alates kolmapäeva õhtul kella 22-st, "
             "vett võib ta juua hommikuni. Saan aru, et ootamine tekitab muret, aga see on meie "
             "kliinikus väga tavaline protseduur. Koju saate Miisu viia samal päeval pärast "
             "kella 16, kui ta on narkoosist täielikult ärganud.",
     "channel": "chat",
     "customer": "Tere, mu kass Miisu läheb neljapäeval steriliseerimisele. Kas ta peab enne "
                 "operatsiooni söömata olema? Kui kaua operatsioon kestab? Ja kas ma saan ta "
                 "samal päeval koju viia?",
     "expect": ["R-TALK-9"],
     "note": "Vet clinic, three questions. Fasting: answered. Same-day home: answered. "
             "'How long does the operation take?' is met only with sympathy and 'a very "
             "routine procedure', never a duration: R-TALK-9. 'Miisu' is the cat's name, not "
             "a diminutive used by the agent."},
    {"text": "Tere! Laupäeval näitame seda filmi kaks korda, kell 15.30 ja 19.00. Saal 2, kus "
             "filmi näidatakse, on ratastooliga ligipääsetav ja seal on kaks ratastoolikohta "
             "koos saatja kohaga. Soovi korral broneerin need kohad Teie emale ja Teile kohe.",
     "channel": "chat",
     "customer": "tere mis kell laupaeval see uus eesti film algab ja kas ratastooliga saab "
                 "saali sisse, mu ema kasutab ratastooli",
     "expect": [],
     "note": "Cinema box office. Customer writes without diacritics and without '?'; two "
             "questions (what time on Saturday; wheelchair access) both answered."},
    {"text": "Tere! Jah, töötame ka laupäeviti ja 24. mai on meil veel vaba, nii et saame selle "
             "päeva Teile broneerida. Klaveri veo teevad meil vastava väljaõppega töötajad, "
             "kellel on olemas spetsiaalsed rihmad ja kärud. Pakkumise kinnitamiseks vastake "
             "palun sellele kirjale.\n\nLugupidamisega\nTõnu\nTelekom Eesti kolimisteenus",
     "channel": "email",
     "customer": "Tere! Plaanime kolimist 24. mail, see on laupäev. Kas teil on ka "
                 "nädalavahetusel töötajaid? Ja kas klaveri vedu on pakkumise hinnas sees või "
                 "tuleb see eraldi?",
     "expect": ["R-TALK-9"],
     "note": "Removals. Weekend work: answered. 'Is the piano in the quoted price or extra?' is "
             "answered with something on the same topic (trained staff, straps and trolleys) "
             "that says nothing about the price: R-TALK-9."},
    {"text": "Tere! Rehvivahetuseks on vaja aeg broneerida, seda saate teha meie kodulehel või "
             "siinsamas vestluses. Nelja rehvi vahetus võtab umbes 30 minutit, kui jätate rehvid "
             "meile hoiule, lisandub veel umbes 5 minutit. Kas soovite, et otsin Teile vaba aja?",
     "channel": "chat",
     "customer": "Tere. Kas rehvivahetus käib elava järjekorra alusel või pean aja broneerima? "
                 "ja kaua see umbes kestab",
     "expect": [],
     "note": "Car service garage. Either-or question answered ('a booking is needed'), the "
             "duration answered with a concrete figure (not a vague 'may take a while')."},
    {"text": "Tere! Kuuse tänava järgmine biojäätmete vedu on kolmapäeval, 8. jaanuaril. "
             "Palun jälgige, et konteineri kaas oleks suletud ja konteiner oleks hommikul kella "
             "seitsmeks tänava ääres.\n\nLugupidamisega\nMaarja\nTelekom Eesti jäätmevedu",
     "channel": "email",
     "customer": "Tere. Millal on järgmine biojäätmete vedu Kuuse tänaval? Ja kas jõulukuuse "
                 "võib lihtsalt konteineri kõrvale panna või kuhu see viia?",
     "expect": ["R-TALK-9"],
     "note": "Waste collection. Next collection date answered; the Christmas tree question "
             "(next to the bin, or where to take it?) is ignored; the reminder about the bin "
             "lid does not answer it: R-TALK-9."},
    {"text": "Tere! Vabandame, et Teie kohver ei ole veel kohale jõudnud. Ravimite ja muude "
             "esmavajalike asjade kulud hüvitame: saatke meile palun apteegi tšeki foto ja "
             "pagasiteate number aadressile pagas@telekomeesti.ee. Vaatame taotluse läbi viie "
             "tööpäeva jooksul ja teatame otsusest Teile e-posti teel.\n\nLugupidamisega\n"
             "Kristiina\nTelekom Eesti pagasiinfo",
     "channel": "email",
     "customer": "Tere. Mu kohver on juba kolmandat päeva kadunud ja sees olid ka mu ravimid, "
                 "mis pidin apteegist uuesti ostma. Kas te hüvitate need kulud? Ja mida ma "
                 "selleks saatma pean?",
     "expect": [],
     "note": "Lost luggage. Yes/no answered implicitly ('we reimburse'), and what to send is "
             "answered (receipt photo, reference number, address)."},
    {"text": "Tere! Hilinejad saavad saali siseneda esimese loo lõpus, kui saaliteenindaja neid "
             "juhatab. Soovitame siiski tulla kohale vähemalt 15 minutit enne algust, sest enne "
             "kontserti on garderoobis tavaliselt järjekord.",
     "channel": "chat",
     "customer": "Tere! Ostsin piletid perele laupäevasele lastekontserdile. Kas alla 3-aastane "
                 "laps vajab ka piletit? Ja kui me jääme natuke hiljaks, kas saali lastakse veel "
                 "sisse?",
     "expect": ["R-TALK-9"],
     "note": "Event tickets. Late arrival answered; 'does a child under 3 need a ticket?' is "
             "never addressed: R-TALK-9. The advice to come early is polite, not lecturing."},
    {"text": "Tere! Konto peatati täna öösel automaatselt, sest Teie kontole lisatud pangakaardi "
             "kehtivus lõppes. Uuesti registreeruda ei ole vaja: kui lisate rakenduse menüüs "
             "„Makseviisid“ uue kaardi, on konto kohe jälle aktiivne.",
     "channel": "chat",
     "customer": "Tere. Miks rakendus näitab, et mu konto on peatatud? Eile sain veel sõita. Ja "
                 "kas see tähendab, et pean uuesti registreeruma?",
     "expect": [],
     "note": "Bike/scooter sharing. 'Why suspended?' answered (the card expired, stated without "
             "blame); the follow-up referring back ('does that mean I must register again?') "
             "answered with 'no need' plus the step."},
    {"text": "Tere! Kevadvaheajal, 21.–25. aprillil, tunde ei toimu ja järgmine tund on "
             "esmaspäeval, 28. aprillil. Puudumiste arvu näete meie õppijaportaalis, kui logite "
             "sisse ja valite menüüst „Tunniplaan ja kohalolek“.\n\nLugupidamisega\nHelen\n"
             "Telekom Eesti keelekool",
     "channel": "email",
     "customer": "Tere. Mu poeg käib teie inglise keele kursusel. Kas tunnid toimuvad ka "
                 "kevadvaheajal? Kui ei, kas need tehakse hiljem tasa? Ja kust ma näen, mitu "
                 "tundi ta on puudunud?",
     "expect": ["R-TALK-9"],
     "note": "Language school, three questions. Holiday classes: no. The fallback question "
             "('if not, are they made up later?') becomes live because the answer is no, and "
             "it is never answered. Absences: answered. R-TALK-9."},

    # ---------------- R-TALK-6: clean, violation, ...
    {"text": "Tere! Vaatasin Teie reisi andmed üle. Kohver ei jõudnud Frankfurdis järgmisele "
             "lennule, sest esimese lennu hilinemise tõttu jäi ümberistumiseks väga vähe aega. "
             "Kohver on leitud ja broneeritud homsele hommikulennule Tallinna. Helistame Teile "
             "homme enne lõunat, et leppida kokku, millal kuller selle Teile toob.",
     "channel": "email",
     "expect": [],
     "note": "Lost luggage: the cause is explained without blaming anyone (a delayed first "
             "flight left a short connection); concrete next step with a time."},
    {"text": "Tere! Vaatasin Teie juhtumi üle. Kohver jäi maha, sest Te tõite selle "
             "registreerimislauda alles viimasel minutil, kui pagasi vastuvõtt oli juba "
             "sulgemas. Kohver on broneeritud tänasele õhtulennule ja kuller võtab Teiega "
             "homme hommikul ühendust.",
     "channel": "email",
     "expect": ["R-TALK-6"],
     "note": "Lost luggage: the agent blames the customer directly ('because you brought it to "
             "the desk at the last minute') before helping: R-TALK-6."},
    {"text": "Tere, härra Mänd! Vabandame, see oli meie viga: tarnija teatas meile juba "
             "esmaspäeval, et varuosa hilineb, aga meie ei andnud seda Teile edasi. Varuosa on "
             "nüüd kohal ja Teie auto on valmis homme kella 15-ks. Kuna Te pidite ootama, ei "
             "võta me selle hoolduse eest töötasu.",
     "channel": "email",
     "expect": [],
     "note": "Garage: the company owns its mistake; the supplier is mentioned neutrally (it "
             "did inform us); dated own commitment and a goodwill gesture."},
    {"text": "Tere! Teie auto remont venis kolm päeva, kuna lisatööde kinnitust ei antud õigel "
             "ajal ja mehaanikud ei saanud tööga edasi minna. Auto on nüüd valmis ja selle saab "
             "kätte tööpäeviti kella 8–18.",
     "channel": "email",
     "expect": ["R-TALK-6"],
     "note": "Garage: implied blame in impersonal wording ('the approval for the extra work "
             "was not given in time', i.e. by the customer): R-TALK-6."},
    {"text": "Tere! Vaatasin meie kokkuleppe üle: tellimuses on kolimise kuupäevaks märgitud "
             "14. mai, mitte 12. mai. Võimalik, et kuupäevad läksid telefonivestluses segamini, "
             "ja vabandan selle pärast. Kui 12. mai on Teile oluline, on meil sel päeval veel "
             "üks meeskond vaba ja saan kolimise kohe ümber tõsta.",
     "channel": "chat",
     "expect": [],
     "note": "Removals: a polite correction (the order says 14 May, not 12 May) without "
             "saying who was wrong, with an apology and an offer to move it."},
    {"text": "Tere! See ei vasta tõele, et meie meeskond hilines. Autojuhi andmete järgi olid "
             "nad Teie ukse taga täpselt kell 9, nagu kokku lepitud, ja ootasid veerand tundi. "
             "Kui soovite kolimise uuele ajale tõsta, saan pakkuda järgmist neljapäeva.",
     "channel": "chat",
     "expect": ["R-TALK-6"],
     "note": "Removals: the agent flatly contradicts the customer ('That is not true that our "
             "team was late') and argues with data; the later offer does not undo it: "
             "R-TALK-6."},
    {"text": "Tere! Teie konteiner jäi teisipäeval tühjendamata, sest meie prügiauto läks "
             "hommikul rikki ja osa marsruudist jäi läbimata. See ei olnud kuidagi Teie süü ja "
             "vabandame ebamugavuse pärast. Saatsime täna asendusauto, mis tühjendab Teie "
             "konteineri enne kella 18.",
     "channel": "email",
     "expect": [],
     "note": "Waste collection: our own truck broke down; negated blame ('not your fault in "
             "any way'), apology and a replacement collection today."},
    {"text": "Tere! Nagu ma juba eelmises kirjas selgitasin, ei tohi segaolmejäätmete "
             "konteinerisse panna ehitusprahti. Lepingu punkt 4.2 ütleb seda väga selgelt ja "
             "oleks mõistlik see enne tellimist läbi lugeda. Seekord jäi konteiner seetõttu "
             "tühjendamata.",
     "channel": "email",
     "expect": ["R-TALK-6"],
     "note": "Waste collection: lecturing ('as I already explained', 'it would be sensible to "
             "read it before ordering', citing the clause at the customer), with nothing "
             "offered: R-TALK-6."},
    {"text": "Tere! Ostetud kinopileteid me kahjuks raha vastu tagastada ei saa, kuid saan Teie "
             "piletid tasuta ümber vahetada mõnele teisele seansile kuu aja jooksul. Kui ükski "
             "aeg ei sobi, võin piletid asendada sama väärtusega kinkekaardiga, mis kehtib "
             "aasta. Kumb variant Teile rohkem sobib?",
     "channel": "chat",
     "expect": [],
     "note": "Cinema: a refusal (no cash refund) with two alternatives and a question back; "
             "not a flat refusal."},
    {"text": "Tere! Vastavalt piletimüügi üldtingimuste punktile 7 ostetud pileteid ei vahetata "
             "ega tagastata. Erandeid ei tehta, ka haiguse korral mitte. Otsus on lõplik.",
     "channel": "email",
     "expect": ["R-TALK-6"],
     "note": "Theatre/event tickets: a flat bureaucratic refusal ('no exceptions, not even "
             "for illness, the decision is final') with no alternative: R-TALK-6."},
    {"text": "Tere, proua Kivi! Kirjutasite, et registratuur oli Teiega telefonis „täiesti "
             "ükskõikne“, ja mul on väga kahju, et Te end nii tundsite. Rääkisin juhtumist meie "
             "registratuuri juhi Annega ja ta helistab Teile täna pärast lõunat. Teie koera "
             "kontrollvisiidi panin kolmapäevaks kell 11, kas see aeg sobib?",
     "channel": "email",
     "expect": [],
     "note": "Vet clinic: the customer's words are quoted ('totally indifferent') with an "
             "apology; a colleague is named neutrally; a follow-up call and a booking. Not "
             "running down the colleague."},
    {"text": "Tere! Vabandust segaduse pärast. Ausalt öeldes ei ole see esimene kord, kui meie "
             "uus registraator aegu valesti kirja paneb, ta lihtsalt ei vaata kalendrisse. Ka "
             "meie broneerimissüsteem on üsna kasutu. Panin Teie koera vastuvõtu nüüd reedeks "
             "kell 14.",
     "channel": "chat",
     "expect": ["R-TALK-6"],
     "note": "Vet clinic: apologises and rebooks, but runs down a colleague ('not the first "
             "time our new receptionist gets it wrong, she just doesn't look at the calendar') "
             "and the company's system ('pretty useless'): R-TALK-6."},

    # ---------------- R-LETTER-1 (letters): clean, violation, ...
    {"text": "Lugupeetud proua Tamm\n\nTeatame, et Teie üürilepingu tagatisraha 900 eurot kanti "
             "3. märtsil tagasi Teie pangakontole, mis lõpeb numbritega 2271. Korteri "
             "üleandmisel puudusi ei leitud, mistõttu tagatisrahast midagi kinni ei peetud. "
             "Teilt ei ole selles asjas enam midagi vaja, sest leping on lõppenud ja kõik "
             "arveldused on tehtud.\n\nLugupidamisega\nJaan Kuusk\nTelekom Eesti kinnisvarahaldus",
     "channel": "letter",
     "expect": [],
     "note": "Landlord: deposit returned in full; says nothing more is needed and why "
             "(contract ended, all settled). Only the last four digits of the account."},
    {"text": "Lugupeetud härra Lepp\n\nTeatame, et 12. aprillil Kultuurikatlas toimuma "
             "pidanud kontsert „Kevadhelid“ on esineja haigestumise tõttu tühistatud. Teie "
             "tellimuses nr 55102 on kaks piletit kogusummas 64 eurot.\n\nLugupidamisega\n"
             "Liis Vaher\nTelekom Eesti piletiinfo",
     "channel": "letter",
     "expect": ["R-LETTER-1"],
     "note": "Event tickets: concert cancelled, the order is restated, but nothing about a "
             "refund or what the customer must or need not do: R-LETTER-1."},
    {"text": "Lugupeetud klient\n\nAlates 1. maist 2025 muutub Teie rattaringluse kuupaketi "
             "hind 9,90 eurolt 11,90 eurole. Kui olete uue hinnaga nõus, ei pea Te midagi "
             "tegema ja pakett jätkub automaatselt. Kui soovite paketi lõpetada, saate seda teha "
             "rakenduse menüüs „Minu pakett“ kuni 30. aprillini ilma lõpetamistasuta.\n\n"
             "Lugupidamisega\nTelekom Eesti rattaringlus",
     "channel": "letter",
     "expect": [],
     "note": "Bike sharing: fee change; says nothing is needed if you agree (and why: it "
             "continues automatically), and how and by when to cancel otherwise."},
    {"text": "Lugupeetud proua Saar\n\nTeie taotlus täiskasvanute keeleõppe toetuse saamiseks "
             "on registreeritud. Taotluse juurest puudub tööandja tõend, mis on toetuse "
             "määramiseks vajalik. Taotluse menetlemine on seni peatatud.\n\nLugupidamisega\n"
             "Eve Rand\nTelekom Eesti keelekool",
     "channel": "letter",
     "expect": ["R-LETTER-1"],
     "note": "Language school: a document is missing and processing is paused, but the letter "
             "never says to send it, how or by when: R-LETTER-1. Stated neutrally, no blame."},
    {"text": "Lugupeetud härra Kask\n\nTöökoja seadmete hoolduse tõttu tuleb Teie auto "
             "hooldusaeg nihutada 18. märtsilt 20. märtsile kell 9.00. Vabandame ebamugavuse "
             "pärast. Palun kinnitage uus aeg hiljemalt 14. märtsil, helistades numbril "
             "600 1234 või vastates sellele kirjale. Kui 20. märts Teile ei sobi, pakume "
             "telefoni teel muu aja.\n\nLugupidamisega\nAndres Põld\nTelekom Eesti autoteenindus",
     "channel": "letter",
     "expect": [],
     "note": "Garage: appointment moved; what to do (confirm), by when (14 March), how "
             "(phone or reply), and an alternative."},
    {"text": "Lugupeetud härra Ilves\n\nTeatame, et Teie jäätmeveo leping aadressil Tamme 7, "
             "Viljandi lõppes 28. veebruaril 2025 seoses kinnistu omaniku vahetusega. Viimane "
             "tühjendus toimus 26. veebruaril. Teie lõpparve on 18,40 eurot.\n\n"
             "Lugupidamisega\nTelekom Eesti jäätmevedu",
     "channel": "letter",
     "expect": ["R-LETTER-1"],
     "note": "Waste collection: contract ended, final bill amount stated, but no due date, no "
             "way to pay, nothing about the bin: the customer is not told what to do next: "
             "R-LETTER-1."},
    {"text": "Lugupeetud proua Org\n\nTeie koera Reksi hambaravi, mis oli planeeritud "
             "9. aprillile, tuleb kahjuks tühistada, sest kirurg on sel päeval koolitusel. "
             "Vabandame. Palun helistage meie registratuuri numbril 600 5678 hiljemalt "
             "7. aprillil, et valida uus aeg; vabad ajad on 14. ja 16. aprillil. Ettemaksu ei "
             "ole vaja uuesti tasuda, see kantakse üle uuele ajale.\n\nLugupidamisega\n"
             "Piret Kask\nTelekom Eesti loomakliinik",
     "channel": "letter",
     "expect": [],
     "note": "Vet clinic: booking cancelled; call by 7 April to choose a new date (how, by "
             "when, which dates), and the prepayment needs nothing because it carries over."},
    {"text": "Lugupeetud härra Mets\n\nOleme läbi vaadanud Teie taotluse hilinenud pagasiga "
             "seotud kulude hüvitamiseks. Hüvitise suuruseks määrati esitatud tšekkide alusel "
             "145 eurot.\n\nLugupidamisega\nKristiina Laan\nTelekom Eesti pagasiinfo",
     "channel": "letter",
     "expect": ["R-LETTER-1"],
     "note": "Lost luggage: a decision (145 euros granted) and nothing else: not how or when "
             "it is paid, whether bank details are needed or that nothing is needed: "
             "R-LETTER-1."},
    {"text": "Lugupeetud härra Raud\n\nTeatame, et Teie taotlus kursuse tasu tagastamiseks on "
             "rahuldatud. Tagastame 240 eurot samale pangakaardile, millega tasusite, hiljemalt "
             "20. märtsil. Teil ei ole vaja midagi täiendavalt esitada, sest kõik vajalikud "
             "andmed on meil olemas.\n\nLugupidamisega\nHelen Tamm\nTelekom Eesti keelekool",
     "channel": "letter",
     "expect": [],
     "note": "Language school: refund granted, dated, and says nothing is needed and why "
             "(we have all the data)."},
    {"text": "Lugupeetud proua Kuusk\n\nTeatame, et etendus „Suveöö unenägu“, millele Teil on "
             "piletid 22. maiks kell 19.00, toimub tehnilistel põhjustel 29. mail. Etenduse "
             "algusaeg ja koht jäävad samaks.\n\nLugupidamisega\nTelekom Eesti piletiinfo",
     "channel": "letter",
     "expect": ["R-LETTER-1"],
     "note": "Theatre box office: performance moved a week; says the time and venue stay the "
             "same, but not whether the tickets are valid as they are, nor what to do if the "
             "new date does not suit: R-LETTER-1."},

    # ---------------- R-TALK-2 (closing): clean, violation, ...
    {"text": "Nii, aeg on broneeritud neljapäevaks kell 8.00. Kas on veel midagi, millega saan "
             "aidata? Kui mitte, siis suur aitäh helistamast, ja kui midagi tekib, helistage "
             "julgelt uuesti. Kõike head, nägemist!",
     "position": "closing", "channel": "phone",
     "expect": [],
     "note": "Garage call closing: anything else, thanks, call again, goodbye: complete."},
    {"text": "Tagasimakse on tehtud. Kas saan veel kuidagi abiks olla? Aitäh, et andsite "
             "vigasest rattast teada, see aitab meil rattaid korras hoida. Head sõitu ja ilusat "
             "päeva!",
     "position": "closing", "channel": "chat",
     "expect": ["R-TALK-2"],
     "note": "Bike sharing chat closing: asks anything else, thanks, goodbye; never says the "
             "customer can come back: R-TALK-2."},
    {"text": "Palun andke teada, kas saame Teid selles asjas veel kuidagi aidata. Täname, et "
             "kirjutasite, ja kui tulevikus tekib küsimusi, oleme alati valmis aitama.\n\n"
             "Lugupidamisega\nJaan Kuusk\nTelekom Eesti kinnisvarahaldus",
     "position": "closing", "channel": "email",
     "expect": [],
     "note": "Property manager e-mail closing: anything else (as a request to tell us), "
             "thanks, we are always ready to help later, sign-off as goodbye: complete."},
    {"text": "Kas on veel midagi, mida soovite küsida? Kui Pontul peaks enne kontrolli "
             "tekkima uusi muresid, helistage meile julgelt igal ajal. Head õhtut, nägemist!",
     "position": "closing", "channel": "phone",
     "expect": ["R-TALK-2"],
     "note": "Vet call closing: anything else, call any time, goodbye, but no thanks: "
             "R-TALK-2. 'Pontu' is the dog's name."},
    {"text": "Piletid on saadetud Teie e-postile. Kas saan veel millegagi abiks olla? Aitäh, et "
             "valisite meie kino, ja kirjutage meile julgelt ka edaspidi. Head filmielamust ja "
             "kohtumiseni!",
     "position": "closing", "channel": "chat",
     "expect": [],
     "note": "Cinema chat closing: anything else, thanks, write again in future, goodbye "
             "('kohtumiseni'): complete."},
    {"text": "Täname Teid huvi eest meie kursuste vastu! Kui Teil tekib hiljem küsimusi, võtke "
             "meiega alati ühendust.\n\nLugupidamisega\nHelen Tamm\nTelekom Eesti keelekool",
     "position": "closing", "channel": "email",
     "expect": ["R-TALK-2"],
     "note": "Language school e-mail closing: thanks, come back, sign-off; never asks whether "
             "anything else is needed: R-TALK-2."},
    {"text": "Mhm, selge. Siis on kõik kirjas: kolimine reedel kell kaheksa, kolm meest ja suur "
             "auto. Kas saan veel midagi Teie heaks teha? Aitäh, et valisite meid, ja kui plaanid "
             "muutuvad, helistage julgelt tagasi. Head päeva Teile!",
     "position": "closing", "channel": "phone",
     "expect": [],
     "note": "Removals call closing in spoken style: anything else, thanks, call back if plans "
             "change, goodbye ('Head päeva Teile!'): complete."},
    {"text": "Lisasin Teie aadressi paberikonteineri tühjendusgraafikusse alates järgmisest "
             "kuust. Kas saan Teid veel millegagi aidata? Aitäh, et kirjutasite, ja kui tekib "
             "küsimusi, kirjutage meile julgelt uuesti.",
     "position": "closing", "channel": "chat",
     "expect": ["R-TALK-2"],
     "note": "Waste collection chat closing: anything else, thanks, write again; no goodbye "
             "at all: R-TALK-2."},
]
