"""Agents writing in a conversation: a reply to the customer or an internal note."""

from __future__ import annotations

from typing import Any

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
    """Add the agent's reply (or note), stored with the checker's report (R-POL-4).

    The report is what the dashboard counts findings from; it is written with the message,
    so no reply is ever counted without it. A caller that checked the draft already passes
    its report; otherwise the reply is checked here. Notes are internal: never checked.
    """
    if internal:
        return messages.add_message(conversation, actor=actor, direction=Direction.NOTE,
                                    text=text)
    return messages.add_message(conversation, actor=actor, direction=Direction.OUTBOUND,
                                text=text, check_report=check_report)
