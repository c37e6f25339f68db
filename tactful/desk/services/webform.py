"""The public web form (R-MAIL-3): a submission opens a conversation on channel web_form.

Floods are refused before anything is written to the conversation tables: at most
``PER_IP`` submissions per address and ``PER_EMAIL`` per email address in ``WINDOW``
(counted in the database, so every process sees the same numbers).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from ..errors import DeskError, InvalidInput
from ..models import Conversation, FormSubmission, Team
from ..models.choices import Channel, Direction
from ..text import clean_text
from . import audit, conversations, messages

WINDOW = timedelta(hours=1)
PER_IP = 10
PER_EMAIL = 5


class TooManySubmissions(DeskError):
    code = "rate_limited"
    status = 429


def check_rate(*, ip: str | None, email: str) -> None:
    since = timezone.now() - WINDOW
    if ip and FormSubmission.objects.filter(ip=ip, created_at__gte=since).count() >= PER_IP:
        raise TooManySubmissions("Too many messages from this address; please try later.")
    if email and FormSubmission.objects.filter(email=email.lower(),
                                               created_at__gte=since).count() >= PER_EMAIL:
        raise TooManySubmissions("Too many messages from this email; please try later.")


def record_refusal(*, ip: str | None, email: str) -> None:
    with transaction.atomic():
        FormSubmission.objects.create(ip=ip or None, email=email.lower()[:320], accepted=False)


def receive_web_form(*, team: Team, name: str, email: str, subject: str, text: str,
                     phone: str = "", ip: str | None = None, language: str = "en",
                     customer: Any = None, references: list[tuple[str, str]] | None = None,
                     attachments: list[messages.NewAttachment] | None = None,
                     extra: dict[str, str] | None = None) -> Conversation:
    """Open the conversation with the customer's message; the caller acknowledges it."""
    check_rate(ip=ip, email=email)
    text = clean_text(text, field="message", max_length=messages.MAX_TEXT, required=True)
    with transaction.atomic():
        FormSubmission.objects.create(ip=ip or None, email=email.lower()[:320])
        conversation = conversations.open_conversation(
            actor="web_form", team=team, channel=Channel.WEB_FORM, subject=subject[:500],
            language=language, customer=customer, contact_name=name[:200],
            contact_email=email, contact_phone=phone,
        )
        messages.add_message(conversation, actor="web_form", direction=Direction.INBOUND,
                             text=text, sender=email, attachments=attachments or [],
                             meta={"web_form": {"ip": ip or "", **(extra or {})}})
        for kind, value in references or []:
            try:
                conversations.add_reference(conversation, actor="web_form", kind=kind,
                                            value=value)
            except InvalidInput:
                continue
        audit.record("web_form.received", actor="web_form", obj=conversation,
                     conversation=conversation, after={"ip": ip or "", "email": email})
    return conversation
