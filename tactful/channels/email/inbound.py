"""Received messages, end to end: check, parse, redact, thread, store, acknowledge.

Every intake path calls :func:`receive` (one message, one transaction: the SMTP/LMTP
listener, the HTTP endpoint) or :func:`receive_many` (a batch in one transaction:
``tactful mail import``, the IMAP poll). Both are the same code: one message is a batch of
one. Nothing in a message makes them raise: malformed or hostile mail is stored (raw,
redacted) and flagged with the reason (R-MAIL-1: none is ever ignored). They raise only
when the desk cannot store anything at all (the database is down), so that the caller can
answer "try again later" and the sender's server keeps the message.

In a batch, duplicates are recognised among the batch as well as against what is stored,
and a reply to a message earlier in the batch joins its conversation. When the batch
cannot be stored as a whole (a message the database refuses, another intake storing one
of its messages at the same moment) nothing of it is kept and its messages are taken again
one by one; a message that fails on its own is kept as a flagged raw copy.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from django.db import InterfaceError, OperationalError

from tactful.desk.models import Conversation, Mailbox, RawMessage, Team
from tactful.desk.services import mail as mail_services
from tactful.desk.services.messages import NewAttachment

from . import autoreply, bounces, quotes, references, threading
from .parse import ParsedEmail, parse_bytes
from .policy_settings import EmailSettings, email_settings
from .redacting import redact_raw, redact_text

log = logging.getLogger("tactful.channels.email")

IMPORTED, DUPLICATE, FLAGGED, REJECTED, BOUNCE = (
    "imported", "duplicate", "flagged", "rejected", "bounce")
HARD_LIMIT = 200 * 1024 * 1024  # beyond this even the raw copy is cut (kept, and flagged)
# The database cannot be reached: nothing can be stored, the caller must try again later.
UNAVAILABLE = (OperationalError, InterfaceError)


@dataclass
class IntakeResult:
    outcome: str  # imported, duplicate, flagged, rejected, bounce
    raw_message: RawMessage | None = None
    conversation: Conversation | None = None
    reason: str = ""

    @property
    def conversation_id(self) -> int | None:
        return self.conversation.pk if self.conversation is not None else None


class _Teams:
    """The teams mail can be addressed to, read once per batch."""

    def __init__(self) -> None:
        self._addressed: list[Team] | None = None
        self._first: list[Team | None] = []

    def pick(self, recipients: list[str], default: Team | None) -> Team | None:
        lowered = [r.lower() for r in recipients if r]
        if lowered:
            if self._addressed is None:
                self._addressed = list(Team.objects.exclude(email_address="").order_by("id"))
            for team in self._addressed:
                if team.email_address.lower() in lowered:
                    return team
        if default is not None:
            return default
        if not self._first:
            self._first.append(Team.objects.order_by("id").first())
        return self._first[0]


def team_for(recipients: list[str], default: Team | None = None) -> Team | None:
    """The team whose address is among ``recipients``, else ``default``, else the first."""
    return _Teams().pick(recipients, default)


def _language(parsed: ParsedEmail, customer: Any, visible: str, settings: EmailSettings) -> str:
    if customer is not None and customer.preferred_language:
        return str(customer.preferred_language)
    charsets = " ".join(parsed.charsets).lower()
    if "big5" in charsets:
        return "zh-Hant"
    if "gb" in charsets:
        return "zh-Hans"
    hint = parsed.headers.get("content-language", "").lower()[:2]
    try:
        from tactful.protocol.language import detect_language
    except ImportError:
        return hint if hint in ("en", "hu", "et", "ro") else settings.default_language
    sample = f"{parsed.subject}\n{visible}"[:300]
    try:
        return detect_language(sample, default=settings.default_language)
    except Exception:
        return settings.default_language


@dataclass(frozen=True)
class _Options:
    source: str
    settings: EmailSettings
    team: Team | None = None
    mailbox: Mailbox | None = None
    recipients: tuple[str, ...] = ()
    acknowledge: bool = True
    channel: str = "email"
    extra_meta: dict[str, Any] = field(default_factory=dict)


def receive(raw: bytes, *, source: str, team: Team | None = None,
            mailbox: Mailbox | None = None, recipients: list[str] | None = None,
            acknowledge: bool = True, channel: str = "email",
            extra_meta: dict[str, Any] | None = None,
            settings: EmailSettings | None = None) -> IntakeResult:
    """Take one raw RFC 5322 message into the desk. See the module docstring."""
    return receive_many([raw], source=source, team=team, mailbox=mailbox,
                        recipients=recipients, acknowledge=acknowledge, channel=channel,
                        extra_meta=extra_meta, settings=settings)[0]


def receive_many(raws: list[bytes], *, source: str, team: Team | None = None,
                 mailbox: Mailbox | None = None, recipients: list[str] | None = None,
                 acknowledge: bool = True, channel: str = "email",
                 extra_meta: dict[str, Any] | None = None,
                 settings: EmailSettings | None = None) -> list[IntakeResult]:
    """Take raw messages into the desk in one transaction; one result each, in order.
    See the module docstring."""
    options = _Options(source=source, settings=settings or email_settings(), team=team,
                       mailbox=mailbox, recipients=tuple(recipients or ()),
                       acknowledge=acknowledge, channel=channel,
                       extra_meta=dict(extra_meta or {}))
    return _receive_all(raws, options)


def _receive_all(raws: list[bytes], options: _Options) -> list[IntakeResult]:
    if not raws:
        return []
    try:
        return _Batch(options).take(raws)
    except UNAVAILABLE:
        raise
    except Exception as exc:
        if len(raws) > 1:
            log.warning("a batch of %d messages could not be stored together (%s: %s); "
                        "taking them one by one", len(raws), type(exc).__name__, exc)
            return [_receive_all([raw], options)[0] for raw in raws]
        return [_keep_raw_only(raws[0], options, exc)]


@dataclass
class _Reading:
    """One message parsed and redacted: everything that needs no database."""

    digest: str
    parsed: ParsedEmail
    raw: bytes  # redacted, and cut at HARD_LIMIT
    subject: str
    text: str
    html: str
    redacted: bool
    flags: list[str]


def _read(raw: bytes, digest: str, settings: EmailSettings) -> _Reading:
    flags: list[str] = []
    if len(raw) > HARD_LIMIT:
        flags.append(f"message is {len(raw)} bytes; only the first {HARD_LIMIT} were kept")
        raw = raw[:HARD_LIMIT]
    parsed = parse_bytes(raw, settings)
    flags = flags + parsed.flags
    stored_raw, secrets = redact_raw(raw)
    subject, n1 = redact_text(parsed.subject)
    full_text, n2 = redact_text(parsed.text)
    html, n3 = redact_text(parsed.html)
    redacted = bool(secrets or n1 or n2 or n3)
    if redacted:
        flags.append("card number or IBAN masked")
    return _Reading(digest, parsed, stored_raw, subject, full_text, html, redacted, flags)


class _Batch:
    """One transaction's worth of messages: duplicates, threads and customers are looked
    up for all of them at once, and the desk stores them together."""

    def __init__(self, options: _Options) -> None:
        self.options = options
        self.teams = _Teams()

    def take(self, raws: list[bytes]) -> list[IntakeResult]:
        digests = [threading.content_hash(raw) for raw in raws]
        stored = {row.content_hash: row for row in RawMessage.objects.filter(
            content_hash__in=set(digests)).select_related("conversation").defer("raw")}
        position_of: dict[str, int] = {}  # digest -> position among the new items
        readings: list[tuple[int, _Reading]] = []  # (index in raws, reading)
        for at, (raw, digest) in enumerate(zip(raws, digests, strict=True)):
            if digest not in stored and digest not in position_of:
                position_of[digest] = len(readings)
                readings.append((at, _read(raw, digest, self.options.settings)))
        index = threading.ThreadIndex([r.parsed for _, r in readings])
        items: list[mail_services.InboundEmail] = []
        rest = len(raws)
        for position, (at, reading) in enumerate(readings):
            item = self._item(reading, index, position, items)
            if item.follows is not None and self._answers(readings[item.follows][1]):
                rest = at  # see _answers: the rest is a batch of its own
                break
            items.append(item)
        rows = mail_services.record_inbound_emails(items) if items else []
        for item, row, (_, reading) in zip(items, rows, readings, strict=False):
            if item.opens and row.conversation is not None:
                _after_new_conversation(row.conversation, reading.parsed,
                                        self.options.settings, self.options.acknowledge)
        results, answered = [], set()
        for digest in digests[:rest]:
            row = stored.get(digest) or rows[position_of[digest]]
            if digest in stored or digest in answered:  # stored before, or twice in here
                results.append(IntakeResult(DUPLICATE, row, row.conversation, "seen before"))
                continue
            answered.add(digest)
            results.append(self._result(items[position_of[digest]], row))
        if rest < len(raws):  # a batch of its own, with its own fallback
            results += _receive_all(raws[rest:], self.options)
        return results

    def _answers(self, opening: _Reading) -> bool:
        """Whether the conversation this message opens gets a notice or an acknowledgement
        right after it is stored. A later message of the batch that continues it then
        waits for that (it starts the next batch), so that the conversation reads as it
        would one message at a time: message, acknowledgement, reply."""
        return bool(opening.parsed.notices) or (
            self.options.acknowledge and self.options.settings.acknowledge_after_seconds == 0)

    def _item(self, reading: _Reading, index: threading.ThreadIndex, position: int,
              earlier: list[mail_services.InboundEmail]) -> mail_services.InboundEmail:
        """What the desk stores for one message, and where (see ``InboundEmail``)."""
        options, parsed = self.options, reading.parsed
        default = options.team if options.team is not None or options.mailbox is None \
            else options.mailbox.team
        team = self.teams.pick(list(options.recipients) + parsed.to + parsed.cc, default)
        if bounces.is_bounce(parsed):
            return self._bounce(reading)
        visible, quoted, signature = quotes.visible_text(reading.text)
        target = index.find_conversation(parsed)
        if isinstance(target, Conversation):
            customer = target.customer
        elif target is not None:
            customer = earlier[target].customer
        else:
            customer = index.find_customer(parsed.from_address)
        auto_reason = autoreply.auto_generated_reason(parsed)
        meta: dict[str, Any] = {
            "email": {"message_id": parsed.message_id, "from": parsed.from_address,
                      "to": parsed.to[:20], "cc": parsed.cc[:20], "subject": reading.subject,
                      "in_reply_to": parsed.in_reply_to[:5], "date": parsed.date.isoformat()
                      if parsed.date is not None else ""},
            **options.extra_meta,
        }
        if quoted:
            meta["quoted"] = quoted[:100_000]
        if signature:
            meta["signature"] = signature[:5000]
        if parsed.forwarded:
            meta["forwarded"] = len(parsed.forwarded)
        if auto_reason:
            meta["auto_generated"] = auto_reason
        flags = reading.flags
        item = mail_services.InboundEmail(
            source=options.source, raw=reading.raw, content_hash=reading.digest,
            rfc_message_id=parsed.message_id, sender=parsed.from_address,
            sender_name=parsed.from_name, subject=reading.subject, text=visible,
            html=reading.html, meta=meta, flags=flags, redacted=reading.redacted,
            language=_language(parsed, customer, visible, options.settings),
            channel=options.channel,
            attachments=[NewAttachment(a.filename, a.content, a.content_type)
                         for a in parsed.attachments],
            references=references.find_references(f"{reading.subject}\n{visible}"),
            outcome=RawMessage.Outcome.FLAGGED if flags else RawMessage.Outcome.IMPORTED,
            team=team, conversation=target if isinstance(target, Conversation) else None,
            follows=target if isinstance(target, int) else None, customer=customer,
            mailbox=options.mailbox,
        )
        if team is None:
            item.outcome = RawMessage.Outcome.REJECTED
            item.flags.append("no team to receive it")
        if not item.kept_out:
            index.remember(parsed, position, target,
                           contact_email=mail_services.contact_email_for(item.sender),
                           customer=customer)
        return item

    def _bounce(self, reading: _Reading) -> mail_services.InboundEmail:
        parsed = reading.parsed
        report = bounces.parse_bounce(parsed)
        reason = f"{report.action} {report.status} {report.diagnostic}".strip()
        return mail_services.InboundEmail(
            source=self.options.source, raw=reading.raw, content_hash=reading.digest,
            rfc_message_id=parsed.message_id, sender=parsed.from_address,
            subject=parsed.subject, flags=reading.flags, redacted=reading.redacted,
            outcome=RawMessage.Outcome.BOUNCE, mailbox=self.options.mailbox,
            bounce_of=report.original_message_ids if report.is_failure else [],
            bounce_reason=reason,
        )

    @staticmethod
    def _result(item: mail_services.InboundEmail, row: RawMessage) -> IntakeResult:
        if item.outcome == RawMessage.Outcome.BOUNCE:
            return IntakeResult(BOUNCE, row, None, item.bounce_reason)
        if item.kept_out:
            return IntakeResult(REJECTED, row, None, "; ".join(item.flags))
        return IntakeResult(FLAGGED if item.flags else IMPORTED, row, row.conversation,
                            "; ".join(item.flags))


def _after_new_conversation(conversation: Conversation, parsed: ParsedEmail,
                            settings: EmailSettings, acknowledge: bool) -> None:
    """Acknowledge at once when the policy says so (R-MAIL-2); tell the sender about parts
    that could not be kept. Failures here never undo the stored message."""
    try:
        if parsed.notices:
            mail_services.send_notice(conversation, problems=parsed.notices)
        if acknowledge and settings.acknowledge_after_seconds == 0:
            mail_services.send_automatic_acknowledgement(conversation, actor="email")
    except Exception:
        log.exception("could not queue the acknowledgement for conversation %s",
                      conversation.pk)


def _keep_raw_only(raw: bytes, options: _Options, error: Exception) -> IntakeResult:
    """The last resort for a message that could not be taken in: its raw copy (redacted),
    flagged with the error, in no conversation, so that nothing is lost."""
    digest = threading.content_hash(raw)
    row = RawMessage.objects.filter(content_hash=digest).select_related(
        "conversation").defer("raw").first()
    if row is not None:  # another intake stored it a moment ago
        return IntakeResult(DUPLICATE, row, row.conversation, "seen before")
    log.error("a message could not be taken in; keeping its raw copy, flagged",
              exc_info=error)
    try:
        kept, secrets = redact_raw(raw[:HARD_LIMIT])
    except Exception:
        kept, secrets = b"[not kept: the message could not be checked for card numbers]", 1
    reason = f"could not be taken in: {type(error).__name__}: {error}"[:500]
    try:
        parsed = parse_bytes(raw[:HARD_LIMIT], options.settings)
        sender, message_id = parsed.from_address, parsed.message_id
    except Exception:
        sender, message_id = "", ""
    item = mail_services.InboundEmail(
        source=options.source, raw=kept, content_hash=digest, flags=[reason],
        redacted=bool(secrets), outcome=RawMessage.Outcome.FLAGGED, mailbox=options.mailbox,
        sender=sender, rfc_message_id=message_id)
    stored = mail_services.record_inbound_emails([item])[0]
    return IntakeResult(FLAGGED, stored, None, reason)
