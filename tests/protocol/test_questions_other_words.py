"""Question coverage (R-TALK-9): answers that name the question's thing with a pronoun, a
synonym or an inflected form, or that report the action asked for, count as answers; replies
about something else, or that answer only one of two questions, still leave a question open."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text


def _open(lang: str, customer: str, reply: str) -> list[str]:
    report = check_text(reply, lang=lang, customer_text=customer, spelling=False)
    return [f.data["question"] for f in report.findings if f.requirement == "R-TALK-9"]


# (lang, customer, reply): an opening yes or no answers a yes/no question whose sentence
# refers to its thing by a pronoun or another word, when that sentence is about no other
# question.
PRONOUN_YES = [
    ("en", "Can I return the jacket?",
     "Yes, you can send it back within 30 days for a full refund."),
    ("en", "Can I return the jacket?", "Of course, just send it back to us within 30 days."),
    ("en", "Is the blue sofa still available?", "Yes, we have two left in stock."),
    ("en", "Will my old phone number stay the same?", "Yes, you keep it."),
    ("ro", "Pot returna geaca?", "Da, o puteți trimite înapoi în 30 de zile."),
    ("et", "Kas jope saab tagastada?", "Jah, selle võite 30 päeva jooksul meile tagasi saata."),
    ("hu", "Visszaküldhetem a kabátot?", "Igen, 30 napon belül díjmentesen visszaadhatja."),
]


@pytest.mark.parametrize(("lang", "customer", "reply"), PRONOUN_YES)
def test_an_opening_yes_about_no_other_question_answers(lang: str, customer: str,
                                                         reply: str) -> None:
    """R-TALK-9: "Yes, you can send it back" answers "Can I return the jacket?"."""
    assert _open(lang, customer, reply) == []


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    # the yes belongs to the question its sentence repeats; the other one stays open
    ("en", "Can I pay the arrears in instalments? Will there be interest on it?",
     "Yes, you can pay the arrears in three instalments.",
     ["Will there be interest on it?"]),
    ("ro", "Pot plăti restanța în rate? Se percep dobânzi?",
     "Da, puteți plăti restanța în trei rate.", ["Se percep dobânzi?"]),
    # no yes at all, and nothing of the question: open
    ("en", "Do you ship to Norway?", "Thanks for asking, our summer sale starts next week.",
     ["Do you ship to Norway?"]),
    # a yes does not answer a question asking for content
    ("en", "Which card will the refund go to?", "Yes, it has been sent.",
     ["Which card will the refund go to?"]),
])
def test_an_opening_yes_stays_with_its_own_question(lang: str, customer: str, reply: str,
                                                    still_open: list[str]) -> None:
    """R-TALK-9: near-misses: an opening yes about one question does not answer another."""
    assert _open(lang, customer, reply) == still_open


ADDRESS = {
    "en": "Can you change my address? Do I need to send proof of the new address?",
    "zh-Hans": "能帮我改一下地址吗？需要提供新地址的证明吗？",
    "zh-Hant": "可以幫我改地址嗎？需要附新地址的證明嗎？",
}


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "I've updated your address to 14 Mill Lane. You don't need to send any proof."),
    ("en", "We have changed the address on your account. No proof is needed."),
    ("zh-Hans", "您的地址已更新为成都市武侯区磨坊街14号。您不需要提供地址证明。"),
    ("zh-Hant", "您的地址已經改好了。不需要附地址證明。"),
])
def test_an_action_on_the_thing_two_questions_share_answers_one(lang: str, reply: str) -> None:
    """R-TALK-9: "address" is in both questions; a clause reporting an action on it answers
    the request, the other clause the proof question."""
    assert _open(lang, ADDRESS[lang], reply) == []


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "You don't need to send any proof of address."),
    ("zh-Hans", "您不需要提供地址证明。"),
    ("zh-Hant", "不需要附地址證明。"),
])
def test_one_clause_on_the_shared_thing_answers_one_question_only(lang: str,
                                                                  reply: str) -> None:
    """R-TALK-9: near-miss: one clause about the shared word leaves one question open."""
    assert len(_open(lang, ADDRESS[lang], reply)) == 1


def test_a_you_can_on_the_shared_thing_is_no_answer() -> None:
    """R-TALK-9: near-miss: "you can apply for the return" repeats the word the two questions
    share but says nothing about the cut tag."""
    assert _open("zh-Hant", "吊牌剪掉了還能退貨嗎？退貨運費誰付？",
                 "退貨運費由我們負擔，您在「我的訂單」申請退貨就可以了。") == [
        "吊牌剪掉了還能退貨嗎？"]


@pytest.mark.parametrize(("customer", "reply"), [
    ("Át tudják írni a címemet?", "A címét módosítottam, a következő számla már oda megy."),
    ("Megkaphatom a számlámat e-mailben is?", "A számláját elküldtem e-mailben."),
    ("Át tudják írni a címemet? Kell lakcímigazolást küldenem?",
     "A címét módosítottam. Lakcímigazolást nem kell küldenie."),
])
def test_hungarian_my_x_is_answered_by_your_x(customer: str, reply: str) -> None:
    """R-TALK-9: Hungarian: the customer's "címemet" (my address) is the agent's formal
    "címét" (your address): one word under its person and case endings."""
    assert _open("hu", customer, reply) == []


@pytest.mark.parametrize(("customer", "reply"), [
    ("Át tudják írni a címemet?", "Köszönjük türelmét, a nyári akciónk jövő héten indul."),
    ("Át tudják írni a címemet? Kell lakcímigazolást küldenem?",
     "Lakcímigazolást nem kell küldenie."),
    ("Módosítható a szerződésem?", "A csomagját tegnap feladtuk."),
])
def test_hungarian_possessives_match_only_their_own_word(customer: str, reply: str) -> None:
    """R-TALK-9: near-misses: another thing with a "your" ending answers nothing."""
    assert len(_open("hu", customer, reply)) == 1


@pytest.mark.parametrize(("customer", "reply", "still_open"), [
    ("Kas te saate minu aadressi muuta?",
     "Muutsin Teie aadressi, järgmine arve läheb uuele aadressile.", 0),
    ("Kas te saate minu aadressi muuta?", "Oleme Teie aadressi juba muutnud.", 0),
    ("Kas saate mulle arve uuesti saata?", "Saatsime arve uuesti Teie e-posti aadressile.", 0),
    ("Kas saate mulle arve uuesti saata?",
     "Täname, meie suvekampaania algab järgmisel nädalal.", 1),
])
def test_estonian_a_deed_done_answers_a_request(customer: str, reply: str,
                                                still_open: int) -> None:
    """R-TALK-9: Estonian first-person past (muutsin, saatsime) and the -nud participle
    report the action asked for, with a word of the question; a reply about something else
    does not."""
    assert len(_open("et", customer, reply)) == still_open


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("en", "Do you ship to Norway?",
     "Unfortunately not, we only deliver within the EU at the moment."),
    ("hu", "Szállítanak Ausztriába?", "Sajnos nem, jelenleg csak belföldre küldünk csomagot."),
    ("ro", "Livrați și în Austria?", "Din păcate nu, momentan trimitem doar în țară."),
])
def test_two_answer_words_open_an_answer(lang: str, customer: str, reply: str) -> None:
    """R-TALK-9: "Unfortunately not," is an opening no like "No,"."""
    assert _open(lang, customer, reply) == []
