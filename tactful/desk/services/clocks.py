"""Starting, stopping, pausing and re-timing the service-level clocks of conversations.

Called inside the transaction of the write that moves the conversation (a new
conversation, a message, a status or priority change), so a clock never disagrees with
the conversation it measures. Each call ends by setting ``Conversation.next_deadline_at``
to the earliest instant any clock needs the sweeper.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db.models import Min, OuterRef, Subquery

from tactful.policy import Policy
from tactful.sla.calendar import BusinessCalendar

from .. import service_levels
from ..models import Conversation, ConversationClock
from . import audit

State = ConversationClock.State
ONE_SECOND = timedelta(seconds=1)


# -- arithmetic on one clock ---------------------------------------------------------------


def compute_due(cal: BusinessCalendar, clock: ConversationClock) -> datetime:
    paused = timedelta(seconds=clock.paused_seconds)
    if clock.target_working_days is not None:
        base = cal.add_working_days(clock.started_at, clock.target_working_days)
        return cal.add(base, paused) if paused else base
    return cal.add(clock.started_at, timedelta(seconds=clock.target_seconds or 0) + paused)


def compute_warn(cal: BusinessCalendar, clock: ConversationClock,
                 due: datetime) -> datetime | None:
    """The instant with ``warn_before`` of business time left before ``due``."""
    lead = timedelta(seconds=clock.warn_before_seconds)
    if not lead:
        return None
    if clock.target_seconds is not None:
        target = timedelta(seconds=clock.target_seconds)
        if lead >= target:
            return clock.started_at
        return cal.add(clock.started_at, target - lead + timedelta(
            seconds=clock.paused_seconds))
    # Working-day target: search back from the deadline (business time is monotonic).
    low, high = clock.started_at, due
    if cal.between(low, high) <= lead:
        return low
    while high - low > ONE_SECOND:
        middle = low + (high - low) / 2
        if cal.between(middle, due) > lead:
            low = middle
        else:
            high = middle
    return high.replace(microsecond=0)


def ladder(policy: Policy, clock: ConversationClock) -> list[tuple[datetime, str, int]]:
    """The clock's events in order: (when, "warning"|"breach"|"step", ladder step index)."""
    if clock.name == ConversationClock.Name.AUTO_ACKNOWLEDGEMENT:
        return [(clock.due_at, "fire", -1)]
    events: list[tuple[datetime, str, int]] = []
    if clock.warn_at is not None:
        events.append((clock.warn_at, "warning", -1))
    events.append((clock.due_at, "breach", -1))
    for index, step in enumerate(policy.escalation.steps):
        base = clock.warn_at if step.at == "warning" else clock.due_at
        if base is None:
            continue
        delay = step.after.time or timedelta(0)
        events.append((base + delay, "step", index))
    order = {"warning": 0, "breach": 1, "step": 2, "fire": 0}
    return sorted(events, key=lambda e: (e[0], order[e[1]], e[2]))


def next_check(policy: Policy, clock: ConversationClock) -> datetime | None:
    if clock.state != State.RUNNING:
        return None
    events = ladder(policy, clock)
    if clock.escalation_step < len(events):
        return events[clock.escalation_step][0]
    return None


def _retime(policy: Policy, cal: BusinessCalendar, clock: ConversationClock) -> None:
    clock.due_at = compute_due(cal, clock)
    clock.warn_at = compute_warn(cal, clock, clock.due_at)
    clock.next_check_at = next_check(policy, clock)
    clock.policy_fingerprint = policy.fingerprint


# -- services ------------------------------------------------------------------------------


def start_clock(conversation: Conversation, plan: service_levels.ClockPlan, *, at: datetime,
                policy: Policy) -> ConversationClock:
    clock = _new_clock(conversation, plan, at=at, policy=policy)
    clock.save()
    return clock


def _new_clock(conversation: Conversation, plan: service_levels.ClockPlan, *, at: datetime,
               policy: Policy) -> ConversationClock:
    cal = policy.calendar(plan.calendar)
    clock = ConversationClock(
        conversation=conversation, name=plan.name, calendar=plan.calendar, started_at=at,
        target_seconds=int(plan.time.total_seconds()) if plan.time is not None else None,
        target_working_days=plan.working_days,
        warn_before_seconds=int(plan.warn_before.total_seconds()), due_at=at,
    )
    _retime(policy, cal, clock)
    return clock


def _opening_clocks(conversation: Conversation, *, at: datetime,
                    policy: Policy) -> tuple[list[ConversationClock], datetime | None]:
    """The clocks the policy gives this conversation's channel and kind, and their earliest
    next check (the conversation's ``next_deadline_at``). Nothing is written."""
    made = [_new_clock(conversation, plan, at=at, policy=policy)
            for plan in service_levels.plan(policy, conversation)]
    checks = [c.next_check_at for c in made if c.next_check_at is not None]
    return made, (min(checks) if checks else None)


def start_clocks(conversation: Conversation, *, at: datetime, actor: Any) -> None:
    """Start the clocks the active policy gives this conversation's channel and kind."""
    active = service_levels.active_policy()
    made, earliest = _opening_clocks(conversation, at=at, policy=active.policy)
    ConversationClock.objects.bulk_create(made)
    if conversation.next_deadline_at != earliest:
        Conversation.objects.filter(pk=conversation.pk).update(next_deadline_at=earliest)
        conversation.next_deadline_at = earliest


def start_clocks_many(conversations: list[Conversation], *, actor: Any,
                      policy: Policy | None = None) -> None:
    """:func:`start_clocks` for conversations opened together (bulk intake): each starts
    at its own ``created_at``, all clocks in one insert, the deadlines in one update."""
    if not conversations:
        return
    active = policy or service_levels.active_policy().policy
    clocks: list[ConversationClock] = []
    moved: list[Conversation] = []
    for conversation in conversations:
        made, earliest = _opening_clocks(conversation, at=conversation.created_at,
                                         policy=active)
        clocks += made
        if conversation.next_deadline_at != earliest:
            conversation.next_deadline_at = earliest
            moved.append(conversation)
    ConversationClock.objects.bulk_create(clocks)
    if moved:
        refresh_next_deadlines(moved)


def refresh_next_deadlines(conversations: list[Conversation]) -> None:
    """:func:`refresh_next_deadline` for many, in one statement (computed by the database;
    the objects are not changed)."""
    earliest = ConversationClock.objects.filter(
        conversation=OuterRef("pk"), state=State.RUNNING).order_by().values(
        "conversation").annotate(m=Min("next_check_at")).values("m")
    Conversation.objects.filter(pk__in=[c.pk for c in conversations]).update(
        next_deadline_at=Subquery(earliest))


def _running(conversation: Conversation, names: tuple[str, ...] | None = None) -> Any:
    qs = conversation.clocks.filter(state__in=[State.RUNNING, State.PAUSED])
    return qs.filter(name__in=names) if names else qs


def stop_clocks(conversation: Conversation, names: tuple[str, ...] | None, *, at: datetime,
                actor: Any) -> list[ConversationClock]:
    """Stop running (or paused) clocks: met when in time, breached ones stay breached."""
    stopped = []
    for clock in _running(conversation, names):
        clock.state = State.MET
        clock.stopped_at = at
        clock.paused_at = None
        clock.next_check_at = None
        clock.save(update_fields=["state", "stopped_at", "paused_at", "next_check_at"])
        audit.record("clock.stopped", actor=actor, obj=clock, conversation=conversation,
                     after={"clock": clock.name, "in_time": at <= clock.due_at})
        stopped.append(clock)
    return stopped


def on_message(conversation: Conversation, direction: str, *, at: datetime,
               actor: Any) -> None:
    """A reply meets the acknowledgement and response clocks; a customer's message after
    a reply starts the next-response clock (R-ACK-1, R-MAIL-1)."""
    if direction == "outbound":
        stop_clocks(conversation, ("acknowledgement", "first_response", "next_response",
                                   "auto_acknowledgement", "callback", "voicemail_return"),
                    at=at, actor=actor)
    elif (direction == "inbound" and conversation.first_response_at is not None
          and not _running(conversation, ("next_response",)).exists()):
        active = service_levels.active_policy()
        plan = service_levels.next_response_plan(active.policy, conversation)
        if plan is not None:
            start_clock(conversation, plan, at=at, policy=active.policy)
    refresh_next_deadline(conversation)


def mark_acknowledged(conversation: Conversation, *, at: datetime, actor: Any) -> None:
    """An acknowledgement (automatic or written) meets the acknowledgement clock."""
    stop_clocks(conversation, ("acknowledgement", "auto_acknowledgement"), at=at, actor=actor)
    refresh_next_deadline(conversation)


def on_status(conversation: Conversation, old: str, new: str, *, at: datetime,
              actor: Any) -> None:
    """Waiting on the customer pauses every clock; resolving stops them (R-SLA-2)."""
    active = service_levels.active_policy()
    pausing = set(active.policy.pausing_statuses)
    if new in ("resolved", "closed"):
        stop_clocks(conversation, None, at=at, actor=actor)
    elif new in pausing and old not in pausing:
        for clock in _running(conversation).filter(state=State.RUNNING):
            clock.state = State.PAUSED
            clock.paused_at = at
            clock.next_check_at = None
            clock.save(update_fields=["state", "paused_at", "next_check_at"])
        audit.record("clock.paused", actor=actor, obj=conversation, conversation=conversation,
                     after={"status": new})
    elif old in pausing and new not in pausing:
        for clock in _running(conversation).filter(state=State.PAUSED):
            cal = active.policy.calendar(clock.calendar) if clock.calendar in \
                active.policy.calendars else service_levels.calendar_for(active.policy,
                                                                         conversation)
            assert clock.paused_at is not None
            clock.paused_seconds += int(cal.between(clock.paused_at, at).total_seconds())
            clock.paused_at = None
            clock.state = State.RUNNING
            _retime(active.policy, cal, clock)
            clock.save()
        audit.record("clock.resumed", actor=actor, obj=conversation, conversation=conversation,
                     after={"status": new})
    elif old == "resolved" and new == "open":
        plan = service_levels.next_response_plan(active.policy, conversation)
        if plan is not None:
            start_clock(conversation, plan, at=at, policy=active.policy)
    refresh_next_deadline(conversation)


def retime_clocks(conversation: Conversation, *, actor: Any, policy: Policy | None = None,
                  reason: str = "") -> int:
    """Recompute every running clock's targets from the (active) policy and priority."""
    active = policy or service_levels.active_policy().policy
    plans = {p.name: p for p in service_levels.plan(active, conversation)}
    extra = service_levels.next_response_plan(active, conversation)
    if extra is not None:
        plans.setdefault(extra.name, extra)
    changed = 0
    for clock in _running(conversation):
        plan = plans.get(clock.name)
        if plan is not None:
            clock.target_seconds = int(plan.time.total_seconds()) if plan.time else None
            clock.target_working_days = plan.working_days
            clock.warn_before_seconds = int(plan.warn_before.total_seconds())
            clock.calendar = plan.calendar
        if clock.calendar not in active.calendars:
            clock.calendar = service_levels.calendar_name(active, conversation)
        cal = active.calendar(clock.calendar)
        _retime(active, cal, clock)
        if clock.state == State.PAUSED:
            clock.next_check_at = None
        clock.save()
        changed += 1
    refresh_next_deadline(conversation)
    if changed and reason:
        audit.record("clock.retimed", actor=actor, obj=conversation,
                     conversation=conversation, after={"reason": reason, "clocks": changed})
    return changed


def refresh_next_deadline(conversation: Conversation) -> None:
    """Set the conversation's indexed deadline to its clocks' earliest next check."""
    earliest = conversation.clocks.filter(state=State.RUNNING).aggregate(
        m=Min("next_check_at"))["m"]
    if conversation.next_deadline_at != earliest:
        Conversation.objects.filter(pk=conversation.pk).update(next_deadline_at=earliest)
        conversation.next_deadline_at = earliest


def shift_history(conversation: Conversation, *, by: timedelta, now: datetime) -> None:
    """Move a seeded conversation's clocks back in time with it (demo data, imports).

    What would already have happened by ``now`` (warnings, breaches, ladder steps) is
    recorded as having happened, without notifying anyone: it is history, not news.
    """
    active = service_levels.active_policy()
    policy = active.policy
    for clock in conversation.clocks.all():
        clock.started_at += by
        if clock.stopped_at is not None:
            clock.stopped_at += by
        if clock.paused_at is not None:
            clock.paused_at += by
        name = clock.calendar if clock.calendar in policy.calendars else \
            service_levels.calendar_name(policy, conversation)
        _retime(policy, policy.calendar(name), clock)
        if clock.state == State.RUNNING:
            events = ladder(policy, clock)
            passed = [e for e in events if e[0] <= now]
            clock.escalation_step = len(passed)
            for when, kind, _index in passed:
                if kind == "warning":
                    clock.warned_at = when
                elif kind == "breach":
                    clock.breached_at = when
                elif kind == "fire":
                    clock.state = State.MET
                    clock.stopped_at = when
            clock.next_check_at = next_check(policy, clock)
        else:
            clock.next_check_at = None
        clock.save()
    refresh_next_deadline(conversation)
