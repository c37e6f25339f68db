"""A person's notifications: escalations, answers, transfers, complaints, deadlines."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from tactful.desk.models import Notification
from tactful.desk.services.notification_reads import mark_notifications_read

from .staff_only import staff_required

LIMIT = 100


@staff_required
def view(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    notices = (Notification.objects.filter(user=user)
               .select_related("conversation").order_by("-id")[:LIMIT])
    return render(request, "web/notifications.html", {"notices": notices})


@require_POST
@staff_required
def mark_read(request: HttpRequest) -> HttpResponse:
    mark_notifications_read(request.user, actor=request.user)
    return HttpResponseRedirect(reverse("web:notifications"), status=303)
