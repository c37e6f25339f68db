"""DST both ways, overnight shifts, 24/7 and the closing-time rule (R-SLA-1).

Spring forward in the EU zones is the last Sunday of March at 01:00 UTC; fall back the last
Sunday of October. China and Taiwan keep one offset all year.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.sla import build_calendar

H = timedelta(hours=1)
ALL = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def at(text: str, tz: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))


def always(tz: str):  # type: ignore[no-untyped-def]
    return build_calendar(name="24/7", timezone=tz, weekly={d: ["00:00-24:00"] for d in ALL})


@pytest.mark.parametrize(
    "tz, spring, autumn",
    [
        ("Europe/Budapest", date(2025, 3, 30), date(2025, 10, 26)),
        ("Europe/Tallinn", date(2025, 3, 30), date(2025, 10, 26)),
        ("Europe/Bucharest", date(2024, 3, 31), date(2024, 10, 27)),
        ("Europe/London", date(2025, 3, 30), date(2025, 10, 26)),
    ],
)
def test_a_24_7_day_has_23_or_25_hours_when_the_clocks_change(tz: str, spring: date,
                                                               autumn: date) -> None:
    """R-SLA-1: business time on a 24/7 calendar is real elapsed time."""
    cal = always(tz)
    for day, hours in ((spring, 23), (autumn, 25), (spring + timedelta(days=1), 24)):
        start = datetime.combine(day, datetime.min.time(), ZoneInfo(tz))
        end = datetime.combine(day + timedelta(days=1), datetime.min.time(), ZoneInfo(tz))
        assert cal.between(start, end) == hours * H
        assert cal.add(start, hours * H) == end
    # Across the change, adding is plain elapsed time.
    start = datetime.combine(spring, datetime.min.time(), ZoneInfo(tz))
    assert cal.add(start, 5 * H).astimezone(UTC) == start.astimezone(UTC) + 5 * H


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "Asia/Taipei"])
def test_zones_without_dst_keep_24_hour_days(tz: str) -> None:
    cal = always(tz)
    assert cal.between(at("2025-03-30 00:00", tz), at("2025-03-31 00:00", tz)) == 24 * H


def test_office_hours_keep_their_wall_clock_across_dst() -> None:
    """R-SLA-1: 09:00 stays 09:00 local on both sides of each change."""
    tz = "Europe/London"
    cal = build_calendar(name="o", timezone=tz, weekly={d: ["09:00-17:00"] for d in ALL[:5]})
    assert cal.add(at("2025-03-28 16:00", tz), 2 * H) == at("2025-03-31 10:00", tz)
    assert cal.add(at("2025-10-24 16:00", tz), 2 * H) == at("2025-10-27 10:00", tz)
    assert cal.periods(date(2025, 3, 31))[0][0].utcoffset() == H
    assert cal.periods(date(2025, 10, 27))[0][0].utcoffset() == timedelta(0)


def test_a_period_starting_in_the_spring_gap_moves_forward_by_the_gap() -> None:
    """R-SLA-1: 01:30 does not exist on 30 March 2025 in London; it reads as 02:30."""
    tz = "Europe/London"
    cal = build_calendar(name="g", timezone=tz, weekly={d: ["01:30-04:00"] for d in ALL})
    (start, end), = cal.periods(date(2025, 3, 30))
    assert (start.hour, start.minute, start.utcoffset()) == (2, 30, H)
    assert end - start == timedelta(minutes=90)
    assert cal.between(at("2025-03-30 00:00", tz), at("2025-03-31 00:00", tz)) == \
        timedelta(minutes=90)


def test_a_wall_time_in_the_autumn_fold_is_its_first_occurrence() -> None:
    """R-SLA-1: 02:30 happens twice on 26 Oct 2025 in Budapest; a period ending then ends
    at the first (summer-time) 02:30, so 00:00-02:30 is 2.5 real hours."""
    tz = "Europe/Budapest"
    cal = build_calendar(name="f", timezone=tz, weekly={d: ["00:00-02:30"] for d in ALL})
    (start, end), = cal.periods(date(2025, 10, 26))
    assert end - start == timedelta(hours=2, minutes=30)
    first = datetime(2025, 10, 26, 2, 15, tzinfo=ZoneInfo(tz), fold=0)
    second = datetime(2025, 10, 26, 2, 15, tzinfo=ZoneInfo(tz), fold=1)
    assert cal.is_open(first) and not cal.is_open(second)


@pytest.mark.parametrize(
    "day, hours",
    [
        (date(2025, 3, 29), 7),    # Sat night into the spring-forward Sunday: 7 real hours
        (date(2025, 10, 25), 9),   # Sat night into the fall-back Sunday: 9 real hours
        (date(2025, 3, 22), 8),
    ],
)
def test_an_overnight_shift_across_dst(day: date, hours: int) -> None:
    """R-SLA-1: 22:00-06:00 across a DST change is 7 or 9 real hours."""
    tz = "Europe/London"
    cal = build_calendar(name="night", timezone=tz, weekly={d: ["22:00-06:00"] for d in ALL})
    start = datetime.combine(day, datetime.min.time(), ZoneInfo(tz)).replace(hour=22)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(),
                           ZoneInfo(tz)).replace(hour=6)
    assert cal.between(start, end) == hours * H
    assert cal.add(start, hours * H) == end


def test_an_overnight_shift_runs_past_midnight_into_a_holiday() -> None:
    """R-SLA-1: the shift belongs to the day it starts (Tue 31 Dec into New Year's Day)."""
    tz = "Europe/Budapest"
    cal = build_calendar(name="night", timezone=tz, country="HU",
                         weekly={d: ["22:00-06:00"] for d in ALL[:5]})
    assert cal.is_open(at("2025-01-01 03:00", tz))       # Tuesday's shift
    assert not cal.is_open(at("2025-01-01 23:00", tz))   # New Year's Day's own shift: none
    assert cal.add(at("2024-12-31 23:00", tz), 7 * H) == at("2025-01-01 06:00", tz)
    assert cal.add(at("2024-12-31 23:00", tz), 8 * H) == at("2025-01-02 23:00", tz)
    assert cal.next_opening(at("2025-01-01 06:00", tz)) == at("2025-01-02 22:00", tz)
    # Friday's shift ends Saturday 06:00, the last working day's close.
    assert cal.add_working_days(at("2025-03-07 23:00", tz), 0) == at("2025-03-08 06:00", tz)


def test_split_shifts_with_a_lunch_break() -> None:
    tz = "Europe/Tallinn"
    cal = build_calendar(name="split", timezone=tz,
                         weekly={d: ["07:00-11:00", "12:00-13:00", "15:00-19:00"]
                                 for d in ALL[:5]})
    assert cal.add(at("2025-03-03 10:30", tz), H) == at("2025-03-03 12:30", tz)
    assert cal.add(at("2025-03-03 10:30", tz), 2 * H) == at("2025-03-03 15:30", tz)
    assert cal.between(at("2025-03-03 00:00", tz), at("2025-03-04 00:00", tz)) == 9 * H


@pytest.mark.parametrize(
    "start, hours, expected",
    [
        ("2025-03-03 09:00", 8, "2025-03-03 17:00"),   # lands on closing: stays there
        ("2025-03-03 16:00", 1, "2025-03-03 17:00"),
        ("2025-03-07 09:00", 8, "2025-03-07 17:00"),   # Friday close, not Monday 09:00
        ("2025-03-03 17:00", 1, "2025-03-04 10:00"),   # starting at closing: tomorrow
        ("2025-03-03 17:00", 0, "2025-03-04 09:00"),   # zero at a closed instant: next opening
        ("2025-03-03 12:00", 0, "2025-03-03 12:00"),   # zero while open: unchanged
    ],
)
def test_the_closing_time_rule(start: str, hours: int, expected: str) -> None:
    """R-SLA-1: a deadline exactly reachable at closing stays at closing."""
    tz = "Europe/London"
    cal = build_calendar(name="o", timezone=tz, weekly={d: ["09:00-17:00"] for d in ALL[:5]})
    assert cal.add(at(start, tz), hours * H) == at(expected, tz)


def test_results_are_in_the_calendar_zone_and_exact_to_the_microsecond() -> None:
    cal = always("Europe/Tallinn")
    start = datetime(2025, 3, 3, 8, 0, 0, 250_000, tzinfo=UTC)
    due = cal.add(start, timedelta(seconds=1, microseconds=500))
    assert due == start + timedelta(seconds=1, microseconds=500)
    assert str(due.tzinfo) == "Europe/Tallinn"
    assert cal.between(start, due) == timedelta(seconds=1, microseconds=500)
