"""Who may see and do what. Permission-checked lookups live here, writes in services.

Agents see their teams' conversations; supervisors see their teams' too, plus reports;
managers and administrators see everything (R-SEC-2).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from .errors import NotAllowed, NotFound
from .models import Conversation, Team
from .models.choices import ROLE_RANK, Role

User = Any  # a Django user; typed loosely to accept AbstractBaseUser and AnonymousUser


def role_of(user: User) -> Role | None:
    """The strongest role among the user's groups, or None for a non-staff user."""
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        return None
    if not user.is_active:
        return None
    if hasattr(user, "_tactful_role"):
        cached: Role | None = user._tactful_role
        return cached
    role: Role | None = None
    names = set(user.groups.values_list("name", flat=True))
    for candidate in sorted(ROLE_RANK, key=ROLE_RANK.__getitem__, reverse=True):
        if candidate.value in names:
            role = candidate
            break
    if role is None and user.is_superuser:
        role = Role.ADMIN
    user._tactful_role = role
    return role


def require_role(user: User, minimum: Role) -> Role:
    role = role_of(user)
    if role is None or ROLE_RANK[role] < ROLE_RANK[minimum]:
        raise NotAllowed(f"This needs the {minimum.label} role or higher.")
    return role


def sees_everything(user: User) -> bool:
    role = role_of(user)
    return role in (Role.MANAGER, Role.ADMIN)


def team_ids(user: User) -> list[int]:
    cached = getattr(user, "_tactful_team_ids", None)
    if cached is not None:
        return list(cached)
    ids = list(Team.objects.filter(members__user=user).values_list("id", flat=True))
    user._tactful_team_ids = ids
    return ids


def visible_teams(user: User) -> QuerySet[Team]:
    require_role(user, Role.AGENT)
    if sees_everything(user):
        return Team.objects.all()
    return Team.objects.filter(id__in=team_ids(user))


def visible_conversations(user: User) -> QuerySet[Conversation]:
    """Conversations the user may read."""
    require_role(user, Role.AGENT)
    qs = Conversation.objects.all()
    if sees_everything(user):
        return qs
    return qs.filter(team_id__in=team_ids(user))


def get_conversation(user: User, pk: int) -> Conversation:
    """The conversation, if it exists and the user may read it; otherwise NotFound.

    A conversation that exists but is out of the user's reach is reported as not found,
    so that ids cannot be probed.
    """
    try:
        return visible_conversations(user).select_related("team", "assignee", "customer").get(
            pk=pk
        )
    except (Conversation.DoesNotExist, ValueError, OverflowError) as exc:
        raise NotFound(f"Conversation {pk} was not found.") from exc


def can_work_on(user: User, conversation: Conversation) -> bool:
    if role_of(user) is None:
        return False
    return sees_everything(user) or conversation.team_id in team_ids(user)


def require_conversation_access(user: User, conversation: Conversation) -> None:
    if not can_work_on(user, conversation):
        raise NotAllowed("You are not a member of this conversation's team.")


def is_staff_member(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    return role_of(user) is not None
