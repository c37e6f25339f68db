"""Card numbers and IBANs out of everything that is stored, raw copies included (R-SEC-1).

The finding and masking is the checker's (``tactful.protocol.redaction.redact``: Luhn for
cards, mod-97 for IBANs), imported lazily. For the raw copy, each text part whose decoded
content holds a secret is re-encoded with the masked text, and headers are masked too; a
final pass over the bytes catches secrets written outside any decodable part. If a
message cannot be rewritten, its body is withheld rather than stored with the secret.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.header import Header, decode_header, make_header
from email.message import Message
from typing import Any

from .parse import decode_bytes


def _redactor() -> Callable[[str], Any]:
    from tactful.protocol.redaction import redact

    return redact


def redact_text(text: str) -> tuple[str, int]:
    """(masked text, number of secrets masked)."""
    if not text or sum(ch.isdigit() for ch in text) < 13:
        return text, 0
    result = _redactor()(text)
    return result.text, len(result.secrets)


def redact_raw(raw: bytes) -> tuple[bytes, int]:
    """(raw bytes without card numbers or IBANs, number of secrets masked)."""
    if sum(1 for b in raw if 48 <= b <= 57) < 13:
        return raw, 0
    count = 0
    msg: Message | None
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:
        msg = None
    changed = False
    if msg is not None:
        for part in msg.walk():
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                continue
            charset = part.get_content_charset()
            text, _ = decode_bytes(data, charset)
            masked, n = redact_text(text)
            if n:
                count += n
                changed = True
                del part["Content-Transfer-Encoding"]
                part.set_payload(masked, charset="utf-8")
        for key in ("Subject", "X-Original-Subject", "Comments"):
            value = msg.get(key)
            if value is None:
                continue
            try:
                decoded = str(make_header(decode_header(str(value))))
            except Exception:
                decoded = str(value)
            masked, n = redact_text(decoded)
            if n:
                count += n
                changed = True
                flat = masked.replace("\r", " ").replace("\n", " ")
                msg.replace_header(key, Header(flat, "utf-8").encode())
    if changed and msg is not None:
        try:
            raw = msg.as_bytes()
        except Exception:
            head = raw.split(b"\n\n", 1)[0]
            raw = head + b"\n\n[body withheld: it held a card number or IBAN and could not " \
                         b"be rewritten]\n"
    text = raw.decode("latin-1")
    masked, n = redact_text(text)
    if n:
        count += n
        raw = masked.encode("latin-1", errors="replace")
    return raw, count
