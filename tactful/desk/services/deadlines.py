"""Due deadlines (the sweeper): acts on clocks whose warning, breach or ladder step has come.

``process_one_due()`` takes the single most overdue conversation whose
``next_deadline_at`` has passed, locking its row with ``FOR UPDATE SKIP LOCKED`` so that
any number of workers share the work and never act twice on the same deadline; it fires
what is due on that conversation's clocks, records events, notifies the people the
escalation ladder names, applies the ladder's actions, and moves the deadline on. The query
reads only due rows through the partial index on open conversations, so a pass costs what
is due, not what is open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation

from .. import events, service_levels
from ..models import Conversation, ConversationClock
from ..models.choices import OPEN_STATUSES, Priority
from . import audit, clocks, notifications
from .profiles import interface_language

log = logging.getLogger("tactful.sweeper")
ACTOR = "sweeper"
PRIORITY_UP: dict[str, str] = {Priority.LOW: Priority.NORMAL, Priority.NORMAL: Priority.HIGH,
               Priority.HIGH: Priority.URGENT, Priority.URGENT: Priority.URGENT}

# Actions other parts of Tactful carry out when a timer fires, by clock name:
# the email channel registers "auto_acknowledgement" (R-MAIL-2).
ACTIONS: dict[str, Callable[[Conversation], None]] = {}


def register_action(clock_name: str, action: Callable[[Conversation], None]) -> None:
    ACTIONS[clock_name] = action


def _claim(now: datetime) -> Conversation | None:
    open_statuses = [s.value for s in OPEN_STATUSES]
    if connection.vendor == "sqlite":
        # SQLite's planner prefers the status index and then sorts every open row; name the
        # partial deadline index so the probe reads only due rows. (SQLite runs one writer at
        # a time, so there is nothing to skip.)
        # The statuses are written out as literals: SQLite uses a partial index only when
        # the query's own text implies the index's condition. They are our constants.
        literals = ", ".join(f"'{s}'" for s in open_statuses)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id FROM desk_conversation INDEXED BY conv_due_open "
                f"WHERE next_deadline_at <= %s AND status IN ({literals}) "
                f"ORDER BY next_deadline_at LIMIT 1", [now])
            row = cursor.fetchone()
        if row is None:
            return None
        return Conversation.objects.select_related("team", "assignee").get(pk=row[0])
    qs = Conversation.objects.filter(
        next_deadline_at__lte=now, status__in=open_statuses
    ).order_by("next_deadline_at")
    if connection.features.has_select_for_update_skip_locked:
        qs = qs.select_for_update(skip_locked=True, of=("self",))
    return qs.select_related("team", "assignee").first()


def process_one_due(now: datetime | None = None) -> bool:
    """Handle one due conversation; False when nothing is due."""
    now = now or timezone.now()
    with transaction.atomic():
        conversation = _claim(now)
        if conversation is None:
            return False
        policy = service_levels.active_policy().policy
        fired: list[str] = []
        for clock in conversation.clocks.filter(state=ConversationClock.State.RUNNING,
                                                next_check_at__lte=now).order_by("id"):
            fired += _advance(policy, conversation, clock, now)
        clocks.refresh_next_deadline(conversation)
        if conversation.next_deadline_at is not None and conversation.next_deadline_at <= now:
            # A clock the policy can no longer place; never spin on it.
            Conversation.objects.filter(pk=conversation.pk).update(next_deadline_at=None)
        if fired:
            events.publish("conversation.updated", actor=None, conversation=conversation,
                           fields=["clocks"])
    return True


def _advance(policy: Any, conversation: Conversation, clock: ConversationClock,
             now: datetime) -> list[str]:
    fired: list[str] = []
    events_due = clocks.ladder(policy, clock)
    while clock.escalation_step < len(events_due) and events_due[clock.escalation_step][0] <= now:
        when, kind, index = events_due[clock.escalation_step]
        clock.escalation_step += 1
        if kind == "fire":
            _fire_action(conversation, clock, now)
            fired.append(clock.name)
            break
        if kind == "warning":
            clock.warned_at = when
            audit.record("clock.warning", actor=ACTOR, obj=clock, conversation=conversation,
                         after={"clock": clock.name, "due_at": clock.due_at})
        elif kind == "breach":
            clock.breached_at = when
            audit.record("clock.breached", actor=ACTOR, obj=clock, conversation=conversation,
                         after={"clock": clock.name, "due_at": clock.due_at})
        else:
            _apply_step(policy, conversation, clock, index, now)
        fired.append(f"{clock.name}:{kind}")
    if clock.state == ConversationClock.State.RUNNING:
        clock.next_check_at = clocks.next_check(policy, clock)
    clock.save()
    return fired


def _fire_action(conversation: Conversation, clock: ConversationClock, now: datetime) -> None:
    clock.state = ConversationClock.State.MET
    clock.stopped_at = now
    clock.next_check_at = None
    action = ACTIONS.get(clock.name)
    audit.record("clock.fired", actor=ACTOR, obj=clock, conversation=conversation,
                 after={"clock": clock.name, "action": bool(action)})
    if action is not None:
        action(conversation)


def _apply_step(policy: Any, conversation: Conversation, clock: ConversationClock,
                index: int, now: datetime) -> None:
    step = policy.escalation.steps[index]
    state = "breached" if step.at == "breach" else "close to its deadline"
    users = notifications.recipients(policy, conversation, list(step.notify), now)
    # Each recipient reads the clock's name in their own interface language, never in
    # whatever language the worker's thread happened to have active.
    by_language: dict[str, list[Any]] = {}
    for user in users:
        code = interface_language(getattr(user, "staff_profile", None)) or settings.LANGUAGE_CODE
        by_language.setdefault(code, []).append(user)
    for code, group in by_language.items():
        with translation.override(code):
            label = clock.get_name_display()
        text = f"#{conversation.pk} {conversation.subject[:80]}: {label} {state} " \
               f"(due {timezone.localtime(clock.due_at):%Y-%m-%d %H:%M})"
        notifications.notify(group, conversation=conversation, kind=f"clock.{step.at}",
                             text=text)
    changes: dict[str, Any] = {}
    if step.raise_priority:
        raised = PRIORITY_UP.get(conversation.priority, conversation.priority)
        if raised != conversation.priority:
            changes["priority"] = raised
    if step.reassign_to_team:
        from ..models import Team

        team = Team.objects.filter(slug=step.reassign_to_team).first()
        if team is not None and team.pk != conversation.team_id:
            changes["team_id"] = team.pk
            changes["assignee_id"] = None
    if changes:
        before = {k: getattr(conversation, k) for k in changes}
        Conversation.objects.filter(pk=conversation.pk).update(
            version=conversation.version + 1, **changes)
        for key, value in changes.items():
            setattr(conversation, key, value)
        conversation.version += 1
        audit.record("conversation.escalated", actor=ACTOR, obj=conversation,
                     conversation=conversation, before=before, after=changes)
    audit.record("clock.escalation_step", actor=ACTOR, obj=clock, conversation=conversation,
                 after={"clock": clock.name, "step": index,
                        "notified": [u.get_username() for u in users]})
