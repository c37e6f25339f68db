"""Service-level clocks: a target in business time, paused while waiting on the customer.

A clock is a :class:`ClockTarget` (what was promised) and a :class:`ClockRun` (what has
happened: started, paused, resumed, stopped). Both are immutable; :func:`pause`,
:func:`resume` and :func:`stop` return new runs. Paused business time does not count:
each pause pushes the deadline back by the open time it lasted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from .business_time import ZERO, add, add_working_days, between, subtract
from .calendar import BusinessCalendar


class ClockState(StrEnum):
    RUNNING = "running"   # before the warning
    WARNING = "warning"   # within the warning lead time
    BREACHED = "breached"  # past due and still running
    PAUSED = "paused"
    MET = "met"           # stopped in time
    MISSED = "missed"     # stopped after its deadline


@dataclass(frozen=True)
class ClockTarget:
    """A commitment: business time or working days, and how long before to warn."""

    name: str
    time: timedelta | None = None
    working_days: int | None = None
    warn_before: timedelta = ZERO

    def __post_init__(self) -> None:
        if (self.time is None) == (self.working_days is None):
            raise ValueError(f"clock {self.name!r}: give a time or working days, not both")
        if self.time is not None and self.time <= ZERO:
            raise ValueError(f"clock {self.name!r}: the target must be positive")
        if self.working_days is not None and self.working_days < 0:
            raise ValueError(f"clock {self.name!r}: working days must not be negative")
        if self.warn_before < ZERO:
            raise ValueError(f"clock {self.name!r}: the warning lead must not be negative")


@dataclass(frozen=True)
class ClockRun:
    started_at: datetime
    paused_for: timedelta = ZERO
    paused_at: datetime | None = None
    stopped_at: datetime | None = None


def due_at(cal: BusinessCalendar, target: ClockTarget, run: ClockRun) -> datetime:
    """The deadline as things stand (a paused clock: as if it resumed right now)."""
    if target.working_days is not None:
        base = add_working_days(cal, run.started_at, target.working_days)
        return add(cal, base, run.paused_for) if run.paused_for else base
    assert target.time is not None
    return add(cal, run.started_at, target.time + run.paused_for)


def warn_at(cal: BusinessCalendar, target: ClockTarget, run: ClockRun) -> datetime | None:
    """When the warning falls due, or None when the target asks for no warning."""
    if target.warn_before <= ZERO:
        return None
    due = due_at(cal, target, run)
    return max(run.started_at, subtract(cal, due, target.warn_before))


def state_at(cal: BusinessCalendar, target: ClockTarget, run: ClockRun,
             now: datetime) -> ClockState:
    due = due_at(cal, target, run)
    if run.stopped_at is not None:
        return ClockState.MET if run.stopped_at <= due else ClockState.MISSED
    if run.paused_at is not None:
        return ClockState.PAUSED
    if now >= due:
        return ClockState.BREACHED
    warning = warn_at(cal, target, run)
    if warning is not None and now >= warning:
        return ClockState.WARNING
    return ClockState.RUNNING


def remaining(cal: BusinessCalendar, target: ClockTarget, run: ClockRun,
              now: datetime) -> timedelta:
    """Business time left before the deadline (negative once it has passed)."""
    return between(cal, now, due_at(cal, target, run))


def pause(run: ClockRun, at: datetime) -> ClockRun:
    if run.stopped_at is not None or run.paused_at is not None:
        return run
    return replace(run, paused_at=at)


def resume(cal: BusinessCalendar, run: ClockRun, at: datetime) -> ClockRun:
    if run.paused_at is None or run.stopped_at is not None:
        return run
    paused = between(cal, run.paused_at, max(at, run.paused_at))
    return replace(run, paused_at=None, paused_for=run.paused_for + paused)


def stop(cal: BusinessCalendar, run: ClockRun, at: datetime) -> ClockRun:
    if run.stopped_at is not None:
        return run
    if run.paused_at is not None:
        run = resume(cal, run, at)
    return replace(run, stopped_at=at)
