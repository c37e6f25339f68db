"""Recording audit events; called inside the transaction of the write it describes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db import models

from ..models import AuditEvent, Conversation


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return value


def actor_label(actor: Any) -> str:
    if actor is None:
        return "system"
    if isinstance(actor, str):
        return actor
    return str(getattr(actor, "username", "") or actor)


def record(
    action: str,
    *,
    actor: Any,
    obj: models.Model,
    conversation: Conversation | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Write one audit row. ``actor`` is a user, or a label like ``"email"`` for systems."""
    user: Any = actor if isinstance(actor, models.Model) else None
    return AuditEvent.objects.create(
        actor=user,
        actor_label=actor_label(actor)[:150],
        action=action,
        object_type=obj._meta.model_name or type(obj).__name__.lower(),
        object_id=str(obj.pk),
        conversation=conversation,
        before=jsonable(before) if before is not None else None,
        after=jsonable(after) if after is not None else None,
    )
