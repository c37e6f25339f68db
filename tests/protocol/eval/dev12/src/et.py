"""dev12, Estonian (writer C). Telekom Eesti as the company behind several non-telecom desks."""

LANG = "et"

ORG = "Telekom Eesti"


def call(agent, turns, rings=2, channel="phone"):
    head = []
    if channel == "phone":
        head = [{"event": "ring"} for _ in range(rings)]
        head.append({"event": "answer", "by": "agent"})
    return {"version": 1, "lang": "et", "channel": channel, "agent": agent,
            "organisation": ORG, "turns": head + turns}


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


HOLD = {"event": "hold", "by": "agent"}
RESUME = {"event": "resume", "by": "agent"}
HANGUP_C = {"event": "hangup", "by": "customer"}


TRANSCRIPTS = [
    # t01 clean: alarm company, false alarm and call-out fee; hold done right
    {"transcript": call("Helen", [
        A("Tere, Telekom Eesti valveteenus, Helen kuuleb. Kuidas saan Teid aidata?"),
        C("Tere. Mul läks öösel kell kolm signalisatsioon huugama, patrull tuli kohale ja nüüd "
          "näen, et olete mulle 35 eurot väljakutse eest arve pannud. See on ju täiesti absurdne, "
          "ma ei teinud midagi!"),
        A("Vabandan, et öine häire ja veel see arve Teile sellist tüli tegid. Vaatan kohe järele, "
          "milline andur häire andis, ja kui põhjus oli seadmes, tühistame väljakutse tasu. "
          "Palun öelge mulle oma lepingu number või valvatava objekti aadress."),
        C("Lepingut mul käepärast pole... aadress on Vahtra 7, Saue."),
        A("Mhm, aitäh. Kas võin Teid umbes kaheks minutiks ootele panna? Vaatan valvekeskuse "
          "öiseid andmeid, et näha, mis täpselt häire käivitas."),
        C("Jah, olgu."),
        HOLD, RESUME,
        A("Aitäh ootamast. Nii, häire andis esiku liikumisandur ja sama andur on viimase kuu "
          "jooksul ilma põhjuseta veel kaks korda reageerinud. Põhjus on andur ise, seega "
          "tühistasin 35-eurose arve."),
        C("Noh, hea. Aga kas see võib nüüd iga öö korduda?"),
        A("Et see ei korduks, saadame tehniku anduri tasuta välja vahetama. Lähim vaba aeg on "
          "neljapäeval kella 9 ja 12 vahel. Seniks saan selle ühe anduri valvest välja lülitada, "
          "ülejäänud maja jääb valve alla. Kas tohin seda teha?"),
        C("Jah, lülitage välja. Neljapäev sobib."),
        A("Tehtud, esiku andur on valvest väljas ja tehnik on neljapäevaks kella 9 ja 12 vahele "
          "kirja pandud. Ta helistab Teile enne tulekut. Kas saan veel millegagi aidata?"),
        C("Ei, see oli kõik. Aitäh."),
        A("Aitäh Teile helistamast! Kui midagi veel tekib, helistage julgelt uuesti, valvekeskus "
          "on avatud ööpäev läbi. Head päeva ja nägemist!"),
        HANGUP_C,
    ]), "expect": [],
     "note": "Alarm company: customer angry about a 35 EUR call-out fee after a false alarm at 3 am. "
             "Agent apologises and offers to check and cancel the fee, asks permission + reason for "
             "the hold, thanks after resuming, cancels the fee, books a free sensor replacement "
             "(answers 'can it happen every night?' by the fix), closing spread over the last two "
             "agent turns. Clean. Possible false alarm: 'absurdne' complaint answered with "
             "'Vabandan' + check."},

    # t02 violating: online course platform; first complaint met with a fix but no apology
    {"transcript": call("Marko", [
        A("Tere! Telekom Eesti e-kursuste tugi, Marko siin. Kuidas saan aidata?"),
        C("tere. lõpetasin eelmine nädal projektijuhtimise kursuse, kõik testid tehtud, aga "
          "tunnistust pole siiani. mul on see tööandjale reedeks vaja ja keegi ei vasta mu "
          "meilidele!!"),
        A("Vaatasin Teie konto üle. Viimase mooduli lõputest oli meie keskkonnas sooritatuks "
          "märkimata, kuigi Teie tulemus oli 92%. Märkisin selle nüüd ära ja tunnistus on Teie "
          "kontol allalaadimiseks olemas."),
        C("ok näen. kas tunnistusel on ka tundide arv kirjas? tööandja tahab seda"),
        A("Jah, tunnistusel on kirjas kursuse maht, 40 akadeemilist tundi, ja kursuse "
          "toimumise aeg."),
        C("ja miks mu meilidele keegi ei vastanud, kirjutasin kaks korda"),
        A("Vabandan, et jäite vastuseta. Teie kirjad läksid vanale aadressile, mida me alates "
          "maist enam ei kasuta, ja suunamine uuele aadressile ei töötanud. Andsin selle "
          "parandamiseks edasi. Edaspidi jõuavad kirjad meieni kõige kiiremini aadressil "
          "kursused@telekom.ee."),
        C("selge, aitäh"),
        A("Kas saan veel millegagi aidata?"),
        C("ei, kõik"),
        A("Aitäh, et kirjutasite, ja edu tööl! Kui tekib küsimusi, kirjutage meile siia "
          "vestlusesse igal ajal. Head päeva!"),
    ], channel="chat"), "expect": ["R-TALK-12"],
     "note": "Online course chat: customer angry that the certificate is missing and nobody answers "
             "e-mails ('!!'). The next agent turn fixes it (way forward) but has no apology at all: "
             "R-TALK-12. The later complaint about unanswered e-mails is handled right (apology + "
             "action + answer to 'why'); the hours question is answered; closing complete "
             "(anything else / thanks / write again any time / goodbye)."},

    # t03 clean: after-school robotics club registration
    {"transcript": call("Kadri", [
        A("Tere! Olete ühenduses Telekom Eesti robootikaringi registratuuriga, mina olen Kadri. "
          "Millega saan aidata?"),
        C("Tere. Registreerisin poja kohe, kui registreerimine avati, kell 9.00 täpselt, ja nüüd "
          "tuli kiri, et kohta pole. Kuidas see üldse võimalik on? Teie registreerimissüsteem on "
          "üks paras jama."),
        A("Väga kahju, et nii läks, ja vabandan, et registreerimine Teile sellise pettumuse "
          "valmistas. Vaatasin Teie avalduse üle: soovisite teisipäevast rühma, mis täitus "
          "esimese kahe minutiga. Saan pakkuda pojale kohta neljapäevases rühmas kell 16.30 "
          "samas majas või panna ta teisipäeva ootejärjekorda, kus ta oleks kolmas."),
        C("Neljapäev võiks sobida. Kas hind on sama? Ja mis vanuses lapsed seal on, ta on 9."),
        A("Hind on sama, 38 eurot kuus. Neljapäevases rühmas on 8–10-aastased, nii et 9-aastane "
          "sobib sinna hästi. Kas panen ta neljapäeva rühma kirja?"),
        C("Jah, palun. Ja ootejärjekorrast võtke ta siis välja."),
        A("Tehtud: poeg on neljapäevase rühma nimekirjas ja ootejärjekorrast eemaldatud. "
          "Kinnitus on ka Teie e-postis. Esimene tund on 5. septembril."),
        C("Super, aitäh."),
        A("Kas saan veel millegagi abiks olla?"),
        C("Ei, rohkem pole."),
        A("Aitäh, et kirjutasite! Kui küsimusi tekib, olete alati oodatud siia vestlusesse "
          "tagasi. Ilusat päeva ja nägemist!"),
    ], channel="chat"), "expect": [],
     "note": "After-school robotics club chat: parent angry the child got no place, calls the "
             "registration system rubbish and asks how that is possible. Agent apologises, explains "
             "(group filled in two minutes) and offers two options; price and age questions "
             "answered; closing spread over the last two agent turns. Clean. 'Väga kahju' next to "
             "'vabandan' is a real apology."},

    # t04 violating: heat-pump maintenance; hold without permission and without thanks
    {"transcript": call("Rasmus", [
        A("Tere, Telekom Eesti soojuspumpade hooldus, Rasmus kuuleb, kuidas saan aidata?"),
        C("Tere. Meil oli eelmine kuu hooldus ja nüüd näitab pumba ekraan viga E4 ja radiaatorid "
          "on külmad. Te alles käisite, kuidas see nii saab olla?"),
        A("Vabandust, et pärast hooldust selline mure tekkis. E4 tähendab tavaliselt, et vee "
          "rõhk süsteemis on langenud, ja selle saame koos kohe üle vaadata. Kas näete "
          "katlaruumis rõhumõõturit, sellist ümmargust osutiga näidikut?"),
        C("Mhm, siin on... näitab nagu 0,5."),
        A("Selge, see on liiga madal, tavaline oleks umbes 1,5. Vaatan, millal tehnik saaks Teie "
          "juurde tulla."),
        HOLD, RESUME,
        A("Nii, tehnik Kalle saab tulla homme kella 10 ja 12 vahel. Rõhk võis langeda hoolduse "
          "ajal avatud ventiili tõttu, seega on väljakutse Teile tasuta."),
        C("Homme kümme kuni kaksteist sobib. Kas seniks saan midagi ise teha, et maja päris "
          "külmaks ei läheks?"),
        A("Saate küll. Kui lülitate pumba ekraanilt sisse lisakütte, hoiab elektriküte maja "
          "soojas kuni tehniku tulekuni. Seadete menüüs on see valik nimega „Lisaküte“."),
        C("Okei, leidsin üles, läks tööle. Aitäh."),
        A("Väga hea. Kas saan veel millegagi aidata?"),
        C("Ei, praegu mitte."),
        A("Aitäh, et helistasite! Kui enne homset midagi muutub, helistage meile julgelt uuesti. "
          "Head aega!"),
        HANGUP_C,
    ], rings=1), "expect": ["R-TALK-10"],
     "note": "Heat-pump maintenance call: error after a service visit. Complaint handled right "
             "(apology + joint check); questions answered (why / what can I do meanwhile). The "
             "agent says 'I'll look when the technician can come' and puts the customer on hold "
             "without asking permission, and after resuming goes straight on ('Nii, ...') "
             "without thanking: R-TALK-10 (reason given, permission and thanks missing). "
             "Closing complete."},

    # t05 clean: smart lock, transfer to a technician with a summary
    {"transcript": call("Liisa", [
        A("Tere, Telekom Eesti kodulukkude tugi, Liisa kuuleb. Kuidas saan Teid aidata?"),
        C("Tere, ma seisan oma ukse taga ja see teie nutilukk ei tee enam lahti, äpp ütleb "
          "ainult ühenduse viga. Laps ootab autos, see on ikka täiesti vastuvõetamatu!"),
        A("Vabandan väga, et olete sellises olukorras. Lahendame selle kohe: ühendan Teid meie "
          "lukutehniku Andresega, kes saab luku kaugelt avada. Ütlen talle ette, et lukk ei "
          "avane ja rakendus näitab ühenduse viga, nii et Te ei pea kõike uuesti seletama."),
        C("Jah, ükskõik, peaasi et uks lahti saaks."),
        {"event": "transfer", "by": "agent", "to": "lukutehnik"},
        A("Tere, Andres siin, lukutehnik. Liisa rääkis, et lukk ei avane ja rakendus näitab "
          "ühenduse viga. Palun öelge mulle oma aadress."),
        C("Liiva 14, korter 3, Tallinn."),
        A("Aitäh. Mhm, näen, et luku patareid on tühjaks saanud ja seetõttu ei saa rakendus "
          "lukuga ühendust. Avan ukse varuühenduse kaudu, vajutage palun minu märguande peale "
          "käepidet alla. Nüüd."),
        C("Oo, läks lahti! Aga miks mulle keegi ei öelnud, et patarei on tühi? Kas rakendus ei "
          "peaks ette hoiatama?"),
        A("Peaks küll, ja vabandan, et hoiatust ei tulnud. Uurin välja, miks teavitus Teieni ei "
          "jõudnud, ja helistan Teile homme enne kella 12. Patareid saab vahetada luku sisekaane "
          "alt, vaja on nelja AA-patareid; soovi korral saadame tehniku tasuta."),
        C("Patareid mul kodus on, vahetan ise. Homme helistage jah."),
        A("Kokku lepitud, helistan homme enne kella 12. Kas saan veel millegagi aidata?"),
        C("Ei, aitäh, lähen nüüd lapse juurde."),
        A("Aitäh, et helistasite, ja kui lukuga veel midagi juhtub, helistage julgelt uuesti, "
          "oleme kättesaadavad ööpäev läbi. Head õhtut ja nägemist!"),
        HANGUP_C,
    ], rings=1), "expect": [],
     "note": "Smart-lock call: customer locked out, child waiting ('unacceptable!'). First agent "
             "apologises and transfers with a summary; the technician opens the door remotely. "
             "Second complaint-question ('why did nobody tell me?') gets an apology, a dated "
             "callback and two options. Closing complete after the transfer. Clean. Possible "
             "false alarms: the transfer, a second greeting after it, 'Peaks küll' as an answer."},

    # t06 violating: solar panels; subsidy-documents question left unanswered
    {"transcript": call("Kristi", [
        A("Tere! Telekom Eesti päikesepaneelide klienditugi, vestluses on Kristi. Kuidas saan "
          "aidata?"),
        C("Tere. Paneelid paigaldati 3 nädalat tagasi ja rakendus näitab tootlust iga päev null. "
          "Kas need üldse toodavad midagi või maksin 9000 eurot niisama? Olen väga pettunud."),
        A("Vabandan, et see mure on Teid juba mitu päeva vaevanud. Kontrollin kohe, kas probleem "
          "on paneelides või ainult andmete edastuses. Palun kirjutage mulle oma lepingu number."),
        C("L-20931"),
        A("Aitäh. Paneelid toodavad normaalselt, eile näiteks 18 kWh. Rakendusse andmed lihtsalt "
          "ei jõua, sest inverteri wifi-ühendus on alates 21. maist katkenud."),
        C("aa, ruuteri vahetasin just siis. kuidas ma selle uuesti ühendan? ja kas ma pean "
          "toetuse saamiseks veel mingeid dokumente esitama?"),
        A("Saadan Teile e-postile lühikese piltidega juhendi. Lühidalt: inverteri küljel on nupp, "
          "mida tuleb hoida viis sekundit all, ja siis saate rakenduses valida uue wifi-võrgu. "
          "Kui see ei õnnestu, saab tehnik tulla järgmisel nädalal tasuta kohale."),
        C("Ok, proovin. Aitäh."),
        A("Kas saan veel millegagi aidata?"),
        C("Ei."),
        A("Aitäh, et pöördusite! Kui ühendamine ei õnnestu, kirjutage meile julgelt uuesti. "
          "Päikeselist päeva ja head aega!"),
    ], channel="chat"), "expect": ["R-TALK-9"],
     "note": "Solar-panel chat: complaint (zero output shown, 'very disappointed') handled right "
             "(apology + check); 'do they produce anything?' answered (18 kWh); 'how do I "
             "reconnect?' answered. The second question of the same turn, whether documents are "
             "still needed for the subsidy, is never addressed: R-TALK-9. The wi-fi cause is "
             "stated by date, not blamed on the customer's router. Closing complete."},

    # t07 clean: loyalty-programme zoo annual pass sent to an old address; hold done right
    {"transcript": call("Triin", [
        A("Tere, Telekom Eesti kliendiprogrammi infoliin, Triin kuuleb. Kuidas saan aidata?"),
        C("Tere. Ostsin teie kaudu loomaaia pere-aastakaardi, maksin kaks nädalat tagasi, aga "
          "kaarti pole kuskil. Eile seisime lastega väravas ja meid ei lastud sisse. Lapsed "
          "nutsid. See on ikka täielik jama."),
        A("Oi, vabandan väga, see oli Teile ja lastele üks paha päev. Teen kohe kindlaks, kuhu "
          "kaart jäi, ja saadame selle Teile täna veel digitaalsena. Kas saaksite öelda oma "
          "kliendinumbri?"),
        C("Kliendinumber on 4478213."),
        A("Aitäh. Kas tohin Teid paariks minutiks ootele panna? Pean loomaaiast üle küsima, kas "
          "kaart on nende juures juba aktiveeritud."),
        C("Jah."),
        HOLD, RESUME,
        A("Aitäh, et ootasite. Kaart on aktiveeritud, aga saatsime selle kogemata Teie vanale "
          "aadressile Tartus. See oli meie viga. Saatsin Teile just digitaalse kaardi e-postile "
          "ja loomaaia sõnul pääsete sellega sisse juba täna."),
        C("No lõpuks ometi. Aga kas plastkaart ka tuleb? Ja kas eilne sõit kuidagi hüvitatakse, "
          "tulime ju Raplast."),
        A("Vabandan veel kord. Uue plastkaardi saadame Teie praegusele aadressile, postiga jõuab "
          "see tavaliselt kohale 5–7 tööpäevaga. Eilse sõidu eest saan pakkuda kolm kuud kaardi "
          "tasuta pikendust."),
        C("Kolm kuud pikendust, see sobib."),
        A("Lisasin pikenduse, kaart kehtib nüüd kuni järgmise aasta 31. augustini. Kas saan veel "
          "millegagi aidata?"),
        C("Ei, aitäh."),
        A("Aitäh Teile kannatlikkuse eest ja toredat loomaaiakäiku! Kui midagi tekib, helistage "
          "meile julgelt tagasi. Nägemist!"),
        HANGUP_C,
    ], rings=3), "expect": [],
     "note": "Loyalty-programme desk selling zoo annual passes: family turned away at the gate "
             "('total mess'). Apology + action (digital card today); hold with permission and "
             "reason, thanks after resume; own mistake owned ('See oli meie viga'); 'Finally' + "
             "two questions answered with a second apology, postal time attributed ('tavaliselt'), "
             "compensation offered. 3 ring events (not more than 3). Closing complete. Clean."},

    # t08 violating: furniture delivery and assembly; justification instead of apology,
    # closing without thanks
    {"transcript": call("Kaido", [
        A("Tere, Telekom Eesti e-poe tarneinfo, Kaido kuuleb. Kuidas saan Teile abiks olla?"),
        C("Tere. Tellisin teie poest töölaua koos kokkupanekuga, täna pidi mees tulema kümne ja "
          "kahe vahel. Kell on neli, keegi pole tulnud ega helistanud. Ma võtsin selle jaoks "
          "vaba päeva!"),
        A("Jah, sel nädalal on kokkupanekuid tavapärasest palju rohkem ja päevagraafikud on "
          "veninud."),
        C("Ja mis ma siis nüüd teen? Kas ta tuleb täna üldse veel?"),
        A("Üks hetk, vaatan. Paigaldaja on praegu eelmise tellimuse juures Nõmmel ja Teie olete "
          "tema järgmine aadress. Graafiku järgi jõuab ta Teie juurde umbes kella viieks ja "
          "helistab enne tulekut."),
        C("Viis on hilja, aga olgu. Kas kokkupanek on ikka tasuta või hakkate nüüd õhtuse aja "
          "eest lisa küsima?"),
        A("Kokkupanek on Teie tellimuse hinnas ja õhtuse aja eest lisatasu ei ole."),
        C("Hästi."),
        A("Kas saan veel kuidagi aidata?"),
        C("Ei."),
        A("Kui paigaldaja kella viieks ei jõua, helistage meile uuesti, siis leiame uue aja. "
          "Head õhtut!"),
        HANGUP_C,
    ]), "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "Furniture delivery/assembly call: the fitter missed the slot and the customer took a "
             "day off. The agent answers with a justification (busy week) and no apology and no "
             "way forward: R-TALK-12; the follow-up complaint gets the new time but still no "
             "apology. Both questions are answered. The closing asks 'anything else?', says call "
             "again and goodbye, but never thanks the customer: R-TALK-2. The justification names "
             "no one, so no R-TALK-6."},

    # t09 clean: gas-boiler maintenance, mess and noise after a service
    {"transcript": call("Piret", [
        A("Tere! Telekom Eesti katlahoolduse vestlus, Piret siin. Millega saan Teid aidata?"),
        C("tere. teie tehnik käis eile gaasikatelt hooldamas ja jättis põranda täis musta tolmu, "
          "vaiba ka. ja katel teeb nüüd mingit vilistavat häält. kas see on normaalne?"),
        A("Vabandan, et tehnik jättis Teie koju sellise segaduse, nii ei tohi see olla. "
          "Vilistav heli pärast hooldust ei ole normaalne, tõenäoliselt vajab mõni tihend "
          "järelpingutamist. Saadan tehniku tagasi, homme kella 8 ja 10 vahel oleks vaba aeg. "
          "Vaiba puhastuse hüvitame kuni 60 euro ulatuses, kui saadate meile arve."),
        C("homme 8-10 sobib. aga kas katelt võib seniks kasutada või on ohtlik?"),
        A("Kui gaasilõhna ei ole, võite katelt seniks tavapäraselt kasutada. Kui peaksite "
          "gaasilõhna tundma, sulgege palun gaasikraan, avage aknad ja helistage 112."),
        C("gaasilõhna pole. ok. kas tuleb sama mees?"),
        A("Homme tuleb vanemtehnik Urmas, kes vaatab üle ka eilse hoolduse."),
        C("hea. aitäh"),
        A("Kas on veel midagi, millega saan aidata?"),
        C("ei ole"),
        A("Aitäh, et andsite meile teada, ja kirjutage julgelt uuesti, kui küsimusi tekib. Head "
          "päeva ja nägemist!"),
    ], channel="chat"), "expect": [],
     "note": "Boiler-maintenance chat: technician left soot on the floor and the boiler whistles. "
             "Apology + return visit + carpet-cleaning refund; 'is it normal?', 'is it safe to use?' "
             "and 'same man?' all answered (the last implicitly: another, senior technician). "
             "Closing spread over the last two agent turns. Clean. Possible false alarm: 'ohtlik', "
             "'112' safety advice, 'ei ole normaalne'."},

    # t10 violating: lift maintenance; "Saan aru" with nothing done, colleague run down
    {"transcript": call("Sander", [
        A("Tere, Telekom Eesti hoonehoolduse liftiliin, Sander kuuleb. Kuidas saan aidata?"),
        C("Tere, Kuusik siin, Mustamäe tee 44 korteriühistu esimees. Meie lift on jälle seisma "
          "jäänud, kolmas kord kuu aja jooksul. Majas on vanurid, kes ei pääse üheksandalt "
          "korruselt alla. Teie hooldus on lihtsalt naljanumber."),
        A("Saan aru. Jah, see maja on meil teada."),
        C("Mis mõttes teada? Kas keegi tuleb täna või ei?"),
        A("Vabandan. Tehnik saab tulla täna kella 15-ks. Ausalt öeldes tegi kolleeg, kes Teie "
          "maja kevadel hooldas, oma tööd üsna lohakalt, ja nüüd me parandame tema vigu."),
        C("Hea küll. Kas kolmanda rikke järel on ette nähtud ka mingi hüvitis?"),
        A("Hüvitise taotluse saate esitada kirjalikult ja meie juhataja vastab sellele kümne "
          "tööpäeva jooksul. Saadan Teile vormi e-postile, kui ütlete aadressi."),
        C("Saatke jah, esimees@mt44.ee."),
        A("Mhm, saatsin. Kas saan veel millegagi aidata?"),
        C("Ei."),
        A("Aitäh, et helistasite, ja kui lift enne tehniku tulekut veel midagi teeb, helistage "
          "meile kohe uuesti. Head päeva, nägemist!"),
        HANGUP_C,
    ]), "expect": ["R-TALK-12", "R-TALK-6"],
     "note": "Lift-maintenance call from a housing-association chair: third breakdown, elderly "
             "residents stuck, 'your maintenance is a joke'. The next agent turn is 'I understand. "
             "Yes, we know this building.' with no apology and nothing done: R-TALK-12. The "
             "following turn apologises and gives a time but says the colleague who serviced the "
             "building in spring did sloppy work: R-TALK-6. Compensation question answered "
             "(written request, 10 working days); closing complete."},
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set) ----------------
    {"text": "Tere! Haiguse tõttu tühistame Teie homse aja tasuta, muretseda ei ole vaja. "
             "Laupäeviti meie kliinik vastuvõttu ei tee, kuid lähimad vabad ajad on esmaspäeval "
             "kell 8.30 ja teisipäeval kell 17.00. Andke palun teada, kumb sobib, siis broneerin "
             "selle Teile.\n\nSaage terveks!\nPille, Telekom Eesti hambaravi registratuur",
     "expect": [], "channel": "email",
     "customer": "Tere, mul on homme kell 9 hambaarsti aeg, aga jäin haigeks. Kas ma saan selle "
                 "ilma trahvita ära jätta? Ja kas järgmist aega saab ka laupäevaks?",
     "note": "Dental practice: cancel tomorrow without a fee? -> yes, free (said as 'we cancel it "
             "free'); a Saturday slot? -> answered by 'we do not see patients on Saturdays' plus "
             "two alternatives. Clean; the Saturday answer is a refusal with an alternative."},
    {"text": "Tere! Lisasõidutunde saab võtta ka enne eksamit, instruktor Margusel on vabu aegu "
             "veel 8. ja 12. mai hommikupoolikul. Soovitame eksamieelsel nädalal sõita ka linnas "
             "tipptunni ajal, see annab kindlust juurde. Kirjutage palun, kumb päev Teile sobib.",
     "expect": ["R-TALK-9"], "channel": "chat",
     "customer": "Tere. Sõidueksam on 14. mail, kas ma saan enne seda veel kaks lisasõidutundi "
                 "võtta? ja palju üks lisatund maksab",
     "note": "Driving school: 'can I take two extra lessons before the exam?' answered (yes, two "
             "dates); 'how much is one extra lesson' (no question mark) never answered, although "
             "the reply keeps talking about the extra lessons: R-TALK-9."},
    {"text": "Tere ja vabandust, et me Teile ise ei helistanud! Mantli vöö juures oli plekk, mis "
             "vajas teist puhastuskorda, sellepärast läks kaks päeva kauem. Mantel on nüüd valmis "
             "ja ootab Teid Kalamaja vastuvõtupunktis alates tänasest kella 15-st. Tšekki ei ole "
             "tingimata vaja, piisab, kui ütlete oma nime ja telefoninumbri.",
     "expect": [], "channel": "email",
     "customer": "Tõin teile eelmisel neljapäeval mantli, tšekil oli kirjas, et valmis "
                 "teisipäevaks. Täna on kolmapäev ja keegi pole helistanud. Millal ma selle kätte "
                 "saan? Kas pean tšeki ka kaasa võtma või piisab nimest?",
     "note": "Dry cleaner: 'when can I collect it?' -> from 15:00 today; 'do I need the receipt or "
             "is my name enough?' -> not necessarily, name and phone number suffice (answered in "
             "other words). Clean; also apologises for not calling."},
    {"text": "Tere! Aitäh, et valisite meie stuudio. Perepiltide galerii saadame Teie "
             "e-postile hiljemalt reedel, 7. juunil. Galeriis saate ise märkida lemmikpildid, "
             "mida soovite alles hoida, ja need jäävad sinna kolmeks kuuks. Kui midagi jääb "
             "segaseks, kirjutage julgelt.\n\nParimat\nEgle, fotostuudio",
     "expect": ["R-TALK-9"], "channel": "email",
     "customer": "Tere, tegime eelmisel laupäeval teie stuudios perepildid. Millal fotod e-postile "
                 "tulevad? Ja kas on võimalik paar pilti ka suurelt paberile tellida, nt 30x40?",
     "note": "Photo studio: 'when will the photos arrive?' answered (by Friday 7 June); 'can I "
             "order a couple of large 30x40 prints?' is not addressed; the reply talks about "
             "choosing favourites in the gallery, same topic, no answer: R-TALK-9."},
    {"text": "Tere! Juuliks on meil 9-meetrisele paadile veel kaks vaba kohta, mõlemad B-kai "
             "ääres. Terve kuu maksab 420 eurot ja see hind sisaldab ka elektrit ja vett kai "
             "ääres. Kui soovite ühe koha broneerida, saatke palun paadi nimi ja oma täisnimi, "
             "siis panen koha Teie nimele kinni.",
     "expect": [], "channel": "chat",
     "customer": "tere, kas sadamas on veel vaba kohta 9-meetrisele purjekale juulis terveks "
                 "kuuks? mis see maksma laheb ja kas elekter on hinna sees",
     "note": "Marina (customer types without diacritics): free berth? -> two left; price? -> 420 "
             "EUR; electricity included (no question mark)? -> yes, electricity and water. Clean."},
    {"text": "Tere! Avalduse saab esitada ka enne sissekirjutamist, märkige lihtsalt avaldusele "
             "oma tulevane aadress Tartus. Sissekirjutuse kinnituse palume lisada siis, kui see "
             "on olemas. Septembri kohtade jagamine on meil igal aastal suur töö ja püüame kõigile "
             "peredele sobiva lahenduse leida.\n\nLugupidamisega\nKätlin Saar\nlasteaia kohtade "
             "haldur",
     "expect": ["R-TALK-9"], "channel": "email",
     "customer": "Tere! Sooviksin teada, kas lasteaia järjekorda saab panna lapse ka siis, kui me "
                 "pole veel Tartusse sisse kirjutatud? Kolime augustis. Ja mis kuupäevaks peab "
                 "avaldus sees olema, et septembris koht saada?",
     "note": "Kindergarten registration: the embedded question (can we apply before registering "
             "our address?) is answered; 'by what date must the application be in for a September "
             "place?' gets only talk about how hard September allocation is, no date and no "
             "'there is no deadline': R-TALK-9."},
    {"text": "Tere, vabandame, et lift on nii kaua seisnud. Uksemootori varuosa on tellitud ja "
             "tarnija andmetel jõuab see meie lattu neljapäeval. Tehnik paigaldab selle reedel "
             "esimese tööna, kella 8 ja 11 vahel.\n\nKui tehnik leiab lõhkumise jälgi, kannab "
             "remondikulu ühistu, kuid selle saab esitada oma kindlustusele. Tehniku akt, mille "
             "Teile saadame, sobib kindlustusele tõendiks.",
     "expect": [], "channel": "email",
     "customer": "Meie maja lift seisab juba kolmandat päeva. Kas teil on üldse mingi plaan seda "
                 "parandada? Kes maksab, kui see on vandaalitsemine?",
     "note": "Lift maintenance: 'do you even have a plan to repair it?' -> the plan with dates "
             "(part attributed to the supplier, own dated fitting); 'who pays if it is vandalism?' "
             "-> the association, claimable from insurance. Clean."},
    {"text": "Tere ja vabandust ebamugavuste pärast! Musta ekraani põhjus ei olnud Teie arvutis: "
             "eile õhtul jäi meie videolehe uuendus pooleli. Parandasime selle täna kella 10-ks "
             "ja videod mängivad nüüd jälle. Palun värskendage lehte ning andke teada, kui pilt "
             "ikka ei tule.",
     "expect": ["R-TALK-9"], "channel": "chat",
     "customer": "Ostsin Exceli edasijõudnute kursuse, aga videod ei käivitu, ainult must ekraan. "
                 "Kas see on minu arvutis viga või teil? Kui ei saa korda, kas raha saab tagasi?",
     "note": "Online course platform: 'is it my computer or you?' answered (not your computer, our "
             "update); the fallback question 'if it cannot be fixed, can I get a refund?' is not "
             "addressed at all: R-TALK-9 (one could argue it lapses because it was fixed, but the "
             "customer asked it and gets no word on refunds)."},
    {"text": "Tere! Koerad on meil oodatud, palume neid ala peal hoida rihma otsas. Koera eest "
             "lisandub 5 eurot ööpäevas. Saun ei kuulu majakese hinna sisse, seda saab broneerida "
             "eraldi, 25 eurot tund. Sauna saate broneerida saabumisel vastuvõtus või juba ette "
             "meie kodulehel.",
     "expect": [], "channel": "email",
     "customer": "Tere! Kas teie kämpingusse võib koeraga tulla? Ja kas saunamaja saab eraldi "
                 "broneerida, või käib see majakese hinna sees?",
     "note": "Camping site: dog allowed? -> welcome, on a lead, 5 EUR a night; sauna separate or "
             "included? -> not included, bookable separately. Clean; yes/no answered implicitly "
             "('Koerad on meil oodatud')."},
    {"text": "Tere! Lukusüdamiku vahetus koos tööga maksab tavalise süvislukuga uksel 65–90 "
             "eurot, olenevalt valitud südamikust. Kõrgema turvaklassiga südamik on veidi "
             "kallim, kuid selle võtit ei saa ilma kaardita kopeerida. Saatke palun pilt "
             "praegusest lukust, siis ütlen täpse hinna.",
     "expect": ["R-TALK-9"], "channel": "email",
     "customer": "Tere, tahaksin vahetada korteri välisukse lukusüdamiku. Mis see umbes maksab "
                 "koos tööga ja kas saate tulla ka õhtul pärast kuut? Mul on päeval töö.",
     "note": "Locksmith: price with labour answered (65-90 EUR); 'can you come in the evening "
             "after six?' never addressed: R-TALK-9."},
    {"text": "Tere! Kokkupanek kuulub Teie tellimuse juurde, nii et ise ei pea Te midagi tegema. "
             "Meie paigaldaja Raivo saab tulla neljapäeval, 13. juunil kella 16 ja 18 vahel. Kui "
             "see aeg ei sobi, pakun järgmise nädala hommikuid. Vabandust, et kokkupanek ei "
             "toimunud tarnega samal päeval.",
     "expect": [], "channel": "chat",
     "customer": "mööbel toodi ära aga kokkupanija pole siiani tulnud. kas ma pean ise kokku "
                 "panema või tuleb keegi? kauaks üldse",
     "note": "Furniture delivery and assembly: 'do I have to assemble it myself or is someone "
             "coming?' -> no, assembly is included; 'how long (will this take) at all' -> a date "
             "and slot. Clean; the apology comes last."},
    {"text": "Tere ja aitäh, et meiega liitusite! Pere aastakaart kehtib kõigil ajutistel "
             "näitustel, välja arvatud kahel suvisel välisnäitusel, mille piletist saate kaardiga "
             "50% soodustust. Sissepääsul palume kaarti näidata koos isikut tõendava "
             "dokumendiga.\n\nHead muuseumikülastust!\nMirjam, muuseumi külastajate teenindus",
     "expect": ["R-TALK-9"], "channel": "email",
     "customer": "Tere! Ostsin meie perele muuseumi aastakaardi. Kas see kehtib ka ajutistel "
                 "näitustel? Ja kas vanaema saab sama kaardiga tulla, kui mina pole kaasas?",
     "note": "Museum membership: temporary exhibitions answered; 'can grandma use the same card "
             "without me?' is not answered: the reply says to show the card with an ID, same "
             "topic, but never says whether she may use it: R-TALK-9."},

    # ---------------- R-TALK-6 ----------------
    {"text": "Tere!\n\nVaatasin Teie soojuspumba veateate üle. Välisseadme kaitselüliti oli "
             "välja lülitunud, tõenäoliselt eilse äikese ajal tekkinud pingekõikumise tõttu. "
             "Lülitasime selle kaugühenduse kaudu tagasi sisse ja seade töötab jälle "
             "tavapäraselt.\n\nKui see peaks korduma, helistage meile numbril 600 4411, siis "
             "saadame tehniku kohale ja vaatame üle, kas pingekaitse lisamine oleks mõistlik."
             "\n\nLugupidamisega\nMaarja Kask\nTelekom Eesti soojuspumpade hooldus",
     "expect": [], "channel": "email",
     "note": "Heat-pump fault explained: the breaker tripped during yesterday's thunderstorm. A "
             "cause is explained without blaming anyone, fixed remotely, next step offered. Clean "
             "near miss of impersonal blame."},
    {"text": "Tere!\n\nKahjuks jäi Teie tänane aeg kasutamata. Meie süsteem saatis eile kaks "
             "meeldetuletust, millele vastust ei tulnud, ja seetõttu vabastati aeg järgmisele "
             "patsiendile. Edaspidi tasub sõnumeid hoolikamalt jälgida. Uue aja saate broneerida "
             "meie kodulehel.\n\nLugupidamisega\nhambaravi registratuur",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Dental practice: the lost appointment is blamed implicitly on the customer (two "
             "reminders 'got no answer') and then a lecture: 'in future it is worth watching your "
             "messages more carefully'. R-TALK-6 (blame + lecturing), although a new booking "
             "route is offered."},
    {"text": "Tere, hr Tamm!\n\nVaatasime Teie särgi üle ja Teil on õigus: krae värvimuutus "
             "tekkis meie puhastuse käigus. See on meie viga ja palume vabandust. Hüvitame särgi "
             "hinna ostutšeki järgi või, kui tšekki pole alles, 45 eurot. Palun andke teada, kumb "
             "variant Teile sobib, ja kuhu raha kanda.\n\nLugupidamisega\nReet Lepik\n"
             "keemilise puhastuse vastuvõtt",
     "expect": [], "channel": "email",
     "note": "Dry cleaner owns its own mistake (collar discoloured during cleaning), apologises and "
             "compensates. Clean near miss: talk of fault, but it is ours."},
    {"text": "Tere! Vabandust, et eilne sõidutund ära jäi. Instruktor Toomasega on kahjuks "
             "selliseid asju varemgi juhtunud, tema graafik on tihti üks suur segadus. Panen Teid "
             "järgmiseks tunniks teise instruktori juurde, teisipäeval kell 14. Kas see sobib?",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "Driving school: apology and a new slot, but the agent runs down the colleague "
             "('this has happened with Toomas before, his schedule is often a mess'): R-TALK-6."},
    {"text": "Tere!\n\nTöötlemata faile me kahjuks välja ei anna, sest iga pilt läbib enne "
             "üleandmist värvitöötluse ja alles siis vastab see meie kvaliteedinõuetele. Küll aga saame "
             "Teile tasuta töödelda veel viis pilti, mille saate ise galeriist valida, ja saata "
             "need täissuuruses. Kas selline lahendus sobiks?\n\nParimate soovidega\nEgle",
     "expect": [], "channel": "email",
     "note": "Photo studio refuses to hand over unedited files but offers five more edited photos "
             "free: a refusal with an alternative. Clean near miss of a flat refusal."},
    {"text": "Tere.\n\nHuviringi vahetamine poolaasta keskel ei ole võimalik. Teie avaldus jäetakse "
             "rahuldamata.\n\nLugupidamisega\nKersti Mägi\nhuviringide koordinaator",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "After-school club: a bureaucratic flat refusal (switching clubs mid-term is not "
             "possible, request rejected) with no alternative and no reason: R-TALK-6."},
    {"text": "Tere!\n\nKontrollisin üle: Teie tellimus on aastapakett, mitte kuupakett, nii et "
             "järgmine makse tuleb alles 3. märtsil. Pangaväljavõttel võis see tõesti paista "
             "kuumaksena, sest makse kirjeldus on lühendatud. Kui soovite siiski kuupaketile üle "
             "minna, saan selle muudatuse Teile kohe teha.\n\nTervitustega\nMarko, e-kursuste tugi",
     "expect": [], "channel": "email",
     "note": "Online course platform: the customer thought they were on a monthly plan; the agent "
             "corrects this politely, explains why it looked so, and offers a switch. Clean near "
             "miss of contradicting."},
    {"text": "Tere!\n\nMeie andmetel tegi tehnik hoolduse 12. mail ära ja lift oli pärast seda "
             "korras. See, et lift Teie sõnul juba järgmisel päeval jälle seisis, ei saa vastata "
             "tõele, sest pärast hooldust kontrollitakse kõik süsteemid üle. Kui tegemist on uue "
             "rikkega, saame saata tehniku.\n\nLugupidamisega\nhoonehoolduse klienditugi",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Lift maintenance contradicts the customer outright ('cannot be true'), although a "
             "technician is offered: R-TALK-6 (arguing/contradicting)."},
    {"text": "Tere!\n\nTeie diivani toob kohale meie veopartner Kaubaveod OÜ. Nende graafiku "
             "järgi jõuab auto Teie juurde reedel kella 10 ja 14 vahel ning juht helistab pool "
             "tundi enne saabumist. Kui see aeg ei sobi, saan tarne tõsta järgmisele nädalale, "
             "andke vaid teada, milline päev oleks parem.\n\nLugupidamisega\nKaido\nTelekom "
             "Eesti e-pood",
     "expect": [], "channel": "email",
     "note": "Furniture delivery: the partner carrier is named neutrally, its schedule attributed "
             "to it, an alternative offered. Clean near miss of running down a partner (and of "
             "an uncontrolled promise)."},
    {"text": "Tere! Saan aru, et soovite rääkida otse valvejuhiga, kuid tema telefoninumbrit ega "
             "e-posti aadressi me klientidele ei anna. See on meie sisekord.",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "Alarm company: refuses the supervisor's contact details ('that is our internal "
             "rule') and offers nothing instead (no callback, no message passed on): R-TALK-6 "
             "(refusing contact details, flat refusal)."},
    {"text": "Tere!\n\nKirjutasite, et lukk „lihtsalt läks katki käes“. See ei ole Teie süü: "
             "vanemate lukkude mehhanism kulub aastatega ja ühel hetkel võib südamik nii "
             "murduda. Meie lukksepp saab tulla täna kella 18 ja 20 vahel ning vahetab südamiku "
             "kohapeal, töö hind on 45 eurot pluss südamik.\n\nLugupidamisega\nLiisa\n"
             "Telekom Eesti kodulukkude tugi",
     "expect": [], "channel": "email",
     "note": "Locksmith: quotes the customer's words, negated blame ('it is not your fault'), "
             "explains wear, offers a visit today. Clean near miss of blame."},
    {"text": "Tere!\n\nVabandan, et paneelide paigaldus jälle edasi lükkus. Ausalt öeldes on meie "
             "planeerimises praegu paras segadus ja keegi ei tea täpselt, kes mida teeb. Uueks "
             "ajaks pakume 18. juunit, kas see sobib Teile?\n\nKristi\nTelekom Eesti "
             "päikesepaneelid",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "Solar panels: an apology and a new date, but the agent runs down the company's own "
             "planning team ('a real mess, nobody knows who does what'): R-TALK-6."},

    # ---------------- R-LETTER-1 ----------------
    {"text": "Lugupeetud Kristjan Lepp\n\nTeatame, et Teie teooriaeksam, mis pidi toimuma 4. "
             "aprillil, toimub ruumide remondi tõttu 11. aprillil kell 10.00 samas majas "
             "aadressil Pärnu mnt 12, Tallinn.\n\nKui uus aeg Teile sobib, ei pea Te midagi "
             "tegema. Kui see ei sobi, palume teada anda hiljemalt 7. aprillil telefonil "
             "600 1234 või e-posti aadressil soidukool@telekom.ee, siis pakume teise aja."
             "\n\nLugupidamisega\nAnneli Pärn\nsõidukooli õppejuht",
     "expect": [], "channel": "letter",
     "note": "Driving school: theory exam moved. Says nothing is needed if the date suits, and "
             "what to do, by when and how if not. Clean."},
    {"text": "Lugupeetud Helle Kuusk\n\nTeatame, et Teie 12. märtsi vastuvõtt dr Rein Kuusiku "
             "juures on arsti haigestumise tõttu tühistatud.\n\nVabandame tekkinud ebamugavuste "
             "pärast.\n\nLugupidamisega\nTelekom Eesti hambaravi registratuur",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Dental practice: appointment cancelled because the dentist is ill; apology, but no "
             "word on whether the patient should rebook, how, or whether a new time will be "
             "offered: R-LETTER-1."},
    {"text": "Lugupeetud Anu Saar\n\nKinnitame, et Teie broneering nr 2215 Kauksi kämpingus on "
             "tühistatud ja ettemaks 80 eurot kanti 3. mail tagasi Teie pangakontole, millelt see "
             "tasuti.\n\nTeil ei ole vaja midagi teha: tühistamine toimus enam kui 14 päeva "
             "enne saabumist, seega tagastasime ettemaksu täies ulatuses. Kui summa ei ole 10. "
             "maiks Teie kontol näha, helistage palun 600 2020.\n\nLugupidamisega\nMart Ilves\n"
             "kämpingu vastuvõtt",
     "expect": [], "channel": "letter",
     "note": "Camping site: deposit returned; says nothing is needed and why (cancelled more than "
             "14 days ahead), plus what to do if the money is missing by 10 May. Clean."},
    {"text": "Lugupeetud lapsevanem\n\nTeatame, et alates 1. septembrist on robootikaringi "
             "kuutasu 45 eurot senise 38 euro asemel. Hinnamuudatuse põhjus on uute "
             "robotikomplektide soetamine ja rühmade väiksemaks muutmine.\n\nLugupidamisega\n"
             "Kadri Tamm\nTelekom Eesti robootikaring",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "After-school club fee rises from 1 September, with the reason. No word on whether "
             "the parent needs to do anything (accept, re-register, cancel by a date) or that "
             "nothing is needed: R-LETTER-1."},
    {"text": "Lugupeetud Eva Mets\n\nTeie lapse Mia Metsa lasteaiakoha avaldusest puudub "
             "elukoha tõend. Ilma selleta ei saa me avaldust järjekorda lisada.\n\nPalun saatke "
             "rahvastikuregistri väljavõte hiljemalt 20. juuniks e-posti aadressile "
             "lasteaiad@telekom.ee või tooge see meie kontorisse Riia 15, Tartu, E–R kell 9–16. "
             "Väljavõtte saate tasuta riigiportaalist eesti.ee.\n\nLugupidamisega\nKätlin Saar\n"
             "lasteaia kohtade haldur",
     "expect": [], "channel": "letter",
     "note": "Kindergarten registration: a document is missing; the letter says what to send, by "
             "when, how (e-mail or office hours) and where to get it. Clean."},
    {"text": "Lugupeetud Andres Õun\n\nTeatame, et Teie valveteenuse leping nr VT-4471 lõpeb "
             "Teie avalduse alusel 30. juunil. Alates 1. juulist ei jälgi valvekeskus enam Teie "
             "objekti Männi 3, Viimsi signaale.\n\nLugupidamisega\nHelen Rebane\n"
             "Telekom Eesti valveteenus",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Alarm contract ends on 30 June at the customer's request. The letter stops there: "
             "nothing about the rented equipment, the final bill, or that nothing is needed: "
             "R-LETTER-1."},
    {"text": "Lugupeetud Toomas Raud\n\nTeatame, et alates 1. aprillist on Pirita sadama "
             "hooajakoha tasu 9-meetrisele paadile 1150 eurot hooaja kohta senise 1080 euro "
             "asemel.\n\nKui soovite kohta uuel hinnal edasi kasutada, ei pea Te midagi tegema, "
             "arve saadetakse Teile tavapäraselt aprilli alguses. Kui soovite lepingu lõpetada, "
             "palume sellest teatada hiljemalt 15. märtsil e-posti aadressil "
             "sadam@telekom.ee.\n\nLugupidamisega\nRando Kivi\nsadamakapten",
     "expect": [], "channel": "letter",
     "note": "Marina berth fee changes; says nothing is needed to keep the berth and how and by "
             "when to end the contract. Clean."},
    {"text": "Lugupeetud Mustamäe tee 44 korteriühistu\n\nTeatame, et Teie maja liftide "
             "korraline tehniline kontroll toimub 22. mai asemel 29. mail kella 9 ja 13 "
             "vahel.\n\nLugupidamisega\nSander Kallas\nTelekom Eesti hoonehooldus",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Lift inspection date moved from 22 to 29 May. The association is not told whether "
             "it must inform residents, give access, or that nothing is needed: R-LETTER-1."},
    {"text": "Lugupeetud Kaja Lind\n\n3. märtsil puhastusse toodud Teie villane mantel "
             "(kviitung nr 5518) on valmis ja ootab Teid meie Kalamaja vastuvõtupunktis.\n\n"
             "Palun tulge mantlile järele hiljemalt 30. juuniks, vastuvõtupunkt on avatud E–L "
             "kell 10–19. Kui Te ei jõua selleks ajaks, helistage palun numbril 600 7788, siis "
             "lepime kokku pikema hoiuaja.\n\nLugupidamisega\nReet Lepik\nkeemiline puhastus",
     "expect": [], "channel": "letter",
     "note": "Dry cleaner: coat ready but uncollected; says what to do, by when, opening hours, "
             "and whom to call if the date does not suit. Clean."},
    {"text": "Lugupeetud Jaan Kask\n\nTeatame, et Teie taotlus soojuspumba paigalduse "
             "järelmaksuks on rahuldatud. Järelmaksu periood on 24 kuud ja kuumakse on 112 "
             "eurot.\n\nLugupidamisega\nKrediidiosakond\nTelekom Eesti",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Heat-pump instalment plan approved with the terms, but no next step (sign the "
             "contract? by when? how?) and no 'nothing is needed': R-LETTER-1."},

    # ---------------- R-TALK-2 closings ----------------
    {"text": "Mhm, väga hea. Kas on veel midagi, milles saaksin Teid täna aidata? ... Selge. "
             "Siis aitäh, et helistasite, ja kui küsimusi tekib, helistage julgelt uuesti. Head "
             "päeva ja nägemist!",
     "expect": [], "position": "closing", "channel": "phone",
     "note": "Phone closing (driving school line) in spoken style: anything else / thanks / call "
             "again / goodbye all present. Clean."},
    {"text": "Kas Teil on veel küsimusi paadikoha kohta? Kui midagi meelde tuleb, kirjutage "
             "meile igal ajal. Ilusat suve jätku ja nägemist!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "chat",
     "note": "Marina chat closing: asks about further questions, invites them back, says goodbye, "
             "but never thanks the customer: R-TALK-2."},
    {"text": "Kas saan Teid veel millegagi aidata seoses fotosessiooniga? Tänan Teid "
             "pöördumise eest ja kirjutage meile alati, kui midagi vaja on.\n\nLugupidamisega\n"
             "Egle\nfotostuudio",
     "expect": [], "position": "closing", "channel": "email",
     "note": "E-mail closing (photo studio): anything else? / thanks / write any time / "
             "'Lugupidamisega' as the goodbye. Clean."},
    {"text": "Nii, tehnik tuleb siis reedel kella 8 ja 10 vahel. Kas on veel midagi, mida saan "
             "Teie heaks teha? ... Ei? Hästi, suur aitäh helistamast ja kena õhtu jätku, head "
             "aega!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "Boiler-service phone closing: anything else, thanks and goodbye, but nothing about "
             "calling back any time: R-TALK-2."},
    {"text": "Kas saan veel kuidagi aidata? Aitah, et kirjutasite! Kui tekib kusimusi, "
             "kirjutage siia vestlusesse uuesti voi helistage 600 4000. Head aega!",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "Chat closing typed entirely without diacritics (aitah, kusimusi, voi): not a "
             "spelling mistake under the definitions. All four parts present. Clean."},
    {"text": "Suur aitäh, et andsite teada! Kui lukk peaks veel kinni kiiluma, helistage meile "
             "julgelt uuesti, meie liin on avatud ööpäev läbi. Kõike head ja nägemist!",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "Locksmith phone closing: thanks, call again, goodbye, but never asks whether "
             "anything else is needed: R-TALK-2."},
    {"text": "Kas saan veel millegagi kasulik olla seoses Teie lapse registreerimisega? Tänan "
             "Teid pöördumise eest ja kirjutage meile alati, kui küsimusi tekib.\n\n"
             "Lugupidamisega\nHeli Raud\nTelekom Eesti robootikaring",
     "expect": [], "position": "closing", "channel": "email",
     "note": "After-school club e-mail closing: anything else / thanks / write any time / "
             "sign-off as goodbye. Clean."},
    {"text": "Kas saan veel millegagi aidata? Ei? Hästi. Aitäh, et helistasite, ja kui tehnik "
             "peaks hilinema, võtke meiega julgelt uuesti ühendust.",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "Lift-maintenance phone closing: anything else, thanks, contact us again, but no "
             "goodbye: R-TALK-2."},
]
