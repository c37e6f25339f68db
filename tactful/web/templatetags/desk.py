"""Template helpers for the desk's pages: the viewer's role, deadlines, finding levels."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import pgettext

from tactful.desk import access
from tactful.desk.models.choices import (
    ROLE_RANK,
    Channel,
    Kind,
    Language,
    Priority,
    Role,
    Status,
)

register = template.Library()


@register.simple_tag
def has_role(user: Any, minimum: str) -> bool:
    """``{% has_role user "supervisor" as can %}``: the user holds ``minimum`` or more."""
    role = access.role_of(user)
    return role is not None and ROLE_RANK[role] >= ROLE_RANK[Role(minimum)]


@register.simple_tag
def unread_notifications(user: Any) -> int:
    from tactful.desk.models import Notification

    return Notification.objects.filter(user_id=user.pk, read_at__isnull=True).count()


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
    d, h, m = (pgettext("days, short", "d"), pgettext("hours, short", "h"),
               pgettext("minutes, short", "m"))
    if days:
        return f"{sign}{days} {d} {hours} {h}"
    if hours:
        return f"{sign}{hours} {h} {minutes:02d} {m}"
    return f"{sign}{minutes} {m}"


_CHOICES = {"channel": Channel, "status": Status, "priority": Priority, "kind": Kind,
            "language": Language}


@register.simple_tag(takes_context=True)
def choice_labels(context: Any) -> dict[str, dict[str, str]]:
    """The translated labels of the desk's choices, once per page render.

    ``get_FOO_display`` flattens and hashes the choices on every call; a long list of rows
    reads labels from these dicts instead.
    """
    return {field: {value: str(label) for value, label in choices.choices}
            for field, choices in _CHOICES.items()}


@register.filter
def label(labels: dict[str, str], value: str) -> str:
    return labels.get(value, value)


@register.filter
def iso(value: Any) -> str:
    """An aware datetime as ISO 8601 for ``datetime=`` and the countdown script."""
    return value.isoformat() if value else ""


@register.filter
def stamp(value: Any, seconds: bool = False) -> str:
    """"2026-11-23 14:05" in the organisation's time zone (cheaper than ``|date``)."""
    if not value:
        return ""
    local = timezone.localtime(value)
    return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


@register.filter
def day(value: Any) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d") if value else ""
