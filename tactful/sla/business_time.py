"""Arithmetic in business time over a :class:`~tactful.sla.calendar.BusinessCalendar`.

Contracts (all instants are aware datetimes; a naive one is a TypeError):
- ``add(cal, start, d)``: the instant at which ``d`` of open time has passed since
  ``start``. A result that lands exactly on a closing time stays there: a deadline of
  "8 business hours" from Monday 09:00 on a 09:00-17:00 calendar is Monday 17:00, not
  Tuesday 09:00. ``d == 0`` gives ``start`` if open, else the next opening.
- ``between(cal, a, b)``: open time in ``[a, b)``; negative when ``b < a``.
  For every ``d >= 0``: ``between(cal, start, add(cal, start, d)) == d``.
- ``add_working_days(cal, start, n)``: day 0 is the first working day whose hours are still
  ahead of ``start`` (what arrives after closing or on a closed day counts from the next
  working day); the result is the closing time of the n-th working day after day 0.
  Complaint procedures count this way: "within 5 working days" means by the end of the
  fifth working day after the one it arrived on.
- ``next_opening(cal, at)``: ``at`` if open, else the start of the next open period.
Days are visited one at a time with cached periods, so a long duration costs one step a
day, never one a minute.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .calendar import BusinessCalendar

MAX_DAYS = 366 * 50  # no calendar search runs further than fifty years
ZERO = timedelta(0)


def _require_aware(*instants: datetime) -> None:
    for instant in instants:
        if not isinstance(instant, datetime):
            raise TypeError(f"expected a datetime, got {type(instant).__name__}")
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise TypeError("business time needs aware datetimes (with a time zone)")



def add(cal: BusinessCalendar, start: datetime, duration: timedelta) -> datetime:
    _require_aware(start)
    if duration < ZERO:
        raise ValueError("a business duration to add must not be negative")
    at = start.astimezone(UTC)
    remaining = duration
    day = cal.local_date(at) - timedelta(days=1)
    if remaining == ZERO:
        return next_opening(cal, start)
    for _ in range(MAX_DAYS):
        for open_at, close_at in cal.periods(day):
            if close_at <= at:
                continue
            begin = max(open_at, at)
            available = close_at - begin
            if remaining <= available:
                return (begin + remaining).astimezone(cal.zone)
            remaining -= available
            at = close_at
        day += timedelta(days=1)
    raise ValueError(f"calendar {cal.name!r} has no open time within {MAX_DAYS} days")


def between(cal: BusinessCalendar, start: datetime, end: datetime) -> timedelta:
    _require_aware(start, end)
    if end < start:
        return -between(cal, end, start)
    a, b = start.astimezone(UTC), end.astimezone(UTC)
    total = ZERO
    day = cal.local_date(a) - timedelta(days=1)
    last = cal.local_date(b)
    while day <= last:
        for open_at, close_at in cal.periods(day):
            lo, hi = max(open_at, a), min(close_at, b)
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total


def is_open(cal: BusinessCalendar, at: datetime) -> bool:
    _require_aware(at)
    instant = at.astimezone(UTC)
    day = cal.local_date(instant)
    for candidate in (day - timedelta(days=1), day):
        for open_at, close_at in cal.periods(candidate):
            if open_at <= instant < close_at:
                return True
    return False


def next_opening(cal: BusinessCalendar, at: datetime) -> datetime:
    _require_aware(at)
    instant = at.astimezone(UTC)
    day = cal.local_date(instant) - timedelta(days=1)
    for _ in range(MAX_DAYS):
        for open_at, close_at in cal.periods(day):
            if close_at > instant:
                return max(open_at, instant).astimezone(cal.zone)
        day += timedelta(days=1)
    raise ValueError(f"calendar {cal.name!r} never opens after {at.isoformat()}")


def add_working_days(cal: BusinessCalendar, start: datetime, days: int) -> datetime:
    _require_aware(start)
    if days < 0:
        raise ValueError("working days to add must not be negative")
    # Day 0 is the first working day whose hours are still ahead of start: what arrives
    # after closing, or on a closed day, counts from the next working day.
    day = cal.local_date(start) - timedelta(days=1)
    counted = -1
    for _ in range(MAX_DAYS):
        if cal.is_working_day(day) and (counted >= 0 or start < _close_of(cal, day)):
            counted += 1
            if counted == days:
                return _close_of(cal, day)
        day += timedelta(days=1)
    raise ValueError(f"calendar {cal.name!r} has no working day within {MAX_DAYS} days")


def _close_of(cal: BusinessCalendar, day: date) -> datetime:
    """The end of the last period that starts on ``day`` (an overnight shift ends next day)."""
    own = cal.own_periods(day)
    _start, end = own[-1]
    return cal._instant(day, end).astimezone(cal.zone)


def subtract(cal: BusinessCalendar, end: datetime, duration: timedelta) -> datetime:
    """The latest instant ``t <= end`` with ``between(cal, t, end) == duration``."""
    _require_aware(end)
    if duration < ZERO:
        raise ValueError("a business duration to subtract must not be negative")
    at = end.astimezone(UTC)
    remaining = duration
    if remaining == ZERO:
        return end
    day = cal.local_date(at) + timedelta(days=1)
    for _ in range(MAX_DAYS):
        for open_at, close_at in reversed(cal.periods(day)):
            if open_at >= at:
                continue
            finish = min(close_at, at)
            available = finish - open_at
            if remaining <= available:
                return (finish - remaining).astimezone(cal.zone)
            remaining -= available
            at = open_at
        day -= timedelta(days=1)
    raise ValueError(f"calendar {cal.name!r} has no open time within {MAX_DAYS} days")
