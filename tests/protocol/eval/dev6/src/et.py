"""dev6 items, Estonian (writer A). Telekom Eesti: mobile, home internet, TV, roaming. Formal Teie/Te."""

LANG = "et"


def q(customer, text, expect, note):
    return {"text": text, "expect": expect, "note": note, "customer": customer}


def t(text, expect, note, channel=None):
    d = {"text": text, "expect": expect, "note": note}
    if channel:
        d["channel"] = channel
    return d


def close(text, expect, note, channel=None):
    d = {"text": text, "expect": expect, "note": note, "position": "closing"}
    if channel:
        d["channel"] = channel
    return d


def letter(text, expect, note):
    return {"text": text, "expect": expect, "note": note, "channel": "letter"}


T9 = "R-TALK-9"
T6 = "R-TALK-6"
T2 = "R-TALK-2"
L1 = "R-LETTER-1"

ITEMS = [
    # ---------------- R-TALK-9 (6 violations, 10 clean) ----------------
    q("Tere! Minu märtsi arve on 48 eurot, peaaegu kaks korda rohkem kui veebruaris. Miks see nii suur on ja kas ma saan selle kahes osas maksta?",
      "Aitäh, et meiega ühendust võtsite. Märtsi arve on suurem, sest märtsis kasutati Norras mobiilset internetti ja kuutasule lisandus rändlusteenuse tasu. Rändluses kulus kokku 2,3 GB andmemahtu.",
      [T9], "'Why so high?' answered (roaming in Norway); 'can I pay in two parts?' never addressed."),
    q("Millal tehnik tuleb mu internetiühendust parandama? Kaks päeva juba ilma netita",
      "Vabandan, et olete kaks päeva ilma internetita olnud. Meie tehnik Martin tuleb homme, kolmapäeval, 14. mail kella 8 ja 12 vahel ning saadame Teile SMS-i, kui ta teele asub.",
      [], "'When?' answered with a date and time window. Clean."),
    q("Sooviksin teada, kas ma saan oma lepingu uude korterisse kaasa võtta ja kui palju kolimine maksab.",
      "Jah, kolides saate lepingu endaga kaasa võtta. Saatke meile palun uus aadress ja kolimise kuupäev ning me viime teenuse sel päeval uuele aadressile üle.",
      [T9], "Embedded questions ('sooviksin teada, kas ...'): moving the contract answered, the cost of moving never addressed."),
    q("kas Tartus Annelinnas on praegu rike mul pole alates 9st internetti",
      "Jah, Annelinna piirkonna võrgus on täna alates kella 8.45-st rike. Meie tehnikud on juba kohal ja nende hinnangul taastub ühendus täna kella 14-ks.",
      [], "Question typed without diacritics or '?': answered yes with an attributed estimate. Clean."),
    q("Tellimuse 55817 raha pole ikka veel tagasi tulnud. Millal ma selle kätte saan?",
      "Vabandan ootamise pärast. Vaatasin tellimuse 55817 üle ja tagasimakse on meie finantsosakonnas töös. Tegeleme sellega ja hoiame Teid kursis.",
      [T9], "Asked 'when?', told only 'we are working on it'."),
    q("Kas Te saaksite mulle viimased kolm arvet paberil saata?",
      "Saatsin täna jaanuari, veebruari ja märtsi arve paberkoopiad aadressile Pärna tn 12, nii et need peaksid Teieni jõudma kahe-kolme tööpäeva jooksul.",
      [], "Request phrased as a question, answered with the action done. Clean."),
    q("Kui palju maksab lepingu ennetähtaegne lõpetamine? Kolin juunis välismaale.",
      "Kahju kuulda, et lahkute. Lepingu ennetähtaegseks lõpetamiseks täitke palun iseteeninduses lõpetamise avaldus ja lisage sellele uue välismaise aadressi tõend. Seejärel kinnitame lepingu lõppkuupäeva e-posti teel.",
      [T9], "Asked 'how much?', told only the procedure."),
    q("Te ju saite mu esmaspäevase numbrivahetuse avalduse kätte, eks?",
      "Jah, saime: Teie avaldus jõudis meieni esmaspäeval, 5. mail kell 10.12, ja uus number hakkab tööle reedel.",
      [], "Tag question ('eks?') answered yes with detail. Clean."),
    q("Kolm küsimust: kas mu e-arve püsimakse on veel aktiivne, mis kuupäeval raha maha võetakse ja kas ma saan makse teisele pangakontole ümber tõsta?",
      "Teie e-arve püsimakse on endiselt aktiivne ja summa võetakse maha iga kuu 15. kuupäeval.",
      [T9], "Three questions; moving the payment to another bank account never addressed."),
    q("Kas mullu ostetud ruuteril on veel garantii?",
      "Ruuter on ostetud eelmise aasta 3. septembril ja sellel on kaheaastane tootjagarantii, nii et rikke korral parandame või vahetame selle tasuta kuni järgmise aasta 3. septembrini.",
      [], "Yes/no answered implicitly in other words (free repair or exchange until a date). Clean."),
    q("Ootasin sel nädalal kaks korda 40 minutit liinil. Kas nii koheldaksegi kliente? Igatahes, kas minu kaebus ärajäänud tehnikuvisiidi kohta on registreeritud?",
      "Vabandan väga, et pidite sel nädalal nii kaua ootama; see ei ole teenindus, mida soovime Teile pakkuda.",
      [T9], "Rhetorical question (answered with an apology) plus a real one, whether the complaint is registered, never addressed."),
    q("Kas mu paketi hind tõuseb oktoobrist?",
      "Seda ma veel ei tea, sest oktoobri hinnad ei ole veel kinnitatud. Uurin hinnakujunduse kolleegidelt järele ja helistan Teile vastusega tagasi hiljemalt neljapäeval, 18. septembril.",
      [], "Honest 'I don't know yet' with a dated callback. Clean."),
    q("Kas ma pean ruuteri vahetuse ajal kodus olema ja kui kaua see aega võtab?",
      "Jah, keegi täiskasvanu peab kodus olema ja vahetus võtab umbes 45 minutit.",
      [], "Two questions answered in one sentence. Clean."),
    q("mis kell kuller homme tuleb ja kas peab allkirja andma",
      "Allkiri on vajalik, sest pakis on telefon. Kullerfirma DPD on andnud homseks kohaletoimetamise ajaks kella 10–11.",
      [], "Two questions without '?', answered in reverse order; partner named neutrally. Clean."),
    q("Kas tõesti on nii raske mu nime õigesti kirjutada? Palun parandage nimi minu kontol: Kadri Õunapuu!",
      "Vabandan vea pärast. Parandasin Teie kontol nime Kadri Õunapuuks ja järgmisel arvel on see juba õigesti.",
      [], "Rhetorical question needs no answer; the request is done. Clean."),
    q("Tere, kas ma saan telefoni veel tagastada? Ostsin selle 10 päeva tagasi e-poest",
      "Jah, saate: e-poest ostetud tootel on 14-päevane taganemisõigus, nii et Teil on aega 14. juunini. Kasutage palun tellimuse kinnituskirjas olevat tasuta tagastussilti.",
      [], "Yes/no answered 'Jah, saate' with the deadline and how. Clean."),

    # ---------------- R-TALK-6 (6 violations, 10 clean) ----------------
    t("Arve läks valele aadressile, sest Te andsite meile oma vana aadressi. Parandasin aadressi ja uus arve jõuab Teieni viie tööpäeva jooksul.",
      [T6], "Plain blame ('because you gave us your old address'), even while fixing it."),
    t("Tegime vea: Teie arve saadeti eksikombel vanale aadressile. Parandasin selle ja saadan arve uuesti hiljemalt 20. maiks.",
      [], "The company owns its mistake. Near miss of blame. Clean."),
    t("Nagu ma teisipäeval juba ütlesin, läheb raha tagasi kaardile, millega maksite. Te oleksite pidanud enne uuesti kirjutamist oma kaardi väljavõtet kontrollima.",
      [T6], "Lecturing: 'as I already said', 'you should have checked'."),
    t("Nagu täna hommikul telefonis kokku leppisime, jagasin 120-eurose võla kolmeks 40-euroseks kuumakseks alates 1. juulist. Esimene makse võetakse maha e-arve püsimaksega.",
      [], "'As we agreed on the phone': near miss of 'as I already told you'. Clean."),
    t("Maksetähtaja muutmise taotlusi lepingu esimesel aastal ei rahuldata. Otsus on lõplik.",
      [T6], "Flat bureaucratic refusal, 'the decision is final', nothing offered."),
    t("Lepingu esimesel aastal ma kahjuks maksetähtaega muuta ei saa, kuid saan seadistada Teile SMS-meeldetuletuse kolm päeva enne iga makset või jagada selle kuu summa kaheks osaks. Kumb sobiks Teile paremini?",
      [], "Refusal with two alternatives. Clean."),
    t("Vabandan viivituse pärast. Ausalt öeldes on meie arveldusosakonnas praegu täielik segadus ja pooled taotlused lähevad seal kaduma, aga saadan Teie oma täna uuesti.",
      [T6], "Running down another department while helping."),
    t("Minu kolleeg Liis arveldusosakonnast vaatas Teie konto juba üle ja eemaldas viivise. Aitäh kannatlikkuse eest, kuni ta seda kontrollis.",
      [], "Colleague named neutrally and credited. Clean."),
    t("Kaebuste osakonna otsenumbrit ega e-posti aadressi ma Teile anda ei saa. Peate helistama üldnumbrile nagu kõik teised.",
      [T6], "Refusing contact details, nothing offered, dismissive 'like everyone else'."),
    t("Teie makse laekus kaks päeva pärast maksetähtaega, seega saatis süsteem meeldetuletuse automaatselt. Tühistasin 2-eurose meeldetuletustasu ja selle arve eest ei ole Teil rohkem midagi tasuda.",
      [], "Cause explained neutrally and the fee cancelled: near miss of blame. Clean."),
    t("Ei, viivitus ei olnud meie poolt. Taotlus jäi pidama, sest saadetud avaldusel puudus allkiri.",
      [T6], "Contradicting the customer plus impersonal blame ('the application sent had no signature')."),
    t("See ei ole Teie süü: kullerisildile trükiti aadress meie poolt poolikuna. Saatsin täna asendusseadme kiirkulleriga Teie täielikule aadressile.",
      [], "Negated blame, the company owns the error. Clean."),
    t("Ohutuse tõttu paigaldavad meie tehnikud ainult meie enda seadmeid ega tee elektritöid korteri juhtmestikus. Kui see aitab, saadan Teile täna e-kirjaga nimekirja Teie piirkonna elektrikutest.",
      [], "A rule stated politely with help offered. Clean."),
    t("Kas saaksite palun kontrollida ruuteri põhja all olevat seerianumbrit ja selle meile saata? Nii saame olla kindlad, et seade on õigesti registreeritud, ja ma parandan arve kohe, kui number meieni jõuab.",
      [], "Polite request to check, with the agent's next step; no blame. Clean."),
    t("Saan aru, miks kiri segadust tekitas: 15 eurot on Teie kontol olev ettemaks, mitte võlg. See arvestatakse automaatselt järgmisest arvest maha, aga soovi korral võin selle ka Teie pangakontole tagasi kanda.",
      [], "Misunderstanding corrected kindly, with an option. Clean."),
    t("Meie koostööpartner Omniva püüdis paki esmaspäeval kätte toimetada ja jättis teate. Palusin neil neljapäeval uuesti proovida, kuid paki saate kätte ka Ülemiste pakiautomaadist.",
      [], "Partner named neutrally, alternative offered. Clean."),

    # ---------------- R-TALK-2 closings (5 violations, 8 clean) ----------------
    close("Kas saan Teid veel millegagi aidata? Kui midagi tekib, helistage meile julgelt uuesti. Head aega!",
          [T2], "Phone: anything else, come back, goodbye; no thanks.", "phone"),
    close("Kas saan Teile veel millegagi abiks olla? Aitäh, et meie poole pöördusite, ja pidage meeles, et siin vestluses saate meile alati kirjutada. Ilusat õhtut ja head aega!",
          [], "Chat closing with all four parts. Clean.", "chat"),
    close("Aitäh kannatlikkuse eest, härra Tamm. Kas on veel midagi, mida saan Teie jaoks üle vaadata? Head aega!",
          [T2], "Thanks, anything else, goodbye; nothing about coming back.", "phone"),
    close("Kas saan kolimisega seoses veel millegagi aidata? Aitäh kirja eest ja kirjutage meile julgelt uuesti, kui vajate abi.\n\nLugupidamisega\nEmma Kask\nTelekom Eesti",
          [], "E-mail closing: anything else, thanks, write again, sign-off. Clean.", "email"),
    close("Kas saan Teid veel millegagi aidata? Aitäh, et helistasite Telekom Eestisse, ja kui Teil tekib veel küsimusi, võite meile alati uuesti helistada.",
          [T2], "Anything else, thanks, come back; no goodbye.", "phone"),
    close("Aitäh helistamast, proua Saar. Enne kui lõpetame, kas on veel midagi, mida vajate? Kui ei, siis sellel numbril saate meid alati kätte. Head aega ja kõike head!",
          [], "Different order: thanks, anything else, come back, goodbye. Clean.", "phone"),
    close("Täname kannatlikkuse eest ja võtke meiega julgelt uuesti ühendust, kui meid vajate.\n\nParimate soovidega\nDaniel Rebane\nTelekom Eesti",
          [T2], "E-mail with thanks, come back and sign-off, but no question whether anything else is needed.", "email"),
    close("Teie uus paigaldusaeg on kinnitatud. Kas saan veel millegagi aidata? Aitäh, et meiega ühendust võtsite; oleme Teie jaoks alati olemas.\n\nLugupidamisega\nSandra Lepp\nTelekom Eesti",
          [], "E-mail closing with all four parts ('we are always here for you' = come back). Clean.", "email"),
    close("Kas saan enne lõpetamist veel millegagi aidata? Kui hiljem midagi tekib, teate, kust meid leida. Head aega!",
          [T2], "Chat: anything else, come back, goodbye; no thanks.", "chat"),
    close("Kas saan veel kuidagi aidata või sai kõik räägitud? Suur aitäh kannatlikkuse eest ja head aega; siin vestluses saate meid alati kätte.",
          [], "All four parts, goodbye before the come-back line. Clean.", "chat"),
    close("Nii et reedeks on kõik broneeritud. Kas oli veel midagi, mida soovisite täna ära ajada? Aitäh kõne eest ja helistage julgelt tagasi, kui midagi muutub. Head aega!",
          [], "Phone closing with all four parts. Clean.", "phone"),
    close("Kas saame tagasimaksega seoses veel millegagi abiks olla? Täname Teid kannatlikkuse eest ja palun pöörduge meie poole igal ajal.\n\nLugupidamisega\nOliver Põld\nTelekom Eesti klienditeenindus",
          [], "Formal e-mail closing with all four parts. Clean.", "email"),
    close("Kas saan veel millegagi aidata? Aitäh kirjutamast ja kirjutage meile alati uuesti. Head aega!",
          [], "Short chat closing with all four parts. Clean.", "chat"),

    # ---------------- R-LETTER-1 (4 violations, 7 clean) ----------------
    letter("Lugupeetud härra Mägi\n\nMeie andmetel on Teie lepingu 40021387 veebruari ja märtsi arvete tasumata summa 64,20 eurot. Selle maksetähtaeg oli 31. märts.\n\nLugupidamisega\nHelen Vaher\nTelekom Eesti",
           [L1], "Arrears stated with the due date, then nothing: no step."),
    letter("Lugupeetud härra Mägi\n\nMeie andmetel on Teie lepingu 40021387 veebruari ja märtsi arvete tasumata summa 64,20 eurot. Palun tasuge see summa 30. aprilliks pangaülekandega või iseteeninduses. Kui see on praegu keeruline, helistage meile numbril 1234 ja lepime Teiega kokku maksegraafiku.\n\nLugupidamisega\nHelen Vaher\nTelekom Eesti",
           [], "Arrears with the step, deadline, ways to pay and where to turn. Clean."),
    letter("Lugupeetud proua Kuusk\n\nTäname Teid pensionäri soodushinna taotluse eest. Anname teada, et taotluses mainitud pensionäri staatust tõendava dokumendi koopia ei ole meieni jõudnud.\n\nLugupidamisega\nJaan Pärn\nTelekom Eesti",
           [L1], "Missing document stated; she is never asked to send it."),
    letter("Lugupeetud proua Kuusk\n\nTagastasime valesti arvestatud kuutasu eest 11,80 eurot Teie kaardile, mille viimased numbrid on 4417. Tagasimakse tehti 2. mail ja see jõuab kontole tavaliselt viie tööpäeva jooksul. Teil ei ole vaja midagi teha, sest summa kantakse automaatselt tagasi kaardile, millega maksite.\n\nLugupidamisega\nJaan Pärn\nTelekom Eesti",
           [], "Refund: nothing needed, and why. Clean."),
    letter("Lugupeetud klient\n\nAlates 1. juulist 2027 muutub Teie paketi Nutikas M kuutasu 19,99 eurolt 18,49 eurole. Andmemaht jääb samaks.\n\nLugupidamisega\nTelekom Eesti",
           [L1], "Tariff change stated; neither a step nor 'nothing needed'."),
    letter("Lugupeetud härra Saar\n\nTeie tähtajaline leping lõpeb 31. augustil 2027. Enne seda kuupäeva saate uue lepingu valida iseteeninduses või meile helistades. Kui Te uut lepingut ei vali, jätkub teenus tavahinnaga tähtajatu lepinguna ja Teil ei ole vaja midagi teha.\n\nLugupidamisega\nRiina Lee\nTelekom Eesti",
           [], "Renewal: 'you can choose' before a date, and what happens if he does nothing. Clean."),
    letter("Lugupeetud proua Rand\n\nAnname teada, et 12. juuniks broneeritud valguskaabli paigaldus on viidud 19. juunile kella 8 ja 12 vahele, sest tehniku tolle päeva marsruut muutus.\n\nLugupidamisega\nAnna Kivi\nTelekom Eesti",
           [L1], "Moved appointment: new date, but not whether she must confirm, be at home or can rebook."),
    letter("Lugupeetud proua Rand\n\nKahjuks peame teatama, et 12. juuni tehnikuvisiit jääb töötaja haigestumise tõttu ära. Oleme Teile selle asemel broneerinud aja 19. juunil kella 8 ja 12 vahel. Kui see aeg sobib, ei pea Te midagi tegema; kui ei sobi, helistage meile palun 14. juuniks numbril 1234, et valida uus päev.\n\nLugupidamisega\nAnna Kivi\nTelekom Eesti",
           [], "Cancelled appointment with an 'if ... then' step and a deadline. Clean."),
    letter("Lugupeetud härra Oja\n\nMeie tehnik parandas 3. juunil Teie majani viiva kaabli ja ühendus on sellest ajast peale korralikult töötanud. Teil ei ole vaja midagi teha, sest parandus kuulus teenuslepingu hulka ja selle eest ei tule maksta.\n\nLugupidamisega\nPeeter Sepp\nTelekom Eesti",
           [], "Completed repair: nothing needed, and why. Clean."),
    letter("Lugupeetud proua Lind\n\nVaatasime läbi Teie 2. mai kaebuse viibinud ühenduse kohta. Oleme nõus, et töö võttis kauem aega, kui oleks pidanud, ja kandsime Teie kontole 10 eurot. Kui Te otsusega ei nõustu, võite 30 päeva jooksul selle kirja kuupäevast arvates pöörduda tarbijavaidluste komisjoni poole.\n\nLugupidamisega\nMart Ellik\nkaebuste lahendamise juht, Telekom Eesti",
           [], "Complaint decision with where to turn and a time limit. Clean."),
    letter("Lugupeetud proua Kuusk\n\nTäname Teid pensionäri soodushinna taotluse eest. Taotluse menetlemiseks palume Teil saata meile 15. novembriks pensionäri staatust tõendava dokumendi koopia. Saate selle üles laadida iseteeninduses või saata postiga aadressil Telekom Eesti, Valge 16, 10123 Tallinn.\n\nLugupidamisega\nJaan Pärn\nTelekom Eesti",
           [], "Missing document: 'we ask you to send', deadline, two ways. Clean."),
]


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def tr(channel, agent, turns):
    return {"version": 1, "lang": "et", "channel": channel, "agent": agent,
            "organisation": "Telekom Eesti", "turns": turns}


TRANSCRIPTS = [
    {"transcript": tr("phone", "Marko", [
        {"event": "ring"}, {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Tere hommikust, Telekom Eesti, minu nimi on Marko. Kuidas saan Teid aidata?"),
        C("Võtsin teisipäeval teie tehniku pärast vaba päeva ja keegi ei tulnud. Keegi isegi ei helistanud!"),
        A("Mul on väga kahju, et keegi ei tulnud ja Te võtsite asjata vaba päeva. Saan Teile broneerida eelisjärjekorras visiidi esmaspäeva hommikuks kella 8 ja 10 vahele. Kas broneerin selle?"),
        C("Jah, esmaspäev kella 8 ja 10 vahel sobib."),
        A("Broneerisin esmaspäevaks kella 8 ja 10 vahele ning kinnitus-SMS tuleb tunni aja jooksul. Kas saan Teid veel millegagi aidata?"),
        C("Ei, see on kõik."),
        A("Aitäh kannatlikkuse eest. Kui midagi muutub, helistage meile julgelt uuesti. Head aega!"),
        {"event": "hangup", "by": "customer"}]),
     "expect": [],
     "note": "Missed technician: apology plus a priority slot offered as a question ('Kas broneerin selle?'). Closing spread over two turns. Clean."},
    {"transcript": tr("chat", "Liisa", [
        A("Tere, vestluses on Liisa Telekom Eestist. Kuidas saan aidata?"),
        C("mult voeti aprilli arve eest kaks korda raha, 26 eurot mollemad korrad. see on juba teist korda sel aastal!!"),
        A("Näen mõlemat 3. aprilli 26-eurost makset. Kandsin teise makse täna Teie kaardile tagasi ja see peaks kolme kuni viie tööpäeva jooksul nähtav olema."),
        C("ok. kas mais juhtub sama"),
        A("Ei, topelt lisatud püsimakse on eemaldatud, seega võetakse 3. mail ainult üks makse. Kas saan veel millegagi aidata?"),
        C("ei, see on kõik"),
        A("Aitäh kannatlikkuse eest. Head aega!")]),
     "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "Double charge: refund but no apology after the complaint (R-TALK-12). Closing: anything else, thanks, goodbye, but no 'you can come back' (R-TALK-2). The May question is answered."},
    {"transcript": tr("chat", "Rasmus", [
        A("Tere päevast, Telekom Eesti, minu nimi on Rasmus. Kuidas saan Teile abiks olla?"),
        C("Tere. Mul on vaja vana korteri (Pargi 22) lõpparvet enne reedet. Üürileandja küsib seda."),
        A("Muidugi. Selle aadressi leping lõppes 30. aprillil, nii et saan lõpparve kohe koostada. Kas saadan selle meil olevale e-posti aadressile?"),
        C("Jah palun. Kuigi ausalt öeldes küsisin seda juba kaks nädalat tagasi ja keegi ei vastanud."),
        A("Aitäh, et sellest ütlesite, ja vabandan, et Teie esimesele palvele keegi ei vastanud; lõpparve on nüüd Teie postkastis ja vana päringu sulgesin, et Te teist eksemplari ei saaks."),
        C("Kätte saadud, aitäh."),
        A("Hea, et see kohale jõudis. Kas saan veel millegagi aidata? Aitäh kannatlikkuse eest ja siin vestluses saate meid alati kätte. Head aega!")]),
     "expect": [],
     "note": "Final bill: firm request (not a complaint), then a mild complaint answered with an apology mid-sentence and the bill sent. Complete closing in one turn. Clean."},
    {"transcript": tr("phone", "Helen", [
        {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Telekom Eesti, tere õhtust, minu nimi on Helen. Kuidas saan aidata?"),
        C("Mu internet on täna juba viis korda ära kadunud. Ma töötan kodus, see maksab mulle raha!"),
        A("Mul on väga kahju, see on tõesti tüütu, eriti kui töötate kodus."),
        C("Ja mis te siis ette võtate?"),
        A("Tegin liinitesti ja see näitab riket tänavakapis. Tehnik tuleb homme kella 9 ja 13 vahel seda parandama ning lisasin Teie kontole tänase päeva eest 5 eurot hüvitist."),
        C("Hästi. Aitäh."),
        A("Palun väga. Kas saan veel millegagi aidata? Aitäh helistamast ja helistage julgelt uuesti, kui ühendus enne parandust jälle katkeb. Head aega!"),
        {"event": "hangup", "by": "customer"}]),
     "expect": ["R-TALK-12"],
     "note": "Internet drop-outs: the turn after the complaint apologises but offers nothing (R-TALK-12); the fix comes only after the customer asks. The customer's follow-up question is firm but not a new complaint, so the fix in the next turn needs no apology. Closing complete."},
    {"transcript": tr("phone", "Toomas", [
        {"event": "ring"}, {"event": "ring"}, {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Tere hommikust, Telekom Eesti, minu nimi on Toomas. Kuidas saan Teid aidata?"),
        C("Proovin juba tund aega iseteenindusse sisse logida. Teie veebileht on täiesti kasutu!"),
        A("Vabandust selle pärast, saadan Teile kohe uue sisselogimislingi Teie kontoga seotud e-posti aadressile. Kas annate teada, kui see kohale jõuab?"),
        C("Jah, tuli. Olgu, sain sisse."),
        A("Suurepärane. Kas saan veel millegagi aidata, kuni olete liinil?"),
        C("Ei, see oli kõik, aitäh."),
        A("Aitäh helistamast, härra Tamm. Kui sisselogimisega peaks jälle probleeme tekkima, helistage meile julgelt tagasi. Head aega!"),
        {"event": "hangup", "by": "customer"}]),
     "expect": [],
     "note": "Login trouble, insult to the website: short 'Vabandust selle pärast, saadan ...' plus action. Three rings. Closing over two turns. Clean."},
    {"transcript": tr("chat", "Grete", [
        A("Tere, minu nimi on Grete ja olen Telekom Eesti klienditeenindaja. Kuidas saan aidata?"),
        C("Mu uus SIM-kaart pidi eile kohale jõudma ja seda pole ikka veel. Kus see on?"),
        A("Vabandan, et see pole Teieni jõudnud. Omniva jälgimine näitab, et pakk on Lõunakeskuse pakiautomaadis, kuid teade jäi saatmata; kas saadan avamiskoodi uuesti SMS-iga või eelistate, et kuller toob selle homme koju?"),
        C("Saatke kood uuesti, lähen täna õhtul järele."),
        A("Tehtud, avamiskood on Teie telefonis. Kas saan veel millegagi aidata?"),
        C("Ei, aitäh."),
        A("Aitäh kannatlikkuse eest, proua Saar, ja kirjutage meile alati, kui midagi vajate. Head aega!")]),
     "expect": [],
     "note": "Late SIM card: apology, 'where is it?' answered, way forward as a question. Closing over two turns. Clean."},
]
