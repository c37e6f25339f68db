"""The workspace's pages and partials on the server: who may see what, what they show,
and that nothing a customer typed runs as script."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client

from tactful.desk.models import ConversationClock, Escalation, Message
from tactful.desk.services.conversations import open_conversation
from tactful.desk.services.customers import create_customer
from tactful.desk.services.escalations import escalate_to_supervisor
from tactful.desk.services.messages import add_message
from tactful.desk.services.replies import post_agent_message

from .helpers import put_clock

PAYLOADS = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>',
            '"><svg onload=alert(2)>', "javascript:alert(3)//<b onmouseover=alert(4)>"]


@pytest.fixture
def hostile(people: Any) -> Any:
    customer = create_customer(actor=people.agent, name=PAYLOADS[0], code="XSS-1",
                               contacts=[("postal", PAYLOADS[1]), ("email", "x@example.com")])
    conv = open_conversation(actor=people.agent, team=people.team, channel="email",
                             subject=PAYLOADS[1], customer=customer, contact_name=PAYLOADS[2],
                             contact_address=PAYLOADS[3])
    add_message(conv, actor="email", direction="inbound", text=PAYLOADS[2] + PAYLOADS[3],
                sender=PAYLOADS[0], html=PAYLOADS[1])
    post_agent_message(conv, actor=people.agent, text="Reply " + PAYLOADS[0],
                       check_report={"lang": "en", "score": 75, "findings": [
                           {"rule_id": PAYLOADS[1], "requirement": "R-TALK-4", "level": "error",
                            "start": 0, "end": 3, "message": PAYLOADS[2],
                            "suggestion": PAYLOADS[0], "replacement": None}]})
    escalate_to_supervisor(conv, actor=people.agent, summary="Tried everything " + PAYLOADS[0])
    put_clock(conv, due_in=timedelta(hours=1))
    return conv


def _pages(conv: Any) -> list[str]:
    return ["/", "/?view=unassigned&breach=warning", "/inbox/rows?view=all",
            f"/conversations/{conv.pk}/", f"/conversations/{conv.pk}/timeline",
            "/customers/?q=XSS-1", "/customers/?q=onerror&by=address",
            "/knowledge/?q=refund", "/knowledge/search?q=refund&language=en",
            "/dashboard/", "/dashboard/findings?days=7", f"/dashboard/findings?rule={PAYLOADS[1]}",
            "/notifications/"]


def test_customer_text_never_runs_as_script_on_any_page(client: Client, people: Any,
                                                        hostile: Any) -> None:
    """Names, subjects, messages, addresses, summaries and findings are escaped everywhere."""
    client.force_login(people.supervisor)
    for url in _pages(hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for payload in PAYLOADS:
            assert payload not in html, (url, payload)
        for tag in ("<script>alert", "<img src=x", "<svg onload", "<b onmouseover"):
            assert tag not in html, (url, tag)


def test_the_conversation_page_shows_customer_payloads_as_text(client: Client, people: Any,
                                                              hostile: Any) -> None:
    client.force_login(people.agent)
    html = client.get(f"/conversations/{hostile.pk}/").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_anonymous_visitors_are_sent_to_log_in_from_every_page(client: Client, people: Any,
                                                               hostile: Any) -> None:
    for url in _pages(hostile):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url


def test_people_without_a_desk_role_are_refused_everywhere(client: Client, people: Any,
                                                           hostile: Any) -> None:
    """R-SEC-2: a logged-in user without a desk role sees nothing."""
    client.force_login(people.outsider)
    for url in _pages(hostile):
        assert client.get(url).status_code == 403, url
    for action in ("reply", "assign", "status", "escalate", "transfer", "complaint",
                   "follow-up", "check"):
        assert client.post(f"/conversations/{hostile.pk}/{action}").status_code == 403


def test_agents_of_another_team_cannot_open_or_act_on_the_conversation(
        client: Client, people: Any, hostile: Any) -> None:
    client.force_login(people.other_agent)
    for url in (f"/conversations/{hostile.pk}/", f"/conversations/{hostile.pk}/timeline"):
        assert client.get(url).status_code == 404
    for action in ("reply", "assign", "status", "escalate", "transfer", "complaint",
                   "follow-up"):
        response = client.post(f"/conversations/{hostile.pk}/{action}",
                               {"text": "x", "summary": "a long enough summary here"})
        assert response.status_code == 404, action
    response = client.post(f"/conversations/{hostile.pk}/check", "{}",
                           content_type="application/json")
    assert response.status_code == 404
    html = client.get("/?view=all").content.decode()
    assert f"/conversations/{hostile.pk}/" not in html


def test_the_dashboard_is_for_supervisors_and_managers_only(client: Client, people: Any,
                                                            hostile: Any) -> None:
    """R-POL-4."""
    client.force_login(people.agent)
    assert client.get("/dashboard/").status_code == 403
    assert client.get("/dashboard/findings").status_code == 403
    escalation = Escalation.objects.get(conversation=hostile)
    assert client.post(f"/escalations/{escalation.pk}/answer",
                       {"answer": "no"}).status_code == 403
    for user in (people.supervisor, people.manager, people.admin):
        client.force_login(user)
        assert client.get("/dashboard/").status_code == 200


def test_every_form_is_protected_against_cross_site_requests(people: Any,
                                                             hostile: Any) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(people.agent)
    for action in ("reply", "assign", "status", "escalate", "transfer", "complaint",
                   "follow-up", "check"):
        assert strict.post(f"/conversations/{hostile.pk}/{action}",
                           {"text": "hello"}).status_code == 403, action
    assert strict.post("/language/", {"language": "hu"}).status_code == 403
    html = strict.get(f"/conversations/{hostile.pk}/").content.decode()
    assert html.count("csrfmiddlewaretoken") >= 8


def test_the_inbox_views_split_mine_unassigned_and_the_team(client: Client,
                                                           people: Any) -> None:
    mine = open_conversation(actor=people.agent, team=people.team, channel="chat",
                             subject="mine-one", assignee=people.agent)
    free = open_conversation(actor=people.agent, team=people.team, channel="chat",
                             subject="free-one")
    other = open_conversation(actor=people.other_agent, team=people.other_team,
                              channel="chat", subject="other-team-one")
    client.force_login(people.agent)
    assert "mine-one" in client.get("/?view=mine").content.decode()
    assert "free-one" not in client.get("/?view=mine").content.decode()
    unassigned = client.get("/?view=unassigned").content.decode()
    assert "free-one" in unassigned and "mine-one" not in unassigned
    team = client.get("/?view=team").content.decode()
    assert "free-one" in team and "mine-one" in team and "other-team-one" not in team
    client.force_login(people.manager)
    everything = client.get("/?view=all").content.decode()
    assert all(s in everything for s in ("mine-one", "free-one", "other-team-one"))
    assert {mine.pk, free.pk, other.pk}


def test_an_automatic_acknowledgement_timer_is_never_a_breach(client: Client,
                                                             people: Any) -> None:
    """R-MAIL-2, R-SLA-2: the timer that sends the automatic acknowledgement runs out by
    design; the inbox and the dashboard count only commitments as warnings or breaches."""
    waiting = open_conversation(actor=people.agent, team=people.team, channel="email",
                                subject="ack-timer-one")
    ConversationClock.objects.filter(conversation=waiting).delete()
    put_clock(waiting, due_in=timedelta(minutes=-5), warn_before=timedelta(0),
              name="auto_acknowledgement")
    client.force_login(people.agent)
    assert "ack-timer-one" not in client.get("/?breach=breached").content.decode()
    assert "ack-timer-one" not in client.get("/?breach=warning").content.decode()
    assert "ack-timer-one" in client.get("/?breach=ok").content.decode()
    from tactful.web.views.dashboard import _deadlines

    def breached_on_dashboard() -> int:
        return sum(row["breached"] + row["warning"] for row in _deadlines(people.supervisor))

    assert breached_on_dashboard() == 0
    put_clock(waiting, due_in=timedelta(minutes=-5), breached=True)
    assert breached_on_dashboard() == 1  # a real breach counts


def test_the_inbox_filters_by_breach_state_and_sorts_by_deadline(client: Client,
                                                                 people: Any) -> None:
    late = open_conversation(actor=people.agent, team=people.team, channel="email",
                             subject="late-one")
    soon = open_conversation(actor=people.agent, team=people.team, channel="email",
                             subject="soon-one")
    calm = open_conversation(actor=people.agent, team=people.team, channel="email",
                             subject="calm-one", language="hu", priority="high")
    put_clock(late, due_in=timedelta(minutes=-5), breached=True)
    put_clock(soon, due_in=timedelta(minutes=10))
    put_clock(calm, due_in=timedelta(days=2))
    client.force_login(people.agent)
    html = client.get("/").content.decode()
    assert html.index("late-one") < html.index("soon-one") < html.index("calm-one")
    breached = client.get("/?breach=breached").content.decode()
    assert "late-one" in breached and "soon-one" not in breached
    warning = client.get("/?breach=warning").content.decode()
    assert "soon-one" in warning and "late-one" not in warning and "calm-one" not in warning
    ok = client.get("/?breach=ok").content.decode()
    assert "calm-one" in ok and "soon-one" not in ok
    assert "calm-one" in client.get("/?language=hu&priority=high").content.decode()
    assert "calm-one" not in client.get("/?channel=chat").content.decode()
    assert 'data-breached="1"' in breached


def test_the_inbox_pages_with_a_cursor_not_an_offset(client: Client, people: Any) -> None:
    from tactful.web.views import inbox_query

    for n in range(inbox_query.PAGE_SIZE + 5):
        open_conversation(actor=people.agent, team=people.team, channel="chat",
                          subject=f"conv-{n:03d}")
    client.force_login(people.agent)
    first = client.get("/").content.decode()
    assert "after=" in first
    link = first.split('class="more"')[1].split('href="')[1].split('"')[0]
    second = client.get("/" + link.replace("&amp;", "&")).content.decode()
    assert "conv-000" in first and "conv-054" in second and "conv-000" not in second


def test_the_live_check_returns_findings_as_json(client: Client, people: Any,
                                                 conversation: Any) -> None:
    """R-TALK-15: each finding has a rule, a requirement, a level, a span and a message."""
    client.force_login(people.agent)
    response = client.post(f"/conversations/{conversation.pk}/check",
                           json.dumps({"text": "Ezt nem tudom kezelni."}),
                           content_type="application/json")
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"available", "findings"}
    for finding in data["findings"]:
        assert {"rule_id", "requirement", "level", "start", "end", "message",
                "suggestion", "replacement"} <= set(finding)
    bad = client.post(f"/conversations/{conversation.pk}/check", "not json",
                      content_type="application/json")
    assert bad.status_code == 400


def test_a_reply_is_stored_with_its_check_report_and_a_note_without(
        client: Client, people: Any, conversation: Any) -> None:
    client.force_login(people.agent)
    response = client.post(f"/conversations/{conversation.pk}/reply",
                           {"text": "Jó napot kívánok! Máris megnézem.", "mode": "reply"})
    assert response.status_code == 303
    client.post(f"/conversations/{conversation.pk}/reply",
                {"text": "belső megjegyzés", "mode": "note"})
    reply = Message.objects.get(conversation=conversation, direction="outbound")
    note = Message.objects.get(conversation=conversation, direction="note")
    assert reply.check_report is not None and reply.check_report["checked"]
    assert "findings" in reply.check_report
    assert note.check_report is None
    html = client.get(f"/conversations/{conversation.pk}/").content.decode()
    assert "Máris megnézem." in html and "belső megjegyzés" in html


def test_the_customer_is_found_by_code_email_phone_address_and_reference(
        client: Client, people: Any) -> None:
    """R-ID-1, R-ID-2."""
    from tactful.desk.services.conversations import add_reference

    customer = create_customer(
        actor=people.agent, name="Kovács Éva", code="HU-2001",
        contacts=[("email", "Eva.Kovacs@Example.hu"), ("phone", "+36 30 123 4567"),
                  ("postal", "1051 Budapest, Petőfi utca 3.")])
    conv = open_conversation(actor=people.agent, team=people.team, channel="email",
                             subject="Számla", customer=customer)
    add_reference(conv, actor=people.agent, kind="invoice", value="E-2026/555123")
    client.force_login(people.agent)
    for query in ("HU-2001", "hu-2001", "eva.kovacs@example.hu", "+36 30 123 4567",
                  "petofi utca", "Kovács", "e2026 555123"):
        html = client.get("/customers/", {"q": query}).content.decode()
        assert "HU-2001" in html, query
        assert f"/conversations/{conv.pk}/" in html, query
    assert "HU-2001" not in client.get("/customers/", {"q": "nobody-like-this"}).content.decode()


def test_knowledge_search_finds_articles_and_call_scripts_per_language(
        client: Client, people: Any) -> None:
    """R-KB-1: the seeded articles are searchable, accents folded, per language."""
    client.force_login(people.agent)
    hu = client.get("/knowledge/search", {"q": "szamla", "language": "hu"}).content.decode()
    assert "Számlareklamáció kezelése" in hu
    zh = client.get("/knowledge/search", {"q": "退款", "language": "zh-Hans"}).content.decode()
    assert "订单退款流程" in zh
    scripts = client.get("/knowledge/", {"kind": "call_script"}).content.decode()
    assert "Kimenő hívás" in scripts and "Refund for a cancelled order" not in scripts


def test_choosing_a_language_is_stored_on_the_profile_and_followed_everywhere(
        client: Client, people: Any) -> None:
    client.force_login(people.agent)
    client.post("/language/", {"language": "zh-hans", "next": "/"})
    people.agent.staff_profile.refresh_from_db()
    assert people.agent.staff_profile.language == "zh-Hans"
    other_device = Client()
    other_device.force_login(people.agent)
    response = other_device.get("/")
    assert response["Content-Language"] == "zh-hans"
    assert '<html lang="zh-hans">' in response.content.decode()


def test_an_email_reply_with_an_error_is_held_with_the_draft_until_a_reason_is_given(
        client: Client, people: Any, conversation: Any) -> None:
    """R-TALK-4, R-TALK-15: the reply keeps the protocol, or says why it does not."""
    from tactful.web import integrations

    report = integrations.check_text("Ezt nem tudom kezelni.", language="hu", channel="email")
    if not report or not any(f["level"] == "error" for f in report["findings"]):
        pytest.skip("the checker reports no error for this phrase")
    client.force_login(people.agent)
    url = f"/conversations/{conversation.pk}/reply"
    held = client.post(url, {"text": "Ezt nem tudom kezelni.", "mode": "reply"})
    assert held.status_code == 422
    html = held.content.decode()
    assert "Ezt nem tudom kezelni.</textarea>" in html and 'name="override_reason"' in html
    assert not Message.objects.filter(conversation=conversation, direction="outbound").exists()
    sent = client.post(url, {"text": "Ezt nem tudom kezelni.", "mode": "reply",
                             "override_reason": "The customer asked for these exact words."})
    assert sent.status_code == 303
    message = Message.objects.get(conversation=conversation, direction="outbound")
    assert message.check_report["override_reason"].startswith("The customer")


def test_the_supervisor_is_told_of_an_escalation_and_can_mark_it_read(
        client: Client, people: Any, conversation: Any) -> None:
    """R-ESC-1: the supervisor is notified in the desk."""
    escalate_to_supervisor(conversation, actor=people.agent,
                           summary="Billed twice; the correction does not start.")
    client.force_login(people.supervisor)
    page = client.get("/notifications/").content.decode()
    assert "Billed twice" in page and f"/conversations/{conversation.pk}/" in page
    assert 'class="count">1<' in client.get("/").content.decode()
    assert client.post("/notifications/read").status_code == 303
    assert 'class="count">' not in client.get("/").content.decode()


def test_supervisors_write_canned_replies_that_agents_insert(client: Client, people: Any,
                                                            conversation: Any) -> None:
    """R-POL-6, R-KB-1: prepared answers and articles, written by supervisors."""
    client.force_login(people.agent)
    assert client.post("/knowledge/canned-replies", {"title": "x", "language": "hu",
                                                     "text": "y"}).status_code == 403
    client.force_login(people.supervisor)
    client.post("/knowledge/canned-replies", {"title": "Türelem", "language": "hu",
                                              "team": people.team.pk,
                                              "text": "Köszönjük a türelmét!"})
    client.post("/knowledge/articles", {"title": "Áramszünet bejelentése", "language": "hu",
                                        "kind": "article", "tags": "áram, szünet",
                                        "body": "Kérje el a felhasználási hely címét."})
    client.force_login(people.agent)
    page = client.get(f"/conversations/{conversation.pk}/").content.decode()
    assert 'data-insert="Köszönjük a türelmét!"' in page
    found = client.get("/knowledge/search", {"q": "aramszunet", "language": "hu"})
    assert "Áramszünet bejelentése" in found.content.decode()
