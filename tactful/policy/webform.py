"""The policy's ``channels.web_form`` section: the public contact form's fields (R-MAIL-3).

The form is drawn from ``fields`` in the customer's language. Five names have a meaning of
their own: ``email`` (required, the address the acknowledgement and the replies go to),
``message`` (required, the conversation's first message), ``name``, ``phone`` and
``subject`` (the conversation's contact name, callback number and subject). Every other
field is kept in the conversation's custom fields; an ``order_number`` field, or a field
with ``reference``, is also kept as a reference of the conversation (R-ID-2).

Problems that concern one entry name the entry: a message starting ``@3.name`` is reported
by the loader at the ``name`` of the fourth field (``loader._explain``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .texts import Text

FieldType = Literal["text", "textarea", "email", "phone", "select", "order_number", "file"]
ReferenceKind = Literal["order", "package", "invoice", "contract", "meter", "other"]

# Longest value a field of each type may be given, and its length when the policy says none.
MAX_LENGTH: dict[str, int] = {"text": 1000, "textarea": 20_000, "email": 254, "phone": 40,
                              "order_number": 120}
DEFAULT_LENGTH: dict[str, int] = {"text": 200, "textarea": 20_000, "email": 254,
                                  "phone": 40, "order_number": 60}
MAX_FILES = 10
RESERVED = ("website", "started", "team", "lang", "kept_files", "csrfmiddlewaretoken")
ROLE_TYPES: dict[str, tuple[str, ...]] = {
    "email": ("email",), "message": ("textarea", "text"), "name": ("text",),
    "phone": ("phone",), "subject": ("text",),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FormOption(_Strict):
    value: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,59}$",
                       description="What is stored when the customer picks it.")
    label: Text = Field(default_factory=dict, description="What the customer sees, per "
                        "language; the value when empty.")


class FormField(_Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$", description="The field's key: "
                      "email, message, name, phone and subject fill the conversation; any "
                      "other is kept in its custom fields.")
    type: FieldType = Field("text", description="text, textarea, email, phone, select (with "
                            "options), order_number (kept as an order reference, R-ID-2) "
                            "or file (attachments).")
    label: Text = Field(default_factory=dict, description="The label per language; the "
                        "name when empty.")
    required: bool = Field(False, description="The form is refused without it.")
    max_length: int | None = Field(None, ge=1, description="Longest value in characters "
                                   "(default 200 for text, 20000 for textarea, 254 for "
                                   "email, 40 for phone, 60 for order_number).")
    max_files: int = Field(5, ge=1, le=MAX_FILES, description="For file: how many files "
                           "at most (each within the desk's attachment limit).")
    options: list[FormOption] = Field(default_factory=list, description="For select: the "
                                      "choices, in order.")
    reference: ReferenceKind | None = Field(None, description="For text: also keep the "
                                            "value as a reference of this kind (R-ID-2).")

    @model_validator(mode="after")
    def _fits_its_type(self) -> FormField:
        kind = self.type
        if kind == "select" and not self.options:
            raise ValueError("@options a select field needs options")
        if kind != "select" and self.options:
            raise ValueError("@options only select fields have options")
        if kind in ("select", "file") and self.max_length is not None:
            raise ValueError(f"@max_length {kind} fields have no max_length")
        if self.max_length is not None and self.max_length > MAX_LENGTH[kind]:
            raise ValueError(f"@max_length {kind} fields hold at most {MAX_LENGTH[kind]} "
                             "characters")
        if kind != "file" and "max_files" in self.model_fields_set:
            raise ValueError("@max_files only file fields have max_files")
        if self.reference is not None and kind != "text":
            raise ValueError("@reference only text fields name a reference kind "
                             "(order_number fields are orders already)")
        values = [o.value for o in self.options]
        for index, value in enumerate(values):
            if value in values[:index]:
                raise ValueError(f"@options.{index}.value the option {value!r} appears twice")
        return self

    @property
    def length(self) -> int:
        """The longest value accepted (0 for select and file)."""
        return self.max_length or DEFAULT_LENGTH.get(self.type, 0)


def _labels(en: str, hu: str, et: str, ro: str, hans: str, hant: str) -> dict[str, str]:
    return {"en": en, "hu": hu, "et": et, "ro": ro, "zh-Hans": hans, "zh-Hant": hant}


DEFAULT_FIELDS = (
    FormField(name="name", type="text", max_length=200, label=_labels(
        "Your name", "Az Ön neve", "Teie nimi", "Numele dumneavoastră", "您的姓名", "您的姓名")),
    FormField(name="email", type="email", required=True, label=_labels(
        "Your email address", "Az Ön e-mail-címe", "Teie e-posti aadress",
        "Adresa dumneavoastră de e-mail", "您的电子邮箱", "您的電子郵件地址")),
    FormField(name="phone", type="phone", label=_labels(
        "Phone number", "Telefonszám", "Telefoninumber", "Număr de telefon", "电话号码",
        "電話號碼")),
    FormField(name="subject", type="text", max_length=300, label=_labels(
        "Subject", "Tárgy", "Teema", "Subiect", "主题", "主旨")),
    FormField(name="message", type="textarea", required=True, label=_labels(
        "Your message", "Az Ön üzenete", "Teie sõnum", "Mesajul dumneavoastră", "您的留言",
        "您的留言")),
    FormField(name="attachments", type="file", label=_labels(
        "Attachments", "Mellékletek", "Manused", "Atașamente", "附件", "附件")),
)


def check_fields(fields: list[FormField]) -> list[FormField]:
    """What the form as a whole needs: unique names, an email and a message, one file
    field at most, and no name the form uses itself."""
    seen: dict[str, int] = {}
    files = 0
    for index, field in enumerate(fields):
        if field.name in seen:
            raise ValueError(f"@{index}.name the field {field.name!r} appears twice (also "
                             f"entry {seen[field.name] + 1})")
        seen[field.name] = index
        if field.name in RESERVED:
            raise ValueError(f"@{index}.name {field.name!r} is used by the form itself; "
                             "choose another name")
        allowed = ROLE_TYPES.get(field.name)
        if allowed and field.type not in allowed:
            raise ValueError(f"@{index}.type the {field.name} field must be of type "
                             f"{' or '.join(allowed)}")
        if field.name in ("email", "message") and not field.required:
            raise ValueError(f"@{index}.required the {field.name} field must be required")
        files += field.type == "file"
        if files > 1:
            raise ValueError(f"@{index}.type a form has one file field at most")
    for needed in ("email", "message"):
        if needed not in seen:
            raise ValueError(f"the form needs a field named {needed} (the acknowledgement "
                             "goes by email; the message opens the conversation)")
    return fields
