"""Who gets told: the staff behind a team's supervision and the desk's managers."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from ..models import Conversation, Notification, Team
from ..models.choices import Role


def team_supervisors(team: Team) -> list[Any]:
    """Active supervisors who are members of ``team`` (never an empty team's outsiders)."""
    users = get_user_model().objects.filter(
        is_active=True, staff_profile__teams=team, groups__name=Role.SUPERVISOR.value
    ).distinct().order_by("id")
    return list(users)


def managers() -> list[Any]:
    """Active customer-service managers, oldest account first."""
    users = get_user_model().objects.filter(
        is_active=True, groups__name=Role.MANAGER.value
    ).distinct().order_by("id")
    return list(users)


def notify(users: list[Any], *, kind: str, text: str,
           conversation: Conversation | None = None) -> list[Notification]:
    """In-app notices (and email, when the mail channel is installed), once per person;
    must run inside the caller's transaction."""
    from .notifications import notify as deliver

    assert transaction.get_connection().in_atomic_block
    seen: set[int] = set()
    unique = []
    for user in users:
        if user is not None and user.pk not in seen:
            seen.add(user.pk)
            unique.append(user)
    return deliver(unique, conversation=conversation, kind=kind, text=text)
