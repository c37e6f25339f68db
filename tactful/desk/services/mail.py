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
from django.db.models import BigIntegerField, OuterRef, Subquery
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
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
    """What the email channel hands the desk for one received message, and where it goes.

    ``conversation`` is the conversation it continues; ``follows`` (in a batch) the index
    of an earlier item whose conversation it continues, opened in the same batch; with
    neither it opens a conversation for ``team`` (and ``customer``), unless it is a report
    or was kept out. ``bounce_of`` names our outgoing Message-IDs a delivery report fails.
    """

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
    team: Team | None = None
    conversation: Conversation | None = None
    follows: int | None = None
    customer: Customer | None = None
    mailbox: Mailbox | None = None
    bounce_of: list[str] = field(default_factory=list)
    bounce_reason: str = ""

    @property
    def kept_out(self) -> bool:
        """Stored as it came, in no conversation: a report, kept out, or nowhere to go."""
        return self.outcome in (RawMessage.Outcome.BOUNCE, RawMessage.Outcome.REJECTED) or (
            self.team is None and self.conversation is None and self.follows is None)

    @property
    def opens(self) -> bool:
        return not self.kept_out and self.conversation is None and self.follows is None


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
    item.team, item.conversation, item.customer, item.mailbox = (team, conversation,
                                                                 customer, mailbox)
    item.follows = None
    try:
        return record_inbound_emails([item], actor=actor)[0], True
    except IntegrityError:
        existing = RawMessage.objects.filter(content_hash=item.content_hash).first()
        if existing is None:
            raise
        return existing, False


def record_inbound_emails(items: list[InboundEmail], *,
                          actor: Actor = "email") -> list[RawMessage]:
    """Store received messages in one transaction; the raw rows, in the order of ``items``.

    Conversations that messages open are opened together, with their first messages,
    clocks, references, audit rows and events in a few statements; messages that continue
    a conversation go through :func:`messages.add_message` one by one, in order, after the
    conversations they may continue were opened. Events are delivered after the commit.
    Raises ``IntegrityError`` (and keeps nothing) when one of the messages was stored
    meanwhile by another intake: the caller takes them again one by one.
    """
    if not isinstance(actor, str):
        raise NotAllowed("Only the mail intake records received email.")
    with transaction.atomic():
        taken = _known_message_ids(items)
        raws = RawMessage.objects.bulk_create([_raw_row(item) for item in items])
        conversation_of = _open_for(items, actor=actor)
        stored = []
        for index, (item, raw) in enumerate(zip(items, raws, strict=True)):
            if item.kept_out:
                continue
            conversation = conversation_of.get(index) or item.conversation or \
                conversation_of[item.follows]  # type: ignore[index]
            conversation_of[index] = conversation
            external_id = item.rfc_message_id
            if not external_id or taken[index]:
                external_id = f"sha256:{item.content_hash}"
            stored.append((index, messages.NewMessage(
                conversation=conversation, text=_message_text(item),
                html=item.html if len(item.html) <= messages.MAX_HTML else "",
                sender=item.sender[:320], external_id=external_id[:998],
                attachments=item.attachments,
                meta={**item.meta, "raw_message": raw.pk,
                      **({"flags": item.flags[:50]} if item.flags else {})})))
        first = [(i, n) for i, n in stored if items[i].opens]
        made = dict(zip([i for i, _ in first], messages.add_opening_messages(
            [n for _, n in first], actor=actor), strict=True))
        for index, new in stored:
            if index not in made:
                made[index] = messages.add_message(
                    new.conversation, actor=actor, direction=Direction.INBOUND,
                    text=new.text, html=new.html, sender=new.sender, meta=new.meta,
                    external_id=new.external_id, attachments=new.attachments)
        for index, raw in enumerate(raws):
            if index in made:
                raw.conversation, raw.message = conversation_of[index], made[index]
        _link_raw_copies([raws[i] for i in made], [made[i].pk for i in made])
        conversations.add_references(
            [(conversation_of[i], kind, value) for i in sorted(made)
             for kind, value in items[i].references], actor=actor)
        audit.record_many([_raw_audit(item, raw, actor) for item, raw in zip(items, raws,
                                                                              strict=True)
                           if item.kept_out or item.flags])
        for item, raw in zip(items, raws, strict=True):
            if item.bounce_of:
                record_bounce(raw, rfc_message_ids=item.bounce_of,
                              reason=item.bounce_reason or "delivery failed", actor=actor)
    return raws


def _link_raw_copies(raws: list[RawMessage], message_ids: list[int]) -> None:
    """Point each raw copy at its message and conversation, in one statement: the message
    is the one whose ``meta.raw_message`` names the raw copy (what ``bulk_update`` would
    write, without building a CASE per row)."""
    if not raws:
        return
    named = Message.objects.filter(pk__in=message_ids).annotate(
        raw_id=Cast(KT("meta__raw_message"), BigIntegerField())).filter(
        raw_id=OuterRef("pk"))
    RawMessage.objects.filter(pk__in=[r.pk for r in raws]).update(
        message=Subquery(named.values("pk")[:1]),
        conversation=Subquery(named.values("conversation_id")[:1]))


def _raw_row(item: InboundEmail) -> RawMessage:
    return RawMessage(
        source=item.source[:20], mailbox=item.mailbox, rfc_message_id=item.rfc_message_id,
        content_hash=item.content_hash, raw=item.raw, size=len(item.raw),
        redacted=item.redacted, outcome=item.outcome, flag_reasons=item.flags[:50],
        sender=item.sender[:320],
    )


def _raw_audit(item: InboundEmail, raw: RawMessage, actor: Actor) -> Any:
    if item.kept_out:
        return audit.build("email.stored", actor=actor, obj=raw,
                           after={"outcome": item.outcome, "flags": item.flags[:10]})
    return audit.build("email.flagged", actor=actor, obj=raw, conversation=raw.conversation,
                       after={"flags": item.flags[:10]})


def _known_message_ids(items: list[InboundEmail]) -> list[bool]:
    """For each item, whether another raw message (stored before, or earlier in the batch)
    has its Message-ID: such a message is kept under its content hash instead."""
    ids = {item.rfc_message_id for item in items if item.rfc_message_id}
    seen = set(RawMessage.objects.filter(rfc_message_id__in=ids).values_list(
        "rfc_message_id", flat=True)) if ids else set()
    taken = []
    for item in items:
        taken.append(item.rfc_message_id in seen)
        if item.rfc_message_id:
            seen.add(item.rfc_message_id)
    return taken


def _open_for(items: list[InboundEmail], *, actor: Actor) -> dict[int, Conversation]:
    """Open the conversations that items start, all at once; by the item's index."""
    openers = [i for i, item in enumerate(items) if item.opens]
    opened = conversations.open_conversations([
        conversations.NewConversation(
            team=items[i].team,  # type: ignore[arg-type]
            channel=items[i].channel,
            subject=clean_text(items[i].subject, field="subject", max_length=500)[:500],
            language=items[i].language, customer=items[i].customer,
            contact_name=items[i].sender_name[:200],
            contact_email=contact_email_for(items[i].sender))
        for i in openers], actor=actor)
    return dict(zip(openers, opened, strict=True))


def _message_text(item: InboundEmail) -> str:
    html = item.html if len(item.html) <= messages.MAX_HTML else ""
    text = item.text[:messages.MAX_TEXT]
    if not text.strip() and not html.strip() and not item.attachments:
        text = "(empty message)"
    return text


def contact_email_for(sender: str) -> str:
    """The address a conversation opened by ``sender`` keeps as its contact, or ""."""
    from ..contacts import normalize_email

    try:
        normalize_email(sender)
    except InvalidInput:
        return ""
    return sender if len(sender) <= 254 else ""


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
