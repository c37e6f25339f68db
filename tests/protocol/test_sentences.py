"""Sentence splitting: phrases never cross a sentence end, so where one ends matters
(R-TALK-4, R-TALK-7, R-LETTER-1 all match inside a sentence)."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text
from tactful.protocol.normalize import make_doc


def _sentences(text: str, lang: str) -> list[str]:
    doc = make_doc(text, lang)
    return [doc.n.orig[doc.n.span(s.start, s.end)[0]:doc.n.span(s.start, s.end)[1]]
            for s in doc.sents]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Write to help@acme.example or see acme.example/faq. Thanks!",
     ["Write to help@acme.example or see acme.example/faq.", "Thanks!"]),
    ("en", "It costs 3.5 euros. OK?", ["It costs 3.5 euros.", "OK?"]),
    ("hu", "Kérjük, 2026. június 15-ig fizesse be. Köszönjük.",
     ["Kérjük, 2026. június 15-ig fizesse be.", "Köszönjük."]),
    ("et", "Täname Teid 2. mai kirja eest. Head aega!",
     ["Täname Teid 2. mai kirja eest.", "Head aega!"]),
    ("en", "We open at 9. Call us then.", ["We open at 9.", "Call us then."]),
    ("zh-Hans", "您好。请问有什么可以帮您？价格是3.5元。",
     ["您好。", "请问有什么可以帮您？", "价格是3.5元。"]),
    ("en", "Dr. Tamm will call you. Thank you.", ["Dr. Tamm will call you.", "Thank you."]),
    ("en", "Bring the bill, the meter number etc. and we will sort it out. Thanks.",
     ["Bring the bill, the meter number etc. and we will sort it out.", "Thanks."]),
    ("en", "We need the bill, the meter number etc. We will call you on Monday.",
     ["We need the bill, the meter number etc.", "We will call you on Monday."]),
    ("hu", "Hozza a számlát, a mérőszámot stb. Hétfőn hívjuk.",
     ["Hozza a számlát, a mérőszámot stb.", "Hétfőn hívjuk."]),
    ("et", "Võtke kaasa arve, lepingu jne. ja me aitame.",
     ["Võtke kaasa arve, lepingu jne. ja me aitame."]),
])
def test_sentence_ends(lang: str, text: str, expected: list[str]) -> None:
    """R-TALK-15: ordinals, dates, decimals, e-mail addresses, URLs and titles do not end a
    sentence; "etc." ends one only when a capital follows; Chinese full stops do without a
    space."""
    assert _sentences(text, lang) == expected


def test_a_letter_step_with_a_date_inside_is_found() -> None:
    """R-LETTER-1: "Kérjük, 2026. június 15-ig egyenlítse ki" is one request with a deadline."""
    text = ("Tisztelt Ügyfelünk!\n\nA számláján 8 240 Ft tartozás áll fenn. Kérjük, ezt 2026. "
            "június 15-ig egyenlítse ki.\n\nTisztelettel:\nKovács Anna")
    report = check_text(text, lang="hu", channel="letter", spelling=False)
    assert "R-LETTER-1" not in report.requirements
