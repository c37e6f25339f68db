"""Comparing two versions of a policy: what changed, in lines people read (R-POL-3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful.policy import load_policy, load_policy_text
from tactful.policy.versions import summarise_changes

HU = Path(__file__).parents[2] / "tactful/policy/examples/pannon-energia.hu.yaml"
BASE = """\
organisation: {name: Minimal}
calendars:
  office:
    timezone: Europe/Budapest
    weekly: {mon: ["08:00-16:00"]}
checker:
  jargon: [SLA, NPS]
changelog:
  - {version: "1", date: 2026-01-01, author: me, summary: first}
"""


def test_the_same_policy_has_no_changes() -> None:
    """R-POL-3: an unchanged policy reports nothing, even when loaded twice."""
    assert summarise_changes(load_policy(HU), load_policy(HU)) == []


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("weekly: {mon: [\"08:00-16:00\"]}", "weekly: {mon: [\"08:00-18:00\"]}",
         "calendars.office.weekly.mon: added 08:00-18:00"),
        ("organisation: {name: Minimal}", "organisation: {name: Minimal, legal_name: M Kft.}",
         "organisation.legal_name:  → M Kft."),
        ("jargon: [SLA, NPS]", "jargon: [SLA, KPI]", "checker.jargon: added KPI"),
        ("jargon: [SLA, NPS]", "jargon: [SLA, KPI]", "checker.jargon: removed NPS"),
        ("jargon: [SLA, NPS]", "jargon: [NPS, SLA]", "checker.jargon: reordered"),
    ],
)
def test_each_changed_setting_is_named_with_old_and_new(old: str, new: str,
                                                       expected: str) -> None:
    """R-POL-3: every changed setting gets a line naming its path and values."""
    changed = load_policy_text(BASE.replace(old, new))
    assert expected in summarise_changes(load_policy_text(BASE), changed)


def test_targets_and_new_change_log_entries_are_listed() -> None:
    """R-POL-3, R-MAIL-1: a tighter email target and the change-log entry that records it."""
    text = HU.read_text(encoding="utf-8")
    old = load_policy_text(text)
    new_text = text.replace("    first_reply_within: 24h", "    first_reply_within: 8h", 1)
    new_text = new_text.rstrip("\n") + (
        "\n  - {version: '1.2', date: 2026-06-01, author: Teszt Elek, summary: Gyorsabb.}\n")
    lines = summarise_changes(old, load_policy_text(new_text))
    assert lines == ["channels.email.first_reply_within: 1d → 8h",
                     "changelog: added 1.2 (2026-06-01, Teszt Elek): Gyorsabb."]
