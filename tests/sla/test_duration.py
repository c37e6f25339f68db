"""Durations as written in policies: business time vs working days (R-SLA-1, R-CMP-3)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tactful.sla import Duration, parse_duration


@pytest.mark.parametrize(
    "text, expected",
    [
        ("90m", Duration(time=timedelta(minutes=90))),
        ("8h", Duration(time=timedelta(hours=8))),
        ("2d", Duration(time=timedelta(hours=48))),
        ("45s", Duration(time=timedelta(seconds=45))),
        ("1h30m", Duration(time=timedelta(minutes=90))),
        (" 1h 30m ", Duration(time=timedelta(minutes=90))),
        ("1d2h3m4s", Duration(time=timedelta(days=1, hours=2, minutes=3, seconds=4))),
        ("0m", Duration(time=timedelta(0))),
        ("3wd", Duration(working_days=3)),
        ("3WD", Duration(working_days=3)),
    ],
)
def test_durations_people_write(text: str, expected: Duration) -> None:
    """R-SLA-1: business time and working days are distinct units."""
    assert parse_duration(text) == expected


def test_round_trip_through_str() -> None:
    for text in ("1h30m", "3wd", "2d4h", "45s", "0s"):
        assert str(parse_duration(text)) == text


@pytest.mark.parametrize(
    "text, needle",
    [
        ("", "empty"),
        ("   ", "empty"),
        ("-5m", "negative"),
        ("5", "not a duration"),
        ("5 minutes", "not a duration"),
        ("1.5h", "not a duration"),
        ("1h1h", "repeats a unit"),
        ("30m1h", "out of order"),
        ("2wd3h", "mixes working days"),
        ("99999999999h", "longer than ten years"),
        ("9999wd", "more than ten years"),
        ("1" * 500 + "h", "too long"),
        ("１h", "not a duration"),  # a full-width digit
    ],
)
def test_junk_negative_and_huge_durations_are_refused(text: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        parse_duration(text)


@pytest.mark.parametrize("value", [None, 5, timedelta(hours=1), b"1h"])
def test_non_text_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="is text"):
        parse_duration(value)  # type: ignore[arg-type]
