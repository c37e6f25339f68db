"""Business time on real calendars: hours, breaks, shifts, holidays, DST (R-SLA-1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.sla import build_calendar
from tactful.sla.business_time import subtract

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
BUDAPEST = ZoneInfo("Europe/Budapest")


def office(tz: str = "Europe/Budapest", country: str | None = "HU",
           hours: tuple[str, ...] = ("08:00-12:00", "13:00-17:00"), **kw: object) -> object:
    return build_calendar(name="office", timezone=tz, weekly={d: list(hours) for d in WEEKDAYS},
                          country=country, **kw)  # type: ignore[arg-type]


def at(text: str, tz: str = "Europe/Budapest") -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))


H = timedelta(hours=1)


@pytest.mark.parametrize(
    "start, hours, expected",
    [
        ("2025-03-03 09:00", 2, "2025-03-03 11:00"),   # inside the morning
        ("2025-03-03 11:00", 2, "2025-03-03 14:00"),   # across the lunch break
        ("2025-03-03 16:00", 1, "2025-03-03 17:00"),   # exactly at closing: stays there
        ("2025-03-03 16:00", 2, "2025-03-04 09:00"),   # into the next morning
        ("2025-03-07 16:30", 1, "2025-03-10 08:30"),   # over the weekend
        ("2025-03-08 10:00", 1, "2025-03-10 09:00"),   # starting on a Saturday
        ("2025-03-14 16:00", 2, "2025-03-17 09:00"),   # 15 March is a public holiday (Sat)
        ("2024-12-23 16:00", 2, "2024-12-30 09:00"),   # bridge days 24 and 27 December
        ("2024-08-02 16:00", 2, "2024-08-03 09:00"),   # working Saturday, 3 August 2024
        ("2024-08-16 16:00", 2, "2024-08-21 09:00"),   # bridge Monday 19 August, 20 August
    ],
)
def test_adding_business_hours_in_hungary(start: str, hours: int, expected: str) -> None:
    """R-SLA-1: targets count opening hours, working days and Hungary's holidays."""
    cal = office()
    assert cal.add(at(start), hours * H) == at(expected)  # type: ignore[attr-defined]


def test_between_counts_only_open_time_and_is_antisymmetric() -> None:
    """R-SLA-1: the business time between two instants."""
    cal = office()
    a, b = at("2024-12-20 00:00"), at("2025-01-03 00:00")
    # Fri 8h, Mon 23rd 8h, 24-27 closed, Mon 30th 8h, Tue 31st 8h, 1 Jan closed, Thu 8h.
    assert cal.between(a, b) == 40 * H  # type: ignore[attr-defined]
    assert cal.between(b, a) == -40 * H  # type: ignore[attr-defined]
    assert cal.between(a, a) == timedelta(0)  # type: ignore[attr-defined]


def test_china_make_up_working_days_are_open() -> None:
    """R-SLA-1: China's Spring Festival 2025 with its make-up Sunday and Saturday."""
    cal = build_calendar(name="cn", timezone="Asia/Shanghai", country="CN",
                         weekly={d: ["09:00-18:00"] for d in WEEKDAYS})
    assert cal.is_working_day(date(2025, 1, 26))      # Sunday, make-up day
    assert cal.is_working_day(date(2025, 2, 8))       # Saturday, make-up day
    assert not cal.is_working_day(date(2025, 1, 29))  # Spring Festival
    assert not cal.is_working_day(date(2025, 2, 4))   # festival week
    start = at("2025-01-27 17:00", "Asia/Shanghai")
    assert cal.add(start, 2 * H) == at("2025-02-05 10:00", "Asia/Shanghai")


def test_taiwan_and_romania_orthodox_easter() -> None:
    """R-SLA-1: Orthodox Easter in Romania differs from the Western date."""
    ro = build_calendar(name="ro", timezone="Europe/Bucharest", country="RO",
                        weekly={d: ["09:00-17:00"] for d in WEEKDAYS})
    assert not ro.is_working_day(date(2024, 5, 3))   # Orthodox Good Friday 2024
    assert ro.is_working_day(date(2024, 3, 29))      # Western Good Friday: a working day
    assert not ro.is_working_day(date(2024, 5, 6))   # Orthodox Easter Monday
    tw = build_calendar(name="tw", timezone="Asia/Taipei", country="TW",
                        weekly={d: ["09:00-18:00"] for d in WEEKDAYS})
    assert not tw.is_working_day(date(2025, 1, 29))  # Lunar New Year


def test_estonia_shortens_the_day_before_a_holiday_by_three_hours() -> None:
    """R-SLA-1: Estonia's pre-holiday days close three hours early."""
    cal = build_calendar(name="ee", timezone="Europe/Tallinn", country="EE",
                         weekly={d: ["09:00-17:00"] for d in WEEKDAYS})
    day = date(2025, 12, 23)
    (open_at, close_at), = cal.periods(day)
    tz = ZoneInfo("Europe/Tallinn")
    assert (open_at.astimezone(tz).hour, close_at.astimezone(tz).hour) == (9, 14)
    assert not cal.is_working_day(date(2025, 2, 23))  # a Sunday stays closed
    assert not cal.is_working_day(date(2025, 12, 24))


@pytest.mark.parametrize(
    "tz, start, hours, expected",
    [
        # Spring forward: 2025-03-30 02:00 -> 03:00 in Budapest. A 24/7 calendar: the
        # night has 23 hours, so 3 business hours from 01:00 end at 05:00 local.
        ("Europe/Budapest", "2025-03-30 01:00", 3, "2025-03-30 05:00"),
        # Fall back: 2025-10-26 03:00 -> 02:00. The night has 25 hours.
        ("Europe/Budapest", "2025-10-26 01:00", 3, "2025-10-26 03:00"),
        ("Europe/London", "2025-03-30 00:30", 1, "2025-03-30 02:30"),
    ],
)
def test_dst_changes_are_exact_on_a_24_7_calendar(tz: str, start: str, hours: int,
                                                  expected: str) -> None:
    """R-SLA-1: business time is real elapsed time across DST changes."""
    cal = build_calendar(name="always", timezone=tz,
                         weekly={d: ["00:00-24:00"] for d in (*WEEKDAYS, "sat", "sun")})
    begin = at(start, tz)
    result = cal.add(begin, hours * H)
    assert result == at(expected, tz) or result.astimezone(UTC) == (
        begin.astimezone(UTC) + hours * H)
    assert result.astimezone(UTC) - begin.astimezone(UTC) == hours * H
    # Both zones spring forward on 30 March 2025: that day has 23 hours.
    assert cal.between(at("2025-03-30 00:00", tz), at("2025-03-31 00:00", tz)) == 23 * H


def test_office_hours_keep_their_wall_clock_across_dst() -> None:
    cal = office(country=None)
    before = cal.periods(date(2025, 3, 28))[0][0].astimezone(BUDAPEST)
    after = cal.periods(date(2025, 3, 31))[0][0].astimezone(BUDAPEST)
    assert (before.hour, after.hour) == (8, 8)
    assert cal.add(at("2025-03-28 16:00"), 2 * H) == at("2025-03-31 09:00")


def test_an_overnight_shift_belongs_to_the_day_it_starts() -> None:
    """R-SLA-1: night shifts run past midnight, also across a holiday and DST."""
    cal = build_calendar(name="night", timezone="Europe/Budapest", country="HU",
                         weekly={"mon": ["22:00-06:00"], "tue": ["22:00-06:00"]})
    assert cal.add(at("2025-03-03 23:00"), 3 * H) == at("2025-03-04 02:00")
    assert cal.add(at("2025-03-04 05:00"), 2 * H) == at("2025-03-04 23:00")
    assert cal.is_open(at("2025-03-05 05:59"))
    assert not cal.is_open(at("2025-03-05 06:00"))
    # Tuesday 14 Jan 2025 shift runs into Wednesday; the hours after midnight are open.
    assert cal.between(at("2025-01-14 22:00"), at("2025-01-15 06:00")) == 8 * H


def test_split_shifts_closures_and_special_hours() -> None:
    """R-SLA-1: the organisation's own closures and half days."""
    cal = build_calendar(
        name="shop", timezone="Europe/London", country="GB", subdivision="ENG",
        weekly={d: ["07:00-11:00", "15:00-19:00"] for d in WEEKDAYS},
        closures={date(2025, 6, 4): "Staff training"},
        special_hours={date(2025, 6, 5): ["09:00-12:00"], date(2025, 6, 7): ["10:00-12:00"]},
    )
    london = "Europe/London"
    assert cal.add(at("2025-06-03 18:00", london), 2 * H) == at("2025-06-05 10:00", london)
    assert cal.between(at("2025-06-07 00:00", london), at("2025-06-08 00:00", london)) == 2 * H
    assert cal.holiday_name(date(2025, 6, 4)) == "Staff training"
    assert cal.holiday_name(date(2025, 12, 25)) == "Christmas Day"


def test_working_days_end_at_the_close_of_the_nth_working_day() -> None:
    """R-CMP-3: acknowledging a complaint within N working days."""
    cal = office()
    # Thursday 15 August; the 19th is a bridge day and the 20th a holiday.
    assert cal.add_working_days(at("2024-08-15 10:00"), 3) == at("2024-08-22 17:00")
    assert cal.add_working_days(at("2024-08-15 10:00"), 0) == at("2024-08-15 17:00")
    assert cal.add_working_days(at("2024-08-15 18:00"), 0) == at("2024-08-16 17:00")
    # Saturday: day 0 is Monday the 10th, one working day later is Tuesday.
    assert cal.add_working_days(at("2025-03-08 10:00"), 1) == at("2025-03-11 17:00")


def test_next_opening_and_subtract() -> None:
    cal = office()
    assert cal.next_opening(at("2025-03-03 12:30")) == at("2025-03-03 13:00")
    assert cal.next_opening(at("2025-03-03 09:00")) == at("2025-03-03 09:00")
    assert cal.next_opening(at("2025-03-07 17:00")) == at("2025-03-10 08:00")
    assert subtract(cal, at("2025-03-03 14:00"), 2 * H) == at("2025-03-03 11:00")
    assert subtract(cal, at("2025-03-10 09:00"), 2 * H) == at("2025-03-07 16:00")
