"""Adding messages and attachments to conversations.

Every outbound message is stored with the checker's report (``Message.check_report``):
callers that checked the text already (the email and letter gates, which may block) pass
their report; for every other path (the REST API, replies on other channels, imports of
history) ``add_message`` checks the text itself, through ``tactful.desk.checking``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import filetype
import nh3
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone

from .. import access, checking, events
from ..errors import InvalidInput, NotAllowed
from ..models import Attachment, Conversation, Message
from ..models.choices import Channel, Direction, Role, Status
from ..text import clean_text
from . import audit, clocks

Actor = Any

MAX_TEXT = 200_000
MAX_HTML = 1_000_000


@dataclass(frozen=True)
class NewAttachment:
    filename: str
    content: bytes
    declared_type: str = ""


def sanitize_html(html: str) -> str:
    """Keep formatting, drop scripts, event handlers, styles and foreign embeds."""
    return nh3.clean(html, link_rel="noopener noreferrer nofollow")


def sniff_content_type(content: bytes) -> str:
    kind = filetype.guess(content[:8192])
    if kind is not None:
        return str(kind.mime)
    try:
        content[:8192].decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain"


def add_message(
    conversation: Conversation,
    *,
    actor: Actor,
    direction: str,
    text: str,
    html: str = "",
    sender: str = "",
    meta: dict[str, Any] | None = None,
    external_id: str = "",
    attachments: list[NewAttachment] | None = None,
    channel: str | None = None,
    check_report: dict[str, Any] | None = None,
) -> Message:
    """Add a message and move the conversation along.

    A customer's message reopens a resolved conversation and ends waiting on the customer;
    the first reply to the customer is the conversation's first response. With an
    ``external_id`` (an email Message-ID, a chat event id) a second delivery of the same
    message returns the stored one instead of adding it again. ``channel`` is the
    message's own when it differs from the conversation's (a letter in an email
    conversation). An outbound message is stored with ``check_report``, or, when the caller
    gives none, with the checker's report on its text (R-TALK-15, R-POL-4).
    """
    new = _checked(conversation, actor=actor, direction=direction, text=text, html=html,
                   sender=sender, meta=meta, external_id=external_id, attachments=attachments,
                   channel=channel)
    if direction == Direction.OUTBOUND:
        new.check_report = check_report if check_report is not None else _report(
            conversation, new.text, actor=actor, channel=channel)
    with transaction.atomic():
        locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if new.external_id:
            existing = Message.objects.filter(conversation=locked,
                                              external_id=new.external_id).first()
            if existing is not None:
                return existing
        message = _unsaved(locked, new)
        message.save(force_insert=True)
        for item in new.attachments:
            _store_attachment(message, item)
        status_before = locked.status
        changed = _advance_conversation(locked, direction, message.created_at)
        if changed:
            locked.save(update_fields=[*changed, "version", "updated_at"])
        if locked.status != status_before:
            clocks.on_status(locked, status_before, locked.status, at=message.created_at,
                             actor=actor)
        if direction != Direction.NOTE:
            clocks.on_message(locked, direction, at=message.created_at, actor=actor)
        audit.record("message.added", actor=actor, obj=message, conversation=locked,
                     after=_added_audit(new, changed))
        events.publish("message.added", actor=actor, conversation=locked,
                       fields=list(changed))
    return message


@dataclass
class NewMessage:
    """One message for :func:`add_opening_messages` (the arguments of :func:`add_message`)."""

    conversation: Conversation
    text: str
    html: str = ""
    sender: str = ""
    meta: dict[str, Any] | None = None
    external_id: str = ""
    attachments: list[NewAttachment] = field(default_factory=list)
    direction: str = Direction.INBOUND
    author: Any = None
    channel: str | None = None  # the message's own, when it differs from the conversation's
    check_report: dict[str, Any] | None = None


def add_opening_messages(new: list[NewMessage], *, actor: Actor) -> list[Message]:
    """The customer's first message in each of these conversations, which were opened a
    moment ago in the same transaction (bulk intake): the same checks, rows, audit and
    events as :func:`add_message`, written with a few statements.

    For a conversation that is new and has no message yet, :func:`add_message`'s rules
    come to this: it stays new, ``last_customer_message_at`` is set, the version goes up
    and no clock changes (the next-response clock needs an earlier reply). Anything else
    is refused, so that the shortcut never disagrees with :func:`add_message`.
    """
    checked = [_checked(n.conversation, actor=actor, direction=n.direction, text=n.text,
                        html=n.html, sender=n.sender, meta=n.meta, external_id=n.external_id,
                        attachments=n.attachments) for n in new]
    for item in checked:
        c = item.conversation
        if item.direction != Direction.INBOUND or c.status != Status.NEW or \
                c.first_response_at is not None or c.version != 1:
            raise ValueError(f"conversation {c.pk} is not one that was just opened")
    if not checked:
        return []
    with transaction.atomic():
        made = Message.objects.bulk_create([_unsaved(item.conversation, item)
                                            for item in checked])
        now = timezone.now()
        rows, published = [], []
        for item, message in zip(checked, made, strict=True):
            for attachment in item.attachments:
                _store_attachment(message, attachment)
            conversation = item.conversation
            changed = _advance_conversation(conversation, Direction.INBOUND,
                                            message.created_at)
            conversation.updated_at = now
            rows.append(audit.build("message.added", actor=actor, obj=message,
                                    conversation=conversation,
                                    after=_added_audit(item, changed)))
            published.append(events.build("message.added", actor=actor,
                                          conversation=conversation, fields=list(changed)))
        latest = Message.objects.filter(conversation=OuterRef("pk"),
                                        direction=Direction.INBOUND).order_by(
            "-created_at", "-id").values("created_at")[:1]
        Conversation.objects.filter(pk__in=[item.conversation.pk for item in checked]).update(
            last_customer_message_at=Subquery(latest), version=F("version") + 1,
            updated_at=now)
        audit.record_many(rows)
        events.publish_all(published)
    return made


def _checked(conversation: Conversation, *, actor: Actor, direction: str, text: str,
             html: str, sender: str, meta: dict[str, Any] | None, external_id: str,
             attachments: list[NewAttachment] | None,
             channel: str | None = None) -> NewMessage:
    """The message's fields cleaned and checked against the limits and the actor's rights."""
    if direction not in Direction.values:
        raise InvalidInput(f"direction must be one of {', '.join(Direction.values)}.",
                           field="direction")
    if channel is not None and channel not in Channel.values:
        raise InvalidInput(f"channel must be one of {', '.join(Channel.values)}.",
                           field="channel")
    text = clean_text(text, field="text", max_length=MAX_TEXT)
    html = clean_text(html, field="html", max_length=MAX_HTML)
    if not text.strip() and not html.strip() and not attachments:
        raise InvalidInput("A message needs text, HTML or an attachment.", field="text")
    sender = clean_text(sender, field="sender", max_length=320)
    external_id = clean_text(external_id, field="external_id", max_length=998)
    files = attachments or []
    limit = settings.TACTFUL_ATTACHMENT_MAX_BYTES
    for item in files:
        if len(item.content) > limit:
            raise InvalidInput(
                f"{item.filename} is {len(item.content)} bytes; the limit is {limit}.",
                field="attachments",
            )
    author = None
    if not isinstance(actor, str):
        access.require_conversation_access(actor, conversation)
        access.require_role(actor, Role.AGENT)
        if direction == Direction.INBOUND:
            raise NotAllowed("Staff cannot write in the customer's name.", field="direction")
        author = actor
    return NewMessage(conversation=conversation, direction=direction, text=text, html=html,
                      sender=sender, meta=meta, external_id=external_id, attachments=files,
                      author=author, channel=channel)


def _unsaved(conversation: Conversation, new: NewMessage) -> Message:
    return Message(
        conversation=conversation, direction=new.direction,
        channel=new.channel or conversation.channel, check_report=new.check_report,
        author=new.author, sender=new.sender, text=new.text,
        html=sanitize_html(new.html) if new.html else "", meta=new.meta or {},
        external_id=new.external_id,
    )


def _report(conversation: Conversation, text: str, *, actor: Actor,
            channel: str | None) -> dict[str, Any]:
    if not text.strip():
        return {"checked": False, "reason": "no text", "findings": []}
    return checking.check_reply(conversation, text, actor=actor, channel=channel).report


def _added_audit(new: NewMessage, changed: dict[str, Any]) -> dict[str, Any]:
    return {"direction": new.direction, "length": len(new.text),
            "attachments": len(new.attachments),
            **({"conversation": changed} if changed else {})}


def _advance_conversation(conversation: Conversation, direction: str, at: Any) -> dict[str, Any]:
    """Move the conversation along for a message (in memory; the caller saves it): the
    fields that changed, as JSON values."""
    changes: dict[str, Any] = {}
    if direction == Direction.INBOUND:
        changes["last_customer_message_at"] = at
        if conversation.status in (Status.RESOLVED, Status.WAITING_ON_CUSTOMER):
            changes["status"] = Status.OPEN
            changes["resolved_at"] = None
    elif direction == Direction.OUTBOUND:
        if conversation.first_response_at is None:
            changes["first_response_at"] = at
        if conversation.status == Status.NEW:
            changes["status"] = Status.OPEN
    if changes:
        for key, value in changes.items():
            setattr(conversation, key, value)
        conversation.version += 1
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in changes.items()}


def _store_attachment(message: Message, item: NewAttachment) -> Attachment:
    filename = clean_text(item.filename, field="filename", max_length=255).strip() or "attachment"
    filename = filename.replace("/", "_").replace("\\", "_")
    digest = hashlib.sha256(item.content).hexdigest()
    attachment = Attachment(
        message=message, filename=filename, size=len(item.content),
        content_type=sniff_content_type(item.content),
        declared_type=item.declared_type[:120], sha256=digest,
    )
    attachment.file.save(filename, ContentFile(item.content), save=False)
    attachment.save()
    return attachment


