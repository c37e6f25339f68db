"""dev12 Hungarian items (writer B). Organisation: Pannon Energia (and its service desks)."""

LANG = "hu"


def _call(day, hh, mm, rings=2):
    """Ring events (5 s apart) and an answer within three rings."""
    out = []
    for i in range(rings):
        out.append({"event": "ring", "time": f"2026-{day}T{hh}:{mm}:{i * 5:02d}Z"})
    out.append({"event": "answer", "by": "agent", "time": f"2026-{day}T{hh}:{mm}:{rings * 5 - 1:02d}Z"})
    return out


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


HOLD = [{"event": "hold", "by": "agent"}, {"event": "resume", "by": "agent"}]


def _tr(channel, agent, turns, end="customer"):
    t = {"version": 1, "lang": "hu", "channel": channel, "agent": agent,
         "organisation": "Pannon Energia", "ring_seconds": 5, "turns": turns}
    if end:
        t["turns"] = turns + [{"event": "hangup", "by": end}]
    return t


TRANSCRIPTS = [
    # t01 clean: heat-pump service, missed visit, hold done right
    {
        "transcript": _tr("phone", "Hegedűs Réka", _call("11-03", "09", "14") + [
            A("Pannon Energia hőszivattyú-ügyfélszolgálat, Hegedűs Réka vagyok, jó napot kívánok. Miben segíthetek?"),
            C("Jó napot. Kovács Péter vagyok, a múlt hónapban szerelték be nálunk a hőszivattyút Gödöllőn. "
              "Kedden jönnie kellett volna valakinek, mert éjszaka zúg a kültéri egység, de senki nem jött, és nem is szólt senki. "
              "Egész délelőtt itthon ültem hiába."),
            A("Elnézést kérek, Kovács úr, ennek nem lett volna szabad így történnie. "
              "Még ebben a hívásban adok Önnek új időpontot. Megadná a telepítés címét?"),
            C("Gödöllő, Szőlő utca 14. Mikor tud kijönni valaki? És ugye ezért nem kell fizetnem, hiszen még garanciális?"),
            A("Köszönöm. Megengedi, hogy néhány percre várakoztassam? Megnézem a szerelők jövő heti beosztását."),
            C("Jó, várok."),
        ] + HOLD + [
            A("Köszönöm, hogy várt. Csütörtökön reggel 8 és 10 között Szabó Gábor kollégám ki tud menni, ő ismeri ezt a típust. "
              "A kiszállás és a javítás is a garancia része, Önnek nem kell érte fizetnie."),
            C("Csütörtök jó. És ha megint nem jön senki?"),
            A("Még egyszer elnézést a keddi napért. Szerdán délután felhívom, és megerősítem az időpontot; "
              "ha bármi közbejönne, akkor is én jelentkezem, és egyeztetünk másik napot."),
            C("Rendben, köszönöm."),
            A("Van még valami, amiben segíthetek?"),
            C("Nem, ennyi volt."),
            A("Köszönöm, hogy hívott, Kovács úr. Ha bármi kérdése lenne, nyugodtan hívjon minket máskor is. Viszonthallásra!"),
        ]),
        "expect": [],
        "note": "Heat-pump service: technician did not come on Tuesday (complaint) -> apology + new slot in this call; "
                "hold with permission and reason, thanks after resume; 'when?' and 'do I pay?' answered after the resume "
                "(Thursday 8-10, free under warranty); the worried 'and if nobody comes again?' gets a dated callback. "
                "Complete closing over the last two agent turns. Clean.",
    },
    # t02 violating: solar panels, offer without apology; compensation question not answered
    {
        "transcript": _tr("chat", "Bence", [
            A("Jó napot kívánok, a Pannon Energia napelemes ügyfélszolgálatán Bence vagyok. Miben segíthetek?"),
            C("Jó napot. a napelem applikacio szerint harmadik napja 0 a termeles, pedig sut a nap. "
              "fel evet vartunk erre a rendszerre es most meg se megy!!"),
            A("Kérem, küldjön egy fényképet az inverter kijelzőjéről, és írja meg a szerződésszámát, hogy megnézhessem a rendszer adatait."),
            C("PE-2291-44. a kijelzon piros lampa villog es valami E031 kod"),
            A("Köszönöm. Az E031 azt jelzi, hogy az inverter nem kap feszültséget a hálózat felől. "
              "Kérem, nézze meg a villanyóránál lévő szekrényben a „Napelem” feliratú kismegszakítót, hogy fent van-e."),
            C("megneztem, fent van. akkor most mi lesz? ki tud jonni valaki meg ezen a heten? es a kiesett termelest megtéritik valahogy?"),
            A("Pénteken 8 és 12 óra között ki tud menni Önhöz a szerelő kollégám, Lakatos Ádám; csütörtök este előre felhívja. "
              "A kiesett napok termelési adatait rögzítettem a bejelentésben, így a szerelő is látni fogja őket."),
            C("jo, pentek megfelel."),
            A("Rendben, a pénteki időpontot lefoglaltam. Van még valami, amiben segíthetek?"),
            C("nem, koszi"),
            A("Köszönöm, hogy írt nekünk. Ha addig bármi változna, itt a chaten vagy telefonon bármikor elér minket. Viszontlátásra!"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-9"],
        "note": "Solar panels produce nothing for three days, 'we waited half a year and now it doesn't even work!!' (complaint) -> "
                "the agent asks for a photo and the contract number: a way forward but no apology (R-TALK-12). "
                "Customer asks 'can someone come this week?' (answered: Friday) and 'will the lost production be compensated?' "
                "-> the agent only says the lost days are recorded for the technician: same topic, no answer (R-TALK-9). "
                "Closing complete.",
    },
    # t03 clean: alarm company, transfer to the technical desk
    {
        "transcript": _tr("phone", "Gulyás Réka", _call("11-05", "21", "40") + [
            A("Pannon Energia Biztonságtechnika, Gulyás Réka vagyok, jó estét kívánok. Miben segíthetek?"),
            C("Jó estét. Az elmúlt héten háromszor szólalt meg éjjel a riasztónk, pedig senki nem járt a házban, ma hajnali kettőkor megint. "
              "Ez a riasztó egy vicc, az egész utca minket szid már miatta."),
            A("Elnézést kérek, hogy a riasztó miatt ilyen éjszakáik voltak. Még most, a hívás alatt megnézzük, mi indítja be. "
              "Megadná a címet vagy a szerződésszámot?"),
            C("Budaörs, Ibolya utca 9. Ki lehet kapcsolni addig legalább a szirénát, hogy ne ébresszük fel megint a szomszédokat?"),
            A("Igen, ez megoldható, és a műszaki kollégám távolról is be tudja állítani. Átkapcsolom Nagy Tamáshoz; "
              "elmondom neki, amit Ön nekem elmondott, hogy ne kelljen újra elmagyaráznia."),
            C("Jó, köszönöm."),
            {"event": "transfer", "by": "agent", "to": "műszaki ügyelet"},
            A("Jó estét, Nagy Tamás vagyok a műszaki ügyeletről. Réka elmondta, hogy éjjelente ok nélkül megszólal a riasztójuk. "
              "A központ naplóját már látom: mind a négy jelzést a nappali mozgásérzékelője adta."),
            C("De hát a nappaliban nincs is semmi, ami mozogna. Mi lehet ez?"),
            A("Ilyenkor leggyakrabban az érzékelő elöregedett eleme vagy egy közeli radiátor meleg levegője okoz téves jelzést. "
              "A nappali érzékelőjét most távolról kiiktatom, a többi érzékelő és a sziréna rendben működik tovább. "
              "Így éjjel nyugodtan bekapcsolhatják a riasztót, és holnap 10 és 12 között kimegy egy szerelő kicserélni az érzékelőt."),
            C("És ez mennyibe fog kerülni?"),
            A("Semmibe: a rendszer még garanciális, az érzékelő cseréje és a kiszállás is díjtalan."),
            C("Rendben, akkor várjuk holnap a szerelőt."),
            A("Van még valami, amiben segíthetek ma este?"),
            C("Nem, köszönöm szépen."),
            A("Én köszönöm, hogy hívott. Ha éjjel bármi szokatlant tapasztalna, az ügyeletünket a nap bármely órájában hívhatja. "
              "Jó éjszakát, viszonthallásra!"),
        ]),
        "expect": [],
        "note": "Alarm company: false alarms every night, 'this alarm is a joke, the whole street is cursing us' (complaint) -> "
                "apology + 'we'll find out during this call'. 'Can the siren be switched off?' answered yes (and solved by "
                "disabling the faulty sensor after the transfer); 'what can it be?' and 'how much?' answered. Transfer with a "
                "summary; the second agent closes completely. Clean.",
    },
    # t04 violating: boiler service, hold without permission and without thanks; closing lacks "come back"
    {
        "transcript": _tr("phone", "Fekete Zsolt", _call("11-09", "08", "31") + [
            A("Pannon Energia kazánszerviz, jó napot kívánok, Fekete Zsolt vagyok. Miben segíthetek?"),
            C("Jó napot. Két hete volt nálunk a kolléga éves karbantartáson, és azóta kétszer is leállt a kazán. "
              "Hideg van a lakásban, kisgyerek van itthon, ez így nem mehet tovább."),
            A("Elnézést kérek, hogy a karbantartás után ilyen gondja lett. Megnézem, ki tud még ma kimenni Önhöz. "
              "Megadná a nevét és a címét?"),
            C("Vörös Judit, Szeged, Tavasz utca 3. Kiderül majd, hogy mi a baja? És ezt ugye nem nekem kell kifizetnem?"),
            A("Egy pillanat, megnézem a beosztást."),
        ] + HOLD + [
            A("Szóval, ma délután 3 és 5 között Papp Levente ki tud menni, ő a helyszínen megkeresi a leállás okát, és elmondja, mit talált. "
              "Mivel a hiba a karbantartás után két héten belül jelentkezett, a kiszállás és a javítás díjtalan."),
            C("Jó, köszönöm. Délután itthon leszek."),
            A("Van még valami, amiben segíthetek?"),
            C("Nem, ennyi."),
            A("Köszönöm, hogy szólt, és még egyszer elnézést a kellemetlenségért. Viszonthallásra!"),
        ]),
        "expect": ["R-TALK-10", "R-TALK-2"],
        "note": "Boiler stops twice after the annual service (complaint) -> apology + same-day visit: fine. Before the hold the "
                "agent says 'One moment, I'll check the schedule' (a reason, but no permission asked) and after the resume "
                "starts with 'So, ...' (no thanks for waiting) -> R-TALK-10. Both questions are answered (cause found on site, "
                "free of charge). Closing asks, thanks and says goodbye but never says she can call again -> R-TALK-2.",
    },
    # t05 clean: online course platform, certificate
    {
        "transcript": _tr("chat", "Kiss Noémi", [
            A("Üdvözlöm a Pannon Energia Akadémia chatjén, Kiss Noémi vagyok. Miben segíthetek?"),
            C("Jo napot. Elvégeztem a Hőszivattyúk a gyakorlatban tanfolyamot, de a tanusitványt nem lehet letolteni, hibaüzenetet ad. "
              "Már harmadszor írok emiatt, eddig senki nem válaszolt."),
            A("Elnézést kérek, hogy eddig nem kapott választ, ennek nem lett volna szabad így lennie. "
              "Most megnézem a fiókját, és a tanúsítványt még a beszélgetés alatt elkészítem. Melyik e-mail-címmel regisztrált?"),
            C("horvath.kata@freemail.hu. Es a videokat meddig erem el? Szeretnem majd ujranezni par reszt."),
            A("Köszönöm, megtaláltam. A tanúsítványt újra kiállítottam, és elküldtem a horvath.kata@freemail.hu címre; "
              "a fiókjában a „Tanúsítványaim” menüpontban is megtalálja. "
              "A tanfolyam videói 2027. június 30-ig maradnak elérhetők Önnek, addig bármikor visszanézheti őket."),
            C("Megjott, most mar le is tudtam tolteni. Koszonom"),
            A("Örülök, hogy sikerült. Tudok még valamiben segíteni?"),
            C("Nem, mas nincs."),
            A("Köszönöm, hogy írt nekünk, és gratulálok a tanfolyamhoz. Ha bármikor kérdése lenne, itt a chaten szívesen segítünk. "
              "Viszontlátásra!"),
        ]),
        "expect": [],
        "note": "Online course platform: certificate cannot be downloaded, 'third time I write, nobody answered' (complaint) -> "
                "apology + certificate made during the chat. 'How long can I watch the videos?' answered with a date. "
                "Closing spread over the last two agent turns (anything else? / thanks / can ask any time / goodbye). Clean.",
    },
    # t06 violating: camping site, agent runs down colleagues at reception
    {
        "transcript": _tr("chat", "Lilla", [
            A("Jó estét kívánok, a Pannon Energia Kemping, Balatonszemes online ügyfélszolgálatán Lilla vagyok. Miben segíthetek?"),
            C("Jo estet. Ma erkeztunk, arammal foglaltunk parcellat (foglalas: BK-5127), de a 42-es parcellanal nincs aram a csatlakozoban. "
              "A recepcion a fiatalember csak vallat vont, hogy o nem tud mit csinalni. Elegge felhaborito."),
            A("Elnézést kérek, ez nagyon kellemetlen az első estén. A recepción nyáron főleg diákok dolgoznak, "
              "ők sajnos a foglalási rendszert sem ismerik rendesen, ezért nem tudtak segíteni. "
              "Szólok az ügyeletes villanyszerelőnknek, ő fél órán belül odamegy a 42-es parcellához."),
            C("Rendben. Ha ma nem lesz aram, at tudunk menni masik parcellara?"),
            A("Igen. Ha a hibát ma este nem sikerül elhárítani, a 17-es parcella szabad, ott is van áramcsatlakozó, és a szerelő segít átállni."),
            C("Ok. És a mai éjszakát ki kell fizetnünk így is?"),
            A("A mai éjszaka díját jóváírjuk a foglaláson, így azt nem kell kifizetniük."),
            C("Jo, koszonjuk. Mar jott is valaki."),
            A("Örülök. Van még valami, amiben segíthetek?"),
            C("Nincs."),
            A("Köszönöm, hogy jelezte. Ha a nyaralás alatt bármi gond lenne, bármikor írhat nekünk ide a chatre. "
              "Jó pihenést és viszontlátásra!"),
        ]),
        "expect": ["R-TALK-6"],
        "note": "Camping site: booked pitch has no electricity and the receptionist shrugged (complaint) -> apology + electrician "
                "within half an hour, but the agent explains it by running down her colleagues ('students, they don't even "
                "know the booking system properly') -> R-TALK-6. Questions (move pitch? pay for tonight?) answered; "
                "closing complete.",
    },
    # t07 clean: lift maintenance, own mistake owned, hold done right
    {
        "transcript": _tr("phone", "Molnár Ágnes", _call("11-10", "10", "05", rings=3) + [
            A("Jó napot kívánok, Pannon Energia liftszerviz, Molnár Ágnes vagyok. Miben segíthetek?"),
            C("Jó napot. A Damjanich utca 28-ból telefonálok. Két napja áll a lift, tegnap már bejelentettem, de senki nem jött ki. "
              "A nyolcvanéves anyám a negyediken lakik, azóta ki se tud mozdulni a lakásból. Ez felháborító."),
            A("Elnézést kérek, ez valóban nagyon nehéz helyzet az édesanyjának. Megnézem a bejelentést, és intézkedem, "
              "hogy még ma menjen ki szerelő. Megadná a nevét, kérem?"),
            C("Bakos Erika. De miért nem jött ki senki tegnap?"),
            A("Megengedi, hogy néhány percre várakoztassam? Megnézem, mi történt a tegnapi bejelentésével."),
            C("Jó."),
        ] + HOLD + [
            A("Köszönöm a türelmét. A tegnapi bejelentése a hétvégi ügyeleti számra érkezett, és onnan nálunk nem került át "
              "a hétfői kiszállási listára. Ez a mi hibánk, elnézést kérek érte. Ma 14 és 16 óra között Orbán Dániel kolléga kimegy a házhoz."),
            C("És addig? Anyámnak holnap reggel orvoshoz kell mennie."),
            A("Dániel délután megnézi a liftet, és ha a javítás ma nem fejeződne be, este 6-ig felhívom Önt. "
              "Akkor megbeszéljük, hogyan tudunk segíteni a holnap reggeli orvosi útnál."),
            C("Rendben, köszönöm."),
            A("Van még valami, amiben segíthetek?"),
            C("Nem, köszönöm."),
            A("Én köszönöm, hogy hívott. Ha bármi gond van a lifttel, hívjon minket bármikor, a nap huszonnégy órájában. Viszonthallásra!"),
        ]),
        "expect": [],
        "note": "Lift maintenance: lift stopped two days, yesterday's report ignored, 'this is outrageous' (complaint) -> apology + "
                "technician today. 'Why did nobody come yesterday?' answered after a proper hold (permission, reason, thanks): "
                "the report was not passed on, 'this is our mistake' (own fault owned, no blame). 'And until then?' answered "
                "with a dated callback. Three rings. Closing complete. Clean.",
    },
    # t08 violating: wallbox installation, sympathy only after complaint; closing without thanks
    {
        "transcript": _tr("phone", "Szűcs Márton", _call("11-12", "13", "22") + [
            A("Pannon Energia, elektromos töltők ügyfélszolgálata, Szűcs Márton vagyok, jó napot. Miben segíthetek?"),
            C("Jó napot. Tegnap szerelték fel nálunk a fali töltőt. A szerelők otthagyták a vakolatport az egész garázsban, "
              "és a falon maradt egy lyuk, ahol először rossz helyre fúrtak. Ezt nem így képzeltem egy ilyen árú munkánál."),
            A("Értem, hogy ez bosszantó. A töltő maga működik?"),
            C("Működik, tölt az autó. De a falat ki fogja rendbe hozni?"),
            A("A fal javítását mi vállaljuk: csütörtök délelőtt visszamegy a szerelő, betömi a lyukat, és kitakarítja a garázst. "
              "Kilenc óra megfelel Önnek?"),
            C("Kilenc jó. És a töltőhöz kapok még valami papírt, a garanciához?"),
            A("Igen, a garanciajegyet és a beüzemelési jegyzőkönyvet ma délután elküldöm Önnek e-mailben."),
            C("Rendben."),
            A("Van még kérdése?"),
            C("Nincs."),
            A("Ha a töltővel bármi gond lenne, hívjon minket bármikor. Viszonthallásra!"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-2"],
        "note": "EV wallbox installation: installers left dust and a wrongly drilled hole (complaint) -> the next agent turn is "
                "'I understand this is annoying. Does the charger work?': sympathy, no apology, nothing offered (R-TALK-12; the "
                "repair offer only comes a turn later). Questions (who fixes the wall, warranty papers) answered. Closing asks, "
                "says call any time and goodbye, but never thanks -> R-TALK-2.",
    },
    # t09 clean: visitor centre / museum membership card
    {
        "transcript": _tr("chat", "Katalin", [
            A("Jó napot kívánok! A Pannon Energia Látogatóközpont online ügyfélszolgálatán Katalin vagyok. Miben segíthetek?"),
            C("Szia! Tavaly vettünk családi tagsági kártyát, és most szombaton a pénztáros nem akarta elfogadni, mondván hogy lejárt. "
              "Pedig áprilisig érvényes. Kínos volt a gyerekek előtt, végül kifizettük a jegyeket."),
            A("Elnézést kérek a szombati kellemetlenségért. Megnézem a kártyáját, és ha érvényes volt, a kifizetett jegyek árát visszautaljuk. "
              "Megírná a kártya számát?"),
            C("CS-00417. A jegyek 9600 Ft-ba kerültek. Vissza tudják utalni bankkártyára?"),
            A("Köszönöm. A kártyája valóban 2027. április 30-ig érvényes; a pénztári olvasó szombaton még régi adatokkal dolgozott, "
              "ezt hétfőn javítottuk. A 9600 forint visszautalását ma elindítom arra a bankkártyára, amellyel fizetett."),
            C("Oké. A pénztáros egyébként elég bunkó volt."),
            A("Elnézést kérek, hogy így bántak Önnel. Továbbítom a visszajelzését a látogatószolgálat vezetőjének, "
              "és ha szeretné, ő személyesen is felveszi Önnel a kapcsolatot."),
            C("Nem kell, csak tudjanak róla. Köszi"),
            A("Rendben, ma továbbítom. Van még más, amiben segíthetek?"),
            C("Nincs, köszi"),
            A("Köszönöm, hogy megkeresett minket. Ha legközelebb bármi gond lenne a kártyával, írjon ide nyugodtan bármikor. "
              "Várjuk Önöket szeretettel, viszontlátásra!"),
        ]),
        "expect": [],
        "note": "Visitor centre membership: valid family card refused at the till (complaint), later 'the cashier was rather rude' "
                "(complaint) -> each time apology + action (refund started, feedback passed to the manager). 'Can you refund to "
                "the bank card?' answered implicitly ('to the bank card you paid with'). Cause explained without blame (old "
                "data in the reader). The customer says 'Szia' (informal) but the agent keeps Ön. 'szeretettel' is not a "
                "diminutive. Complete closing. Clean.",
    },
    # t10 violating: heat-pump deposit refund, justification + lecturing instead of apology
    {
        "transcript": _tr("phone", "Lengyel Ákos", _call("11-16", "15", "48") + [
            A("Jó napot kívánok, Pannon Energia hőszivattyú-telepítés, Lengyel Ákos vagyok. Miben segíthetek?"),
            C("Jó napot. Áprilisban befizettem háromszázezer forint előleget a telepítésre, aztán lemondtam, mert mégis eladjuk a házat. "
              "Azóta két hónap telt el, és a pénzt még mindig nem kaptam vissza. Ez egyszerűen nem korrekt."),
            A("A lemondási feltételek szerint az előleget a lemondástól számított 60 napon belül utaljuk vissza, "
              "és ezt Ön a szerződés aláírásakor elfogadta. Ha pedig a lemondás nem írásban érkezett, akkor a határidő el sem indult."),
            C("Írásban mondtam le, május 12-én, e-mailben. Akkor most mikor kapom meg?"),
            A("Megengedi, hogy egy-két percre várakoztassam? Megnézem, hol tart a visszautalás."),
            C("Tessék."),
        ] + HOLD + [
            A("Köszönöm, hogy várt. Az e-mailje megvan, május 12-én érkezett. A visszautalást ma délelőtt elindítom; "
              "a bankok között ez általában egy-két munkanap."),
            C("Jó. Kérhetek erről valami írásos visszaigazolást?"),
            A("Igen, az átutalási igazolást ma délután elküldöm arra az e-mail-címre, amelyről a lemondást küldte."),
            C("Rendben, köszönöm."),
            A("Van még valami, amiben segíthetek?"),
            C("Nem, ennyi."),
            A("Köszönöm a hívását. Ha az átutalással bármi gond lenne, hívjon minket nyugodtan bármikor. Viszonthallásra!"),
        ]),
        "expect": ["R-TALK-12", "R-TALK-6"],
        "note": "Heat-pump deposit not refunded after two months, 'this is simply not fair' (complaint) -> the agent quotes the "
                "cancellation terms, reminds the customer he accepted them and suggests his cancellation may not count: "
                "a justification with no apology and no way forward (R-TALK-12) that lectures and implicitly blames the "
                "customer (R-TALK-6). 'When do I get it?' answered (started today, usually one or two banking days), confirmation request answered; hold "
                "done right; closing complete.",
    },
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set): clean, violation, ... ----------------
    {
        "text": "Kedves Szilvia!\n\nKöszönjük levelét. A vérhígító gyógyszerét kérjük, ne hagyja abba magától: a doktornő hétfőn "
                "délután felhívja, és megbeszéli Önnel, kell-e bármit változtatni a kezelés előtt. Reggelizni nyugodtan tud, "
                "csak a foghúzás előtti egy órában már ne egyen. Irodai munkát a legtöbben aznap is el tudnak végezni, "
                "nehéz fizikai munkát viszont aznapra ne tervezzen.\n\nÜdvözlettel:\nNémeth Anikó, recepció",
        "expect": [],
        "channel": "email",
        "customer": "Jó napot! Jövő kedden 9-re van időpontom foghúzásra. Kérdezném, hogy előtte ehetek-e, és hogy utána tudok-e "
                    "még aznap dolgozni menni? Ja és a vérhígítót abba kell hagyni?",
        "note": "Dental practice. Three questions (eat before? work afterwards? stop the blood thinner?) all answered, in another "
                "order; the medication question gets a dated call from the dentist plus 'don't stop it yourself'. Clean.",
    },
    {
        "text": "Jó napot kívánok! Szeptembertől még van hely a délutáni napköziben, a jelentkezési lapot a honlapunkon vagy "
                "a titkárságon találja. Orvosi igazolás nem kell, elég a gyermek TAJ-kártyájának másolata. A díjat havonta "
                "előre kell befizetni, átutalással vagy a titkárságon készpénzzel.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "Szia, a lányomat szeretném beiratni a délutáni napközibe szeptembertől. Kell hozzá orvosi igazolás? és mennyi a havi díj",
        "note": "After-school club registration. 'Is a medical certificate needed?' answered (no); 'how much is the monthly fee' "
                "(no '?') is met only with how and when to pay: same topic, the amount is never given -> R-TALK-9.",
    },
    {
        "text": "Tisztelt Balogh Úr!\n\nA forgalmi vizsga megismétlésének díja 11 000 forint, és a sikertelen vizsga után "
                "legkorábban nyolc nappal lehet újra vizsgázni. Pótórát nem kötelező venni; ha az oktató szerint szükséges, "
                "ő a vizsga után személyesen megbeszéli Önnel, és csak az Ön beleegyezésével foglalunk órát.\n\n"
                "Üdvözlettel:\nTakács Judit, autósiskola, ügyfélszolgálat",
        "expect": [],
        "channel": "email",
        "customer": "Jó napot, ha megbukom a forgalmi vizsgán, mennyi az újravizsga díja, és mennyi idő múlva mehetek újra? "
                    "Meg azt is szeretném tudni, hogy kell-e újra órákat vennem.",
        "note": "Driving school. Fee, waiting time and 'do I have to take lessons again' (embedded yes/no) all answered; the last "
                "one by 'not compulsory'. Clean.",
    },
    {
        "text": "Jó napot! Csütörtökön 8 és 12 óra között érkeznek a kollégák, előtte fél órával telefonálnak. Minden szerszámot "
                "ők hoznak, Önnek csak annyi a dolga, hogy a szekrény helyét előtte üresítse ki, és az előszobában legyen "
                "hely a dobozoknak.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "A gardróbszekrényt csütörtökre hozzák. Az összeszerelők hozzák a fúrót meg mindent, vagy nekem kell valamit "
                    "előkészíteni? Es a régi szekrényt elviszik?",
        "note": "Furniture delivery and assembly. Tools / preparation question answered; 'will they take away the old wardrobe?' "
                "is never addressed -> R-TALK-9.",
    },
    {
        "text": "Kedves Ügyfelünk!\n\nA kulcsot megtaláltuk: a kabát zsebéből kivettük, és a pultnál félretettük az Ön nevére. "
                "Ma este 7 óráig vagy holnap reggel 7-től bármikor átveheti, akkor is, ha a kabát még nincs kész.\n\n"
                "Üdvözlettel:\nFarkas Márta, Patyolat tisztító, Fehérvári út",
        "expect": [],
        "channel": "email",
        "customer": "Tegnap leadtam egy kabátot, és a zsebében maradt a lakáskulcsom. Meg tudják nézni, hogy megvan-e? Mikor mehetek érte?",
        "note": "Dry cleaner. 'Can you check whether it is there?' answered implicitly ('we found it'), 'when can I come?' answered "
                "with hours. Clean.",
    },
    {
        "text": "Kedves Erdős Anna!\n\nKöszönjük az érdeklődést. Megértjük, hogy a kutya is a család része. A családi csomagban 15 retusált képet kap digitálisan, és ezekből kettőt "
                "nagyított nyomatként is. December 6-án és 13-án délelőtt van még szabad időpontunk.\n\n"
                "Üdvözlettel:\nVarga Dóra, fotóstúdió",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "Szeretnénk családi fotózást december elején, négyen vagyunk plusz a kutya. Lehet kutyát vinni a stúdióba? "
                    "Hány képet kapunk a csomagban?",
        "note": "Photo studio. 'How many pictures?' answered (15 + 2 prints). 'Can we bring the dog?' is met only with sympathy "
                "('we understand the dog is part of the family'); it never says yes or no -> R-TALK-9.",
    },
    {
        "text": "Jó napot! A 4. modul videóinál tegnap este óta hiba van a lejátszóban, tehát nem az Ön gépén múlik. "
                "A javításon dolgozunk, és holnap délig itt a chaten megírom, hol tart. A beadási határidőt minden résztvevőnek "
                "egy héttel, november 21-ig meghosszabbítottuk.",
        "expect": [],
        "channel": "chat",
        "customer": "nem tudom lejátszani a 4. modul videóit, csak forog a kör. ez nálam van vagy máshol is? és a határidőt kitolják, ha emiatt csúszom",
        "note": "Online course platform. 'Is it just me or others too?' answered ('not your computer'); 'will the deadline be "
                "extended' (no '?') answered with the new date; a dated follow-up on the fix. Clean.",
    },
    {
        "text": "Tisztelt Orsós Úr!\n\nKöszönjük, hogy minket választott. A lakossági támogatás igénylését nem kell egyedül "
                "intéznie: a pályázati dokumentumokat mi készítjük elő, Önnek csak alá kell írnia őket. A régi kazánnal "
                "kapcsolatban a helyszíni felmérésen mindent átnézünk.\n\nÜdvözlettel:\nPannon Energia, hőszivattyú-telepítés",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "Árajánlatot kaptunk Önöktől a hőszivattyúra. Benne van az árban a régi gázkazán leszerelése? És igénybe "
                    "vehetjük rá a lakossági támogatást, vagy azt nekünk kell intézni?",
        "note": "Heat-pump installer. The subsidy question is answered. 'Is removing the old gas boiler included in the price?' "
                "gets only 'we will look at the old boiler at the survey': same topic, no answer, no date -> R-TALK-9.",
    },
    {
        "text": "Kedves Papp Család!\n\nNem vesznek el a napok: ha most megújítják, az új bérlet a mostani lejárta után, "
                "január 16-án kezdődik. Visszatérő családként 10% kedvezményt kapnak, ezt online vásárláskor a régi bérlet "
                "számának megadásával érvényesíthetik.\n\nÜdvözlettel:\nÁllatkert, bérletiroda",
        "expect": [],
        "channel": "email",
        "customer": "A tavaly vett éves családi bérletünk január 15-én lejár. Ha most megújítom, a maradék napok elvesznek? "
                    "Kedvezményt kapunk-e, mert megint veszünk?",
        "note": "Zoo membership. Both yes/no questions answered ('the days are not lost', '10% discount'). Clean.",
    },
    {
        "text": "Sajnálom, hogy hétvégén ilyen kellemetlenség érte. A legközelebbi szerelőnk 35-40 percen belül a Kerepesi úton "
                "lehet. Kérem, írja meg a pontos házszámot és egy telefonszámot, és már indítom is.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "Kizártam magam, a kulcs bent van a zárban belülről. Mennyi idő alatt érnek ki a Kerepesi útra? És mennyibe "
                    "kerül egy ilyen nyitás hétvégén?",
        "note": "Locksmith. 'How long?' answered (35-40 minutes). 'How much does a weekend opening cost?' is met only with "
                "sympathy and never priced -> R-TALK-9.",
    },
    {
        "text": "Kedves Vendégünk!\n\nKésőn is nyugodtan érkezhetnek: a sorompó 22 óra után is kinyílik a foglalási kóddal, "
                "amelyet az érkezés előtti napon SMS-ben küldünk. Minden parcellán van 16 amperes áramcsatlakozó, és az áram "
                "napi díját már tartalmazza a foglalás ára.\n\nÜdvözlettel:\nKemping recepció",
        "expect": [],
        "channel": "email",
        "customer": "Jó napot, lakóautóval jönnénk július 3-án. Lehet késő este, 22 után érkezni? Van áram a parcellánál, és ha igen, "
                    "külön kell érte fizetni?",
        "note": "Camping site. Late arrival answered; 'is there electricity' answered; 'must we pay extra?' answered implicitly "
                "('already included in the price'). Clean.",
    },
    {
        "text": "Jó napot kívánok!\n\nKöszönjük jelentkezését. Nem szükséges otthon lennie: ha a szomszédja beengedi a "
                "szerelőt, és a kazán hozzáférhető, a karbantartás elvégezhető. Az időpontokat a szerelők beosztása alapján "
                "adjuk ki, maga a karbantartás körülbelül egy órát vesz igénybe.\n\nÜdvözlettel:\nPannon Energia, kazánszerviz",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "A kazán éves karbantartását szeretném kérni. Mikor lenne legközelebb szabad időpont? Kell-e otthon lennem, "
                    "vagy elég, ha a szomszéd beengedi a szerelőt?",
        "note": "Boiler maintenance. 'Do I have to be home?' answered. 'When is the next free slot?' is met with how slots are "
                "assigned and how long the work takes: same topic, no date and no follow-up -> R-TALK-9.",
    },

    # ---------------- R-TALK-6: clean, violation, ... ----------------
    {
        "text": "A csütörtöki szerelés azért maradt el, mert a szekrény egyik oldallapja sérülten érkezett a gyártótól, és ezt "
                "csak a raktári ellenőrzésnél vettük észre. Elnézést kérünk, hogy erről nem szóltunk időben. Az új lap hétfőn "
                "érkezik, a szerelést kedd délelőttre tudjuk áttenni, ha ez Önnek megfelel.",
        "expect": [],
        "channel": "email",
        "note": "Furniture assembly postponed: the cause (a damaged panel from the manufacturer) explained neutrally, our own "
                "failure to warn owned, new date offered. Near miss for blaming a partner. Clean.",
    },
    {
        "text": "A kabát címkéjén egyértelműen szerepel, hogy csak kézzel mosható, ezt leadáskor illett volna jelezni. "
                "A folt tehát nem a tisztítás során keletkezett. Ha szeretné, megnézhetjük, mit lehet még kezdeni vele.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Dry cleaner: 'the label clearly says hand wash only, you ought to have mentioned it when handing it in': blame "
                "on the customer in polite wording, spread over two sentences, even though an offer follows -> R-TALK-6.",
    },
    {
        "text": "A szombati rendelésünk december végéig sajnos betelt. Hétköznap reggel 7-kor viszont van még szabad időpont, "
                "így munka előtt is be tud jönni; a jövő keddi 7 órás időpontot most félre is tehetem Önnek.",
        "expect": [],
        "channel": "chat",
        "note": "Dental practice: Saturday slots are full, but an early weekday slot is offered and can be held now. "
                "A refusal with an alternative. Clean.",
    },
    {
        "text": "Tájékoztatjuk, hogy a befizetett tandíj a képzés megkezdése után nem téríthető vissza. Kérelmét ezért "
                "elutasítjuk, a döntés végleges.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Driving school: 'the fee is not refundable once training has started; your request is therefore rejected, "
                "the decision is final'. Bureaucratic flat refusal with nothing offered -> R-TALK-6.",
    },
    {
        "text": "Igaza van, a képeket két hete meg kellett volna kapnia, és ez a mi csúszásunk: a nyári szabadságok alatt nálunk "
                "torlódott fel a retusálás. Ma este elküldöm a letöltési linket, és a késés miatt egy nagyított nyomatot "
                "ajándékba adunk.",
        "expect": [],
        "channel": "email",
        "note": "Photo studio: the delay is owned as the studio's own ('this is our slip'), with delivery tonight and a free "
                "print. Near miss for excuses or blame. Clean.",
    },
    {
        "text": "Tudom, hogy a számlát három hete kérte. A pénzügy nálunk mindig ilyen lassú, hiába szólunk nekik, ott senki "
                "nem siet. Én mindenesetre még egyszer továbbítom a kérését.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Online course platform: 'finance is always this slow here, nobody hurries there however often we ask': running "
                "down another department while helping -> R-TALK-6.",
    },
    {
        "text": "Ha jól értem, úgy tudta, hogy a bérlet a parkolást is tartalmazza. Ez érthető, mert a honlapunkon a két "
                "szolgáltatás egymás mellett szerepel. A bérlet a belépőre szól, a parkolójegyet külön kell váltani, de ha a "
                "parkolóautomatánál megadja a bérletszámát, 30% kedvezményt kap.",
        "expect": [],
        "channel": "email",
        "note": "Zoo membership: the customer's belief corrected politely, the confusion attributed to our website layout, and a "
                "discount offered. Near miss for contradicting. Clean.",
    },
    {
        "text": "Ez nem így van, a lift tegnap délután hibátlanul működött, a naplóban ott a szerelő aláírása. "
                "Ha ma reggel megállt, annak semmi köze a tegnapi javításhoz.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Lift maintenance: 'that's not so, the lift worked perfectly yesterday, the log has the signature': flat "
                "contradiction of the customer, nothing offered -> R-TALK-6.",
    },
    {
        "text": "Azt írta, hogy „senki nem szólt a beiratkozás határidejéről”. Ebben igaza van: a tájékoztató levelünk csak a "
                "régi e-mail-címére ment ki, ez nem az Ön hibája. A jelentkezést ezért határidőn túl is elfogadjuk, ha péntekig "
                "elküldi a kitöltött lapot.",
        "expect": [],
        "channel": "email",
        "customer": "Senki nem szólt a beiratkozás határidejéről, most meg azt írják, hogy lekéstük.",
        "note": "Kindergarten registration: the customer's words quoted, 'this is not your fault' (negated blame), and a late "
                "application accepted. The customer message has no question. Clean.",
    },
    {
        "text": "A szerelő telefonszámát nem adhatjuk ki, és a vezetőnk elérhetőségét sem áll módunkban megadni. "
                "Ügyfeleinkkel kizárólag ezen a felületen tartjuk a kapcsolatot.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Solar-panel installer: refuses both the fitter's number and the manager's contact, 'we keep contact only through "
                "this interface': refusing contact details with no alternative -> R-TALK-6.",
    },
    {
        "text": "A kültéri egységhez szükséges alkatrészt a gyártó magyarországi raktára küldi, ők november 14-re jelezték a "
                "szállítást. Amint megérkezik, felhívom, és egyeztetjük a beszerelés napját.",
        "expect": [],
        "channel": "email",
        "note": "Heat-pump service: a partner (the manufacturer's warehouse) named neutrally, its date attributed to it, and our "
                "own next step. Near miss for running down a partner. Clean.",
    },
    {
        "text": "Az éves karbantartás éppen arra való, hogy az ilyen leállásokat megelőzze. Ha tavaly ősszel is elvégezteti, most "
                "valószínűleg nem kellene fáznia a családnak. Holnap 10 és 12 között ki tudunk menni.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Boiler service: 'had you had it serviced last autumn, your family probably wouldn't be cold now': lecturing "
                "and blaming the customer (counterfactual), even though a visit is offered -> R-TALK-6.",
    },

    # ---------------- R-LETTER-1 (letters): clean, violation, ... ----------------
    {
        "text": "Tisztelt Szabó Katalin!\n\nÖrömmel értesítjük, hogy Szabó Lili felvételt nyert a Napraforgó Óvoda délutáni "
                "foglalkozásaira a 2027/2028-as nevelési évre. A beiratkozáshoz kérjük, 2027. június 20-ig hozza be az "
                "óvoda titkárságára a gyermek lakcímkártyáját és TAJ-kártyáját, valamint az aláírt szülői nyilatkozatot. "
                "A titkárság hétköznap 8 és 15 óra között tart nyitva.\n\nÜdvözlettel:\nMészáros Ilona\nóvodavezető",
        "expect": [],
        "channel": "letter",
        "note": "Kindergarten after-school decision: place granted; what to bring, by when (20 June) and where. Clean.",
    },
    {
        "text": "Tisztelt Horváth Dániel!\n\nTájékoztatjuk, hogy a 2027. március 4-re kiírt forgalmi vizsgája a vizsgabiztos "
                "megbetegedése miatt elmarad. A vizsga új időpontja 2027. március 11., 9 óra 30 perc, helyszíne változatlan.\n\n"
                "Üdvözlettel:\nKocsis Gábor\nautósiskola-vezető",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Driving school: exam date moved to 11 March. The letter states the new date and stops: whether he must confirm, "
                "what to bring or what to do if it does not suit him is not said -> R-LETTER-1.",
    },
    {
        "text": "Tisztelt Bíró Zoltán!\n\nÉrtesítjük, hogy a 2027. február 2-i implantációs kezelésre befizetett 50 000 forint "
                "foglalót visszautaltuk arra a bankszámlára, amelyről a befizetés érkezett. Ezzel kapcsolatban Önnek nincs "
                "teendője, mert a visszautalás automatikusan megtörtént, és a számlát is érvénytelenítettük. Ha a kezelést "
                "később mégis szeretné, a recepción bármikor új időpontot foglalhat.\n\nÜdvözlettel:\nDr. Simon Eszter\nfogorvos",
        "expect": [],
        "channel": "letter",
        "note": "Dental practice: deposit returned; 'you need do nothing, because the transfer was automatic and the invoice "
                "cancelled' (nothing needed, and why). Clean.",
    },
    {
        "text": "Tisztelt Lukács Ferenc!\n\nÉrtesítjük, hogy a hőszivattyú éves karbantartására kötött szerződése 2027. január "
                "31-én megszűnik, mivel a szerződésben vállalt hároméves időszak lejár.\n\nÜdvözlettel:\n"
                "Pannon Energia, hőszivattyú-szerviz",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Heat-pump maintenance contract ends on 31 January. The letter gives the fact and the reason and stops: it does not "
                "say how to renew or that nothing is needed -> R-LETTER-1.",
    },
    {
        "text": "Tisztelt Bérlettulajdonosunk!\n\nTájékoztatjuk, hogy 2027. január 1-jétől a családi éves bérlet ára 42 000 "
                "forintról 46 000 forintra változik. Ha a bérletét tovább kívánja használni, nincs teendője: a mostani bérlete "
                "a lejárat napjáig a régi áron érvényes, a változás csak a következő megújításkor érinti. Ha nem kéri a "
                "megújítást, kérjük, december 15-ig jelezze a berlet@allatkert.hu címen.\n\nÜdvözlettel:\nÁllatkert, bérletiroda",
        "expect": [],
        "channel": "letter",
        "note": "Zoo membership fee change: nothing to do if continuing (and why), and what to do by 15 December if not. Clean.",
    },
    {
        "text": "Tisztelt Jakab Éva!\n\nA bútorcsalád garanciális javítására vonatkozó kérelmét megvizsgáltuk. Tájékoztatjuk, "
                "hogy a benyújtott iratok közül hiányzik a vásárlást igazoló számla vagy annak másolata.\n\nTisztelettel:\n"
                "Kertész Bútor, vevőszolgálat",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Furniture shop warranty claim: a document is missing. The letter names it and stops, without saying that it must "
                "be sent, by when or how -> R-LETTER-1.",
    },
    {
        "text": "Tisztelt Fehér Gábor!\n\nSajnálattal értesítjük, hogy a Tisza-parti áradás miatt a kemping 2027. május 10. és "
                "17. között zárva tart, ezért BK-3308 számú foglalását töröltük. A befizetett 64 000 forintot 8 munkanapon belül "
                "visszautaljuk, ehhez Önnek nem kell semmit tennie. Ha másik időpontra szeretne foglalni, a recepció a "
                "+36 1 555 0142-es számon hétköznap 9 és 17 óra között segít.\n\nÜdvözlettel:\nKemping recepció",
        "expect": [],
        "channel": "letter",
        "note": "Camping booking cancelled by the site (flooding): refund within 8 working days, 'you need do nothing', and how "
                "to rebook if wanted. Clean.",
    },
    {
        "text": "Tisztelt Sándor Petra!\n\nSajnálattal értesítjük, hogy a 2027. április 24-re, szombatra lefoglalt kismamafotózás "
                "fotósunk betegsége miatt elmarad. Elnézést kérünk a kellemetlenségért.\n\nÜdvözlettel:\nFotóstúdió",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Photo studio shoot cancelled because the photographer is ill. Apology, then nothing about rebooking, the paid "
                "fee or what the customer should do -> R-LETTER-1. ('kismamafotózás' is the usual word for a maternity shoot, "
                "not a diminutive of address.)",
    },
    {
        "text": "Tisztelt Közös Képviselő Úr!\n\nÉrtesítjük, hogy a Petőfi utca 12. szám alatti társasház liftjének időszakos "
                "műszaki vizsgálata 2027. március 3-ról március 10-re, szerdára kerül át. Kérjük, hogy a vizsgálatról szóló "
                "mellékelt hirdetményt legkésőbb március 5-ig tegye ki a lépcsőházban, és a vizsgálat napján reggel 8 órára "
                "biztosítsa a gépházba a bejutást. Ha ez az időpont nem megfelelő, kérjük, hívja Molnár Ágnest a "
                "+36 1 555 0178-as számon.\n\nÜdvözlettel:\nPannon Energia, liftszerviz",
        "expect": [],
        "channel": "letter",
        "note": "Lift inspection moved to 10 March: post the notice by 5 March, give access to the machine room at 8, call if "
                "the date does not suit. Clean.",
    },
    {
        "text": "Tisztelt Antal Zsuzsanna!\n\nÉrtesítjük, hogy kérelmét jóváhagytuk: a „Napelemes rendszerek alapjai” online "
                "tanfolyamhoz tartozó hozzáférését átruházzuk Antal Bence részére.\n\nÜdvözlettel:\nPannon Energia Akadémia",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Online course access transferred to a family member as requested. The decision is stated and the letter stops: "
                "it does not say whether Bence must register, how he gets access, or that nothing is needed -> R-LETTER-1.",
    },

    # ---------------- R-TALK-2 (closing): clean, violation, ... ----------------
    {
        "text": "Örülök, hogy sikerült egyeztetni az órákat. Tudok még valamiben segíteni? Köszönöm, hogy írt nekünk, és ha a "
                "vizsga előtt bármi kérdése lenne, bármikor kereshet itt a chaten. Sok sikert, viszontlátásra!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Driving school chat closing: anything else / thanks / can come back any time / goodbye. Clean.",
    },
    {
        "text": "Van még valami, amiben segíthetek? Rendben. Ha a szerelés után bármi gond lenne az ajtókkal, hívjon minket "
                "nyugodtan. Viszonthallásra!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Furniture assembly phone closing: asks, says call again, says goodbye, but never thanks -> R-TALK-2.",
    },
    {
        "text": "Segíthetünk még valamiben a kabáttal kapcsolatban? Köszönjük türelmét és bizalmát; ha a jövőben bármilyen "
                "gond lenne egy ruhadarabbal, forduljon hozzánk bizalommal.\n\nÜdvözlettel:\nTóth Eszter, ügyfélszolgálat",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Dry cleaner e-mail closing: 'can we help with anything else about the coat?', thanks, 'turn to us in future', sign-off as "
                "goodbye. Clean.",
    },
    {
        "text": "Köszönöm a türelmét, a tanúsítvány már a fiókjában van. Ha később kérdése lenne a tanfolyammal kapcsolatban, itt a "
                "chaten vagy e-mailben bármikor elér minket. Viszontlátásra!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Online course chat closing: thanks, can come back, goodbye, but does not ask whether anything else is needed -> R-TALK-2.",
    },
    {
        "text": "Van még más kérdése a bérlettel kapcsolatban? Akkor köszönöm, hogy hívott. Ha bármi gond lenne a kártyával, "
                "nyugodtan hívjon vissza, hétvégén is itt vagyunk. Viszonthallásra, szép napot!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Museum membership phone closing, transcribed as one turn: asks, thanks, call back any time, goodbye. Clean.",
    },
    {
        "text": "Van még valami, amiben segíthetek a fotózás előtt? Köszönöm, hogy minket választott.\n\nÜdvözlettel:\n"
                "Varga Dóra, fotóstúdió",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Photo studio e-mail closing: asks, thanks, sign-off, but never says the customer can come back -> R-TALK-2.",
    },
    {
        "text": "Van még valami, amiben segíthetek? Köszönöm, hogy jelezte a riasztó hibáját; ha újra előfordulna, a nap bármely "
                "szakában írhat vagy telefonálhat nekünk. Minden jót, viszontlátásra!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Alarm company chat closing: all four parts. Clean.",
    },
    {
        "text": "Van még kérdése a foglalással kapcsolatban? Akkor köszönöm a hívását. Ha az érkezésük időpontja változna, hívjon bátran, "
                "a recepció este tízig elérhető.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Marina / camping phone closing: asks, thanks, can call again, but no goodbye -> R-TALK-2.",
    },
]
