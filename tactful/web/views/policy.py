"""The policy page (R-POL-1..3): upload a new version, see its mistakes with line numbers,
the version history, and the rendered document. For managers and administrators."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from tactful.desk.errors import DeskError
from tactful.desk.models import PolicyVersion
from tactful.desk.services import policies
from tactful.policy import load_policy_text
from tactful.policy.render import render_policy

from .staff_only import manager_required

MAX_UPLOAD = 1_000_000
HISTORY = 50


def _page(request: HttpRequest, *, text: str = "", summary: str = "",
          problems: list[Any] | None = None, status: int = 200) -> HttpResponse:
    versions = list(PolicyVersion.objects.select_related("author__staff_profile")
                    .defer("text")[:HISTORY])
    active = next((v for v in versions if v.is_active), None)
    lines = text.splitlines()
    bad = {p.line for p in problems or []}
    numbered = [(n, line, n in bad) for n, line in enumerate(lines, 1)] if problems else []
    return render(request, "web/policy.html", {
        "versions": versions, "active": active, "text": text, "summary": summary,
        "problems": problems or [], "numbered": numbered,
    }, status=status)


@manager_required
def view(request: HttpRequest) -> HttpResponse:
    return _page(request)


@require_POST
@manager_required
def upload(request: HttpRequest) -> HttpResponse:
    text = request.POST.get("text", "")
    upload_file = request.FILES.get("file")
    if upload_file is not None:
        if upload_file.size and upload_file.size > MAX_UPLOAD:
            messages.error(request, _("The file is larger than 1 MB."))
            return _page(request, status=422)
        try:
            text = upload_file.read().decode("utf-8")
        except UnicodeDecodeError:
            messages.error(request, _("The policy file must be UTF-8 text."))
            return _page(request, status=422)
    summary = request.POST.get("summary", "")
    try:
        version = policies.upload_policy(actor=request.user, text=text, summary=summary,
                                         activate=request.POST.get("activate") == "1",
                                         name=getattr(upload_file, "name", "policy.yaml"))
    except policies.PolicyRejected as exc:
        return _page(request, text=text, summary=summary, problems=exc.problems, status=422)
    except DeskError as exc:
        messages.error(request, exc.message)
        return _page(request, text=text, summary=summary, status=422)
    messages.success(request, _("Version %(n)s saved.") % {"n": version.number})
    return HttpResponseRedirect(reverse("web:policy"), status=303)


@require_POST
@manager_required
def activate(request: HttpRequest, number: int) -> HttpResponse:
    version = PolicyVersion.objects.filter(number=number).first()
    if version is None:
        raise Http404("No such version.")
    try:
        policies.activate_policy(version, actor=request.user)
    except DeskError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Version %(n)s is now in force.") % {"n": number})
    return HttpResponseRedirect(reverse("web:policy"), status=303)


@xframe_options_sameorigin
@manager_required
def document(request: HttpRequest, number: int) -> HttpResponse:
    """One version rendered as the document people read (R-POL-2), sandboxed."""
    version = PolicyVersion.objects.filter(number=number).first()
    if version is None:
        raise Http404("No such version.")
    policy = load_policy_text(version.text, name=f"policy v{number}")
    lang = request.GET.get("lang") or None
    if lang and lang not in policy.languages.supported:
        lang = None
    html = render_policy(policy, "html", lang)
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Content-Security-Policy"] = ("sandbox; default-src 'none'; "
                                           "style-src 'unsafe-inline'; frame-ancestors 'self'")
    return response


@manager_required
def source(request: HttpRequest, number: int) -> HttpResponse:
    version = PolicyVersion.objects.filter(number=number).first()
    if version is None:
        raise Http404("No such version.")
    response = HttpResponse(version.text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="policy-v{number}.yaml"'
    return response
