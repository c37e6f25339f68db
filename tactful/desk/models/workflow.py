"""Records of the desk's workflows: calls, visits, escalations, complaints, follow-ups, surveys.

Their behaviour (clocks, letters, procedures) is driven by the policy; these models hold
the facts those workflows need, so every channel and procedure in PROTOCOL.md has a place.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CallEvent(models.Model):
    """A telephony event (R-PHONE-1): ring, answer, hold, resume, transfer, hang-up."""

    class Kind(models.TextChoices):
        RING = "ring", _("Ring")
        ANSWER = "answer", _("Answer")
        HOLD = "hold", _("Hold")
        RESUME = "resume", _("Resume")
        TRANSFER = "transfer", _("Transfer")
        HANGUP = "hangup", _("Hang-up")
        VOICEMAIL = "voicemail", _("Voicemail")

    conversation = models.ForeignKey(
        "desk.Conversation", on_delete=models.CASCADE, related_name="call_events"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    at = models.DateTimeField()
    by = models.CharField(max_length=20, blank=True, help_text=_("agent, customer or system"))
    external_id = models.CharField(max_length=200, unique=True, null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("call event")
        verbose_name_plural = _("call events")


class Visit(models.Model):
    """A walk-in visitor (R-VISIT-1, R-VISIT-2): arrival and greeting times."""

    conversation = models.OneToOneField(
        "desk.Conversation", on_delete=models.CASCADE, related_name="visit"
    )
    arrived_at = models.DateTimeField()
    greeted_at = models.DateTimeField(null=True, blank=True)
    greeted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    location = models.CharField(max_length=120, blank=True)

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")


class Escalation(models.Model):
    """A request to a supervisor for guidance (R-ESC-1) or a transfer (R-ESC-2).

    The summary is required: the problem, what was tried, the relevant information.
    """

    class Kind(models.TextChoices):
        SUPERVISOR = "supervisor", _("To a supervisor")
        TRANSFER = "transfer", _("Transfer to another team")

    conversation = models.ForeignKey(
        "desk.Conversation", on_delete=models.CASCADE, related_name="escalations"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    to_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="escalations_received",
    )
    to_team = models.ForeignKey(
        "desk.Team", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    summary = models.TextField(_("summary"))
    answer = models.TextField(_("answer"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(summary=""), name="escalation_needs_summary"
            )
        ]


class Complaint(models.Model):
    """The complaint form (R-CMP-2) of a conversation whose kind is complaint."""

    conversation = models.OneToOneField(
        "desk.Conversation", on_delete=models.CASCADE, related_name="complaint"
    )
    category = models.CharField(_("category"), max_length=60)
    description = models.TextField(_("description"))
    desired_outcome = models.TextField(_("desired outcome"), blank=True)
    staff_member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="complaints_about", verbose_name=_("staff member complained about"),
    )
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="complaints_managed",
    )
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    logged_at = models.DateTimeField(auto_now_add=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    follow_up_sent_at = models.DateTimeField(null=True, blank=True)
    expected_answer_at = models.DateTimeField(null=True, blank=True)
    staff_report = models.TextField(blank=True)
    staff_report_at = models.DateTimeField(null=True, blank=True)
    customer_satisfied = models.BooleanField(null=True, blank=True)
    not_satisfied_reason = models.TextField(blank=True)
    cause = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")


class FollowUp(models.Model):
    """Something to do for a customer by a due time: a callback, a promise, a follow-up."""

    class Kind(models.TextChoices):
        CALLBACK = "callback", _("Callback")
        PROMISE = "promise", _("Promise")
        FOLLOW_UP = "follow_up", _("Follow-up")
        OFFER = "offer", _("Offer")

    conversation = models.ForeignKey(
        "desk.Conversation", on_delete=models.CASCADE, related_name="follow_ups"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    due_at = models.DateTimeField(db_index=True)
    note = models.TextField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at"]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")


class SurveyResponse(models.Model):
    """A customer's answer to the satisfaction survey after a conversation (R-FB-1)."""

    conversation = models.OneToOneField(
        "desk.Conversation", on_delete=models.CASCADE, related_name="survey"
    )
    token = models.CharField(max_length=40, unique=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    comment = models.TextField(blank=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
