"""Marking in-app notifications as read by the person they were meant for."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from ..models import Notification


def mark_notifications_read(user: Any, *, actor: Any, ids: list[int] | None = None) -> int:
    """Mark the user's unread notifications (or only ``ids``) read; returns how many.

    Only the person a notice was meant for can mark it read. Not audited: reading a notice
    changes nothing about a conversation.
    """
    if isinstance(actor, str) or actor.pk != user.pk:
        return 0
    with transaction.atomic():
        qs = Notification.objects.filter(user=user, read_at__isnull=True)
        if ids is not None:
            qs = qs.filter(pk__in=ids)
        return qs.update(read_at=timezone.now())
