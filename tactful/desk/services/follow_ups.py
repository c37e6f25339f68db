"""Callbacks and follow-ups with a due time (R-PHONE-5, R-FB-2, R-TALK-5)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from .. import access, events
from ..contacts import normalize_phone
from ..errors import InvalidInput
from ..models import Conversation, FollowUp
from ..models.choices import Role
from ..text import clean_text
from . import audit

Actor = Any
# A due time a minute in the past is a slip of the clock, not a plan for the past.
GRACE = timedelta(minutes=1)


def schedule_follow_up(
    conversation: Conversation,
    *,
    actor: Actor,
    kind: str,
    due_at: datetime,
    note: str = "",
    phone: str = "",
    assignee: Any = None,
) -> FollowUp:
    """Plan a callback, a kept promise or a follow-up for ``due_at``.

    A callback needs a number to call: ``phone``, else the conversation's callback number,
    else the customer's phone. The assignee defaults to the actor.
    """
    if kind not in FollowUp.Kind.values:
        raise InvalidInput(f"kind must be one of {', '.join(FollowUp.Kind.values)}.",
                           field="kind")
    if due_at is None or timezone.is_naive(due_at):
        raise InvalidInput("Give the due time with its time zone.", field="due_at")
    if due_at < timezone.now() - GRACE:
        raise InvalidInput("The due time is in the past.", field="due_at")
    note = clean_text(note, field="note", max_length=5000).strip()
    phone = clean_text(phone, field="phone", max_length=40).strip()
    if phone:
        normalize_phone(phone, field="phone")
    if not isinstance(actor, str):
        access.require_role(actor, Role.AGENT)
        access.require_conversation_access(actor, conversation)
    if kind == FollowUp.Kind.CALLBACK and not phone:
        phone = conversation.contact_phone
        if not phone and conversation.customer is not None:
            point = conversation.customer.contacts.filter(kind="phone").first()
            phone = point.value if point else ""
        if not phone:
            raise InvalidInput("A callback needs a phone number to call.", field="phone")
    if assignee is None and not isinstance(actor, str):
        assignee = actor
    if assignee is not None and not access.can_work_on(assignee, conversation):
        raise InvalidInput(f"{assignee} does not work on this conversation's team.",
                           field="assignee")
    with transaction.atomic():
        follow_up = FollowUp.objects.create(
            conversation=conversation, kind=kind, due_at=due_at, note=note, phone=phone,
            assignee=assignee, created_by=None if isinstance(actor, str) else actor,
        )
        audit.record(
            "follow_up.scheduled", actor=actor, obj=follow_up, conversation=conversation,
            after={"kind": kind, "due_at": due_at, "assignee": getattr(assignee, "pk", None)},
        )
        events.publish("conversation.updated", actor=actor, conversation=conversation,
                       fields=["follow_up"])
    return follow_up


def complete_follow_up(follow_up: FollowUp, *, actor: Actor) -> FollowUp:
    """Mark a follow-up done (once)."""
    if not isinstance(actor, str):
        access.require_conversation_access(actor, follow_up.conversation)
    with transaction.atomic():
        done = FollowUp.objects.filter(pk=follow_up.pk, done_at__isnull=True).update(
            done_at=timezone.now())
        if done:
            audit.record("follow_up.done", actor=actor, obj=follow_up,
                         conversation=follow_up.conversation)
            events.publish("conversation.updated", actor=actor,
                           conversation=follow_up.conversation, fields=["follow_up"])
    follow_up.refresh_from_db()
    return follow_up
