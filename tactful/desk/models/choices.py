"""Closed vocabularies shared by the desk's models, services and API."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    AGENT = "agent", _("Agent")
    SUPERVISOR = "supervisor", _("Supervisor")
    MANAGER = "manager", _("Manager")
    ADMIN = "admin", _("Administrator")


# Highest first: a user in several groups acts with the strongest role.
ROLE_RANK = {Role.ADMIN: 4, Role.MANAGER: 3, Role.SUPERVISOR: 2, Role.AGENT: 1}


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    WEB_FORM = "web_form", _("Web form")
    CHAT = "chat", _("Live chat")
    PHONE = "phone", _("Phone")
    VOICEMAIL = "voicemail", _("Voicemail")
    VISIT = "visit", _("Visit")
    LETTER = "letter", _("Letter")
    SOCIAL = "social", _("Social post")
    REVIEW = "review", _("Website review")


class Kind(models.TextChoices):
    INQUIRY = "inquiry", _("Inquiry")
    COMPLAINT = "complaint", _("Complaint")
    CALLBACK = "callback", _("Callback")
    FOLLOW_UP = "follow_up", _("Follow-up")


class Status(models.TextChoices):
    NEW = "new", _("New")
    OPEN = "open", _("Open")
    WAITING_ON_CUSTOMER = "waiting_on_customer", _("Waiting on customer")
    RESOLVED = "resolved", _("Resolved")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = (Status.NEW, Status.OPEN, Status.WAITING_ON_CUSTOMER)

# Which status may follow which. Closed is final; a resolved conversation reopens when
# the customer writes again.
STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    Status.NEW: frozenset(
        {Status.OPEN, Status.WAITING_ON_CUSTOMER, Status.RESOLVED, Status.CLOSED}
    ),
    Status.OPEN: frozenset({Status.WAITING_ON_CUSTOMER, Status.RESOLVED, Status.CLOSED}),
    Status.WAITING_ON_CUSTOMER: frozenset({Status.OPEN, Status.RESOLVED, Status.CLOSED}),
    Status.RESOLVED: frozenset({Status.OPEN, Status.CLOSED}),
    Status.CLOSED: frozenset(),
}


class Priority(models.TextChoices):
    LOW = "low", _("Low")
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")
    URGENT = "urgent", _("Urgent")


class Direction(models.TextChoices):
    INBOUND = "inbound", _("From the customer")
    OUTBOUND = "outbound", _("To the customer")
    NOTE = "note", _("Internal note")


class ContactKind(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    POSTAL = "postal", _("Postal address")
    SOCIAL = "social", _("Social handle")


class ReferenceKind(models.TextChoices):
    ORDER = "order", _("Order")
    PACKAGE = "package", _("Package")
    INVOICE = "invoice", _("Invoice")
    CONTRACT = "contract", _("Contract")
    METER = "meter", _("Meter")
    OTHER = "other", _("Other")


class FormOfAddress(models.TextChoices):
    FORMAL = "formal", _("Formal")
    INFORMAL = "informal", _("Informal")


class Language(models.TextChoices):
    EN = "en", "English"
    HU = "hu", "Magyar"
    ET = "et", "Eesti"
    RO = "ro", "Română"
    ZH_HANS = "zh-Hans", "简体中文"
    ZH_HANT = "zh-Hant", "繁體中文"
