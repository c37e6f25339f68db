"""The first pages: log in, the conversation list, a conversation (server side)."""

from __future__ import annotations

from typing import Any

from tactful.desk.services.conversations import open_conversation
from tactful.desk.services.customers import create_customer
from tactful.desk.services.messages import add_message

PAYLOADS = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>',
            '"><svg onload=alert(2)>']


def test_anonymous_visitors_are_sent_to_the_login_page(client: Any, db: Any) -> None:
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
    assert client.get("/login/").status_code == 200


def test_the_login_form_has_csrf_protection(db: Any, people: Any) -> None:
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/login/", {"username": "agnes", "password": "pw-agnes-123"})
    assert response.status_code == 403
    page = strict.get("/login/")
    token = page.cookies["csrftoken"].value
    ok = strict.post("/login/", {"username": "agnes", "password": "pw-agnes-123",
                                 "csrfmiddlewaretoken": token})
    assert ok.status_code == 302


def test_customer_text_is_escaped_everywhere(client: Any, people: Any) -> None:
    """Customer-supplied names, subjects and messages never run as script."""
    customer = create_customer(actor=people.agent, name=PAYLOADS[0], code="XSS-1")
    conv = open_conversation(actor=people.agent, team=people.team, channel="email",
                             subject=PAYLOADS[1], customer=customer, contact_name=PAYLOADS[2])
    add_message(conv, actor="email", direction="inbound", text=PAYLOADS[2],
                sender=PAYLOADS[0])
    client.force_login(people.agent)
    for url in ("/", f"/conversations/{conv.pk}/"):
        html = client.get(url).content.decode()
        for payload in PAYLOADS:
            assert payload not in html
        assert "&lt;script&gt;" in html or "&lt;img" in html


def test_the_list_shows_only_open_conversations_by_default(client: Any, people: Any) -> None:
    open_conversation(actor=people.agent, team=people.team, channel="chat", subject="still open")
    done = open_conversation(actor=people.agent, team=people.team, channel="chat",
                             subject="all done")
    from tactful.desk.services.conversations import change_status

    change_status(done, actor=people.agent, status="closed", reason="test")
    client.force_login(people.agent)
    html = client.get("/").content.decode()
    assert "still open" in html and "all done" not in html
    assert "all done" in client.get("/?status=closed").content.decode()
