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
