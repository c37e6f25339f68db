"""dev9, Estonian items (writer B). Telekom Eesti, also running other kinds of desks."""

LANG = "et"

ITEMS = [
    # ---------------- R-TALK-6: 8 clean + 8 violations, alternating ----------------
    {
        "text": "Tere! Teie piirkonnas oli eile õhtul kaablitööde tõttu katkestus, mis kestis umbes kaks tundi. "
                "Ühendus taastati kell 22.40 ja praegu näen, et Teie ruuter on jälle võrgus. "
                "Kui ühendus peaks uuesti katkema, andke palun teada ja saadame tehniku kohale.",
        "expect": [],
        "channel": "email",
        "note": "Internet provider: the outage was caused by cable works; connection restored, technician offered if it recurs. "
                "Near miss: a cause explained without blaming anyone.",
    },
    {
        "text": "Kahjuavalduse menetlemine peatati, sest Te saatsite meile udused fotod, millelt ei ole auto numbrit näha. "
                "Oleksite pidanud pildid enne saatmist üle vaatama. Palun saatke uued fotod.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Insurer: 'processing was stopped because you sent us blurry photos ... you should have checked the pictures before sending'. "
                "Direct blame plus a lecture, even though a next step follows.",
    },
    {
        "text": "Vabandame, see oli meie viga: uus kaart saadeti Teie vanale aadressile, kuigi olite aadressi juba muutnud. "
                "Sulgesin vana kaardi ja uus kaart postitati täna Teie Tartu aadressile. "
                "Tavaliselt jõuab see kohale 3–5 tööpäevaga.",
        "expect": [],
        "channel": "chat",
        "note": "Bank card line: 'sorry, it was our mistake: the new card went to your old address although you had changed it'; "
                "old card closed, new one posted. Near miss: own mistake owned; the delivery time is an attributed estimate.",
    },
    {
        "text": "Vastuvõtuaeg tühistati automaatselt, kuna kinnitussõnumile ei vastatud 24 tunni jooksul. "
                "See reegel kehtib kõigile patsientidele ühtemoodi ja on kirjas ka broneerimistingimustes.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Clinic desk: 'the appointment was cancelled automatically because the confirmation was not answered within 24 hours; "
                "the rule applies to all patients and is in the booking terms'. Impersonal blame (passive voice) plus pointing at the terms, "
                "and nothing offered (no new slot).",
    },
    {
        "text": "Kahjuks ei saa me kasutamata piletit pärast rongi väljumist raha eest tagasi osta, sest sõidutingimused seda ei luba. "
                "Küll aga saan pileti hinna kanda Teie kliendikontole, et saaksite seda kasutada järgmise kuue kuu jooksul. "
                "Kas see lahendus sobiks Teile?",
        "expect": [],
        "channel": "email",
        "note": "Train operator: no cash refund for an unused ticket after departure, but the fare can go to the customer account for six months. "
                "Near miss: a refusal with an alternative. 'pilet' is a train ticket, not the jargon 'ticket'.",
    },
    {
        "text": "Elaniku parkimisluba tagasiulatuvalt ei väljastata. Otsus on lõplik ja seda uuesti läbi ei vaadata.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "City service desk: 'residents' parking permits are not issued retroactively. The decision is final and will not be reviewed.' "
                "A flat, bureaucratic refusal with no alternative.",
    },
    {
        "text": "Vaatasin Teie maksed üle: märtsi arve eest on laekunud üks makse summas 42,10 eurot ja teine makse, mida mainisite, kuulub aprilli arve juurde. "
                "Seega topeltmakset ei ole. Soovi korral saadan Teile maksete väljavõtte e-postiga, et saaksite ka ise üle vaadata.",
        "expect": [],
        "channel": "email",
        "note": "Water utility: the customer thought they paid twice; the agent shows that the second payment belongs to April and offers a statement. "
                "Near miss: the customer is corrected politely, with facts and an offer, no argument.",
    },
    {
        "text": "Ei, see ei vasta tõele. Pakk toimetati kätte 12. mail ja selle eest on allkiri olemas, nii et Teie väide, nagu poleks Te midagi saanud, ei pea paika.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Web shop returns: 'No, that is not true. The parcel was delivered on 12 May and signed for, so your claim that you received nothing does not hold.' "
                "Contradicting the customer outright.",
    },
    {
        "text": "Krediidilimiidi muutmise üle otsustab meie laenuosakond, kus Teie taotlusega tegeleb minu kolleeg Mart. "
                "Edastasin talle Teie kirja koos kõigi andmetega ja ta helistab Teile neljapäeval enne kella 12.",
        "expect": [],
        "channel": "email",
        "note": "Bank: credit limit changes are decided by the loan department, where colleague Mart handles it; the letter was passed on with all details, "
                "and he calls on Thursday before 12. Near miss: a colleague and another department named neutrally, transfer with a summary and a time.",
    },
    {
        "text": "Vabandust, konsultant, kellega eelmine kord rääkisite, ei tunne meie tingimusi üldse ja jagab kahjuks tihti valet infot. "
                "Tegelikult hüvitatakse klaasikahju ilma omavastutuseta.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Insurer: 'the consultant you spoke to last time does not know our terms at all and often gives wrong information'. "
                "Running down a colleague while giving the right answer.",
    },
    {
        "text": "Kirjutasite, et „bussijuht oli ebaviisakas ja sõitis peatusest lihtsalt mööda“. Vabandame väga, nii ei tohiks juhtuda. "
                "Edastasime Teie kirja vedaja liiniteenistusele ja anname Teile nende vastusest teada hiljemalt 20. juunil.",
        "expect": [],
        "channel": "email",
        "note": "Bus operator: quotes the customer's complaint ('the driver was rude and drove past the stop'), apologises, forwards it to the carrier, "
                "dated follow-up. Near miss: the negative words about the driver are the customer's, quoted.",
    },
    {
        "text": "Kontrollin Teie saadetise uuesti üle ja kirjutan homme. "
                "Ausalt öeldes on kullerfirma, kellega koostööd teeme, täiesti lootusetu, nende pakid jäävad pidevalt kuhugi kinni.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Web shop: 'I'll check your parcel again and write tomorrow. Honestly, the courier firm we work with is hopeless, their parcels keep getting stuck.' "
                "Speaking badly of a partner, after a helpful first sentence.",
    },
    {
        "text": "Te ei ole midagi valesti teinud, ruuteri seadistus laks kaotsi meie oise tarkvarauuenduse ajal. "
                "Saadan Teile juhendi, kuidas seadistus paari minutiga taastada, voi kui soovite, teeb meie tehnik seda Teie eest kaugteel.",
        "expect": [],
        "channel": "chat",
        "note": "Internet provider, typed entirely without diacritics (laks, oise, voi): 'you did nothing wrong, the router settings were lost during our night-time update'; "
                "guide or remote fix offered. Near miss: negated blame plus own cause. No-diacritics text is not a spelling mistake.",
    },
    {
        "text": "Kahjuks ei saa ma Teile osakonnajuhataja kontaktandmeid anda. Need on mõeldud ainult sisekasutuseks.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "City service desk: 'I cannot give you the head of department's contact details. They are for internal use only.' "
                "Refusing contact details, no other channel offered.",
    },
    {
        "text": "Reisikindlustuse hüvitise taotlemiseks on vaja ka arstitõendit. "
                "Kui Teil seda veel ei ole, saate selle küsida raviasutusest ja saata meile vastusena sellele kirjale; kindlat tähtaega selleks ei ole.",
        "expect": [],
        "channel": "email",
        "note": "Insurer: a doctor's certificate is also needed; ask the clinic and reply to this e-mail, no deadline. "
                "Near miss: a rule stated politely with a next step, not a lecture.",
    },
    {
        "text": "Blokeerisin kaardi. PIN-koodi teate ju ainult Teie, nii et kui keegi sellega makse tegi, tasub endalt küsida, kuidas see juhtuda sai. "
                "Tavaliselt juhtub nii siis, kui koodi hoitakse kaardiga samas kohas.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Bank card line: 'I blocked the card. Only you know the PIN, so if someone paid with it, ask yourself how that could happen. "
                "Usually it happens when the code is kept with the card.' Implied blame and a lecture, polite on the surface.",
    },

    # ---------------- R-TALK-9: 6 clean + 6 violations, alternating ----------------
    {
        "text": "Tere! Tõstsin Teie aja reedele, 14. märtsile kell 10.30, sama arsti juurde. "
                "Kolmapäeva ettemaks kandub üle uuele ajale, nii et uuesti maksta ei ole vaja.",
        "expect": [],
        "customer": "Tere, kas ma saaksin oma hambaarsti aja kolmapäevalt reedele tõsta? ja kas ma pean siis uuesti ettemaksu tegema",
        "channel": "email",
        "note": "Clinic: can I move my dentist slot from Wednesday to Friday, and do I pay the deposit again? The move is done (yes, implicitly) "
                "and no new payment is needed. Both answered.",
    },
    {
        "text": "Vabandame ebamugavuste pärast! Meie tehnikud vahetavad Teie piirkonnas välja rikkis võrguseadme ja töö lõpp on planeeritud neljapäeva õhtuks. "
                "Kui kiirus pärast seda ei parane, andke palun teada.",
        "expect": ["R-TALK-9"],
        "customer": "Internet on juba kolm päeva aeglane. Millal te selle korda teete? Ja kas ma saan selle aja eest raha tagasi?",
        "channel": "email",
        "note": "Internet provider: when will you fix it, and do I get money back for these days? 'When' is answered (Thursday evening); "
                "the refund question is ignored.",
    },
    {
        "text": "Jah, automaati jäänud kaart suletakse turvalisuse huvides ja seda enam kasutada ei saa. "
                "Uue kaardi saate tellida internetipangas menüüst „Kaardid“ või mis tahes kontoris ning see saadetakse Teile postiga umbes nädalaga.",
        "expect": [],
        "customer": "mu kaart jäi automaati kinni, kas see on nüüd blokeeritud ja kuidas ma uue saan",
        "channel": "chat",
        "note": "Bank card line: is the card now blocked, and how do I get a new one (no question marks)? Yes, closed; order in the internet bank or an office. Both answered.",
    },
    {
        "text": "Tere! Mul on väga kahju, et selline asi juhtus, veeleke tekitab alati palju muret. "
                "Praegu sulgege palun veekraan, pildistage kahjustused ja täitke kahjuavaldus meie kodulehel. "
                "Kahjukäsitleja võtab Teiega ühendust kahe tööpäeva jooksul.",
        "expect": ["R-TALK-9"],
        "customer": "Tere. Mu korteris oli veeleke ja naabri lagi sai kahjustada. Kas minu kodukindlustus katab ka naabri kahju? Mida ma peaksin praegu tegema?",
        "channel": "email",
        "note": "Insurer: does my home insurance cover the neighbour's damage, and what should I do now? 'What to do' is answered; "
                "the cover question gets only sympathy.",
    },
    {
        "text": "Tere! Jah, sülearvuti leiti eile õhtul bussist ja see on hoiul Tartu bussijaama leitud asjade punktis. "
                "Punkt on avatud tööpäeviti kella 8–18 ja laupäeviti 9–15, palun võtke kaasa isikut tõendav dokument.",
        "expect": [],
        "customer": "Unustasin eile Tallinn-Tartu bussi oma sülearvuti. Kas see on leitud? Kust ma selle kätte saan ja mis kellani te lahti olete",
        "channel": "email",
        "note": "Bus operator: found? where do I get it? until what time are you open (no '?')? Yes; Tartu bus station lost property; opening hours. All three answered.",
    },
    {
        "text": "Tere! Teie märtsi veearve summa on 48,60 eurot ja maksetähtaeg on 15. aprill. "
                "Lekke kontrollimiseks sulgege palun kõik kraanid ja vaadake, kas veemõõtja numbrid liiguvad; kui liiguvad, on kuskil leke.",
        "expect": ["R-TALK-9"],
        "customer": "Miks mu veearve on sel kuul kaks korda suurem kui tavaliselt? Kas mul võib olla kuskil leke?",
        "channel": "email",
        "note": "Water utility: why is my bill twice as high, and could there be a leak? The leak question is answered with a check; "
                "'why' gets only the amount and due date (same topic, no reason).",
    },
    {
        "text": "Tere! Teie tagastatud pakk jõudis meie lattu eile, 9. aprillil. "
                "Kauba kontroll on veel pooleli, seega täpset tagasimakse päeva ma praegu öelda ei saa; kirjutan Teile hiljemalt reedel, 12. aprillil, ja siis on ka makse kuupäev teada.",
        "expect": [],
        "customer": "Saatsin tagastuse 2 nädalat tagasi tagasi. Kas te olete selle kätte saanud? Ja millal ma oma raha tagasi saan?",
        "channel": "email",
        "note": "Web shop returns: did you receive it, and when do I get my money? Received on 9 April; refund date not known yet, with a dated follow-up (Friday 12 April). Both addressed.",
    },
    {
        "text": "Tere! Teie taotlus on menetluses ja ametnik vaatab selle läbi selle nädala jooksul. "
                "Elukoha andmeid saate hiljem kontrollida ka riigiportaalis eesti.ee.",
        "expect": ["R-TALK-9"],
        "customer": "Tere, esitasin kuu aega tagasi taotluse elukoha registreerimiseks. Kas see on juba tehtud? Ja kas ma pean ise ka kuhugi tulema allkirja andma?",
        "channel": "email",
        "note": "City desk: is the registration done yet, and do I need to come in to sign? The first is answered (still in progress); "
                "the signature question is left out (the reply talks about checking the data online instead).",
    },
    {
        "text": "Tere! Jah, ühenduse saab viia uuele aadressile ja leping jääb samaks. "
                "Kui majas on meie võrk olemas, teeb tehnik ühenduse tavaliselt viie tööpäeva jooksul pärast Teie avaldust. "
                "Saan kohe kontrollida, kas võrk on seal olemas, kui saadate uue aadressi.",
        "expect": [],
        "customer": "Tahaksin kolida oma internetiühenduse uude korterisse. Kas see on võimalik sama lepinguga? Ja kui kaua see aega võtab?",
        "channel": "chat",
        "note": "Internet provider: possible with the same contract? and how long does that take (follow-up referring back)? Yes, same contract; "
                "usually within five working days. Both answered.",
    },
    {
        "text": "Tere! Saatekirja ei ole vaja paberil kaasa võtta, see on meie süsteemis olemas ja õde näeb seda Teie isikukoodi järgi. "
                "Palun tulge registratuuri umbes kümme minutit enne oma aega.",
        "expect": ["R-TALK-9"],
        "customer": "Tere, mul on homme kell 9 vereanalüüs. Sooviksin teada, kas ma pean tühja kõhuga tulema. Lisaks, kas saatekiri peab paberil kaasas olema?",
        "channel": "email",
        "note": "Clinic: embedded question 'I'd like to know whether I must come fasting' and 'must the referral be on paper?'. "
                "The referral is answered; the fasting question is ignored.",
    },
    {
        "text": "Limiidi muutmine on tasuta. Tõstsin Teie kaardi päevalimiidi 3000 eurole kuni 30. juunini, pärast seda läheb see automaatselt tagasi endisele tasemele.",
        "expect": [],
        "customer": "Kas ma saan kaardi limiidi ajutiselt suuremaks teha? Lähen reisile ja seal peab hotelli eest maksma. Kui see on võimalik, kas see maksab midagi?",
        "channel": "chat",
        "note": "Bank card line: can I raise the limit temporarily, and does it cost anything? Answered in reverse order: free; the limit is raised "
                "(yes, implicitly, by doing it).",
    },
    {
        "text": "Tere! Vabandame hilinemise pärast! Kui rong hilineb üle 60 minuti, hüvitame 25% pileti hinnast, nii et Teil on hüvitisele õigus.",
        "expect": ["R-TALK-9"],
        "customer": "Mu rong hilines eile 80 minutit ja jäin bussist maha. Kas mulle hüvitatakse midagi? kui jah siis kuidas seda taotleda",
        "channel": "email",
        "note": "Train operator: am I compensated, and if so how do I apply (follow-up without '?')? Yes (25%), but how to apply is never said.",
    },

    # ---------------- R-LETTER-1: 4 clean + 4 violations, alternating ----------------
    {
        "text": "Lugupeetud Kadri Tamm\n\n"
                "Teatame, et Teie 3. märtsi kahjuavaldus nr K-20417 on läbi vaadatud ja Teile on määratud hüvitis summas 612 eurot. "
                "Summa kantakse Teie kontole viie tööpäeva jooksul. "
                "Teilt ei ole vaja rohkem dokumente ega toiminguid, sest kõik vajalik on meil olemas.\n\n"
                "Lugupidamisega\nTiina Saar\nkahjukäsitleja",
        "expect": [],
        "channel": "letter",
        "note": "Insurer, claim decision: compensation 612 EUR, paid within five working days; nothing else is needed because everything is on file. Clean.",
    },
    {
        "text": "Lugupeetud Andres Kask\n\n"
                "Teatame, et Teie deebetkaart lõpuga 4821 blokeeriti 14. mail, kuna sellega üritati teha mitu kahtlast makset välismaal. "
                "Kaardiga 13. maist alates tehtud ootel tehingud on peatatud.\n\n"
                "Lugupidamisega\nTelekom Eesti kaardikeskus",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Card blocked after suspicious payments abroad; pending transactions stopped. The letter stops there: nothing about a new card, "
                "contacting the bank or whether anything is needed.",
    },
    {
        "text": "Lugupeetud Maria Lepp\n\n"
                "Teie 22. aprilli vastuvõtuaeg silmaarsti juurde on arsti haigestumise tõttu viidud 29. aprillile kell 11.15, samasse kabinetti. "
                "Kui uus aeg Teile sobib, ei pea Te midagi tegema. "
                "Kui see ei sobi, helistage palun hiljemalt 25. aprillil numbril 640 1234 ja leiame koos uue aja.\n\n"
                "Lugupidamisega\nregistratuur",
        "expect": [],
        "channel": "letter",
        "note": "Clinic, appointment moved because the doctor is ill: nothing to do if it suits; otherwise call by 25 April. Clean.",
    },
    {
        "text": "Lugupeetud Jaan Ots\n\n"
                "Teie taotlus tühistatud Tallinna–Narva reisi pileti hinna tagastamiseks on rahuldatud. "
                "Tagastatav summa on 14,20 eurot ja taotlus on registreeritud numbriga T-5532.\n\n"
                "Lugupidamisega\nklienditeenindus",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Fare refund approved, 14.20 EUR, reference T-5532. Not said how or when the money comes, or whether anything is needed.",
    },
    {
        "text": "Lugupeetud Pille Raud\n\n"
                "Teie taotlus kaevetööde loa saamiseks aadressil Pärna 7 on meile laekunud, kuid sellest puudub tööde asendiplaan. "
                "Palun saatke asendiplaan PDF-failina vastusena sellele kirjale hiljemalt 10. juuniks, et saaksime loa väljastada enne tööde algust. "
                "Küsimuste korral helistage numbril 627 4400.\n\n"
                "Lugupidamisega\nMargus Põld\nlinnavalitsuse teenindus",
        "expect": [],
        "channel": "letter",
        "note": "City desk, missing document: the site plan is missing; send it as a PDF by 10 June. What, how and by when are stated. Clean.",
    },
    {
        "text": "Lugupeetud klient\n\n"
                "Alates 1. septembrist muutub Teie internetipaketi „Kodu 300“ kuutasu 24,99 eurolt 27,49 eurole. "
                "Muudatuse põhjuseks on võrgu hoolduskulude kasv. Uus hind kajastub esimest korda septembri arvel.\n\n"
                "Lugupidamisega\nTelekom Eesti",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Price change for the internet package from 1 September, with the reason. Not said whether the customer must do anything "
                "(or that nothing is needed), nor what to do if they disagree.",
    },
    {
        "text": "Lugupeetud Toomas Mets\n\n"
                "Meie andmetel on Teie veearvete võlgnevus seisuga 2. oktoober 86,40 eurot. "
                "Palun tasuge see summa hiljemalt 20. oktoobriks arvel märgitud kontole viitenumbriga 1234567. "
                "Kui olete juba maksnud, ei ole vaja midagi teha, ja kui soovite tasuda osadena, helistage meile ning lepime kokku maksegraafiku.\n\n"
                "Lugupidamisega\nKatrin Sepp\nklienditeenindus",
        "expect": [],
        "channel": "letter",
        "note": "Water utility arrears: pay 86.40 EUR by 20 October with the reference number; nothing if already paid; instalments by phone. Clean.",
    },
    {
        "text": "Lugupeetud Rein Kuusk\n\n"
                "Teatame, et Teile on väljastatud elaniku parkimisluba nr 2024-118 sõidukile registreerimisnumbriga 123 ABC. "
                "Luba kehtib 1. märtsist 2024 kuni 28. veebruarini 2025 Kesklinna parkimisalas.\n\n"
                "Lugupidamisega\nlinnavalitsuse teenindus",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "City desk, residents' parking permit issued, with its validity. The letter states the fact and stops: not said whether it must be displayed, "
                "collected, or that nothing is needed.",
    },

    # ---------------- R-TALK-2: 4 clean + 4 violations, alternating ----------------
    {
        "text": "Kas saan Teid veel millegagi aidata? Kui mitte, siis aitäh, et võtsite ühendust, ja kui kaardiga peaks veel midagi juhtuma, "
                "kirjutage meile julgelt igal ajal. Head päeva ja nägemist!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Bank card chat closing: anything else? / thanks / write to us any time / goodbye. Complete.",
    },
    {
        "text": "Kas saan veel millegagi abiks olla? Kui Teil tekib enne vastuvõttu küsimusi, helistage meile uuesti, registratuur on avatud tööpäeviti 8–18. Head aega!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Clinic phone closing: anything else? / call again / goodbye, but no thanks.",
    },
    {
        "text": "Kas saan Teid selles asjas veel kuidagi aidata? Täname Teid kannatlikkuse eest, ja kui kahjuasjas tekib uusi küsimusi, võite meile alati uuesti kirjutada.\n\n"
                "Lugupidamisega\nKristi Pärn\nkahjukäsitleja",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Insurer e-mail closing: anything else? / thanks for your patience / you can always write again / 'Lugupidamisega' sign-off as goodbye. Complete.",
    },
    {
        "text": "Kas on veel midagi, mida saaksin Teie heaks teha? Aitäh, et tellisite meilt, ja ilusat nädalavahetust! Nägemist!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Web shop chat closing: anything else? / thanks / goodbye, but nothing saying the customer can come back.",
    },
    {
        "text": "Kas on veel midagi, millega saan aidata? Siis aitäh helistamast! Kui ühendusega peaks veel probleeme tekkima, helistage meile ööpäev läbi. Kõike head, nägemiseni!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Internet provider phone closing: anything else? / thanks for calling / call us round the clock / 'Kõike head!' as goodbye. Complete.",
    },
    {
        "text": "Täname, et andsite lekkest kiiresti teada. Kui arvega seoses tekib veel küsimusi, oleme alati valmis aitama, kirjutage või helistage.\n\n"
                "Lugupidamisega\nMarko Ilves\nklienditeenindus",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Water utility e-mail closing: thanks / always ready to help / sign-off, but never asks whether anything else is needed.",
    },
    {
        "text": "Kas saan veel millegagi aidata? Suur aitäh, et kirjutasite! Kui reisiga seoses tekib veel küsimusi, oleme siin vestlusaknas iga päev kella 7–22. Head reisi ja nägemist!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Bus operator chat closing: anything else? / thanks / we are here every day 7-22 / goodbye. Complete.",
    },
    {
        "text": "Kas saan Teid veel millegagi aidata? Aitäh, et helistasite, ja kui loa kohta tekib küsimusi, võtke meiega julgelt uuesti ühendust.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "City desk phone closing: anything else? / thanks / contact us again, but no goodbye.",
    },
]


def _ring(t):
    return {"event": "ring", "time": t}


TRANSCRIPTS = [
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Liisa", "organisation": "Telekom Eesti",
            "turns": [
                _ring("2024-11-05T09:12:00Z"),
                _ring("2024-11-05T09:12:05Z"),
                {"event": "answer", "by": "agent", "time": "2024-11-05T09:12:08Z"},
                {"speaker": "agent", "text": "Tere, Telekom Eesti, Liisa kuuleb. Kuidas saan Teid aidata?"},
                {"speaker": "customer", "text": "Tere. Mul on internet jälle maas, see on juba kolmas kord sel kuul. Ma teen kodus tööd, nii ei saa!"},
                {"speaker": "agent", "text": "Vabandan väga, et peate jälle helistama. Vaatan kohe Teie ühenduse üle ja vajaduse korral saadan tehniku. Kas ütleksite palun oma kliendinumbri?"},
                {"speaker": "customer", "text": "1029384."},
                {"speaker": "agent", "text": "Aitäh. Näen, et Teie maja võrguseade on rikkis. Saan tehniku saata homme kella 9 ja 12 vahel, kas see aeg sobib?"},
                {"speaker": "customer", "text": "Sobib. Kas ma pean ise kodus olema?"},
                {"speaker": "agent", "text": "Jah, palun olge kodus, sest tehnik kontrollib ka Teie ruuterit. Lisaks arvestame selle kuu arvest kolme päeva kuutasu maha. Kas saan veel millegagi aidata?"},
                {"speaker": "customer", "text": "Ei, aitäh."},
                {"speaker": "agent", "text": "Aitäh helistamast ja vabandust veel kord. Kui midagi muud tekib, helistage meile julgelt uuesti. Head aega!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": [],
        "note": "Internet provider call, two rings. Complaint 'third time this month, I can't work like this!' -> the next agent turn apologises "
                "and offers a check and a technician. Both customer questions answered (slot, must I be home). Complete closing spread over the last two turns.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "chat", "agent": "Kertu", "organisation": "Telekom Eesti",
            "turns": [
                {"speaker": "agent", "text": "Tere! Siin Kertu, Telekom Eesti e-poe klienditeenindus. Kuidas saan Teid aidata?"},
                {"speaker": "customer", "text": "Tere, saatsin tagastuse juba 3 nädalat tagasi ja raha pole ikka tulnud. Keegi pole mulle midagi öelnud!"},
                {"speaker": "agent", "text": "Vaatan kohe järele. Palun kirjutage oma tellimuse number."},
                {"speaker": "customer", "text": "45120"},
                {"speaker": "agent", "text": "Aitäh. Tagastus jõudis lattu 2. mail ja tegin tagasimakse summas 39,90 eurot praegu ära. Pank kannab selle tavaliselt üle ühe-kahe tööpäevaga."},
                {"speaker": "customer", "text": "ok aitäh"},
                {"speaker": "agent", "text": "Kas saan veel millegagi aidata? Aitäh, et kirjutasite, ja kui tekib küsimusi, kirjutage julgelt uuesti. Head päeva ja nägemist!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Web shop returns chat. Complaint 'refund three weeks late, nobody told me anything!' -> the next agent turn offers to check "
                "but does not apologise (offer without apology). The refund is then made; the closing is complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Marko", "organisation": "Telekom Eesti",
            "turns": [
                _ring("2024-07-18T16:40:00Z"),
                {"event": "answer", "by": "agent", "time": "2024-07-18T16:40:04Z"},
                {"speaker": "agent", "text": "Tere, Telekom Eesti kaardiliin, Marko kuuleb. Kuidas saan aidata?"},
                {"speaker": "customer", "text": "Mu kaart ei tööta Hispaanias ja ma seisan poes kassas! Te olete ikka täiesti kasutud."},
                {"speaker": "agent", "text": "Vabandan väga, et jäite välismaal ilma makseviisita. Aitan kohe: kontrollin, miks kaart tagasi lükati, ja avan selle uuesti. Kas tohin Teid selleks minutiks ootele panna?"},
                {"speaker": "customer", "text": "Jah, aga kiiresti."},
                {"event": "hold", "by": "agent"},
                {"event": "resume", "by": "agent"},
                {"speaker": "agent", "text": "Aitäh ootamast! Turvasüsteem oli kaardi ebatavalise asukoha tõttu ajutiselt peatanud. Avasin selle nüüd ja saate kohe uuesti maksta."},
                {"speaker": "customer", "text": "Ok. Kas seda saab järgmine kord kuidagi vältida?"},
                {"speaker": "agent", "text": "Jah, enne reisi saate internetipangas märkida reisi riigid ja kuupäevad, siis kaarti ei peatata. Kas saan veel millegagi aidata?"},
                {"speaker": "customer", "text": "Ei, see on kõik."},
                {"speaker": "agent", "text": "Aitäh, et helistasite, ja ilusat reisi jätku! Kui kaardiga tekib veel küsimusi, helistage meile ööpäev läbi. Head aega!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": [],
        "note": "Bank card line, one ring. Insult 'you are completely useless' -> apology plus action (check and reopen the card); hold asked with "
                "permission and reason, thanks after the resume. The question 'can this be avoided next time?' is answered. Complete closing.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Helen", "organisation": "Telekom Eesti",
            "turns": [
                {"event": "answer", "by": "agent", "time": "2024-03-11T10:02:00Z"},
                {"speaker": "agent", "text": "Tere, Telekom Eesti kliiniku registratuur, Helen kuuleb. Kuidas saan Teid aidata?"},
                {"speaker": "customer", "text": "Ma olen juba kolm korda helistanud ja keegi ei helista mulle analüüside asjus tagasi. See on ikka uskumatu!"},
                {"speaker": "agent", "text": "Mul on väga kahju, et see nii on läinud. Ma saan aru, et see on häiriv."},
                {"speaker": "customer", "text": "Noh. Minu nimi on Eve Kallas, sündinud 12. märtsil 1987."},
                {"speaker": "agent", "text": "Aitäh. Teie analüüsitulemused on valmis. Panin Teile arsti tagasihelistamise täna kella 14 ja 15 vahele."},
                {"speaker": "customer", "text": "Hea küll."},
                {"speaker": "agent", "text": "Kas saan veel millegagi aidata?"},
                {"speaker": "customer", "text": "Ei."},
                {"speaker": "agent", "text": "Aitäh helistamast, ja kui tekib küsimusi, helistage julgelt uuesti. Head aega!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Clinic desk call. Complaint 'third time I call and nobody calls back, unbelievable!' -> the next agent turn apologises and says "
                "'I understand it is annoying' but offers nothing; the callback is booked only after the customer gives their details unprompted. "
                "The customer's name 'Kallas' is a surname, not a diminutive. Closing complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "chat", "agent": "Rasmus", "organisation": "Telekom Eesti",
            "turns": [
                {"speaker": "agent", "text": "Tere! Telekom Eesti veeteenuse klienditugi, Rasmus. Kuidas saan Teid aidata?"},
                {"speaker": "customer", "text": "Tere. Meil pole hommikust saadik vett ja keegi ei teavitanud meid!"},
                {"speaker": "agent", "text": "Vabandame väga, et Teid ei teavitatud. Kontrollin kohe, kas Teie tänaval on avarii, ja ütlen, millal vesi tagasi tuleb. Mis on Teie aadress?"},
                {"speaker": "customer", "text": "Kase 12, Tartu"},
                {"speaker": "agent", "text": "Aitäh. Kase tänaval purunes öösel veetoru ja remondibrigaad on kohal. Nende hinnangul on vesi tagasi umbes kella 16-ks ning Kase 10 juurde tuuakse kella 12-ks veepaak."},
                {"speaker": "customer", "text": "ok ja kas arvest arvestatakse see aeg maha?"},
                {"speaker": "agent", "text": "Vee eest maksate ainult tarbitud koguse järgi, nii et katkestuse ajal Teile tasu ei lisandu. Kas saan veel millegagi aidata?"},
                {"speaker": "customer", "text": "ei aitäh"},
                {"speaker": "agent", "text": "Aitäh, et andsite teada, ja vabandust veel kord. Kui tekib küsimusi, kirjutage meile julgelt igal ajal. Head päeva ja nägemist!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": [],
        "note": "Water utility chat. Complaint 'no water since morning and nobody told us!' -> apology plus an offer (check now, tell when it returns). "
                "The estimate is attributed to the repair crew. 'Will this be deducted from the bill?' is answered implicitly (you pay only for what you use, "
                "so nothing is charged). Complete closing.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Oliver", "organisation": "Telekom Eesti",
            "turns": [
                _ring("2024-09-24T08:15:00Z"),
                _ring("2024-09-24T08:15:05Z"),
                _ring("2024-09-24T08:15:10Z"),
                {"event": "answer", "by": "agent", "time": "2024-09-24T08:15:13Z"},
                {"speaker": "agent", "text": "Tere hommikust, Telekom Eesti bussiliinide infotelefon, Oliver kuuleb. Kuidas saan aidata?"},
                {"speaker": "customer", "text": "Buss number 5 ei tulnud jälle üldse! Jäin tööle hiljaks, see on juba teine kord sel nädalal."},
                {"speaker": "agent", "text": "Buss sõitis täpselt graafiku järgi ja väljus peatusest kell 7.42. Ilmselt jõudsite peatusse lihtsalt hiljem."},
                {"speaker": "customer", "text": "Ei jõudnud ma hiljem, ma olin seal juba 7.35!"},
                {"speaker": "agent", "text": "Vabandan, kui see nii oli. Registreerin Teie kaebuse ja palun vedajal bussi asukohaandmed üle kontrollida; vastuse saadan Teile e-postiga viie tööpäeva jooksul."},
                {"speaker": "customer", "text": "Hea küll."},
                {"speaker": "agent", "text": "Kas saan veel millegagi aidata?"},
                {"speaker": "customer", "text": "Ei."},
                {"speaker": "agent", "text": "Aitäh helistamast, ja kui tekib veel küsimusi, helistage julgelt uuesti. Head aega!"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": ["R-TALK-12", "R-TALK-6"],
        "note": "Bus information line, three rings (within the limit). Complaint 'the bus didn't come again, second time this week' -> the agent "
                "justifies ('it ran exactly on schedule') and implies the customer was late: no apology, nothing offered (R-TALK-12) and "
                "contradicting/blaming (R-TALK-6). The second complaint is handled correctly (apology plus complaint and dated reply). Closing complete.",
    },
]
