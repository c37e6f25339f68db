"""Messages and their attachments."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Channel, Direction


class Message(models.Model):
    """One message in a conversation: from the customer, to the customer, or a note.

    ``text`` is what people read (redacted of card numbers); ``html`` is sanitised HTML when
    the source had any. ``meta`` holds channel details (email headers, call ids...).
    ``external_id`` (an email Message-ID, a chat event id) makes intake idempotent.
    """

    conversation = models.ForeignKey(
        "desk.Conversation", on_delete=models.CASCADE, related_name="messages"
    )
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="messages", verbose_name=_("author"),
    )
    sender = models.CharField(_("sender"), max_length=320, blank=True)
    text = models.TextField(_("text"), blank=True)
    html = models.TextField(_("HTML"), blank=True)
    meta = models.JSONField(default=dict, blank=True)
    external_id = models.CharField(max_length=998, blank=True, db_index=True)
    check_report = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        indexes = [models.Index(fields=["conversation", "created_at"], name="msg_conv_time")]

    def __str__(self) -> str:
        return f"{self.direction} {self.text[:40]}"


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"attachments/{instance.sha256[:2]}/{instance.sha256}"


class Attachment(models.Model):
    """A stored file. The content type is sniffed from the bytes, not taken on trust."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)
    filename = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"))
    content_type = models.CharField(_("content type"), max_length=120)
    declared_type = models.CharField(max_length=120, blank=True)
    sha256 = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename
