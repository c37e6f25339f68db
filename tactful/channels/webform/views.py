"""The public contact page ``/contact/`` and the embeddable ``/contact/embed/`` (R-MAIL-3).

The page uses Django's CSRF protection. The embedded form lives in an iframe on another
site, where the CSRF cookie is not sent; it carries a signed, time-stamped form token
instead (issued with the form, valid for a day, and refused when the form comes back
faster than a person could fill it in). Both have the honeypot and the rate limits.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.template.backends.django import DjangoTemplates
from django.utils import translation
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from tactful.desk.errors import DeskError
from tactful.desk.models import Team
from tactful.desk.services import webform as webform_services
from tactful.desk.services.messages import NewAttachment

from .forms import ContactForm

TOKEN_SALT = "tactful.webform"
MIN_SECONDS = 2
MAX_AGE = 86_400


@lru_cache(maxsize=1)
def _templates() -> DjangoTemplates:
    return DjangoTemplates({
        "NAME": "webform", "DIRS": [str(Path(__file__).resolve().parent / "templates")],
        "APP_DIRS": False,
        "OPTIONS": {"context_processors": ["django.template.context_processors.i18n",
                                           "django.template.context_processors.request"]},
    })


def _render(request: HttpRequest, name: str, context: dict[str, Any],
            status: int = 200) -> HttpResponse:
    html = _templates().get_template(name).render(context, request)
    return HttpResponse(html, status=status)


def _client_ip(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def _team(request: HttpRequest) -> Team | None:
    slug = request.GET.get("team") or request.POST.get("team") or ""
    team = Team.objects.filter(slug=slug).first() if slug else None
    return team or Team.objects.order_by("id").first()


def _language(request: HttpRequest) -> str:
    lang = (translation.get_language() or "en").lower()
    if lang.startswith("zh"):
        return "zh-Hant" if "hant" in lang or "tw" in lang else "zh-Hans"
    return lang.split("-")[0] if lang.split("-")[0] in ("en", "hu", "et", "ro") else "en"


def issue_token() -> str:
    return signing.dumps({"t": int(time.time())}, salt=TOKEN_SALT)


def _token_ok(value: str) -> bool:
    try:
        data = signing.loads(value or "", salt=TOKEN_SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return False
    return time.time() - int(data.get("t", 0)) >= MIN_SECONDS


def _handle(request: HttpRequest, *, template: str, embedded: bool) -> HttpResponse:
    context: dict[str, Any] = {"embedded": embedded, "team": request.GET.get("team", "")}
    if request.method != "POST":
        form = ContactForm(initial={"started": issue_token()})
        return _render(request, template, {**context, "form": form})
    form = ContactForm(request.POST, request.FILES)
    if embedded and not _token_ok(request.POST.get("started", "")):
        form.add_error(None, "The form expired or was sent too fast; please send it again.")
        form.data = {**dict(form.data.items()), "started": issue_token()}
        return _render(request, template, {**context, "form": form}, status=400)
    if form.is_spam:
        # Answer as if it worked: the robot learns nothing. Nothing is stored.
        return _render(request, "webform/thanks.html", context)
    if not form.is_valid():
        return _render(request, template, {**context, "form": form}, status=400)
    team = _team(request)
    if team is None:
        return _render(request, template, {**context, "form": form,
                                           "error": "This desk is not set up yet."}, 503)
    data = form.cleaned_data
    files = [NewAttachment(f.name or "attachment", f.read(), f.content_type or "")
             for f in data.get("attachments") or []]
    try:
        conversation = receive(team=team, data=data, files=files, ip=_client_ip(request),
                               language=_language(request))
    except webform_services.TooManySubmissions as exc:
        webform_services.record_refusal(ip=_client_ip(request), email=data.get("email", ""))
        return _render(request, template, {**context, "form": form, "error": exc.message},
                       status=429)
    except DeskError as exc:
        return _render(request, template, {**context, "form": form, "error": exc.message},
                       status=400)
    return _render(request, "webform/thanks.html", {**context, "conversation": conversation})


def receive(*, team: Team, data: dict[str, Any], files: list[NewAttachment],
            ip: str | None, language: str) -> Any:
    """Open the conversation and queue the acknowledgement by email."""
    from tactful.channels.email import references as reference_finder
    from tactful.channels.email import threading
    from tactful.channels.email.redacting import redact_text
    from tactful.desk.services.mail import send_automatic_acknowledgement

    email = data["email"].strip().lower()
    text, _ = redact_text(data["message"])
    subject, _ = redact_text(data.get("subject") or "")
    customer = threading.find_customer(email)
    if customer is not None and customer.preferred_language:
        language = customer.preferred_language
    conversation = webform_services.receive_web_form(
        team=team, name=data.get("name") or "", email=email, phone=data.get("phone") or "",
        subject=subject or text[:80], text=text, ip=ip, language=language, customer=customer,
        references=reference_finder.find_references(f"{subject}\n{text}"), attachments=files,
    )
    send_automatic_acknowledgement(conversation, actor="web_form")
    return conversation


@csrf_protect
def contact(request: HttpRequest) -> HttpResponse:
    return _handle(request, template="webform/contact.html", embedded=False)


@csrf_exempt  # protected by the signed form token instead; see the module docstring
@xframe_options_exempt
def contact_embed(request: HttpRequest) -> HttpResponse:
    return _handle(request, template="webform/embed.html", embedded=True)


def embed_script(request: HttpRequest) -> HttpResponse:
    """``<script src="…/contact/embed.js" data-team="support"></script>`` adds the form."""
    base = request.build_absolute_uri("/contact/embed/")
    script = (
        "(function(){var s=document.currentScript;var t=s.getAttribute('data-team')||'';"
        "var f=document.createElement('iframe');"
        f"f.src='{base}'+(t?'?team='+encodeURIComponent(t):'');"
        "f.style.width='100%';f.style.minHeight='640px';f.style.border='0';"
        "f.title='Contact form';s.parentNode.insertBefore(f,s);})();"
    )
    return HttpResponse(script, content_type="application/javascript")
