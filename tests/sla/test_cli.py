"""`tactful sla due` and `tactful sla between` print exact, offset-aware answers (R-SLA-1).

The commands are driven through their own argparse parser (as `tactful.cli` registers
them), so these tests need neither Django nor the policy loader.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from tactful.sla.cli import register

CALENDAR = """\
timezone: Europe/Budapest
country: HU
weekly:
  mon: ["08:00-16:00"]
  tue: ["08:00-16:00"]
  wed: ["08:00-16:00"]
  thu: ["08:00-16:00"]
  fri: ["08:00-14:00"]
closures:
  2025-03-05: Stocktaking
"""


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tactful")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.fixture
def calendar_file(tmp_path: Path) -> Path:
    path = tmp_path / "office.yaml"
    path.write_text(CALENDAR)
    return path


@pytest.mark.parametrize(
    "start, duration, expected",
    [
        ("2024-12-23T15:00:00+01:00", "2h", "2024-12-30T09:00:00+01:00"),
        ("2025-03-03T08:00:00+01:00", "90m", "2025-03-03T09:30:00+01:00"),
        ("2025-03-03T07:00:00Z", "1h30m", "2025-03-03T09:30:00+01:00"),
        ("2025-03-03T15:00:00+01:00", "1h", "2025-03-03T16:00:00+01:00"),   # closing time
        ("2025-03-03T10:00:00+01:00", "3wd", "2025-03-07T14:00:00+01:00"),  # skips closure
        ("2025-03-03T08:00:00+01:00", "2d", "2025-03-12T10:00:00+01:00"),  # 48 open hours
        ("2025-03-28T13:00:00+01:00", "2h", "2025-03-31T09:00:00+02:00"),   # into summer time
    ],
)
def test_sla_due(calendar_file: Path, capsys: pytest.CaptureFixture[str], start: str,
                 duration: str, expected: str) -> None:
    """R-SLA-1: the due instant in ISO 8601 with its offset."""
    code = run(["sla", "due", "--calendar-file", str(calendar_file), "--from", start,
                "--add", duration])
    assert (code, capsys.readouterr().out.strip()) == (0, expected)


def test_sla_between(calendar_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-1: business seconds between two instants, negative backwards."""
    code = run(["sla", "between", "--calendar-file", str(calendar_file),
                "--from", "2024-12-20T00:00:00Z", "--to", "2025-01-03T00:00:00Z"])
    # Fri 20th 6h, Mon 23rd 8h, Mon 30th 8h, Tue 31st 8h, Thu 2 Jan 8h.
    assert (code, capsys.readouterr().out.strip()) == (0, str(38 * 3600))
    run(["sla", "between", "--calendar-file", str(calendar_file),
         "--from", "2025-01-03T00:00:00Z", "--to", "2024-12-20T00:00:00Z"])
    assert capsys.readouterr().out.strip() == str(-38 * 3600)


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--from", "2025-03-03T08:00", "--add", "1h"], "has no offset"),
        (["--from", "yesterday", "--add", "1h"], "not ISO 8601"),
        (["--from", "2025-03-03T08:00Z", "--add", "1 fortnight"], "not a duration"),
        (["--from", "2025-03-03T08:00Z", "--add=-1h"], "negative"),
        (["--from", "2025-03-03T08:00Z", "--add", "1wd2h"], "mixes working days"),
        (["--from", "2025-03-03T08:00Z", "--add", "99999999h"], "longer than ten years"),
        (["--from", "9999-12-30T08:00Z", "--add", "3650d"], "beyond the year 9999"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(calendar_file: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: list[str], needle: str) -> None:
    """R-SLA-1: mistakes are one clear line on stderr and exit status 2."""
    code = run(["sla", "due", "--calendar-file", str(calendar_file), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "content, needle",
    [
        ("timezone: Nowhere/Land\nweekly: {mon: ['08:00-12:00']}\n",
         "time zone 'Nowhere/Land' is unknown"),
        ("timezone: UTC\nweekly: {mon: ['25:00-26:00']}\n", "not a time of day"),
        ("timezone: UTC\nweekly: {mon: ['08:00-12:00']}\nopening: 9\n", "unknown field"),
        ("timezone: UTC\nweekly: {mon: ['08:00-12:00']}\nclosures: {soon: x}\n", "not a date"),
        ("[1, 2", "cannot be read"),
        ("- just a list\n", "expected a mapping"),
    ],
)
def test_a_broken_calendar_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            content: str, needle: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    code = run(["sla", "due", "--calendar-file", str(path), "--from", "2025-03-03T08:00Z",
                "--add", "1h"])
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err and len(err.strip().splitlines()) == 1


def test_a_missing_file_and_a_policy_without_a_calendar_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["sla", "between", "--calendar-file", str(tmp_path / "none.yaml"),
                "--from", "2025-03-03T08:00Z", "--to", "2025-03-04T08:00Z"]) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert run(["sla", "between", "--policy", str(tmp_path / "p.yaml"),
                "--from", "2025-03-03T08:00Z", "--to", "2025-03-04T08:00Z"]) == 2
    assert "--calendar NAME" in capsys.readouterr().err


def test_a_calendar_from_a_policy_file(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-1: --policy FILE --calendar NAME reads the calendar through the policy loader."""
    policy = Path(__file__).parents[2] / "tactful/policy/examples/pannon-energia.hu.yaml"
    pytest.importorskip("tactful.policy.loader")
    if not policy.exists():
        pytest.skip("the example policy is not there")
    code = run(["sla", "due", "--policy", str(policy), "--calendar", "budapest",
                "--from", "2025-03-03T10:00:00+01:00", "--add", "1h"])
    out = capsys.readouterr().out.strip()
    assert code == 0
    assert out.startswith("2025-03-0") and out.endswith("+01:00")
    assert run(["sla", "due", "--policy", str(policy), "--calendar", "atlantis",
                "--from", "2025-03-03T10:00:00+01:00", "--add", "1h"]) == 2
    assert "atlantis" in capsys.readouterr().err
