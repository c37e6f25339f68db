"""Request and response shapes of the REST API. Unknown fields are refused."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from ninja import Schema
from pydantic import ConfigDict, Field

# Literal spellings of the model choices (a test keeps them in step with the models).
ChannelName = Literal[
    "email", "web_form", "chat", "phone", "voicemail", "visit", "letter", "social", "review"
]
KindName = Literal["inquiry", "complaint", "callback", "follow_up"]
StatusName = Literal["new", "open", "waiting_on_customer", "resolved", "closed"]
PriorityName = Literal["low", "normal", "high", "urgent"]
LanguageName = Literal["en", "hu", "et", "ro", "zh-Hans", "zh-Hant"]
ContactKindName = Literal["email", "phone", "postal", "social"]
ReferenceKindName = Literal["order", "package", "invoice", "contract", "meter", "other"]
AddressName = Literal["formal", "informal"]
DirectionName = Literal["outbound", "note"]


class Strict(Schema):
    model_config = ConfigDict(extra="forbid", str_max_length=200_000)


# Customers ------------------------------------------------------------------------------


class ContactIn(Strict):
    kind: ContactKindName
    value: str = Field(min_length=1, max_length=500)
    label: str = Field("", max_length=60)


class ContactOut(Schema):
    kind: str
    value: str
    label: str
    is_primary: bool


class ReferenceIn(Strict):
    kind: ReferenceKindName
    value: str = Field(min_length=1, max_length=120)


class ReferenceOut(Schema):
    kind: str
    value: str


class CustomerIn(Strict):
    name: str = Field(min_length=1, max_length=200)
    code: str = Field("", max_length=40)
    preferred_language: LanguageName = "en"
    form_of_address: AddressName = "formal"
    title: str = Field("", max_length=40)
    notes: str = Field("", max_length=10_000)
    contacts: list[ContactIn] = Field(default_factory=list, max_length=50)


class CustomerPatch(Strict):
    name: str | None = Field(None, min_length=1, max_length=200)
    preferred_language: LanguageName | None = None
    form_of_address: AddressName | None = None
    title: str | None = Field(None, max_length=40)
    notes: str | None = Field(None, max_length=10_000)
    contacts: list[ContactIn] | None = Field(None, max_length=50)
    version: int | None = Field(None, ge=1, description="Refuse with 409 if changed since.")


class CustomerOut(Schema):
    id: int
    code: str
    name: str
    preferred_language: str
    form_of_address: str
    title: str
    version: int
    merged_into: str | None
    contacts: list[ContactOut]
    references: list[ReferenceOut]
    created_at: datetime
    updated_at: datetime


# Conversations --------------------------------------------------------------------------


class ConversationIn(Strict):
    channel: ChannelName
    team: str = Field(min_length=1, max_length=60, description="Team slug.")
    subject: str = Field("", max_length=500)
    kind: KindName = "inquiry"
    priority: PriorityName = "normal"
    language: LanguageName = "en"
    customer: str | None = Field(None, max_length=40, description="Customer code.")
    assignee: str | None = Field(None, max_length=150, description="User name.")
    contact_name: str = Field("", max_length=200)
    contact_email: str = Field("", max_length=254)
    contact_phone: str = Field("", max_length=40)
    contact_address: str = Field("", max_length=2000)
    references: list[ReferenceIn] = Field(default_factory=list, max_length=50)
    message: str | None = Field(None, max_length=200_000,
                                description="First message, from the customer.")


class ConversationPatch(Strict):
    subject: str | None = Field(None, max_length=500)
    kind: KindName | None = None
    priority: PriorityName | None = None
    language: LanguageName | None = None
    status: StatusName | None = None
    close_reason: str | None = Field(None, max_length=500)
    assignee: str | None = Field(None, max_length=150,
                                 description="User name; empty string unassigns.")
    contact_name: str | None = Field(None, max_length=200)
    contact_email: str | None = Field(None, max_length=254)
    contact_phone: str | None = Field(None, max_length=40)
    contact_address: str | None = Field(None, max_length=2000)
    version: int | None = Field(None, ge=1, description="Refuse with 409 if changed since.")


class ConversationOut(Schema):
    id: int
    channel: str
    kind: str
    status: str
    priority: str
    team: str
    assignee: str | None
    customer: str | None
    language: str
    subject: str
    contact_name: str
    contact_email: str
    contact_phone: str
    references: list[ReferenceOut]
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    next_deadline_at: datetime | None
    version: int


class ConversationPage(Schema):
    items: list[ConversationOut]
    next_cursor: str | None


# Messages -------------------------------------------------------------------------------


class MessageIn(Strict):
    direction: DirectionName = "outbound"
    text: str = Field(min_length=1, max_length=200_000)
    html: str = Field("", max_length=1_000_000)


class AttachmentOut(Schema):
    id: int
    filename: str
    size: int
    content_type: str


class MessageOut(Schema):
    id: int
    direction: str
    channel: str
    author: str | None
    sender: str
    text: str
    html: str
    attachments: list[AttachmentOut] = []
    created_at: datetime
    check_report: dict[str, Any] | None = Field(
        None, description="The checker's report, stored with every outbound message "
        "(R-TALK-15): lang, score, findings; override_reason when sent despite errors.")


class MergeIn(Strict):
    into: str = Field(min_length=1, max_length=40, description="Customer code to keep.")


class AuditOut(Schema):
    action: str
    actor: str
    at: datetime
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None


class TokenIssued(TokenOut):
    token: str


class TokenIn(Strict):
    name: str = Field(min_length=1, max_length=100)


class ErrorOut(Schema):
    error: dict[str, object]

