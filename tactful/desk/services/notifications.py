"""Telling people: in-app notifications, by email when the email channel can send it.

A notification meant for someone outside their working hours goes to the team's person
on duty instead (the ladder's night-time rule), never into a sleeping inbox.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q

from tactful.policy import Policy

from .. import access, service_levels
from ..models import Conversation, Notification
from ..models.choices import Role

log = logging.getLogger("tactful.notifications")


def recipients(policy: Policy, conversation: Conversation, who: list[str],
               at: datetime) -> list[Any]:
    """The users a ladder step names, with out-of-hours people replaced by the on-duty one."""
    users: list[Any] = []
    team = conversation.team
    model = get_user_model()
    for role in who:
        if role == "assignee" and conversation.assignee_id:
            users.append(conversation.assignee)
        elif role == "team_supervisors":
            users += list(model.objects.filter(
                is_active=True, groups__name=Role.SUPERVISOR, staff_profile__teams=team))
        elif role == "managers":
            users += list(model.objects.filter(is_active=True, groups__name=Role.MANAGER))
        elif role == "on_duty" and team.on_duty_id:
            users.append(team.on_duty)
        elif role.startswith("user:"):
            named = model.objects.filter(is_active=True, username=role[5:]).first()
            if named is not None:
                users.append(named)
    on_duty = team.on_duty if team.on_duty_id else None
    result: list[Any] = []
    for user in users:
        if on_duty is not None and user.pk != on_duty.pk and not _at_work(policy, user,
                                                                          conversation, at):
            user = on_duty
        if access.role_of(user) is not None and all(u.pk != user.pk for u in result):
            result.append(user)
    return result


def _at_work(policy: Policy, user: Any, conversation: Conversation, at: datetime) -> bool:
    profile = getattr(user, "staff_profile", None)
    name = getattr(profile, "working_calendar", "") or ""
    cal = policy.calendar(name) if name in policy.calendars else service_levels.calendar_for(
        policy, conversation)
    return bool(cal.is_open(at))


def notify(users: list[Any], *, conversation: Conversation | None, kind: str,
           text: str) -> list[Notification]:
    made = []
    for user in users:
        made.append(Notification.objects.create(user=user, conversation=conversation,
                                                kind=kind, text=text[:500]))
    _email(made)
    return made


def _email(notifications: list[Notification]) -> None:
    """Hand the notices to the email channel when it is installed (its outbox sends)."""
    try:
        from tactful.channels.email.notifications import send_notification_emails
    except ImportError:
        return
    try:
        send_notification_emails(notifications)
    except Exception:  # a mail problem must not undo the in-app notice
        log.exception("could not queue notification emails")


def unread(user: Any) -> Any:
    return Notification.objects.filter(Q(user=user) & Q(read_at__isnull=True))


def mark_emailed(notice: Notification) -> None:
    from django.utils import timezone

    Notification.objects.filter(pk=notice.pk).update(emailed_at=timezone.now())
