"""Everyday wording, one function per sentence (tests/protocol/probes/README.md).

Each probe is run through the check that reads its function; the probes the checker still
gets wrong are listed in ``KNOWN_MISSES``, so a probe that starts or stops being recognised
fails here until the list is updated (a fix shows as a probe to strike off).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tactful.protocol import check_text
from tactful.protocol.findings import Finding
from tactful.protocol.transcript import check_transcript

HERE = Path(__file__).parent / "probes"
LANGS = ("en", "hu", "et", "ro", "zh-Hans")
TODAY = datetime.date(2026, 12, 3)

# A complaint the angry-customer rule knows, and a letter's fact, per language.
COMPLAINT = {"en": "This is unacceptable, I have been waiting two weeks for this!",
             "hu": "Ez elfogadhatatlan, már két hete várok erre!",
             "et": "See on vastuvõetamatu, ma olen juba kaks nädalat oodanud!",
             "ro": "Este inacceptabil, aștept de două săptămâni!",
             "zh-Hans": "太过分了，我已经等了两个星期了！"}
FACT = {"en": "Dear Mr Smith, we inform you that your booking for 12 March has been cancelled.",
        "hu": "Tisztelt Kovács Úr! Tájékoztatjuk, hogy a március 12-i foglalását töröltük.",
        "et": "Lugupeetud hr Tamm! Teatame, et Teie 12. märtsi broneering on tühistatud.",
        "ro": "Stimate domnule Popescu, vă informăm că rezervarea dumneavoastră din 12 martie "
              "a fost anulată.",
        "zh-Hans": "尊敬的王先生：您好！特此通知，您3月12日的预订已被取消。"}

# Measured 2026-12-03 (RESULTS.md, round 11): the probes still misread, by language.
KNOWN_MISSES: dict[str, set[str]] = {
    "en": set(),
    "hu": {
        "Az űrlapot azért utasította el a rendszer, mert az oldal nem jelezte egyértelműen, "
        "milyen formátumban kell megadni a dátumot.",
    },
    "et": {
        "Meie klienditeenindus on avatud tööpäeviti kella 9–17.",
    },
    "ro": set(),
    "zh-Hans": {
        "系统显示密码被连续输错了五次，所以账户才会被锁定。",
        "不好意思，这个我们办不了。",
        "恕我直言，这么简单的设置，您照着提示点一下就行了。",
    },
}


def load(lang: str, folder: Path = HERE) -> list[tuple[str, str]]:
    out = []
    for line in (folder / f"{lang}.tsv").read_text(encoding="utf-8").splitlines():
        func, _, text = line.partition("\t")
        if text:
            out.append((func, text))
    return out


def _closing_missing(lang: str, text: str) -> set[str]:
    report = check_text(text, lang=lang, position="closing", spelling=False, today=TODAY)
    return {f.data.get("part", "") for f in report.findings if f.requirement == "R-TALK-2"}


# An agent turn that neither apologises nor offers anything, per language.
NEUTRAL = {"en": "Could you give me your order number, please?",
           "hu": "Megadná a rendelésszámát?",
           "et": "Palun öelge oma tellimuse number.",
           "ro": "Îmi spuneți numărul comenzii, vă rog?",
           "zh-Hans": "请提供一下您的订单号。"}


def _angry_findings(lang: str, *turns: tuple[str, str]) -> list[Finding]:
    """The R-TALK-12 findings of a chat of (speaker, text) turns."""
    transcript = {"version": 1, "lang": lang, "channel": "chat", "agent": "Anna",
                  "organisation": "X",
                  "turns": [{"speaker": who, "text": text} for who, text in turns]}
    return [f for f in check_transcript(transcript).findings if f.requirement == "R-TALK-12"]


def _reply_missing(lang: str, text: str) -> set[str]:
    found = _angry_findings(lang, ("customer", COMPLAINT[lang]), ("agent", text))
    return {k for f in found for k in f.data.get("missing", [])}


def _read_as_complaint(lang: str, text: str) -> bool:
    return bool(_angry_findings(lang, ("agent", "Hello"), ("customer", text),
                                ("agent", NEUTRAL[lang])))


def _requirements(lang: str, text: str, channel: str | None = None) -> set[str]:
    report = check_text(text, lang=lang, channel=channel, spelling=False, today=TODAY)
    return {f.requirement for f in report.findings}


def recognised(lang: str, func: str, text: str) -> bool:
    """Whether the checker reads ``text`` as performing ``func`` (and only then)."""
    if func.startswith("close."):
        return func.removeprefix("close.") not in _closing_missing(lang, text)
    if func == "apology":
        return "apology" not in _reply_missing(lang, text)
    if func == "offer":
        return "way_forward" not in _reply_missing(lang, text)
    if func == "customer.complaint":
        return _read_as_complaint(lang, text)
    if func == "customer.calm":
        return not _read_as_complaint(lang, text)
    if func == "neither":
        return _reply_missing(lang, text) == {"apology", "way_forward"}
    if func.startswith("letter."):
        silent = "R-LETTER-1" not in _requirements(lang, f"{FACT[lang]} {text}",
                                                   channel="letter")
        return silent if func == "letter.next_step" else not silent
    if func.startswith("talk6."):
        reported = "R-TALK-6" in _requirements(lang, text)
        return reported if func == "talk6.violation" else not reported
    raise AssertionError(f"unknown probe function {func!r}")


@pytest.mark.parametrize("lang", LANGS)
def test_probe_files_are_well_formed(lang: str) -> None:
    """Every line is `function<TAB>text` with a known function, and no text twice."""
    probes = load(lang)
    assert len(probes) == 175
    assert len({t for _f, t in probes}) == len(probes)
    functions = {f for f, _t in probes}
    assert functions == {"close.anything_else", "close.thanks", "close.come_back",
                         "close.goodbye", "apology", "offer", "neither", "letter.next_step",
                         "letter.fact_only", "talk6.violation", "talk6.clean"}


@pytest.mark.parametrize("lang", LANGS)
def test_everyday_wording_is_recognised(lang: str) -> None:
    """R-TALK-2, R-TALK-6, R-TALK-12, R-LETTER-1: every probe but the listed misses is read
    as the function it performs (the closing part found, the apology or offer seen after a
    complaint, the letter's next step found or its absence reported, the R-TALK-6 violation
    reported and its near miss left alone); the "neither" probes are not held to."""
    wrong = {text for func, text in load(lang)
             if func != "neither" and not recognised(lang, func, text)}
    known = KNOWN_MISSES[lang]
    assert wrong - known == set(), "newly misread"
    assert known - wrong == set(), "now recognised: strike them off KNOWN_MISSES"


ROUND2 = HERE / "round2"
# Round 2 (tests/protocol/probes/round2/README.md): the functions whose misreading is a false
# alarm (a closing part, an apology or an offer not seen, a letter's next step not seen, a
# clean sentence or a calm customer read as a breach) are held to, every probe; the
# violations and complaints it still misses are recall, measured, not held to.
ROUND2_HELD = ("close.", "apology", "offer", "letter.", "talk6.clean", "customer.calm")
@pytest.mark.parametrize("lang", LANGS)
def test_everyday_wording_of_round2_raises_no_false_alarm(lang: str) -> None:
    """R-TALK-2, R-TALK-6, R-TALK-12, R-LETTER-1: the second round of blind probes (written
    after the packs had learnt the first) is read right wherever a misreading would be a
    false alarm: closing parts, apologies and offers after a complaint, letters' next steps,
    clean near misses of R-TALK-6, and calm customer turns that are no complaint."""
    wrong = [(func, text) for func, text in load(lang, ROUND2)
             if func.startswith(ROUND2_HELD) and not recognised(lang, func, text)]
    assert wrong == []


def test_a_probe_can_fail() -> None:
    """The scorer is not vacuous: a closing with only thanks lacks the other parts, a bare
    fact letter is reported, and a plain blame is an R-TALK-6 violation."""
    assert recognised("en", "close.thanks", "Thank you for calling.")
    assert not recognised("en", "close.goodbye", "Thank you for calling.")
    assert recognised("en", "letter.fact_only", "The amount was refunded.")
    assert not recognised("en", "letter.next_step", "The amount was refunded.")
    assert recognised("en", "talk6.violation", "You should have read the terms first.")
    assert not recognised("en", "talk6.clean", "You should have read the terms first.")
    assert not recognised("en", "offer", "I understand how you feel.")
