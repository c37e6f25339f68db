"""What the active policy promises for one conversation: its clocks and its ladder.

The one place that reads the policy's channel commitments, priorities, warnings and
escalation ladder for the desk. Clock services and the sweeper ask this module; nothing
else in the desk knows the policy file's shape.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from tactful.policy import Policy, load_policy, load_policy_text
from tactful.sla.calendar import BusinessCalendar
from tactful.sla.duration import Duration

from .models import Conversation, PolicyVersion

DEFAULT_POLICY = Path(__file__).resolve().parents[1] / "policy/examples/default.en.yaml"
WRITTEN = ("email", "web_form", "letter", "social", "review", "voicemail")


@dataclass(frozen=True)
class ClockPlan:
    name: str
    calendar: str
    time: timedelta | None = None
    working_days: int | None = None
    warn_before: timedelta = timedelta(0)


@dataclass(frozen=True)
class ActivePolicy:
    version_id: int | None
    policy: Policy

    @property
    def fingerprint(self) -> str:
        return self.policy.fingerprint


_lock = threading.Lock()
_cache: dict[Any, ActivePolicy] = {}


def active_policy() -> ActivePolicy:
    """The active policy version, or the bundled default when none was uploaded."""
    row = PolicyVersion.objects.filter(is_active=True).values_list("id", "fingerprint").first()
    key = row or ("default", None)
    with _lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    if row is None:
        found = ActivePolicy(None, load_policy(DEFAULT_POLICY))
    else:
        text = PolicyVersion.objects.values_list("text", flat=True).get(pk=row[0])
        found = ActivePolicy(row[0], load_policy_text(text, name=f"policy v{row[0]}"))
    with _lock:
        _cache.clear()
        _cache[key] = found
    return found


def calendar_name(policy: Policy, conversation: Conversation) -> str:
    team = conversation.team
    if team.calendar and team.calendar in policy.calendars:
        return team.calendar
    spec = policy.teams.get(team.slug)
    if spec is not None:
        return spec.calendar
    return policy.default_calendar or next(iter(policy.calendars))


def calendar_for(policy: Policy, conversation: Conversation) -> BusinessCalendar:
    return policy.calendar(calendar_name(policy, conversation))


def _scaled(policy: Policy, duration: Duration, priority: str) -> tuple[timedelta | None,
                                                                       int | None]:
    if duration.working_days is not None:
        return None, duration.working_days
    assert duration.time is not None
    seconds = max(60, round(duration.time.total_seconds() * policy.multiplier(priority)))
    return timedelta(seconds=seconds), None


def _warn_before(policy: Policy, time: timedelta | None, working_days: int | None) -> timedelta:
    share = policy.warnings.before_breach
    at_least = policy.warnings.at_least.time or timedelta(0)
    if time is not None:
        return min(time, max(time * share, at_least))
    # Working-day clocks: warn a share of a day-long working day before, at least at_least.
    return max(timedelta(hours=8) * share, at_least)


def plan(policy: Policy, conversation: Conversation, names: set[str] | None = None) -> list[
        ClockPlan]:
    """The clocks a conversation starts with (or only those in ``names``)."""
    channels = policy.channels
    channel = conversation.channel
    targets: dict[str, Duration | None] = {}
    if channel in WRITTEN:
        targets["acknowledgement"] = policy.inquiry.acknowledge_within
    if channel == "voicemail":
        targets["first_response"] = channels.voicemail.return_within
    elif channel == "chat":
        targets["first_response"] = channels.chat.first_reply_within
    elif channel == "visit":
        targets["visit_greeting"] = Duration(
            time=timedelta(seconds=channels.visit.greet_within_seconds))
    elif channel == "phone":
        if conversation.kind == "callback":
            targets["callback"] = channels.phone.callback_within
    else:
        targets["first_response"] = getattr(channels, channel).first_reply_within
    if channel == "email" and channels.email.acknowledge_after is not None:
        targets["auto_acknowledgement"] = channels.email.acknowledge_after
    if policy.inquiry.resolve_within is not None and channel not in ("visit",):
        targets["resolution"] = policy.inquiry.resolve_within
    if conversation.kind == "complaint":
        targets["complaint_acknowledgement"] = policy.complaints.acknowledge_within
        targets["complaint_follow_up"] = policy.complaints.follow_up_within
    calendar = calendar_name(policy, conversation)
    plans = []
    for name, duration in targets.items():
        if duration is None or (names is not None and name not in names):
            continue
        if name == "auto_acknowledgement":
            # A timer, not a commitment: it fires the acknowledgement, it never warns.
            time, days = (duration.time, None) if duration.time is not None else (
                None, duration.working_days)
            plans.append(ClockPlan(name, calendar, time, days))
            continue
        time, days = _scaled(policy, duration, conversation.priority)
        plans.append(ClockPlan(name, calendar, time, days, _warn_before(policy, time, days)))
    return plans


def next_response_plan(policy: Policy, conversation: Conversation) -> ClockPlan | None:
    if conversation.channel in ("phone", "visit"):
        return None
    if conversation.channel == "chat":
        duration = policy.channels.chat.first_reply_within
    elif conversation.channel == "email":
        duration = policy.channels.email.next_reply_within
    elif conversation.channel == "voicemail":
        duration = policy.inquiry.answer_within
    else:
        duration = getattr(policy.channels, conversation.channel).first_reply_within
    time, days = _scaled(policy, duration, conversation.priority)
    return ClockPlan("next_response", calendar_name(policy, conversation), time, days,
                     _warn_before(policy, time, days))


def manager_reply_plan(policy: Policy, conversation: Conversation) -> ClockPlan:
    time, days = _scaled(policy, policy.complaints.manager_reply_within, "normal")
    return ClockPlan("complaint_manager_reply", calendar_name(policy, conversation), time, days,
                     _warn_before(policy, time, days))
