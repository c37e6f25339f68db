"""`tactful sla due` and `tactful sla between` print exact, offset-aware answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful.cli import main

CALENDAR = """\
timezone: Europe/Budapest
country: HU
weekly:
  mon: ["08:00-16:00"]
  tue: ["08:00-16:00"]
  wed: ["08:00-16:00"]
  thu: ["08:00-16:00"]
  fri: ["08:00-14:00"]
"""


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
        ("2025-03-03T10:00:00+01:00", "3wd", "2025-03-06T16:00:00+01:00"),
        ("2025-03-03T08:00:00+01:00", "2d", "2025-03-11T10:00:00+01:00"),
    ],
)
def test_sla_due(calendar_file: Path, capsys: pytest.CaptureFixture[str], start: str,
                 duration: str, expected: str) -> None:
    """R-SLA-1: the due instant in ISO 8601 with its offset."""
    code = main(["sla", "due", "--calendar-file", str(calendar_file), "--from", start,
                 "--add", duration])
    assert (code, capsys.readouterr().out.strip()) == (0, expected)


def test_sla_between(calendar_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-1: business seconds between two instants."""
    code = main(["sla", "between", "--calendar-file", str(calendar_file),
                 "--from", "2024-12-20T00:00:00Z", "--to", "2025-01-03T00:00:00Z"])
    assert (code, capsys.readouterr().out.strip()) == (0, str(38 * 3600))


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--from", "2025-03-03T08:00", "--add", "1h"], "has no offset"),
        (["--from", "yesterday", "--add", "1h"], "not ISO 8601"),
        (["--from", "2025-03-03T08:00Z", "--add", "1 fortnight"], "not a duration"),
        (["--from", "2025-03-03T08:00Z", "--add", "1wd2h"], "mixes working days"),
        (["--from", "2025-03-03T08:00Z", "--add", "99999999h"], "longer than ten years"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(calendar_file: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: list[str], needle: str) -> None:
    code = main(["sla", "due", "--calendar-file", str(calendar_file), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err and len(err.strip().splitlines()) == 1


def test_a_broken_calendar_file_is_reported(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("timezone: Nowhere/Land\nweekly: {mon: ['08:00-12:00']}\n")
    code = main(["sla", "due", "--calendar-file", str(path), "--from", "2025-03-03T08:00Z",
                 "--add", "1h"])
    assert code == 2
    assert "time zone 'Nowhere/Land' is unknown" in capsys.readouterr().err
