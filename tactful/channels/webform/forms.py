"""The contact form's fields: the policy's list, else name, email, phone, subject, message,
attachments. A hidden ``website`` field is the honeypot; people never fill it in."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

DEFAULT_FIELDS = ("name", "email", "phone", "subject", "message", "attachments")
MAX_FILES = 5


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            if len(data) > MAX_FILES:
                raise forms.ValidationError(_("At most %(n)s files.") % {"n": MAX_FILES})
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


def form_fields() -> tuple[str, ...]:
    try:
        from tactful.desk.service_levels import active_policy

        fields = getattr(active_policy().policy.channels.web_form, "fields", None)
    except Exception:
        fields = None
    chosen = tuple(f for f in (fields or DEFAULT_FIELDS) if f in DEFAULT_FIELDS)
    return tuple(dict.fromkeys(("email", "message", *chosen)))


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    email = forms.EmailField(label=_("Your email address"), max_length=254)
    phone = forms.CharField(label=_("Phone number"), max_length=40, required=False)
    subject = forms.CharField(label=_("Subject"), max_length=300, required=False)
    message = forms.CharField(label=_("Your message"), max_length=20_000,
                              widget=forms.Textarea(attrs={"rows": 8}))
    attachments = MultipleFileField(label=_("Attachments"), required=False)
    website = forms.CharField(required=False, label=_("Leave this empty"),
                              widget=forms.TextInput(attrs={"autocomplete": "off",
                                                            "tabindex": "-1"}))
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        wanted = form_fields()
        for name in DEFAULT_FIELDS:
            if name not in wanted:
                del self.fields[name]

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))
