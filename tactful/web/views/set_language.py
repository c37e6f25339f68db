"""Switching the interface language; stored on the staff profile and in a cookie."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from tactful.desk.services.profiles import set_interface_language

from .staff_only import staff_required


@require_POST
@staff_required
def view(request: HttpRequest) -> HttpResponse:
    code = request.POST.get("language", "")
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    response = HttpResponseRedirect(target)
    if code in dict(settings.LANGUAGES):
        set_interface_language(request.user, actor=request.user, language=code)
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, code, samesite="Lax")
    return response
