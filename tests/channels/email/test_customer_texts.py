"""The acknowledgement and the polite notices in every language the desk serves, chosen by
the customer's language, the policy's own texts overriding the built-in ones."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path
from typing import Any

import pytest

from tactful.channels.email import texts
from tactful.desk.models import OutboundEmail
from tactful.desk.services import conversations, mail, messages
from tactful.desk.services.policies import upload_policy

POLICY = Path(__file__).parents[3] / "tactful/policy/examples/default.en.yaml"

# language: (greeting, a phrase of the too_large sentence, of the blocked sentence, subject)
EXPECTED = {
    "en": ("Dear Customer", "larger than we can accept", "for safety reasons",
           "We have received your message"),
    "hu": ("Tisztelt Ügyfelünk", "meghaladta a fogadható méretet", "biztonsági okból",
           "Megkaptuk levelét"),
    "et": ("Lugupeetud klient", "suurem, kui saame vastu võtta", "turvalisuse huvides",
           "Oleme Teie kirja kätte saanud"),
    "ro": ("Stimate client", "depășea dimensiunea", "din motive de siguranță",
           "Am primit mesajul dumneavoastră"),
    "zh-Hans": ("尊敬的客户", "超出了我们可接收的上限", "出于安全原因", "我们已收到您的来信"),
    "zh-Hant": ("尊敬的客戶", "超出了我們可接收的上限", "基於安全考量", "我們已收到您的來信"),
}


def _conversation(team: Any, language: str, subject: str = "Order 42") -> Any:
    conversation = conversations.open_conversation(
        actor="test", team=team, channel="email", subject=subject, language=language,
        contact_email="customer@example.org")
    messages.add_message(conversation, actor="test", direction="inbound", text="Hello",
                         sender="customer@example.org")
    return conversation


def _sent(kind: str) -> tuple[str, str]:
    row = OutboundEmail.objects.get(kind=kind)
    msg = email.message_from_bytes(bytes(row.mime), policy=email.policy.default)
    return str(msg["Subject"]), msg.get_content()


@pytest.mark.parametrize("language", list(EXPECTED))
def test_the_notice_is_written_in_the_customers_language(mail_team: Any,
                                                         language: str) -> None:
    """R-MAIL-1: the polite notice (too large, attachment type refused) in en, hu, et, ro,
    zh-Hans and zh-Hant, with every placeholder filled and no English left in it."""
    conversation = _conversation(mail_team, language)
    mail.send_notice(conversation, problems=["too_large", "blocked_attachment"])
    _subject, body = _sent("notice")
    greeting, too_large, blocked, _ = EXPECTED[language]
    assert greeting in body and too_large in body and blocked in body
    assert "Order 42" in body
    assert not re.search(r"\{\w+\}", body), body
    if language != "en":
        assert "Dear Customer" not in body and "safety" not in body


@pytest.mark.parametrize("language", list(EXPECTED))
def test_the_acknowledgement_is_written_in_the_customers_language(mail_team: Any,
                                                                  language: str) -> None:
    """R-MAIL-2: subject and text in the customer's language; the default policy's one
    English text (``*``) serves English customers, the built-in texts everyone else."""
    conversation = _conversation(mail_team, language)
    assert mail.send_automatic_acknowledgement(conversation) is not None
    subject, body = _sent("acknowledgement")
    greeting, *_rest, subject_prefix = EXPECTED[language]
    assert subject.startswith(subject_prefix) and "Order 42" in subject
    if language == "en":  # the example policy's own text
        assert body.startswith("Thank you for your message about \"Order 42\"")
    else:
        assert greeting in body and f"[#{conversation.token}]" in body
    assert not re.search(r"\{\w+\}", body), body


def test_the_policys_own_texts_override_the_built_in_ones_per_language(mail_team: Any) -> None:
    """R-MAIL-2, R-POL-1: the policy's notice and acknowledgement subject for one language
    win there; the other languages keep their built-in texts."""
    text = POLICY.read_text().replace("  chat:\n    first_reply_within: 2m", (
        "    acknowledgement_subject:\n      et: Kiri on käes\n"
        "    notice:\n"
        "      et: \"Tere! Kiri {subject} tuli kohale, kuid {problem} {organisation}\"\n"
        "  chat:\n    first_reply_within: 2m"), 1)
    assert "Kiri on käes" in text
    upload_policy(actor="test", text=text, summary="Estonian texts")
    estonian = _conversation(mail_team, "et", subject="Arve")
    mail.send_notice(estonian, problems=["too_deep"])
    _subject, body = _sent("notice")
    assert body.startswith("Tere! Kiri Arve tuli kohale, kuid selle ülesehitus oli liiga "
                           "mitmekihiline")
    mail.send_automatic_acknowledgement(estonian)
    subject, _body = _sent("acknowledgement")
    assert subject.startswith("Kiri on käes: Arve")
    OutboundEmail.objects.all().delete()
    hungarian = _conversation(mail_team, "hu")
    mail.send_notice(hungarian, problems=["too_deep"])
    assert "Tisztelt Ügyfelünk" in _sent("notice")[1]


def test_a_traditional_chinese_policy_writes_traditional_to_chinese_customers(
        mail_team: Any) -> None:
    """R-MAIL-2: where the policy serves Traditional Chinese (and not Simplified), Chinese
    customers get the Traditional texts."""
    text = POLICY.read_text().replace("  default: en\n  supported: [en]",
                                      "  default: zh-Hant\n  supported: [zh-Hant, en]")
    text = re.sub(r"    acknowledgement: >-\n(      .*\n)+", "", text)  # the built-in texts
    assert "acknowledgement:" not in text
    upload_policy(actor="test", text=text, summary="Taiwan")
    conversation = _conversation(mail_team, "zh-Hans")
    mail.send_automatic_acknowledgement(conversation)
    subject, body = _sent("acknowledgement")
    assert subject.startswith("我們已收到您的來信") and "尊敬的客戶" in body
    mail.send_notice(conversation, problems=["too_large"])
    assert "超出了我們可接收的上限" in _sent("notice")[1]


@pytest.mark.parametrize("language,default,served,expected", [
    ("hu", "en", ["en"], "hu"),
    ("et", "hu", ["hu"], "et"),
    ("de", "ro", ["ro"], "ro"),          # no texts in German: the policy's language
    ("zh-Hans", "en", ["en"], "zh-Hans"),
    ("zh-Hans", "zh-Hant", ["zh-Hant"], "zh-Hant"),
    ("zh-Hans", "zh-Hans", ["zh-Hans", "zh-Hant"], "zh-Hans"),
    ("zh-Hant", "zh-Hans", ["zh-Hans"], "zh-Hant"),  # they wrote Traditional
    ("", "et", [], "et"),
])
def test_the_customer_language_is_chosen_from_theirs_and_the_policys(
        language: str, default: str, served: list[str], expected: str) -> None:
    assert texts.customer_language(language, default=default, served=served) == expected


def test_every_built_in_text_exists_in_every_language_with_its_placeholders() -> None:
    for table, needed in ((texts.ACKNOWLEDGEMENT, {"subject", "token", "organisation"}),
                          (texts.NOTICE, {"subject", "problem", "organisation"}),
                          (texts.ACKNOWLEDGEMENT_SUBJECT, set())):
        assert set(table) == set(texts.LANGUAGES)
        for language, text in table.items():
            assert set(re.findall(r"\{(\w+)\}", text)) == needed, language
    for problem in texts.PROBLEMS.values():
        assert set(problem) == set(texts.LANGUAGES)


def test_the_choice_of_text_prefers_the_policy_then_the_built_in() -> None:
    built_in = {"en": "EN", "hu": "HU"}
    assert texts.choose({"hu": "policy hu"}, built_in, "hu") == "policy hu"
    assert texts.choose({"*": "policy all"}, built_in, "en", default="en") == "policy all"
    assert texts.choose({"*": "policy all"}, built_in, "hu", default="en") == "HU"
    assert texts.choose({"*": "policy all"}, built_in, "et", default="en") == "policy all"
    assert texts.choose({}, built_in, "et", default="hu") == "HU"
    assert texts.problem_sentences(["too_deep", "too_deep", "unknown"], "en") == \
        texts.PROBLEMS["too_deep"]["en"]
