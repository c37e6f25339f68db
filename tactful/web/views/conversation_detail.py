"""One conversation, read-only: its messages, its customer and its history."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tactful.desk import access
from tactful.desk.errors import NotFound

from .staff_only import staff_required


@staff_required
def view(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        conversation = access.get_conversation(request.user, pk)
    except NotFound as exc:
        raise Http404(str(exc)) from exc
    messages = conversation.messages.select_related("author").prefetch_related("attachments")
    events = conversation.audit_events.select_related("actor").order_by("created_at", "id")[:200]
    customer = conversation.customer
    return render(
        request,
        "web/conversation_detail.html",
        {
            "conversation": conversation,
            "messages": messages,
            "events": events,
            "customer": customer,
            "contacts": customer.contacts.all() if customer else [],
            "references": conversation.references.all(),
        },
    )
