"""Building outgoing mail: From per team, Message-ID, threading headers, text and HTML parts,
attachments — with no way for a subject or a name to inject headers.

Every header value passes :func:`safe_header` (CR, LF and other controls become spaces) and
addresses go through :class:`email.headerregistry.Address`, which refuses anything that is
not one address. The bytes are built once, when the mail is queued, and stored in the
outbox, so that a retry sends the identical message with the identical Message-ID.
"""

from __future__ import annotations

import email.policy
import re
import secrets
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from django.utils import timezone

from .parse import one_line

_TOKEN_IN_SUBJECT = re.compile(r"\[#([0-9a-f]{10})\]")


@dataclass(frozen=True)
class OutgoingAttachment:
    filename: str
    content: bytes
    content_type: str = "application/octet-stream"


@dataclass
class Outgoing:
    from_address: str
    to_address: str
    subject: str
    text: str
    from_name: str = ""
    to_name: str = ""
    html: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    attachments: list[OutgoingAttachment] = field(default_factory=list)
    auto_submitted: str = ""  # "auto-replied" for acknowledgements and notices
    message_id: str = ""


def safe_header(value: str, limit: int = 400) -> str:
    """One line, no control characters: a subject or a name can never add a header."""
    return one_line(value or "", limit)


def new_message_id(domain: str) -> str:
    """A globally unique Message-ID (without angle brackets) in the team's domain."""
    stamp = timezone.now().strftime("%Y%m%d%H%M%S")
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain or "") or "tactful.invalid"
    return f"{stamp}.{secrets.token_hex(8)}@{domain}"


def subject_with_token(subject: str, token: str) -> str:
    """The subject carrying the conversation's token once: "Re: Invoice [#0a1b2c3d4e]"."""
    subject = safe_header(subject, 450)
    if f"[#{token}]" in subject:
        return subject
    subject = _TOKEN_IN_SUBJECT.sub("", subject).strip()
    return f"{subject} [#{token}]".strip()


def reply_subject(subject: str) -> str:
    subject = safe_header(subject, 450)
    if re.match(r"^\s*(re|aw|sv|vs|odp|vá|r|回复|回覆)\s*[:：]", subject, re.IGNORECASE):
        return subject
    return f"Re: {subject}" if subject else "Re:"


def address(name: str, addr: str) -> Address:
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    try:
        validate_email(addr)
    except ValidationError as exc:
        raise ValueError(f"{addr[:80]!r} is not an email address") from exc
    local, _, domain = addr.rpartition("@")
    return Address(display_name=safe_header(name, 120), username=local, domain=domain)


def build(mail: Outgoing) -> bytes:
    """The complete message as bytes with CRLF line ends, ready for SMTP."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = address(mail.from_name, mail.from_address)
    msg["To"] = address(mail.to_name, mail.to_address)
    msg["Subject"] = safe_header(mail.subject, 500)
    msg["Date"] = format_datetime(timezone.now())
    domain = mail.from_address.rpartition("@")[2]
    msg["Message-ID"] = f"<{mail.message_id or new_message_id(domain)}>"
    if mail.in_reply_to:
        msg["In-Reply-To"] = f"<{safe_header(mail.in_reply_to, 900)}>"
    refs = [safe_header(r, 900) for r in mail.references if r][-20:]
    if refs:
        msg["References"] = " ".join(f"<{r}>" for r in refs)
    if mail.auto_submitted:
        msg["Auto-Submitted"] = mail.auto_submitted
        msg["X-Auto-Response-Suppress"] = "All"
    msg["MIME-Version"] = "1.0"
    msg.set_content(mail.text or "", subtype="plain", charset="utf-8")
    if mail.html:
        msg.add_alternative(mail.html, subtype="html", charset="utf-8")
    for item in mail.attachments:
        maintype, _, subtype = (item.content_type or "application/octet-stream").partition("/")
        msg.add_attachment(item.content, maintype=maintype or "application",
                           subtype=subtype or "octet-stream",
                           filename=safe_header(item.filename, 200) or "attachment")
    return msg.as_bytes()
