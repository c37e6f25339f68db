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
