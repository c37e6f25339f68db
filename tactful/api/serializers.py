"""Model instances to API dictionaries (kept apart so that views stay thin)."""

from __future__ import annotations

from typing import Any

from tactful.desk.models import Conversation, Customer, Message


def customer_out(customer: Customer) -> dict[str, Any]:
    return {
        "id": customer.pk,
        "code": customer.code,
        "name": customer.name,
        "preferred_language": customer.preferred_language,
        "form_of_address": customer.form_of_address,
        "title": customer.title,
        "version": customer.version,
        "merged_into": customer.merged_into.code if customer.merged_into else None,
        "contacts": [
            {"kind": c.kind, "value": c.value, "label": c.label, "is_primary": c.is_primary}
            for c in customer.contacts.all()
        ],
        "references": [{"kind": r.kind, "value": r.value} for r in customer.references.all()],
        "created_at": customer.created_at,
        "updated_at": customer.updated_at,
    }


def conversation_out(conversation: Conversation) -> dict[str, Any]:
    return {
        "id": conversation.pk,
        "channel": conversation.channel,
        "kind": conversation.kind,
        "status": conversation.status,
        "priority": conversation.priority,
        "team": conversation.team.slug,
        "assignee": conversation.assignee.get_username() if conversation.assignee else None,
        "customer": conversation.customer.code if conversation.customer else None,
        "language": conversation.language,
        "subject": conversation.subject,
        "contact_name": conversation.contact_name,
        "contact_email": conversation.contact_email,
        "contact_phone": conversation.contact_phone,
        "references": [{"kind": r.kind, "value": r.value}
                       for r in conversation.references.all()],
        "created_at": conversation.created_at,
        "updated_at": conversation.updated_at,
        "first_response_at": conversation.first_response_at,
        "resolved_at": conversation.resolved_at,
        "closed_at": conversation.closed_at,
        "next_deadline_at": conversation.next_deadline_at,
        "version": conversation.version,
    }


def message_out(message: Message) -> dict[str, Any]:
    return {
        "id": message.pk,
        "direction": message.direction,
        "channel": message.channel,
        "author": message.author.get_username() if message.author else None,
        "sender": message.sender,
        "text": message.text,
        "html": message.html,
        "attachments": [
            {"id": a.pk, "filename": a.filename, "size": a.size, "content_type": a.content_type}
            for a in message.attachments.all()
        ],
        "created_at": message.created_at,
        "check_report": message.check_report,
    }
