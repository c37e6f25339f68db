"""R-TALK-6 in parallel: one set of behaviours written in every language.

The English pack caught nineteen of twenty of these breaches while the other packs caught
twelve to fourteen: the same behaviour (blame put on the customer's side, a flat "simply not
possible", a colleague who "does not know the rules", "I am not allowed to give you the
number", a cause pinned on the customer's form) must be recognised however the language
builds it. Each language also has clean near-misses: the fault on our side, a refusal with
an alternative, the same words negated.
Written for Tactful, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.protocol.pack_cases import assert_case

BREACHES = [
    # the fault on the customer's side
    ("hu", "A hiba az Ön oldalán van, a routere elavult."),
    ("hu", "Ön nyilvánvalóan nem követte a lépéseket, amiket elküldtem."),
    ("et", "Probleem on Teie poolel, Teie ruuter on vananenud."),
    ("et", "Ilmselgelt Te ei järginud samme, mis ma saatsin."),
    ("et", "See oli Teie vastutus, mitte meie."),
    ("ro", "Problema este la dumneavoastră, routerul e depășit."),
    ("ro", "Era responsabilitatea dumneavoastră, nu a noastră."),
    ("zh-Hans", "问题出在您那边，您的路由器太旧了。"),
    ("zh-Hans", "您显然没有按照我发给您的步骤操作。"),
    ("zh-Hans", "您肯定是误解了我们的活动。"),
    ("zh-Hans", "您要是看了垃圾邮件箱，早就看到我们的邮件了。"),
    # the customer's form as the cause ('Ön által' is no 'általunk')
    ("hu", "A késést az Ön által hiányosan kitöltött űrlap okozta."),
    ("et", "Viivituse põhjustasid Teie vormil olnud valed andmed."),
    ("ro", "Întârzierea a fost cauzată de datele incorecte din formularul dumneavoastră."),
    # a flat refusal
    ("hu", "Nem. Ez egyszerűen nem lehetséges."),
    ("et", "Ei. See lihtsalt ei ole võimalik."),
    ("ro", "Nu. Acest lucru pur și simplu nu este posibil."),
    # contact details refused
    ("ro", "Nu am voie să vă dau numărul managerului meu."),
    ("zh-Hans", "我不能把我们经理的电话给您。"),
    ("zh-Hans", "我们不提供直线电话，就这样。"),
    # colleagues, partners and the company run down
    ("hu", "A futárcég a hibás, ők teljesen megbízhatatlanok."),
    ("hu", "A kollégám nem ismeri a szabályokat."),
    ("hu", "Nálunk a rendszer egy káosz, semmi sem működik."),
    ("et", "Minu kolleeg ei tunne reegleid, ta poleks tohtinud seda öelda."),
    ("ro", "Colegul meu nu cunoaște regulile."),
    ("zh-Hans", "我们财务部门从来没有一次做对过。"),
    ("zh-Hans", "我同事根本不懂规定。"),
    ("zh-Hans", "仓库又把订单弄错了。"),
    ("en", "Our dev team botched the last release, so the app is down."),
    # blame by cause, refusals, arguing
    ("et", "Makset ei saanud töödelda valesti sisestatud andmete tõttu."),
    ("zh-Hans", "由于您填写的地址有误，包裹被退回了。"),
    ("zh-Hant", "因您提供的地址有誤，包裹已退回。"),
    ("zh-Hans", "我们不透露员工的联络电话。"),
    ("zh-Hans", "我不想跟您争论，收费就是正确的。"),
    ("en", "We can't just bend the policy for you."),
    ("en", "Sorry, but our IT team is useless."),
]

CLEAN = [
    ("hu", "A hiba a mi oldalunkon van, elnézést kérünk."),
    ("hu", "Ez sajnos nem lehetséges, de szívesen felajánlok egy másik időpontot."),
    ("hu", "Ön semmit nem rontott el."),
    ("hu", "Ön nem követte el a hibát, hanem mi."),
    ("hu", "A kollégám ismeri a szabályokat, ő segít Önnek."),
    ("hu", "Az Ön által megadott címre küldtük a csomagot."),
    ("hu", "Nem az Ön hibája, a rendszerünk hibázott."),
    ("et", "Viga oli meie poolel, vabandame."),
    ("et", "See ei ole kahjuks võimalik, kuid saan pakkuda teist aega."),
    ("et", "Probleem ei ole Teie poolel."),
    ("et", "See ei ole Teie vastutus, lahendame selle ise."),
    ("et", "Teie andmed on korras, viivituse põhjustas meie süsteemi viga."),
    ("ro", "Problema este la noi, ne cerem scuze."),
    ("ro", "Din păcate nu este posibil, dar vă pot propune altă dată."),
    ("ro", "Nu este responsabilitatea dumneavoastră, ne ocupăm noi."),
    ("ro", "Întârzierea a fost cauzată de o eroare a noastră."),
    ("ro", "Vă putem da numărul managerului, desigur."),
    ("ro", "Este posibil să primiți coletul mâine."),
    ("zh-Hans", "问题出在我们这边，非常抱歉。"),
    ("zh-Hans", "您没有做错什么。"),
    ("zh-Hans", "是我误解了您的意思，抱歉。"),
    ("zh-Hans", "我们会把经理的电话给您。"),
    ("zh-Hans", "如果您方便，就可以今天下午安装。"),
    ("en", "It's no problem at all, I'll change it now."),
    ("en", "The courier's van broke down, so your parcel comes tomorrow."),
    ("en", "I'm sorry, we messed up again, and I'll fix it today."),
    ("et", "Makset ei saanud töödelda meie süsteemi vea tõttu, vabandame."),
    ("zh-Hans", "由于我们填写的地址有误，包裹被退回了，非常抱歉。"),
    # the same words in another role
    ("hu", "A hiba nem az Ön oldalán van."),
    ("hu", "Ezek a kuponok sajnos már használhatatlanok, küldök újakat."),
    ("et", "Te ei ole midagi valesti teinud."),
    ("et", "Kui Te ei ole juhendit lugenud, saadan selle uuesti."),
    ("ro", "Este absolut posibil să primiți coletul mâine."),
    ("zh-Hans", "问题在于您的订单还没发货，我马上帮您催。"),
    ("zh-Hans", "请您不要误会了。"),
    ("zh-Hans", "本店不提供电话订购，您可以在网上下单。"),
    ("en", "Sorry, we mixed up your order and the dev team is fixing it."),
]


@pytest.mark.parametrize(("lang", "text"), BREACHES)
def test_the_behaviour_is_reported_in_every_language(lang: str, text: str) -> None:
    """R-TALK-6: blame, a flat refusal, refused contact details and running down
    colleagues, built the way each language builds them."""
    assert_case(lang, "R-TALK-6", text, True)


@pytest.mark.parametrize(("lang", "text"), CLEAN)
def test_the_near_misses_stay_silent(lang: str, text: str) -> None:
    """R-TALK-6: our own fault, a refusal with an alternative and negated blame are
    clean."""
    assert_case(lang, "R-TALK-6", text, False)


# Round 5 (dev6a): the fault put on what the customer gave us, in every language; a seller's
# number withheld; a refusal in official words. Near misses: the same construction with the
# customer's new, correct details, our own mix-up, a thing of the customer's with a fault.
ROUND5 = [
    ("en", "It went to the wrong meter because you gave us the number of your old meter.", True),
    ("en", "Since you sent us the new meter number, I've moved the reading to it.", False),
    ("en", "It went to the wrong meter because we mixed up the numbers; I've corrected it.", False),
    ("hu", "Rossz mérőhöz került, mert Ön a régi mérőórája számát adta meg.", True),
    ("hu", "Mivel Ön megadta az új mérőóra számát, az állást már áthelyeztem.", False),
    ("et", "Arve läks valele aadressile, sest Te andsite meile oma vana aadressi.", True),
    ("et", "Kuna andsite meile uue aadressi, saatsin arve sinna.", False),
    ("ro", "Factura a ieșit greșit pentru că ne-ați transmis indexul de pe contorul vechi.", True),
    ("ro", "Pentru că ne-ați transmis indexul nou, am recalculat factura.", False),
    ("ro", "Defectul de la branșamentul locuinței dumneavoastră a fost remediat ieri.", False),
    ("ro", "Problema este la dumneavoastră, nu la noi.", True),
    ("zh-Hans", "包裹寄错了地址，因为您提供的是旧地址。", True),
    ("zh-Hans", "因为您提供了新地址，我已经帮您改好了。", False),
    ("zh-Hans", "抱歉，我们不提供商家的联系电话，也不提供其他任何联系方式。", True),
    ("zh-Hans", "商家的联系电话在订单详情页可以看到，您也可以在这里留言，我帮您转达。", False),
    ("zh-Hans", "该商品已超过七天无理由退货期限，不予退货，请知悉。", True),
]


@pytest.mark.parametrize(("lang", "text", "reported"), ROUND5)
def test_the_fault_put_on_what_the_customer_gave(lang: str, text: str, reported: bool) -> None:
    """R-TALK-6: "because you gave us your old address" blames the customer in every
    language; the same words about new details, or a fault of the customer's house
    connection, do not."""
    assert_case(lang, "R-TALK-6", text, reported)


# Round 6 (dev7a): what reached us was deficient (impersonal blame); a colleague "who had
# no clue what he was doing"; contact details refused as "neither ... nor". Near misses: a
# complete form received, a payment that arrived without a reference and was matched by us,
# "if you do nothing" in a letter, a technician who must check the fuse box.
ROUND6 = [
    ("en", "The meter reading that reached us in May was missing two digits. That's why the "
           "bill came out so high.", True),
    ("en", "We received your form and it is complete; the refund is on its way.", False),
    ("hu", "A májusban beérkezett mérőállás hiányos volt. Emiatt lett ilyen magas a számla.",
     True),
    ("hu", "A beérkezett igénylését feldolgoztuk, a visszatérítés úton van.", False),
    ("hu", "Ha nem tesz semmit, a szerződése a jelenlegi áron folytatódik.", False),
    ("et", "Meile laekunud tagastusvorm oli puudulik. Sellepärast jäi raha tagasi kandmata.",
     True),
    ("et", "Meile laekunud tagastusvorm on korras ja raha kantakse tagasi homme.", False),
    ("ro", "Dosarul care a ajuns la noi nu conținea extrasul de carte funciară, de aici "
           "întârzierea.", True),
    ("ro", "Ați trecut greșit numărul blocului în formular.", True),
    ("ro", "Plata a ajuns pe 5 mai, dar nu avea codul de client; am asociat-o acum cu "
           "factura.", False),
    ("ro", "Tehnicianul trebuie să verifice tabloul electric, deci e nevoie să fie cineva "
           "acasă.", False),
    ("ro", "Nu vă pot da nici numărul direct al tehnicianului, nici numele șefului de echipă.",
     True),
    ("zh-Hans", "我们收到的退货申请里没有商品照片，所以审核才一直没有通过。", True),
    ("zh-Hans", "我们收到的退货申请已经审核通过。", False),
    ("en", "To be honest, whoever took your call on Monday didn't have a clue.", True),
    ("en", "I didn't have a clue either, so I checked with billing.", False),
    ("hu", "Őszintén szólva, aki hétfőn felvette a hívását, annak fogalma sem volt, mit csinál.",
     True),
    ("et", "Kolleeg, kes esmaspäeval Teie kõne võttis, ei saanud üldse aru, mida ta teeb.",
     True),
    ("ro", "Colegul care v-a preluat apelul nu știa ce face.", True),
    ("zh-Hans", "接电话的同事根本不知道自己在做什么。", True),
]


@pytest.mark.parametrize(("lang", "text", "reported"), ROUND6)
def test_what_reached_us_was_deficient_and_colleagues_without_a_clue(
        lang: str, text: str, reported: bool) -> None:
    """R-TALK-6: "the reading that reached us was missing two digits" blames the customer
    without naming them, and "whoever took your call didn't have a clue" runs a colleague
    down, in every language; a complete form received, a payment matched by us, "if you do
    nothing" and "the technician must check" do not."""
    assert_case(lang, "R-TALK-6", text, reported)


# (lang, requirement, text, reported): whole conversations written clean (dev8): what the
# customer was owed ("you should at least have had a call from us"), our own wrong entry
# ("am introdus noi greșit"), an honest "I don't know yet, I'll ask billing", the company's
# mistake owned (责任在我方), a letter stating a missing signature, "kätte saada" (to
# collect: no informal imperative), "if there are problems tomorrow, do call us again".
ROUND7 = [
    ("en", "R-TALK-6", "I'm so sorry; you should at least have had a call from us.", False),
    ("en", "R-TALK-6", "You should have read the terms before signing.", True),
    ("ro", "R-TALK-6", "Factura a fost calculată pe indexul 19.207, deci am introdus noi greșit "
                       "o cifră la citire.", False),
    ("ro", "R-TALK-6", "Încă nu știu ce s-a întâmplat cu indexul trimis pe 25, dar aflu de la "
                       "colegii de la facturare și vă sun până joi.", False),
    ("ro", "R-TALK-6", "Colegul care v-a preluat apelul nu știa ce face.", True),
    ("zh-Hans", "R-TALK-6", "经核实，延误是由我们仓库分拣出错造成的，责任在我方。", False),
    ("zh-Hans", "R-TALK-6", "仓库那边又搞错了，我也没办法。", True),
    ("et", "R-TALK-6", "Taotlusega koos saadetud volikirjal puudub volitaja allkiri.", False),
    ("et", "R-TALK-3", "Paki võite alates homsest kätte saada Lõunakeskuse pakiautomaadist.",
     False),
    ("et", "R-TALK-4", "Aitäh, et helistasite, ja kui homme peaks veel probleeme olema, "
                       "helistage meile julgesti uuesti.", False),
    ("et", "R-TALK-4", "Mul on praegu kiire, helistage hiljem.", True),
    # the agent distancing themself from the company
    ("hu", "R-TALK-6", "Őszintén szólva ez a cég évek óta nem tud rendesen számlázni, én is "
                       "szégyellem magam miatta.", True),
    ("hu", "R-TALK-6", "A számlázásban hibáztunk, elnézést kérek; a helyes számlát holnap "
                       "elküldöm.", False),
    ("zh-Hans", "R-TALK-6", "说实话，我们公司的售后流程就是这么麻烦，我自己都觉得不合理。", True),
    ("zh-Hans", "R-TALK-6", "退货流程有几个步骤，我一步一步帮您操作。", False),
    ("en", "R-TALK-6", "Honestly, I'm embarrassed by this company; it can't even bill people "
                       "properly.", True),
    ("et", "R-TALK-6", "Mul on endal piinlik, see firma ei oska korralikult arveid saata.", True),
    ("ro", "R-TALK-6", "Sincer, mi-e și mie rușine, firma asta nu știe să factureze ca lumea.",
     True),
    # other desks (dev9): the inverted conditional, "because you left the window open",
    # "submitted incomplete", "that's just how they are", "you probably got there later"
    ("en", "R-TALK-6", "Had the police report number been included on the form, your claim "
                       "would already have been settled.", True),
    ("en", "R-TALK-6", "Had we checked the form sooner, your claim would already be settled.",
     False),
    ("hu", "R-TALK-6", "A kár azért nem térül meg, mert Ön nyitva hagyta az ablakot.", True),
    ("hu", "R-TALK-6", "A kérelem elutasításra került, mivel az hiányosan lett benyújtva.",
     True),
    ("hu", "R-TALK-6", "A kárrendezési osztály megint elkeverte az iratait, sajnos ők már csak "
                       "ilyenek.", True),
    ("et", "R-TALK-6", "Buss sõitis graafiku järgi. Ilmselt jõudsite peatusse lihtsalt hiljem.",
     True),
    ("ro", "R-TALK-6", "Autobuzul a plecat la timp. Probabil ați ajuns la stație mai târziu.",
     True),
    ("zh-Hans", "R-TALK-6", "合作的物流公司这阵子真的很夸张，我们内部也很头痛。", True),
    ("zh-Hans", "R-TALK-6", "公交车是准点发车的，您可能是来晚了。", True),
    ("ro", "R-TALK-6", "Schimbarea titularului se poate face online, din contul dumneavoastră de "
                       "client, secțiunea „Contracte”.", False),
    # "kaardikeskus" (card centre) is no "kaardike" (little card)
    ("et", "R-TALK-13", "Lugupidamisega\nTelekom Eesti kaardikeskus", False),
    ("et", "R-TALK-13", "Saatke palun oma kaardikese number.", True),
]


@pytest.mark.parametrize(("lang", "req", "text", "reported"), ROUND7)
def test_clean_whole_conversation_lines_stay_silent(lang: str, req: str, text: str,
                                                    reported: bool) -> None:
    """R-TALK-6, R-TALK-3, R-TALK-4: owed a call, our own wrong entry, an honest "I don't
    know yet", a mistake owned, a missing signature stated, "kätte saada" and "if there are
    problems, call us again" stay silent; their violating neighbours are still reported."""
    assert_case(lang, req, text, reported)


# (lang, text, reported): dev9a's blame and running-down, carried to every language: the cause
# pinned on the customer ("because you left the window open"), a passive "submitted incomplete",
# "mislaid again, that's just how they are". Near misses: our own cause, a neutral "was sent".
PARITY7 = [
    ("en", "The claim is declined because you left the window open.", True),
    ("et", "Kahju ei hüvitata, sest Te jätsite akna lahti.", True),
    ("ro", "Dauna nu se despăgubește, pentru că ați lăsat geamul deschis.", True),
    ("ro", "Cererea a fost respinsă deoarece nu ați trimis actele.", True),
    ("zh-Hans", "这次不能理赔，因为您没有关窗。", True),
    ("en", "The application was rejected as it was submitted incomplete.", True),
    ("et", "Taotlus lükati tagasi, kuna see esitati puudulikult.", True),
    ("ro", "Cererea a fost respinsă, deoarece a fost depusă incomplet.", True),
    ("zh-Hans", "您提交的资料不完整，所以申请被退回了。", True),
    ("en", "Claims have mislaid your papers again, that's just how they are.", True),
    ("et", "Kahjukäsitlus on Teie paberid jälle ära kaotanud, nad ongi sellised.", True),
    ("ro", "Cei de la daune iar au pierdut actele, așa sunt ei.", True),
    ("zh-Hans", "理赔部又弄丢了您的资料，他们一向这样。", True),
    ("en", "Our delivery partner has been really ridiculous lately, it's a headache for us too.",
     True),
    ("hu", "A futárcég mostanában egyszerűen botrányos, nekünk is fejfájást okoz.", True),
    ("et", "Kullerfirma on viimasel ajal lausa naeruväärne, see on ka meile endale peavalu.", True),
    ("ro", "Firma de curierat e de-a dreptul ridicolă în ultima vreme, și nouă ne dă bătăi de cap.",
     True),
    # near misses
    ("en", "The claim is paid because we found the water came from the neighbour's flat.", False),
    ("en", "Your application was sent to the claims team on 3 May.", False),
    ("et", "Taotlus saadeti kahjukäsitlusse 3. mail.", False),
    ("ro", "Cererea a fost trimisă la daune pe 3 mai.", False),
    ("zh-Hans", "因为我们没有及时通知您，给您带来了不便，非常抱歉。", False),
    # our own wrong entry and what the customer was owed, in the other languages
    ("et", "Arve koostati näidu 19 207 järgi, sest meie sisestasime ühe numbri valesti.", False),
    ("et", "Te sisestasite vale aadressi.", True),
    ("ro", "Factura a fost calculată pe indexul 19.207, pentru că noi am introdus greșit o cifră.",
     False),
    ("et", "Väga kahju, oleksite pidanud meilt vähemalt kõne saama.", False),
    ("et", "Oleksite pidanud tingimusi lugema.", True),
]


@pytest.mark.parametrize(("lang", "text", "reported"), PARITY7)
def test_blame_and_running_down_carried_to_every_language(lang: str, text: str,
                                                           reported: bool) -> None:
    """R-TALK-6: "because you left the window open", "it was submitted incomplete" and "they
    mislaid your papers again, that's just how they are" in every language; a cause of our own
    and a neutral "was sent" stay silent."""
    assert_case(lang, "R-TALK-6", text, reported)


# (lang, text, reported): dev10a's blame, carried to every language: the fault assigned ("the
# responsibility clearly lies with you"), "you should have checked" with the infinitive first (hu)
# or the imperfect (ro: a stem of "verificăm" had excused "verificați"), "easily avoided",
# "despite our repeated reminders", "most members manage to pay in time", chaos "for a long time"
# (et), couriers who were "never very reliable". Near misses: the fault is ours, negated, what
# the customer was owed, a neutral "most customers choose", a reliable partner.
PARITY10 = [
    ('en', 'The late fee stands, as the responsibility for the delay clearly lies with you.', True),
    ('en', 'You are responsible for the late return, so we cannot refund the fee.', True),
    ('hu', 'A késésért a felelősség egyértelműen Önt terheli.', True),
    ('hu', 'A késésért Ön a felelős.', True),
    ('et', 'Hilinemise eest vastutate Teie.', True),
    ('et', 'Vastutus hilinemise eest lasub Teil.', True),
    ('ro', 'Responsabilitatea pentru întârziere vă aparține în totalitate.', True),
    ('ro', 'Dumneavoastră sunteți responsabil pentru întârziere.', True),
    ('zh-Hans', '延迟还车的责任完全在您。', True),
    ('hu', 'A rendelés leadása előtt ellenőriznie kellett volna az adatokat.', True),
    ('ro', 'Trebuia să verificați datele înainte de a plasa comanda.', True),
    ('zh-Hans', '您当时就应该核对好信息。', True),
    ('en', 'Situations like this are easily avoided by keeping an eye on the deadlines.', True),
    ('hu', 'Az ilyen helyzetek a határidők figyelemmel kísérésével könnyen elkerülhetők.', True),
    ('et', 'Selliseid olukordi saab tähtaegadel silma peal hoides kergesti vältida.', True),
    ('ro', 'Astfel de situații pot fi evitate ușor dacă urmăriți termenele.', True),
    ('zh-Hans', '只要您留意截止日期，这种情况完全可以避免。', True),
    ('en', 'We blocked the card because, despite our repeated reminders, the fee did not arrive.',
     True),
    ('hu', 'A kártyát azért tiltottuk le, mert többszöri emlékeztetőnk ellenére sem érkezett '
           'meg a díj.',
     True),
    ('et', 'Blokeerisime kaardi, sest hoolimata korduvatest meeldetuletustest ei laekunud tasu.',
     True),
    ('ro', 'Am blocat cardul pentru că, în ciuda repetatelor noastre notificări, plata nu a sosit.',
     True),
    ('zh-Hans', '尽管我们多次提醒，您仍然没有按时缴费，所以卡被冻结了。', True),
    ('en', 'Places are held for 48 hours, and most members manage to pay within that time.', True),
    ('hu', 'A helyeket 48 óráig tartjuk, és a legtöbb tagnak sikerül ennyi idő alatt fizetnie.',
     True),
    ('et', 'Kohti hoitakse 48 tundi ja enamik liikmeid jõuab selle ajaga maksta.', True),
    ('ro', 'Locurile sunt rezervate 48 de ore, iar majoritatea membrilor reușesc să plătească '
           'în acest timp.',
     True),
    ('zh-Hans', '名额保留48小时，大部分会员都能在这个时间内付款。', True),
    ('et', 'Meie laoosakonnas valitseb juba pikka aega täielik segadus, seal ei tea keegi, mis '
           'riiulil on.',
     True),
    ('en', "To be honest, this courier's drivers have never been very reliable.", True),
    ('hu', 'Őszintén szólva ennek a futárcégnek a futárai sosem voltak túl megbízhatóak.', True),
    ('et', 'Ausalt öeldes pole selle kullerfirma kullerid kunagi eriti usaldusväärsed olnud.',
     True),
    ('ro', 'Sincer, curierii acestei firme n-au fost niciodată prea de încredere.', True),
    ('zh-Hans', '说实话，这家快递的派送员一向不太靠谱。', True),
    # near misses
    ('en', 'We are responsible for the delay, and I have refunded the late fee.', False),
    ('en', 'The responsibility for the delay lies with us, not with you.', False),
    ('en', 'You are not responsible for the damage, the courier is insured.', False),
    ('en', 'Most customers choose the yearly plan because it is cheaper.', False),
    ('en', 'Most members pay by card, but you can also pay by bank transfer.', False),
    ('en', 'We sent you reminders on 3 and 10 May to the old address, which was our mistake.',
     False),
    ('en', 'This could have been avoided if we had checked the order, and I am sorry.', False),
    ('en', 'To avoid this in future, we now send a text as well as an e-mail.', False),
    ('en', 'The courier we use is reliable, and the parcel is on its way.', False),
    ('en', 'The estimate in the app is not always reliable, so I have checked it by hand for you.',
     False),
    ('hu', 'A késésért mi vagyunk a felelősek, a díjat visszatérítettük.', False),
    ('hu', 'Nem Ön a felelős a késésért, hanem mi.', False),
    ('hu', 'A legtöbb ügyfél az éves csomagot választja, mert olcsóbb.', False),
    ('hu', 'Az ilyen helyzeteket a jövőben egy SMS-értesítéssel előzzük meg.', False),
    ('hu', 'Önnek értesítést kellett volna kapnia, ezért elnézést kérünk.', False),
    ('hu', 'Ezt nekünk kellett volna ellenőriznünk, elnézést kérünk.', False),
    ('hu', 'A futárpartnerünk megbízható, a csomag úton van.', False),
    ('et', 'Hilinemise eest vastutame meie ja tagastasime tasu.', False),
    ('et', 'Teie ei vastuta kahju eest, kuller on kindlustatud.', False),
    ('et', 'Enamik kliente valib aastapaketi, sest see on soodsam.', False),
    ('et', 'Edaspidi saadame lisaks e-kirjale ka SMS-i, et seda vältida.', False),
    ('et', 'Saate tasuta tühistada kuni 24 tundi enne saabumist.', False),
    ('ro', 'Responsabilitatea pentru întârziere ne aparține și v-am returnat taxa.', False),
    ('ro', 'Nu dumneavoastră sunteți responsabil pentru întârziere, ci noi.', False),
    ('ro', 'Majoritatea clienților aleg abonamentul anual, pentru că e mai ieftin.', False),
    ('ro', 'Pe viitor vom trimite și un SMS, ca să evităm astfel de situații.', False),
    ('ro', 'Curierul nostru este de încredere, coletul este pe drum.', False),
    ('zh-Hans', '延迟的责任在我们，已为您退还费用。', False),
    ('zh-Hans', '这不是您的责任，责任在我们。', False),
    ('zh-Hans', '大部分会员选择年卡，因为更划算。', False),
    ('zh-Hans', '我们以后会同时发短信提醒，避免这种情况再次发生。', False),
    ('zh-Hans', '您应该会在明天收到短信通知。', False),
    ('zh-Hans', '我们的快递合作方很可靠，包裹已在路上。', False),
]


@pytest.mark.parametrize(("lang", "text", "reported"), PARITY10)
def test_fault_assigned_reminders_and_comparisons_in_every_language(lang: str, text: str,
                                                                   reported: bool) -> None:
    """R-TALK-6: the responsibility put on the customer, "you should have checked", "easily
    avoided", "despite our repeated reminders", "most members manage", chaos in a department
    and an unreliable courier, in every language; the fault owned or negated, what the customer
    was owed and neutral statements about other customers and partners stay silent."""
    assert_case(lang, "R-TALK-6", text, reported)


# (lang, text, reported): emphasis on what went wrong is no refusal ("that should not have
# happened, and certainly not twice", dev10a), in every language; a refusal is still one.
EMPHASIS = [
    ("en", "I'm very sorry, that should not have happened, and certainly not twice.", False),
    ("hu", "Nagyon sajnálom, ennek nem lett volna szabad megtörténnie, és semmiképp sem "
           "kétszer.", False),
    ("et", "Vabandan väga, nii ei oleks tohtinud juhtuda, ja kindlasti mitte kaks korda.", False),
    ("ro", "Îmi pare foarte rău, nu trebuia să se întâmple, și în niciun caz de două ori.",
     False),
    ("en", "Can we refund it? Certainly not.", True),
    ("hu", "Sajnálom, de ezt semmiképp sem tudjuk visszatéríteni.", True),
    ("et", "Kahjuks kindlasti mitte, raha me tagasi ei maksa.", True),
    ("ro", "În niciun caz nu returnăm banii.", True),
]


@pytest.mark.parametrize(("lang", "text", "reported"), EMPHASIS)
def test_emphasis_on_what_went_wrong_is_no_flat_refusal(lang: str, text: str,
                                                        reported: bool) -> None:
    """R-TALK-6: "and certainly not twice" after an apology stresses our mistake; "Certainly
    not." as an answer is a flat refusal, in every language."""
    assert_case(lang, "R-TALK-6", text, reported)
