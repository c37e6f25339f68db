"""Question coverage (R-TALK-9): each customer question needs a reply sentence of its own that
repeats its words or gives the answer its type calls for (a reason, a time, an amount, an
instruction, a place, a yes or no)."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text

# (lang, customer, reply, number of questions left unanswered)
CASES = [
    ('en',
     'Hi, when will my refund arrive? And can I keep the old charger?',
     'Your refund was issued today and should reach your card within 5 '
     'working days. Yes, please keep the charger.',
     0),
    ('en',
     'Hi, when will my refund arrive? And can I keep the old charger?',
     'Your refund was issued today and should reach your card within 5 '
     'working days.',
     1),
    ('en',
     'Why did my bill go up? Is there a cheaper plan?',
     'The price rose in April because of the annual tariff review.',
     1),
    ('en',
     'Why did my bill go up? Is there a cheaper plan?',
     'The price rose in April because of the annual tariff review. Our '
     'Basic plan is £5 cheaper and has the same speed.',
     0),
    ('en',
     'Where is my parcel? It was due yesterday.',
     "It's at the local depot and goes out for delivery tomorrow morning.",
     0),
    ('en',
     'How do I update my billing address?',
     "Sorry for the trouble. We'll look into it.",
     1),
    ('en',
     'How do I update my billing address?',
     "Go to Account > Settings and choose 'Billing address'; the change "
     'takes effect at once.',
     0),
    ('hu',
     'Mikor jön a technikus? És kell fizetnem a kiszállásért?',
     'A technikus csütörtökön 10 és 14 óra között érkezik. A kiszállás '
     'díjmentes.',
     0),
    ('hu',
     'Mikor jön a technikus? És kell fizetnem a kiszállásért?',
     'A technikus csütörtökön 10 és 14 óra között érkezik.',
     1),
    ('hu',
     'Miért nem működik az internet? Mikor javítják meg?',
     'Elnézést a kellemetlenségért, a hibát már látjuk.',
     2),
    ('et',
     'Miks mu arve nii suur on? Kas saan maksta osade kaupa?',
     'Arve on suurem, sest märtsis oli Teil rohkem kõneminuteid. Jah, saate '
     'arve tasuda kolmes osas.',
     0),
    ('et',
     'Miks mu arve nii suur on? Kas saan maksta osade kaupa?',
     'Jah, saate arve tasuda kolmes osas.',
     1),
    ('ro',
     'De ce nu am primit factura? Cum o pot descărca?',
     'Factura a fost trimisă pe adresa veche, de aceea nu a ajuns. O puteți '
     'descărca din contul online, secțiunea Facturi.',
     0),
    ('ro',
     'De ce nu am primit factura? Cum o pot descărca?',
     'O puteți descărca din contul online, secțiunea Facturi.',
     1),
    ('zh-Hans',
     '为什么我的订单被取消了？还能重新下单吗？',
     '订单被取消是因为付款超时了。可以的，您重新下单即可，优惠券还在。',
     0),
    ('zh-Hans',
     '为什么我的订单被取消了？还能重新下单吗？',
     '您可以重新下单，优惠券还在。',
     1),
]


@pytest.mark.parametrize(("lang", "customer", "reply", "unanswered"), CASES)
def test_each_question_needs_an_answer(lang: str, customer: str, reply: str,
                                       unanswered: int) -> None:
    """R-TALK-9: answers in other words count; a question the reply passes over is reported."""
    report = check_text(reply, lang=lang, customer_text=customer, spelling=False)
    got = [f.data["question"] for f in report.findings if f.requirement == "R-TALK-9"]
    assert len(got) == unanswered, got


def test_one_sentence_does_not_answer_two_questions() -> None:
    """R-TALK-9: a one-sentence reply to two questions of the same topic leaves one open."""
    report = check_text("Da, puteți plăti factura în rate.", lang="ro", spelling=False,
                        customer_text="Pot plăti factura în rate? Dacă da, în câte rate?")
    assert [f.data["question"] for f in report.findings] == ["Dacă da, în câte rate?"]


def test_rhetorical_questions_ask_for_nothing() -> None:
    """R-TALK-9: "what's the point?" in a complaint is not a question to answer."""
    report = check_text("I'm sorry. I have refunded the fee today.", lang="en", spelling=False,
                        customer_text="What's the point of apologising? I want my money back.")
    assert not [f for f in report.findings if f.requirement == "R-TALK-9"]
