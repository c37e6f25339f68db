"""Uploading and activating policy versions; re-timing open conversations afterwards."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from tactful.policy import PolicyError, check_policy, load_policy_text

from .. import access, service_levels
from ..errors import InvalidInput
from ..models import Conversation, PolicyVersion
from ..models.choices import OPEN_STATUSES, Role
from ..text import clean_text
from . import audit, clocks

Actor = Any
RECOMPUTE_BATCH = 200


class PolicyRejected(InvalidInput):
    """The uploaded file has mistakes; ``problems`` lists them with line and column."""

    def __init__(self, problems: list[Any]) -> None:
        super().__init__(f"The policy has {len(problems)} mistake(s); the first: "
                         f"{problems[0]}", field="text")
        self.problems = problems


def upload_policy(*, actor: Actor, text: str, summary: str, activate: bool = True,
                  name: str = "policy.yaml") -> PolicyVersion:
    """Keep a new version (R-POL-3); refuse a file with mistakes, listing every one."""
    if not isinstance(actor, str):
        access.require_role(actor, Role.MANAGER)
    summary = clean_text(summary, field="summary", max_length=500, required=True)
    if not isinstance(text, str):
        raise InvalidInput("The policy must be text.", field="text")
    problems = check_policy(text.encode("utf-8", "surrogatepass"), name=name)
    if problems:
        raise PolicyRejected(problems)
    try:
        policy = load_policy_text(text, name=name)
    except PolicyError as exc:  # checked above; kept for safety
        raise PolicyRejected(exc.problems) from exc
    with transaction.atomic():
        number = (PolicyVersion.objects.aggregate(n=Max("number"))["n"] or 0) + 1
        version = PolicyVersion.objects.create(
            number=number, text=text, fingerprint=policy.fingerprint, summary=summary,
            author=None if isinstance(actor, str) else actor,
            author_label=audit.actor_label(actor),
        )
        audit.record("policy.uploaded", actor=actor, obj=version,
                     after={"number": number, "summary": summary,
                            "organisation": policy.organisation.name})
        if activate:
            activate_policy(version, actor=actor)
    return version


def activate_policy(version: PolicyVersion, *, actor: Actor) -> PolicyVersion:
    """Make ``version`` the one that drives the desk; open conversations are re-timed by the
    worker in batches (:func:`recompute_step`), so activation never blocks the desk."""
    if not isinstance(actor, str):
        access.require_role(actor, Role.MANAGER)
    with transaction.atomic():
        previous = PolicyVersion.objects.filter(is_active=True).exclude(pk=version.pk).first()
        PolicyVersion.objects.filter(is_active=True).exclude(pk=version.pk).update(
            is_active=False, recompute_after_id=None)
        PolicyVersion.objects.filter(pk=version.pk).update(
            is_active=True, activated_at=timezone.now(), recompute_after_id=0)
        audit.record("policy.activated", actor=actor, obj=version,
                     before={"number": previous.number if previous else None},
                     after={"number": version.number})
    version.refresh_from_db()
    return version


def recompute_step() -> bool:
    """Re-time one batch of open conversations after an activation; False when done."""
    with transaction.atomic():
        version = PolicyVersion.objects.select_for_update().filter(
            is_active=True, recompute_after_id__isnull=False).first()
        if version is None:
            return False
        active = service_levels.active_policy()
        batch = list(Conversation.objects.filter(
            id__gt=version.recompute_after_id, status__in=[s.value for s in OPEN_STATUSES]
        ).select_related("team").order_by("id")[:RECOMPUTE_BATCH])
        for conversation in batch:
            clocks.retime_clocks(conversation, actor="policy", policy=active.policy)
        done = len(batch) < RECOMPUTE_BATCH
        PolicyVersion.objects.filter(pk=version.pk).update(
            recompute_after_id=None if done else batch[-1].pk)
        if done:
            audit.record("policy.recomputed", actor="policy", obj=version,
                         after={"number": version.number})
    return True


def review_reminder_step() -> bool:
    """Remind managers once when the active policy's yearly review falls due (R-POL-3)."""
    from django.contrib.auth import get_user_model

    from ..models import AuditEvent
    from . import notifications

    version = PolicyVersion.objects.filter(is_active=True).first()
    if version is None:
        return False
    already = AuditEvent.objects.filter(action="policy.review_reminded",
                                        object_type="policyversion",
                                        object_id=str(version.pk)).exists()
    if already:
        return False
    policy = service_levels.active_policy().policy
    if policy.review_due > timezone.localdate():
        return False
    with transaction.atomic():
        managers = list(get_user_model().objects.filter(is_active=True,
                                                        groups__name=Role.MANAGER))
        notifications.notify(managers, conversation=None, kind="policy.review_due",
                             text=f"The customer service policy (v{version.number}) was last "
                                  f"changed on {policy.last_changed}; its review is due.")
        audit.record("policy.review_reminded", actor="policy", obj=version,
                     after={"review_due": policy.review_due})
    return True
