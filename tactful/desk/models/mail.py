"""Email: team mailboxes polled over IMAP, raw copies of what came in, and the outbox.

``RawMessage`` keeps every message that reached the desk, redacted of card numbers and IBANs
(R-SEC-1), so that nothing is ever dropped: malformed or hostile mail is stored and flagged
with the reason. ``content_hash`` is unique, which makes intake idempotent even when two
intake paths deliver the same message at the same moment.

``OutboundEmail`` is the outbox: a row per email the desk sends, with its complete MIME
bytes built once at enqueue time (so a retry sends the very same bytes and Message-ID),
claimed by one worker at a time through ``claimed_until``.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Mailbox(models.Model):
    """An IMAP mailbox a team receives mail in. The password comes from an environment
    variable named here, never from the database."""

    team = models.ForeignKey("desk.Team", on_delete=models.CASCADE, related_name="mailboxes")
    name = models.CharField(_("name"), max_length=120)
    host = models.CharField(_("IMAP host"), max_length=255)
    port = models.PositiveIntegerField(_("IMAP port"), default=993)
    use_ssl = models.BooleanField(_("TLS"), default=True)
    username = models.CharField(_("user name"), max_length=255)
    password_env = models.CharField(
        _("password variable"), max_length=120,
        help_text=_("Name of the environment variable that holds the password."),
    )
    folder = models.CharField(_("folder"), max_length=255, default="INBOX")
    move_to = models.CharField(
        _("move imported mail to"), max_length=255, blank=True,
        help_text=_("Empty: leave it in place and mark it with the $Tactful keyword."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    uidvalidity = models.BigIntegerField(null=True, blank=True)
    last_uid = models.BigIntegerField(default=0)
    poll_every_seconds = models.PositiveIntegerField(default=60)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("mailbox")
        verbose_name_plural = _("mailboxes")
        constraints = [
            models.UniqueConstraint(fields=["host", "username", "folder"],
                                    name="mailbox_unique_source"),
        ]

    def __str__(self) -> str:
        return f"{self.username}@{self.host}/{self.folder}"


class RawMessage(models.Model):
    """One received message as it arrived (redacted), with why it was flagged, if it was."""

    class Outcome(models.TextChoices):
        IMPORTED = "imported", _("Imported")
        FLAGGED = "flagged", _("Imported and flagged")
        BOUNCE = "bounce", _("Delivery report")
        REJECTED = "rejected", _("Kept out")

    source = models.CharField(max_length=20)  # imap, lmtp, smtp, import, http, web_form
    mailbox = models.ForeignKey(Mailbox, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="raw_messages")
    rfc_message_id = models.CharField(max_length=998, blank=True, db_index=True)
    content_hash = models.CharField(max_length=64, unique=True)
    raw = models.BinaryField()
    size = models.PositiveBigIntegerField(default=0)
    redacted = models.BooleanField(default=False)
    outcome = models.CharField(max_length=10, choices=Outcome.choices,
                               default=Outcome.IMPORTED)
    flag_reasons = models.JSONField(default=list, blank=True)
    sender = models.CharField(max_length=320, blank=True)
    conversation = models.ForeignKey("desk.Conversation", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="raw_messages")
    message = models.ForeignKey("desk.Message", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="raw_messages")
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("raw message")
        verbose_name_plural = _("raw messages")

    def __str__(self) -> str:
        return f"{self.source} {self.rfc_message_id or self.content_hash[:12]}"


class OutboundEmail(models.Model):
    """An email waiting to be sent, being sent, sent, or given up on."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    class Kind(models.TextChoices):
        REPLY = "reply", _("Reply")
        ACKNOWLEDGEMENT = "acknowledgement", _("Automatic acknowledgement")
        NOTICE = "notice", _("Notice")
        NOTIFICATION = "notification", _("Notification")

    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.REPLY)
    conversation = models.ForeignKey("desk.Conversation", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="outbound_emails")
    message = models.ForeignKey("desk.Message", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="outbound_emails")
    from_address = models.CharField(max_length=320)
    to_address = models.CharField(max_length=320)
    to_normalized = models.CharField(max_length=320, db_index=True)
    subject = models.CharField(max_length=500, blank=True)
    rfc_message_id = models.CharField(max_length=255, unique=True)
    mime = models.BinaryField()
    state = models.CharField(max_length=8, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    max_attempts = models.PositiveIntegerField(default=8)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=120, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    smtp_response = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    bounce_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("outbound email")
        verbose_name_plural = _("outbound emails")
        indexes = [
            models.Index(fields=["next_attempt_at"], name="outbox_due",
                         condition=models.Q(state__in=["queued", "sending"])),
            models.Index(fields=["to_normalized", "kind", "created_at"],
                         name="outbox_recipient_kind"),
        ]
        constraints = [
            # Once per conversation (R-MAIL-2), enforced by the database, not by luck.
            models.UniqueConstraint(fields=["conversation"], name="outbox_one_ack_per_conv",
                                    condition=models.Q(kind="acknowledgement")),
        ]

    def __str__(self) -> str:
        return f"{self.kind} to {self.to_address} ({self.state})"


class FormSubmission(models.Model):
    """A web-form submission seen, kept to rate-limit per address and per email (R-MAIL-3)."""

    ip = models.GenericIPAddressField(null=True, blank=True)
    email = models.CharField(max_length=320, blank=True)
    accepted = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["ip", "created_at"], name="form_ip_time"),
            models.Index(fields=["email", "created_at"], name="form_email_time"),
        ]
