"""The conversation list: what the user may see, filtered, newest or most urgent first."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tactful.desk import access
from tactful.desk.models.choices import OPEN_STATUSES, Channel, Status

from .staff_only import staff_required

PAGE_SIZE = 50


@staff_required
def view(request: HttpRequest) -> HttpResponse:
    qs = access.visible_conversations(request.user).select_related("team", "assignee", "customer")
    status = request.GET.get("status", "open")
    channel = request.GET.get("channel", "")
    mine = request.GET.get("mine") == "1"
    if status == "open":
        qs = qs.filter(status__in=OPEN_STATUSES)
    elif status in Status.values:
        qs = qs.filter(status=status)
    if channel in Channel.values:
        qs = qs.filter(channel=channel)
    if mine:
        qs = qs.filter(assignee_id=request.user.pk)
    qs = qs.order_by(F("next_deadline_at").asc(nulls_last=True), "-id")
    page = Paginator(qs, PAGE_SIZE, allow_empty_first_page=True).get_page(request.GET.get("page"))
    return render(
        request,
        "web/conversation_list.html",
        {"page": page, "status": status, "channel": channel, "mine": mine,
         "statuses": Status.choices, "channels": Channel.choices},
    )
