"""Properties of business time that hold for every calendar and input (R-SLA-1, R-SLA-2).

Calendars cover holidays, swapped working days, half days, closures, special hours,
overnight shifts across DST and 24/7; instants carry microseconds and any offset.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.sla import build_calendar

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
US = timedelta(microseconds=1)
CALENDARS = [
    build_calendar(name="hu", timezone="Europe/Budapest", country="HU",
                   weekly={d: ["08:00-12:00", "13:00-17:00"] for d in WEEKDAYS},
                   closures={date(2025, 3, 5): "Stocktaking"},
                   special_hours={date(2025, 3, 8): ["10:00-12:00"], date(2025, 3, 6): []}),
    build_calendar(name="night", timezone="Europe/London", country="GB", subdivision="ENG",
                   weekly={d: ["22:00-06:00"] for d in WEEKDAYS}),
    build_calendar(name="cn", timezone="Asia/Shanghai", country="CN",
                   weekly={d: ["09:00-12:00", "13:30-18:00"] for d in WEEKDAYS}),
    build_calendar(name="ee", timezone="Europe/Tallinn", country="EE",
                   weekly={d: ["09:00-17:00"] for d in WEEKDAYS}),
    build_calendar(name="bars", timezone="Europe/Bucharest", country="RO",
                   weekly={"fri": ["18:00-02:00"], "sat": ["12:00-14:00", "18:00-03:30"]}),
    build_calendar(name="always", timezone="Europe/Tallinn",
                   weekly={d: ["00:00-24:00"] for d in (*WEEKDAYS, "sat", "sun")}),
]

offsets = st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)),
                           timezone(timedelta(hours=-8))])
instants = st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2027, 12, 31),
                        timezones=offsets)
durations = st.integers(min_value=0, max_value=400 * 3600 * 10**6).map(
    lambda us: timedelta(microseconds=us))
calendars = st.sampled_from(CALENDARS)
EXAMPLES = settings(max_examples=250, deadline=None)


@EXAMPLES
@given(calendars, instants, durations)
def test_adding_then_measuring_gives_the_duration_back(cal, start, duration) -> None:  # type: ignore[no-untyped-def]
    """R-SLA-1: between(start, add(start, d)) == d, exactly."""
    assert cal.between(start, cal.add(start, duration)) == duration


@EXAMPLES
@given(calendars, instants, durations)
def test_subtracting_then_measuring_gives_the_duration_back(cal, end, duration) -> None:  # type: ignore[no-untyped-def]
    """R-SLA-2: warnings come a business lead before the deadline."""
    assert cal.between(cal.subtract(end, duration), end) == duration


@EXAMPLES
@given(calendars, instants, durations.filter(lambda d: d > timedelta(0)))
def test_a_deadline_never_falls_in_closed_time(cal, start, duration) -> None:  # type: ignore[no-untyped-def]
    """R-SLA-1: a due instant is open, or exactly a closing time (the rule we chose)."""
    due = cal.add(start, duration)
    assert due > start
    assert cal.is_open(due) or cal.is_open(due - US)


@EXAMPLES
@given(calendars, instants)
def test_zero_at_a_closed_instant_is_the_next_opening(cal, start) -> None:  # type: ignore[no-untyped-def]
    """R-SLA-1: add(start, 0) is start when open, else the next opening, which is open."""
    due = cal.add(start, timedelta(0))
    assert due == cal.next_opening(start)
    assert cal.is_open(due)
    assert (due == start) is cal.is_open(start)
    assert cal.between(start, due) == timedelta(0)


@EXAMPLES
@given(calendars, instants, durations, durations)
def test_adding_is_monotonic_in_the_duration(cal, start, d1, d2) -> None:  # type: ignore[no-untyped-def]
    low, high = sorted((d1, d2))
    assert cal.add(start, low) <= cal.add(start, high)


@EXAMPLES
@given(calendars, instants, instants, durations)
def test_adding_is_monotonic_in_the_start(cal, a, b, duration) -> None:  # type: ignore[no-untyped-def]
    early, late = sorted((a, b))
    assert cal.add(early, duration) <= cal.add(late, duration)


@EXAMPLES
@given(calendars, instants, instants, instants)
def test_between_is_additive_and_antisymmetric(cal, a, b, c) -> None:  # type: ignore[no-untyped-def]
    x, y, z = sorted((a, b, c))
    assert cal.between(x, z) == cal.between(x, y) + cal.between(y, z)
    assert cal.between(z, x) == -cal.between(x, z)


@settings(max_examples=150, deadline=None)
@given(calendars, instants, instants, st.integers(min_value=0, max_value=40))
def test_working_days_are_consistent(cal, a, b, days) -> None:  # type: ignore[no-untyped-def]
    """R-CMP-3: N working days end at a closing time, later for more days or a later start."""
    due = cal.add_working_days(a, days)
    assert due > a
    assert cal.is_open(due - US)
    assert cal.is_working_day(cal.local_date(due - US)) or \
        cal.is_working_day(cal.local_date(due - US) - timedelta(days=1))
    assert cal.add_working_days(a, days + 1) > due
    early, late = sorted((a, b))
    assert cal.add_working_days(early, days) <= cal.add_working_days(late, days)
