"""dev14 Estonian items and transcripts (writer C). Organisation: Telekom Eesti."""

LANG = "et"


def _a(text):
    return {"speaker": "agent", "text": text}


def _c(text):
    return {"speaker": "customer", "text": text}


def _e(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def _t(channel, agent, turns):
    return {"version": 1, "lang": "et", "channel": channel, "agent": agent,
            "organisation": "Telekom Eesti", "turns": turns}


_RING2 = [_e("ring", "system"), _e("ring", "system"), _e("answer", "agent")]
_RING3 = [_e("ring", "system"), _e("ring", "system"), _e("ring", "system"),
          _e("answer", "agent")]

TRANSCRIPTS = [
    # t01 clean
    {"transcript": _t("phone", "Kadri", _RING2 + [
        _a("Telekom Eesti, tere, Kadri kuuleb. Kuidas saan Teid aidata?"),
        _c("Tere. Mul pidi täna hommikul interneti paigaldaja tulema, kella kaheksast kümneni. "
           "Kell on pool üksteist ja kedagi pole. Võtsin selle jaoks töölt vaba päeva!"),
        _a("Mul on väga kahju, et Te asjata ootasite. Vaatan kohe järele, mis juhtus. "
           "Kas ütleksite oma aadressi?"),
        _c("Kivi tänav 14, Tartu."),
        _a("Aitäh. Näen, et paigaldaja eelmine töö venis pikaks ja Teile jäeti helistamata. "
           "See oli meie viga. Broneerisin Teile juba uue aja: homme, neljapäeval, kella 8 ja 9 "
           "vahel, see on paigaldaja päeva esimene töö."),
        _c("Homme? Aga kas ma pean siis jälle terve hommiku kodus olema?"),
        _a("Ei pea, ja vabandust segaduse pärast. Seekord on aeg ainult üks tund. Paigaldaja Rein helistab Teile 20 minutit "
           "enne kohale jõudmist. Kui homne päev ei sobi, saan pakkuda ka laupäeva hommikut."),
        _c("Olgu, homne sobib."),
        _a("Väga hea, saadan Teile kinnituse ka SMS-iga. Kas saan veel millegagi aidata?"),
        _c("Ei, muud pole. Aitäh."),
        _a("Aitäh Teile, et helistasite. Kui homme peaks midagi viltu "
           "minema, helistage julgelt otse meile numbril 1551. Head päeva!"),
        _c("Head aega."),
        _e("hangup", "customer"),
    ]), "expect": [],
        "note": "Broadband installer did not come; customer complains (took a day off). Agent "
                "apologises and acts at once, owns the mistake, has already booked a new one-hour "
                "slot. Question 'do I have to stay home all morning again?' answered (no, one "
                "hour, a call 20 min before). Closing spread over the last two agent turns "
                "(anything else / thanks / ring us again / good day). Clean."},
    # t02 violating: justification, no apology
    {"transcript": _t("chat", "Marten", [
        _a("Tere! Telekom Eesti e-pood, Marten kirjutab. Kuidas saan abiks olla?"),
        _c("tere, tellisin poja sünnipäevaks robotikomplekti, tellimus 55120. pidi eile kohal "
           "olema aga siiani pole midagi tulnud. sünnipäev on laupäeval, see on ikka päris jama"),
        _a("Tere! Vaatasin tellimuse üle. Robotikomplektid tulevad meile tarnija laost Lätist ja "
           "sel nädalal jõudis kaup meieni päev hiljem kui tavaliselt. Veebipoes näidatud "
           "tarneaeg on hinnanguline ja võib sellistel juhtudel muutuda."),
        _c("ok aga kas see jõuab laupäevaks kohale või mitte?"),
        _a("Pakk anti täna hommikul Omnivale üle. Omniva tavapärane tarneaeg on üks tööpäev, "
           "nii et pakiautomaati peaks see jõudma reedel. Saadan Teile jälgimislingi "
           "e-postile."),
        _c("ja kui ei jõua?"),
        _a("Sel juhul kirjutage meile reedel kella 16-ks ja panen ühe komplekti Teie nimele "
           "Ülemiste esinduskauplusesse kõrvale. Sealt saate selle laupäeva hommikul kätte."),
        _c("see sobib, aitäh"),
        _a("Väga hea. Kas saan veel millegagi aidata?"),
        _c("ei, kõik"),
        _a("Aitäh, et kirjutasite! Kui pakiga peaks veel midagi olema, kirjutage siia julgelt "
           "uuesti. Ilusat sünnipäeva pojale ja head päeva!"),
    ]), "expect": ["R-TALK-12"],
        "note": "Toy order (robot kit) late for a child's birthday; customer complains ('päris "
                "jama' = a real mess). The next agent turn only explains and justifies (supplier "
                "in Latvia, delivery estimate may change): no apology and no way forward -> "
                "R-TALK-12. Later questions answered (Omniva, normally one working day; fallback "
                "pickup in store); full closing."},
    # t03 clean, hold done right
    {"transcript": _t("phone", "Siim", _RING2 + [
        _a("Tere, Telekom Eesti rattapood, Siim kuuleb. Millega saan Teid aidata?"),
        _c("Tere. Tõin eelmisel nädalal oma elektriratta teile hooldusesse, maksin üheksakümmend "
           "eurot, ja nüüd ei lae aku üldse. Täiesti mõttetu hooldus!"),
        _a("Vabandan väga, pärast hooldust ei tohiks see nii olla. Vaatame kohe, kas saame "
           "Teile asendusaku anda. Kas tohin Teid paariks minutiks ootele panna, et laoseisu "
           "kontrollida?"),
        _c("Jah, olgu."),
        _e("hold"),
        _e("resume"),
        _a("Aitäh, et ootasite. Laos on Teie rattale sobiv aku olemas, panin selle Teie nimele "
           "kõrvale. Vana aku vaatab meie mehaanik tasuta üle."),
        _c("Kas ma pean ratta ise kohale tooma või saate aku ära saata?"),
        _a("Ratast ei ole vaja tuua. Meie kuller toob asendusaku homme kella 12 ja 16 vahel "
           "Teie koju ja võtab vana kaasa. Kas see aeg sobib?"),
        _c("Sobib küll."),
        _a("Suurepärane, panin selle kirja. Kas on veel midagi, millega saan aidata?"),
        _c("Ei, see oli kõik."),
        _a("Aitäh helistamast! Kui uue akuga peaks midagi olema, helistage meile julgelt "
           "uuesti. Head päeva, nägemist!"),
        _e("hangup", "customer"),
    ]), "expect": [],
        "note": "E-bike battery does not charge after a paid service; complaint ('a completely "
                "useless service!'). Agent apologises, offers a replacement battery and asks "
                "permission for a hold with a reason (check stock); thanks after resume. "
                "Question 'do I bring the bike or can you send the battery?' answered (own "
                "courier tomorrow 12-16). Closing: anything else, thanks, ring again, goodbye. "
                "Clean."},
    # t04 violating: question unanswered + closing without 'come back'
    {"transcript": _t("phone", "Piret", _RING2 + [
        _a("Telekom Eesti koduteenused, tere, Piret kuuleb. Kuidas saan Teid aidata?"),
        _c("Tere. Teie koristaja käis täna hommikul meil ja vannituba on täpselt sama must kui "
           "enne. Ma maksan selle eest iga kuu ja siis selline töö."),
        _a("Mul on tõesti kahju, et vannituba jäi korralikult tegemata. Saadan koristaja "
           "tagasi, et vannituba tasuta uuesti teha. Kas homme kell 10 sobiks?"),
        _c("Homme sobib. Aga kas tuleb jälle sama inimene? Ja kas see tuleb mulle lisaarvena?"),
        _a("Lisaarvet ei tule, kordustöö on Teile tasuta. Panin homse aja kirja."),
        _c("No hea küll."),
        _a("Kas saan veel millegagi aidata?"),
        _c("Ei, aitäh."),
        _a("Aitäh Teile, et andsite teada. Head päeva!"),
        _e("hangup", "customer"),
    ]), "expect": ["R-TALK-9", "R-TALK-2"],
        "note": "Home cleaning: bathroom left dirty; complaint answered with apology + free "
                "redo tomorrow at 10 (R-TALK-12 fine). Customer asks two questions: 'will the "
                "same person come?' and 'will I be billed extra?'; only the second is answered "
                "-> R-TALK-9. Closing has anything else, thanks and goodbye but never says the "
                "customer can call again -> R-TALK-2."},
    # t05 clean chat
    {"transcript": _t("chat", "Liina", [
        _a("Tere! Telekom Eesti lemmikloomapoe klienditugi, Liina kirjutab. Kuidas saan "
           "aidata?"),
        _c("tere. tellisin koerale 12 kg kuivtoitu ja kotis on hoopis kassitoit. koer seda ei "
           "söö ja toit saab homme otsa. mida ma nüüd tegema peaksin?"),
        _a("Tere! Vabandan väga, pakkisime Teile vale koti. Saatsin õige koeratoidu juba teele: "
           "meie kuller toob selle homme kella 10 ja 14 vahel. Kassitoidu võtab ta samal ajal "
           "kaasa, Teil ei ole vaja midagi tagastada ega juurde maksta."),
        _c("ok. kas saate siis ka püsitellimuse ära muuta, et iga kuu tuleks 12 kg kott, mitte "
           "8 kg?"),
        _a("Jah, muutsin püsitellimuse ära. Alates järgmisest kuust tuleb Teile 12 kg kott, "
           "hind on 54,90 eurot kuus."),
        _c("super, aitäh"),
        _a("Kas saan veel millegagi abiks olla?"),
        _c("ei, rohkem pole"),
        _a("Aitäh, et kirjutasite! Kui järgmise tellimusega peaks midagi valesti olema, "
           "kirjutage meile siia igal ajal. Head õhtut Teile ja koerale!"),
    ]), "expect": [],
        "note": "Pet-food delivery: cat food sent instead of dog food. Complaint + question "
                "'what should I do now?'. Agent apologises, owns it, has already sent the right "
                "bag (own courier tomorrow 10-14) and says nothing needs returning (answers the "
                "question implicitly). Second question answered with the change made. Closing "
                "over the last two agent turns after the customer's thanks. Clean."},
    # t06 violating: hold without permission/thanks; offer without apology
    {"transcript": _t("phone", "Rasmus", _RING3 + [
        _a("Tere, Telekom Eesti, Rasmus kuuleb. Kuidas saan aidata?"),
        _c("Tere. Mul kaob internet iga õhtu kella üheksa paiku ära. Juba nädal aega! Ma teen "
           "kodust tööd, nii ei saa ju."),
        _a("Vaatame kohe Teie liini üle. Öelge palun oma kliendinumber."),
        _c("Neli-neli-kaks-üks-seitse-null."),
        _a("Üks moment, vaatan liini andmeid."),
        _e("hold"),
        _e("resume"),
        _a("Nii, liinil on näha, et ruuter kaotab õhtuti ühenduse ja taaskäivitub. Saadan "
           "Teile tasuta uue ruuteri. Meie tehnik toob selle reedel kella 9 ja 12 vahel ja "
           "ühendab ise."),
        _c("Kas ma pean vana ruuteri kuhugi tagasi viima?"),
        _a("Ei pea, tehnik võtab vana ruuteri kaasa."),
        _c("Selge."),
        _a("Kas on veel midagi, millega saan aidata?"),
        _c("Ei ole."),
        _a("Aitäh helistamast! Kui probleem ka uue ruuteriga jätkub, helistage meile kohe "
           "uuesti. Head õhtut!"),
        _e("hangup", "customer"),
    ]), "expect": ["R-TALK-10", "R-TALK-12"],
        "note": "Internet drops every evening for a week; complaint with '!'. Agent offers to "
                "check the line but never apologises -> R-TALK-12. Hold: 'One moment, I'll look "
                "at the line data' gives a reason but asks no permission, and the first turn "
                "after resume does not thank -> R-TALK-10. Three rings (not above 3). Question "
                "about returning the old router answered; full closing."},
    # t07 clean, transfer
    {"transcript": _t("phone", "Mari", _RING2 + [
        _a("Telekom Eesti, tere, minu nimi on Mari. Kuidas saan Teid aidata?"),
        _c("Tere. Ostsin teie e-poest firmale sülearvuti ja arvel on juba kolmandat korda vale "
           "ettevõtte nimi. Olen kaks korda kirjaga palunud seda parandada ja keegi ei tee "
           "midagi."),
        _a("Vabandan väga, et peate sama asja pärast juba kolmandat korda pöörduma. Arveid "
           "parandab meie arvelduse kolleeg Liis ja ühendan Teid kohe temaga. Ütlen talle "
           "kõik ette, et Te ei peaks asja uuesti selgitama. Mis on ettevõtte õige nimi ja "
           "registrikood?"),
        _c("Kase Ehitus OÜ, registrikood 12345678."),
        _a("Aitäh. Ühendan Teid nüüd Liisiga, annan talle nime ja registrikoodi edasi."),
        _e("transfer", "agent", to="arveldus"),
        _a("Tere, Liis arveldusest. Kolleeg andis mulle Teie info üle: arvel peab olema Kase "
           "Ehitus OÜ. Parandasin arve ära ja saatsin uue arve Teie e-postile."),
        _c("Aga kas see vana vigane arve jääb kuhugi kehtima? Raamatupidaja küsis."),
        _a("Ei jää. Vana arve on tühistatud ja kehtib ainult uus arve numbriga 2025-1187. Kui "
           "raamatupidaja soovib, saadan talle ka kirjaliku kinnituse tühistamise kohta."),
        _c("Hea, aitäh."),
        _a("Kas saan veel millegagi aidata?"),
        _c("Ei, see on kõik."),
        _a("Aitäh Teile kannatlikkuse eest! Kui arvetega peaks veel midagi olema, helistage "
           "julgelt või kirjutage meile. Head päeva!"),
        _c("Head aega."),
        _e("hangup", "customer"),
    ]), "expect": [],
        "note": "Computer bought for a firm; invoice has the wrong company name for the third "
                "time; complaint ('nobody does anything'). Agent apologises and offers a way "
                "forward (transfer to the billing colleague with a summary). After the transfer "
                "the colleague fixes the invoice, answers 'does the old invoice stay valid?' "
                "(no, cancelled) and closes completely. Clean."},
    # t08 violating: apology with nothing offered
    {"transcript": _t("chat", "Katrin", [
        _a("Tere! Telekom Eesti pesuteenus, Katrin kirjutab. Kuidas saan abiks olla?"),
        _c("Tere, sain eile teilt särgid tagasi ja kahel on kraed endiselt mustad, ühel on "
           "isegi uus plekk. Maksin kiirpesu eest topelt."),
        _a("Tere! Vabandan väga, et särgid ei tulnud puhtana tagasi. Mul on tõesti kahju."),
        _c("No ja mis nüüd saab? Kas te pesete need uuesti või saan raha tagasi?"),
        _a("Vabandust veel kord. Pakun kahte võimalust: kuller tuleb homme särkidele järele ja "
           "peseme need tasuta uuesti või tagastame kiirpesu tasu 18 eurot. Kumb Teile "
           "sobib?"),
        _c("pesete uuesti. aadress on sama"),
        _a("Hästi. Kuller tuleb homme kella 17 ja 19 vahel ja särgid toome tagasi ülehomme "
           "õhtuks. Plekiga särgi vaatab üle meie vanempuhastaja."),
        _c("ok aitäh"),
        _a("Kas saan veel millegagi aidata?"),
        _c("ei"),
        _a("Aitäh, et andsite meile teada! Kui särkidega peaks veel midagi olema, kirjutage "
           "siia igal ajal. Head päeva!"),
    ]), "expect": ["R-TALK-12"],
        "note": "Laundry: shirts returned still dirty, one with a new stain; complaint. The "
                "next agent turn apologises twice but offers nothing -> R-TALK-12. Only after "
                "the customer asks 'what now? will you rewash or refund?' does the agent offer "
                "both (that question is answered). Full closing."},
    # t09 clean, hold
    {"transcript": _t("phone", "Annika", _RING2 + [
        _a("Tere, Telekom Eesti koduhooldus, Annika kuuleb. Kuidas saan Teid aidata?"),
        _c("Tere. Helistan oma isa pärast, Ants Kuusk, Narva maantee 21. Hooldaja on sel "
           "nädalal juba kaks korda tund aega hiljaks jäänud ja isa ootab, ei saa isegi süüa. "
           "Nii ei saa ju!"),
        _a("Mul on väga kahju, et Teie isa on pidanud ootama, ja vabandan selle pärast. "
           "Lahendame selle kohe ära. Kas tohin Teid hetkeks ootele panna, et hooldajate "
           "graafikut vaadata?"),
        _c("Jah."),
        _e("hold"),
        _e("resume"),
        _a("Aitäh, et ootasite. Sel nädalal muudeti hooldaja sõiduplaani ja Teie isa jäi "
           "hommikul viimaseks. Tõstsin ta alates homsest jälle esimeseks, hooldaja on tema "
           "juures kell 8.30."),
        _c("Aga kas keegi oleks mulle sellest üldse helistanud, kui ma ise poleks helistanud?"),
        _a("Vabandust, oleksime pidanud Teile muudatusest kohe teatama, see jäi meil tegemata. Lisasin "
           "nüüd Teie numbri isa andmete juurde, nii et iga ajamuutuse kohta saate edaspidi "
           "SMS-i."),
        _c("Hea küll. Aitäh."),
        _a("Kas saan veel millegagi abiks olla?"),
        _c("Ei, praegu mitte."),
        _a("Aitäh helistamast ja andke julgelt teada, kui hooldusega on veel muresid. Head "
           "päeva, nägemist!"),
        _e("hangup", "customer"),
    ]), "expect": [],
        "note": "Home care: carer late twice for an elderly father; complaint with '!'. Agent "
                "apologises inside a longer sentence and offers to fix it, asking permission for "
                "a hold with a reason; thanks after resume and gives the fix. The follow-up "
                "'would anyone have called me?' (intensifier 'üldse') is answered: the agency "
                "owns that it did not, and has added SMS notices (an apology-like admission plus "
                "an action). Full closing. Clean."},
    # t10 violating: blame + closing without 'anything else'
    {"transcript": _t("chat", "Tõnu", [
        _a("Tere! Telekom Eesti kodumeister, Tõnu kirjutab. Kuidas saan aidata?"),
        _c("tere, torumees pidi täna tulema kella 12-14 ja tuli alles kell 4, pidin tööle "
           "hiljaks jääma. miks keegi ei teatanud?"),
        _a("Tere! Vabandan, et pidite nii kaua ootama. Tehnik üritas Teile kell 13 helistada, "
           "aga Te ei võtnud vastu, ja tellimusel puudus ka korterinumber. Te oleksite pidanud "
           "selle tellimusele ise lisama. Hüvituseks jätame väljakutsetasu 35 eurot arvelt "
           "maha."),
        _c("mul ei olnud ühtegi vastamata kõnet. aga olgu. kas kraan on nüüd ikka korralikult "
           "paigas, ta lahkus väga kiiresti"),
        _a("Vabandust, kui tehniku kiire lahkumine tekitas muret. Tehniku aruande järgi vahetati kraan välja ja kõik ühendused kontrolliti "
           "lekete suhtes üle. Kui märkate kraani all niiskust, saadame tehniku tasuta "
           "tagasi."),
        _c("ja kas arve tuleb kohe maksta?"),
        _a("Arve saadame Teie e-postile homme ja maksetähtaeg on 14 päeva."),
        _c("selge, aitäh"),
        _a("Aitäh Teile! Kui kodus on veel midagi parandada vaja, kirjutage meile igal ajal. "
           "Head nädalavahetust!"),
    ]), "expect": ["R-TALK-6", "R-TALK-2"],
        "note": "Plumber call-out arrived two hours late; complaint + 'why did nobody tell "
                "me?'. Agent apologises and offers a waived fee (R-TALK-12 fine) and answers the "
                "why, but blames the customer ('you did not answer', 'you should have added the "
                "flat number yourself') -> R-TALK-6. Other questions answered. Last turn thanks, "
                "invites back and says goodbye but nothing asks whether anything else is needed "
                "-> R-TALK-2."},
]

ITEMS = [
    # ---------------- R-TALK-9: 6 clean + 6 violations ----------------
    {"customer": "Tere, tellisin laupäevaks tordi. Kas sinna saab veel nime peale kirjutada ja "
                 "mis see lisaks maksab? Ja millal ma selle kätte saan, kas hommikul kell 9 on "
                 "juba valmis",
     "text": "Tere! Nime saame tordile kirjutada küll, kiri maksab lisaks 3 eurot. Teie tort on "
             "laupäeval valmis juba kell 8.30, nii et kella üheksaks võite julgelt tulla. Palun "
             "andke teada, milline nimi tordile kirjutada ja kas soovite valget või "
             "šokolaadiglasuuri.",
     "channel": "chat", "expect": [],
     "note": "Cake order desk. Three questions (can a name be added, what it costs, is it ready "
             "at 9, the last without '?'); all answered (yes, 3 euros, ready 8.30). Clean."},
    {"customer": "Toru lekib kraanikausi all, põrand on juba märg. Kas keegi saab täna tulla? "
                 "Ja kas ma peaksin vee seniks kinni keerama?",
     "text": "Tere! Meie torumees Andres saab Teie juurde tulla täna kella 15 ja 17 vahel, ta "
             "helistab Teile enne väljasõitu. Väljakutse tasu on 35 eurot, töö ja osad "
             "lisanduvad vastavalt kulule.",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Plumber call-out. 'Can someone come today?' answered (15-17); 'should I turn the "
             "water off meanwhile?' ignored -> R-TALK-9."},
    {"customer": "tellisin raamatu 2 nadalat tagasi, kas see on juba teel? kui ei ole siis kas "
                 "saan raha tagasi",
     "text": "Tere! Vaatasin Teie tellimuse üle. Raamat jõudis eile meie lattu ja saadame selle "
             "täna teele, pakiautomaati jõuab see tavaliselt ühe kuni kahe tööpäevaga. Kui Te "
             "ei soovi enam oodata, saan tellimuse tühistada ja raha tagastatakse Teie kaardile "
             "kolme tööpäeva jooksul.",
     "channel": "email", "expect": [],
     "note": "Bookshop. 'Is it on its way?' answered (sent today, usual 1-2 days); the "
             "conditional refund question answered too (can cancel, refund in 3 days). Customer "
             "typed without diacritics. Clean."},
    {"customer": "Mul on vaja sünnitunnistus notariaalselt inglise keelde tõlkida. Kui kaua see "
                 "aega võtab? Ja kas ma pean originaali teile tooma või piisab skaneeritud "
                 "koopiast?",
     "text": "Tere! Notariaalselt kinnitatud tõlge inglise keelde valmib meil tavaliselt kolme "
             "tööpäevaga. Hind on 45 eurot lehekülje eest, millele lisandub notari tasu. "
             "Valmis tõlke saate kätte meie kontorist Tartu maanteel.",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Translation agency. 'How long?' answered (three working days); 'do I bring the "
             "original or is a scan enough?' not answered (price and pickup are the same topic "
             "but not the answer) -> R-TALK-9."},
    {"customer": "Ostsin teilt kevadel kolm õunapuud ja üks neist on ära kuivanud. Kas sellele "
                 "kehtib mingi garantii? Kas pean puu välja kaevama ja kaasa tooma",
     "text": "Tere! Meie viljapuudele kehtib üheaastane istutusgarantii, nii et asendame "
             "kuivanud puu tasuta. Puud ei ole vaja välja kaevata ega kaasa tuua, piisab, kui "
             "saadate meile foto puust ja ostutšeki.",
     "channel": "email", "expect": [],
     "note": "Garden centre. Warranty question answered (one year, free replacement); 'do I "
             "have to dig it up and bring it' answered (no, a photo and the receipt). Clean."},
    {"customer": "Eile teie autopesulas tekkisid mu auto küljepeeglile kriimud. Kellega ma saan "
                 "sellest rääkida? Kas teil on selliste juhtumite jaoks kindlustus?",
     "text": "Tere! Mul on väga kahju, et nii juhtus, see on kindlasti ebameeldiv. Palun saatke "
             "fotod kriimudest ja pesu kviitung aadressile autopesu@telekom.ee, meie pesula "
             "juhataja Marek võtab Teiega ühendust hiljemalt homme.",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Car wash scratched a mirror. 'Who can I talk to?' answered (manager Marek via "
             "e-mail); 'do you have insurance for such cases?' met only with sympathy -> "
             "R-TALK-9."},
    {"customer": "Tere, kas te rendite ka digiklavereid? Tütar alustab muusikakoolis ja ma ei "
                 "tea veel, kas ta jätkab. Mis kuu hind oleks",
     "text": "Tere! Jah, digiklavereid saab meilt rentida, hind algab 25 eurost kuus. Kui tütar "
             "otsustab jätkata, arvestame kuni kuue kuu rendi klaveri ostuhinnast maha. Klaveri "
             "toome Teile koju tasuta.",
     "channel": "chat", "expect": [],
     "note": "Piano shop. 'Do you rent digital pianos?' (yes) and 'what's the monthly price' "
             "(from 25 euros, no '?') both answered; the worry about continuing is met with the "
             "rent-to-buy offer. Clean."},
    {"customer": "Mu elektrirattal hakkas laadimise ajal aku juures punane tuli vilkuma. Mida "
                 "see tähendab? Kas ma tohin rattaga edasi sõita või on see ohtlik",
     "text": "Tere! Aitäh, et andsite teada. Punane vilkuv tuli tähendab, et aku läheb "
             "laadimisel liiga kuumaks või on laadija kontakt nõrk. Palun tooge ratas meie "
             "töökotta Pärnu maanteel, kontrollime aku tasuta üle. Töökoda on avatud "
             "tööpäeviti kella 10-18.",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "E-bike shop. 'What does the red light mean?' answered; 'may I keep riding or is "
             "it dangerous' left unanswered (bring it in says nothing about riding meanwhile) "
             "-> R-TALK-9."},
    {"customer": "Tahaksin teada, kas gripivaktsiini saab teha ka ilma aega broneerimata ja kas "
                 "see on pensionäridele tasuta.",
     "text": "Tere! Ilma ajata saab vaktsineerima tulla kolmapäeviti kella 14-18, teistel "
             "päevadel palume aja ette broneerida. Üle 65-aastastele on gripivaktsiin tasuta, "
             "kaasa on vaja võtta ainult isikut tõendav dokument.",
     "channel": "email", "expect": [],
     "note": "Vaccination desk. Two embedded questions ('I'd like to know whether ... and "
             "whether ...'), no '?'; both answered (walk-in Wednesdays; free for over-65s). "
             "Clean."},
    {"customer": "Ema hooldaja ei tulnud eile üldse. Miks keegi ei helistanud? Ja kes tuleb "
                 "homme?",
     "text": "Tere! Vabandan väga, et eile keegi ei tulnud ja et Teile sellest ei teatatud. "
             "Homme tuleb Teie ema juurde hooldaja Tiina tavapärasel ajal kell 9. Tiina on meil "
             "kogenud hooldaja ja tunneb Teie piirkonda hästi.",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Home care. 'Who comes tomorrow?' answered (Tiina at 9); 'why did nobody call?' "
             "met only with an apology, no reason -> R-TALK-9."},
    {"customer": "Kas saate talvesaabastele uued kontsad panna enne reedet? Ja kas te võtate "
                 "nüüd ka kaardiga makseid? eelmine kord oli ainult sularaha",
     "text": "Tere! Kontsade vahetus võtab kaks tööpäeva, nii et kui toote saapad hiljemalt "
             "kolmapäeval, on need reedeks valmis. Kaardimakse on meil nüüd olemas, sularaha "
             "võtame samuti vastu.",
     "channel": "chat", "expect": [],
     "note": "Shoe repairer. 'Before Friday?' answered with a condition (bring by Wednesday); "
             "'do you take cards now?' answered. Clean."},
    {"customer": "Eile ütlesite telefonis, et paigaldaja tuleb neljapäeval. Kas see jääb ikka "
                 "nii? Ja kas ta vajab ligipääsu ka keldrisse, kus meil elektrikilp on",
     "text": "Tere! Jah, paigaldus jääb neljapäevale kella 10 ja 12 vahele, paigaldaja nimi on "
             "Rasmus. Ta helistab Teile umbes pool tundi enne saabumist. Kui aeg siiski ei "
             "sobi, saate selle ümber broneerida numbril 1551.",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Broadband installer, follow-up referring back to a call. 'Is it still Thursday?' "
             "answered (yes); 'does he need access to the basement with the fuse box' ignored "
             "-> R-TALK-9."},

    # ---------------- R-TALK-6: 6 clean + 6 violations ----------------
    {"text": "Tere! Vaatasime Teie mantli üle. Plekk on tõenäoliselt õli, mis tavapuhastusega "
             "välja ei tulnud. Teeme mantlile tasuta eripuhastuse ja see on valmis neljapäeval.",
     "channel": "email", "expect": [],
     "note": "Dry-cleaning desk at a laundry: the cause (oil stain) explained without blaming "
             "anyone, free special cleaning booked. Near miss for blame. Clean."},
    {"text": "Tere! Sülearvuti klaviatuur ei tööta, sest sellele on vedelikku peale läinud. "
             "Ilmselt olete arvutit kasutanud söögilaua ääres. Selline kahjustus garantii alla "
             "ei kuulu, kuid klaviatuuri saame vahetada 79 euro eest.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Computer shop: 'you have probably been using the laptop at the dinner table' "
             "blames the customer (implied) -> R-TALK-6; a paid alternative is offered, so not "
             "a flat refusal."},
    {"text": "Tere! Teil on täiesti õigus, tordile pidi tulema kiri „Palju õnne, Mari!“, aga me "
             "unustasime selle kahjuks lisada. See oli meie viga. Tagastasime tordi hinna, 38 "
             "eurot, Teie kaardile ja järgmise tordi kirja teeme tasuta.",
     "channel": "email", "expect": [],
     "note": "Bakery: our own mistake owned ('we forgot, it was our fault'), money refunded. "
             "Near miss (no colleague blamed). Clean."},
    {"text": "Tere! Torumehe visiit jäi teisipäeval ära, kuna tellimusele oli sisestatud vale "
             "korterinumber ja uksele ei avatud. Uue aja saame pakkuda järgmisel nädalal.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Plumber call-out: impersonal/passive blame ('a wrong flat number had been "
             "entered on the order and the door was not opened'), pointing at the customer, no "
             "apology -> R-TALK-6. A new slot is offered."},
    {"text": "Tere! Avatud pakendiga pusle me kahjuks tagasi võtta ei saa. Saan aga pakkuda "
             "muud lahendust: kui pusles on tükk puudu, tellime tootjalt asendustüki tasuta. "
             "Palun saatke meile pusle nimi ja foto karbi tagaküljest.",
     "channel": "chat", "expect": [],
     "note": "Toy shop: refusal (opened puzzle cannot be returned) with a real alternative "
             "(free replacement piece from the maker). Near miss for a flat refusal. Clean."},
    {"text": "Tere! Korstnapühkija käis Teie juures 12. oktoobril, see on meil selgelt kirjas. "
             "Teie väide, et keegi ei tulnud, ei vasta tõele. Tööakt on allkirjastatud ja arve "
             "jääb kehtima.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Chimney sweep: contradicts the customer bluntly ('your claim ... is not true') "
             "and refuses flatly ('the invoice stands') -> R-TALK-6."},
    {"text": "Tere! Aitäh, et kirjutasite. Täpsustan ühe asja: Teie rattale kehtib garantii "
             "kaks aastat, mitte üks, nii et aku vahetus on Teile tasuta. Broneerisin Teile "
             "hooldusaja reedeks kell 11.",
     "channel": "chat", "expect": [],
     "note": "E-bike shop: the customer's mistaken belief (one-year warranty) corrected "
             "politely and in their favour. Near miss for contradicting. Clean."},
    {"text": "Tere! Nagu tellimuse kinnituses selgelt kirjas oli, lisandub kiirtõlkele 30% "
             "lisatasu. Tingimustega tuleks enne tellimist alati tutvuda. Arve summa on seega "
             "õige.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Translation agency: lectures the customer ('as clearly stated', 'one should "
             "always read the terms before ordering') and stops -> R-TALK-6."},
    {"text": "Tere! Vabandame, et eelmine tarne hilines. Sel nädalal toob Teie koeratoidu meie "
             "partner DPD, kelle kuller annab tavaliselt pool tundi enne saabumist SMS-iga "
             "teada. Kui aeg ei sobi, võite kulleriga otse uue aja kokku leppida või helistada "
             "meile numbril 612 3456.",
     "channel": "email", "expect": [],
     "note": "Pet-food delivery: the partner courier named neutrally, habitual behaviour "
             "('usually'), an apology and a contact number. Near miss for running down a "
             "partner. Clean."},
    {"text": "Tere! Meie töötajate telefoninumbreid me ei jaga ja katusemeistrite juhataja "
             "otsenumbrit ma Teile anda ei saa. Loodan mõistmisele.",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Roofing firm: refuses contact details with nothing offered instead (no other "
             "channel, no callback) -> R-TALK-6."},
    {"text": "Tere! Kirjutasite, et „liikmekaart ei tööta kunagi, kui seda vaja on“, ja "
             "vabandan, et see tekitas Teile kontserdimaja uksel ebamugavust. Teie süü see ei "
             "olnud: pikendasime kaardi kehtivust valesti. Parandasin selle ja saatsin uue "
             "digikaardi Teie e-postile.",
     "channel": "email", "expect": [],
     "note": "Concert hall membership desk: quotes the customer's complaint, apologises, "
             "negated blame ('it was not your fault'), owns the error, fixed. Near miss. Clean."},
    {"text": "Tere! Vabandan, et paigaldus jäi jälle pooleli. Ausalt öeldes on meie "
             "paigaldusmeeskonnaga pidevalt probleeme, nad ei vaata kunagi tellimuse märkmeid. "
             "Panin Teile uue aja reedeks kella 9-11.",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Broadband installer: runs down the installation team ('constant problems, they "
             "never read the notes') while otherwise helping -> R-TALK-6."},

    # ---------------- R-LETTER-1: 7 clean + 7 violations ----------------
    {"text": "Lugupeetud Jaan Kask\n\nTeie korstna pühkimine, mis oli kavandatud 14. "
             "novembriks, on tormihoiatuse tõttu edasi lükatud 19. novembrile kella 10 ja 12 "
             "vahele. Palun tagage sel ajal ligipääs pööningule ja kaminale. Kui uus aeg ei "
             "sobi, helistage meile hiljemalt 17. novembril numbril 600 4455 ja leiame teise "
             "aja.\n\nLugupidamisega\nMarika Lepp\nTelekom Eesti koduteenused",
     "channel": "letter", "expect": [],
     "note": "Chimney sweep appointment moved (storm warning). States what to do (give access "
             "to the attic and fireplace) and how to change the time (ring by 17 Nov). Clean."},
    {"text": "Lugupeetud Helen Saar\n\nTäname Teid päringu eest. Teie maja katuse vahetuse "
             "hinnapakkumine on 8450 eurot. Hind sisaldab vana katte eemaldamist, uut "
             "plekk-katust, vihmaveesüsteemi ja prügi äravedu. Tööd kestaksid ligikaudu kümme "
             "tööpäeva ja pakkumine kehtib 30 päeva.\n\nLugupidamisega\nErki Mänd\nTelekom "
             "Eesti katusetööd",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Roofing quote, politely and in detail, but never says how to accept it or whom "
             "to contact (validity period is a fact, not a step) -> R-LETTER-1."},
    {"text": "Lugupeetud klient\n\nAlates 1. märtsist 2025 tõuseb Teie kodu interneti kuutasu "
             "27 eurolt 29 eurole. Teil ei ole vaja midagi teha, sest uus hind rakendub "
             "automaatselt alates märtsi arvest. Kui Te uue hinnaga ei nõustu, saate lepingu "
             "tasuta lõpetada kuni 28. veebruarini iseteeninduses või numbril "
             "1551.\n\nLugupidamisega\nTelekom Eesti",
     "channel": "letter", "expect": [],
     "note": "Price rise: says nothing is needed and why (applied automatically), plus the "
             "option to cancel by 28 Feb and how. Clean."},
    {"text": "Lugupeetud Anu Mets\n\nMeie andmetel ei ole kodukoristuse arve nr 2025-0318 "
             "summas 120 eurot tasutud. Arve maksetähtaeg oli 5. märts. Tänaseks on arvestatud "
             "viivist 1,20 eurot.\n\nLugupidamisega\nTelekom Eesti koduteenused",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Missing payment: states the unpaid invoice, due date and interest, and stops; "
             "no deadline, no account, no contact -> R-LETTER-1."},
    {"text": "Lugupeetud Peeter Kuusk\n\nTeie tellitud raamat „Eesti linnud“ on saabunud ja "
             "ootab Teid meie Viru keskuse kaupluses. Palun tulge sellele järele hiljemalt 20. "
             "detsembril ning võtke kaasa tellimuse number 48213 või isikut tõendav dokument. "
             "Raamatu eest saate tasuda kohapeal.\n\nLugupidamisega\nTelekom Eesti "
             "raamatupood",
     "channel": "letter", "expect": [],
     "note": "Bookshop order ready: what (collect), by when (20 Dec), what to bring. Clean."},
    {"text": "Lugupeetud Marko Pärn\n\nTeie sülearvuti garantiiremondi taotlus on läbi "
             "vaadatud. Hoolduskeskus tuvastas emaplaadil niiskuskahjustuse, mis garantii alla "
             "ei kuulu. Seetõttu garantiiremonti ei tehta. Tasulise remondi hind oleks 260 "
             "eurot.\n\nLugupidamisega\nTelekom Eesti arvutipood",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Warranty decision (rejected, paid repair price given) but no step: how to "
             "accept the paid repair or collect the laptop, by when -> R-LETTER-1. The cause is "
             "stated without blame."},
    {"text": "Lugupeetud klient\n\nTeeme 8. aprillil kella 1.00 ja 5.00 vahel Teie piirkonna "
             "võrgus hooldustöid, mistõttu internet ja teleteenus võivad sel ajal katkeda. Teil "
             "ei ole vaja midagi teha, sest teenus taastub pärast töid iseenesest. Kui internet "
             "ei tööta ka pärast kella 6, taaskäivitage palun ruuter ja vajadusel helistage "
             "numbril 1551.\n\nLugupidamisega\nTelekom Eesti",
     "channel": "letter", "expect": [],
     "note": "Service interruption notice: nothing needed and why, plus what to do if the "
             "service is still down after 6. Clean."},
    {"text": "Lugupeetud Olga Ivanova\n\nSaadetud diplomi koopia ei sobi notariaalse tõlke "
             "aluseks, kuna sellel puudub kinnitusmärge ja osa tekstist on loetamatu. "
             "Tõlketööga ei ole seetõttu alustatud. Kokkulepitud tähtaega 15. mail ei ole "
             "võimalik täita.\n\nLugupidamisega\nTelekom Eesti tõlkebüroo",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Translation agency: document rejected, work not started, deadline lost; never "
             "says what to send instead or by when -> R-LETTER-1. The defects of the copy are "
             "stated as facts, not as blame."},
    {"text": "Lugupeetud Kristiina Org\n\nTeie lemmikloomatoidu püsitellimus pikenes 1. juunil "
             "automaatselt veel kuueks kuuks. Tellimuse sisu ja hind jäävad samaks, 42 eurot "
             "kuus. Teil ei ole vaja midagi teha: järgmine saadetis tuleb nagu tavaliselt kuu "
             "esimesel nädalal. Kui soovite kogust muuta või tellimuse peatada, saate seda teha "
             "iseteeninduses enne iga kuu 25. kuupäeva.\n\nLugupidamisega\nTelekom Eesti "
             "lemmikloomapood",
     "channel": "letter", "expect": [],
     "note": "Pet-food subscription renewed: nothing needed and why, with the option to "
             "change or pause and the deadline. Clean."},
    {"text": "Lugupeetud Toomas Rebane\n\nTeie vaktsineerimisaeg 3. oktoobril kell 10.15 on "
             "tühistatud, kuna vaktsineeriv õde on haigestunud. Vabandame tekkinud "
             "ebamugavuste pärast. Vaktsineerimiskabinet on sel päeval "
             "suletud.\n\nLugupidamisega\nTelekom Eesti tervisekeskus",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Vaccination appointment cancelled, with an apology, but no word on booking a "
             "new time -> R-LETTER-1."},
    {"text": "Lugupeetud Laura Tamm\n\nTagastasime Teile pulmakleidi rendi tagatisraha 200 "
             "eurot, sest kleit tuli tagasi korras ja õigel ajal. Olenevalt pangast laekub raha "
             "tavaliselt ühe kuni kahe pangapäevaga. Teil ei ole vaja midagi teha, rendileping "
             "on sellega lõppenud. Kui raha ei ole 10. juuliks laekunud, palun helistage meile "
             "numbril 5566 7788.\n\nLugupidamisega\nTelekom Eesti pruudisalong",
     "channel": "letter", "expect": [],
     "note": "Bridal shop deposit returned: nothing needed and why (contract ended), plus "
             "what to do if the money has not arrived by 10 July. Clean."},
    {"text": "Lugupeetud klient\n\nAlates 1. septembrist muutub meie pesumaja hinnakiri. "
             "Särgi pesu koos triikimisega maksab 4,50 eurot senise 3,90 euro asemel ja "
             "voodipesukomplekti hind tõuseb 9 eurole. Hinnamuutus on tingitud energia- ja "
             "tööjõukulude kasvust.\n\nLugupidamisega\nTelekom Eesti pesuteenus",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Laundry price change with the reason, and stops: neither says nothing is needed "
             "nor what the customer may do -> R-LETTER-1."},
    {"text": "Lugupeetud Ene Kivi\n\nTeie ema Helgi Kivi koduhoolduse taotlus koos arstitõendiga "
             "on vastu võetud. Hooldaja esimene külastus toimub 7. veebruaril kell 9. Palun "
             "olge sel ajal ema juures ja pange valmis tema ravimite nimekiri. Kui aeg ei sobi, "
             "andke sellest teada hiljemalt 5. veebruaril telefonil 655 2211 või e-posti "
             "aadressil koduhooldus@telekom.ee.\n\nLugupidamisega\nSirje Kangur\nTelekom Eesti "
             "koduhooldus",
     "channel": "letter", "expect": [],
     "note": "Home-care application accepted: first visit date, what to do ('please be there, "
             "have the medication list ready') and how to change the time by 5 Feb. Clean."},
    {"text": "Lugupeetud Rain Uibo\n\nTeie elektrijalgratta rendileping nr ER-2231 lõpeb 31. "
             "augustil 2025. Lepingu jooksul on kõik kuumaksed tasutud ja Teil võlgnevusi ei "
             "ole. Täname, et kasutasite meie renditeenust.\n\nLugupidamisega\nTelekom Eesti "
             "rattapood",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "E-bike lease ends, all paid, thanks; but nothing on returning the bike (where, "
             "by when) or on buying or extending -> R-LETTER-1."},

    # ---------------- R-TALK-2 closings: 6 clean + 6 violations ----------------
    {"text": "Nii, tort on tellitud laupäevaks kella üheks. Kas saan veel millegagi aidata? Kui "
             "mitte, siis aitäh helistamast! Kui tordiga peaks midagi valesti olema, helistage "
             "kohe meile. Ilusat nädalavahetust!",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Cake order call: anything else, thanks, 'if something is wrong with the cake, "
             "ring us' (come back, in passing), goodbye wish. Clean."},
    {"text": "Arvuti on remondist tagasi ja ootab Teid kaupluses. Kas jäi veel mõni küsimus? Kui "
             "midagi peaks veel muret tegema, kirjutage meile siia igal ajal. Head päeva!",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Computer shop chat: anything else, come back, goodbye, but no thanks -> "
             "R-TALK-2."},
    {"text": "Tõlge on lisatud manusena. Palun andke teada, kui vajate veel midagi. Täname, et "
             "valisite meie tõlkebüroo, ja oleme hea meelega abiks ka järgmiste "
             "tõlgetega.\n\nLugupidamisega\nKairi Lõhmus",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Translation agency e-mail: 'let us know if you need anything else', thanks, "
             "'happy to help with future translations' (come back), sign-off as goodbye. Clean."},
    {"text": "Hästi, torumees on homme kella 8 ja 10 vahel Teie juures. Kas on veel midagi, "
             "millega saan aidata? Selge. Aitäh helistamast ja kui leke peaks vahepeal hullemaks "
             "minema, helistage kohe tagasi.",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "Plumber call-out, spoken: anything else, thanks, ring back if it gets worse, "
             "but no goodbye -> R-TALK-2."},
    {"text": "Suurepärane, järgmine kott tuleb siis 12-kilone. Kas saan veel millegagi aidata? "
             "Aitäh, et olete meie klient! Kui Mustile uus toit ei maitse, kirjutage meile "
             "julgelt ja vahetame selle ära. Kõike head!",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Pet-food chat: anything else, thanks, invitation back said in passing ('if Musti "
             "doesn't like the new food, write to us'), goodbye. 'Musti' is the dog's name. "
             "Clean."},
    {"text": "Teie tellimus on nüüd tühistatud ja raha tagastatakse kaardile kolme tööpäeva "
             "jooksul. Aitäh Teile kannatlikkuse eest. Kui soovite tulevikus raamatuid tellida, "
             "oleme alati abiks.\n\nParimate soovidega\nMerike",
     "position": "closing", "channel": "email", "expect": ["R-TALK-2"],
     "note": "Bookshop e-mail: thanks, come back, sign-off, but never asks whether anything "
             "else is needed -> R-TALK-2."},
    {"text": "Mhm, selge. Nii et ratas on reedel valmis. Kas oli veel midagi? Hästi. Aitäh "
             "Teile ja kui rattaga peaks veel midagi olema, helistage või astuge lihtsalt läbi. "
             "Head nädalavahetust, nägemist!",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "E-bike shop call, spoken style with filler: anything else, thanks, ring or drop "
             "by, goodbye. Clean."},
    {"text": "Koristaja tuleb siis kolmapäeval kell 10 ja teeb vannitoa tasuta üle. Kas saan "
             "veel kuidagi abiks olla? Suur aitäh Teile tagasiside eest. Ilusat päeva!",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Cleaning service chat: anything else, thanks, goodbye wish, but no 'you can "
             "always come back' -> R-TALK-2."},
    {"text": "Lisasin Teie kliendikontole ühe tasuta pesu, mida saate kasutada aasta lõpuni. "
             "Kui Teil on veel küsimusi, vastan hea meelega. Täname, et andsite meile teada, ja "
             "ootame Teid alati tagasi.\n\nLugupidamisega\nAndres Pihl",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Car wash e-mail: 'if you have more questions I'll gladly answer' (anything "
             "else), thanks, 'we always welcome you back', sign-off. Clean."},
    {"text": "Hästi, olete nüüd kirjas neljapäevaks kell 15.20. Kas jäi veel midagi? Ei? Kui "
             "tuleb takistus, helistage meile julgelt, saame aja ümber tõsta. Head päeva ja "
             "nägemist!",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "Vaccination appointment call: anything else, come back (ring to move the "
             "time), goodbye, but no thanks -> R-TALK-2."},
    {"text": "Olgu, kuller toob särgid tagasi homme kella 18-ks. Kas saan veel millegagi "
             "aidata? Väga tore, siis aitäh Teile vestluse eest! Kui särkidega peaks veel "
             "midagi olema, kirjutage siia igal ajal. Head õhtut!",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Laundry chat: anything else, thanks, come back, goodbye. 'Väga tore' (very "
             "good) is not a diminutive. Clean."},
    {"text": "Teie liikmelisus on pikendatud 2026. aasta juuni lõpuni ja uus kaart on "
             "e-postile saadetud. Kas saame veel milleski abiks olla? Suur aitäh, et olete "
             "meiega juba viis hooaega! Kui kaardiga tekib küsimusi, kirjutage meile igal ajal.",
     "position": "closing", "channel": "email", "expect": ["R-TALK-2"],
     "note": "Concert hall membership e-mail: anything else, thanks, come back, but no "
             "goodbye and no sign-off -> R-TALK-2."},
]
