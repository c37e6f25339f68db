"""Placing seeded (demo or imported) conversations at their true time in the past."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from ..models import Conversation, Message
from . import audit, clocks


def backdate_conversation(conversation: Conversation, *, actor: Any, created_at: datetime,
                          step: timedelta) -> None:
    """Move a conversation and its messages to ``created_at``, messages ``step`` apart.

    For data that happened before it reached the desk (the demo, migrations from another
    system); audited like every other write.
    """
    with transaction.atomic():
        shift = created_at - conversation.created_at
        Conversation.objects.filter(pk=conversation.pk).update(
            created_at=created_at, updated_at=created_at)
        last = created_at
        moved: dict[str, Any] = {}
        for index, message in enumerate(conversation.messages.order_by("id")):
            last = created_at + step * index
            Message.objects.filter(pk=message.pk).update(created_at=last)
            if message.direction == "outbound" and "first_response_at" not in moved:
                moved["first_response_at"] = last
            if message.direction == "inbound":
                moved["last_customer_message_at"] = last
        conversation.refresh_from_db()
        fields = {k: v for k, v in moved.items() if getattr(conversation, k) is not None}
        for key in ("resolved_at", "closed_at"):
            if getattr(conversation, key) is not None:
                fields[key] = last + step
        fields["updated_at"] = last
        Conversation.objects.filter(pk=conversation.pk).update(**fields)
        conversation.refresh_from_db()
        clocks.shift_history(conversation, by=shift, now=timezone.now())
        audit.record("conversation.backdated", actor=actor, obj=conversation,
                     conversation=conversation, after={"created_at": created_at})
