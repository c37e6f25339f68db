"""Assertions shared by the per-language pack tests (``test_pack_<lang>.py``): a violation is
reported, a clean text stays silent (as the evaluation counts breaches), a complete closing
has every part."""

from __future__ import annotations

from tactful.protocol import check_text
from tests.protocol.conftest import TODAY
from tests.protocol.eval.scoring import counts_as_breach


def assert_complete_closing(lang: str, text: str) -> None:
    report = check_text(text, lang=lang, position="closing", spelling=False, today=TODAY)
    assert "R-TALK-2" not in report.requirements, report.findings


def assert_reported(lang: str, req: str, text: str) -> None:
    report = check_text(text, lang=lang, spelling=False, today=TODAY)
    assert req in report.requirements, report.findings


def assert_case(lang: str, req: str, text: str, reported: bool) -> None:
    """``text`` breaks ``req`` (``reported``) or stays silent on it."""
    if reported:
        assert_reported(lang, req, text)
    else:
        assert_silent(lang, req, text)


def assert_silent(lang: str, req: str, text: str) -> None:
    """A dated commitment's follow-up hint (R-TALK-5) is no breach."""
    report = check_text(text, lang=lang, spelling=False, today=TODAY)
    found = [f for f in report.findings if f.requirement == req and counts_as_breach(f)]
    assert not found, found
