"""One conversation: timeline, customer panel, clocks, composer and actions."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from tactful.desk import access
from tactful.desk.errors import NotFound
from tactful.desk.models import Conversation, FollowUp, Reference, Team
from tactful.desk.models.choices import STATUS_TRANSITIONS, Role, Status
from tactful.desk.services.knowledge import canned_replies_for

from .. import integrations
from . import timeline
from .staff_only import staff_required

EARLIER_LIMIT = 10


def get_visible(request: HttpRequest, pk: int) -> Conversation:
    try:
        return access.get_conversation(request.user, pk)
    except NotFound as exc:
        raise Http404(str(exc)) from exc


def _assignable(conversation: Conversation) -> list[Any]:
    users = get_user_model().objects.filter(is_active=True).filter(
        Q(staff_profile__teams=conversation.team_id)
        | Q(groups__name__in=[Role.MANAGER.value, Role.ADMIN.value])
    ).select_related("staff_profile").distinct().order_by("username")
    return list(users[:200])


def context_for(request: HttpRequest, conversation: Conversation) -> dict[str, Any]:
    user = request.user
    clocks = list(conversation.clocks.all())
    customer = conversation.customer
    references = Reference.objects.filter(
        Q(conversation=conversation)
        | (Q(customer=customer, conversation__isnull=True) if customer else Q(pk__in=[]))
    ).order_by("id")[:50]
    earlier: list[Conversation] = []
    if customer is not None:
        earlier = list(access.visible_conversations(user).filter(customer=customer)
                       .exclude(pk=conversation.pk).order_by("-id")[:EARLIER_LIMIT])
    role = access.role_of(user)
    display = getattr(getattr(user, "staff_profile", None), "display_name", "") or (
        user.get_username())
    policy = integrations.active_policy()
    parts, greeting_source = integrations.greeting_parts(conversation.language, agent=display,
                                                         policy=policy)
    entries = timeline.build(conversation, clocks)
    now = timezone.now()
    return {
        "conversation": conversation,
        "entries": entries,
        "directions": timeline.direction_labels(),
        "clocks": clocks,
        "now": now,
        "customer": customer,
        "contacts": customer.contacts.all() if customer else [],
        "references": references,
        "custom_fields": integrations.custom_fields(
            conversation.custom_fields or {}, getattr(request, "LANGUAGE_CODE", "en"),
            policy=policy),
        "earlier": earlier,
        "follow_ups": conversation.follow_ups.select_related("assignee").order_by("due_at")[:20],
        "follow_up_kinds": FollowUp.Kind.choices,
        "next_statuses": [(s, Status(s).label) for s in Status.values
                          if s in STATUS_TRANSITIONS[conversation.status]],
        "assignable": _assignable(conversation),
        "teams": Team.objects.exclude(pk=conversation.team_id).order_by("name"),
        "is_supervisor": role in (Role.SUPERVISOR, Role.MANAGER, Role.ADMIN),
        "open_escalations": [e.obj for e in entries if e.kind == "escalation"
                             and e.obj.answered_at is None and e.obj.kind == "supervisor"],
        "phrasebook": integrations.phrasebook(conversation.language),
        "greeting_parts": parts,
        "greeting_source": greeting_source,
        "canned": canned_replies_for(user, conversation.language)[:50],
        "complaint_categories": integrations.complaint_categories(
            getattr(request, "LANGUAGE_CODE", "en"), policy=policy),
        "has_complaint": hasattr(conversation, "complaint"),
    }


@staff_required
def view(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = get_visible(request, pk)
    return render(request, "web/conversation_detail.html", context_for(request, conversation))


@staff_required
def timeline_partial(request: HttpRequest, pk: int) -> HttpResponse:
    """The timeline alone, for the live refresh when someone else changes the conversation."""
    conversation = get_visible(request, pk)
    clocks = list(conversation.clocks.all())
    return render(request, "web/conversation_timeline.html",
                  {"conversation": conversation, "entries": timeline.build(conversation, clocks),
                   "directions": timeline.direction_labels(),
                   "is_supervisor": access.role_of(request.user) != Role.AGENT})
