"""What an agent does to a conversation: write, assign, change status, escalate, transfer,
log a complaint, schedule a follow-up. Each view parses, looks up, calls one service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tactful.desk import access
from tactful.desk.errors import DeskError, InvalidInput
from tactful.desk.models import Conversation, Escalation, Team
from tactful.desk.services import (
    complaints,
    conversations,
    escalations,
    follow_ups,
    mail,
    replies,
)

from .. import integrations
from .conversation_detail import context_for, get_visible
from .staff_only import staff_required, supervisor_required

Handler = Callable[[HttpRequest, Conversation], str]


def _back(conversation: Conversation, anchor: str = "") -> HttpResponseRedirect:
    url = reverse("web:conversation", args=[conversation.pk])
    return HttpResponseRedirect(url + (f"#{anchor}" if anchor else ""), status=303)


def _run(request: HttpRequest, pk: int, handler: Handler) -> HttpResponse:
    conversation = get_visible(request, pk)
    try:
        done = handler(request, conversation)
    except DeskError as exc:
        messages.error(request, exc.message)
        return _back(conversation)
    messages.success(request, done)
    return _back(conversation, "timeline-end")


def _staff(pk: str) -> Any:
    if not pk.isdigit():
        raise InvalidInput(_("Choose a member of staff."), field="assignee")
    user = get_user_model().objects.filter(pk=int(pk), is_active=True).first()
    if user is None or access.role_of(user) is None:
        raise InvalidInput(_("Choose a member of staff."), field="assignee")
    return user


@require_POST
@staff_required
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    """Send a reply (checked, with the report stored) or add an internal note.

    Email and web-form replies go out through the mail channel, which refuses error-level
    findings unless the agent gives a reason; the draft is kept when anything is refused.
    """
    conversation = get_visible(request, pk)
    text = request.POST.get("text", "")
    internal = request.POST.get("mode") == "note"
    override = request.POST.get("override_reason", "")
    try:
        if not internal and conversation.channel in integrations.EMAIL_CHANNELS:
            mail.send_reply(conversation, actor=request.user, text=text,
                            override_reason=override)
        else:
            replies.post_agent_message(conversation, actor=request.user, text=text,
                                       internal=internal)
    except DeskError as exc:
        context = context_for(request, conversation)
        context.update({"draft": text, "draft_mode": "note" if internal else "reply",
                        "reply_error": exc.message,
                        "blocked": getattr(exc, "code", "") == "blocked_by_checker"})
        return render(request, "web/conversation_detail.html", context, status=422)
    messages.success(request, _("Note added.") if internal else _("Reply sent."))
    return _back(conversation, "timeline-end")


@require_POST
@staff_required
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    def handle(request: HttpRequest, conversation: Conversation) -> str:
        raw = request.POST.get("assignee", "")
        assignee = _staff(raw) if raw else None
        conversations.assign_conversation(conversation, actor=request.user, assignee=assignee)
        return _("Assigned.") if assignee else _("Nobody is assigned now.")

    return _run(request, pk, handle)


@require_POST
@staff_required
def status(request: HttpRequest, pk: int) -> HttpResponse:
    def handle(request: HttpRequest, conversation: Conversation) -> str:
        conversations.change_status(conversation, actor=request.user,
                                    status=request.POST.get("status", ""),
                                    reason=request.POST.get("reason", ""))
        return _("Status changed.")

    return _run(request, pk, handle)


@require_POST
@staff_required
def escalate(request: HttpRequest, pk: int) -> HttpResponse:
    def handle(request: HttpRequest, conversation: Conversation) -> str:
        escalations.escalate_to_supervisor(conversation, actor=request.user,
                                           summary=request.POST.get("summary", ""))
        return _("Escalated: the team's supervisors have been told.")

    return _run(request, pk, handle)


@require_POST
@staff_required
def transfer(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = get_visible(request, pk)
    raw = request.POST.get("team", "")
    team = Team.objects.filter(pk=int(raw)).first() if raw.isdigit() and len(raw) < 12 else None
    try:
        if team is None:
            raise InvalidInput(_("Choose a team."), field="team")
        escalations.transfer_conversation(conversation, actor=request.user, team=team,
                                          summary=request.POST.get("summary", ""))
    except DeskError as exc:
        messages.error(request, exc.message)
        return _back(conversation)
    messages.success(request, _("Transferred to %(team)s.") % {"team": team.name})
    if access.can_work_on(request.user, Conversation(team_id=team.pk)):
        return _back(conversation)
    return HttpResponseRedirect(reverse("web:conversations"), status=303)


@require_POST
@staff_required
def complaint(request: HttpRequest, pk: int) -> HttpResponse:
    def handle(request: HttpRequest, conversation: Conversation) -> str:
        complaints.log_complaint(
            conversation, actor=request.user, category=request.POST.get("category", ""),
            description=request.POST.get("description", ""),
            desired_outcome=request.POST.get("desired_outcome", ""))
        return _("Complaint logged and passed to the customer-service manager.")

    return _run(request, pk, handle)


def parse_local_datetime(value: str) -> datetime:
    """A ``datetime-local`` value, read in the organisation's time zone."""
    try:
        naive = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(_("Give the due time as a date and a time."), field="due_at") from exc
    if timezone.is_aware(naive):
        return naive
    return timezone.make_aware(naive, timezone.get_current_timezone())


@require_POST
@staff_required
def follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    def handle(request: HttpRequest, conversation: Conversation) -> str:
        follow_ups.schedule_follow_up(
            conversation, actor=request.user, kind=request.POST.get("kind", ""),
            due_at=parse_local_datetime(request.POST.get("due_at", "")),
            note=request.POST.get("note", ""), phone=request.POST.get("phone", ""))
        return _("Scheduled.")

    return _run(request, pk, handle)


@require_POST
@supervisor_required
def answer_escalation(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = Escalation.objects.select_related("conversation").filter(pk=pk).first()
    if escalation is None or not access.can_work_on(request.user, escalation.conversation):
        raise Http404("Escalation not found.")
    try:
        escalations.answer_escalation(escalation, actor=request.user,
                                      answer=request.POST.get("answer", ""))
    except DeskError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Answer sent to the agent."))
    return _back(escalation.conversation, f"escalation-{escalation.pk}")
