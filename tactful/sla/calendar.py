"""Business calendars: weekly opening hours in a time zone, holidays, closures, special days.

A calendar answers one question: which instants of a local date are open
(:meth:`BusinessCalendar.periods`). Everything else (adding business time, measuring it,
counting working days) is built on that in :mod:`tactful.sla.business_time`.

Rules, chosen once and tested (see docs/business-time.md):

- Periods are wall-clock times in the calendar's zone, half-open ``[start, end)``. A wall
  time inside a spring-forward gap moves forward by the gap (02:30 becomes 03:30); a wall
  time that occurs twice in the autumn fold means its first occurrence. A whole day
  ``"00:00-24:00"`` is 23 or 25 real hours on the days the clocks change.
- An overnight shift (``"22:00-06:00"``) belongs to the day it starts: if that day is a
  working day the hours after midnight are open, even when the next day is a holiday.
- Precedence for one date: ``special_hours`` (exactly those hours; ``[]`` closes) over
  ``closures`` over public holidays over the country's working-day data over ``weekly``.
- With ``observe_country_workdays`` (the default) the ``holidays`` package's substituted
  days are used: bridge days off are closed (Hungary, China, Taiwan), the weekend days
  worked in exchange are open with the hours of the weekday they were swapped with, and
  Estonia's shortened pre-holiday days close ``half_day_shortening`` earlier (3 hours, by
  its Employment Contracts Act). Without it, only the real public holidays close.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as holidays_package

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY = 24 * 3600
# Hours by which the package's half days close earlier when the policy does not say.
# Estonia: Employment Contracts Act § 53 (4), the working day before Independence Day,
# Victory Day, Christmas Eve and New Year's Day is three hours shorter.
HALF_DAY_SHORTENING = {"EE": 3}
_YEAR_SPAN = 1  # holiday tables load this many years either side of the one asked for
_CACHE_LIMIT = 50_000  # cached dates per calendar before the cache starts afresh
_PERIOD = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)

Period = tuple[int, int]  # seconds after local midnight, [start, end); end may pass midnight
Interval = tuple[int, int]  # microseconds since the Unix epoch, [start, end)


class CalendarError(ValueError):
    """A calendar that cannot be built; the message names the field, the fault and the fix."""


# -- parsing -----------------------------------------------------------------------------

def parse_period(text: Any, *, where: str) -> Period:
    """``"08:00-12:00"`` -> ``(28800, 43200)``; ``"22:00-06:00"`` runs past midnight."""
    match = _PERIOD.match(text) if isinstance(text, str) else None
    if not match:
        raise CalendarError(f"{where}: {text!r} is not a period; write it like '08:00-16:30'.")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2):
        raise CalendarError(f"{where}: {text!r} is not a time of day; hours run 00-23 "
                            "(24:00 only as an end) and minutes 00-59.")
    start, end = h1 * 3600 + m1 * 60, h2 * 3600 + m2 * 60
    if end == start:
        raise CalendarError(f"{where}: {text!r} is empty; for a whole day write '00:00-24:00'.")
    if end < start:  # overnight shift, into the next day
        end += DAY
    return start, end


def parse_periods(texts: Any, *, where: str) -> tuple[Period, ...]:
    """A day's periods, sorted; overlapping periods are refused (touching ones join up)."""
    if isinstance(texts, str) or not isinstance(texts, Sequence):
        raise CalendarError(f"{where}: give a list of periods, like ['08:00-12:00'], "
                            f"not {texts!r}.")
    periods = sorted(parse_period(t, where=where) for t in texts)
    for (s1, e1), (s2, e2) in itertools.pairwise(periods):
        if s2 < e1:
            raise CalendarError(f"{where}: periods {_fmt(s1, e1)} and {_fmt(s2, e2)} overlap; "
                                "make each end before the next starts.")
    return tuple(periods)


def _fmt(start: int, end: int) -> str:
    return (f"{start // 3600:02d}:{start % 3600 // 60:02d}-"
            f"{end % DAY // 3600:02d}:{end % 3600 // 60:02d}")


# -- the calendar ------------------------------------------------------------------------

@dataclass(frozen=True)
class BusinessCalendar:
    """Immutable opening hours of one team; equal and hashable by value.

    Build it with :func:`build_calendar`, which checks every field. The per-date caches
    are private to each instance and take no part in equality.
    """

    name: str
    timezone: str
    weekly: tuple[tuple[Period, ...], ...]  # index 0 = Monday
    country: str | None = None
    subdivision: str | None = None
    closures: tuple[tuple[date, str], ...] = ()
    special_hours: tuple[tuple[date, tuple[Period, ...]], ...] = ()
    observe_country_workdays: bool = True
    half_day_shortening: int = 0  # seconds
    zone: ZoneInfo = field(init=False, repr=False, compare=False)
    _closed: dict[date, str] = field(init=False, repr=False, compare=False)
    _special: dict[date, tuple[Period, ...]] = field(init=False, repr=False, compare=False)
    _country: _CountryDays = field(init=False, repr=False, compare=False)
    _day_cache: dict[int, tuple[Interval, ...]] = field(init=False, repr=False, compare=False)
    _week_cache: dict[int, tuple[int, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "zone", ZoneInfo(self.timezone))
        setattr_(self, "_closed", dict(self.closures))
        setattr_(self, "_special", dict(self.special_hours))
        setattr_(self, "_country", _CountryDays(self.country, self.subdivision,
                                                self.observe_country_workdays,
                                                load_half_days=self.half_day_shortening > 0))
        setattr_(self, "_day_cache", {})
        setattr_(self, "_week_cache", {})

    # -- which days are open -------------------------------------------------------------

    def holiday_name(self, day: date) -> str | None:
        """Why ``day`` is closed (the organisation's closure or a public holiday), or None."""
        if day in self._closed:
            return self._closed[day]
        return self._country.holiday(day)

    def own_periods(self, day: date) -> tuple[Period, ...]:
        """The periods that start on ``day``, in seconds after its local midnight."""
        if day in self._special:
            return self._special[day]
        if day in self._closed:
            return ()
        country = self._country
        if country.holiday(day) is not None:
            return ()
        weekly = self.weekly[day.weekday()]
        if not weekly:
            swapped = country.workday_hours_of(day)
            if swapped is None:
                return ()
            return self.weekly[swapped] or self._first_weekday_hours()
        if self.half_day_shortening and country.is_half_day(day):
            return self._shorten(weekly)
        return weekly

    def is_working_day(self, day: date) -> bool:
        """Whether any period starts on ``day``."""
        return bool(self.own_periods(day))

    def _first_weekday_hours(self) -> tuple[Period, ...]:
        return next((p for p in self.weekly[:5] if p), ())

    def _shorten(self, periods: tuple[Period, ...]) -> tuple[Period, ...]:
        close = periods[-1][1] - self.half_day_shortening
        return tuple((s, min(e, close)) for s, e in periods if s < close)

    # -- instants ------------------------------------------------------------------------

    def intervals(self, day: date) -> tuple[Interval, ...]:
        """Open time of the local date ``day`` in epoch microseconds, merged and sorted.

        Covers exactly ``[local midnight, next local midnight)``: the after-midnight part
        of yesterday's overnight shift is included, the after-midnight part of today's is
        left to tomorrow. Cached per calendar.
        """
        return self.intervals_on(day.toordinal())

    def intervals_on(self, ordinal: int) -> tuple[Interval, ...]:
        """:meth:`intervals` for a proleptic ordinal (``date.toordinal()``): the hot path."""
        cached = self._day_cache.get(ordinal)
        if cached is not None:
            return cached
        day = date.fromordinal(ordinal)
        pieces: list[Interval] = []
        if ordinal > 1:
            for _start, end in self.own_periods(date.fromordinal(ordinal - 1)):
                if end > DAY:
                    pieces.append((self._local_us(day, 0), self._local_us(day, end - DAY)))
        for start, end in self.own_periods(day):
            pieces.append((self._local_us(day, start), self._local_us(day, min(end, DAY))))
        merged: list[Interval] = []
        for start_us, end_us in sorted(pieces):
            if end_us <= start_us:  # a period that lies wholly in a spring-forward gap
                continue
            if merged and start_us <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end_us))
            else:
                merged.append((start_us, end_us))
        result = tuple(merged)
        if len(self._day_cache) >= _CACHE_LIMIT:
            self._day_cache.clear()
        self._day_cache[ordinal] = result
        return result

    def week(self, monday: date) -> tuple[int, int]:
        """(open microseconds, working days) of the seven local dates from ``monday``."""
        return self.week_on(monday.toordinal())

    def week_on(self, ordinal: int) -> tuple[int, int]:
        cached = self._week_cache.get(ordinal)
        if cached is not None:
            return cached
        total = working = 0
        for offset in range(7):
            total += sum(end - start for start, end in self.intervals_on(ordinal + offset))
            working += bool(self.own_periods(date.fromordinal(ordinal + offset)))
        if len(self._week_cache) >= _CACHE_LIMIT:
            self._week_cache.clear()
        self._week_cache[ordinal] = (total, working)
        return total, working

    def periods(self, day: date) -> list[tuple[datetime, datetime]]:
        """Open intervals of the local date ``day`` as aware datetimes in the calendar's zone."""
        return [(self.from_us(start), self.from_us(end)) for start, end in self.intervals(day)]

    def _local_us(self, day: date, seconds: int) -> int:
        """Wall-clock ``day`` + ``seconds`` (24:00 is the next midnight) in epoch microseconds.

        fold=0: a wall time in a spring-forward gap reads with the offset before the change,
        which moves it forward by the gap (mktime's convention); in the autumn fold it means
        the first of the two instants.
        """
        if seconds >= DAY:
            day, seconds = day + timedelta(days=seconds // DAY), seconds % DAY
        local = datetime(day.year, day.month, day.day, seconds // 3600, seconds % 3600 // 60,
                         seconds % 60, tzinfo=self.zone)
        return (local - _EPOCH) // _US

    def close_of(self, day: date) -> datetime | None:
        """The end of the last period that starts on ``day`` (None when it is closed)."""
        own = self.own_periods(day)
        return self.from_us(self._local_us(day, own[-1][1])) if own else None

    def from_us(self, micros: int) -> datetime:
        return (_EPOCH + timedelta(microseconds=micros)).astimezone(self.zone)

    def local_date(self, at: datetime) -> date:
        """The calendar-zone date of an aware instant."""
        return at.astimezone(self.zone).date()

    # -- arithmetic (in business_time, so that callers need only this object) -------------

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """``duration`` of open time after ``start``; see :func:`business_time.add`."""
        from .business_time import add

        return add(self, start, duration)

    def subtract(self, end: datetime, duration: timedelta) -> datetime:
        from .business_time import subtract

        return subtract(self, end, duration)

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Open time in ``[start, end)``; negative when ``end < start``."""
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


# -- building and checking -----------------------------------------------------------------

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
    """Check every part and build a calendar; each mistake is one :class:`CalendarError`.

    ``half_day_shortening_hours``: how much earlier the ``holidays`` package's half days
    close (default: 3 for Estonia, else 0, i.e. half days are ignored).
    """
    where = f"calendar {name!r}"
    if not isinstance(timezone, str) or not timezone:
        raise CalendarError(f"{where}: timezone is missing; use an IANA name such as "
                            "'Europe/Budapest'.")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError) as exc:
        raise CalendarError(f"{where}: time zone {timezone!r} is unknown; use an IANA name "
                            "such as 'Europe/Budapest'.") from exc
    if not isinstance(weekly, Mapping):
        raise CalendarError(f"{where}: weekly must map weekdays to periods, like "
                            "{'mon': ['09:00-17:00']}.")
    unknown = sorted(str(k) for k in weekly if k not in WEEKDAYS)
    if unknown:
        raise CalendarError(f"{where}: weekly has {', '.join(map(repr, unknown))}, which are "
                            f"not weekdays; use {', '.join(WEEKDAYS)}.")
    table = tuple(parse_periods(weekly.get(d) or (), where=f"{where} {d}") for d in WEEKDAYS)
    for index, periods in enumerate(table):
        following = table[(index + 1) % 7]
        if periods and following and periods[-1][1] - DAY > following[0][0]:
            raise CalendarError(
                f"{where}: {WEEKDAYS[index]} {_fmt(*periods[-1])} runs into "
                f"{WEEKDAYS[(index + 1) % 7]} {_fmt(*following[0])}; end the night shift "
                "before the next day's first period.")
    _check_country(where, country, subdivision)
    closed = {_date_key(where, "closures", day): str(reason)
              for day, reason in (closures or {}).items()}
    special = {_date_key(where, "special_hours", day):
               parse_periods(p, where=f"{where} special_hours {day}")
               for day, p in (special_hours or {}).items()}
    if not any(table) and not any(special.values()):
        raise CalendarError(f"{where} is never open; give weekly hours such as "
                            "mon: ['09:00-17:00'].")
    shortening = half_day_shortening_hours
    if shortening is None:
        shortening = HALF_DAY_SHORTENING.get(country or "", 0)
    if not 0 <= shortening <= 12:
        raise CalendarError(f"{where}: half_day_shortening_hours {shortening!r} is out of "
                            "range; give 0 to 12 hours.")
    return BusinessCalendar(
        name=name, timezone=timezone, weekly=table, country=country, subdivision=subdivision,
        closures=tuple(sorted(closed.items())), special_hours=tuple(sorted(special.items())),
        observe_country_workdays=bool(observe_country_workdays),
        half_day_shortening=round(shortening * 3600) if observe_country_workdays else 0,
    )


def _check_country(where: str, country: str | None, subdivision: str | None) -> None:
    if country is None:
        if subdivision is not None:
            raise CalendarError(f"{where}: subdivision {subdivision!r} needs a country; "
                                "add country, e.g. 'GB'.")
        return
    supported = holidays_package.list_supported_countries()
    if not isinstance(country, str) or country not in supported:
        hint = f" (did you mean {country.upper()!r}?)" if isinstance(country, str) and \
            country.upper() in supported else ""
        raise CalendarError(f"{where}: country {country!r} is unknown to the holidays "
                            f"package{hint}; use an ISO 3166 code such as 'HU', 'EE', 'RO', "
                            "'CN', 'TW' or 'GB'.")
    if subdivision is not None and subdivision not in supported[country]:
        valid = ", ".join(supported[country]) or "none"
        raise CalendarError(f"{where}: {country} has no subdivision {subdivision!r}; "
                            f"use one of: {valid}.")


def _date_key(where: str, what: str, value: Any) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise CalendarError(f"{where}: {what} key {value!r} is not a date; write dates "
                            "like 2025-12-24.")
    return value


# -- country data from the holidays package ------------------------------------------------

class _CountryDays:
    """Public holidays, swapped working days and half days of one country, loaded by year."""

    def __init__(self, country: str | None, subdivision: str | None, observe: bool, *,
                 load_half_days: bool) -> None:
        self.country = country
        self.subdivision = subdivision
        self.observe = observe
        self.load_half_days = load_half_days
        self.years: set[int] = set()
        self.holidays: dict[date, str] = {}
        self.workdays: dict[date, int] = {}  # weekend day worked -> weekday whose hours it has
        self.half_days: set[date] = set()
        self.lock = threading.Lock()

    def holiday(self, day: date) -> str | None:
        self._load(day.year)
        return self.holidays.get(day)

    def workday_hours_of(self, day: date) -> int | None:
        """For a weekend day the country made a working day: the weekday it stands in for."""
        self._load(day.year)
        return self.workdays.get(day)

    def is_half_day(self, day: date) -> bool:
        self._load(day.year)
        return day in self.half_days

    def _load(self, year: int) -> None:
        if self.country is None or year in self.years:
            return
        with self.lock:
            years = [y for y in range(year - _YEAR_SPAN, year + _YEAR_SPAN + 1)
                     if 1 <= y <= 9999 and y not in self.years]
            if not years:
                return
            public = holidays_package.country_holidays(self.country, subdiv=self.subdivision,
                                                       years=years)
            swaps = _substitutions(public)
            for day, name in public.items():
                if not self.observe and day in swaps:
                    continue  # a bridge day off: closed only when observing the swaps
                self.holidays[day] = str(name)
            if self.observe:
                for worked in getattr(public, "weekend_workdays", ()):
                    day_off = next((off for off, src in swaps.items() if src == worked), None)
                    self.workdays[worked] = day_off.weekday() if day_off else 0
                categories = getattr(public, "supported_categories", ())
                if self.load_half_days and "half_day" in categories:
                    half = holidays_package.country_holidays(
                        self.country, subdiv=self.subdivision, years=years,
                        categories=("half_day",))
                    self.half_days |= set(half)
            self.years.update(years)


def _substitutions(public: Any) -> dict[date, date]:
    """Days off that are pure swaps ('Day off (substituted from 08/03/2024)') -> worked day.

    A date that is also a real holiday (two names joined by '; ') is left out.
    """
    try:
        label = public.tr(public.substituted_label)
        date_format = public.tr(public.substituted_date_format)
    except (AttributeError, TypeError):
        return {}
    if "%s" not in label:
        return {}
    pattern = re.compile("^" + re.escape(label).replace("%s", "(.+)", 1) + "$")
    swaps: dict[date, date] = {}
    for day, names in public.items():
        sources = []
        for part in str(names).split("; "):
            match = pattern.match(part)
            if not match:
                break
            try:
                sources.append(datetime.strptime(match.group(1), date_format).date())
            except ValueError:
                break
        else:
            if sources:
                swaps[day] = sources[0]
    return swaps
