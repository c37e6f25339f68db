"""The SMTP/LMTP listener (aiosmtpd) a mail server delivers to: ``tactful mail listen``.

Answers, so that the sending server does the right thing with the message:

* ``250`` once the message is stored (imported, flagged, a duplicate or a report);
* ``550 5.1.1`` for a recipient that is no team's address, when teams have addresses
  (``--accept-any`` takes everything for the first team instead);
* ``552 5.3.4`` for a message beyond the listener's hard size limit;
* ``451 4.3.0`` when the desk cannot store it right now (database down): the sending
  server keeps the message and tries again later, so nothing is lost.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from tactful.desk.models import Team

from . import inbound

log = logging.getLogger("tactful.channels.email.lmtp")

MAX_BYTES = 60 * 1024 * 1024


def _known_addresses() -> set[str]:
    return {a.lower() for a in Team.objects.exclude(email_address="").values_list(
        "email_address", flat=True)}


class DeskHandler:
    """aiosmtpd handler: RCPT checks against team addresses, DATA goes to the intake."""

    def __init__(self, *, accept_any: bool = False, source: str = "smtp") -> None:
        self.accept_any = accept_any
        self.source = source

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if not self.accept_any:
            try:
                known = await asyncio.to_thread(_known_addresses)
            except Exception:
                log.exception("could not read team addresses")
                return "451 4.3.0 Temporary failure, please try again later"
            if known and address.lower() not in known:
                return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", errors="surrogateescape")
        if raw is None:
            return "554 5.6.0 No message"
        if len(raw) > MAX_BYTES:
            return "552 5.3.4 Message too big for this desk"
        try:
            result = await asyncio.to_thread(self._receive, bytes(raw),
                                             list(envelope.rcpt_tos))
        except Exception:
            log.exception("could not store a message from %s", envelope.mail_from)
            return "451 4.3.0 Temporary failure, please try again later"
        return f"250 2.0.0 OK {result}"

    def _receive(self, raw: bytes, recipients: list[str]) -> str:
        from django.db import close_old_connections

        close_old_connections()
        try:
            result = inbound.receive(raw, source=self.source, recipients=recipients)
        finally:
            close_old_connections()
        return result.outcome


class _LMTPController(Controller):
    def factory(self) -> Any:
        return LMTP(self.handler, **self.SMTP_kwargs)


def make_controller(host: str, port: int, *, lmtp: bool = False,
                    accept_any: bool = False) -> Controller:
    handler = DeskHandler(accept_any=accept_any, source="lmtp" if lmtp else "smtp")
    cls = _LMTPController if lmtp else Controller
    return cls(handler, hostname=host, port=port, data_size_limit=MAX_BYTES,
               decode_data=False, ready_timeout=10)
