"""Golden fixtures: ``fixtures/<lang>/<case>/{input.txt,expected.txt}`` (R-TALK-15).

Each expected line is ``rule_id:start:end:level``; an optional ``meta.txt`` holds
``key=value`` lines (position, channel, customer file) for the call.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful.protocol import check_text
from tests.protocol.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p for p in FIXTURES.glob("*/*") if (p / "input.txt").exists())


def _meta(case: Path) -> dict[str, str]:
    path = case / "meta.txt"
    if not path.exists():
        return {}
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name}" for c in CASES])
def test_golden_fixture(case: Path) -> None:
    """R-TALK-15: every finding has a rule ID, level and span; output matches the fixture."""
    meta = _meta(case)
    text = (case / "input.txt").read_text(encoding="utf-8")
    customer = (case / meta["customer"]).read_text(encoding="utf-8") if "customer" in meta else None
    report = check_text(text, lang=case.parent.name, position=meta.get("position", "whole"),
                        channel=meta.get("channel") or None, customer_text=customer, today=TODAY)
    got = [f"{f.rule_id}:{f.start}:{f.end}:{f.level}" for f in report.findings]
    expected_file = case / "expected.txt"
    expected = [x for x in expected_file.read_text().splitlines() if x.strip()]
    assert got == expected, "\n".join(got)


# What the newer fixtures prove: the requirements their findings must name (empty: natural,
# close-to-a-breach text that must stay silent).
PROVES = {
    "en/blame-colleagues-and-hindsight": {"R-TALK-6"},
    "en/promise-casual-dated": {"R-TALK-5"},
    "en/clean-hard-negatives": set(),
    "en/jargon-acronyms": {"R-TALK-7"},
    "en/closing-in-other-words": set(),
    "hu/blame-and-diminutive": {"R-TALK-6", "R-TALK-13"},
    "hu/clean-hard-negatives": set(),
    "hu/greeting-bare-name": set(),
    "et/blame-and-diminutive": {"R-TALK-6", "R-TALK-13"},
    "et/clean-hard-negatives": set(),
    "ro/blame-and-promise": {"R-TALK-5", "R-TALK-6"},
    "ro/clean-hard-negatives": set(),
    "zh-Hans/blame-and-jargon": {"R-TALK-6", "R-TALK-7"},
    "zh-Hans/clean-hard-negatives": set(),
}


@pytest.mark.parametrize("name", sorted(PROVES))
def test_fixture_proves_its_requirements(name: str) -> None:
    """R-TALK-1, R-TALK-2, R-TALK-5, R-TALK-6, R-TALK-7, R-TALK-13: blame in hindsight and of
    colleagues, casual promises with a date, internal abbreviations, diminutive suffixes and
    vocatives, greetings with a bare name, closings in other words are found; apologies,
    offers of an alternative, durations, warranty terms, names and products stay silent."""
    case = FIXTURES / name
    meta = _meta(case)
    text = (case / "input.txt").read_text(encoding="utf-8")
    report = check_text(text, lang=case.parent.name, position=meta.get("position", "whole"),
                        channel=meta.get("channel") or None, spelling=False, today=TODAY)
    assert report.requirements == PROVES[name], report.findings
