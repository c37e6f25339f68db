"""Clocks on conversations: started by the policy, met by replies, paused while waiting."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tactful.desk.models import ConversationClock
from tactful.desk.services import conversations as svc
from tactful.desk.services.messages import add_message

H = timedelta(hours=1)


def clocks_of(conversation: Any) -> dict[str, ConversationClock]:
    return {c.name: c for c in ConversationClock.objects.filter(conversation=conversation)}


@pytest.fixture
def email(people: Any, policy_24x7: Any) -> Any:
    return svc.open_conversation(actor=people.agent, team=people.team, channel="email",
                                 subject="Invoice", assignee=people.agent)


def test_an_email_gets_separate_acknowledgement_and_answer_clocks(email: Any) -> None:
    """R-ACK-1, R-MAIL-1: acknowledgement and response are separate clocks from the policy."""
    clocks = clocks_of(email)
    assert set(clocks) == {"acknowledgement", "first_response", "auto_acknowledgement",
                           "resolution"}
    start = email.created_at
    assert clocks["acknowledgement"].due_at == start + H
    assert clocks["first_response"].due_at == start + 8 * H
    assert clocks["first_response"].warn_at == start + 6 * H       # 25 % of 8 h left
    assert clocks["acknowledgement"].warn_at == start + 45 * timedelta(minutes=1)  # at least 15m
    assert clocks["auto_acknowledgement"].due_at == start + timedelta(minutes=10)
    email.refresh_from_db()
    assert email.next_deadline_at == start + timedelta(minutes=10)


def test_each_channel_gets_its_own_target(people: Any, policy_24x7: Any) -> None:
    """R-CHAT-1, R-VISIT-1, R-PHONE-3: chat, visits and voicemail have their own targets."""
    chat = svc.open_conversation(actor=people.agent, team=people.team, channel="chat")
    assert clocks_of(chat)["first_response"].due_at == chat.created_at + timedelta(minutes=2)
    visit = svc.open_conversation(actor=people.agent, team=people.team, channel="visit")
    greeting = clocks_of(visit)["visit_greeting"]
    assert greeting.due_at == visit.created_at + timedelta(seconds=60)
    voicemail = svc.open_conversation(actor=people.agent, team=people.team, channel="voicemail")
    assert clocks_of(voicemail)["first_response"].due_at == voicemail.created_at + H


def test_a_reply_meets_the_response_clocks_and_the_next_message_starts_another(
    email: Any, people: Any,
) -> None:
    """R-MAIL-1: a reply restarts the next-response clock when the customer writes again."""
    add_message(email, actor=people.agent, direction="outbound", text="Dear customer, …")
    clocks = clocks_of(email)
    for name in ("acknowledgement", "first_response", "auto_acknowledgement"):
        assert clocks[name].state == "met", name
    assert clocks["resolution"].state == "running"
    email.refresh_from_db()
    add_message(email, actor="email", direction="inbound", text="One more question")
    nxt = clocks_of(email)["next_response"]
    assert nxt.state == "running" and nxt.due_at == nxt.started_at + 4 * H


def test_waiting_on_the_customer_pauses_and_resuming_moves_the_deadline(
    email: Any, people: Any,
) -> None:
    """R-SLA-2: waiting on the customer pauses the clock; the pause does not count."""
    from django.utils import timezone

    from tactful.desk.models import Conversation

    add_message(email, actor=people.agent, direction="outbound", text="Could you send …?")
    waiting = svc.change_status(Conversation.objects.get(pk=email.pk), actor=people.agent,
                                status="waiting_on_customer")
    resolution = clocks_of(email)["resolution"]
    assert resolution.state == "paused" and resolution.next_check_at is None
    # Pretend the customer took three hours to answer.
    ConversationClock.objects.filter(pk=resolution.pk).update(
        paused_at=timezone.now() - 3 * H)
    svc.change_status(waiting, actor=people.agent, status="open")
    resumed = clocks_of(email)["resolution"]
    assert resumed.state == "running"
    assert abs(resumed.paused_seconds - 3 * 3600) <= 2
    assert resumed.due_at == resumed.started_at + 40 * H + timedelta(
        seconds=resumed.paused_seconds)


def test_priority_tightens_the_targets(email: Any, people: Any) -> None:
    """R-MAIL-1: priorities tighten targets (urgent: a quarter of the time)."""
    svc.update_conversation(email, actor=people.agent, changes={"priority": "urgent"})
    first = clocks_of(email)["first_response"]
    assert first.due_at == first.started_at + 2 * H


def test_resolving_stops_every_clock(email: Any, people: Any) -> None:
    add_message(email, actor=people.agent, direction="outbound", text="Done.")
    from tactful.desk.models import Conversation

    svc.change_status(Conversation.objects.get(pk=email.pk), actor=people.agent,
                      status="resolved")
    assert all(c.state == "met" for c in clocks_of(email).values())
    assert Conversation.objects.get(pk=email.pk).next_deadline_at is None


def test_complaints_run_on_working_days(people: Any, policy_24x7: Any) -> None:
    """R-CMP-3, R-CMP-4: acknowledgement and follow-up letter clocks in working days."""
    complaint = svc.open_conversation(actor=people.agent, team=people.team, channel="email",
                                      kind="complaint")
    clocks = clocks_of(complaint)
    assert clocks["complaint_acknowledgement"].target_working_days == 5
    assert clocks["complaint_follow_up"].target_working_days == 20
    assert clocks["complaint_acknowledgement"].due_at < clocks["complaint_follow_up"].due_at
