"""Opening and changing conversations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from tactful.policy import Policy

from .. import access, events
from ..contacts import normalize_email, normalize_phone, normalize_reference
from ..errors import InvalidInput, NotAllowed
from ..models import Conversation, Customer, Reference, Team
from ..models.choices import (
    STATUS_TRANSITIONS,
    Channel,
    Kind,
    Language,
    Priority,
    ReferenceKind,
    Role,
    Status,
)
from ..text import clean_text
from . import audit, clocks
from .versioned import change_locked

Actor = Any  # a staff user, or a string naming a trusted system ("email", "phone", "demo")

# Fields a caller may change through update_conversation; others have their own verbs.
EDITABLE_FIELDS = {
    "subject", "priority", "language", "kind", "contact_name", "contact_email",
    "contact_phone", "contact_address",
}


def _is_system(actor: Actor) -> bool:
    return isinstance(actor, str)


def _check_choice(value: str, choices: type, field: str) -> str:
    valid = [c.value for c in choices]  # type: ignore[attr-defined]
    if value not in valid:
        raise InvalidInput(
            f"{field} must be one of {', '.join(valid)}; got {value!r}.", field=field
        )
    return value


def _validate_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "priority":
            out[name] = _check_choice(value, Priority, name)
        elif name == "language":
            out[name] = _check_choice(value, Language, name)
        elif name == "kind":
            out[name] = _check_choice(value, Kind, name)
        elif name == "subject":
            out[name] = clean_text(value, field=name, max_length=500)
        elif name in ("contact_name",):
            out[name] = clean_text(value, field=name, max_length=200)
        elif name == "contact_email":
            out[name] = clean_text(value, field=name, max_length=254)
            if out[name]:
                normalize_email(out[name], field=name)
        elif name == "contact_phone":
            out[name] = clean_text(value, field=name, max_length=40)
            if out[name]:
                normalize_phone(out[name], field=name)
        elif name == "contact_address":
            out[name] = clean_text(value, field=name, max_length=2000)
        else:
            raise InvalidInput(f"{name} cannot be changed here.", field=name)
    return out


def open_conversation(
    *,
    actor: Actor,
    team: Team,
    channel: str,
    subject: str = "",
    kind: str = Kind.INQUIRY,
    priority: str = Priority.NORMAL,
    language: str = Language.EN,
    customer: Customer | None = None,
    assignee: Any = None,
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    contact_address: str = "",
) -> Conversation:
    """Open a conversation on a channel for a team (R-CHAN-1)."""
    fields = _opening_fields(
        actor=actor, team=team, channel=channel, subject=subject, kind=kind,
        priority=priority, language=language, customer=customer, assignee=assignee,
        contact_name=contact_name, contact_email=contact_email, contact_phone=contact_phone,
        contact_address=contact_address,
    )
    with transaction.atomic():
        conversation = Conversation.objects.create(
            channel=channel, team=team, customer=customer, assignee=assignee, **fields
        )
        audit.record(
            "conversation.opened", actor=actor, obj=conversation, conversation=conversation,
            after=_opened_audit(conversation, fields),
        )
        clocks.start_clocks(conversation, at=conversation.created_at, actor=actor)
        events.publish("conversation.created", actor=actor, conversation=conversation)
    return conversation


@dataclass
class NewConversation:
    """One conversation for :func:`open_conversations` (the arguments of
    :func:`open_conversation`)."""

    team: Team
    channel: str
    subject: str = ""
    kind: str = Kind.INQUIRY
    priority: str = Priority.NORMAL
    language: str = Language.EN
    customer: Customer | None = None
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    contact_address: str = ""


def open_conversations(specs: list[NewConversation], *, actor: Actor,
                       policy: Policy | None = None) -> list[Conversation]:
    """:func:`open_conversation` for many at once (bulk intake): the same checks, rows,
    audit, clocks and events, written with a few statements instead of a few per
    conversation. All or none: it runs in one transaction."""
    prepared = []
    for spec in specs:
        fields = _opening_fields(
            actor=actor, team=spec.team, channel=spec.channel, subject=spec.subject,
            kind=spec.kind, priority=spec.priority, language=spec.language,
            customer=spec.customer, assignee=None, contact_name=spec.contact_name,
            contact_email=spec.contact_email, contact_phone=spec.contact_phone,
            contact_address=spec.contact_address,
        )
        prepared.append((Conversation(channel=spec.channel, team=spec.team,
                                      customer=spec.customer, **fields), fields))
    if not prepared:
        return []
    with transaction.atomic():
        opened = Conversation.objects.bulk_create([c for c, _ in prepared])
        audit.record_many([
            audit.build("conversation.opened", actor=actor, obj=c, conversation=c,
                        after=_opened_audit(c, fields))
            for c, fields in prepared])
        clocks.start_clocks_many(opened, actor=actor, policy=policy)
        events.publish_all([events.build("conversation.created", actor=actor, conversation=c)
                            for c in opened])
    return opened


def _opening_fields(*, actor: Actor, team: Team, channel: str, subject: str, kind: str,
                    priority: str, language: str, customer: Customer | None, assignee: Any,
                    contact_name: str, contact_email: str, contact_phone: str,
                    contact_address: str) -> dict[str, Any]:
    """The checked fields of a new conversation; refuses what may not be opened."""
    _check_choice(channel, Channel, "channel")
    fields = _validate_fields(
        {
            "subject": subject, "kind": kind, "priority": priority, "language": language,
            "contact_name": contact_name, "contact_email": contact_email,
            "contact_phone": contact_phone, "contact_address": contact_address,
        }
    )
    if not _is_system(actor):
        access.require_role(actor, Role.AGENT)
        if not access.sees_everything(actor) and team.pk not in access.team_ids(actor):
            raise NotAllowed("You can open conversations only for your own teams.", field="team")
    if kind == Kind.CALLBACK and not (contact_phone or _customer_has_phone(customer)):
        raise InvalidInput("A callback needs a phone number to call.", field="contact_phone")
    if assignee is not None:
        _require_assignable(team, assignee)
    return fields


def _opened_audit(conversation: Conversation, fields: dict[str, Any]) -> dict[str, Any]:
    return {"channel": conversation.channel, "team": conversation.team_id, **fields,
            "customer": conversation.customer_id}


def _customer_has_phone(customer: Customer | None) -> bool:
    return bool(customer and customer.contacts.filter(kind="phone").exists())


def _require_assignable(team: Team, assignee: Any) -> None:
    if access.role_of(assignee) is None:
        raise InvalidInput("The assignee is not an active member of staff.", field="assignee")
    if not access.sees_everything(assignee) and team.pk not in access.team_ids(assignee):
        raise InvalidInput(f"{assignee} is not in the team {team}.", field="assignee")


def _change(
    conversation: Conversation,
    *,
    actor: Actor,
    action: str,
    changes: dict[str, Any],
    expected_version: int | None,
) -> Conversation:
    """Apply ``changes`` under a row lock, bump the version, audit and publish.

    The row is re-read under ``SELECT … FOR UPDATE`` (PostgreSQL; SQLite serialises
    writers with IMMEDIATE transactions), so two agents changing one conversation at the
    same moment never lose an update. With ``expected_version`` the change is refused with
    :class:`Conflict` when someone else changed the conversation since the caller read it.
    """
    if not _is_system(actor):
        access.require_conversation_access(actor, conversation)
    with transaction.atomic():
        locked, changed, before = change_locked(
            Conversation, conversation.pk, changes, expected_version=expected_version,
            label=f"Conversation {conversation.pk}")
        if not changed:
            return locked
        audit.record(
            action, actor=actor, obj=locked, conversation=locked,
            before=before, after=changed,
        )
        if "status" in changed:
            clocks.on_status(locked, before["status"], changed["status"],
                             at=locked.updated_at, actor=actor)
        if "priority" in changed or "team_id" in changed:
            clocks.retime_clocks(locked, actor=actor, reason="priority or team changed")
        events.publish("conversation.updated", actor=actor, conversation=locked,
                       fields=list(changed))
    return locked


def update_conversation(
    conversation: Conversation,
    *,
    actor: Actor,
    changes: dict[str, Any],
    expected_version: int | None = None,
) -> Conversation:
    """Change the subject, priority, language, kind or contact details."""
    return _change(
        conversation, actor=actor, action="conversation.updated",
        changes=_validate_fields(changes), expected_version=expected_version,
    )


def assign_conversation(
    conversation: Conversation,
    *,
    actor: Actor,
    assignee: Any,
    expected_version: int | None = None,
) -> Conversation:
    """Give the conversation to an agent of its team, or to nobody (``assignee=None``)."""
    if assignee is not None:
        _require_assignable(conversation.team, assignee)
    if (
        not _is_system(actor)
        and access.role_of(actor) == Role.AGENT
        and conversation.assignee_id not in (None, actor.pk)
    ):
        raise NotAllowed("Agents may take unassigned conversations or hand on their own.")
    return _change(
        conversation, actor=actor, action="conversation.assigned",
        changes={"assignee_id": getattr(assignee, "pk", None)},
        expected_version=expected_version,
    )


def change_status(
    conversation: Conversation,
    *,
    actor: Actor,
    status: str,
    reason: str = "",
    expected_version: int | None = None,
) -> Conversation:
    """Move the conversation to another status along the allowed transitions.

    An email conversation cannot be closed without a reply or a stated reason (R-MAIL-1).
    """
    _check_choice(status, Status, "status")
    reason = clean_text(reason, field="reason", max_length=500)
    current = conversation.status
    if status == current:
        return conversation
    if status not in STATUS_TRANSITIONS[current]:
        raise InvalidInput(f"A {current} conversation cannot become {status}.", field="status")
    now = timezone.now()
    changes: dict[str, Any] = {"status": status}
    if status in (Status.RESOLVED, Status.CLOSED):
        replied = conversation.first_response_at is not None or conversation.messages.filter(
            direction="outbound"
        ).exists()
        if not replied and not reason.strip():
            raise InvalidInput(
                "This conversation has had no reply; give a reason for closing it.",
                field="reason",
            )
        if reason:
            changes["close_reason"] = reason
        if status == Status.RESOLVED:
            changes["resolved_at"] = now
        else:
            changes["closed_at"] = now
            if conversation.resolved_at is None:
                changes["resolved_at"] = now
    elif status == Status.OPEN and current == Status.RESOLVED:
        changes["resolved_at"] = None
    return _change(
        conversation, actor=actor, action="conversation.status_changed", changes=changes,
        expected_version=expected_version,
    )


def add_reference(
    conversation: Conversation, *, actor: Actor, kind: str, value: str
) -> Reference:
    """Attach an order, package, invoice or other exact identifier (R-ID-2)."""
    kind, value, normalized = _reference_key(kind, value)
    if not _is_system(actor):
        access.require_conversation_access(actor, conversation)
    with transaction.atomic():
        reference, created = Reference.objects.get_or_create(
            conversation=conversation, kind=kind, normalized=normalized,
            defaults={"value": value, "customer": conversation.customer},
        )
        if created:
            audit.record(
                "reference.added", actor=actor, obj=reference, conversation=conversation,
                after={"kind": kind, "value": value},
            )
            events.publish("reference.added", actor=actor, conversation=conversation)
    return reference


def add_references(found: list[tuple[Conversation, str, str]], *,
                   actor: Actor) -> list[Reference]:
    """:func:`add_reference` for many (conversation, kind, value) at once (bulk intake).

    Values that are not valid references are skipped, as are those a conversation already
    has; the new ones are written with their audit rows and events in a few statements.
    """
    wanted: dict[tuple[int, str, str], tuple[Conversation, str]] = {}
    for conversation, kind, value in found:
        try:
            kind, value, normalized = _reference_key(kind, value)
        except InvalidInput:
            continue
        if not _is_system(actor):
            access.require_conversation_access(actor, conversation)
        wanted.setdefault((conversation.pk, kind, normalized), (conversation, value))
    if not wanted:
        return []
    with transaction.atomic():
        have = set(Reference.objects.filter(
            conversation_id__in={pk for pk, _, _ in wanted}).values_list(
            "conversation_id", "kind", "normalized"))
        made = [(Reference(conversation=conversation, kind=kind, normalized=normalized,
                           value=value, customer=conversation.customer), conversation)
                for (pk, kind, normalized), (conversation, value) in wanted.items()
                if (pk, kind, normalized) not in have]
        Reference.objects.bulk_create([r for r, _ in made])
        audit.record_many([
            audit.build("reference.added", actor=actor, obj=r, conversation=c,
                        after={"kind": r.kind, "value": r.value}) for r, c in made])
        events.publish_all([events.build("reference.added", actor=actor, conversation=c)
                            for _, c in made])
    return [r for r, _ in made]


def _reference_key(kind: str, value: str) -> tuple[str, str, str]:
    _check_choice(kind, ReferenceKind, "kind")
    value = clean_text(value, field="value", max_length=120, required=True).strip()
    return kind, value, normalize_reference(value)
