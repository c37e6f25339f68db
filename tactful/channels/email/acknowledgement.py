"""Wiring the automatic acknowledgement (R-MAIL-2, R-ACK-1) to the clocks.

The policy's ``channels.email.acknowledge_after`` starts an ``auto_acknowledgement`` timer on
each new email conversation; when it fires, the deadline sweeper
(``desk.services.deadlines``) calls the action registered here, which queues it through
:func:`tactful.desk.services.mail.send_automatic_acknowledgement`. With ``0m`` the intake
sends it at once (see ``inbound.receive``); sending twice is impossible either way (one
acknowledgement per conversation is a database constraint).
"""

from __future__ import annotations

import logging

from tactful.desk.models import Conversation

log = logging.getLogger("tactful.channels.email")


def on_timer(conversation: Conversation) -> None:
    from tactful.desk.services.mail import send_automatic_acknowledgement

    try:
        send_automatic_acknowledgement(conversation, actor="sweeper")
    except Exception:  # the sweeper's other clocks must go on
        log.exception("acknowledgement for conversation %s failed", conversation.pk)


def register_with_sweeper() -> None:
    try:
        from tactful.desk.services.deadlines import register_action
    except ImportError:
        return
    register_action("auto_acknowledgement", on_timer)
