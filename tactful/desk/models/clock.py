"""Service-level clocks on conversations, and the notifications they raise.

A clock measures one commitment (acknowledge, first response, next response, resolution,
complaint steps, callbacks…) in business time on one calendar. The arithmetic lives in
the pure ``tactful.sla`` package; these rows hold its state so that the sweeper can find
what is due through ``Conversation.next_deadline_at`` without scanning open work.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConversationClock(models.Model):
    class Name(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement")
        FIRST_RESPONSE = "first_response", _("First response")
        NEXT_RESPONSE = "next_response", _("Next response")
        RESOLUTION = "resolution", _("Resolution")
        COMPLAINT_ACKNOWLEDGEMENT = "complaint_acknowledgement", _("Complaint acknowledgement")
        COMPLAINT_FOLLOW_UP = "complaint_follow_up", _("Complaint follow-up letter")
        COMPLAINT_MANAGER_REPLY = "complaint_manager_reply", _("Manager's reply to complaint")
        CALLBACK = "callback", _("Callback")
        VOICEMAIL_RETURN = "voicemail_return", _("Voicemail returned")
        VISIT_GREETING = "visit_greeting", _("Visitor greeted")
        ESCALATION_ANSWER = "escalation_answer", _("Supervisor's answer")
        AUTO_ACKNOWLEDGEMENT = "auto_acknowledgement", _("Automatic acknowledgement")

    class State(models.TextChoices):
        RUNNING = "running", _("Running")
        PAUSED = "paused", _("Paused")
        MET = "met", _("Met")
        CANCELLED = "cancelled", _("Cancelled")

    conversation = models.ForeignKey(
        "desk.Conversation", on_delete=models.CASCADE, related_name="clocks"
    )
    name = models.CharField(_("clock"), max_length=32, choices=Name.choices)
    calendar = models.CharField(_("calendar"), max_length=60)
    state = models.CharField(_("state"), max_length=10, choices=State.choices,
                             default=State.RUNNING)
    started_at = models.DateTimeField()
    # The target: business seconds, or working days (complaint procedure), never both.
    target_seconds = models.PositiveBigIntegerField(null=True, blank=True)
    target_working_days = models.PositiveIntegerField(null=True, blank=True)
    warn_before_seconds = models.PositiveBigIntegerField(default=0)
    due_at = models.DateTimeField(_("due"))
    warn_at = models.DateTimeField(_("warning at"), null=True, blank=True)
    paused_at = models.DateTimeField(null=True, blank=True)
    paused_seconds = models.PositiveBigIntegerField(default=0)
    stopped_at = models.DateTimeField(null=True, blank=True)
    warned_at = models.DateTimeField(null=True, blank=True)
    breached_at = models.DateTimeField(null=True, blank=True)
    escalation_step = models.PositiveSmallIntegerField(default=0)
    # The next instant this clock needs the sweeper (warning, breach, a later ladder step).
    next_check_at = models.DateTimeField(null=True, blank=True)
    policy_fingerprint = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["due_at"]
        verbose_name = _("clock")
        verbose_name_plural = _("clocks")
        indexes = [models.Index(fields=["conversation", "name"], name="clock_conv_name")]

    def __str__(self) -> str:
        return f"{self.name} due {self.due_at:%Y-%m-%d %H:%M}"

    @property
    def target(self) -> str:
        if self.target_working_days is not None:
            return f"{self.target_working_days}wd"
        seconds = self.target_seconds or 0
        if seconds % 3600 == 0:
            return f"{seconds // 3600}h"
        if seconds % 60 == 0:
            return f"{seconds // 60}m"
        return f"{seconds}s"

    @property
    def is_breached(self) -> bool:
        return self.breached_at is not None


# Timers that trigger an action when they run out (the automatic acknowledgement, R-MAIL-2)
# rather than measure a promise to the customer: they never count as a warning or a breach.
ACTION_TIMERS = (ConversationClock.Name.AUTO_ACKNOWLEDGEMENT,)
# The running clocks that stand for commitments (what the inbox and dashboard count).
COMMITMENT_CLOCK = models.Q(state=ConversationClock.State.RUNNING) & ~models.Q(
    name__in=ACTION_TIMERS)


class Notification(models.Model):
    """An in-app notice for a member of staff (a warning, a breach, an escalation)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    conversation = models.ForeignKey(
        "desk.Conversation", null=True, blank=True, on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(max_length=40)
    text = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread")]
