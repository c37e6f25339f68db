"""Versions of the organisation's policy file; exactly one is active at a time (R-POL-3)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PolicyVersion(models.Model):
    number = models.PositiveIntegerField(_("number"), unique=True)
    text = models.TextField(_("policy file"))
    fingerprint = models.CharField(max_length=64)
    summary = models.CharField(_("change summary"), max_length=500)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("author"),
    )
    author_label = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    is_active = models.BooleanField(_("active"), default=False)
    activated_at = models.DateTimeField(null=True, blank=True)
    # Open conversations with an id above this still have deadlines from an older version;
    # the worker moves it forward in batches after an activation.
    recompute_after_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("policy version")
        verbose_name_plural = _("policy versions")
        constraints = [
            models.UniqueConstraint(fields=["is_active"], condition=models.Q(is_active=True),
                                    name="one_active_policy"),
        ]

    def __str__(self) -> str:
        return f"v{self.number}: {self.summary}"[:80]
