"""Clocks: targets, warnings, breaches, and pauses while waiting on the customer (R-SLA-2)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.sla import build_calendar
from tactful.sla.clock import (
    ClockRun,
    ClockState,
    ClockTarget,
    due_at,
    pause,
    remaining,
    resume,
    state_at,
    stop,
    warn_at,
)

TZ = ZoneInfo("Europe/Budapest")
CAL = build_calendar(name="office", timezone="Europe/Budapest", country="HU",
                     weekly={d: ["08:00-16:00"] for d in ("mon", "tue", "wed", "thu", "fri")})
H = timedelta(hours=1)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def test_a_24_hour_email_target_counts_business_hours() -> None:
    """R-MAIL-1: every email answered within 24 business hours."""
    target = ClockTarget("first_response", time=24 * H, warn_before=2 * H)
    run = ClockRun(started_at=at("2025-03-03 10:00"))
    assert due_at(CAL, target, run) == at("2025-03-06 10:00")
    assert warn_at(CAL, target, run) == at("2025-03-06 08:00")
    assert state_at(CAL, target, run, at("2025-03-05 15:00")) == ClockState.RUNNING
    assert state_at(CAL, target, run, at("2025-03-06 09:00")) == ClockState.WARNING
    assert state_at(CAL, target, run, at("2025-03-06 10:00")) == ClockState.BREACHED
    assert remaining(CAL, target, run, at("2025-03-06 09:00")) == H


def test_waiting_on_the_customer_pauses_the_clock() -> None:
    """R-SLA-2: "waiting on customer" pauses the clock."""
    target = ClockTarget("resolution", time=8 * H)
    run = ClockRun(started_at=at("2025-03-03 08:00"))
    run = pause(run, at("2025-03-03 10:00"))
    assert state_at(CAL, target, run, at("2025-03-05 12:00")) == ClockState.PAUSED
    run = resume(CAL, run, at("2025-03-04 10:00"))  # 8 business hours paused
    assert run.paused_for == 8 * H
    assert due_at(CAL, target, run) == at("2025-03-04 16:00")


def test_stopping_in_time_is_met_and_late_is_missed() -> None:
    target = ClockTarget("first_response", time=2 * H)
    run = ClockRun(started_at=at("2025-03-03 08:00"))
    assert state_at(CAL, target, stop(CAL, run, at("2025-03-03 09:59")),
                    at("2025-03-04 00:00")) == ClockState.MET
    assert state_at(CAL, target, stop(CAL, run, at("2025-03-03 10:01")),
                    at("2025-03-04 00:00")) == ClockState.MISSED


def test_working_day_targets_for_complaints() -> None:
    """R-CMP-3: a written acknowledgement within N working days."""
    target = ClockTarget("complaint_acknowledgement", working_days=5, warn_before=4 * H)
    run = ClockRun(started_at=at("2025-03-14 11:00"))  # Friday; Saturday 15 March a holiday
    assert due_at(CAL, target, run) == at("2025-03-21 16:00")
    assert warn_at(CAL, target, run) == at("2025-03-21 12:00")


def test_a_target_needs_exactly_one_measure() -> None:
    with pytest.raises(ValueError):
        ClockTarget("x")
    with pytest.raises(ValueError):
        ClockTarget("x", time=H, working_days=1)
    with pytest.raises(ValueError):
        ClockTarget("x", time=-H)
