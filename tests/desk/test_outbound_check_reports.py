"""Every outbound message is stored with the checker's report, whichever path wrote it."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.test import Client

from tactful.desk.models import Message
from tactful.desk.services import letters, mail, messages, replies
from tactful.desk.services.conversations import open_conversation
from tactful.desk.services.policies import upload_policy

from ..api.conftest import ApiClient

POLICY = Path(__file__).parents[2] / "tactful/policy/examples/default.en.yaml"
BUSY = "I'm busy, call again later."


def _conversation(people: Any, channel: str, language: str = "en", **kw: Any) -> Any:
    conversation = open_conversation(
        actor=people.agent, team=people.team, channel=channel, subject="Delivery",
        language=language, contact_email="anna@example.org", **kw)
    messages.add_message(conversation, actor="test", direction="inbound",
                         text="When will my order arrive? Can I change the address?")
    return conversation


def _rules(message: Message) -> set[str]:
    assert message.check_report is not None, "stored without a report"
    return {f["rule_id"] for f in message.check_report["findings"]}


def test_the_rest_api_message_create_stores_the_report_and_returns_it(people: Any) -> None:
    """R-TALK-15, R-TALK-4, R-TALK-9: an outbound message written through the REST API is
    checked against the customer's message it answers; the report comes back with it."""
    conversation = _conversation(people, "chat")
    response = ApiClient(people.agent).post(f"/conversations/{conversation.pk}/messages",
                                            {"direction": "outbound", "text": BUSY})
    assert response.status_code == 201, response.json()
    report = response.json()["check_report"]
    assert report["checked"] and report["lang"] == "en"
    found = {f["requirement"] for f in report["findings"]}
    assert {"R-TALK-4", "R-TALK-9"} <= found
    stored = Message.objects.get(pk=response.json()["id"])
    assert stored.check_report == report
    note = ApiClient(people.agent).post(f"/conversations/{conversation.pk}/messages",
                                        {"direction": "note", "text": BUSY})
    assert note.json()["check_report"] is None


def test_a_workspace_reply_on_a_phone_conversation_is_stored_with_its_report(
        people: Any) -> None:
    """R-POL-4: replies on channels without a send gate are checked too (no block)."""
    conversation = _conversation(people, "phone")
    client = Client()
    client.force_login(people.agent)
    response = client.post(f"/conversations/{conversation.pk}/reply",
                           {"text": BUSY, "mode": "reply"})
    assert response.status_code == 303
    reply = Message.objects.get(conversation=conversation, direction="outbound")
    assert "en.forbidden.busy-call-later" in _rules(reply)


def test_the_services_store_a_report_for_system_actors_and_never_for_notes(
        people: Any) -> None:
    """R-TALK-15: imports and integrations that write outbound messages get reports too;
    notes and customer messages are not checked."""
    conversation = _conversation(people, "social")
    outbound = messages.add_message(conversation, actor="import", direction="outbound",
                                    text=BUSY)
    assert "en.forbidden.busy-call-later" in _rules(outbound)
    assert Message.objects.get(pk=outbound.pk).check_report == outbound.check_report
    note = replies.post_agent_message(conversation, actor=people.agent, text=BUSY,
                                      internal=True)
    assert note.check_report is None
    assert Message.objects.get(conversation=conversation, direction="inbound").check_report \
        is None
    attachment_only = messages.add_message(
        conversation, actor="import", direction="outbound", text="",
        attachments=[messages.NewAttachment("a.txt", b"hello")])
    assert attachment_only.check_report == {"checked": False, "reason": "no text",
                                            "findings": []}


def test_a_report_given_by_the_caller_is_kept_as_given(people: Any) -> None:
    conversation = _conversation(people, "chat")
    given = {"checked": True, "lang": "en", "score": 100, "findings": []}
    message = replies.post_agent_message(conversation, actor=people.agent, text=BUSY,
                                         check_report=given)
    assert Message.objects.get(pk=message.pk).check_report == given


def test_stored_reports_use_the_active_policys_own_rules_and_the_conversation_language(
        people: Any) -> None:
    """R-POL-1, R-TALK-4: the organisation's forbidden phrase; a Hungarian conversation is
    checked as Hungarian."""
    text = POLICY.read_text().replace(
        "  jargon: [SLA, ticket, backend, escalate]",
        "  jargon: [SLA, ticket, backend, escalate]\n"
        "  forbidden:\n    en:\n      - {phrase: computer says no, better: let me find a way}")
    upload_policy(actor="test", text=text, summary="own phrase")
    conversation = _conversation(people, "chat")
    reply = "I am sorry, but computer says no."
    message = messages.add_message(conversation, actor=people.agent, direction="outbound",
                                   text=reply)
    spans = [reply[f["start"]:f["end"]].lower() for f in message.check_report["findings"]]
    assert any("computer says no" in s for s in spans), message.check_report
    hungarian = _conversation(people, "chat", language="hu")
    magyar = messages.add_message(hungarian, actor=people.agent, direction="outbound",
                                  text="Ezt nem tudom kezelni.")
    assert magyar.check_report["lang"] == "hu"
    assert any(f["requirement"] == "R-TALK-4" for f in magyar.check_report["findings"])


def test_email_replies_and_letters_keep_their_gate_and_store_the_report(
        people: Any) -> None:
    """R-TALK-8, R-LETTER-1: error findings block email and letters unless a reason is
    given; the reason is stored with the report."""
    conversation = _conversation(people, "email",
                                 contact_address="Anna Smith\n1 High Street\nLondon")
    with pytest.raises(mail.ReplyBlocked):
        mail.send_reply(conversation, actor=people.agent, text=BUSY)
    assert not Message.objects.filter(direction="outbound").exists()
    sent = mail.send_reply(conversation, actor=people.agent, text=BUSY,
                           override_reason="The customer asked to be called later")
    stored = Message.objects.get(pk=sent.pk)
    assert stored.check_report["override_reason"] == "The customer asked to be called later"
    assert "en.forbidden.busy-call-later" in _rules(stored)
    with pytest.raises(mail.ReplyBlocked):
        letters.send_letter(conversation, actor=people.agent, text="Thank you for writing.")
    letter = letters.send_letter(
        conversation, actor=people.agent,
        text="Dear Ms Smith,\n\nThank you for your letter. Please sign the enclosed form and "
             "return it by 15 May.\n\nKind regards")
    stored = Message.objects.get(pk=letter.pk)
    assert stored.channel == "letter" and stored.check_report["checked"]


def test_a_failing_checker_never_stops_the_message(people: Any) -> None:
    """A broken pack is logged; the message is stored with a report that says so."""
    conversation = _conversation(people, "chat")
    with mock.patch("tactful.desk.checking.check_text", side_effect=RuntimeError("pack")):
        message = messages.add_message(conversation, actor=people.agent,
                                       direction="outbound", text="Hello")
    assert message.check_report["checked"] is False
    assert "RuntimeError" in message.check_report["error"]


def test_no_outbound_message_is_ever_stored_without_a_report(people: Any) -> None:
    """R-TALK-15: after every path above, not one outbound row lacks its report."""
    conversation = _conversation(people, "email")
    api = ApiClient(people.agent)
    api.post(f"/conversations/{conversation.pk}/messages",
             {"direction": "outbound", "text": "Your order left our warehouse today."})
    mail.send_reply(conversation, actor=people.agent,
                    text="Dear Anna, your order arrives on Friday. Kind regards")
    replies.post_agent_message(conversation, actor=people.agent, text="Thank you.")
    messages.add_message(conversation, actor="import", direction="outbound", text="Hi")
    outbound = Message.objects.filter(direction="outbound")
    assert outbound.count() == 4
    assert not outbound.filter(check_report__isnull=True).exists()
