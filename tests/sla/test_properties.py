"""Properties of business time that must hold for every calendar and input (R-SLA-1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.sla import build_calendar

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
CALENDARS = [
    build_calendar(name="hu", timezone="Europe/Budapest", country="HU",
                   weekly={d: ["08:00-12:00", "13:00-17:00"] for d in WEEKDAYS}),
    build_calendar(name="night", timezone="Europe/London", country="GB",
                   weekly={d: ["22:00-06:00"] for d in WEEKDAYS}),
    build_calendar(name="cn", timezone="Asia/Shanghai", country="CN",
                   weekly={d: ["09:00-18:00"] for d in WEEKDAYS}),
    build_calendar(name="always", timezone="Europe/Tallinn",
                   weekly={d: ["00:00-24:00"] for d in (*WEEKDAYS, "sat", "sun")}),
]

instants = st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2027, 12, 31),
                        timezones=st.just(UTC))
durations = st.integers(min_value=0, max_value=400 * 3600).map(lambda s: timedelta(seconds=s))
calendars = st.sampled_from(CALENDARS)


@settings(max_examples=300, deadline=None)
@given(calendars, instants, durations)
def test_adding_then_measuring_gives_the_duration_back(cal, start, duration) -> None:  # type: ignore[no-untyped-def]
    """R-SLA-1: between(start, add(start, d)) == d, to the second."""
    assert cal.between(start, cal.add(start, duration)) == duration


@settings(max_examples=300, deadline=None)
@given(calendars, instants, durations.filter(lambda d: d > timedelta(0)))
def test_a_deadline_never_falls_in_closed_time(cal, start, duration) -> None:  # type: ignore[no-untyped-def]
    """R-SLA-1: a due instant is open, or exactly a closing time (the rule we chose)."""
    due = cal.add(start, duration)
    just_before = due - timedelta(seconds=1)
    assert cal.is_open(just_before)


@settings(max_examples=200, deadline=None)
@given(calendars, instants, durations, durations)
def test_adding_is_monotonic_in_the_duration(cal, start, d1, d2) -> None:  # type: ignore[no-untyped-def]
    low, high = sorted((d1, d2))
    assert cal.add(start, low) <= cal.add(start, high)


@settings(max_examples=200, deadline=None)
@given(calendars, instants, instants, durations)
def test_adding_is_monotonic_in_the_start(cal, a, b, duration) -> None:  # type: ignore[no-untyped-def]
    early, late = sorted((a, b))
    assert cal.add(early, duration) <= cal.add(late, duration)


@settings(max_examples=200, deadline=None)
@given(calendars, instants, instants, instants)
def test_between_is_additive(cal, a, b, c) -> None:  # type: ignore[no-untyped-def]
    x, y, z = sorted((a, b, c))
    assert cal.between(x, z) == cal.between(x, y) + cal.between(y, z)


@settings(max_examples=150, deadline=None)
@given(calendars, instants, st.integers(min_value=0, max_value=40))
def test_working_days_land_on_a_closing_time_after_the_start(cal, start, days) -> None:  # type: ignore[no-untyped-def]
    """R-CMP-3: N working days end at a closing time, later for more days."""
    due = cal.add_working_days(start, days)
    assert due >= start
    assert cal.is_open(due - timedelta(seconds=1))
    assert cal.add_working_days(start, days + 1) > due
