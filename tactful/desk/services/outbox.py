"""The outbox: queueing outgoing email, claiming it for sending, recording the outcome.

Delivery is at-least-once, with the duplicate window made as small as it can be:

1. ``claim_next_email`` takes one due row with a conditional update (``state`` queued or a
   ``sending`` row whose lease ran out, and ``claimed_until`` unchanged since it was read);
   on PostgreSQL the candidate is read with ``FOR UPDATE SKIP LOCKED``. Two workers never
   hold the same row.
2. The sender talks SMTP, then ``mark_sent`` commits at once.
3. A worker killed between the server's "250 OK" and ``mark_sent`` leaves a ``sending`` row
   whose lease expires; another worker sends it again. That resend carries the same bytes
   and the same Message-ID (they were built at enqueue time), so mail clients and the
   customer's server recognise it as the same message. Exactly-once would need the SMTP
   server to take part in a transaction, which SMTP cannot do; losing mail is never the
   price paid instead.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import datetime, timedelta
from typing import Any

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from ..models import Conversation, Message, OutboundEmail
from . import audit

log = logging.getLogger("tactful.outbox")

LEASE = timedelta(minutes=5)
BACKOFF_BASE_SECONDS = 30
BACKOFF_MAX_SECONDS = 3600


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:120]


def backoff(attempts: int) -> timedelta:
    """30 s, 60 s, 2 min, 4 min … capped at an hour."""
    seconds = BACKOFF_BASE_SECONDS * (2 ** max(0, attempts - 1))
    return timedelta(seconds=min(seconds, BACKOFF_MAX_SECONDS))


def enqueue_email(
    *,
    actor: Any,
    kind: str,
    from_address: str,
    to_address: str,
    subject: str,
    rfc_message_id: str,
    mime: bytes,
    conversation: Conversation | None = None,
    message: Message | None = None,
) -> OutboundEmail:
    """Queue one email; must run inside the transaction of the write that causes it."""
    with transaction.atomic():
        row = OutboundEmail.objects.create(
            kind=kind, conversation=conversation, message=message,
            from_address=from_address[:320], to_address=to_address[:320],
            to_normalized=to_address.lower()[:320], subject=subject[:500],
            rfc_message_id=rfc_message_id[:255], mime=mime,
            next_attempt_at=timezone.now(),
        )
        audit.record("email.queued", actor=actor, obj=row, conversation=conversation,
                     after={"kind": kind, "to": to_address, "message_id": rfc_message_id})
    return row


def claim_next_email(now: datetime | None = None, *, worker: str | None = None,
                     lease: timedelta = LEASE) -> OutboundEmail | None:
    """Take one due email for sending, or None when nothing is due."""
    now = now or timezone.now()
    worker = worker or worker_name()
    due = Q(state=OutboundEmail.State.QUEUED, next_attempt_at__lte=now) | Q(
        state=OutboundEmail.State.SENDING, claimed_until__lt=now)
    for _ in range(5):
        with transaction.atomic():
            qs = OutboundEmail.objects.filter(due).order_by("next_attempt_at", "id")
            if connection.features.has_select_for_update_skip_locked:
                qs = qs.select_for_update(skip_locked=True)
            candidate = qs.values("id", "claimed_until", "state").first()
            if candidate is None:
                return None
            taken = OutboundEmail.objects.filter(
                pk=candidate["id"], state=candidate["state"],
                claimed_until=candidate["claimed_until"],
            ).update(state=OutboundEmail.State.SENDING, claimed_by=worker,
                     claimed_until=now + lease, next_attempt_at=now + lease)
        if taken:
            return OutboundEmail.objects.get(pk=candidate["id"])
    return None


def _finish(row: OutboundEmail, **changes: Any) -> bool:
    """Apply ``changes`` only if this worker still holds the row."""
    done = OutboundEmail.objects.filter(
        pk=row.pk, state=OutboundEmail.State.SENDING, claimed_by=row.claimed_by,
        claimed_until=row.claimed_until,
    ).update(**changes)
    for key, value in changes.items():
        setattr(row, key, value)
    return bool(done)


def mark_sent(row: OutboundEmail, *, response: str) -> OutboundEmail:
    with transaction.atomic():
        now = timezone.now()
        if _finish(row, state=OutboundEmail.State.SENT, sent_at=now, claimed_until=None,
                   next_attempt_at=None, attempts=row.attempts + 1,
                   smtp_response=response[:2000], last_error=""):
            audit.record("email.sent", actor="outbox", obj=row, conversation=row.conversation,
                         after={"to": row.to_address, "response": response[:200]})
    return row


def mark_retry(row: OutboundEmail, *, error: str, permanent: bool = False) -> OutboundEmail:
    """A failed attempt: try again after the backoff, or give up for good."""
    attempts = row.attempts + 1
    now = timezone.now()
    with transaction.atomic():
        if permanent or attempts >= row.max_attempts:
            if _finish(row, state=OutboundEmail.State.FAILED, failed_at=now,
                       claimed_until=None, next_attempt_at=None, attempts=attempts,
                       last_error=error[:2000]):
                audit.record("email.failed", actor="outbox", obj=row,
                             conversation=row.conversation,
                             after={"to": row.to_address, "error": error[:300],
                                    "attempts": attempts})
        else:
            _finish(row, state=OutboundEmail.State.QUEUED, claimed_until=None,
                    next_attempt_at=now + backoff(attempts), attempts=attempts,
                    last_error=error[:2000])
    return row


def mark_deferred(row: OutboundEmail, *, error: str, retry_at: datetime) -> OutboundEmail:
    """The SMTP server could not be reached: back to the queue until ``retry_at`` with the
    attempt not counted (the message is not at fault; mail that waited out a relay's outage
    is still sent, however long it lasted)."""
    with transaction.atomic():
        _finish(row, state=OutboundEmail.State.QUEUED, claimed_until=None,
                next_attempt_at=retry_at, last_error=error[:2000])
    return row


def mark_bounced(rfc_message_ids: list[str], *, reason: str, actor: Any = "email") -> int:
    """Mark the outbound messages a delivery report names as failed; returns how many."""
    count = 0
    with transaction.atomic():
        # of=("self",): PostgreSQL cannot lock the nullable side of the conversation join.
        for row in OutboundEmail.objects.select_for_update(of=("self",)).filter(
                rfc_message_id__in=rfc_message_ids[:20]).select_related("conversation"):
            OutboundEmail.objects.filter(pk=row.pk).update(
                state=OutboundEmail.State.FAILED, failed_at=timezone.now(),
                bounce_reason=reason[:2000], next_attempt_at=None, claimed_until=None)
            audit.record("email.bounced", actor=actor, obj=row, conversation=row.conversation,
                         after={"to": row.to_address, "reason": reason[:300]})
            count += 1
    return count
