"""The contact form, drawn from the policy's ``channels.web_form`` in the customer's language.

Each field of the policy becomes a Django form field of its type, validated on the server
with an error per field; values that fail stay in the form as the customer typed them (no
``maxlength`` attribute cuts a pasted text short: the server says how long it may be).
A hidden ``website`` field is the honeypot; people never fill it in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from tactful.desk import service_levels
from tactful.desk.errors import InvalidInput
from tactful.desk.text import clean_text
from tactful.policy.schema import pick
from tactful.policy.webform import DEFAULT_FIELDS, FormField

LANGUAGES = ("en", "hu", "et", "ro", "zh-Hans", "zh-Hant")
# Names the form keeps for the conversation itself; every other field is a custom field.
ROLES = ("name", "email", "phone", "subject", "message")
_PHONE = re.compile(r"^\+?[0-9 ()./\-]{5,40}$")
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 #/_.\-]*$")


@dataclass(frozen=True)
class FormSpec:
    """What the active policy says about the form."""

    fields: tuple[FormField, ...] = DEFAULT_FIELDS
    title: dict[str, str] = field(default_factory=dict)
    intro: dict[str, str] = field(default_factory=dict)
    submit: dict[str, str] = field(default_factory=dict)
    thanks: dict[str, str] = field(default_factory=dict)
    languages: tuple[str, ...] = ("en",)
    default_language: str = "en"
    blocked_extensions: tuple[str, ...] = ()

    def text(self, name: str, language: str) -> str:
        """The policy's own heading, intro, button or thanks in ``language`` (or its one
        text for all); "" when it has none, and the translated default is shown."""
        texts: dict[str, str] = getattr(self, name)
        for key in (language, language.split("-")[0], "*"):
            if texts.get(key):
                return texts[key]
        return ""

    @property
    def file_field(self) -> FormField | None:
        return next((f for f in self.fields if f.type == "file"), None)


def form_spec() -> FormSpec:
    """The form of the active policy."""
    policy = service_levels.active_policy().policy
    web_form = policy.channels.web_form
    blocked = tuple(e.lower() if e.startswith(".") else f".{e.lower()}"
                    for e in policy.channels.email.blocked_attachment_types)
    return FormSpec(fields=tuple(web_form.fields), title=web_form.title, intro=web_form.intro,
                    submit=web_form.submit, thanks=web_form.thanks,
                    languages=tuple(policy.languages.supported),
                    default_language=policy.languages.default, blocked_extensions=blocked)


def form_language(wanted: Sequence[str], spec: FormSpec) -> str:
    """The first of ``wanted`` (a ``?lang=`` value, then the browser's languages, as
    ``hu``, ``hu-HU``, ``zh-TW``, ``zh-Hans``) that the policy serves; the policy's default
    language otherwise. A Chinese reader gets the other script rather than none."""
    for asked in wanted:
        code = _desk_code(asked)
        if code.startswith("zh") and code not in spec.languages:
            code = next((c for c in spec.languages if c.startswith("zh")), code)
        if code in spec.languages and code in LANGUAGES:
            return code
    return spec.default_language


def _desk_code(asked: str) -> str:
    lowered = asked.strip().lower()
    if lowered.startswith("zh"):
        traditional = "hant" in lowered or lowered in ("zh-tw", "zh-hk", "zh-mo")
        return "zh-Hant" if traditional else "zh-Hans"
    return lowered.split("-")[0]


def browser_languages(header: str) -> list[str]:
    """The languages of an ``Accept-Language`` header, most wanted first."""
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate(header.split(",")[:20]):
        code, _, params = item.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if code and code != "*" and quality > 0:
            ranked.append((-quality, index, code))
    return [code for _q, _i, code in sorted(ranked)]


def django_language(language: str) -> str:
    """Django's code for a desk language (``zh-Hans`` → ``zh-hans``)."""
    return language.lower()


# -- validation -------------------------------------------------------------------------


def no_control_characters(value: str) -> None:
    try:
        clean_text(value, field="value", max_length=len(value) + 1)
    except InvalidInput as exc:
        position = re.search(r"position (\d+)", exc.message)
        raise forms.ValidationError(
            _("Remove the invisible control character at position %(n)s."),
            params={"n": int(position.group(1)) + 1 if position else 1}) from exc


def phone_number(value: str) -> None:
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE.match(value) or digits < 5:
        raise forms.ValidationError(
            _("Write a phone number with its digits, for example +36 1 234 5678."))


def reference_number(value: str) -> None:
    if not _REFERENCE.match(value) or not any(ch.isdigit() for ch in value):
        raise forms.ValidationError(
            _("Write the number as it appears on your confirmation: letters, digits and "
              "dashes."))


class TextField(forms.CharField):
    """Text with the line ends browsers send (CRLF) as the desk keeps them (LF)."""

    def to_python(self, value: Any) -> Any:
        text = super().to_python(value)
        return text.replace("\r\n", "\n").replace("\r", "\n") if isinstance(text, str) \
            else text


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class FilesField(forms.FileField):
    """Several files; each within the desk's attachment limit and of an accepted type."""

    def __init__(self, *args: Any, max_files: int, blocked: tuple[str, ...],
                 **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)
        self.max_files = max_files
        self.blocked = blocked

    def clean(self, data: Any, initial: Any = None) -> Any:
        items = [d for d in (data if isinstance(data, list | tuple) else [data]) if d]
        if not items:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return []
        if len(items) > self.max_files:
            raise forms.ValidationError(
                ngettext_lazy("At most %(n)s file.", "At most %(n)s files.", "n"),
                params={"n": self.max_files})
        limit = settings.TACTFUL_ATTACHMENT_MAX_BYTES
        problems: list[forms.ValidationError] = []
        for item in items:
            name = str(item.name or "")
            if any(name.lower().endswith(ext) for ext in self.blocked):
                problems.append(forms.ValidationError(
                    _("%(name)s: files of this type are not accepted, for safety."),
                    params={"name": name}))
            elif item.size > limit:
                problems.append(forms.ValidationError(
                    _("%(name)s is larger than %(mb)s MB."),
                    params={"name": name, "mb": limit // (1024 * 1024)}))
        if problems:
            raise forms.ValidationError(problems)
        return [super(FilesField, self).clean(item, initial) for item in items]


def _label(spec_field: FormField, language: str) -> str:
    return pick(spec_field.label, language) or spec_field.name.replace("_", " ").capitalize()


def build_field(spec_field: FormField, language: str, spec: FormSpec) -> forms.Field:
    """The Django field for one field of the policy, labelled in ``language``."""
    kind = spec_field.type
    common: dict[str, Any] = {"label": _label(spec_field, language),
                              "required": spec_field.required}
    if kind == "file":
        return FilesField(max_files=spec_field.max_files, blocked=spec.blocked_extensions,
                          **common)
    if kind == "select":
        choices = [("", "—")] + [(o.value, pick(o.label, language) or o.value)
                                 for o in spec_field.options]
        return forms.ChoiceField(choices=choices, **common)
    validators: list[Any] = [no_control_characters]
    widget: forms.Widget = forms.TextInput()
    if kind == "textarea":
        widget = forms.Textarea(attrs={"rows": 8})
    elif kind == "phone":
        validators.append(phone_number)
        widget = forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
    elif kind == "order_number" or spec_field.reference:
        validators.append(reference_number)
    if spec_field.name == "name":
        widget.attrs["autocomplete"] = "name"
    made: forms.CharField
    if kind == "email":
        made = forms.EmailField(max_length=spec_field.length, validators=validators,
                                widget=forms.EmailInput(attrs={"autocomplete": "email"}),
                                **common)
    else:
        made = TextField(max_length=spec_field.length, validators=validators,
                         widget=widget, **common)
    made.widget.attrs.pop("maxlength", None)  # the server says how long; nothing is cut off
    return made


class ContactForm(forms.Form):
    website = forms.CharField(required=False, label=_("Leave this empty"),
                              widget=forms.TextInput(attrs={"autocomplete": "off",
                                                            "tabindex": "-1"}))
    started = forms.CharField(required=False, widget=forms.HiddenInput)
    kept_files = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, spec: FormSpec, language: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spec = spec
        self.language = language
        for spec_field in spec.fields:
            self.fields[spec_field.name] = build_field(spec_field, language, spec)
        self.order_fields([f.name for f in spec.fields])

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def policy_fields(self) -> list[forms.BoundField]:
        """The policy's fields, in its order (not the honeypot or the hidden ones)."""
        return [self[f.name] for f in self.spec.fields]

    @property
    def file_field_name(self) -> str:
        found = self.spec.file_field
        return found.name if found else ""

    def mark_errors(self) -> None:
        """Tie each error to its field for screen readers (``aria-invalid``, described by
        the error text the template puts after it)."""
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"error-{name}"})
