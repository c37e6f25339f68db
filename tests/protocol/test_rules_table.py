"""Table-driven checks per language: violations are found, natural text stays silent."""

from __future__ import annotations

import pytest

from tactful.protocol import OrgRules, PhraseAdvice, check_text
from tests.protocol.conftest import TODAY

CASES = [
    # (lang, text, requirement expected or None for silence)
    ("en", "I can't deal with this.", "R-TALK-4"),
    ("en", "i CANNOT   handle   THIS", "R-TALK-4"),
    ("en", "Im busy call later", "R-TALK-4"),
    ("en", "We will never tell you we can't help.", None),
    ("en", "You wrote: \"it may take a while\" - we will fix it today.", None),
    ("en", "Thank you, your refund was approved.", None),
    ("hu", "Ezzel nem tudok foglalkozni.", "R-TALK-4"),
    ("hu", "Ezzel nem tudok foglalkozni, de átadom a kollégámnak.", None),
    ("hu", "nem tudok segiteni", "R-TALK-4"),
    ("hu", "Köszönöm, hogy jelezte, azonnal intézkedem.", None),
    ("ro", "Nu pot sa va ajut.", "R-TALK-4"),
    ("ro", "Vă mulţumim pentru răbdare.", None),
    ("ro", "Vă mulțumim pentru răbdare.", None),
    ("et", "Ma ei oska teid aidata.", "R-TALK-4"),
    ("et", "Tänan, tellimus on kinnitatud.", None),
    ("zh-Hans", "这个问题我处理不了。", "R-TALK-4"),
    ("zh-Hant", "這個問題我處理不了。", "R-TALK-4"),
    ("zh-Hans", "您的订单已经发货。", None),
]


@pytest.mark.parametrize(("lang", "text", "req"), CASES)
def test_phrases_through_case_spacing_diacritics_and_script(lang: str, text: str,
                                                            req: str | None) -> None:
    """R-TALK-4: forbidden phrases match through inflection, case, spacing, diacritics and
    script; negation and quotation stay silent."""
    report = check_text(text, lang=lang, spelling=False, today=TODAY)
    if req is None:
        assert not report.findings, report.findings
    else:
        assert req in report.requirements


def test_spans_are_offsets_into_the_original_text() -> None:
    """R-TALK-15: spans point into the original text, even after folding wide characters."""
    text = "Ｈｅｌｌｏ！ I can’t handle this."
    report = check_text(text, lang="en", spelling=False)
    f = next(f for f in report.findings if f.requirement == "R-TALK-4")
    assert text[f.start:f.end] == "I can’t handle this"


def test_a_dated_promise_carries_the_due_date() -> None:
    """R-TALK-5: a promise with a date is reported with the parsed due date."""
    report = check_text("I promise we will call you back on Friday.", lang="en", today=TODAY)
    due = [f.data["due"] for f in report.findings if f.requirement == "R-TALK-5"]
    assert due == ["2024-05-03"]
    report = check_text("Holnap visszahívjuk.", lang="hu", today=TODAY)
    assert [f.data["due"] for f in report.findings] == ["2024-05-02"]
    report = check_text("我们三天内给您退款。", lang="zh-Hans", today=TODAY)
    assert [f.data["due"] for f in report.findings] == ["2024-05-04"]


def test_a_casual_promise_without_a_date_is_a_warning() -> None:
    """R-TALK-5: promise wording without a date is flagged."""
    report = check_text("I promise it will be fine.", lang="en")
    assert [(f.requirement, f.level) for f in report.findings] == [("R-TALK-5", "warning")]


def test_question_coverage_reports_each_unanswered_question() -> None:
    """R-TALK-9: each customer question must be addressed in the reply."""
    report = check_text("Your password reset link is on its way.", lang="en",
                        customer_text="How can I reset my password? When does my refund come?")
    questions = [f.data["question"] for f in report.findings if f.requirement == "R-TALK-9"]
    assert questions == ["When does my refund come?"]


def test_long_sentences_get_a_readability_hint() -> None:
    """R-TALK-7: over-long sentences get a hint."""
    text = " ".join(["word"] * 40) + "."
    report = check_text(text, lang="en", spelling=False)
    assert [f.rule_id for f in report.findings] == ["en.readability.sentence-length"]


def test_spelling_accepts_names_urls_and_order_numbers() -> None:
    """R-TALK-8: spelling flags typos but not names, addresses, URLs or order numbers."""
    text = ("Dear Mr Kowalczyk, see https://shop.example/xq7 or write to zyx@example.com "
            "about order #AB-99812; we recieved it.")
    report = check_text(text, lang="en")
    assert [text[f.start:f.end] for f in report.findings] == ["recieved"]


def test_hungarian_spelling_accepts_compounds_and_missing_accents() -> None:
    """R-TALK-8: Debian's hu dictionary misses compounds; a sentence written without accents
    is accepted, but in a sentence written with them a missing accent is a typo."""
    report = check_text("Az ügyfélszolgálatunkhoz beérkezett kérését feldolgoztuk.", lang="hu")
    assert not report.findings
    report = check_text("Az ugyfelszolgalatunkhoz beerkezett kereset feldolgoztuk, koszonjuk.",
                        lang="hu")
    assert not report.findings
    text = "Az ügyfélszolgálatunkhoz beérkezett kérését feldolgoztuk, koszonjuk."
    report = check_text(text, lang="hu")
    assert [text[f.start:f.end] for f in report.findings] == ["koszonjuk"]
    report = check_text("A csomagot holnap kézbesítyük.", lang="hu")
    assert [f.requirement for f in report.findings] == ["R-TALK-8"]


def test_organisation_rules_add_forbidden_phrases_jargon_and_products() -> None:
    """R-POL-1, R-TALK-4, R-TALK-7: the organisation's own phrases, jargon and names."""
    org = OrgRules(forbidden={"en": [PhraseAdvice("no can do", "Let me see what I can do")]},
                   jargon={"*": [PhraseAdvice("MVNO", "mobile network")]},
                   product_names=["Zapfloo"])
    report = check_text("No can do, the Zapfloo MVNO plan is gone.", lang="en", org=org)
    assert [(f.rule_id, f.replacement) for f in report.findings] == [
        ("org.forbidden", "Let me see what I can do"), ("org.jargon", "mobile network")]


def test_informal_address_can_be_allowed_by_the_organisation() -> None:
    """R-TALK-3: informal address is flagged only where formal address is required."""
    assert check_text("Szia, kérlek küldd el!", lang="hu").requirements == {"R-TALK-3"}
    assert not check_text("Szia, kérlek küldd el!", lang="hu",
                          org=OrgRules(formal_address=False)).findings


def test_prescribed_greeting_parts_replace_the_pack_parts() -> None:
    """R-TALK-1: the organisation may prescribe its own greeting parts with options."""
    org = OrgRules(greeting_parts={"brand": ["Acme (energy|energia)"],
                                   "offer": ["how may I help"]})
    ok = check_text("Good morning, Acme Energy, how may I help?", lang="en",
                    position="opening", org=org)
    assert not ok.findings
    missing = check_text("Good morning, how may I help?", lang="en", position="opening",
                         org=org)
    assert [f.data["part"] for f in missing.findings] == ["brand"]


def test_reader_language_picks_the_message_language() -> None:
    """R-TALK-15: messages and suggestions come in the reader's language."""
    report = check_text("Nem tudok segíteni.", lang="hu", reader_lang="hu", spelling=False)
    assert report.findings[0].message.startswith("Soha ne mondja")
    report = check_text("這個問題我不會處理", lang="zh-Hant", reader_lang="zh-Hant")
    assert "對" in report.findings[0].message or "處" in report.findings[0].message


def test_score_is_100_minus_penalties() -> None:
    """R-TALK-15: each message gets a score (docs/checker.md)."""
    assert check_text("Thank you!", lang="en").score == 100
    assert check_text("I can't handle this.", lang="en").score == 75
