"""A conversation's timeline: messages, calls, clock events, escalations and audit events
merged in time order (R-TALK-15 findings ride along on the agent's replies)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _

from tactful.desk.models import Conversation, ConversationClock
from tactful.desk.models.choices import Direction

# Audit actions the timeline shows through their own richer entries instead.
SHOWN_ELSEWHERE = {"message.added", "escalation.requested", "escalation.answered",
                   "escalation.transfer"}
AUDIT_LIMIT = 300
MESSAGE_LIMIT = 500


@dataclass
class Entry:
    at: datetime
    kind: str  # message, call, clock, escalation, audit
    obj: Any = None
    label: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _clock_entries(clock: ConversationClock) -> list[Entry]:
    name = clock.get_name_display()
    out = [Entry(clock.started_at, "clock", clock, _("%(clock)s clock started") % {"clock": name})]
    if clock.warned_at:
        out.append(Entry(clock.warned_at, "clock", clock,
                         _("%(clock)s: warning before the deadline") % {"clock": name},
                         {"state": "warn"}))
    if clock.breached_at:
        out.append(Entry(clock.breached_at, "clock", clock,
                         _("%(clock)s: deadline missed") % {"clock": name},
                         {"state": "breach"}))
    if clock.stopped_at:
        label = (_("%(clock)s: met") if clock.state == ConversationClock.State.MET
                 else _("%(clock)s: stopped")) % {"clock": name}
        out.append(Entry(clock.stopped_at, "clock", clock, label, {"state": "met"}))
    return out


def build(conversation: Conversation, clocks: list[ConversationClock]) -> list[Entry]:
    entries: list[Entry] = []
    messages = (conversation.messages.select_related("author__staff_profile")
                .prefetch_related("attachments").order_by("created_at", "id")[:MESSAGE_LIMIT])
    entries += [Entry(m.created_at, "message", m) for m in messages]
    entries += [Entry(c.at, "call", c) for c in conversation.call_events.all()[:500]]
    for clock in clocks:
        entries += _clock_entries(clock)
    escalations = conversation.escalations.select_related(
        "requested_by__staff_profile", "to_user__staff_profile", "to_team")
    entries += [Entry(e.created_at, "escalation", e) for e in escalations]
    audits = (conversation.audit_events.exclude(action__in=SHOWN_ELSEWHERE)
              .select_related("actor__staff_profile").order_by("-id")[:AUDIT_LIMIT])
    entries += [Entry(a.created_at, "audit", a) for a in audits]
    entries.sort(key=lambda e: (e.at, e.kind != "message"))
    return entries


def direction_labels() -> dict[str, str]:
    return {value: str(label) for value, label in Direction.choices}
