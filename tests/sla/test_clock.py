"""Clocks: targets, warnings, breaches, and pauses while waiting on the customer (R-SLA-2)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tactful.sla import Clock, ClockState, build_calendar

TZ = ZoneInfo("Europe/Budapest")
CAL = build_calendar(name="office", timezone="Europe/Budapest", country="HU",
                     weekly={d: ["08:00-16:00"] for d in ("mon", "tue", "wed", "thu", "fri")})
H = timedelta(hours=1)
M = timedelta(minutes=1)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def test_a_24_hour_email_target_counts_business_hours() -> None:
    """R-MAIL-1: every email answered within 24 business hours, warned 2 hours before."""
    clock = Clock("first_response", at("2025-03-03 10:00"), target=24 * H, warn_before=2 * H)
    assert clock.due_at(CAL) == at("2025-03-06 10:00")
    assert clock.warn_at(CAL) == at("2025-03-06 08:00")
    assert [clock.state(CAL, at(t)) for t in ("2025-03-05 15:00", "2025-03-06 09:00",
                                              "2025-03-06 10:00")] == [
        ClockState.OK, ClockState.WARNING, ClockState.BREACHED]
    assert clock.remaining(CAL, at("2025-03-06 09:00")) == H


def test_acknowledgement_and_response_are_separate_clocks() -> None:
    """R-ACK-1: acknowledge within 60 minutes and answer within 24 hours, two clocks."""
    start = at("2025-03-03 15:30")
    ack = Clock("acknowledgement", start, target=60 * M, warn_fraction=0.75)
    answer = Clock("first_response", start, target=24 * H)
    assert ack.due_at(CAL) == at("2025-03-04 08:30")   # 30 min today, 30 tomorrow
    assert ack.warn_at(CAL) == at("2025-03-04 08:15")  # 45 of 60 minutes used
    assert answer.due_at(CAL) == at("2025-03-06 15:30")
    assert ack.stop(at("2025-03-03 15:45")).state(CAL, at("2025-03-06 16:00")) == \
        ClockState.MET


@pytest.mark.parametrize(
    "target, start, due",
    [
        (2 * M, "2025-03-03 09:00", "2025-03-03 09:02"),      # R-CHAT-1: chat in minutes
        (timedelta(seconds=30), "2025-03-03 15:59:45", "2025-03-04 08:00:15"),  # R-VISIT-1
        (60 * M, "2025-03-03 15:00", "2025-03-03 16:00"),     # R-PHONE-3: at closing time
    ],
)
def test_short_targets_for_chat_visits_and_voicemail(target: timedelta, start: str,
                                                     due: str) -> None:
    """R-CHAT-1, R-VISIT-1, R-PHONE-3: minute and second targets are exact."""
    assert Clock("c", at(start), target=target).due_at(CAL) == at(due)


def test_waiting_on_the_customer_pauses_the_clock() -> None:
    """R-SLA-2: paused business time does not count; a weekend inside a pause costs nothing."""
    clock = Clock("resolution", at("2025-03-07 08:00"), target=8 * H)  # Friday
    paused = clock.pause(at("2025-03-07 10:00"))
    assert paused.state(CAL, at("2025-03-12 12:00")) == ClockState.PAUSED
    # If it resumed on Monday 10:00: 8 business hours of pause (Fri 10-16, Mon 8-10).
    assert paused.due_at(CAL, at("2025-03-10 10:00")) == at("2025-03-10 16:00")
    resumed = paused.resume(at("2025-03-10 10:00"))
    assert resumed.paused_time(CAL) == 8 * H
    assert resumed.due_at(CAL) == at("2025-03-10 16:00")
    assert resumed.state(CAL, at("2025-03-10 15:00")) == ClockState.OK
    again = resumed.pause(at("2025-03-10 11:00")).resume(at("2025-03-10 12:30"))
    assert again.due_at(CAL) == at("2025-03-11 09:30")
    assert len(again.pauses) == 2


def test_pausing_after_the_deadline_does_not_unbreach() -> None:
    """R-SLA-2: a breach stays a breach."""
    clock = Clock("first_response", at("2025-03-03 08:00"), target=2 * H)
    late = clock.pause(at("2025-03-03 11:00"))
    assert late.due_at(CAL, at("2025-03-04 11:00")) == at("2025-03-03 10:00")
    assert late.state(CAL, at("2025-03-04 11:00")) == ClockState.BREACHED


def test_stopping_in_time_is_met_and_late_is_breached() -> None:
    clock = Clock("first_response", at("2025-03-03 08:00"), target=2 * H)
    assert clock.stop(at("2025-03-03 09:59")).state(CAL, at("2025-03-04 00:00")) == \
        ClockState.MET
    assert clock.stop(at("2025-03-03 10:00")).state(CAL, at("2025-03-04 00:00")) == \
        ClockState.MET  # exactly on time is in time
    assert clock.stop(at("2025-03-03 10:01")).state(CAL, at("2025-03-04 00:00")) == \
        ClockState.BREACHED


def test_transitions_are_idempotent() -> None:
    clock = Clock("x", at("2025-03-03 08:00"), target=H)
    paused = clock.pause(at("2025-03-03 08:10"))
    assert paused.pause(at("2025-03-03 08:20")) is paused
    assert clock.resume(at("2025-03-03 08:20")) is clock
    stopped = paused.stop(at("2025-03-03 08:30"))
    assert stopped.pauses == ((at("2025-03-03 08:10"), at("2025-03-03 08:30")),)
    assert stopped.stop(at("2025-03-03 09:00")) is stopped


def test_complaint_working_day_clocks() -> None:
    """R-CMP-3, R-CMP-4: acknowledgement in 5 working days; follow-up letter before 20."""
    received = at("2025-03-14 11:00")  # Friday; Saturday 15 March is a holiday anyway
    ack = Clock("complaint_acknowledgement", received, working_days=5, warn_before=4 * H)
    assert ack.due_at(CAL) == at("2025-03-21 16:00")
    assert ack.warn_at(CAL) == at("2025-03-21 12:00")
    follow_up = Clock("complaint_follow_up", received, working_days=20, warn_fraction=0.9)
    assert follow_up.due_at(CAL) == at("2025-04-11 16:00")
    # Budget: 5 hours left on day 0 plus 20 days of 8 hours = 165 business hours;
    # the warning comes with 10% (16.5 hours) left.
    assert follow_up.warn_at(CAL) == at("2025-04-09 15:30")


def test_complaint_manager_reply_within_48_hours() -> None:
    """R-CMP-5: 48 hours as business time (six 8-hour days) on the complaint calendar."""
    clock = Clock("complaint_manager_reply", at("2025-03-03 08:00"), target=48 * H)
    assert clock.due_at(CAL) == at("2025-03-10 16:00")


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"target": H, "working_days": 1},
        {"target": -H},
        {"target": H, "warn_fraction": 1.5},
        {"target": H, "pauses": ((datetime(2025, 3, 3, 7, tzinfo=TZ), None),)},
        {"target": H, "stopped_at": datetime(2025, 3, 3, 7, tzinfo=TZ)},
    ],
)
def test_impossible_clocks_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Clock("x", at("2025-03-03 08:00"), **kwargs)  # type: ignore[arg-type]


def test_naive_start_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        Clock("x", datetime(2025, 3, 3, 8), target=H)
