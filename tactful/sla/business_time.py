"""Arithmetic in business time over a :class:`~tactful.sla.calendar.BusinessCalendar`.

Contracts (every instant is an aware datetime; a naive one is a TypeError; results are
aware, in the calendar's zone; exact to the microsecond, so certainly to the second):

- ``add(cal, start, d)``: the instant at which ``d`` of open time has passed since
  ``start``. **Closing-time rule**: a result that is exactly reachable stays where it is;
  "8 business hours" from Monday 09:00 on a 09:00-17:00 calendar is Monday 17:00, never
  Tuesday 09:00. ``d == 0`` gives ``start`` when open, else the next opening.
- ``between(cal, a, b)``: open time in ``[a, b)``; negative when ``b < a``.
  For every ``d >= 0``: ``between(cal, s, add(cal, s, d)) == d``.
- ``subtract(cal, end, d)``: the latest ``t <= end`` with ``between(cal, t, end) == d``.
- ``add_working_days(cal, start, n)``: day 0 is the first working day whose hours are
  not over at ``start`` (what arrives after closing or on a closed day counts from the next
  working day); the result is the closing time of the n-th working day after day 0.
  "Acknowledge within 5 working days" of a Monday-morning letter is due at Monday-week's
  close; ``n == 0`` is the close of day 0.
- ``next_opening(cal, at)``: ``at`` if open, else the start of the next open period.
- ``is_open(cal, at)``: whether ``at`` lies in an open period (closing instants do not).

Speed: open time is integer microseconds since the epoch, cached per local date; loops
step a day at a time and skip whole weeks (by cached weekly totals) once past the first
day, so ten years of business time is about 520 steps, never one per minute.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    from .calendar import BusinessCalendar

ZERO = timedelta(0)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_ONE_DAY = timedelta(days=1)
_ONE_WEEK = timedelta(days=7)
# A calendar that stays shut this long (a closure list gone wrong) is reported, not looped.
MAX_CLOSED_DAYS = 366 * 10


P = ParamSpec("P")
R = TypeVar("R")


def _in_date_range(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn running off the end of the calendar (year 1 or 9999) into a clear ValueError."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except OverflowError:
            raise ValueError("the answer lies outside the years 1-9999; the instant or the "
                             "duration is out of range") from None

    return wrapper


def _require_aware(*instants: object) -> None:
    for instant in instants:
        if not isinstance(instant, datetime):
            raise TypeError(f"expected an aware datetime, got {type(instant).__name__}")
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise TypeError(f"business time needs aware datetimes; {instant.isoformat()} has "
                            "no time zone (attach one, e.g. tzinfo=ZoneInfo('UTC'))")


def _require_duration(duration: object, what: str) -> int:
    if not isinstance(duration, timedelta):
        raise TypeError(f"{what} must be a timedelta, got {type(duration).__name__}")
    if duration < ZERO:
        raise ValueError(f"{what} must not be negative ({duration})")
    return duration // _US


def _us(instant: datetime) -> int:
    return (instant - _EPOCH) // _US


def _next(day: date, step: timedelta, cal: BusinessCalendar) -> date:
    try:
        return day + step
    except OverflowError:
        raise ValueError(f"calendar {cal.name!r}: the answer lies beyond the year 9999; "
                         "the duration is too large") from None


def _local_date(cal: BusinessCalendar, micros: int) -> date:
    return cal.from_us(micros).date()


@_in_date_range
def add(cal: BusinessCalendar, start: datetime, duration: timedelta) -> datetime:
    _require_aware(start)
    remaining = _require_duration(duration, "a business duration to add")
    if remaining == 0:
        return next_opening(cal, start)
    at = _us(start)
    day = first = _local_date(cal, at)
    closed_days = 0
    while True:
        if day != first and day.weekday() == 0:
            # Every open instant of this week lies after `at`: skip it whole while the
            # answer lies beyond it (strictly, so a closing-time answer is found below).
            total, _ = cal.week(day)
            while total < remaining:
                remaining -= total
                closed_days = closed_days + 7 if total == 0 else 0
                _give_up_if_never_open(cal, closed_days)
                day = _next(day, _ONE_WEEK, cal)
                total, _ = cal.week(day)
        intervals = cal.intervals(day)
        for open_at, close_at in intervals:
            if close_at <= at:
                continue
            begin = open_at if open_at > at else at
            available = close_at - begin
            if remaining <= available:
                return cal.from_us(begin + remaining)
            remaining -= available
            at = close_at
        closed_days = 0 if intervals else closed_days + 1
        _give_up_if_never_open(cal, closed_days)
        day = _next(day, _ONE_DAY, cal)


@_in_date_range
def subtract(cal: BusinessCalendar, end: datetime, duration: timedelta) -> datetime:
    _require_aware(end)
    remaining = _require_duration(duration, "a business duration to subtract")
    if remaining == 0:
        return end.astimezone(cal.zone)
    at = _us(end)
    day = _local_date(cal, at)
    closed_days = 0
    while True:
        intervals = cal.intervals(day)
        for open_at, close_at in reversed(intervals):
            if open_at >= at:
                continue
            finish = close_at if close_at < at else at
            available = finish - open_at
            if remaining <= available:
                return cal.from_us(finish - remaining)
            remaining -= available
            at = open_at
        closed_days = 0 if intervals else closed_days + 1
        _give_up_if_never_open(cal, closed_days)
        try:
            day -= _ONE_DAY
        except OverflowError:
            raise ValueError(f"calendar {cal.name!r}: the answer lies before the year 1"
                             ) from None


@_in_date_range
def between(cal: BusinessCalendar, start: datetime, end: datetime) -> timedelta:
    _require_aware(start, end)
    if end < start:
        return -between(cal, end, start)
    a, b = _us(start), _us(end)
    first, last = _local_date(cal, a), _local_date(cal, b)
    total = 0
    day = first
    while day <= last:
        if day != first and day.weekday() == 0 and (last - day).days >= 7:
            # The whole week lies inside [a, b).
            total += cal.week(day)[0]
            day += _ONE_WEEK
            continue
        for open_at, close_at in cal.intervals(day):
            lo = open_at if open_at > a else a
            hi = close_at if close_at < b else b
            if hi > lo:
                total += hi - lo
        if day == last:
            break
        day += _ONE_DAY
    return timedelta(microseconds=total)


@_in_date_range
def is_open(cal: BusinessCalendar, at: datetime) -> bool:
    _require_aware(at)
    instant = _us(at)
    return any(o <= instant < c for o, c in cal.intervals(_local_date(cal, instant)))


@_in_date_range
def next_opening(cal: BusinessCalendar, at: datetime) -> datetime:
    _require_aware(at)
    instant = _us(at)
    day = _local_date(cal, instant)
    closed_days = 0
    while True:
        for open_at, close_at in cal.intervals(day):
            if close_at > instant:
                return cal.from_us(max(open_at, instant))
        closed_days += 1
        _give_up_if_never_open(cal, closed_days)
        day = _next(day, _ONE_DAY, cal)


@_in_date_range
def add_working_days(cal: BusinessCalendar, start: datetime, days: int) -> datetime:
    _require_aware(start)
    if isinstance(days, bool) or not isinstance(days, int):
        raise TypeError(f"working days must be an int, got {type(days).__name__}")
    if days < 0:
        raise ValueError(f"working days to add must not be negative ({days})")
    # Yesterday first: an overnight shift that began then may still be running.
    day = _local_date(cal, _us(start))
    day = day - _ONE_DAY if day > date.min else day
    counted = -1  # working days counted after day 0
    closed_days = 0
    while True:
        if counted >= 0 and day.weekday() == 0:
            _, working = cal.week(day)
            while days - counted > working:
                counted += working
                closed_days = closed_days + 7 if working == 0 else 0
                _give_up_if_never_open(cal, closed_days)
                day = _next(day, _ONE_WEEK, cal)
                _, working = cal.week(day)
        close = cal.close_of(day)
        if close is not None and (counted >= 0 or start < close):
            counted += 1
            closed_days = 0
            if counted == days:
                return close
        else:
            closed_days += 1
            _give_up_if_never_open(cal, closed_days)
        day = _next(day, _ONE_DAY, cal)


def _give_up_if_never_open(cal: BusinessCalendar, closed_days: int) -> None:
    if closed_days > MAX_CLOSED_DAYS:
        raise ValueError(f"calendar {cal.name!r} has no open time for {MAX_CLOSED_DAYS} days "
                         "in a row; check its closures and special hours")
