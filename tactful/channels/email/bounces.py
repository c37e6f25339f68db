"""Delivery status notifications (RFC 3464): which of our messages failed, and why.

A report is recognised by ``multipart/report; report-type=delivery-status``, or, for the
many servers that send plain text, by a mailer-daemon sender with a failure subject. The
original Message-ID comes from the returned headers (``message/rfc822`` or
``text/rfc822-headers``), else from a ``Message-ID:`` line in the text. ``Action: delayed``
is not a failure; ``failed`` (or a 5.x.x status) is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message

from .parse import ParsedEmail, header, message_ids

_MSGID_LINE = re.compile(r"^\s*message-id\s*:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)
_STATUS = re.compile(r"\b([245])\.\d{1,3}\.\d{1,3}\b")
_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon)@", re.IGNORECASE)
_FAIL_SUBJECT = re.compile(r"(undeliver|delivery (status notification|failure|has failed)|"
                           r"failure notice|returned mail|mail delivery failed|"
                           r"could not be delivered|delivery incomplete)", re.IGNORECASE)


@dataclass
class Bounce:
    original_message_ids: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    action: str = "failed"  # failed, delayed, delivered, relayed, expanded
    status: str = ""
    diagnostic: str = ""

    @property
    def is_failure(self) -> bool:
        return self.action == "failed" or self.status.startswith("5")


def is_bounce(parsed: ParsedEmail) -> bool:
    if parsed.content_type == "multipart/report":
        return True
    return bool(_DAEMON.match(parsed.from_address or "") and _FAIL_SUBJECT.search(
        parsed.subject or ""))


def parse_bounce(parsed: ParsedEmail) -> Bounce:
    bounce = Bounce()
    msg = parsed.message
    if msg is not None:
        for part in _parts(msg):
            ctype = part.get_content_type()
            if ctype in ("message/delivery-status", "message/global-delivery-status"):
                _read_status(part, bounce)
            elif ctype in ("message/rfc822", "message/global"):
                inner = part.get_payload()
                if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                    bounce.original_message_ids += message_ids(header(inner[0], "Message-ID"))
            elif ctype == "text/rfc822-headers":
                text = _text(part)
                bounce.original_message_ids += [m.strip("<>") for m in _MSGID_LINE.findall(
                    text)]
    if not bounce.original_message_ids:
        bounce.original_message_ids = [m.strip("<>") for m in _MSGID_LINE.findall(
            parsed.text or "")]
    failed = parsed.headers.get("x-failed-recipients", "")
    if failed:
        bounce.recipients += [a.strip().lower() for a in failed.split(",") if "@" in a]
    if not bounce.status:
        found = _STATUS.search(parsed.text or "")
        if found:
            bounce.status = found.group(0)
            bounce.action = "failed" if found.group(1) == "5" else (
                "delayed" if found.group(1) == "4" else bounce.action)
    ids = [i for i in bounce.original_message_ids if i != parsed.message_id]
    bounce.original_message_ids = list(dict.fromkeys(ids))
    return bounce


def _parts(msg: Message) -> list[Message]:
    out: list[Message] = []
    stack = [msg]
    while stack and len(out) < 200:
        part = stack.pop()
        out.append(part)
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
    return out


def _text(part: Message) -> str:
    try:
        data = part.get_payload(decode=True)
        if data is None:
            payload = part.get_payload()
            return payload if isinstance(payload, str) else str(part)
        return bytes(data).decode("utf-8", errors="replace")
    except Exception:
        return ""


def _read_status(part: Message, bounce: Bounce) -> None:
    # The delivery-status body is a series of header blocks; the parser may give them as
    # sub-messages (a list) or as text.
    payload = part.get_payload()
    blocks: list[str] = []
    blocks = [str(p) for p in payload] if isinstance(payload, list) else [_text(part)]
    actions: list[str] = []
    for block in blocks:
        for line in block.splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip().lower(), value.strip()
            if key == "action":
                actions.append(value.lower())
            elif key == "status" and value:
                bounce.status = bounce.status or value
                if value.startswith("5"):
                    bounce.status = value
            elif key in ("final-recipient", "original-recipient"):
                addr = value.split(";", 1)[-1].strip().lower()
                if "@" in addr and addr not in bounce.recipients:
                    bounce.recipients.append(addr)
            elif key == "diagnostic-code":
                bounce.diagnostic = bounce.diagnostic or value[:500]
    if "failed" in actions:
        bounce.action = "failed"
    elif actions:
        bounce.action = actions[0]
