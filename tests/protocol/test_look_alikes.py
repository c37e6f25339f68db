"""Words that look like a breach and are not, and lecturing by pointing at the terms.

Each case comes from a false alarm or a miss on the dev12a evaluation half (whole replies and
calls at new desks): a contraction folded into a swear word ("He'll" reads "hell"), a hyphen
that splits "e-mailben" into the informal "vagy-e", a reflexive third person read as an
informal imperative, a stem shared by "értek" (I understand) and "érte" (for it), the first
person "helistan" (I call) sharing a stem with the imperative "helista", capitals that are
everyday words (AA batteries, "reply DA"), a baby who is a person, a phone number counted as
three words; and the terms pointed at ("this is also stated in your contract").
"""

from __future__ import annotations

import pytest

from tactful.protocol import OrgRules, check_text
from tests.protocol.conftest import TODAY

ORG = OrgRules(organisation="Northwind Support")


def _requirements(lang: str, text: str) -> set[str]:
    return check_text(text, lang=lang, org=ORG, today=TODAY, spelling=False).requirements


@pytest.mark.parametrize(("lang", "text", "req"), [
    ("en", "He'll bring his own ladder, so clearing a path to the hatch would help.", "R-TALK-3"),
    ("hu", "Ha később kérdése lenne, itt a chaten vagy e-mailben bármikor elér minket.",
     "R-TALK-3"),
    ("ro", "Colegul din tura de dimineață nu se uită pe etichete, așa că verific eu.", "R-TALK-3"),
    ("ro", "Programarea a fost anulată, iar noi nu v-am anunțat la timp.", "R-TALK-4"),
    ("hu", "A kiszállás a garancia része, Önnek nem kell érte fizetnie.", "R-TALK-4"),
    ("et", "Kokku lepitud, helistan homme enne kella 12.", "R-TALK-4"),
    ("et", "Patareide vahetuseks on vaja nelja AA-patareid.", "R-TALK-7"),
    ("ro", "Vă rugăm să confirmați răspunzând DA la SMS-ul primit.", "R-TALK-7"),
    ("en", "Please reply YES to the text and we will book it.", "R-TALK-7"),
    ("en", "The job before yours, a family locked out with a baby inside, took longer.",
     "R-TALK-13"),
    ("ro", "Fără ea nu vă putem programa la examenul de teorie, așa că, dacă aveți nevoie de mai"
     " mult timp sau de altă zi pentru programare, anunțați-ne la 0745 300 200 sau scrieți-ne"
     " pe adresa de e-mail a secretariatului.", "R-TALK-7"),
])
def test_look_alike_words_raise_nothing(lang: str, text: str, req: str) -> None:
    """R-TALK-3, R-TALK-4, R-TALK-7, R-TALK-13: the look-alikes above stay silent."""
    assert req not in _requirements(lang, text)


@pytest.mark.parametrize(("lang", "text", "req"), [
    ("en", "What the hell is this?", "R-TALK-3"),
    ("hu", "Te vagy-e az, aki telefonált?", "R-TALK-3"),
    ("ro", "Nu uita să trimiți actele.", "R-TALK-3"),
    ("ro", "Nu am timp acum, sunați mai târziu.", "R-TALK-4"),
    ("hu", "Sajnos ehhez nem értek.", "R-TALK-4"),
    ("et", "Helistage homme hommikul, praegu ei sobi.", "R-TALK-4"),
    ("en", "Thanks, baby, I'll sort it.", "R-TALK-13"),
    ("ro", "Vă rugăm să ne trimiteți documentele de identitate, certificatul medical, dovada"
     " plății, fotografia, formularul semnat, copia contractului și adeverința de la"
     " angajator până la sfârșitul lunii, altfel dosarul va fi închis fără altă notificare"
     " din partea noastră, iar o nouă înscriere se poate face doar în sesiunea de toamnă.",
     "R-TALK-7"),
])
def test_the_words_they_look_like_still_count(lang: str, text: str, req: str) -> None:
    """R-TALK-3, R-TALK-4, R-TALK-7, R-TALK-13: the words the look-alikes resemble are still
    reported (a 41-word sentence is still too long)."""
    assert req in _requirements(lang, text)


@pytest.mark.parametrize(("lang", "text", "reported"), [
    ("en", "The bin must be accessible by 7 am, this is also stated in your contract.", True),
    ("en", "It's all in the terms and conditions.", True),
    ("en", "As your contract says, you can cancel within 14 days free of charge.", False),
    ("et", "Konteiner peab olema kella seitsmeks ligipääsetav, see on ka lepingus kirjas.", True),
    ("et", "Lepingus on kirjas, et saate tasuta tühistada.", False),
    ("hu", "A kukának reggel 7-re hozzáférhetőnek kell lennie, ez a szerződésben is szerepel.",
     True),
    ("hu", "A szerződés szerint Ön díjmentesen felmondhat.", False),
    ("ro", "Containerul trebuie să fie accesibil până la ora 7, după cum scrie și în contract.",
     True),
    ("ro", "Așa cum scrie în contract, puteți renunța gratuit în 14 zile.", False),
    ("zh-Hans", "垃圾桶早上七点前必须放在门口，这个合同上写得很清楚。", True),
    ("zh-Hans", "按照合同，您可以在七天内免费取消。", False),
])
def test_pointing_at_the_terms_is_lecturing(lang: str, text: str, reported: bool) -> None:
    """R-TALK-6 (dev11a): "this is also stated in your contract", "see on ka lepingus
    kirjas", "ez a szerződésben is szerepel", "după cum scrie și în contract", 合同上写得很清楚
    lecture the customer with the terms; the terms quoted for what they give the customer
    ("you can cancel free of charge") do not."""
    assert ("R-TALK-6" in _requirements(lang, text)) is reported


@pytest.mark.parametrize(("text", "reported"), [
    ("Kohver jäi maha, sest Te tõite selle registreerimislauda alles viimasel minutil, kui"
     " pagasi vastuvõtt oli juba sulgemas.", True),
    ("Kui vorm on valesti täidetud, saadame selle Teile parandamiseks tagasi.", False),
    ("Juhul kui Te ei saatnud vormi õigel ajal, saadame meeldetuletuse.", False),
])
def test_a_condition_excuses_only_what_follows_it(text: str, reported: bool) -> None:
    """R-TALK-6 (dev11a): ``exceptions_before`` - Estonian "kui" (if, when) opening a
    condition keeps the cause-blame after it silent; a "kui" clause after the blame ("..., kui
    vastuvõtt oli sulgemas") excuses nothing."""
    assert ("R-TALK-6" in _requirements("et", text)) is reported


@pytest.mark.parametrize(("lang", "text", "reported"), [
    ("en", "To be honest, the subcontractor who fitted your system isn't the most careful.", True),
    ("en", "We've had a few of these from him already.", True),
    ("en", "This model isn't the most efficient, but it is the quietest.", False),
    ("en", "I'm not able to give out the engineer's mobile number.", True),
    ("en", "The appointment was not cancelled within the 24 hours required.", True),
    ("en", "Your refund was paid within 5 days.", False),
    ("hu", "A pénzügy nálunk mindig ilyen lassú, hiába szólunk nekik.", True),
    ("hu", "Ők sajnos a foglalási rendszert sem ismerik rendesen.", True),
    ("hu", "A feltételek szerint 60 napon belül utaljuk vissza, és ezt Ön a szerződés "
     "aláírásakor elfogadta.", True),
    ("hu", "Mindig nagyon gyorsan válaszolunk.", False),
    ("et", "Kolleeg tegi oma tööd üsna lohakalt ja nüüd me parandame tema vigu.", True),
    ("et", "Teeme oma tööd hoolikalt.", False),
    ("ro", "Colegul nu e la prima greșeală de felul acesta, nu se uită niciodată pe etichete.",
     True),
    ("ro", "Ar fi fost util să urmăriți calendarul de la început.", True),
    ("ro", "Nu este la prima vizită la noi, așa că știe drumul.", False),
    ("ro", "Problema este la noi, nu la fișierele trimise de dumneavoastră: la tipărire s-a "
     "setat greșit luminozitatea.", False),
    ("zh-Hans", "老实说，原厂客服出了名的慢，我们催也没什么用。", True),
    ("zh-Hant", "老實說，原廠客服出了名的慢，我們催也沒什麼用。", True),
    ("zh-Hans", "补牙后二十四小时内不能咀嚼硬物，这一点医生已经交代过。", True),
    ("zh-Hans", "这家店出了名的好吃。", False),
])
def test_running_down_and_lecturing_without_a_harsh_word(lang: str, text: str,
                                                         reported: bool) -> None:
    """R-TALK-6 (dev12a): understatement and a record held against a partner ("isn't the most
    careful", "we've had a few of these from him"), "hiába szólunk nekik", "parandame tema
    vigu", "nu e la prima greșeală", 出了名的慢, 催也没什么用; lecturing with what the customer
    accepted or was told ("ezt Ön ... elfogadta", "ar fi fost util să urmăriți", 医生已经交代过);
    a contact number refused; the customer's step not done in time. Praise and our own fault
    owned stay silent."""
    assert ("R-TALK-6" in _requirements(lang, text)) is reported


@pytest.mark.parametrize(("lang", "text", "req", "reported"), [
    ("ro", "Dacă nu o poate repara pe loc, vă lasă o imprimantă de înlocuire.", "R-TALK-4", False),
    ("ro", "Receptorul nu primește semnal, deci de aici nu se poate repara.", "R-TALK-4", False),
    ("ro", "Din păcate, nu putem repara imprimanta.", "R-TALK-4", True),
    ("ro", "La un apartament cu trei camere lucrăm în jur de trei ore.", "R-TALK-5", False),
    ("ro", "Vă jur că mâine ajunge.", "R-TALK-5", True),
    ("ro", "Sunt convinsă că înțelegeți că regulile sunt pentru toată lumea.", "R-TALK-5", False),
    ("ro", "Sunt convinsă că mâine ajunge coletul.", "R-TALK-5", True),
    ("ro", "Cardurile îi așteaptă la recepție de mâine.", "R-TALK-3", False),
    ("ro", "Așteaptă puțin, verific imediat.", "R-TALK-3", True),
    ("et", "Kui kinnitate proovi homme lõunaks, on kaardid valmis reedel.", "R-TALK-3", False),
    ("et", "Kui kinnitate proovi homme lõunaks, on kaardid valmis reedel.", "R-TALK-4", False),
    ("et", "Mul pole praegu aega, proovi homme uuesti.", "R-TALK-4", True),
    ("zh-Hans", "我想您一定能理解我们的规定。", "R-TALK-5", False),
    ("zh-Hans", "我保证明天一定能到。", "R-TALK-5", True),
    ("zh-Hans", "车里一路闷着，花哪受得了。", "R-TALK-3", False),
    ("zh-Hans", "您这次消费获得了两百积分。", "R-TALK-3", False),
    ("zh-Hans", "得了，别再说了。", "R-TALK-3", True),
    ("zh-Hant", "您可以直接在 LINE 這裡預約時段。", "R-TALK-7", False),
    ("zh-Hant", "請先確認 MOQ 再下單。", "R-TALK-7", True),
    ("zh-Hant", "謝謝您，下次有需要再拿過來，慢走。", "R-TALK-4", False),
    ("zh-Hans", "我现在很忙，您下次再打来吧。", "R-TALK-4", True),
])
def test_contingencies_estimates_and_verbs_that_look_informal(lang: str, text: str, req: str,
                                                              reported: bool) -> None:
    """R-TALK-3, R-TALK-4, R-TALK-5, R-TALK-7 (dev13a): "if he can't repair it on the spot,
    he leaves a replacement" and "it can't be repaired from here" refuse nothing; "în jur de"
    (about) swears no oath and "I'm sure you understand" promises nothing (it lectures);
    "îi așteaptă" (awaits them), the noun "proovi" (a proof) after a formal verb, 受得了 and
    获得了 are no informal address; LINE is the app Taiwanese shops answer on; 下次有需要再拿过来
    invites the customer back. The refusal,
    the oath, the promise, the informal imperative and 得了 said alone are still reported."""
    assert (req in _requirements(lang, text)) is reported


@pytest.mark.parametrize(("lang", "text", "req", "reported"), [
    ("en", "At the end he'll hand you a signed certificate.", "R-TALK-3", False),
    ("en", "What the hell is going on?", "R-TALK-3", True),
    ("ro", "La cizmele maro punem talpă de cauciuc, ține mai bine iarna.", "R-TALK-3", False),
    ("ro", "Ține minte codul, te rog.", "R-TALK-3", True),
    ("et", "Mul on väga kahju, see on kindlasti ebameeldiv.", "R-TALK-5", False),
    ("et", "Saate kindlasti raha tagasi.", "R-TALK-5", True),
    ("et", "Paigaldaja eelmine töö venis pikaks ja Teile jäeti helistamata.", "R-TALK-4", False),
    ("et", "Remont võib minna pikaks, see venib kaua.", "R-TALK-4", True),
    ("hu", "Nem számolunk fel díjat, ezt már rá is írtam a megrendelésre.", "R-TALK-6", False),
    ("hu", "Ahogy már írtam, ezt nem tudjuk vállalni.", "R-TALK-6", True),
    ("zh-Hant", "他明天中午前會打電話跟您確認金額。", "R-TALK-4", False),
])
def test_notes_made_estimates_and_what_happened_raise_nothing(lang: str, text: str, req: str,
                                                              reported: bool) -> None:
    """R-TALK-3, R-TALK-4, R-TALK-5, R-TALK-6 (dev14a): "he'll hand" folds to "hell" but is
    no swear word; "ține mai bine" (it lasts) is the third person; "see on kindlasti
    ebameeldiv" is sympathy, not a promise; "venis pikaks" says what happened, not how long
    the customer will wait; "már rá is írtam" is a note made, not "as I already wrote"; a
    colleague who will ring the customer sends no one away. What each resembles still
    counts."""
    assert (req in _requirements(lang, text)) is reported


@pytest.mark.parametrize(("lang", "text", "reported"), [
    ("hu", "Mi hibátlan állapotban adtuk át, így a kárért felelősséget nem tudunk vállalni.", True),
    ("hu", "Nem a mi hibánk, de természetesen kicseréljük a terméket.", False),
    ("hu", "Ez nem az Ön hibája, hanem a mi hibánk.", False),
    ("hu", "A vezetőnk elérhetőségét belső szabályzatunk értelmében nem adhatjuk ki.", True),
    ("hu", "A vezetőnk elérhetőségét elküldtem Önnek e-mailben.", False),
    ("zh-Hans", "蛋糕化了是因为放太久了，我们的配送是没有问题的。", True),
    ("zh-Hans", "我们的配送出了问题，非常抱歉。", False),
    ("et", "Ilmselt olete arvutit kasutanud söögilaua ääres.", True),
    ("et", "Ilmselt olete juba märganud, et arve on uuendatud.", False),
    ("en", "The cake was made according to the details provided.", True),
    ("en", "The cake will be made according to the details you provided.", False),
    ("en", "Your fuse board needed a part that wasn't on his van, and we had no way of knowing "
     "that when we booked the visit.", False),
])
def test_fault_pushed_away_and_blame_guessed(lang: str, text: str, reported: bool) -> None:
    """R-TALK-6 (dev14a): "felelősséget nem tudunk vállalni", "a vezetőnk elérhetőségét ...
    nem adhatjuk ki", 我们的配送是没有问题的, "ilmselt olete ... kasutanud", "was made according
    to the details provided" push the fault away or onto the customer; our own fault owned,
    the fault taken on with a fix, contact details sent, the future tense and a cause
    explained without blame stay silent."""
    assert ("R-TALK-6" in _requirements(lang, text)) is reported
