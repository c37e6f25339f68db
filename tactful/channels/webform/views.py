"""The public contact page ``/contact/`` and the embeddable ``/contact/embed/`` (R-MAIL-3).

The fields come from the policy (``channels.web_form.fields``), labelled in the customer's
language: ``?lang=`` (the embedding page passes its own), else the browser's, among the
languages the policy serves. Everything is checked on the server; a form with mistakes comes
back with an error at each field and everything the customer typed (files they attached
are kept too, see ``uploads.py``).

The page uses Django's CSRF protection. The embedded form lives in an iframe on another
site, where the CSRF cookie is not sent; it carries a signed, time-stamped form token
instead (issued with the form, valid for a day, and refused when the form comes back
faster than a person could fill it in). Both have the honeypot and the rate limits. The
request's size is checked before anything is read from it, so an oversized form gets a
page in the customer's language, not a bare error.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse, QueryDict
from django.middleware.csrf import CsrfViewMiddleware
from django.template.backends.django import DjangoTemplates
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt

from tactful.desk.errors import DeskError
from tactful.desk.models import Team
from tactful.desk.services import webform as webform_services
from tactful.desk.services.messages import NewAttachment

from . import uploads
from .forms import (
    ContactForm,
    FormSpec,
    browser_languages,
    django_language,
    form_language,
    form_spec,
)
from .submission import receive

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


def _team(slug: str) -> Team | None:
    team = Team.objects.filter(slug=slug).first() if slug else None
    return team or Team.objects.order_by("id").first()


def issue_token() -> str:
    return signing.dumps({"t": int(time.time())}, salt=TOKEN_SALT)


def _token_ok(value: str) -> bool:
    try:
        data = signing.loads(value or "", salt=TOKEN_SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return False
    return time.time() - int(data.get("t", 0)) >= MIN_SECONDS


def _size_limit(spec: FormSpec) -> int:
    files = spec.file_field
    room = files.max_files * settings.TACTFUL_ATTACHMENT_MAX_BYTES if files else 0
    return room + settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def _declared_size(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _handle(request: HttpRequest, *, template: str, embedded: bool) -> HttpResponse:
    spec = form_spec()
    asked = request.GET.get("lang", "")
    too_large = False
    if request.method == "POST":
        too_large = _declared_size(request) > _size_limit(spec)
        if not too_large:
            try:
                asked = request.POST.get("lang", "") or asked
            except (RequestDataTooBig, TooManyFieldsSent):
                too_large = True
    language = form_language(
        [asked, *browser_languages(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))], spec)
    page = _Page(request, spec, language, template=template, embedded=embedded)
    with translation.override(django_language(language)):
        if request.method != "POST":
            return page.blank()
        if too_large:
            return page.blank(status=413, error=_(
                "The form is larger than we can accept (%(mb)s MB at most). Please send a "
                "shorter text or fewer files.") % {
                    "mb": _size_limit(spec) // (1024 * 1024)})
        if not embedded:
            refused = CsrfViewMiddleware(_unused).process_view(request, _unused, (), {})
            if refused is not None:
                return refused
        return page.submitted()


def _unused(request: HttpRequest) -> HttpResponse:  # the CSRF check needs a view to name
    return HttpResponse()


class _Page:
    """One request for the form: its spec, language and the answers it can give."""

    def __init__(self, request: HttpRequest, spec: FormSpec, language: str, *,
                 template: str, embedded: bool) -> None:
        self.request, self.spec, self.language = request, spec, language
        self.template, self.embedded = template, embedded
        self.team = request.GET.get("team", "")

    def context(self, form: ContactForm, **extra: Any) -> dict[str, Any]:
        return {"embedded": self.embedded, "team": self.team, "form": form,
                "language": self.language,
                "title": self.spec.text("title", self.language),
                "intro": self.spec.text("intro", self.language),
                "submit": self.spec.text("submit", self.language), **extra}

    def new_form(self, **initial: str) -> ContactForm:
        return ContactForm(initial={"started": issue_token(), **initial}, spec=self.spec,
                           language=self.language)

    def blank(self, *, status: int = 200, error: str = "") -> HttpResponse:
        return _render(self.request, self.template,
                       self.context(self.new_form(), error=error), status)

    def again(self, form: ContactForm, *, kept: list[NewAttachment], status: int,
              error: str = "") -> HttpResponse:
        """The form back with its errors and everything in it; files kept for the next try."""
        data = QueryDict(mutable=True)
        data.update(form.data)
        uploads.discard(str(data.get("kept_files", "")))
        data["kept_files"] = uploads.keep(kept)
        data.pop("drop_kept", None)
        form.mark_errors()
        if self.embedded and not _token_ok(str(data.get("started", ""))):
            data["started"] = issue_token()  # a fresh one, so that the next try can pass
        form.data = data
        return _render(self.request, self.template,
                       self.context(form, error=error, kept=kept), status)

    def submitted(self) -> HttpResponse:
        request = self.request
        self.team = request.POST.get("team", "") or self.team
        form = ContactForm(request.POST, request.FILES, spec=self.spec, language=self.language)
        kept_token = request.POST.get("kept_files", "")
        kept = [] if request.POST.get("drop_kept") else uploads.load(kept_token)
        if self.embedded and not _token_ok(request.POST.get("started", "")):
            form.add_error(None, _("The form expired or was sent too fast; please send it "
                                   "again."))
            return self.again(form, kept=kept, status=400)
        if form.is_spam:
            # Answer as if it worked: the robot learns nothing. Nothing is stored.
            return _render(request, "webform/thanks.html", self.thanks_context())
        valid = form.is_valid()
        files = self._files(form, kept)
        if not valid:
            return self.again(form, kept=files if files is not None else kept, status=400)
        assert files is not None
        team = _team(self.team)
        if team is None:
            return self.again(form, kept=files, status=503,
                              error=_("This desk is not set up yet."))
        try:
            conversation = receive(team=team, values=form.cleaned_data, spec=self.spec,
                                   files=files, ip=_client_ip(request), language=self.language)
        except webform_services.TooManySubmissions:
            webform_services.record_refusal(ip=_client_ip(request),
                                            email=form.cleaned_data.get("email", ""))
            return self.again(form, kept=files, status=429, error=_(
                "Too many messages were sent from here in the last hour; please try again "
                "later."))
        except DeskError as exc:
            return self.again(form, kept=files, status=400, error=exc.message)
        uploads.discard(kept_token)
        return _render(request, "webform/thanks.html",
                       self.thanks_context(conversation=conversation))

    def _files(self, form: ContactForm, kept: list[NewAttachment]) -> list[NewAttachment] | None:
        """Kept files and the new ones, or None when the new ones were refused."""
        spec_field = self.spec.file_field
        if spec_field is None:
            return []
        if spec_field.name in form.errors:
            return None
        new = [NewAttachment(f.name or "attachment", f.read(), f.content_type or "")
               for f in form.cleaned_data.get(spec_field.name) or []]
        files = kept + new
        if len(files) > spec_field.max_files:
            form.add_error(spec_field.name, ngettext(
                "At most %(n)s file.", "At most %(n)s files.", spec_field.max_files) % {
                "n": spec_field.max_files})
            return None
        return files

    def thanks_context(self, **extra: Any) -> dict[str, Any]:
        return {"embedded": self.embedded, "language": self.language,
                "thanks": self.spec.text("thanks", self.language), **extra}


@csrf_exempt  # checked in _handle after the size check, so an oversized form gets a page
def contact(request: HttpRequest) -> HttpResponse:
    return _handle(request, template="webform/contact.html", embedded=False)


@csrf_exempt  # protected by the signed form token instead; see the module docstring
@xframe_options_exempt
def contact_embed(request: HttpRequest) -> HttpResponse:
    return _handle(request, template="webform/embed.html", embedded=True)


def embed_script(request: HttpRequest) -> HttpResponse:
    """``<script src="…/contact/embed.js" data-team="support" data-lang="hu"></script>``
    adds the form, in the language the embedding page names."""
    base = request.build_absolute_uri("/contact/embed/")
    script = (
        "(function(){var s=document.currentScript;var t=s.getAttribute('data-team')||'';"
        "var l=s.getAttribute('data-lang')||document.documentElement.lang||'';"
        "var q=[];if(t){q.push('team='+encodeURIComponent(t));}"
        "if(l){q.push('lang='+encodeURIComponent(l));}"
        "var f=document.createElement('iframe');"
        f"f.src='{base}'+(q.length?'?'+q.join('&'):'');"
        "f.style.width='100%';f.style.minHeight='640px';f.style.border='0';"
        "f.title='Contact form';s.parentNode.insertBefore(f,s);})();"
    )
    return HttpResponse(script, content_type="application/javascript")
