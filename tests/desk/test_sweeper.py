"""The sweeper: warnings and breaches on time, the escalation ladder, only what is due."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tactful.desk.models import AuditEvent, Conversation, ConversationClock, Notification
from tactful.desk.services import conversations as svc
from tactful.desk.services import deadlines as sweeper
from tactful.desk.services import teams
from tactful.desk.services.messages import add_message

H = timedelta(hours=1)
S = timedelta(seconds=1)


def sweep(now: Any) -> int:
    count = 0
    while sweeper.process_one_due(now=now):
        count += 1
        assert count < 1000
    return count


def actions(conversation: Any) -> list[str]:
    return list(AuditEvent.objects.filter(conversation=conversation, action__startswith="clock.")
                .order_by("id").values_list("action", flat=True))


@pytest.fixture
def chat(people: Any, policy_24x7: Any) -> Any:
    return svc.open_conversation(actor=people.agent, team=people.team, channel="chat",
                                 assignee=people.agent)


def test_nothing_happens_a_second_before_the_deadline_and_the_breach_is_on_time(
    chat: Any, people: Any,
) -> None:
    """R-CHAT-1, R-SLA-2: a warning before the breach, the breach exactly at the deadline."""
    clock = ConversationClock.objects.get(conversation=chat, name="first_response")
    assert clock.warn_at is not None
    sweep(clock.warn_at - S)
    assert "clock.warning" not in actions(chat)
    sweep(clock.warn_at)
    assert actions(chat).count("clock.warning") == 1
    sweep(clock.due_at - S)
    assert "clock.breached" not in actions(chat)
    sweep(clock.due_at)
    clock.refresh_from_db()
    assert clock.breached_at == clock.due_at
    assert actions(chat).count("clock.breached") == 1


def test_a_notice_names_the_clock_in_its_readers_language(chat: Any, people: Any) -> None:
    """R-SLA-2: the warning names the clock in the recipient's interface language, whatever
    language the worker's thread has active (a leaked Hungarian must not reach an English
    reader)."""
    from django.utils import translation

    from tactful.desk.services.profiles import set_interface_language

    clock = ConversationClock.objects.get(conversation=chat, name="first_response")
    with translation.override("hu"):
        sweep(clock.warn_at)
    warned = list(Notification.objects.filter(user=people.agent).values_list("text", flat=True))
    assert warned and all("First response" in t for t in warned)
    set_interface_language(people.agent, actor=people.agent, language="hu")
    with translation.override("en"):
        sweep(clock.due_at)
    texts = [n.text for n in Notification.objects.filter(user=people.agent, kind="clock.breach")]
    assert texts and all("Első válasz" in t for t in texts)

def test_the_ladder_notifies_raises_priority_and_then_tells_managers(chat: Any,
                                                                   people: Any) -> None:
    """R-ESC-1, R-SLA-2: who is told at warning and at breach, and what happens."""
    teams.set_on_duty(people.team, actor="test", user=people.supervisor)
    clock = ConversationClock.objects.get(conversation=chat, name="first_response")
    sweep(clock.warn_at)
    assert list(Notification.objects.values_list("user__username", "kind")) == [
        ("agnes", "clock.warning")]
    sweep(clock.due_at)
    chat.refresh_from_db()
    assert chat.priority == "high"
    assert sorted(Notification.objects.filter(kind="clock.breach").values_list(
        "user__username", flat=True)) == ["agnes", "sofia"]
    sweep(clock.due_at + 2 * H - S)
    assert not Notification.objects.filter(user=people.manager).exists()
    sweep(clock.due_at + 2 * H)
    assert Notification.objects.filter(user=people.manager, kind="clock.breach").exists()
    # Everything on its ladder is done: this clock asks for nothing more.
    sweep(clock.due_at + 100 * H)
    assert Notification.objects.filter(text__contains="First response").count() == 5
    clock.refresh_from_db()
    assert clock.next_check_at is None


def test_a_met_clock_never_warns(chat: Any, people: Any) -> None:
    add_message(chat, actor=people.agent, direction="outbound", text="Hello!")
    clock = ConversationClock.objects.get(conversation=chat, name="first_response")
    sweep(clock.due_at + H)
    assert "clock.breached" not in [a for a in actions(chat)
                                    if "first_response" in str(a)]
    assert not AuditEvent.objects.filter(action="clock.breached",
                                         after__clock="first_response").exists()


def test_the_automatic_acknowledgement_is_emitted_as_an_action_once(
    people: Any, policy_24x7: Any,
) -> None:
    """R-MAIL-2: the email acknowledgement is an action the email channel carries out."""
    fired: list[int] = []
    previous = sweeper.ACTIONS.get("auto_acknowledgement")
    sweeper.register_action("auto_acknowledgement", lambda c: fired.append(c.pk))
    try:
        email = svc.open_conversation(actor=people.agent, team=people.team, channel="email")
        timer = ConversationClock.objects.get(conversation=email, name="auto_acknowledgement")
        sweep(timer.due_at - S)
        assert fired == []
        sweep(timer.due_at)
        sweep(timer.due_at + 10 * H)
        assert fired == [email.pk]
    finally:
        if previous is not None:
            sweeper.register_action("auto_acknowledgement", previous)
        else:
            sweeper.ACTIONS.pop("auto_acknowledgement", None)


def test_a_notice_for_someone_off_duty_goes_to_the_person_on_duty(people: Any,
                                                                   policy_24x7: Any) -> None:
    """R-ESC-1: out-of-hours notifications go to whoever is on duty."""
    from tactful.desk.models import StaffProfile

    StaffProfile.objects.filter(user=people.agent).update(working_calendar="daytime")
    teams.set_on_duty(people.team, actor="test", user=people.supervisor)
    chat = svc.open_conversation(actor=people.agent, team=people.team, channel="chat",
                                 assignee=people.agent)
    clock = ConversationClock.objects.get(conversation=chat, name="first_response")
    at = clock.warn_at
    night = at.hour < 9 or at.hour >= 17 or at.weekday() >= 5
    sweep(at)
    expected = "sofia" if night else "agnes"
    assert list(Notification.objects.values_list("user__username", flat=True)) == [expected]


def test_the_sweeper_reads_only_what_is_due(people: Any, policy_24x7: Any) -> None:
    """Its cost grows with what is due, not with what is open."""
    for _ in range(30):
        svc.open_conversation(actor=people.agent, team=people.team, channel="email")
    from django.utils import timezone

    with CaptureQueriesContext(connection) as nothing_due:
        assert sweeper.process_one_due(now=timezone.now()) is False
    selects = [q["sql"] for q in nothing_due.captured_queries
               if q["sql"].lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1
    assert "next_deadline_at" in selects[0] and "LIMIT 1" in selects[0].upper()


def test_a_policy_change_retimes_open_conversations_in_batches(people: Any,
                                                               policy_24x7: Any) -> None:
    """R-POL-3: a new active version re-times open conversations without blocking."""
    from pathlib import Path

    from tactful.desk.services import policies

    convs = [svc.open_conversation(actor=people.agent, team=people.team, channel="email")
             for _ in range(5)]
    text = (Path(__file__).parent / "policy_24x7.yaml").read_text().replace(
        "first_reply_within: 8h", "first_reply_within: 4h").replace('version: "t1"',
                                                                    'version: "t2"')
    policies.RECOMPUTE_BATCH, saved = 2, policies.RECOMPUTE_BATCH
    try:
        policies.upload_policy(actor=people.admin, text=text, summary="faster email")
        steps = 0
        while policies.recompute_step():
            steps += 1
        assert steps == 3
    finally:
        policies.RECOMPUTE_BATCH = saved
    for conv in convs:
        first = ConversationClock.objects.get(conversation=conv, name="first_response")
        assert first.due_at == first.started_at + 4 * H
    assert Conversation.objects.filter(pk__in=[c.pk for c in convs]).count() == 5


def test_ladder_notices_are_also_queued_as_email(chat: Any, people: Any) -> None:
    """R-ESC-1: the people the ladder names are told in the app and by email."""
    from tactful.desk.models import OutboundEmail

    people.agent.email = "agnes@staff.example"
    people.agent.save(update_fields=["email"])  # a test fixture change, not desk state
    clock = ConversationClock.objects.get(conversation=chat, name="first_response")
    sweep(clock.warn_at)
    mail = OutboundEmail.objects.get(kind="notification")
    assert mail.to_address == "agnes@staff.example"
    assert b"Auto-Submitted: auto-generated" in bytes(mail.mime)
    assert Notification.objects.get(kind="clock.warning").emailed_at is not None
