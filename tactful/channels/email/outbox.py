"""The outbox sender: a worker step that sends one queued email over SMTP.

``send_one_due()`` claims one due row (see :mod:`tactful.desk.services.outbox` for the
claim and the at-least-once trade-off), sends its stored bytes with :mod:`smtplib`, and
records the outcome: sent, retried with exponential backoff (4xx, a connection lost
mid-message), or failed for good (5xx, or too many attempts). The SMTP server comes from
``settings.TACTFUL_SMTP_URL`` or the environment variable of the same name:
``smtp://user:password@host:port`` (``smtps://`` for TLS on connect, ``?starttls=1``).

A server that cannot be reached or will not take mail at all (refused connection, timeout,
a 421 greeting, TLS or login failing) is no message's fault: the message goes back to the
queue without its attempt counted, and the *server* is backed off (30 s, doubling to 10
minutes) so that mail waits in the outbox, one probe per back-off, one warning when the
server goes away and one when it is back. Mail is never failed because the relay was down.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from django.conf import settings
from django.utils import timezone

from tactful.desk.models import OutboundEmail
from tactful.desk.services import outbox as outbox_services

log = logging.getLogger("tactful.channels.email")
DEFAULT_URL = "smtp://127.0.0.1:25"
SERVER_BACKOFF_SECONDS = 30.0
SERVER_BACKOFF_MAX_SECONDS = 600.0


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


class ServerUnavailable(Exception):
    """The SMTP server could not be reached or refused to take any mail (before the
    message's envelope was sent); the cause is chained."""


@dataclass
class _ServerState:
    """What this process knows of one SMTP server's availability."""

    down_until: float = 0.0  # time.monotonic() before which no mail is tried
    failures: int = 0  # consecutive failed tries
    reason: str = ""


_servers: dict[tuple[str, int], _ServerState] = {}


def reset_server_states() -> None:
    """Forget every server's back-off (tests; a worker restart does the same)."""
    _servers.clear()


def _envelope_sender(row: OutboundEmail) -> str:
    return row.from_address


def deliver(row: OutboundEmail, server: SmtpServer) -> str:
    """Send the row's bytes; returns the server's final answer, raises on failure
    (:class:`ServerUnavailable` when the session failed before the envelope)."""
    cls = smtplib.SMTP_SSL if server.tls else smtplib.SMTP
    kwargs: dict[str, Any] = {"context": ssl.create_default_context()} if server.tls else {}
    try:
        session = cls(server.host, server.port, timeout=server.timeout, **kwargs)
    except (OSError, smtplib.SMTPException) as exc:
        raise ServerUnavailable(_describe(exc)) from exc
    with session as smtp:
        try:
            smtp.ehlo_or_helo_if_needed()
            if server.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if server.username:
                smtp.login(server.username, server.password)
        except (OSError, smtplib.SMTPException) as exc:
            raise ServerUnavailable(_describe(exc)) from exc
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


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def send_one_due() -> bool:
    """Worker step: send one due email; False when none is due or the server is backed off."""
    server = smtp_server()
    state = _servers.setdefault((server.host, server.port), _ServerState())
    if time.monotonic() < state.down_until:
        return False  # the server is away: the mail waits in the outbox, nothing is claimed
    row = outbox_services.claim_next_email()
    if row is None:
        return False
    try:
        response = deliver(row, server)
    except ServerUnavailable as exc:
        state.failures += 1
        wait = min(SERVER_BACKOFF_SECONDS * 2 ** (state.failures - 1),
                   SERVER_BACKOFF_MAX_SECONDS)
        state.down_until = time.monotonic() + wait
        state.reason = str(exc)
        log_at = logging.WARNING if state.failures == 1 else logging.DEBUG
        log.log(log_at, "SMTP server %s:%s unavailable (%s): outgoing mail waits in the outbox; "
                "next try in %d s", server.host, server.port, exc, wait)
        outbox_services.mark_deferred(row, error=str(exc),
                                      retry_at=timezone.now() + timedelta(seconds=wait))
        return True
    except (TimeoutError, smtplib.SMTPException, OSError) as exc:
        permanent = _is_permanent(exc)
        log.warning("sending %s to %s failed (%s): %s", row.rfc_message_id, row.to_address,
                    "permanent" if permanent else "will retry", exc)
        outbox_services.mark_retry(row, error=f"{type(exc).__name__}: {exc}",
                                   permanent=permanent)
        return True
    if state.failures:
        log.warning("SMTP server %s:%s is taking mail again (after %d failed tries)",
                    server.host, server.port, state.failures)
        _servers[(server.host, server.port)] = _ServerState()
    outbox_services.mark_sent(row, response=response)
    return True
