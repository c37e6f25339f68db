"""dev8 Estonian items (writer A). Telekom Eesti. Precision-oriented: mostly clean, natural items."""

LANG = "et"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


ITEMS = [
    # ---------------- R-TALK-2 closings: C V C V C V C C ----------------
    {
        "text": "Kokkuvõtteks: vahetasime Teie ruuteri 12. mail välja ja kandsime vana seadme eest makstud 15 eurot tagasi Teie pangakontole. "
                "Kas saan Teid veel millegagi aidata? Aitäh, et andsite meile võimaluse see korda teha, ja kui edaspidi tekib küsimusi, kirjutage meile julgesti uuesti.\n\n"
                "Lugupidamisega\nKristjan\nTelekom Eesti klienditugi",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Long closing with a summary; anything else / thanks / write again / 'Lugupidamisega' as goodbye. Clean.",
    },
    {
        "text": "Kas saan veel millegagi aidata? Kui küsimusi tekib, olen siin olemas või võite alati helistada numbril 1234. Head päeva!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Anything else, come back and goodbye, but no thanks. R-TALK-2.",
    },
    {
        "text": "Nii, uus pakett hakkab kehtima 1. juulist. Kas on veel midagi, mida saan Teie heaks teha? Ei ole? Siis aitäh kõne eest, proua Lepik, "
                "ja helistage meile alati, kui abi vajate. Head aega!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing with a short summary and all four parts. Clean.",
    },
    {
        "text": "Kas on veel midagi, mida saaksin Teile selgitada? Tänan Teid kannatlikkuse eest ning kui tulevikus tekib küsimusi, võite meile igal ajal kirjutada.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "E-mail closing with anything else, thanks and come back, but no goodbye or sign-off. R-TALK-2.",
    },
    {
        "text": "Rõõm kuulda, et ühendus töötab. Kas saan veel kuidagi abiks olla? Suur aitäh, et kirjutasite, ja kui ühendus peaks jälle katkema, "
                "andke meile siin kohe teada. Ilusat õhtut, nägemist!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing with all four parts. Clean.",
    },
    {
        "text": "Tore, et saime asja korda. Aitäh, et helistasite, ja kui midagi veel ette tuleb, võite meile alati helistada. Head aega!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Thanks, come back and goodbye, but it never asks whether anything else is needed. R-TALK-2.",
    },
    {
        "text": "Palun andke teada, kui vajate veel midagi. Täname kannatlikkuse eest ja kui tekib uusi küsimusi, võtke meiega julgesti uuesti ühendust.\n\n"
                "Parimate soovidega\nTriinu Ots\nTelekom Eesti",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "'Let us know if you need anything else' is the anything-else part in ordinary wording; thanks; get in touch again; sign-off. Clean.",
    },
    {
        "text": "Võtke heaks, härra Sepp! Enne kui lõpetame: kas on veel midagi, mida saan kontrollida? Kui mitte, siis tänan, et olete Telekom Eesti klient, "
                "ja Te saate meiega alati siin või telefoni teel ühendust võtta. Head nädalavahetust ja nägemist!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Closing after the customer's thanks; all four parts. Clean.",
    },
    # ---------------- R-LETTER-1: C V C V C V C C ----------------
    {
        "text": "Lugupeetud härra Mets!\n\nKliendinumber: 5530127\n\nMeie andmetel on Teie aprilli ja mai arved kogusummas 61,80 eurot veel tasumata.\n\n"
                "Palun tasuge see summa 15. juuliks pangaülekandega või iseteeninduses. Kui Teil on praegu raske kogu summat korraga maksta, "
                "helistage meile enne seda kuupäeva numbril 1234 ja lepime kokku maksegraafiku.\n\nLugupidamisega\n\nEvelin Kuusk\nTelekom Eesti arveldus",
        "expect": [],
        "channel": "letter",
        "note": "Arrears letter; next step (pay by 15 July and how, or call to agree a schedule) in ordinary sentences. Clean.",
    },
    {
        "text": "Lugupeetud proua Rebane!\n\nTäname Teid lepingu ülevõtmise taotluse eest.\n\n"
                "Taotlusega koos saadetud volikirjal puudub volitaja allkiri.\n\nLugupidamisega\nTelekom Eesti klienditugi",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Missing signature stated; no next step (send a signed power of attorney, how, by when). R-LETTER-1.",
    },
    {
        "text": "Lugupeetud härra Kivi!\n\nMeie tehnik parandas 3. märtsil Teie maja sidekapis rikkis olnud kaabli ja Teie internetiühendus töötab taas täiskiirusel.\n\n"
                "Teil ei ole vaja midagi teha: remont oli tasuta, sest rike oli meie võrgus.\n\nLugupidamisega\nTelekom Eesti",
        "expect": [],
        "channel": "letter",
        "note": "Completed repair; nothing needed, and why (free, fault in our network). Clean.",
    },
    {
        "text": "Lugupeetud klient!\n\nAlates 1. septembrist 2026 muutub Teie Mobiil M paketi kuutasu 14,90 eurolt 15,90 eurole. "
                "Paketi mahud ja teenused jäävad samaks.\n\nLugupidamisega\nTelekom Eesti",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Price change stated; nothing about whether the customer must act or what options there are. R-LETTER-1.",
    },
    {
        "text": "Lugupeetud proua Tamm!\n\nKahjuks ei saa meie tehnik tulla kokkulepitud ajal, 7. oktoobril. Uus aeg on 9. oktoober kell 13–17.\n\n"
                "Kui see aeg Teile sobib, ei pea Te midagi tegema. Kui ei sobi, helistage palun 6. oktoobriks numbril 1234 ja leiame koos uue aja.\n\n"
                "Lugupidamisega\nTelekom Eesti klienditugi",
        "expect": [],
        "channel": "letter",
        "note": "Moved appointment; both cases covered. Clean.",
    },
    {
        "text": "Lugupeetud härra Lill!\n\nVaatasime läbi Teie 2. mai kaebuse rändlustasude kohta. Teile esitati Norras kasutatud andmeside eest ekslikult kõrgem hind. "
                "Kandsime 23,40 eurot tagasi Teie kliendikontole.\n\nLugupidamisega\nTelekom Eesti kaebuste osakond",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Complaint decision and credit stated, then stops; neither a next step nor 'nothing is needed'. R-LETTER-1.",
    },
    {
        "text": "Lugupeetud proua Põld!\n\nKandsime lepingu lõppemisel tekkinud ettemaksu, 17,50 eurot, 10. juunil tagasi Teie pangakontole.\n\n"
                "Teil ei ole vaja midagi ette võtta. Kui raha ei ole 17. juuniks laekunud, andke meile palun teada ja uurime asja.\n\nLugupidamisega\nTelekom Eesti",
        "expect": [],
        "channel": "letter",
        "note": "Refund letter: nothing to do, and what to do if the money does not arrive by 17 June. Clean.",
    },
    {
        "text": "Lugupeetud härra Org!\n\nTeie tähtajaline leping lõpeb 31. detsembril 2026. Kui soovite jätkata samadel tingimustel, ei pea Te midagi tegema: "
                "leping muutub tähtajatuks ja kuutasu jääb samaks. Kui soovite uut pakkumist, võtke meiega 1. detsembriks ühendust telefonil 1234 või iseteeninduses.\n\n"
                "Lugupidamisega\nTelekom Eesti",
        "expect": [],
        "channel": "letter",
        "note": "Renewal: nothing to do to continue (and why), or how and by when to ask for an offer. Clean.",
    },
    # ---------------- R-TALK-9 block: C V C V C V C V C C ----------------
    {
        "text": "Tere, härra Tamm!\n\nInterneti ümberkolimine on tasuta, kui Teie leping jätkub samadel tingimustel. Tehnik paneb ühenduse uues kohas tööle "
                "tavaliselt viie tööpäeva jooksul pärast tellimist ja praegu on vaba aeg 14. mail. Kas panen selle aja Teile kirja?\n\n"
                "Lugupidamisega\nKaarel\nTelekom Eesti klienditugi",
        "expect": [],
        "channel": "email",
        "customer": "Tere! Kolisin uude korterisse. Kas saan oma interneti sinna üle viia, palju see maksab ja kui kiiresti see toimub?",
        "note": "All three answered in other words: moving is free (so yes, it can be moved, and the price is zero), done within five working days, free slot 14 May. Clean.",
    },
    {
        "text": "Vabandan, et remont on nii kaua kestnud. Remondikeskuse teatel on Teie telefon juba teel ja jõuab Kristiine esindusse kolmapäeval, 12. juunil; "
                "saadame Teile SMS-i, kui see on kättesaamiseks valmis.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "mu telefon on remondis juba 3 nädalat. millal ma selle tagasi saan? ja kas mulle antakse vahepeal asendustelefon",
        "note": "Phone in repair: 'when do I get it back?' answered (12 June, attributed to the repair centre); 'is a replacement phone given meanwhile' not addressed. R-TALK-9.",
    },
    {
        "text": "Kahjuks ei saa lepingut enne tähtaega tasuta lõpetada, kuid välismaale kolimise korral saame selle kuni kuueks kuuks peatada, ilma kuutasuta. "
                "Kui soovite siiski kohe lõpetada, on leppetrahv 29 eurot.",
        "expect": [],
        "channel": "email",
        "customer": "Kas ma saan oma lepingu kohe lõpetada? Kolin välismaale.",
        "note": "Yes/no question answered 'Kahjuks ei ... kuid' with an alternative and the cost of ending now. Clean.",
    },
    {
        "text": "Tere, proua Kask!\n\nTeie piirkonnas vahetame praegu võrguseadmeid ja see võib õhtuti kiirust vähendada. "
                "Tööd lõpevad plaani järgi 20. juunil, pärast seda peaks kiirus olema jälle tavaline.\n\nLugupidamisega\nMaarja\nTelekom Eesti klienditugi",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "Tere, sooviksin teada, miks mu internet on viimasel ajal nii aeglane ja millal see paraneb. Kas ma saan selle aja eest ka mingit hüvitist?",
        "note": "Why and when answered; 'can I get compensation for that time?' ignored. R-TALK-9.",
    },
    {
        "text": "Tere! Jah, Teie 32-eurone makse laekus täna hommikul, nii et arve on tasutud.",
        "expect": [],
        "channel": "chat",
        "customer": "tere, tahaks teada kas minu makse on kohale joudnud, maksin eile 32 eurot",
        "note": "Embedded question without '?' and without diacritics, answered 'Jah' with detail. Clean.",
    },
    {
        "text": "Muidugi, saadan uue SIM-kaardi Teie kodusele aadressile täna ja tavaliselt jõuab see kohale kahe-kolme tööpäevaga.",
        "expect": ["R-TALK-9"],
        "channel": "phone",
        "customer": "Mul on vaja uut SIM-kaarti, vana läks katki. Kas selle saab postiga saata, ja kas see maksab midagi?",
        "note": "Posting answered; 'does it cost anything?' not addressed. R-TALK-9.",
    },
    {
        "text": "Tere, proua Saar!\n\nLisasin kirjale Teie lepingu koopia, mille teisel leheküljel on ka soodushinna lõppkuupäev: 30. september 2026.\n\n"
                "Lugupidamisega\nMaarja\nTelekom Eesti klienditugi",
        "expect": [],
        "channel": "email",
        "customer": "Palun saatke mulle mu lepingu koopia. Kas seal on kirjas ka see, millal soodushind lõpeb?",
        "note": "One sentence fulfils the request and answers the question with the date. Clean.",
    },
    {
        "text": "Tere! Jah, ruuter jõudis meie lattu kolmapäeval ja on korras. Lõpparve saadame Teile e-postiga 5. juulil.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "Tere! Tagastasin teisipäeval vana ruuteri esindusse. Kas see on kenasti kohale jõudnud? Kas mul on veel midagi maksta? Millal lõpparve tuleb?",
        "note": "Arrival and date of the final bill answered; 'do I still have anything to pay?' is not (the date of the final bill does not say whether anything is owed). R-TALK-9.",
    },
    {
        "text": "Ma ei oska veel öelda, miks arvele tuli kaks kuutasu, aga uurin selle arveldusosakonnaga välja ja helistan Teile neljapäeval kella 15-ks. "
                "Seniks makske palun ainult üks kuutasu, 19,90 eurot.",
        "expect": [],
        "channel": "phone",
        "customer": "Miks mu eelmise kuu arvel on kaks kuutasu? Kas ma pean mõlemad maksma?",
        "note": "Honest 'I can't say yet' with a dated call-back answers the why; 'do I have to pay both?' answered (pay only one for now). Clean.",
    },
    {
        "text": "Loomulikult. Muutsin arve saatmise viisi, nii et alates juulist saadame arve postiga Teie kodusele aadressile. Paberarve eest lisatasu ei ole.",
        "expect": [],
        "channel": "email",
        "customer": "Kas te saaksite mulle edaspidi arved paberil saata? Mul ei ole e-posti.",
        "note": "Request phrased as a question, fulfilled. Clean.",
    },
    # ---------------- R-TALK-6: C V x6 ----------------
    {
        "text": "Ühenduse katkestuse põhjustas tormis murdunud puu, mis lõhkus Jõe tänaval kaabli. "
                "Meie tehnikud on juba kohal ja nende hinnangul taastub ühendus täna kella 17-ks.",
        "expect": [],
        "channel": "social",
        "note": "Cause explained without blame; attributed estimate. Clean.",
    },
    {
        "text": "Arve on nii suur sellepärast, et Te ei lugenud enne välismaale sõitmist hinnakirja. Seda oleksite pidanud ise kontrollima.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Blames and lectures the customer. R-TALK-6.",
    },
    {
        "text": "Teil on õigus, see oli meie viga: Teie makse kanti kogemata teise kliendi kontole. Parandasin selle ja tühistasin ka meeldetuletuse.",
        "expect": [],
        "channel": "chat",
        "note": "Owns the company's mistake. Clean.",
    },
    {
        "text": "See ei vasta tõele. Me saatsime Teile teate kaks korda, Te lihtsalt ei lugenud seda.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Contradicts and blames the customer. R-TALK-6.",
    },
    {
        "text": "Kahjuks ei saa me telefoni tagasi võtta, sest 14-päevane taganemisõigus on möödas. Saame aga pakkuda tasuta ülevaatust remondikeskuses "
                "või vahetada selle teise mudeli vastu, kui tasute hinnavahe.",
        "expect": [],
        "channel": "email",
        "note": "Refusal with two alternatives. Clean.",
    },
    {
        "text": "Eile Teiega rääkinud kolleeg ilmselt ei saanud asjast üldse aru. Mina teen selle nüüd korralikult ära.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Runs down a colleague. R-TALK-6.",
    },
    {
        "text": "Meie koostööpartneri DPD kuller käis teisipäeval ja jättis teate. Ta saab paki uuesti tuua neljapäeval "
                "või võite selle alates homsest kätte saada Lõunakeskuse pakiautomaadist.",
        "expect": [],
        "channel": "chat",
        "note": "Partner courier mentioned neutrally with two options. Clean.",
    },
    {
        "text": "Osakonnajuhataja e-posti aadressi ma Teile anda ei saa. Selliseid andmeid me klientidele ei avalda.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Refuses contact details with no alternative. R-TALK-6.",
    },
    {
        "text": "Vaatasin veel kord üle: Teie makse laekus 3. mail ja mai arve on tasutud. Meeldetuletus saadeti välja 2. mail ehk päev enne makse laekumist, "
                "nii et palun jätke see tähelepanuta. Vabandan segaduse pärast.",
        "expect": [],
        "channel": "email",
        "customer": "Ma ju maksin arve ära, miks te mulle meeldetuletuse saatsite?",
        "note": "Corrects politely (the payment did arrive; the reminder was sent the day before) and answers the why. Clean.",
    },
    {
        "text": "Nagu ma juba mitu korda selgitasin, on lepingu punktis 8 selgelt kirjas, et rändlus tuleb ise välja lülitada. "
                "Oleksite pidanud lepingu hoolikamalt läbi lugema.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Lectures the customer with the contract and a reproach. R-TALK-6.",
    },
    {
        "text": "Kirjutasite, et see on juba „kolmas kord“, ja mõistan täiesti, miks Te pettunud olete. Vabandan. "
                "Võtsin Teie küsimuse enda lahendada ja vastan Teile homme kella 12-ks.",
        "expect": [],
        "channel": "email",
        "customer": "Teie teenindus on üks suur nali, kolmas kord kirjutan!",
        "note": "Quotes the customer's own words with an apology and a dated commitment. Clean.",
    },
    {
        "text": "Ausalt öeldes on meie arveldussüsteem täiesti kasutu ja juhtkond ei tee sellega midagi. Parandan summa käsitsi ja saadan uue arve täna.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Speaks badly of the company and management while helping. R-TALK-6.",
    },
]


TRANSCRIPTS = [
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Kadri", "organisation": "Telekom Eesti",
            "turns": [
                E("ring", "system"), E("ring", "system"), E("answer"),
                A("Tere, Telekom Eesti klienditugi, Kadri kuuleb. Kuidas saan Teid aidata?"),
                C("Tere. Mul pole juba kolmandat päeva internetti! Ja ma töötan kodust."),
                A("Mul on väga kahju, kolm päeva ilma internetita on tõesti liiga palju. Vaatan kohe, milles asi on. "
                  "Kas tohin Teid hetkeks ootele panna, kuni kontrollin Teie piirkonna võrku?"),
                C("Jah, palun."),
                E("hold"), E("resume"),
                A("Aitäh ootamast. Teie majas on rikkis jaotuskarp ja tehnik saab tulla homme, neljapäeval, kella 9 ja 12 vahel. Kas see aeg sobib Teile?"),
                C("Sobib."),
                A("Panin aja kirja ja lisaks arvestame Teie järgmisest arvest maha kolme päeva kuutasu. Kas saan Teid veel millegagi aidata?"),
                C("Ei, see on kõik."),
                A("Aitäh, et helistasite, ja kui homme peaks veel probleeme olema, helistage meile julgesti uuesti. Head päeva ja nägemist!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Outage complaint answered with apology + action; hold with permission and reason ('hetkeks' is not the diminutive 'hetkeke'), thanks after; closing spread over the last two agent turns. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "chat", "agent": "Mart", "organisation": "Telekom Eesti",
            "turns": [
                A("Tere! Telekom Eesti klienditugi, Mart kirjutab. Kuidas saan Teid aidata?"),
                C("Tellisin ruuteri kaks nädalat tagasi ja seda pole siiamaani tulnud! kas keegi teil üldse tegeleb sellega?"),
                A("Vaatan kohe järele, kus Teie pakk on. Palun öelge mulle tellimuse number."),
                C("TE-55812"),
                A("Aitäh. Pakk ei jõudnud Teieni, sest aadressi salvestamisel tekkis meie poolt viga. Saatsin Teile täna uue ruuteri kulleriga "
                  "ja kulleri plaani järgi toob ta selle reedel kella 10 ja 14 vahel."),
                C("ok"),
                A("Kas saan veel millegagi aidata?"),
                C("ei"),
                A("Aitäh Teile kannatlikkuse eest. Kui ruuter reedel kohale ei jõua, kirjutage meile siia uuesti. Head aega!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Delivery complaint; the next agent turn offers a way forward (checking the parcel) but no apology. R-TALK-12. The rhetorical 'is anyone even dealing with it?' is answered by the action; closing complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "chat", "agent": "Liis", "organisation": "Telekom Eesti",
            "turns": [
                A("Tere! Olete ühenduses Telekom Eesti klienditoega, minu nimi on Liis. Millega saan aidata?"),
                C("tere, lähen järgmisel nädalal Türki. kas mu internet töötab seal ja palju see maksab"),
                A("Andmesidet saate Türgis kasutada, kuid Türgi ei kuulu Euroopa Liidu rändlustsooni, seega maksab see 4,99 eurot päevas, kui internetti kasutate. "
                  "Soovi korral saan lisada Teie numbrile reisipaketi, 1 GB seitsmeks päevaks hinnaga 9 eurot."),
                C("jah lisage see pakett palun"),
                A("Lisasin reisipaketi ja see hakkab kehtima esimesel päeval, kui Türgis andmesidet kasutate. Kas saan veel kuidagi abiks olla?"),
                C("ei, aitäh! head aega"),
                A("Aitäh Teile ja head reisi! Kui reisil peaks küsimusi tekkima, kirjutage meile siia igal ajal. Nägemist!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Roaming in Turkey; both questions (without '?') answered in other words; the customer says goodbye first and the agent closes. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Andres", "organisation": "Telekom Eesti",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Tere päevast, Telekom Eesti, Andres kuuleb. Kuidas saan aidata?"),
                C("Tere. Minu mobiiliarve on sel kuul 18 eurot suurem kui tavaliselt. Miks nii?"),
                A("Kas tohin Teid minutiks ootele panna, et arve read üle vaadata?"),
                C("Jah."),
                E("hold"), E("resume"),
                A("Aitäh, et ootasite. Lisasumma tuleb kahest tasulisest SMS-ist ühele annetusnumbrile ja ühest kõnest Soome, kokku 18 eurot ja 40 senti. "
                  "Kui soovite, saan Teie numbril tasulised lühinumbrid edaspidi sulgeda."),
                C("Jah, sulgege need palun."),
                A("Sulgesin tasulised lühinumbrid ja muudatus kehtib kohe. Kas saan veel millegagi abiks olla?"),
                C("Ei, aitäh."),
                A("Aitäh, et helistasite. Kui arve kohta tekib veel küsimusi, võite meile alati uuesti helistada."),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-2"],
        "note": "Bill question answered after a correct hold; the closing has anything else, thanks and come back, but no goodbye. R-TALK-2.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Triin", "organisation": "Telekom Eesti",
            "turns": [
                E("ring", "system"), E("ring", "system"), E("ring", "system"), E("answer"),
                A("Tere, Telekom Eesti klienditeenindus, minu nimi on Triin. Kuidas saan Teile abiks olla?"),
                C("See on ikka täiesti naeruväärne! Ootasin kolm tundi tehnikut ja keegi ei tulnud."),
                A("Vabandan väga, see ei tohiks nii minna ja oleksime pidanud Teile vähemalt helistama. Pakun Teile kohe uue aja: kas laupäeval kella 10 ja 12 vahel sobiks?"),
                C("Laupäev sobib. Kas ma saan mingit hüvitist ka?"),
                A("Jah, saate. Lisasin Teie järgmisele arvele 10-eurose hüvituse ja tehnik helistab Teile laupäeval pool tundi enne tulekut."),
                C("Hästi."),
                A("Kas on veel midagi, millega saan Teid aidata?"),
                C("Ei ole. Aitäh, head aega."),
                A("Aitäh Teile, et andsite teada. Kui laupäeval midagi muutub, helistage meile kindlasti. Head aega!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Technician no-show complaint answered with apology, ownership and a new slot; compensation answered 'Jah'; customer says goodbye first; closing spread. 3 rings. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "chat", "agent": "Margus", "organisation": "Telekom Eesti",
            "turns": [
                A("Tere! Telekom Eesti klienditugi, Margus siinpool. Kuidas saan Teid aidata?"),
                C("Te võtsite mu kontolt kuutasu kaks korda maha!! See on juba teine kord sel aastal."),
                A("Mul on tõesti väga kahju, saan aru, kui ebameeldiv see on."),
                C("ja mis nüüd edasi saab?"),
                A("Kontrollisin Teie arvet: 24,90 eurot võeti 5. mail kaks korda. Tagastasin teise makse Teie pangakontole ja pangad kannavad selle tavaliselt üle kahe tööpäeva jooksul."),
                C("ok hea"),
                A("Kas saan veel millegagi aidata?"),
                C("ei"),
                A("Aitäh, et kirjutasite, ja kui raha ei peaks laekuma, võtke meiega julgesti uuesti ühendust. Kõike head ja nägemist!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Double-charge complaint; the next agent turn apologises but offers nothing; the fix comes only after the customer asks again. R-TALK-12. 'What happens now?' is answered; closing complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Kristiina", "organisation": "Telekom Eesti",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Tere, Telekom Eesti, Kristiina kuuleb. Millega saan Teid aidata?"),
                C("Tere, ma kolin järgmise kuu alguses Tartusse ja tahaksin oma kodu interneti uude kohta kaasa võtta."),
                A("Palju õnne uue kodu puhul! Kolimisega tegeleb meie paigaldusosakond, seega ühendan Teid kolleeg Siimuga. "
                  "Andsin talle juba Teie nime ja kolimise aja, nii et Te ei pea kõike uuesti rääkima. Kas sobib?"),
                C("Jah, sobib."),
                E("transfer", to="paigaldus"),
                A("Tere, Siim paigaldusosakonnast. Kristiina rääkis, et kolite järgmise kuu alguses Tartusse. Mis on uus aadress?"),
                C("Riia tänav 15, korter 4. Kas ruuteri saab kaasa võtta?"),
                A("Jah, sama ruuter töötab ka uues kohas. Panin ühenduse ümbertõstmise kirja 2. juuniks ja tehnik tuleb sel päeval kella 12 ja 16 vahel. "
                  "Kas saan veel millegagi aidata?"),
                C("Ei, see on kõik. Aitäh, head aega!"),
                A("Aitäh Teile ja ilusat kolimist! Kui kuupäev peaks muutuma, helistage meile julgesti. Head aega!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Moving house with a transfer after a summary; colleague named neutrally; the question is answered 'Jah'; the second agent closes after the customer's goodbye. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "chat", "agent": "Pille", "organisation": "Telekom Eesti",
            "turns": [
                A("Tere! Telekom Eesti klienditoest kirjutab Pille. Kuidas saan abiks olla?"),
                C("tere, kaotasin telefoni ära. kas saate mu SIM-kaardi kinni panna? ja kuidas ma uue saan"),
                A("Mul on kahju, et telefon kadus. Sulgesin Teie SIM-kaardi just praegu, nii et keegi ei saa sellega helistada. "
                  "Uue kaardi saate tasuta igast Telekom Eesti esindusest, kui võtate isikut tõendava dokumendi kaasa."),
                C("super, aitäh"),
                A("Kas saan veel millegagi aidata?"),
                C("ei"),
                A("Aitäh Teile ja head päeva! Nägemist!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-2"],
        "note": "Lost phone: both questions answered. The closing asks anything else, thanks and says goodbye, but never says the customer can come back. R-TALK-2.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "chat", "agent": "Tanel", "organisation": "Telekom Eesti",
            "turns": [
                A("Tere õhtust! Telekom Eesti klienditugi, minu nimi on Tanel. Kuidas saan Teid aidata?"),
                C("teie hinnad on ikka täielik röövimine. arve on 146 eurot ja ma ei jaksa seda korraga maksta"),
                A("Vabandust, et arve tuli nii suur üllatus. Saan summa jagada maksegraafikuks: näiteks kolm makset, igaüks umbes 48,70 eurot, "
                  "esimene 20. märtsil. Kas see aitaks?"),
                C("jah, aga kas makse võib olla kuu lõpus? siis tuleb palk"),
                A("Muidugi. Panin maksed 28. kuupäevale, 28. märtsil, aprillil ja mail, igaüks 48,67 eurot. Graafiku saadan Teile mõne minuti jooksul e-postiga."),
                C("hea küll"),
                A("Kas saan veel millegagi aidata? Kui mitte, siis aitäh, et kirjutasite, ja Te saate meiega alati siin või telefoni teel ühendust võtta. "
                  "Head õhtut ja nägemist!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Insulting complaint about prices answered with apology + payment schedule; the date question answered 'Muidugi' with the 28th; complete closing in one turn, then the customer leaves. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "et", "channel": "phone", "agent": "Helen", "organisation": "Telekom Eesti",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Tere, Telekom Eesti klienditugi, Helen kuuleb. Kuidas saan Teid aidata?"),
                C("Tere. Tahaksin teada, millal mu leping lõpeb ja kas ma saan siis odavama paketi peale minna."),
                A("Kas tohin Teid korraks ootele panna, et vaadata Teie lepingu andmeid?"),
                C("Muidugi."),
                E("hold"), E("resume"),
                A("Aitäh ootamise eest. Teie leping lõpeb 31. augustil. Jah, siis saate ilma leppetrahvita minna odavamale paketile, "
                  "näiteks Mobiil S, mis maksab 9,90 eurot kuus."),
                C("Hästi, ma mõtlen selle üle."),
                A("Muidugi. Kas saan veel millegagi aidata?"),
                C("Ei, aitäh."),
                A("Aitäh, et helistasite. Kui olete otsustanud, võite meile alati helistada või kirjutada. Kõike head, nägemist!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Contract end and cheaper plan: both embedded questions answered after a correct hold; closing spread over the last agent turns. Clean.",
    },
]
