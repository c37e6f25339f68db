"""A checked contact form becomes a conversation (R-MAIL-3), acknowledged by email (R-MAIL-2).

The policy's fields say where each value goes: ``name``, ``email``, ``phone`` and
``subject`` are the conversation's contact details and subject, ``message`` its first
message; every other field is kept in ``Conversation.custom_fields``. Order numbers (and
fields naming a reference kind) become references of the conversation, as do numbers the
customer wrote in the subject or message (R-ID-2). Card numbers are masked everywhere
before anything is stored (R-SEC-1).
"""

from __future__ import annotations

from typing import Any

from tactful.channels.email import references as reference_finder
from tactful.channels.email import threading
from tactful.channels.email.redacting import redact_text
from tactful.desk.models import Conversation, Team
from tactful.desk.services import webform as webform_services
from tactful.desk.services.mail import send_automatic_acknowledgement
from tactful.desk.services.messages import NewAttachment

from .forms import ROLES, FormSpec


def custom_values(values: dict[str, Any], spec: FormSpec) -> tuple[dict[str, str],
                                                                  list[tuple[str, str]]]:
    """The custom fields the customer filled in (masked), and the references among them."""
    custom: dict[str, str] = {}
    refs: list[tuple[str, str]] = []
    for spec_field in spec.fields:
        if spec_field.name in ROLES or spec_field.type == "file":
            continue
        value = str(values.get(spec_field.name) or "").strip()
        if not value:
            continue
        value, _ = redact_text(value)
        custom[spec_field.name] = value
        kind = "order" if spec_field.type == "order_number" else spec_field.reference
        if kind:
            refs.append((kind, value))
    return custom, refs


def receive(*, team: Team, values: dict[str, Any], spec: FormSpec,
            files: list[NewAttachment], ip: str | None, language: str) -> Conversation:
    """Open the conversation and queue the acknowledgement by email."""
    email = str(values["email"]).strip().lower()
    text, _ = redact_text(str(values["message"]))
    subject, _ = redact_text(str(values.get("subject") or ""))
    custom, refs = custom_values(values, spec)
    customer = threading.find_customer(email)
    if customer is not None and customer.preferred_language:
        language = customer.preferred_language
    found = reference_finder.find_references(f"{subject}\n{text}")
    conversation = webform_services.receive_web_form(
        team=team, name=str(values.get("name") or ""), email=email,
        phone=str(values.get("phone") or ""), subject=subject or text[:80], text=text, ip=ip,
        language=language, customer=customer, references=refs + found, attachments=files,
        custom_fields=custom,
    )
    send_automatic_acknowledgement(conversation, actor="web_form")
    return conversation
