"""Jargon (R-TALK-7): internal abbreviations and codes the customer may not know."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text


def _jargon(text: str, lang: str) -> list[str]:
    report = check_text(text, lang=lang, spelling=False)
    return [text[f.start:f.end] for f in report.findings if f.requirement == "R-TALK-7"]


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("en", "Your ONT isn't syncing with the OLT.", ["ONT", "OLT"]),
    ("en", "I've passed it to the NOC with priority P3.", ["NOC", "P3"]),
    ("hu", "Indítottam egy RMA-t a hibás eszközre.", ["RMA"]),
    ("et", "Teie ONT ei sünkroniseeru OLT-ga.", ["ONT", "OLT"]),
    ("ro", "Trebuie să depuneți documentația la OD pentru ATR.", ["OD", "ATR"]),
    ("zh-Hans", "已经给您申请了RMA，请在箱子上写上RMA号。", ["RMA", "RMA"]),
])
def test_internal_abbreviations_are_jargon(lang: str, text: str, found: list[str]) -> None:
    """R-TALK-7: capitals the customer may not know, also with a suffix (RMA-t, OLT-ga)."""
    assert _jargon(text, lang) == found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We sent the PDF invoice by SMS and e-mail; your PIN is unchanged."),
    ("en", "Your order ORD-2026-1234 ships today; the refund goes to GB82 WEST 1234 5698 7654 32."),
    ("en", "Both the ASUS Zenbook and the Acer Swift work with this dock."),
    ("en", "PLEASE NOTE: the shop is closed on Monday."),
    ("en", "See https://northwind.example/FAQ or write to HELP@northwind.example."),
    ("hu", "A számla ÁFA-t tartalmaz, az EU-n belül nincs roaming díj."),
    ("ro", "Prețul include TVA, iar factura are CNP-ul dumneavoastră."),
    ("zh-Hans", "您的VIP会员已开通，可以在APP里查看。"),
])
def test_everyday_abbreviations_names_and_references_are_not(lang: str, text: str) -> None:
    """R-TALK-7: everyday abbreviations, references, account numbers, brands, shouting and
    addresses are not jargon."""
    assert _jargon(text, lang) == []


def test_the_hint_of_ascii_text_is_the_hint_pattern() -> None:
    """R-TALK-7: ASCII text is tested for a capitals-or-code hint by translating its bytes;
    the same answer as the hint pattern, on random texts and the non-ASCII fallback."""
    import random

    from tactful.protocol.kinds import acronym

    rnd = random.Random(11)
    texts = ["", "Hi!", "ONT", "P3", "sev1", "Sv2", "v4", "uv5", "Ao", "ÁRVÍZ", "ŐA", "aÁ1"]
    texts += ["".join(rnd.choice("aAvV0123459 .-Zz\n") for _ in range(rnd.randint(0, 12)))
              for _ in range(5000)]
    for text in texts:
        assert acronym._any_hint(text) == (acronym._ANY_HINT.search(text) is not None), text
