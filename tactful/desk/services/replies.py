"""Agents writing in a conversation: a reply to the customer or an internal note."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from ..models import Conversation, Message
from ..models.choices import Direction
from . import messages


def post_agent_message(
    conversation: Conversation,
    *,
    actor: Any,
    text: str,
    internal: bool = False,
    check_report: dict[str, Any] | None = None,
) -> Message:
    """Add the agent's reply (or note) and keep the checker's report on it (R-POL-4).

    The report is what the dashboard counts findings from; it is stored in the same
    transaction as the message so no reply is ever counted without it.
    """
    direction = Direction.NOTE if internal else Direction.OUTBOUND
    with transaction.atomic():
        message = messages.add_message(conversation, actor=actor, direction=direction,
                                       text=text)
        if check_report is not None and not internal:
            Message.objects.filter(pk=message.pk).update(check_report=check_report)
            message.check_report = check_report
    return message
