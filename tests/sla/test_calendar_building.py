"""Building calendars: clear refusals, immutability, and hostile inputs (R-SLA-1)."""

from __future__ import annotations

import dataclasses
import time
from datetime import UTC, date, datetime, timedelta

import pytest

from tactful.sla import BusinessCalendar, CalendarError, build_calendar

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
H = timedelta(hours=1)


def office(**kw: object) -> BusinessCalendar:
    args: dict[str, object] = {"name": "office", "timezone": "Europe/London",
                               "country": "GB", "subdivision": "ENG",
                               "weekly": {d: ["09:00-17:00"] for d in WEEKDAYS}}
    args.update(kw)
    return build_calendar(**args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs, needle",
    [
        ({"timezone": "Mars/Olympus"}, "time zone 'Mars/Olympus' is unknown"),
        ({"timezone": "../../etc/passwd"}, "is unknown"),
        ({"timezone": ""}, "timezone is missing"),
        ({"weekly": {"mon": ["25:00-26:00"]}}, "not a time of day"),
        ({"weekly": {"mon": ["08:00-24:30"]}}, "not a time of day"),
        ({"weekly": {"mon": ["08:60-12:00"]}}, "not a time of day"),
        ({"weekly": {"mon": ["8-12"]}}, "not a period"),
        ({"weekly": {"mon": [None]}}, "not a period"),
        ({"weekly": {"mon": ["08:00-12:00", "11:00-13:00"]}}, "overlap"),
        ({"weekly": {"mon": ["22:00-06:00"], "tue": ["05:00-07:00"]}}, "runs into tue"),
        ({"weekly": {"sun": ["20:00-08:00"], "mon": ["07:00-09:00"]}}, "runs into mon"),
        ({"weekly": {"mon": ["08:00-08:00"]}}, "is empty"),
        ({"weekly": {"funday": ["08:00-12:00"]}}, "not weekdays"),
        ({"weekly": {}}, "never open"),
        ({"weekly": {"mon": []}, "special_hours": {date(2025, 1, 1): []}}, "never open"),
        ({"weekly": ["mon"]}, "weekly must map"),
        ({"weekly": {"mon": "08:00-12:00"}}, "give a list"),
        ({"country": "XX"}, "country 'XX' is unknown"),
        ({"country": "hu", "subdivision": None}, "did you mean 'HU'"),
        ({"country": "GB", "subdivision": "XYZ"}, "no subdivision 'XYZ'"),
        ({"country": None, "subdivision": "ENG"}, "needs a country"),
        ({"closures": {"2025-12-24": "Eve"}}, "closures key '2025-12-24' is not a date"),
        ({"closures": {datetime(2025, 12, 24): "Eve"}}, "is not a date"),
        ({"special_hours": {date(2025, 12, 24): ["09:00-25:00"]}}, "not a time of day"),
        ({"half_day_shortening_hours": 30}, "out of range"),
    ],
)
def test_bad_calendars_are_refused_with_the_fix(kwargs: dict[str, object], needle: str) -> None:
    """R-SLA-1: each mistake names the calendar and field, and says how to fix it."""
    with pytest.raises(CalendarError, match=needle) as caught:
        office(**kwargs)
    message = str(caught.value)
    assert message.startswith("calendar 'office'")
    assert "\n" not in message
    assert isinstance(caught.value, ValueError)


def test_a_calendar_is_immutable_and_equal_by_value() -> None:
    a, b = office(), office()
    assert a == b and hash(a) == hash(b)
    assert a != office(name="other")
    assert len({a, b}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "x"  # type: ignore[misc]


def test_periods_of_a_date_are_aware_local_instants() -> None:
    cal = office()
    (start, end), = cal.periods(date(2025, 7, 1))
    assert (start.isoformat(), end.isoformat()) == ("2025-07-01T09:00:00+01:00",
                                                    "2025-07-01T17:00:00+01:00")
    assert cal.periods(date(2025, 7, 5)) == []          # Saturday
    assert cal.periods(date(2025, 12, 25)) == []        # Christmas


@pytest.mark.parametrize("method", ["add", "between", "next_opening", "is_open",
                                    "add_working_days"])
def test_naive_datetimes_are_a_type_error(method: str) -> None:
    """R-SLA-1: instants must carry a time zone."""
    cal = office()
    naive = datetime(2025, 3, 3, 9)
    aware = naive.replace(tzinfo=UTC)
    calls = {"add": lambda: cal.add(naive, H), "between": lambda: cal.between(aware, naive),
             "next_opening": lambda: cal.next_opening(naive),
             "is_open": lambda: cal.is_open(naive),
             "add_working_days": lambda: cal.add_working_days(naive, 1)}
    with pytest.raises(TypeError, match="aware"):
        calls[method]()


def test_wrong_types_and_negative_amounts_are_refused() -> None:
    cal = office()
    start = datetime(2025, 3, 3, 9, tzinfo=UTC)
    with pytest.raises(ValueError, match="negative"):
        cal.add(start, -H)
    with pytest.raises(ValueError, match="negative"):
        cal.add_working_days(start, -1)
    with pytest.raises(TypeError):
        cal.add(start, 3600)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cal.add_working_days(start, 1.5)  # type: ignore[arg-type]


def test_huge_durations_are_fast_or_refused() -> None:
    """R-SLA-1: ten years of business time does not loop per minute (nor per day)."""
    cal = office()
    start = datetime(2025, 3, 3, 9, tzinfo=UTC)
    began = time.perf_counter()
    ten_years = cal.add(start, timedelta(hours=8 * 253 * 10))
    assert cal.between(start, ten_years) == timedelta(hours=8 * 253 * 10)
    assert cal.add_working_days(start, 2530).year == ten_years.year
    assert time.perf_counter() - began < 2.0
    with pytest.raises(ValueError, match="hundred years"):
        cal.add(start, timedelta(days=10**6))
    with pytest.raises(ValueError, match="hundred years"):
        cal.between(datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="hundred years"):
        cal.add_working_days(start, 10**9)
    with pytest.raises(ValueError, match="9999"):
        cal.add(datetime(9999, 12, 31, 18, tzinfo=UTC), H)  # after Friday's close


def test_a_long_closure_is_crossed() -> None:
    """R-SLA-1: a closed month (renovation) is skipped, not stepped through per minute."""
    closed = {date(2025, 8, 1) + timedelta(days=n): "Renovation" for n in range(31)}
    cal = office(closures=closed)
    start = datetime(2025, 7, 31, 16, tzinfo=UTC)  # 17:00 London: closing
    assert cal.add(start, H).isoformat() == "2025-09-01T10:00:00+01:00"
    assert cal.next_opening(start).isoformat() == "2025-09-01T09:00:00+01:00"
