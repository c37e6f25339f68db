"""Template helpers for the desk's pages: the viewer's role, deadlines, finding levels."""

from __future__ import annotations

from typing import Any

from django import template

from tactful.desk import access
from tactful.desk.models.choices import ROLE_RANK, Role

register = template.Library()


@register.simple_tag
def has_role(user: Any, minimum: str) -> bool:
    """``{% has_role user "supervisor" as can %}``: the user holds ``minimum`` or more."""
    role = access.role_of(user)
    return role is not None and ROLE_RANK[role] >= ROLE_RANK[Role(minimum)]


@register.filter
def display_name(user: Any) -> str:
    if user is None:
        return ""
    profile = getattr(user, "staff_profile", None)
    return (profile.display_name if profile and profile.display_name else
            user.get_username())


@register.filter
def due_of(conversation: Any) -> Any:
    """The instant a row counts down to: the nearest running clock, else the deadline."""
    return getattr(conversation, "clock_due", None) or conversation.next_deadline_at


@register.filter
def duration(seconds: Any) -> str:
    """Seconds as "2 d 3 h", "3 h 05 m" or "4 m"."""
    try:
        total = int(seconds)
    except (TypeError, ValueError):
        return ""
    sign = "−" if total < 0 else ""
    total = abs(total)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{sign}{days} d {hours} h"
    if hours:
        return f"{sign}{hours} h {minutes:02d} m"
    return f"{sign}{minutes} m"
