"""The services behind the workspace's actions: escalation, transfer, complaint form,
follow-ups, canned replies and the knowledge base, the interface language."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tactful.desk.errors import InvalidInput, NotAllowed
from tactful.desk.models import AuditEvent, Escalation, Notification
from tactful.desk.services import complaints, escalations, follow_ups, knowledge, profiles


def test_an_escalation_needs_a_summary_and_tells_the_teams_supervisors(
        people: Any, conversation: Any) -> None:
    """R-ESC-1: the problem explained; the supervisor notified; time to answer measured."""
    with pytest.raises(InvalidInput):
        escalations.escalate_to_supervisor(conversation, actor=people.agent, summary="help")
    escalation = escalations.escalate_to_supervisor(
        conversation, actor=people.agent,
        summary="Customer billed twice; meter reading checked, correction will not start.")
    notices = Notification.objects.filter(kind="escalation")
    assert [n.user_id for n in notices] == [people.supervisor.pk]
    with pytest.raises(NotAllowed):
        escalations.answer_escalation(escalation, actor=people.agent, answer="ok")
    answered = escalations.answer_escalation(escalation, actor=people.supervisor,
                                             answer="Start the correction; I approve it.")
    assert answered.answered_at is not None and answered.to_user_id == people.supervisor.pk
    audit = AuditEvent.objects.get(action="escalation.answered")
    assert audit.after["seconds_to_answer"] >= 0
    assert Notification.objects.filter(user=people.agent, kind="escalation_answered").exists()
    with pytest.raises(InvalidInput):
        escalations.answer_escalation(answered, actor=people.supervisor, answer="again")


def test_an_escalation_goes_to_the_managers_when_a_team_has_no_supervisor(
        people: Any) -> None:
    from tactful.desk.services.conversations import open_conversation

    conv = open_conversation(actor=people.other_agent, team=people.other_team,
                             channel="chat", subject="x")
    escalations.escalate_to_supervisor(conv, actor=people.other_agent,
                                       summary="Nobody in this team can approve a refund.")
    assert {n.user_id for n in Notification.objects.all()} == {people.manager.pk}


def test_a_transfer_needs_a_summary_and_moves_the_conversation(people: Any,
                                                              conversation: Any) -> None:
    """R-ESC-2: no transfer before the problem is written down."""
    with pytest.raises(InvalidInput):
        escalations.transfer_conversation(conversation, actor=people.agent,
                                          team=people.other_team, summary="")
    moved = escalations.transfer_conversation(
        conversation, actor=people.agent, team=people.other_team,
        summary="An invoice question for Billing: invoice E-2026/1 charged twice.")
    assert moved.team_id == people.other_team.pk and moved.assignee_id is None
    transfer = Escalation.objects.get(kind="transfer")
    assert transfer.to_team_id == people.other_team.pk and transfer.summary.startswith("An")
    with pytest.raises(NotAllowed):  # the agent no longer works on it
        escalations.escalate_to_supervisor(moved, actor=people.agent,
                                           summary="A summary long enough to pass.")


def test_a_complaint_is_logged_and_the_manager_assigned_at_once(people: Any,
                                                               conversation: Any) -> None:
    """R-CMP-1, R-CMP-2."""
    complaint = complaints.log_complaint(
        conversation, actor=people.agent, category="bad_attitude",
        description="The customer says the agent on the phone was rude.",
        staff_member=people.other_agent)
    conversation.refresh_from_db()
    assert conversation.kind == "complaint"
    assert conversation.assignee_id == people.manager.pk == complaint.manager_id
    assert Notification.objects.filter(user=people.manager, kind="complaint").exists()
    with pytest.raises(InvalidInput):
        complaints.log_complaint(conversation, actor=people.agent, category="x",
                                 description="again")


def test_a_callback_needs_a_number_and_a_future_time(people: Any, conversation: Any) -> None:
    """R-PHONE-5, R-FB-2."""
    soon = timezone.now() + timedelta(hours=2)
    with pytest.raises(InvalidInput):
        follow_ups.schedule_follow_up(conversation, actor=people.agent, kind="callback",
                                      due_at=soon)
    with pytest.raises(InvalidInput):
        follow_ups.schedule_follow_up(conversation, actor=people.agent, kind="follow_up",
                                      due_at=timezone.now() - timedelta(hours=1))
    callback = follow_ups.schedule_follow_up(conversation, actor=people.agent,
                                             kind="callback", due_at=soon,
                                             phone="+36 30 123 4567")
    assert callback.assignee_id == people.agent.pk and callback.phone == "+36 30 123 4567"
    done = follow_ups.complete_follow_up(callback, actor=people.agent)
    assert done.done_at is not None


def test_canned_replies_are_written_by_supervisors_for_their_teams(people: Any) -> None:
    """R-POL-6."""
    with pytest.raises(NotAllowed):
        knowledge.create_canned_reply(actor=people.agent, title="Hi", language="hu",
                                      text="Jó napot!", team=people.team)
    with pytest.raises(NotAllowed):
        knowledge.create_canned_reply(actor=people.supervisor, title="Hi", language="hu",
                                      text="Jó napot!", team=people.other_team)
    knowledge.create_canned_reply(actor=people.supervisor, title="Köszöntés", language="hu",
                                  text="Jó napot kívánok!", team=people.team)
    knowledge.create_canned_reply(actor=people.manager, title="Everyone", language="hu",
                                  text="Köszönjük a türelmét.")
    mine = {r.title for r in knowledge.canned_replies_for(people.agent, "hu")}
    theirs = {r.title for r in knowledge.canned_replies_for(people.other_agent, "hu")}
    assert mine == {"Köszöntés", "Everyone"} and theirs == {"Everyone"}


def test_the_knowledge_base_is_searched_across_accents_and_per_language(people: Any) -> None:
    """R-KB-1."""
    knowledge.create_article(actor=people.supervisor, title="Mérőcsere menete",
                             body="A mérő cseréjét a hálózati engedélyes végzi.",
                             language="hu", kind="call_script", tags=["mérő", "csere"])
    found = knowledge.search_articles("merocsere", language="hu")
    assert [a.title for a in found] == ["Mérőcsere menete"]
    assert knowledge.search_articles("merocsere", language="en") == []
    assert knowledge.search_articles("mérő", language="hu", kind="call_script")
    with pytest.raises(NotAllowed):
        knowledge.create_article(actor=people.agent, title="x", body="y", language="hu")


def test_people_choose_only_their_own_interface_language(people: Any) -> None:
    profile = profiles.set_interface_language(people.agent, actor=people.agent,
                                              language="zh-hans")
    assert profile.language == "zh-Hans"
    assert profiles.interface_language(profile) == "zh-hans"
    with pytest.raises(NotAllowed):
        profiles.set_interface_language(people.agent, actor=people.supervisor, language="hu")
    with pytest.raises(InvalidInput):
        profiles.set_interface_language(people.agent, actor=people.agent, language="xx")
