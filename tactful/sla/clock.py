"""Service-level clocks: a target in business time, paused while waiting on the customer.

A :class:`Clock` is an immutable record of one commitment ("first_response" within 24
business hours, "complaint_acknowledgement" within 5 working days) and of what has
happened to it: started, paused and resumed, stopped. :meth:`Clock.pause`,
:meth:`Clock.resume` and :meth:`Clock.stop` return new clocks; every question is asked
with a :class:`~tactful.sla.calendar.BusinessCalendar` and, where it depends on it, ``now``.

The rules (R-SLA-2):

- **Due.** Business-time target: ``due = cal.add(started_at, target + paused)``. Working
  days: ``due = cal.add_working_days(started_at, n)``, then ``cal.add(due, paused)`` when
  something was paused. ``paused`` is the business time inside the pauses, so a pause
  over a weekend costs nothing and a pause of two open hours gives two hours back.
- A pause that begins at or after the deadline (as it stood then) extends nothing: a
  breached clock cannot be un-breached by pausing it.
- While paused, ``due_at(cal, now)`` is the deadline if the clock resumed at ``now``; the
  state is ``paused`` (unless it was already breached when paused).
- **Warning.** ``warn_before``: that much business time before the due instant.
  ``warn_fraction`` (0-1): once that share of the budget is used, where the budget is the
  target (or, for working days, the business time from start to the unpaused deadline).
  Neither: no warning. Both: the earlier.
- **State** at ``now``: ``met`` (stopped by the due instant), ``breached`` (stopped after
  it, or running past it), ``paused``, ``warning``, ``ok``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from .business_time import ZERO, _require_aware
from .calendar import BusinessCalendar


class ClockState(StrEnum):
    OK = "ok"
    WARNING = "warning"
    BREACHED = "breached"
    MET = "met"
    PAUSED = "paused"


Pause = tuple[datetime, datetime | None]  # (from, until); until None while still paused


@dataclass(frozen=True)
class Clock:
    """One commitment and its history. Give ``target`` or ``working_days``, not both."""

    name: str
    started_at: datetime
    target: timedelta | None = None
    working_days: int | None = None
    warn_before: timedelta | None = None
    warn_fraction: float | None = None
    pauses: tuple[Pause, ...] = ()
    stopped_at: datetime | None = None

    def __post_init__(self) -> None:
        where = f"clock {self.name!r}"
        _require_aware(self.started_at)
        if (self.target is None) == (self.working_days is None):
            raise ValueError(f"{where}: give a target in business time or in working days, "
                             "exactly one")
        if self.target is not None and self.target <= ZERO:
            raise ValueError(f"{where}: the target must be positive, not {self.target}")
        if self.working_days is not None and self.working_days < 0:
            raise ValueError(f"{where}: working days must not be negative")
        if self.warn_before is not None and self.warn_before < ZERO:
            raise ValueError(f"{where}: warn_before must not be negative")
        if self.warn_fraction is not None and not 0 < self.warn_fraction < 1:
            raise ValueError(f"{where}: warn_fraction must lie between 0 and 1, like 0.8")
        previous = self.started_at
        for number, (begin, end) in enumerate(self.pauses):
            _require_aware(begin)
            if begin < previous:
                raise ValueError(f"{where}: pause {number + 1} begins before the clock "
                                 "started or before the previous pause ended")
            if end is None:
                if number != len(self.pauses) - 1:
                    raise ValueError(f"{where}: only the last pause may be open")
                previous = begin
                continue
            _require_aware(end)
            if end < begin:
                raise ValueError(f"{where}: pause {number + 1} ends before it begins")
            previous = end
        if self.stopped_at is not None:
            _require_aware(self.stopped_at)
            if self.stopped_at < previous:
                raise ValueError(f"{where}: stopped before it started or before its last "
                                 "pause")

    # -- transitions (new clocks; repeating one is harmless) -----------------------------

    @property
    def is_paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1][1] is None

    def pause(self, at: datetime) -> Clock:
        """Waiting on the customer from ``at``; a paused or stopped clock is returned as is."""
        if self.is_paused or self.stopped_at is not None:
            return self
        return replace(self, pauses=(*self.pauses, (at, None)))

    def resume(self, at: datetime) -> Clock:
        """The customer answered at ``at``; a running or stopped clock is returned as is."""
        if not self.is_paused or self.stopped_at is not None:
            return self
        begin, _ = self.pauses[-1]
        return replace(self, pauses=(*self.pauses[:-1], (begin, max(at, begin))))

    def stop(self, at: datetime) -> Clock:
        """The commitment was kept at ``at`` (a paused clock resumes first)."""
        if self.stopped_at is not None:
            return self
        clock = self.resume(at)
        return replace(clock, stopped_at=at)

    # -- questions -----------------------------------------------------------------------

    def _unpaused_due(self, cal: BusinessCalendar) -> datetime:
        if self.working_days is not None:
            return cal.add_working_days(self.started_at, self.working_days)
        assert self.target is not None
        return cal.add(self.started_at, self.target)

    def _due_with(self, cal: BusinessCalendar, paused: timedelta) -> datetime:
        if self.target is not None:
            return cal.add(self.started_at, self.target + paused)
        base = self._unpaused_due(cal)
        return cal.add(base, paused) if paused > ZERO else base

    def paused_time(self, cal: BusinessCalendar, now: datetime | None = None) -> timedelta:
        """Business time that counts as paused: pauses begun before the deadline stood."""
        paused = ZERO
        due = self._due_with(cal, paused)
        for begin, end in self.pauses:
            if begin >= due:
                break
            until = end if end is not None else (now if now is not None else begin)
            paused += cal.between(begin, max(until, begin))
            due = self._due_with(cal, paused)
        return paused

    def due_at(self, cal: BusinessCalendar, now: datetime | None = None) -> datetime:
        """The deadline; for a paused clock, as if it resumed at ``now`` (or at the pause)."""
        return self._due_with(cal, self.paused_time(cal, now))

    def warn_at(self, cal: BusinessCalendar, now: datetime | None = None) -> datetime | None:
        """When the warning falls due, or None when the clock asks for no warning."""
        due = self.due_at(cal, now)
        leads = []
        if self.warn_before is not None and self.warn_before > ZERO:
            leads.append(self.warn_before)
        if self.warn_fraction is not None:
            budget = (self.target if self.target is not None
                      else cal.between(self.started_at, self._unpaused_due(cal)))
            leads.append(budget * (1 - self.warn_fraction))
        if not leads:
            return None
        lead = max(leads)
        return max(self.started_at.astimezone(cal.zone), cal.subtract(due, lead))

    def state(self, cal: BusinessCalendar, now: datetime) -> ClockState:
        _require_aware(now)
        due = self.due_at(cal, now)
        if self.stopped_at is not None and self.stopped_at <= now:
            return ClockState.MET if self.stopped_at <= due else ClockState.BREACHED
        if self.is_paused:
            return ClockState.BREACHED if self.pauses[-1][0] >= due else ClockState.PAUSED
        if now >= due:
            return ClockState.BREACHED
        warning = self.warn_at(cal, now)
        if warning is not None and now >= warning:
            return ClockState.WARNING
        return ClockState.OK

    def remaining(self, cal: BusinessCalendar, now: datetime) -> timedelta:
        """Business time left before the deadline (negative once it has passed)."""
        return cal.between(now, self.due_at(cal, now))
