"""Hostile input: large, empty, control characters, mixed scripts."""

from __future__ import annotations

import time

import pytest

from tactful.protocol import check_text


def test_one_megabyte_of_text_is_checked_quickly() -> None:
    """R-TALK-15: a 1 MB message is checked, with spans inside the text."""
    text = ("Thank you for your message. I can't handle this. " * 21000)[:1_000_000]
    start = time.perf_counter()
    report = check_text(text, lang="en", spelling=False)
    assert time.perf_counter() - start < 20
    assert report.findings and all(0 <= f.start <= f.end <= len(text) for f in report.findings)


@pytest.mark.parametrize("text", ["", " ", "\x00\x01\x02", "\u202e\u200b\ufeff", "!!!???",
                                  "a\u0301\u0308" * 50, "ﬁ ß İ ǅ", "🙂" * 100])
def test_odd_input_does_not_crash(text: str) -> None:
    for lang in ("en", "hu", "zh-Hans"):
        report = check_text(text, lang=lang)
        assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)


def test_mixed_scripts_and_combining_marks_keep_offsets() -> None:
    text = "Ne\u0301m tudok segi\u0301teni. 我不会处理 – I can't handle this."
    report = check_text(text, lang="hu", spelling=False)
    f = report.findings[0]
    assert text[f.start:f.end].startswith("Ne\u0301m")


def test_auto_language_detection() -> None:
    """R-TALK-15: --lang auto uses a real detector over the six languages."""
    assert check_text("Nem tudok segíteni ebben a kérdésben.").lang == "hu"
    assert check_text("Nu vă pot ajuta cu această problemă.").lang == "ro"
    assert check_text("Ma ei saa teid selles küsimuses aidata.").lang == "et"
    assert check_text("這個問題我不會處理").lang == "zh-Hant"
    assert check_text("这个问题我不会处理").lang == "zh-Hans"
