"""Asking a supervisor for guidance (R-ESC-1) and handing a conversation to another team (R-ESC-2).

Both need a written summary of the problem and what was tried, so that nobody is pushed on
before the problem is understood. The time from request to answer is measured.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from .. import access, events
from ..errors import InvalidInput, NotAllowed
from ..models import Conversation, Escalation, Team
from ..models.choices import ROLE_RANK, Role
from ..text import clean_text
from . import _people, audit
from .conversations import _change

Actor = Any
MIN_SUMMARY = 15  # characters: "help" is not a summary of a problem and what was tried


def _summary(text: str) -> str:
    text = clean_text(text, field="summary", max_length=5000, required=True).strip()
    if len(text) < MIN_SUMMARY:
        raise InvalidInput(
            f"Describe the problem and what you tried in at least {MIN_SUMMARY} characters.",
            field="summary",
        )
    return text


def _is_system(actor: Actor) -> bool:
    return isinstance(actor, str)


def escalate_to_supervisor(
    conversation: Conversation, *, actor: Actor, summary: str, supervisor: Any = None
) -> Escalation:
    """Ask a supervisor for guidance, with the problem explained (R-ESC-1).

    Without ``supervisor`` every supervisor of the conversation's team is told (the managers
    when the team has none); the escalation stays open until one of them answers.
    """
    summary = _summary(summary)
    if not _is_system(actor):
        access.require_role(actor, Role.AGENT)
        access.require_conversation_access(actor, conversation)
    if supervisor is not None:
        role = access.role_of(supervisor)
        if role is None or ROLE_RANK[role] < ROLE_RANK[Role.SUPERVISOR]:
            raise InvalidInput(f"{supervisor} is not a supervisor.", field="supervisor")
        if not access.can_work_on(supervisor, conversation):
            raise InvalidInput(f"{supervisor} does not supervise this team.",
                               field="supervisor")
        recipients = [supervisor]
    else:
        recipients = _people.team_supervisors(conversation.team) or _people.managers()
    with transaction.atomic():
        escalation = Escalation.objects.create(
            conversation=conversation, kind=Escalation.Kind.SUPERVISOR,
            requested_by=None if _is_system(actor) else actor, to_user=supervisor,
            to_team=conversation.team, summary=summary,
        )
        who = audit.actor_label(actor)
        _people.notify(
            recipients, kind="escalation", conversation=conversation,
            text=f"{who} asks for guidance on #{conversation.pk}: {summary}",
        )
        audit.record(
            "escalation.requested", actor=actor, obj=escalation, conversation=conversation,
            after={"summary": summary, "to_user": getattr(supervisor, "pk", None),
                   "notified": [u.pk for u in recipients]},
        )
        events.publish("conversation.updated", actor=actor, conversation=conversation,
                       fields=["escalation"])
    return escalation


def answer_escalation(escalation: Escalation, *, actor: Actor, answer: str) -> Escalation:
    """A supervisor answers; the time from the request to the answer is recorded."""
    answer = clean_text(answer, field="answer", max_length=5000, required=True).strip()
    conversation = escalation.conversation
    if not _is_system(actor):
        access.require_role(actor, Role.SUPERVISOR)
        access.require_conversation_access(actor, conversation)
    with transaction.atomic():
        locked = Escalation.objects.select_for_update().get(pk=escalation.pk)
        if locked.answered_at is not None:
            raise InvalidInput("This escalation has been answered already.", field="answer")
        now = timezone.now()
        Escalation.objects.filter(pk=locked.pk).update(
            answer=answer, answered_at=now,
            to_user=locked.to_user if _is_system(actor) else (locked.to_user or actor),
        )
        seconds = max(0, int((now - locked.created_at).total_seconds()))
        if locked.requested_by is not None:
            _people.notify(
                [locked.requested_by], kind="escalation_answered", conversation=conversation,
                text=f"{audit.actor_label(actor)} answered on #{conversation.pk}: {answer}",
            )
        audit.record(
            "escalation.answered", actor=actor, obj=locked, conversation=conversation,
            after={"answer": answer, "seconds_to_answer": seconds},
        )
        events.publish("conversation.updated", actor=actor, conversation=conversation,
                       fields=["escalation"])
    locked.refresh_from_db()
    return locked


def transfer_conversation(
    conversation: Conversation, *, actor: Actor, team: Team, summary: str
) -> Conversation:
    """Move the conversation to another team, only with a written summary (R-ESC-2).

    The assignee is kept only if they work in the new team; the new team's supervisors are
    told. Both the old and the new team see the change live.
    """
    summary = _summary(summary)
    if team.pk == conversation.team_id:
        raise InvalidInput("The conversation is already with that team.", field="team")
    if not _is_system(actor):
        access.require_role(actor, Role.AGENT)
        access.require_conversation_access(actor, conversation)
    assignee = conversation.assignee
    keep = assignee is not None and (
        access.sees_everything(assignee) or team.pk in access.team_ids(assignee))
    with transaction.atomic():
        old = Conversation.objects.get(pk=conversation.pk)
        escalation = Escalation.objects.create(
            conversation=conversation, kind=Escalation.Kind.TRANSFER,
            requested_by=None if _is_system(actor) else actor, to_team=team, summary=summary,
            answered_at=timezone.now(),
        )
        # The move itself is a change like any other (lock, version, audit, event). The
        # actor's right to the *new* team is not required: handing on is the point.
        changed = _change(
            conversation, actor=actor, action="conversation.transferred",
            changes={"team_id": team.pk, "assignee_id": assignee.pk if keep and assignee else None},
            expected_version=None,
        )
        _people.notify(
            _people.team_supervisors(team), kind="transfer", conversation=changed,
            text=f"#{changed.pk} was transferred to {team.name}: {summary}",
        )
        audit.record("escalation.transfer", actor=actor, obj=escalation, conversation=changed,
                     after={"from_team": old.team_id, "to_team": team.pk, "summary": summary})
        # The old team's inbox must drop it: tell that team too.
        events.publish("conversation.updated", actor=actor, conversation=old, fields=["team"])
    return changed


def require_can_answer(actor: Actor, escalation: Escalation) -> None:
    """Raise NotAllowed unless ``actor`` may answer this escalation."""
    role = access.role_of(actor)
    if role is None or ROLE_RANK[role] < ROLE_RANK[Role.SUPERVISOR]:
        raise NotAllowed("Only supervisors and managers answer escalations.")
    access.require_conversation_access(actor, escalation.conversation)
