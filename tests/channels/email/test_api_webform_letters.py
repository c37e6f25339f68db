"""The mail API (HTTP intake, replies through the checker gate, letters), the web form."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tactful.channels.email import inbound
from tactful.desk.models import AuditEvent, FormSubmission, OutboundEmail

from ...api.conftest import ApiClient
from ..conftest import make_mail


@pytest.fixture
def api(people: Any) -> ApiClient:
    return ApiClient(people.agent)


@pytest.fixture
def conv(mail_team: Any, people: Any) -> Any:
    from tactful.desk.services import teams

    teams.add_team_member(mail_team, actor="test", user=people.agent)
    return inbound.receive(make_mail(subject="Invoice question"), source="test",
                           acknowledge=False).conversation


def test_http_intake_needs_the_token_and_answers_202_then_200(mail_team: Any,
                                                              settings: Any) -> None:
    """R-MAIL-1: a relay pushes raw mail; a duplicate is 200, a wrong token 401."""
    settings.TACTFUL_INBOUND_MAIL_TOKEN = "relay-token-123"
    client = Client()
    raw = make_mail(subject="Pushed")
    bad = client.post("/api/v1/mail/inbound", data=raw, content_type="message/rfc822",
                      headers={"Authorization": "Bearer wrong"})
    assert bad.status_code == 401 and bad.json()["error"]["code"] == "unauthorized"
    ok = client.post("/api/v1/mail/inbound", data=raw, content_type="message/rfc822",
                     headers={"Authorization": "Bearer relay-token-123"})
    assert ok.status_code == 202 and ok.json()["outcome"] == "imported"
    dup = client.post("/api/v1/mail/inbound", data=raw, content_type="message/rfc822",
                      headers={"Authorization": "Bearer relay-token-123"})
    assert dup.status_code == 200 and dup.json()["outcome"] == "duplicate"


def test_http_intake_answers_503_when_it_cannot_store(mail_team: Any, settings: Any) -> None:
    from unittest import mock

    settings.TACTFUL_INBOUND_MAIL_TOKEN = "relay-token-123"
    with mock.patch("tactful.channels.email.inbound.receive", side_effect=RuntimeError):
        resp = Client().post("/api/v1/mail/inbound", data=make_mail(),
                             content_type="message/rfc822",
                             headers={"Authorization": "Bearer relay-token-123"})
    assert resp.status_code == 503 and resp.json()["error"]["code"] == \
        "temporarily_unavailable"


def test_a_reply_with_checker_errors_is_blocked_unless_overridden(conv: Any, api: Any) -> None:
    """R-TALK-8: error findings block the send; an override with a reason is recorded."""
    bad = "Dear Anna, it's so simple, can't you do it yourself? We will call you on Monday."
    blocked = api.post(f"/conversations/{conv.pk}/replies", {"text": bad})
    assert blocked.status_code == 422
    body = blocked.json()["error"]
    assert body["code"] == "blocked_by_checker" and body["findings"]
    assert not OutboundEmail.objects.exists()
    sent = api.post(f"/conversations/{conv.pk}/replies",
                    {"text": bad, "override_reason": "Customer asked for plain words"})
    assert sent.status_code == 201
    data = sent.json()
    assert data["email"]["state"] == "queued"
    assert data["check_report"]["override_reason"] == "Customer asked for plain words"
    assert AuditEvent.objects.filter(action="check.overridden").exists()


def test_a_clean_reply_is_queued_without_override(conv: Any, api: Any) -> None:
    resp = api.post(f"/conversations/{conv.pk}/replies",
                    {"text": "Dear Anna, thank you for your message. We will send the "
                             "corrected invoice by Friday."})
    assert resp.status_code == 201, resp.json()
    assert OutboundEmail.objects.get().kind == "reply"


def test_a_card_number_in_a_reply_is_blocked(conv: Any, api: Any) -> None:
    """R-SEC-1, R-TALK-8: the checker's secret rule is an error."""
    resp = api.post(f"/conversations/{conv.pk}/replies",
                    {"text": "Dear Anna, your card 4111 1111 1111 1111 is fine."})
    assert resp.status_code == 422


def test_a_letter_needs_a_next_step_and_becomes_a_pdf(conv: Any, api: Any) -> None:
    """R-LETTER-1: a letter that does not say what happens next is blocked; a good one is
    rendered to PDF and kept as an outbound message on channel letter."""
    address = "Kiss Anna\nFő utca 1.\n1011 Budapest"
    vague = api.post(f"/conversations/{conv.pk}/letters",
                     {"text": "Dear Ms Kiss,\n\nThank you for your letter about the invoice.",
                      "address": address})
    assert vague.status_code == 422
    good = api.post(f"/conversations/{conv.pk}/letters", {
        "text": "Dear Ms Kiss,\n\nThank you for your letter about the invoice. Please sign "
                "the enclosed form and return it by 15 May.\n\nKind regards",
        "address": address, "subject": "Your invoice"})
    assert good.status_code == 201, good.json()
    message = good.json()["message"]
    assert message["channel"] == "letter" and message["direction"] == "outbound"
    pdf = message["attachments"][0]
    assert pdf["content_type"] == "application/pdf" and pdf["size"] > 1000


def test_the_contact_form_opens_a_conversation_and_acknowledges_by_email(
        mail_team: Any) -> None:
    """R-MAIL-3: the public form is a channel like email; the customer gets the
    acknowledgement by email."""
    client = Client(enforce_csrf_checks=True)
    page = client.get("/contact/")
    assert page.status_code == 200 and b'name="website"' in page.content
    token = page.cookies["csrftoken"].value
    resp = client.post("/contact/", {
        "csrfmiddlewaretoken": token, "name": "Jane", "email": "jane@example.org",
        "subject": "Order ORD-2026-42", "message": "Where is my order ORD-2026-42?",
        "website": ""})
    assert resp.status_code == 200 and b"Thank you" in resp.content
    ack = OutboundEmail.objects.get(kind="acknowledgement")
    assert ack.to_address == "jane@example.org"
    assert ack.conversation.channel == "web_form"
    assert ack.conversation.references.filter(kind="order").exists()


def test_the_form_refuses_missing_csrf_honeypot_and_floods(mail_team: Any) -> None:
    """R-MAIL-3: protected against spam and floods."""
    client = Client(enforce_csrf_checks=True)
    assert client.post("/contact/", {"email": "a@b.org", "message": "x"}).status_code == 403
    client.get("/contact/")
    token = client.cookies["csrftoken"].value
    spam = client.post("/contact/", {"csrfmiddlewaretoken": token, "email": "bot@spam.org",
                                     "message": "Buy now", "website": "http://spam"})
    assert spam.status_code == 200 and not OutboundEmail.objects.exists()
    from tactful.desk.services.webform import PER_EMAIL

    codes = [client.post("/contact/", {"csrfmiddlewaretoken": token,
                                       "email": "flood@example.org",
                                       "message": f"Message {i}"}).status_code
             for i in range(PER_EMAIL + 1)]
    assert codes[-1] == 429 and codes[0] == 200
    assert FormSubmission.objects.filter(accepted=False).count() == 1


def test_the_embeddable_form_can_be_framed_and_uses_a_signed_token(mail_team: Any) -> None:
    import time
    from unittest import mock

    client = Client()
    page = client.get("/contact/embed/")
    assert page.status_code == 200 and "X-Frame-Options" not in page.headers
    assert client.get("/contact/embed.js").status_code == 200
    from tactful.channels.webform.views import issue_token

    too_fast = client.post("/contact/embed/", {"started": issue_token(),
                                               "email": "j@example.org", "message": "Hi"})
    assert too_fast.status_code == 400
    with mock.patch("tactful.channels.webform.views.time.time",
                    return_value=time.time() + 10):
        ok = client.post("/contact/embed/", {"started": issue_token(),
                                             "email": "j@example.org", "message": "Hi"})
    assert ok.status_code == 400  # issued "now" in the same mocked clock: still too fast
    token = issue_token()
    with mock.patch("tactful.channels.webform.views.time.time",
                    return_value=time.time() + 10):
        ok = client.post("/contact/embed/", {"started": token, "email": "j@example.org",
                                             "message": "Hi"})
    assert ok.status_code == 200
