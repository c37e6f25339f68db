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
# A calendar that stays shut this long (a closure list gone wrong) is reported, not looped.
MAX_CLOSED_DAYS = 366 * 10
# Longer durations and spans are refused: no service level runs for a century, and each
# year costs a holiday-table load.
MAX_SPAN = timedelta(days=36_525)


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
    if duration > MAX_SPAN:
        raise ValueError(f"{what} is more than a hundred years ({duration.days} days)")
    return duration // _US


def _us(instant: datetime) -> int:
    return (instant - _EPOCH) // _US


_LAST = date.max.toordinal()


def _next(ordinal: int, step: int, cal: BusinessCalendar) -> int:
    if ordinal + step > _LAST:
        raise ValueError(f"calendar {cal.name!r}: the answer lies beyond the year 9999; "
                         "the duration is too large")
    return ordinal + step


def _local_ordinal(cal: BusinessCalendar, micros: int) -> int:
    return cal.from_us(micros).toordinal()


def _is_monday(ordinal: int) -> bool:
    return (ordinal - 1) % 7 == 0  # ordinal 1, 1 January of year 1, was a Monday


@_in_date_range
def add(cal: BusinessCalendar, start: datetime, duration: timedelta) -> datetime:
    _require_aware(start)
    remaining = _require_duration(duration, "a business duration to add")
    if remaining == 0:
        return next_opening(cal, start)
    at = _us(start)
    day = first = _local_ordinal(cal, at)
    closed_days = 0
    while True:
        if day != first and _is_monday(day):
            # Every open instant of this week lies after `at`: skip it whole while the
            # answer lies beyond it (strictly, so a closing-time answer is found below).
            total, _ = cal.week_on(day)
            while total < remaining:
                remaining -= total
                closed_days = closed_days + 7 if total == 0 else 0
                _give_up_if_never_open(cal, closed_days)
                day = _next(day, 7, cal)
                total, _ = cal.week_on(day)
        intervals = cal.intervals_on(day)
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
        day = _next(day, 1, cal)


@_in_date_range
def subtract(cal: BusinessCalendar, end: datetime, duration: timedelta) -> datetime:
    _require_aware(end)
    remaining = _require_duration(duration, "a business duration to subtract")
    if remaining == 0:
        return end.astimezone(cal.zone)
    at = _us(end)
    day = _local_ordinal(cal, at)
    closed_days = 0
    while True:
        intervals = cal.intervals_on(day)
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
        if day <= 1:
            raise ValueError(f"calendar {cal.name!r}: the answer lies before the year 1")
        day -= 1


@_in_date_range
def between(cal: BusinessCalendar, start: datetime, end: datetime) -> timedelta:
    _require_aware(start, end)
    if end < start:
        return -between(cal, end, start)
    if end - start > MAX_SPAN:
        raise ValueError(f"business time is measured over at most a hundred years, not from "
                         f"{start.isoformat()} to {end.isoformat()}")
    a, b = _us(start), _us(end)
    first, last = _local_ordinal(cal, a), _local_ordinal(cal, b)
    total = 0
    day = first
    while day <= last:
        if day != first and last - day >= 7 and _is_monday(day):
            total += cal.week_on(day)[0]  # the whole week lies inside [a, b)
            day += 7
            continue
        for open_at, close_at in cal.intervals_on(day):
            lo = open_at if open_at > a else a
            hi = close_at if close_at < b else b
            if hi > lo:
                total += hi - lo
        day += 1
    return timedelta(microseconds=total)


@_in_date_range
def is_open(cal: BusinessCalendar, at: datetime) -> bool:
    _require_aware(at)
    instant = _us(at)
    return any(o <= instant < c for o, c in cal.intervals_on(_local_ordinal(cal, instant)))


@_in_date_range
def next_opening(cal: BusinessCalendar, at: datetime) -> datetime:
    _require_aware(at)
    instant = _us(at)
    day = _local_ordinal(cal, instant)
    closed_days = 0
    while True:
        for open_at, close_at in cal.intervals_on(day):
            if close_at > instant:
                return cal.from_us(max(open_at, instant))
        closed_days += 1
        _give_up_if_never_open(cal, closed_days)
        day = _next(day, 1, cal)


@_in_date_range
def add_working_days(cal: BusinessCalendar, start: datetime, days: int) -> datetime:
    _require_aware(start)
    if isinstance(days, bool) or not isinstance(days, int):
        raise TypeError(f"working days must be an int, got {type(days).__name__}")
    if days < 0:
        raise ValueError(f"working days to add must not be negative ({days})")
    if days > MAX_SPAN.days:
        raise ValueError(f"{days} working days is more than a hundred years")
    # Yesterday first: an overnight shift that began then may still be running.
    day = max(1, _local_ordinal(cal, _us(start)) - 1)
    counted = -1  # working days counted after day 0
    closed_days = 0
    while True:
        if counted >= 0 and _is_monday(day):
            _, working = cal.week_on(day)
            while days - counted > working:
                counted += working
                closed_days = closed_days + 7 if working == 0 else 0
                _give_up_if_never_open(cal, closed_days)
                day = _next(day, 7, cal)
                _, working = cal.week_on(day)
        close = cal.close_of(date.fromordinal(day))
        if close is not None and (counted >= 0 or start < close):
            counted += 1
            closed_days = 0
            if counted == days:
                return close
        else:
            closed_days += 1
            _give_up_if_never_open(cal, closed_days)
        day = _next(day, 1, cal)


def _give_up_if_never_open(cal: BusinessCalendar, closed_days: int) -> None:
    if closed_days > MAX_CLOSED_DAYS:
        raise ValueError(f"calendar {cal.name!r} has no open time for {MAX_CLOSED_DAYS} days "
                         "in a row; check its closures and special hours")
