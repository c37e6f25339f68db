"""Public holidays and swapped working days from the holidays package, per country (R-SLA-1).

Every date below was checked against the package (0.109) and the official notices it cites.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.sla import BusinessCalendar, build_calendar

H = timedelta(hours=1)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")


def weekdays(tz: str, country: str, hours: tuple[str, ...] = ("09:00-17:00",),
             **kw: object) -> BusinessCalendar:
    return build_calendar(name=country.lower(), timezone=tz, country=country,
                          weekly={d: list(hours) for d in WEEKDAYS}, **kw)  # type: ignore[arg-type]


def at(text: str, tz: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))


HU = "Europe/Budapest"
HUNGARY = build_calendar(
    name="hu", timezone=HU, country="HU",
    weekly={"mon": ["08:00-16:00"], "tue": ["08:00-16:00"], "wed": ["08:00-16:00"],
            "thu": ["08:00-16:00"], "fri": ["08:00-14:00"]})


@pytest.mark.parametrize(
    "day, open_hours",
    [
        (date(2024, 8, 3), ["08:00-16:00"]),    # working Saturday, swapped with Mon 19 Aug
        (date(2024, 8, 19), []),                # the bridge Monday
        (date(2024, 8, 20), []),                # State Foundation Day
        (date(2024, 12, 7), ["08:00-16:00"]),   # working Saturday for Tue 24 Dec
        (date(2024, 12, 14), ["08:00-14:00"]),  # working Saturday for Fri 27 Dec: Friday hours
        (date(2024, 12, 24), []),
        (date(2024, 12, 27), []),
        (date(2025, 5, 2), []),                 # bridge Friday after 1 May
        (date(2025, 5, 17), ["08:00-14:00"]),   # ...worked on Saturday 17 May
        (date(2025, 10, 24), []),
        (date(2025, 10, 18), ["08:00-14:00"]),
        (date(2025, 12, 13), ["08:00-16:00"]),  # for Wed 24 Dec 2025
        (date(2025, 3, 14), ["08:00-14:00"]),   # an ordinary Friday
        (date(2025, 3, 15), []),                # National Day on a Saturday
    ],
)
def test_hungarian_bridge_days_and_working_saturdays(day: date, open_hours: list[str]) -> None:
    """R-SLA-1: Hungary swaps bridge days for working Saturdays (2024 and 2025 decrees)."""
    shown = [f"{a:%H:%M}-{b:%H:%M}" for a, b in HUNGARY.periods(day)]
    assert shown == open_hours


def test_a_hungarian_deadline_jumps_the_christmas_bridge() -> None:
    """R-MAIL-1: 8 business hours from Monday 23 Dec 2024 15:00 in Budapest."""
    # Mon 23rd 1h, Tue 24 bridge, 25-26 Christmas, Fri 27 bridge, Sat-Sun, Mon 30th 7h.
    assert HUNGARY.add(at("2024-12-23 15:00", HU), 8 * H) == at("2024-12-30 15:00", HU)
    # Saturday 14 Dec is a working day (Friday hours): 6 business hours open.
    assert HUNGARY.between(at("2024-12-14 00:00", HU), at("2024-12-15 00:00", HU)) == 6 * H


def test_without_country_workdays_only_real_holidays_close() -> None:
    """R-SLA-1: observe_country_workdays=False ignores swaps (bridge days stay open)."""
    cal = weekdays(HU, "HU", observe_country_workdays=False)
    assert cal.is_working_day(date(2024, 12, 24))
    assert not cal.is_working_day(date(2024, 12, 14))
    assert not cal.is_working_day(date(2024, 12, 25))


CN = "Asia/Shanghai"


def test_china_spring_festival_2025_with_its_make_up_sunday_and_saturday() -> None:
    """R-SLA-1: 28 Jan-4 Feb 2025 off; Sunday 26 Jan and Saturday 8 Feb worked."""
    cal = weekdays(CN, "CN", ("09:00-12:00", "13:00-18:00"))
    assert cal.is_working_day(date(2025, 1, 26))          # make-up Sunday (for Mon 3 Feb)
    assert cal.is_working_day(date(2025, 2, 8))           # make-up Saturday (for Tue 4 Feb)
    for closed in (28, 29, 30, 31):
        assert not cal.is_working_day(date(2025, 1, closed))
    assert not cal.is_working_day(date(2025, 2, 3))
    assert not cal.is_working_day(date(2025, 2, 4))
    # Friday 24 Jan 17:00 + 3 business hours: 1h Friday, then Sunday 26th 09:00-11:00.
    assert cal.add(at("2025-01-24 17:00", CN), 3 * H) == at("2025-01-26 11:00", CN)
    # Monday 27 Jan 17:00 + 2h: 1h on the 27th, then Wednesday 5 Feb 09:00-10:00.
    assert cal.add(at("2025-01-27 17:00", CN), 2 * H) == at("2025-02-05 10:00", CN)


def test_china_group_half_days_do_not_shorten_business_hours() -> None:
    """R-SLA-1: the package's CN half days (Women's Day...) are for some groups only."""
    cal = weekdays(CN, "CN")
    assert cal.periods(date(2024, 3, 8))[0][1].hour == 17


def test_taiwan_lunar_new_year_2025_and_its_make_up_saturday() -> None:
    """R-SLA-1: Taiwan: Mon 27 Jan 2025 off, worked on Saturday 8 Feb."""
    tz = "Asia/Taipei"
    cal = weekdays(tz, "TW", ("09:00-18:00",))
    assert not cal.is_working_day(date(2025, 1, 27))
    assert not cal.is_working_day(date(2025, 1, 31))
    assert cal.is_working_day(date(2025, 2, 8))
    assert cal.is_working_day(date(2025, 3, 12))  # Arbor Day: a commemorative working day
    assert cal.add(at("2025-01-24 17:00", tz), 2 * H) == at("2025-02-03 10:00", tz)


def test_estonia_closes_three_hours_early_before_a_holiday() -> None:
    """R-SLA-1: Estonia's pre-holiday days (Employment Contracts Act) are shorter."""
    tz = "Europe/Tallinn"
    cal = weekdays(tz, "EE")
    (_open, close), = cal.periods(date(2025, 12, 23))
    assert (close.hour, close.minute) == (14, 0)
    assert [p[1].hour for p in cal.periods(date(2024, 2, 23))] == [14]  # before 24 Feb
    assert cal.add(at("2025-12-23 13:00", tz), 2 * H) == at("2025-12-29 10:00", tz)
    full = weekdays(tz, "EE", observe_country_workdays=False)
    assert full.periods(date(2025, 12, 23))[0][1].hour == 17
    custom = weekdays(tz, "EE", half_day_shortening_hours=0)
    assert custom.periods(date(2025, 12, 23))[0][1].hour == 17


@pytest.mark.parametrize(
    "day, working",
    [
        (date(2024, 5, 3), False),   # Orthodox Good Friday 2024
        (date(2024, 5, 6), False),   # Orthodox Easter Monday
        (date(2024, 3, 29), True),   # Western Good Friday: an ordinary working day
        (date(2024, 4, 1), True),    # Western Easter Monday
        (date(2024, 6, 24), False),  # Orthodox Whit Monday
        (date(2025, 4, 18), False),  # 2025: both Easters fall on the same day
        (date(2024, 1, 24), False),  # Union Day
    ],
)
def test_romania_keeps_orthodox_easter(day: date, working: bool) -> None:
    """R-SLA-1: Romania's Easter and Pentecost follow the Orthodox calendar."""
    assert weekdays("Europe/Bucharest", "RO").is_working_day(day) is working


def test_united_kingdom_holidays_differ_by_nation() -> None:
    """R-SLA-1: bank holidays per subdivision (England vs Scotland)."""
    england = weekdays("Europe/London", "GB", subdivision="ENG")
    scotland = weekdays("Europe/London", "GB", subdivision="SCT")
    assert not england.is_working_day(date(2025, 4, 21))  # Easter Monday
    assert scotland.is_working_day(date(2025, 4, 21))
    assert england.is_working_day(date(2025, 1, 2))
    assert not scotland.is_working_day(date(2025, 1, 2))
    assert not scotland.is_working_day(date(2025, 12, 1))  # St Andrew's Day (observed)
    assert england.holiday_name(date(2025, 12, 26)) == "Boxing Day"


def test_organisation_closures_and_special_hours_override_the_country() -> None:
    """R-SLA-1: special hours win over holidays (a staffed bank holiday); closures close."""
    cal = weekdays("Europe/London", "GB", subdivision="ENG",
                   closures={date(2025, 6, 4): "Staff training"},
                   special_hours={date(2025, 12, 26): ["10:00-14:00"], date(2025, 6, 5): []})
    assert not cal.is_working_day(date(2025, 6, 4))
    assert cal.holiday_name(date(2025, 6, 4)) == "Staff training"
    assert not cal.is_working_day(date(2025, 6, 5))
    assert [(a.hour, b.hour) for a, b in cal.periods(date(2025, 12, 26))] == [(10, 14)]
