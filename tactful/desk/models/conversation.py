"""Conversations: one affair of one customer on one channel, with its clocks' next deadline."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import OPEN_STATUSES, Channel, Kind, Language, Priority, Status


def new_token() -> str:
    """Short, unguessable token put in email subjects to find the conversation again."""
    return secrets.token_hex(5)


class Conversation(models.Model):
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.INQUIRY)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.NORMAL
    )
    team = models.ForeignKey(
        "desk.Team", on_delete=models.PROTECT, related_name="conversations", verbose_name=_("team")
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="assigned_conversations", verbose_name=_("assignee"),
    )
    customer = models.ForeignKey(
        "desk.Customer", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="conversations", verbose_name=_("customer"),
    )
    language = models.CharField(
        _("language"), max_length=10, choices=Language.choices, default=Language.EN
    )
    subject = models.CharField(_("subject"), max_length=500, blank=True)
    token = models.CharField(max_length=16, unique=True, default=new_token, editable=False)
    # Contact details given for this affair (R-ID-3): a callback needs a number.
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("callback number"), max_length=40, blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    close_reason = models.CharField(_("reason for closing"), max_length=500, blank=True)
    # The web form's own fields (R-MAIL-3) as the customer filled them in, by field name
    # (``{"topic": "billing", "contract": "SZ-1234"}``); the policy says what each means.
    custom_fields = models.JSONField(_("custom fields"), default=dict, blank=True)

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    last_customer_message_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # The earliest instant at which any clock of this conversation needs attention
    # (a warning or a breach). The sweeper reads only rows whose deadline has come.
    next_deadline_at = models.DateTimeField(null=True, blank=True)
    # Optimistic concurrency: every write bumps it; an update naming an older version
    # is refused with a conflict instead of silently overwriting.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        indexes = [
            models.Index(
                fields=["next_deadline_at"], name="conv_due_open",
                condition=models.Q(status__in=[s.value for s in OPEN_STATUSES]),
            ),
            models.Index(fields=["team", "status", "-id"], name="conv_team_status"),
            models.Index(fields=["assignee", "status", "-id"], name="conv_assignee_status"),
            models.Index(fields=["customer", "-id"], name="conv_customer"),
            models.Index(fields=["status", "-id"], name="conv_status"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.subject}"[:80]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES
