"""Supervisors write canned replies and knowledge-base articles (R-POL-6, R-KB-1)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tactful.desk import access
from tactful.desk.errors import DeskError
from tactful.desk.services import knowledge

from .staff_only import supervisor_required


def _back() -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("web:knowledge"), status=303)


@require_POST
@supervisor_required
def add_canned_reply(request: HttpRequest) -> HttpResponse:
    raw = request.POST.get("team", "")
    team = access.visible_teams(request.user).filter(pk=int(raw)).first() if (
        raw.isdigit() and len(raw) < 12) else None
    try:
        knowledge.create_canned_reply(
            actor=request.user, title=request.POST.get("title", ""),
            language=request.POST.get("language", ""), text=request.POST.get("text", ""),
            team=team)
    except DeskError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Canned reply saved."))
    return _back()


@require_POST
@supervisor_required
def add_article(request: HttpRequest) -> HttpResponse:
    try:
        knowledge.create_article(
            actor=request.user, title=request.POST.get("title", ""),
            body=request.POST.get("body", ""), language=request.POST.get("language", ""),
            kind=request.POST.get("kind", "article"), tags=request.POST.get("tags", ""))
    except DeskError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Article saved."))
    return _back()
