"""The public web form (R-MAIL-3): a submission opens a conversation on channel web_form.

Floods are refused before anything is written to the conversation tables: at most
``PER_IP`` submissions per address and ``PER_EMAIL`` per email address in ``WINDOW``
(counted in the database, so every process sees the same numbers).
"""

from __future__ import annotations

import re
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
MAX_CUSTOM_FIELDS = 50
MAX_CUSTOM_VALUE = 20_000
_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
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
                     custom_fields: dict[str, str] | None = None) -> Conversation:
    """Open the conversation with the customer's message and the form's own fields
    (``custom_fields``, by field name); the caller acknowledges it."""
    check_rate(ip=ip, email=email)
    text = clean_text(text, field="message", max_length=messages.MAX_TEXT, required=True)
    custom = _custom_fields(custom_fields or {})
    with transaction.atomic():
        FormSubmission.objects.create(ip=ip or None, email=email.lower()[:320])
        conversation = conversations.open_conversation(
            actor="web_form", team=team, channel=Channel.WEB_FORM, subject=subject[:500],
            language=language, customer=customer, contact_name=name[:200],
            contact_email=email, contact_phone=phone,
        )
        if custom:
            Conversation.objects.filter(pk=conversation.pk).update(custom_fields=custom)
            conversation.custom_fields = custom
        messages.add_message(conversation, actor="web_form", direction=Direction.INBOUND,
                             text=text, sender=email, attachments=attachments or [],
                             meta={"web_form": {"ip": ip or "", "fields": custom}})
        for kind, value in references or []:
            try:
                conversations.add_reference(conversation, actor="web_form", kind=kind,
                                            value=value)
            except InvalidInput:
                continue
        audit.record("web_form.received", actor="web_form", obj=conversation,
                     conversation=conversation,
                     after={"ip": ip or "", "email": email, "fields": sorted(custom)})
    return conversation


def _custom_fields(values: dict[str, str]) -> dict[str, str]:
    """Field names as the policy writes them; values as text within the form's limits."""
    if len(values) > MAX_CUSTOM_FIELDS:
        raise InvalidInput(f"At most {MAX_CUSTOM_FIELDS} custom fields.", field="fields")
    out: dict[str, str] = {}
    for key, value in values.items():
        if not isinstance(key, str) or not _FIELD_NAME.match(key):
            raise InvalidInput(f"{key!r} is not a field name.", field="fields")
        out[key] = clean_text(value, field=key, max_length=MAX_CUSTOM_VALUE)
    return out
