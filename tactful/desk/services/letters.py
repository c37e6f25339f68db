"""Letters to a customer's postal address (R-LETTER-1).

``send_letter`` checks the text (error findings, and a letter that does not say what the
customer is expected to do next, block it unless the agent gives a reason), masks card
numbers, renders the PDF with the letterhead, and keeps it on the conversation as an
outbound message on channel ``letter`` with the PDF attached.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from .. import access, checking
from ..errors import InvalidInput
from ..models import ContactPoint, Conversation, Message
from ..models.choices import Channel, Direction, Role
from ..text import clean_text
from . import audit, messages
from .mail import ReplyBlocked

Actor = Any


def postal_address(conversation: Conversation) -> str:
    if conversation.contact_address.strip():
        return conversation.contact_address
    if conversation.customer_id is not None:
        contact = ContactPoint.objects.filter(customer_id=conversation.customer_id,
                                              kind="postal").order_by("-is_primary",
                                                                      "id").first()
        if contact is not None:
            return contact.value
    return ""


def send_letter(conversation: Conversation, *, actor: Actor, text: str, subject: str = "",
                address: str = "", override_reason: str = "") -> Message:
    """Compose, check, render and file a letter; returns the outbound message."""
    from tactful.channels.email.policy_settings import letterhead
    from tactful.channels.email.redacting import redact_text
    from tactful.channels.letters.render import Letter, render_pdf

    if not isinstance(actor, str):
        access.require_conversation_access(actor, conversation)
        access.require_role(actor, Role.AGENT)
    text = clean_text(text, field="text", max_length=50_000, required=True)
    subject = clean_text(subject, field="subject", max_length=300) or conversation.subject
    address = clean_text(address, field="address", max_length=2000).strip() or \
        postal_address(conversation)
    override_reason = clean_text(override_reason, field="override_reason",
                                 max_length=500).strip()
    if not address:
        raise InvalidInput("The customer has no postal address; give one for the letter.",
                           field="address")
    result = checking.check_reply(conversation, text, actor=actor, channel=Channel.LETTER)
    if result.blocked and not override_reason:
        raise ReplyBlocked(
            f"The checker found {len(result.blocking)} problem(s) that stop the letter: "
            f"{result.summary()}. Fix them, or give a reason to send anyway.",
            findings=result.blocking)
    text, _ = redact_text(text)
    name = conversation.customer.name if conversation.customer_id and conversation.customer \
        else conversation.contact_name
    agent = "" if isinstance(actor, str) else (
        getattr(getattr(actor, "staff_profile", None), "display_name", "") or
        actor.get_full_name() or actor.get_username())
    letter = Letter(recipient_name=name, address=address, subject=subject, body=text,
                    language=conversation.language, agent_name=agent,
                    reference=f"#{conversation.token}", on=timezone.localdate())
    pdf = render_pdf(letter, letterhead())
    report = result.with_override(override_reason)
    filename = f"letter-{conversation.pk}-{timezone.now():%Y%m%d-%H%M%S}.pdf"
    with transaction.atomic():
        message = messages.add_message(
            conversation, actor=actor, direction=Direction.OUTBOUND, text=text,
            meta={"letter": {"address": address, "subject": subject}},
            attachments=[messages.NewAttachment(filename, pdf, "application/pdf")],
            channel=Channel.LETTER, check_report=report,
        )
        audit.record("letter.composed", actor=actor, obj=message, conversation=conversation,
                     after={"address": address[:200], "pages_bytes": len(pdf)})
        if result.blocked:
            audit.record("check.overridden", actor=actor, obj=message,
                         conversation=conversation,
                         after={"reason": override_reason,
                                "findings": [f.get("rule_id") for f in result.blocking]})
    return message
