"""Creating teams and putting staff in them."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.text import slugify

from .. import access
from ..errors import InvalidInput
from ..models import StaffProfile, Team
from ..models.choices import Role
from ..text import clean_text
from . import audit

Actor = Any


def create_team(
    *, actor: Actor, name: str, calendar: str = "", email_address: str = "", slug: str = ""
) -> Team:
    if not isinstance(actor, str):
        access.require_role(actor, Role.ADMIN)
    name = clean_text(name, field="name", max_length=120, required=True).strip()
    slug = slugify(slug or name)[:60]
    if not slug:
        raise InvalidInput("The team name needs at least one letter or digit.", field="name")
    with transaction.atomic():
        if Team.objects.filter(slug=slug).exists() or Team.objects.filter(name=name).exists():
            raise InvalidInput(f"A team called {name} exists.", field="name")
        team = Team.objects.create(
            name=name, slug=slug, calendar=calendar, email_address=email_address
        )
        audit.record("team.created", actor=actor, obj=team,
                     after={"name": name, "calendar": calendar})
    return team


def add_team_member(team: Team, *, actor: Actor, user: Any) -> None:
    if not isinstance(actor, str):
        access.require_role(actor, Role.ADMIN)
    with transaction.atomic():
        profile, _ = StaffProfile.objects.get_or_create(
            user=user, defaults={"display_name": user.get_username()}
        )
        profile.teams.add(team)
        audit.record("team.member_added", actor=actor, obj=team, after={"user": user.pk})
    if hasattr(user, "_tactful_team_ids"):
        del user._tactful_team_ids


def set_on_duty(team: Team, *, actor: Actor, user: Any) -> Team:
    if not isinstance(actor, str):
        access.require_role(actor, Role.SUPERVISOR)
    with transaction.atomic():
        before = team.on_duty_id
        Team.objects.filter(pk=team.pk).update(on_duty=user)
        audit.record("team.on_duty_changed", actor=actor, obj=team,
                     before={"on_duty": before}, after={"on_duty": getattr(user, "pk", None)})
    team.refresh_from_db()
    return team
