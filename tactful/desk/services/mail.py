"""Email writes: recording received mail, replies, acknowledgements, notices, mailboxes.

The email channel (``tactful.channels.email``) parses, redacts and threads; these services
write the result in one transaction each, with audit rows and events, like every other
desk write. See docs/channels/email.md.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import access, checking
from ..errors import InvalidInput, NotAllowed
from ..models import (
    ContactPoint,
    Conversation,
    Customer,
    Mailbox,
    Message,
    OutboundEmail,
    RawMessage,
    Team,
)
from ..models.choices import Direction, Role
from ..text import clean_text
from . import audit, clocks, conversations, messages, outbox

log = logging.getLogger("tactful.mail")
Actor = Any


class ReplyBlocked(InvalidInput):
    """The checker found errors and the agent gave no reason to send anyway."""

    code = "blocked_by_checker"

    def __init__(self, message: str, *, findings: list[dict[str, Any]]) -> None:
        super().__init__(message, field="text")
        self.findings = findings


# -- intake -------------------------------------------------------------------------------


@dataclass
class InboundEmail:
    """What the email channel hands the desk for one received message."""

    source: str
    raw: bytes
    content_hash: str
    rfc_message_id: str = ""
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    text: str = ""
    html: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    attachments: list[messages.NewAttachment] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    redacted: bool = False
    language: str = "en"
    channel: str = "email"
    references: list[tuple[str, str]] = field(default_factory=list)
    outcome: str = RawMessage.Outcome.IMPORTED


def record_inbound_email(
    item: InboundEmail,
    *,
    actor: Actor = "email",
    team: Team | None,
    conversation: Conversation | None = None,
    customer: Customer | None = None,
    mailbox: Mailbox | None = None,
) -> tuple[RawMessage, bool]:
    """Store the raw copy and, unless it is only a report, add the message to its
    conversation (opening one when ``conversation`` is None). Returns (raw, created);
    ``created`` is False when this very message was stored before (idempotent intake)."""
    if not isinstance(actor, str):
        raise NotAllowed("Only the mail intake records received email.")
    with transaction.atomic():
        try:
            with transaction.atomic():
                raw = RawMessage.objects.create(
                    source=item.source[:20], mailbox=mailbox, rfc_message_id=item.rfc_message_id,
                    content_hash=item.content_hash, raw=item.raw, size=len(item.raw),
                    redacted=item.redacted, outcome=item.outcome,
                    flag_reasons=item.flags[:50], sender=item.sender[:320],
                )
        except IntegrityError:
            existing = RawMessage.objects.filter(content_hash=item.content_hash).first()
            if existing is None:
                raise
            return existing, False
        if item.outcome in (RawMessage.Outcome.BOUNCE, RawMessage.Outcome.REJECTED) or (
                team is None and conversation is None):
            audit.record("email.stored", actor=actor, obj=raw,
                         after={"outcome": item.outcome, "flags": item.flags[:10]})
            return raw, True
        if conversation is None:
            assert team is not None
            conversation = conversations.open_conversation(
                actor=actor, team=team, channel=item.channel,
                subject=clean_text(item.subject, field="subject", max_length=500)[:500],
                language=item.language, customer=customer,
                contact_name=item.sender_name[:200], contact_email=_valid_email(item.sender),
            )
        external_id = item.rfc_message_id
        if not external_id or RawMessage.objects.filter(
                rfc_message_id=external_id).exclude(pk=raw.pk).exists():
            external_id = f"sha256:{item.content_hash}"
        html = item.html if len(item.html) <= messages.MAX_HTML else ""
        text = item.text[:messages.MAX_TEXT]
        if not text.strip() and not html.strip() and not item.attachments:
            text = "(empty message)"
        meta = {**item.meta, "raw_message": raw.pk}
        if item.flags:
            meta["flags"] = item.flags[:50]
        message = messages.add_message(
            conversation, actor=actor, direction=Direction.INBOUND, text=text, html=html,
            sender=item.sender[:320], meta=meta, external_id=external_id[:998],
            attachments=item.attachments,
        )
        RawMessage.objects.filter(pk=raw.pk).update(conversation=conversation, message=message)
        raw.conversation, raw.message = conversation, message
        for kind, value in item.references:
            try:
                conversations.add_reference(conversation, actor=actor, kind=kind, value=value)
            except InvalidInput:
                continue
        if item.flags:
            audit.record("email.flagged", actor=actor, obj=raw, conversation=conversation,
                         after={"flags": item.flags[:10]})
    return raw, True


def _valid_email(value: str) -> str:
    from ..contacts import normalize_email

    try:
        normalize_email(value)
    except InvalidInput:
        return ""
    return value if len(value) <= 254 else ""


def recipient_of(conversation: Conversation) -> tuple[str, str]:
    """(name, address) the desk writes to for this conversation, or ("", "")."""
    if conversation.contact_email:
        return conversation.contact_name, conversation.contact_email
    if conversation.customer_id is not None:
        contact = ContactPoint.objects.filter(
            customer_id=conversation.customer_id, kind="email").order_by(
            "-is_primary", "id").first()
        if contact is not None:
            return conversation.customer.name if conversation.customer else "", contact.value
    return "", ""


def _sender_of(team: Team) -> tuple[str, str]:
    from django.conf import settings

    address = team.email_address or getattr(settings, "TACTFUL_DEFAULT_FROM_EMAIL", "") or \
        "desk@localhost"
    return team.name, address


def _thread_ids(conversation: Conversation) -> tuple[str, list[str]]:
    """(In-Reply-To, References) for the next message the desk sends in this conversation."""
    inbound = list(RawMessage.objects.filter(conversation=conversation).exclude(
        rfc_message_id="").order_by("-id").values_list("rfc_message_id", flat=True)[:10])
    sent = list(OutboundEmail.objects.filter(conversation=conversation).order_by(
        "-id").values_list("rfc_message_id", flat=True)[:10])
    in_reply_to = inbound[0] if inbound else ""
    refs = list(dict.fromkeys(reversed(inbound + sent)))
    return in_reply_to, refs[-20:]


def _compose(conversation: Conversation, *, subject: str, text: str, html: str = "",
             attachments: list[Any] | None = None, auto: bool = False) -> tuple[
        str, str, str, str, bytes]:
    from tactful.channels.email import composing

    name, to = recipient_of(conversation)
    if not to:
        raise InvalidInput("This conversation has no email address to write to.",
                           field="contact_email")
    from_name, from_address = _sender_of(conversation.team)
    in_reply_to, refs = _thread_ids(conversation)
    message_id = composing.new_message_id(from_address.rpartition("@")[2])
    mail = composing.Outgoing(
        from_address=from_address, from_name=from_name, to_address=to, to_name=name,
        subject=composing.subject_with_token(subject, conversation.token), text=text,
        html=html, in_reply_to=in_reply_to, references=refs, message_id=message_id,
        attachments=attachments or [], auto_submitted="auto-replied" if auto else "",
    )
    try:
        mime = composing.build(mail)
    except ValueError as exc:
        raise InvalidInput(f"The email could not be built: {exc}", field="contact_email") \
            from exc
    return from_address, to, mail.subject, message_id, mime


# -- replies ------------------------------------------------------------------------------


def send_reply(
    conversation: Conversation,
    *,
    actor: Actor,
    text: str,
    html: str = "",
    attachments: list[messages.NewAttachment] | None = None,
    override_reason: str = "",
) -> Message:
    """An agent's reply by email: checked, stored as an outbound message, queued to send.

    Error-level checker findings block the reply unless ``override_reason`` is given; the
    reason and the findings are recorded with the message (R-TALK-8). Card numbers are
    masked before anything is stored (R-SEC-1).
    """
    from tactful.channels.email import composing
    from tactful.channels.email.redacting import redact_text

    if conversation.channel not in ("email", "web_form"):
        raise InvalidInput("Email replies are for email and web-form conversations.",
                           field="channel")
    if not isinstance(actor, str):
        access.require_conversation_access(actor, conversation)
        access.require_role(actor, Role.AGENT)
    text = clean_text(text, field="text", max_length=messages.MAX_TEXT, required=True)
    override_reason = clean_text(override_reason, field="override_reason",
                                 max_length=500).strip()
    result = checking.check_reply(conversation, text, actor=actor)
    if result.blocked and not override_reason:
        raise ReplyBlocked(
            f"The checker found {len(result.blocking)} error(s): {result.summary()}. Fix "
            "them, or give a reason to send anyway.", findings=result.blocking)
    text, _ = redact_text(text)
    html = redact_text(html)[0] if html else ""
    files = attachments or []
    with transaction.atomic():
        message = messages.add_message(
            conversation, actor=actor, direction=Direction.OUTBOUND, text=text, html=html,
            attachments=files, meta={"email": True},
            check_report=result.with_override(override_reason),
        )
        from_address, to, subject, message_id, mime = _compose(
            conversation, subject=composing.reply_subject(conversation.subject), text=text,
            html=message.html,
            attachments=[composing.OutgoingAttachment(a.filename, a.content,
                                                      a.declared_type or
                                                      messages.sniff_content_type(a.content))
                         for a in files],
        )
        outbox.enqueue_email(actor=actor, kind=OutboundEmail.Kind.REPLY,
                             from_address=from_address, to_address=to, subject=subject,
                             rfc_message_id=message_id, mime=mime, conversation=conversation,
                             message=message)
        if result.blocked:
            audit.record("check.overridden", actor=actor, obj=message,
                         conversation=conversation,
                         after={"reason": override_reason,
                                "findings": [f.get("rule_id") for f in result.blocking]})
    return message


# -- acknowledgements and notices (R-MAIL-2) ----------------------------------------------


def _skip(conversation: Conversation, actor: Actor, why: str) -> None:
    with transaction.atomic():
        audit.record("acknowledgement.skipped", actor=actor, obj=conversation,
                     conversation=conversation, after={"reason": why[:200]})


def send_automatic_acknowledgement(conversation: Conversation, *,
                                   actor: Actor = "email") -> OutboundEmail | None:
    """Queue the automatic acknowledgement, once per conversation, in the customer's
    language, never to automatic mail and never more often than the throttle allows.

    Called by the clocks when the policy's acknowledgement timer fires, and at intake when
    the policy acknowledges at once. Returns the queued email, or None when none is due.
    """
    from tactful.channels.email.policy_settings import email_settings, fill

    settings = email_settings()
    conversation = Conversation.objects.select_related("team", "customer").get(
        pk=conversation.pk)
    if conversation.channel not in ("email", "web_form") or not conversation.is_open:
        return None
    if OutboundEmail.objects.filter(conversation=conversation,
                                    kind=OutboundEmail.Kind.ACKNOWLEDGEMENT).exists():
        return None
    if conversation.first_response_at is not None:
        return None  # an agent already answered
    first = conversation.messages.filter(direction=Direction.INBOUND).order_by("id").first()
    auto = (first.meta or {}).get("auto_generated") if first is not None else None
    if auto:
        _skip(conversation, actor, f"automatic mail: {auto}")
        return None
    name, to = recipient_of(conversation)
    if not to:
        return None
    now = timezone.now()
    from tactful.channels.email.autoreply import throttled

    if throttled(to, now=now, per_hour=settings.ack_per_recipient_hour,
                 per_day=settings.ack_per_recipient_day):
        _skip(conversation, actor, f"throttled: {to} had acknowledgements recently")
        return None
    language = conversation.language
    text = fill(settings.acknowledgement_text(language), subject=conversation.subject or "—",
                organisation=settings.organisation, token=f"[#{conversation.token}]",
                name=name or "")
    subject_prefix = fill(settings.acknowledgement_subject(language),
                          organisation=settings.organisation)
    subject = f"{subject_prefix}: {conversation.subject}" if conversation.subject else \
        subject_prefix
    try:
        with transaction.atomic():
            from_address, to, subject, message_id, mime = _compose(
                conversation, subject=subject, text=text, auto=True)
            row = outbox.enqueue_email(
                actor=actor, kind=OutboundEmail.Kind.ACKNOWLEDGEMENT,
                from_address=from_address, to_address=to, subject=subject,
                rfc_message_id=message_id, mime=mime, conversation=conversation)
            messages.add_message(conversation, actor=actor, direction=Direction.NOTE,
                                 text=text, meta={"acknowledgement": row.pk, "to": to})
            clocks.mark_acknowledged(conversation, at=now, actor=actor)
    except IntegrityError:
        return None  # another process acknowledged it a moment ago
    return row


def send_notice(conversation: Conversation, *, problems: list[str],
                actor: Actor = "email") -> OutboundEmail | None:
    """A polite notice that part of a message could not be kept (size, type, depth), in
    the customer's language; the policy's ``channels.email.notice`` text overrides the
    built-in one (``channels/email/texts.py``)."""
    from tactful.channels.email.policy_settings import email_settings, fill
    from tactful.channels.email.texts import problem_sentences

    if not problems:
        return None
    if OutboundEmail.objects.filter(conversation=conversation,
                                    kind=OutboundEmail.Kind.NOTICE).exists():
        return None
    first = conversation.messages.filter(direction=Direction.INBOUND).order_by("id").first()
    if first is not None and (first.meta or {}).get("auto_generated"):
        return None
    settings = email_settings()
    problem = problem_sentences(problems, settings.customer_language(conversation.language))
    text = fill(settings.notice_text(conversation.language),
                subject=conversation.subject or "—", problem=problem,
                organisation=settings.organisation)
    with transaction.atomic():
        from_address, to, subject, message_id, mime = _compose(
            conversation, subject=f"Re: {conversation.subject}", text=text, auto=True)
        row = outbox.enqueue_email(actor=actor, kind=OutboundEmail.Kind.NOTICE,
                                   from_address=from_address, to_address=to,
                                   subject=subject, rfc_message_id=message_id, mime=mime,
                                   conversation=conversation)
        messages.add_message(conversation, actor=actor, direction=Direction.NOTE, text=text,
                             meta={"notice": row.pk, "problems": problems})
    return row


def record_bounce(raw: RawMessage, *, rfc_message_ids: list[str], reason: str,
                  actor: Actor = "email") -> int:
    """A delivery report: the outbound mail it names failed; a note tells the agents."""
    with transaction.atomic():
        failed = list(OutboundEmail.objects.filter(rfc_message_id__in=rfc_message_ids[:20])
                      .select_related("conversation"))
        count = outbox.mark_bounced(rfc_message_ids, reason=reason, actor=actor)
        for row in failed:
            if row.conversation is not None:
                messages.add_message(
                    row.conversation, actor=actor, direction=Direction.NOTE,
                    text=f"Delivery to {row.to_address} failed: {reason}"[:2000],
                    meta={"bounce": raw.pk, "outbound_email": row.pk})
                RawMessage.objects.filter(pk=raw.pk).update(conversation=row.conversation)
    return count


# -- mailboxes ----------------------------------------------------------------------------


def create_mailbox(*, actor: Actor, team: Team, host: str, username: str, password_env: str,
                   port: int = 993, use_ssl: bool = True, folder: str = "INBOX",
                   move_to: str = "", name: str = "",
                   poll_every_seconds: int = 60) -> Mailbox:
    if not isinstance(actor, str):
        access.require_role(actor, Role.ADMIN)
    with transaction.atomic():
        mailbox = Mailbox.objects.create(
            team=team, name=name or f"{username}@{host}", host=host, port=port,
            use_ssl=use_ssl, username=username, password_env=password_env, folder=folder,
            move_to=move_to, poll_every_seconds=poll_every_seconds,
            next_poll_at=timezone.now(),
        )
        audit.record("mailbox.created", actor=actor, obj=mailbox,
                     after={"team": team.pk, "host": host, "username": username,
                            "folder": folder})
    return mailbox


def claim_mailbox(now: datetime | None = None, *, lease: timedelta = timedelta(minutes=10),
                  mailbox: Mailbox | None = None) -> Mailbox | None:
    """Take one mailbox that is due for polling (or ``mailbox``), for this worker alone."""
    now = now or timezone.now()
    qs = Mailbox.objects.filter(is_active=True)
    qs = qs.filter(pk=mailbox.pk) if mailbox is not None else qs.filter(next_poll_at__lte=now)
    for candidate in qs.order_by("next_poll_at", "id").values("id", "claimed_until")[:5]:
        if candidate["claimed_until"] is not None and candidate["claimed_until"] > now:
            continue
        taken = Mailbox.objects.filter(
            pk=candidate["id"], claimed_until=candidate["claimed_until"]
        ).update(claimed_until=now + lease)
        if taken:
            return Mailbox.objects.select_related("team").get(pk=candidate["id"])
    return None


def record_mailbox_position(mailbox: Mailbox, *, uidvalidity: int, last_uid: int) -> None:
    """Remember how far the mailbox was read; called after each committed message."""
    Mailbox.objects.filter(pk=mailbox.pk).update(uidvalidity=uidvalidity, last_uid=last_uid)
    mailbox.uidvalidity, mailbox.last_uid = uidvalidity, last_uid


def hold_mailbox(mailbox: Mailbox, *, until: datetime | None, error: str = "") -> bool:
    """Keep this worker's claim on ``mailbox`` until ``until`` (an IMAP IDLE watcher holds
    its mailbox while it watches), or give it up with None. The mailbox is not due for
    polling while held, and becomes due the moment a lapsed claim ends, so a watcher that
    died hands its mailbox to polling. False when the claim was no longer ours."""
    now = timezone.now()
    fields: dict[str, Any] = {"claimed_until": until, "last_error": error[:2000],
                              "last_polled_at": now, "next_poll_at": until or now}
    held = Mailbox.objects.filter(pk=mailbox.pk, claimed_until=mailbox.claimed_until).update(
        **fields)
    if held:
        mailbox.claimed_until = until
    return bool(held)


def release_mailbox(mailbox: Mailbox, *, error: str = "") -> None:
    now = timezone.now()
    Mailbox.objects.filter(pk=mailbox.pk).update(
        claimed_until=None, last_polled_at=now, last_error=error[:2000],
        next_poll_at=now + timedelta(seconds=mailbox.poll_every_seconds if not error else
                                     max(mailbox.poll_every_seconds, 60)))
