"""Loading policy files: the examples load; every mistake has its line, column and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful.policy import PolicyError, check_policy, load_policy, load_policy_text
from tactful.policy.reference import render_reference

EXAMPLES = sorted((Path(__file__).parents[2] / "tactful/policy/examples").glob("*.yaml"))
MINIMAL = """\
organisation: {name: Minimal}
calendars:
  office:
    timezone: Europe/Budapest
    weekly: {mon: ["08:00-16:00"]}
changelog:
  - {version: "1", date: 2026-01-01, author: me, summary: first}
"""


def problems_of(text: str) -> list[str]:
    return [f"{p.line}:{p.column}:{p.path}:{p.message}:{p.fix}"
            for p in check_policy(text.encode(), name="t.yaml")]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_policy_loads(path: Path) -> None:
    """R-POL-1: one file holds the whole policy; the shipped examples are valid."""
    policy = load_policy(path)
    assert policy.calendar() is not None
    assert policy.changelog
    assert len(EXAMPLES) == 5


def test_the_examples_cover_the_five_languages() -> None:
    languages = {load_policy(p).languages.default for p in EXAMPLES}
    assert languages == {"en", "hu", "et", "ro", "zh-Hans"}


def test_defaults_come_from_the_seeds() -> None:
    """R-MAIL-1, R-CMP-5, R-CMP-6: 24 h email, 48 h manager reply, seed 003's six categories."""
    policy = load_policy_text(MINIMAL)
    assert policy.channels.email.first_reply_within.time is not None
    assert policy.channels.email.first_reply_within.time.total_seconds() == 24 * 3600
    assert policy.complaints.manager_reply_within.time.total_seconds() == 48 * 3600  # type: ignore[union-attr]
    assert [c.id for c in policy.complaints.categories] == [
        "bad_attitude", "no_reschedule_call", "lost_customer_data", "problem_not_recorded",
        "missing_feedback_form", "job_over_time_limit"]


@pytest.mark.parametrize(
    "change, expected",
    [
        ("organisation: {name: X, mision: typo}", "1:24:organisation.mision:unknown key "
         "'mision':did you mean 'mission'?"),
        ("channels:\n  phone: {answer_within_rings: many}",
         "9:27:channels.phone.answer_within_rings:Input should be a valid integer, unable to "
         "parse string as an integer:write a whole number"),
        ("channels:\n  email: {first_reply_within: 24}",
         "9:30:channels.email.first_reply_within:24 has no unit; write e.g. '24m', '24h' or "
         "'24wd':"),
        ("inquiry: {acknowledge_within: 48h, answer_within: 24h}",
         "1:1:inquiry.acknowledge_within:inquiry: acknowledge_within is longer than "
         "answer_within; the acknowledgement must come first:"),
        ("teams:\n  s: {name: S, calendar: nowhere}",
         "9:22:teams.s.calendar:team s: calendar 'nowhere' is not defined; use one of office:"),
        ("complaints: {review_cadence: yearly}",
         "8:31:complaints.review_cadence:Input should be 'daily', 'weekly' or 'monthly':use "
         "one of 'daily', 'weekly' or 'monthly'"),
    ],
)
def test_mistakes_name_their_line_column_and_fix(change: str, expected: str) -> None:
    """R-POL-1: a policy with a mistake is refused with the line and the fix."""
    key = change.split(":")[0]
    base = "\n".join(line for line in MINIMAL.splitlines() if not line.startswith(key + ":"))
    text = base + "\n" + change + "\n" if key != "organisation" else MINIMAL.replace(
        "organisation: {name: Minimal}", change)
    found = problems_of(text)
    assert expected in found or any(f.split(":", 2)[2] == expected.split(":", 2)[2]
                                    for f in found), found


def test_impossible_hours_and_unknown_places() -> None:
    """R-SLA-1: unknown time zones, countries and impossible hours are refused."""
    text = MINIMAL.replace("timezone: Europe/Budapest", "timezone: Mars/Base")
    assert "time zone 'Mars/Base' is unknown" in "".join(problems_of(text))
    text = MINIMAL.replace('["08:00-16:00"]', '["25:00-26:00"]')
    assert "not a time of day" in "".join(problems_of(text))
    text = MINIMAL.replace("    weekly:", "    country: XX\n    weekly:")
    assert "country 'XX' is unknown" in "".join(problems_of(text))


def test_duplicate_keys_are_found_though_yaml_allows_them() -> None:
    text = MINIMAL + "priorities: {high: 0.5}\npriorities: {high: 0.4}\n"
    found = problems_of(text)
    assert any("appears twice (first on line 8)" in f and f.startswith("9:1:") for f in found)


@pytest.mark.parametrize(
    "text, needle",
    [
        ("", "the file is empty"),
        ("organisation: [unclosed", "YAML:"),
        ("- a list\n- not a mapping\n", "must be a mapping"),
        ("a: &x [1]\n" + "".join(f"b{i}: *x\n" for i in range(60)), "more than 50 aliases"),
        ("x:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 40)) + "  " * 40 + "v: 1\n",
         "nested too deeply"),
        ("organisation: !!python/object:os.system {}\n", "YAML:"),
    ],
)
def test_hostile_files_are_refused_cleanly(text: str, needle: str) -> None:
    found = problems_of(text)
    assert found and needle in "".join(found), found


def test_binary_junk_and_huge_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.yaml"
    junk.write_bytes(b"\xff\xfe\x00\x01" * 100)
    assert "not UTF-8" in str(check_policy(junk)[0])
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"# " + b"x" * (20 * 1024 * 1024))
    assert "larger than" in str(check_policy(huge)[0])
    missing = tmp_path / "missing.yaml"
    with pytest.raises(PolicyError, match="cannot be read"):
        load_policy(missing)


def test_versions_fingerprint_and_review_reminder() -> None:
    """R-POL-3: the last change, the change log, and a review due a year after."""
    policy = load_policy_text(MINIMAL)
    changed = load_policy_text(MINIMAL.replace("name: Minimal", "name: Changed"))
    assert policy.fingerprint != changed.fingerprint
    assert policy.fingerprint == load_policy_text(MINIMAL + "\n# a comment\n").fingerprint
    assert str(policy.last_changed) == "2026-01-01"
    assert str(policy.review_due) == "2027-01-01"


def test_the_reference_page_is_current() -> None:
    """The committed docs/policy-reference.md is generated from the schema."""
    committed = (Path(__file__).parents[2] / "docs/policy-reference.md").read_text()
    assert committed == render_reference()


def test_per_role_limits() -> None:
    """R-POL-5, R-SEC-3: refund and exchange limits per role."""
    policy = load_policy(next(p for p in EXAMPLES if "hu" in p.name))
    assert policy.roles.currency == "HUF"
    assert policy.roles.agent.refund_limit < policy.roles.supervisor.refund_limit
