"""Opening and changing conversations through the services: audit, events, rules."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import transaction

from tactful.desk import events
from tactful.desk.errors import Conflict, InvalidInput, NotAllowed
from tactful.desk.models import AuditEvent, Conversation
from tactful.desk.services import conversations as svc
from tactful.desk.services.messages import add_message


def test_opening_a_conversation_records_its_channel_and_an_audit_event(people: Any) -> None:
    """R-CHAN-1: every conversation records its channel, on every channel there is."""
    for channel in ("email", "web_form", "chat", "phone", "voicemail", "visit", "letter",
                    "social", "review"):
        conv = svc.open_conversation(actor=people.agent, team=people.team, channel=channel,
                                     subject=f"via {channel}")
        assert Conversation.objects.get(pk=conv.pk).channel == channel
        event = AuditEvent.objects.get(conversation=conv, action="conversation.opened")
        assert event.actor == people.agent
        assert event.after["channel"] == channel


def test_an_unknown_channel_is_refused_with_the_field_named(people: Any) -> None:
    with pytest.raises(InvalidInput) as info:
        svc.open_conversation(actor=people.agent, team=people.team, channel="fax")
    assert info.value.field == "channel"
    assert Conversation.objects.count() == 0


def test_a_callback_needs_a_number_to_call(people: Any) -> None:
    """R-ID-3: a callback needs a phone number."""
    with pytest.raises(InvalidInput) as info:
        svc.open_conversation(actor=people.agent, team=people.team, channel="phone",
                              kind="callback")
    assert info.value.field == "contact_phone"
    conv = svc.open_conversation(actor=people.agent, team=people.team, channel="phone",
                                 kind="callback", contact_phone="+36 1 234 5678")
    assert conv.contact_phone == "+36 1 234 5678"


def test_an_email_without_reply_cannot_be_closed_without_a_reason(conversation: Any,
                                                                   people: Any) -> None:
    """R-MAIL-1: no email can be closed without a reply or an explicit reason."""
    with pytest.raises(InvalidInput) as info:
        svc.change_status(conversation, actor=people.agent, status="closed")
    assert info.value.field == "reason"
    closed = svc.change_status(conversation, actor=people.agent, status="closed",
                               reason="Spam: advertising sent to the support address")
    assert closed.status == "closed"
    assert closed.close_reason.startswith("Spam")
    assert closed.closed_at is not None


def test_a_reply_lets_the_conversation_be_resolved_and_a_customer_message_reopens_it(
    conversation: Any, people: Any,
) -> None:
    add_message(conversation, actor=people.agent, direction="outbound",
                text="Tisztelt Ügyfelünk! Köszönjük levelét.")
    conversation.refresh_from_db()
    assert conversation.status == "open"
    assert conversation.first_response_at is not None
    resolved = svc.change_status(conversation, actor=people.agent, status="resolved")
    assert resolved.resolved_at is not None
    add_message(resolved, actor="email", direction="inbound", text="Még egy kérdésem van.")
    resolved.refresh_from_db()
    assert resolved.status == "open"
    assert resolved.resolved_at is None


def test_closed_is_final(conversation: Any, people: Any) -> None:
    svc.change_status(conversation, actor=people.agent, status="closed", reason="duplicate")
    conversation.refresh_from_db()
    with pytest.raises(InvalidInput):
        svc.change_status(conversation, actor=people.agent, status="open")


def test_every_change_bumps_the_version_and_is_audited_with_before_and_after(
    conversation: Any, people: Any,
) -> None:
    updated = svc.update_conversation(conversation, actor=people.agent,
                                      changes={"priority": "high", "subject": "Sürgős"})
    assert updated.version == conversation.version + 1
    event = AuditEvent.objects.filter(conversation=conversation,
                                      action="conversation.updated").get()
    assert event.before == {"priority": "normal", "subject": "Számla kérdés"}
    assert event.after == {"priority": "high", "subject": "Sürgős"}


def test_a_stale_version_is_refused_and_changes_nothing(conversation: Any, people: Any) -> None:
    svc.update_conversation(conversation, actor=people.agent, changes={"priority": "high"})
    with pytest.raises(Conflict):
        svc.update_conversation(conversation, actor=people.supervisor,
                                changes={"priority": "low"},
                                expected_version=conversation.version)
    assert Conversation.objects.get(pk=conversation.pk).priority == "high"


def test_events_are_published_only_after_commit(people: Any, django_capture_on_commit_callbacks:
                                                Any) -> None:
    seen: list[events.DeskEvent] = []
    unsubscribe = events.subscribe(seen.append)
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            svc.open_conversation(actor=people.agent, team=people.team, channel="chat")
        assert seen == []  # nothing before commit
        for callback in callbacks:
            callback()
        assert [e.type for e in seen] == ["conversation.created"]
        assert seen[0].team_id == people.team.pk
        assert seen[0].actor_id == people.agent.pk
    finally:
        unsubscribe()


def test_a_rolled_back_write_publishes_nothing(people: Any,
                                               django_capture_on_commit_callbacks: Any) -> None:
    seen: list[events.DeskEvent] = []
    unsubscribe = events.subscribe(seen.append)
    try:
        with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), \
                transaction.atomic():
            svc.open_conversation(actor=people.agent, team=people.team, channel="chat")
            raise RuntimeError("abort")
        assert seen == []
        assert Conversation.objects.count() == 0
    finally:
        unsubscribe()


def test_references_are_normalised_and_not_duplicated(conversation: Any, people: Any) -> None:
    """R-ID-2: references attached to conversations, matched exactly however typed."""
    first = svc.add_reference(conversation, actor=people.agent, kind="order", value="ORD-2024/117")
    second = svc.add_reference(conversation, actor=people.agent, kind="order",
                               value="ord 2024 117")
    assert first.pk == second.pk
    assert first.normalized == "ORD2024117"


def test_assignment_within_the_team_only(conversation: Any, people: Any) -> None:
    taken = svc.assign_conversation(conversation, actor=people.agent, assignee=people.agent)
    assert taken.assignee_id == people.agent.pk
    with pytest.raises(InvalidInput):
        svc.assign_conversation(taken, actor=people.supervisor, assignee=people.other_agent)


def test_an_agent_cannot_take_a_colleagues_conversation(conversation: Any, people: Any) -> None:
    from tactful.desk.services import staff

    colleague = staff.create_staff_user(actor="test", username="carla", password="x-123456789",
                                        role="agent", teams=[people.team])
    svc.assign_conversation(conversation, actor=people.supervisor, assignee=colleague)
    conversation.refresh_from_db()
    with pytest.raises(NotAllowed):
        svc.assign_conversation(conversation, actor=people.fresh(people.agent),
                                assignee=people.agent)
