"""Business calendars: weekly opening hours in a time zone, holidays, closures, special days.

A calendar answers one question, :meth:`BusinessCalendar.periods`: which instants of a
local date are open. Everything else (adding business time, measuring it, working days)
is built on that in :mod:`tactful.sla.business_time`.

Rules, chosen once and tested:
- Periods are wall-clock times in the calendar's zone; a time inside a spring-forward gap
  moves forward by the gap (02:30 becomes 03:30), and a day of 24 hours on the calendar is
  23 or 25 real hours on the days the clocks change.
- An overnight shift ("22:00-06:00") belongs to the day it starts: if that day is a working
  day, the hours after midnight are open even when the next day is a holiday.
- A public holiday or an organisation's closure closes the day's own periods. A date in
  ``special_hours`` has exactly those hours (``[]`` closes it), whatever the weekday.
- Weekend days the country makes working days (Hungary's working Saturdays, China's and
  Taiwan's make-up days; from the ``holidays`` package's ``weekend_workdays``) get the
  hours of the first weekday that has any.
- Days the package lists as half days (Estonia's shortened pre-holiday days) close
  ``half_day_shortening`` earlier (3 hours for Estonia, by its Employment Contracts Act).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as holidays_package

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PERIOD = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
DAY = 24 * 3600
# Hours by which the package's half days close earlier, per country (law or custom).
HALF_DAY_SHORTENING = {"EE": 3}
# How far either side of a year the holiday tables are loaded when first needed.
_YEAR_SPAN = 1


class CalendarError(ValueError):
    """A calendar that cannot be built; the message names the field and the fix."""


Period = tuple[int, int]  # seconds after local midnight: [start, end), end may exceed a day


def parse_period(text: str, *, where: str) -> Period:
    """``"08:00-12:00"`` -> (28800, 43200); ``"22:00-06:00"`` runs past midnight."""
    match = _PERIOD.match(text) if isinstance(text, str) else None
    if not match:
        raise CalendarError(f"{where}: {text!r} is not a period; write it like '08:00-16:30'.")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2):
        raise CalendarError(f"{where}: {text!r} is not a time of day; hours run 00-24, "
                            "minutes 00-59.")
    start, end = h1 * 3600 + m1 * 60, h2 * 3600 + m2 * 60
    if end == start:
        raise CalendarError(f"{where}: {text!r} is empty; for a whole day write '00:00-24:00'.")
    if end < start:  # overnight shift
        end += DAY
    return start, end


def parse_periods(texts: Sequence[str], *, where: str) -> tuple[Period, ...]:
    if isinstance(texts, str):
        raise CalendarError(f"{where}: give a list of periods, like ['08:00-12:00'].")
    periods = sorted(parse_period(t, where=where) for t in texts)
    for (s1, e1), (s2, _e2) in itertools.pairwise(periods):
        if s2 < e1:
            raise CalendarError(f"{where}: periods overlap ({_fmt(s1, e1)} and the next); "
                                "make them follow each other.")
    return tuple(periods)


def _fmt(start: int, end: int) -> str:
    return f"{start // 3600:02d}:{start % 3600 // 60:02d}-{end % DAY // 3600:02d}:" \
           f"{end % 3600 // 60:02d}"


@dataclass(frozen=True, eq=False)
class BusinessCalendar:
    """Immutable opening hours of one team; compare by identity, hash for caches."""

    name: str
    timezone: str
    weekly: tuple[tuple[Period, ...], ...]  # index 0 = Monday
    country: str | None = None
    subdivision: str | None = None
    closures: Mapping[date, str] = field(default_factory=dict)
    special_hours: Mapping[date, tuple[Period, ...]] = field(default_factory=dict)
    observe_country_workdays: bool = True
    half_day_shortening: int = 0  # seconds
    zone: ZoneInfo = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "zone", ZoneInfo(self.timezone))
        object.__setattr__(self, "_tables", _CountryTables(self.country, self.subdivision))

    # -- what is closed and open ---------------------------------------------------------

    def holiday_name(self, day: date) -> str | None:
        """Why ``day`` is closed (a closure or a public holiday), or None."""
        if day in self.closures:
            return self.closures[day]
        return self._tables.holiday(day)  # type: ignore[attr-defined]

    @lru_cache(maxsize=4096)  # noqa: B019 - the calendar is immutable and long-lived
    def own_periods(self, day: date) -> tuple[Period, ...]:
        """The periods that start on ``day`` (seconds after its local midnight)."""
        if day in self.special_hours:
            return self.special_hours[day]
        if day in self.closures:
            return ()
        weekly = self.weekly[day.weekday()]
        tables: _CountryTables = self._tables  # type: ignore[attr-defined]
        if tables.holiday(day) is not None:
            return ()
        if tables.is_half_day(day):
            return self._shorten(weekly)
        if self.observe_country_workdays and not weekly and tables.is_weekend_workday(day):
            return self._workday_hours()
        return weekly

    def _workday_hours(self) -> tuple[Period, ...]:
        for periods in self.weekly[:5]:
            if periods:
                return periods
        return ()

    def _shorten(self, periods: tuple[Period, ...]) -> tuple[Period, ...]:
        cut = self.half_day_shortening
        if not cut or not periods:
            return periods
        close = periods[-1][1] - cut
        return tuple((s, min(e, close)) for s, e in periods if s < close)

    def is_working_day(self, day: date) -> bool:
        return bool(self.own_periods(day))

    @lru_cache(maxsize=4096)  # noqa: B019
    def periods(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """Open intervals of the local date ``day`` as aware UTC instants, in order.

        Includes the after-midnight part of an overnight shift that started the day before.
        """
        result: list[tuple[datetime, datetime]] = []
        previous = day - timedelta(days=1)
        for _start, end in self.own_periods(previous):
            if end > DAY:
                result.append((self._instant(day, 0), self._instant(day, end - DAY)))
        for start, end in self.own_periods(day):
            result.append((self._instant(day, start), self._instant(day, min(end, DAY))))
        merged: list[tuple[datetime, datetime]] = []
        for start_at, end_at in sorted(result):
            if end_at <= start_at:
                continue
            if merged and start_at <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end_at))
            else:
                merged.append((start_at, end_at))
        return tuple(merged)

    def _instant(self, day: date, seconds: int) -> datetime:
        """Local wall-clock ``day`` + ``seconds`` as a UTC instant (24:00 = next midnight)."""
        if seconds >= DAY:
            day, seconds = day + timedelta(days=seconds // DAY), seconds % DAY
        local = datetime.combine(day, time(seconds // 3600, seconds % 3600 // 60,
                                           seconds % 60), tzinfo=self.zone)
        # A wall time inside a spring-forward gap does not exist; fold=0 reads it with the
        # offset before the change, which moves it forward by the gap (02:30 -> 03:30),
        # the convention of mktime() and of most calendars.
        as_utc = local.astimezone(UTC)
        return as_utc

    # -- arithmetic, delegated so that callers need one object ---------------------------

    def local_date(self, at: datetime) -> date:
        return at.astimezone(self.zone).date()

    def add(self, start: datetime, duration: timedelta) -> datetime:
        from .business_time import add

        return add(self, start, duration)

    def between(self, start: datetime, end: datetime) -> timedelta:
        from .business_time import between

        return between(self, start, end)

    def add_working_days(self, start: datetime, days: int) -> datetime:
        from .business_time import add_working_days

        return add_working_days(self, start, days)

    def next_opening(self, at: datetime) -> datetime:
        from .business_time import next_opening

        return next_opening(self, at)

    def is_open(self, at: datetime) -> bool:
        from .business_time import is_open

        return is_open(self, at)

    def weekly_seconds(self) -> int:
        return sum(e - s for day in self.weekly for s, e in day)


def build_calendar(
    *,
    name: str,
    timezone: str,
    weekly: Mapping[str, Sequence[str]],
    country: str | None = None,
    subdivision: str | None = None,
    closures: Mapping[date, str] | None = None,
    special_hours: Mapping[date, Sequence[str]] | None = None,
    observe_country_workdays: bool = True,
    half_day_shortening_hours: float | None = None,
) -> BusinessCalendar:
    """Check the parts and build a calendar; every mistake is a :class:`CalendarError`."""
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise CalendarError(f"calendar {name!r}: time zone {timezone!r} is unknown; use an IANA "
                            "name such as 'Europe/Budapest'.") from exc
    unknown = set(weekly) - set(WEEKDAYS)
    if unknown:
        raise CalendarError(f"calendar {name!r}: {sorted(unknown)} are not weekdays; use "
                            f"{', '.join(WEEKDAYS)}.")
    table = tuple(parse_periods(weekly.get(d, ()), where=f"calendar {name!r} {d}")
                  for d in WEEKDAYS)
    for index, periods in enumerate(table):
        for _start, end in periods:
            if end > 2 * DAY:
                raise CalendarError(f"calendar {name!r} {WEEKDAYS[index]}: a shift longer than "
                                    "a day; split it.")
    if country is not None:
        supported = holidays_package.list_supported_countries()
        if country not in supported:
            raise CalendarError(f"calendar {name!r}: country {country!r} is unknown; use an "
                                "ISO 3166 code such as 'HU', 'EE', 'RO', 'CN', 'GB'.")
        if subdivision is not None and subdivision not in supported[country]:
            raise CalendarError(f"calendar {name!r}: {country} has no subdivision "
                                f"{subdivision!r}; valid: {', '.join(supported[country])}.")
    elif subdivision is not None:
        raise CalendarError(f"calendar {name!r}: a subdivision needs a country.")
    special = {day: parse_periods(p, where=f"calendar {name!r} {day}")
               for day, p in (special_hours or {}).items()}
    if not any(table) and not any(special.values()):
        raise CalendarError(f"calendar {name!r} is never open; give it weekly hours.")
    shortening = half_day_shortening_hours
    if shortening is None:
        shortening = HALF_DAY_SHORTENING.get(country or "", 0)
    return BusinessCalendar(
        name=name, timezone=timezone, weekly=table, country=country, subdivision=subdivision,
        closures=dict(closures or {}), special_hours=special,
        observe_country_workdays=observe_country_workdays,
        half_day_shortening=int(shortening * 3600),
    )


class _CountryTables:
    """Public holidays, half days and weekend working days of a country, loaded by year."""

    def __init__(self, country: str | None, subdivision: str | None) -> None:
        self.country = country
        self.subdivision = subdivision
        self.years: set[int] = set()
        self.holidays: dict[date, str] = {}
        self.half_days: set[date] = set()
        self.weekend_workdays: set[date] = set()

    def _load(self, year: int) -> None:
        if self.country is None or year in self.years:
            return
        years = sorted(set(range(year - _YEAR_SPAN, year + _YEAR_SPAN + 1)) - self.years)
        public = holidays_package.country_holidays(self.country, subdiv=self.subdivision,
                                                   years=years)
        self.holidays.update({d: str(n) for d, n in public.items()})
        self.weekend_workdays |= set(getattr(public, "weekend_workdays", set()))
        if "half_day" in getattr(type(public), "supported_categories", ()):
            half = holidays_package.country_holidays(
                self.country, subdiv=self.subdivision, years=years, categories=("half_day",))
            self.half_days |= {d for d in half if d not in self.holidays}
        self.years.update(years)

    def holiday(self, day: date) -> str | None:
        self._load(day.year)
        return self.holidays.get(day)

    def is_half_day(self, day: date) -> bool:
        self._load(day.year)
        return day in self.half_days

    def is_weekend_workday(self, day: date) -> bool:
        self._load(day.year)
        return day in self.weekend_workdays
