"""Logging a complaint on its form and passing it to the service manager (R-CMP-1, R-CMP-2).

The rest of the procedure (acknowledgement letter, staff report, the manager's answer) is
its own workflow; this is the first step any member of staff can take from any channel.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from .. import access, events
from ..errors import InvalidInput
from ..models import Complaint, Conversation
from ..models.choices import Kind, Role
from ..text import clean_text
from . import _people, audit
from .conversations import _change

Actor = Any


def log_complaint(
    conversation: Conversation,
    *,
    actor: Actor,
    category: str,
    description: str,
    desired_outcome: str = "",
    staff_member: Any = None,
    manager: Any = None,
) -> Complaint:
    """Fill in the complaint form, mark the conversation a complaint and assign the manager.

    The customer-service manager (``manager``, or the first active manager) is assigned at
    once and notified (R-CMP-2). A conversation has at most one complaint form.
    """
    category = clean_text(category, field="category", max_length=60, required=True).strip()
    description = clean_text(description, field="description", max_length=10_000,
                             required=True).strip()
    desired_outcome = clean_text(desired_outcome, field="desired_outcome",
                                 max_length=5000).strip()
    if not isinstance(actor, str):
        access.require_role(actor, Role.AGENT)
        access.require_conversation_access(actor, conversation)
    if staff_member is not None and access.role_of(staff_member) is None:
        raise InvalidInput("The person complained about is not a member of staff.",
                           field="staff_member")
    if manager is None:
        found = _people.managers()
        manager = found[0] if found else None
    elif access.role_of(manager) not in (Role.MANAGER, Role.ADMIN):
        raise InvalidInput(f"{manager} is not a manager.", field="manager")
    if manager is None:
        raise InvalidInput("There is no customer-service manager to receive the complaint.",
                           field="manager")
    with transaction.atomic():
        if Complaint.objects.filter(conversation=conversation).exists():
            raise InvalidInput("This conversation already has a complaint form.",
                               field="category")
        complaint = Complaint.objects.create(
            conversation=conversation, category=category, description=description,
            desired_outcome=desired_outcome, staff_member=staff_member, manager=manager,
            logged_by=None if isinstance(actor, str) else actor,
        )
        # Kind and assignee change as a system step: the agent logging the complaint may
        # not normally hand a conversation to someone else, but the procedure requires it.
        _change(conversation, actor=actor, action="conversation.complaint_logged",
                changes={"kind": Kind.COMPLAINT, "assignee_id": manager.pk},
                expected_version=None)
        _people.notify(
            [manager], kind="complaint", conversation=conversation,
            text=f"Complaint logged on #{conversation.pk} ({category}): {description}",
        )
        audit.record(
            "complaint.logged", actor=actor, obj=complaint, conversation=conversation,
            after={"category": category, "manager": manager.pk,
                   "staff_member": getattr(staff_member, "pk", None)},
        )
        events.publish("conversation.updated", actor=actor, conversation=conversation,
                       fields=["complaint"])
    return complaint
