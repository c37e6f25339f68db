"""Notifications (warnings, breaches, escalations) sent to staff by email through the outbox.

The clocks' ladder creates in-app notifications (``tactful.desk.services.notifications``);
this adapter queues one email for each, from the team's address, marked as automatic so
that no desk answers it.
"""

from __future__ import annotations

from django.conf import settings

from tactful.desk.models import Notification
from tactful.desk.services import notifications as notification_services
from tactful.desk.services.outbox import enqueue_email

from .composing import Outgoing, build, new_message_id, safe_header


def _from_address(notification: Notification) -> str:
    team = notification.conversation.team if notification.conversation else None
    address = getattr(team, "email_address", "") or getattr(settings, "DEFAULT_FROM_EMAIL", "")
    return address or "desk@tactful.invalid"


def send_notification_emails(notices: list[Notification]) -> int:
    """Queue an email for each notice whose recipient has an address; returns how many."""
    queued = 0
    for notice in notices:
        to_address = (notice.user.email or "").strip()
        if not to_address:
            continue
        sender = _from_address(notice)
        link = f"/conversations/{notice.conversation_id}/" if notice.conversation_id else "/"
        mail = Outgoing(
            from_address=sender, from_name="Tactful", to_address=to_address,
            to_name=notice.user.get_full_name() or notice.user.get_username(),
            subject=safe_header(f"[Tactful] {notice.text}", 200),
            text=f"{notice.text}\n\n{link}\n",
            auto_submitted="auto-generated",
            message_id=new_message_id(sender.rpartition("@")[2]),
        )
        enqueue_email(actor="notifications", kind="notification", from_address=sender,
                      to_address=to_address, subject=mail.subject,
                      rfc_message_id=mail.message_id, mime=build(mail),
                      conversation=notice.conversation)
        notification_services.mark_emailed(notice)
        queued += 1
    return queued



