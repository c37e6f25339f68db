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


def build(
    action: str,
    *,
    actor: Any,
    obj: models.Model,
    conversation: Conversation | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """One audit row, not yet written (see :func:`record` and :func:`record_many`)."""
    user: Any = actor if isinstance(actor, models.Model) else None
    return AuditEvent(
        actor=user,
        actor_label=actor_label(actor)[:150],
        action=action,
        object_type=obj._meta.model_name or type(obj).__name__.lower(),
        object_id=str(obj.pk),
        conversation=conversation,
        before=jsonable(before) if before is not None else None,
        after=jsonable(after) if after is not None else None,
    )


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
    row = build(action, actor=actor, obj=obj, conversation=conversation, before=before,
                after=after)
    row.save(force_insert=True)
    return row


def record_many(rows: list[AuditEvent]) -> None:
    """Write rows made with :func:`build` in one statement, in their order (bulk intake)."""
    if rows:
        AuditEvent.objects.bulk_create(rows)
