"""Setting up clocks and checked replies for the workspace tests.

Clock rows are normally written by the service-level code; tests place them directly so
that the inbox and dashboard can be tested for every state without waiting for time.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from tactful.desk.models import Conversation, ConversationClock


def put_clock(conversation: Any, *, due_in: timedelta, warn_before: timedelta = timedelta(
        minutes=30), breached: bool = False, name: str = "first_response") -> Any:
    now = timezone.now()
    due = now + due_in
    clock = ConversationClock.objects.create(
        conversation=conversation, name=name, calendar="office", started_at=now - timedelta(
            hours=1), target_seconds=3600, due_at=due, warn_at=due - warn_before,
        breached_at=now if breached else None)
    Conversation.objects.filter(pk=conversation.pk).update(next_deadline_at=due - warn_before)
    return clock
