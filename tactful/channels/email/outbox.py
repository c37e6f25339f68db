"""The outbox sender: a worker step that sends one queued email over SMTP.

``send_one_due()`` claims one due row (see :mod:`tactful.desk.services.outbox` for the
claim and the at-least-once trade-off), sends its stored bytes with :mod:`smtplib`, and
records the outcome: sent, retried with exponential backoff (connection refused, 4xx), or
failed for good (5xx, or too many attempts). The SMTP server comes from
``settings.TACTFUL_SMTP_URL`` or the environment variable of the same name:
``smtp://user:password@host:port`` (``smtps://`` for TLS on connect, ``?starttls=1``).
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from django.conf import settings

from tactful.desk.models import OutboundEmail
from tactful.desk.services import outbox as outbox_services

log = logging.getLogger("tactful.channels.email")
DEFAULT_URL = "smtp://127.0.0.1:25"


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    username: str = ""
    password: str = ""
    tls: bool = False
    starttls: bool = False
    timeout: float = 30.0


def smtp_server() -> SmtpServer:
    url = getattr(settings, "TACTFUL_SMTP_URL", "") or os.environ.get(
        "TACTFUL_SMTP_URL", DEFAULT_URL)
    parts = urlparse(url)
    query = parse_qs(parts.query)
    tls = parts.scheme == "smtps"
    return SmtpServer(
        host=parts.hostname or "127.0.0.1", port=parts.port or (465 if tls else 25),
        username=unquote(parts.username or ""), password=unquote(parts.password or ""),
        tls=tls, starttls=query.get("starttls", ["0"])[0] in ("1", "true", "yes"),
        timeout=float(query.get("timeout", ["30"])[0]),
    )


def _envelope_sender(row: OutboundEmail) -> str:
    return row.from_address


def deliver(row: OutboundEmail, server: SmtpServer) -> str:
    """Send the row's bytes; returns the server's final answer, raises on failure."""
    cls = smtplib.SMTP_SSL if server.tls else smtplib.SMTP
    kwargs: dict[str, Any] = {"context": ssl.create_default_context()} if server.tls else {}
    with cls(server.host, server.port, timeout=server.timeout, **kwargs) as smtp:
        smtp.ehlo_or_helo_if_needed()
        if server.starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if server.username:
            smtp.login(server.username, server.password)
        code, answer = smtp.mail(_envelope_sender(row))
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, answer, row.from_address)
        code, answer = smtp.rcpt(row.to_address)
        if code not in (250, 251):
            raise smtplib.SMTPRecipientsRefused({row.to_address: (code, answer)})
        code, answer = smtp.data(bytes(row.mime))
        if code != 250:
            raise smtplib.SMTPDataError(code, answer)
        return f"{code} {answer.decode('utf-8', 'replace')}"


def _is_permanent(exc: Exception) -> bool:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [c for c, _ in exc.recipients.values()]
        return bool(codes) and all(500 <= c < 600 for c in codes)
    code = getattr(exc, "smtp_code", None)
    return isinstance(code, int) and 500 <= code < 600


def send_one_due() -> bool:
    """Worker step: send one due email; False when none is due."""
    row = outbox_services.claim_next_email()
    if row is None:
        return False
    server = smtp_server()
    try:
        response = deliver(row, server)
    except (TimeoutError, smtplib.SMTPException, OSError) as exc:
        permanent = _is_permanent(exc)
        log.warning("sending %s to %s failed (%s): %s", row.rfc_message_id, row.to_address,
                    "permanent" if permanent else "will retry", exc)
        outbox_services.mark_retry(row, error=f"{type(exc).__name__}: {exc}",
                                   permanent=permanent)
        return True
    outbox_services.mark_sent(row, response=response)
    return True
