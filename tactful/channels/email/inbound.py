"""One received message, end to end: check, parse, redact, thread, store, acknowledge.

Every intake path (IMAP, the SMTP/LMTP listener, ``tactful mail import``, the HTTP
endpoint, the web form) calls :func:`receive`. It never raises for anything in the message
itself: malformed or hostile mail is stored (raw, redacted) and flagged with the reason
(R-MAIL-1: none is ever ignored). It raises only when the desk cannot store anything at all
(the database is down), so that the caller can answer "try again later" and the sender's
server keeps the message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

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


@dataclass
class IntakeResult:
    outcome: str  # imported, duplicate, flagged, rejected, bounce
    raw_message: RawMessage | None = None
    conversation: Conversation | None = None
    reason: str = ""

    @property
    def conversation_id(self) -> int | None:
        return self.conversation.pk if self.conversation is not None else None


def team_for(recipients: list[str], default: Team | None = None) -> Team | None:
    """The team whose address is among ``recipients``, else ``default``, else the first."""
    lowered = [r.lower() for r in recipients if r]
    if lowered:
        for team in Team.objects.exclude(email_address="").only("id", "email_address",
                                                                  "name", "slug"):
            if team.email_address.lower() in lowered:
                return team
    if default is not None:
        return default
    return Team.objects.order_by("id").first()


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


def receive(raw: bytes, *, source: str, team: Team | None = None,
            mailbox: Mailbox | None = None, recipients: list[str] | None = None,
            acknowledge: bool = True, channel: str = "email",
            extra_meta: dict[str, Any] | None = None,
            settings: EmailSettings | None = None) -> IntakeResult:
    """Take one raw RFC 5322 message into the desk. See the module docstring."""
    settings = settings or email_settings()
    digest = threading.content_hash(raw)
    existing = RawMessage.objects.filter(content_hash=digest).select_related(
        "conversation").first()
    if existing is not None:
        return IntakeResult(DUPLICATE, existing, existing.conversation, "seen before")
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
    if team is None and mailbox is not None:
        team = mailbox.team
    team = team_for((recipients or []) + parsed.to + parsed.cc, default=team)

    if bounces.is_bounce(parsed):
        return _receive_bounce(parsed, source=source, raw=stored_raw, digest=digest,
                               flags=flags, mailbox=mailbox, redacted=redacted)

    visible, quoted, signature = quotes.visible_text(full_text)
    conversation = threading.find_conversation(parsed)
    customer = conversation.customer if conversation is not None else \
        threading.find_customer(parsed.from_address)
    language = _language(parsed, customer, visible, settings)
    auto_reason = autoreply.auto_generated_reason(parsed)
    meta: dict[str, Any] = {
        "email": {"message_id": parsed.message_id, "from": parsed.from_address,
                  "to": parsed.to[:20], "cc": parsed.cc[:20], "subject": subject,
                  "in_reply_to": parsed.in_reply_to[:5], "date": parsed.date.isoformat()
                  if parsed.date is not None else ""},
        **(extra_meta or {}),
    }
    if quoted:
        meta["quoted"] = quoted[:100_000]
    if signature:
        meta["signature"] = signature[:5000]
    if parsed.forwarded:
        meta["forwarded"] = len(parsed.forwarded)
    if auto_reason:
        meta["auto_generated"] = auto_reason
    item = mail_services.InboundEmail(
        source=source, raw=stored_raw, content_hash=digest, rfc_message_id=parsed.message_id,
        sender=parsed.from_address, sender_name=parsed.from_name, subject=subject,
        text=visible, html=html, meta=meta, flags=flags, redacted=redacted,
        language=language, channel=channel,
        attachments=[NewAttachment(a.filename, a.content, a.content_type)
                     for a in parsed.attachments],
        references=references.find_references(f"{subject}\n{visible}"),
        outcome=RawMessage.Outcome.FLAGGED if flags else RawMessage.Outcome.IMPORTED,
    )
    if team is None:
        item.outcome = RawMessage.Outcome.REJECTED
        item.flags.append("no team to receive it")
    raw_row, created = mail_services.record_inbound_email(
        item, team=team, conversation=conversation, customer=customer, mailbox=mailbox)
    if not created:
        return IntakeResult(DUPLICATE, raw_row, raw_row.conversation, "seen before")
    if raw_row.conversation is None:
        return IntakeResult(REJECTED, raw_row, None, "; ".join(item.flags))
    opened = conversation is None
    if opened:
        _after_new_conversation(raw_row.conversation, parsed, settings, acknowledge)
    outcome = FLAGGED if flags else IMPORTED
    return IntakeResult(outcome, raw_row, raw_row.conversation, "; ".join(flags))


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


def _receive_bounce(parsed: ParsedEmail, *, source: str, raw: bytes, digest: str,
                    flags: list[str], mailbox: Mailbox | None, redacted: bool) -> IntakeResult:
    report = bounces.parse_bounce(parsed)
    item = mail_services.InboundEmail(
        source=source, raw=raw, content_hash=digest, rfc_message_id=parsed.message_id,
        sender=parsed.from_address, subject=parsed.subject, flags=flags, redacted=redacted,
        outcome=RawMessage.Outcome.BOUNCE,
    )
    raw_row, created = mail_services.record_inbound_email(item, team=None, mailbox=mailbox)
    if not created:
        return IntakeResult(DUPLICATE, raw_row, raw_row.conversation, "seen before")
    reason = f"{report.action} {report.status} {report.diagnostic}".strip()
    if report.is_failure and report.original_message_ids:
        mail_services.record_bounce(raw_row, rfc_message_ids=report.original_message_ids,
                                    reason=reason or "delivery failed")
    return IntakeResult(BOUNCE, raw_row, None, reason)
