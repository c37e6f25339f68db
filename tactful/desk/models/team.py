"""Teams and the staff who work in them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Language


class Team(models.Model):
    """A group of agents answering a set of channels on one business calendar."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    calendar = models.CharField(
        _("business calendar"), max_length=60, blank=True,
        help_text=_("Name of a calendar in the active policy; empty means the policy's first."),
    )
    email_address = models.EmailField(_("email address"), blank=True)
    on_duty = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("on duty"),
        help_text=_("Receives escalations outside the working hours of the person named."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self) -> str:
        return self.name


class StaffProfile(models.Model):
    """What the desk knows about a member of staff beyond Django's user.

    The role itself lives in Django groups (agent, supervisor, manager, admin) so that
    permissions can be granted the usual way; ``teams`` says whose conversations they see.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    display_name = models.CharField(_("display name"), max_length=120, blank=True)
    teams = models.ManyToManyField(
        Team, blank=True, related_name="members", verbose_name=_("teams")
    )
    language = models.CharField(
        _("interface language"), max_length=10, choices=Language.choices, default=Language.EN
    )
    working_calendar = models.CharField(_("working calendar"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self) -> str:
        return self.display_name or self.user.get_username()
