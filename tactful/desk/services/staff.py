"""Creating staff users, giving them roles and teams, and their API tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from .. import access
from ..errors import InvalidInput, NotAllowed
from ..models import ApiToken, StaffProfile, Team
from ..models.choices import Role
from . import audit

Actor = Any


def ensure_role_groups() -> dict[str, Group]:
    """The four role groups exist (also made by a data migration)."""
    return {role.value: Group.objects.get_or_create(name=role.value)[0] for role in Role}


def create_staff_user(
    *,
    actor: Actor,
    username: str,
    password: str | None,
    role: str,
    teams: list[Team] | None = None,
    display_name: str = "",
    email: str = "",
    language: str = "en",
) -> Any:
    """Create a user with a role and teams. Only administrators (or the system) may."""
    if not isinstance(actor, str):
        access.require_role(actor, Role.ADMIN)
    if role not in Role.values:
        raise InvalidInput(f"role must be one of {', '.join(Role.values)}.", field="role")
    user_model = get_user_model()
    with transaction.atomic():
        if user_model.objects.filter(username=username).exists():
            raise InvalidInput(f"The user name {username} is taken.", field="username")
        user = user_model.objects.create_user(
            username=username, password=password, email=email,
            is_staff=role == Role.ADMIN, is_superuser=role == Role.ADMIN,
        )
        groups = ensure_role_groups()
        user.groups.add(groups[role])
        profile = StaffProfile.objects.create(
            user=user, display_name=display_name or username, language=language
        )
        if teams:
            profile.teams.set(teams)
        audit.record(
            "staff.created", actor=actor, obj=user,
            after={"username": username, "role": role, "teams": [t.pk for t in teams or []]},
        )
    return user


def set_role(user: Any, *, actor: Actor, role: str) -> Any:
    if not isinstance(actor, str):
        access.require_role(actor, Role.ADMIN)
    if role not in Role.values:
        raise InvalidInput(f"role must be one of {', '.join(Role.values)}.", field="role")
    groups = ensure_role_groups()
    with transaction.atomic():
        before = access.role_of(user)
        user.groups.remove(*[g for name, g in groups.items() if name != role])
        user.groups.add(groups[role])
        audit.record("staff.role_changed", actor=actor, obj=user,
                     before={"role": before}, after={"role": role})
    for attr in ("_tactful_role", "_tactful_team_ids"):
        if hasattr(user, attr):
            delattr(user, attr)
    return user


# API tokens ---------------------------------------------------------------------------

TOKEN_PREFIX = "tct"


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue_api_token(user: Any, *, actor: Actor, name: str) -> tuple[ApiToken, str]:
    """Create a token for ``user``; returns the row and the token, shown this once only."""
    if not isinstance(actor, str) and actor.pk != user.pk:
        access.require_role(actor, Role.ADMIN)
    if access.role_of(user) is None:
        raise InvalidInput("API tokens are for staff members.", field="user")
    name = (name or "token").strip()[:100]
    prefix = secrets.token_hex(4)
    raw = f"{TOKEN_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    with transaction.atomic():
        token = ApiToken.objects.create(user=user, name=name, prefix=prefix, key_hash=_hash(raw))
        audit.record("api_token.issued", actor=actor, obj=token,
                     after={"user": user.pk, "name": name, "prefix": prefix})
    return token, raw


def revoke_api_token(token: ApiToken, *, actor: Actor) -> ApiToken:
    if not isinstance(actor, str) and actor.pk != token.user_id:
        try:
            access.require_role(actor, Role.ADMIN)
        except NotAllowed as exc:
            raise NotAllowed("Only the token's owner or an administrator may revoke it.") from exc
    with transaction.atomic():
        if token.revoked_at is None:
            ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
            audit.record("api_token.revoked", actor=actor, obj=token)
    token.refresh_from_db()
    return token


def authenticate_api_token(raw: str) -> Any | None:
    """The active user behind a token, or None. Constant-time hash comparison."""
    parts = raw.split("_", 2)
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX or len(raw) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(
        prefix=parts[1], revoked_at__isnull=True
    ).first()
    if token is None or not hmac.compare_digest(token.key_hash, _hash(raw)):
        return None
    if not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
