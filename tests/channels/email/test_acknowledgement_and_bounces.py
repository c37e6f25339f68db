"""Automatic acknowledgement (R-MAIL-2, R-ACK-1): once, in the customer's language, never to
automatic mail, throttled; and delivery reports that fail the message they answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tactful.channels.email import inbound
from tactful.desk.models import OutboundEmail
from tactful.desk.services import mail

from ..conftest import make_mail
from .corpus import sample_message

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_acknowledgement_goes_once_per_conversation_in_the_customers_language(
        mail_team: Any) -> None:
    """R-MAIL-2: a Hungarian mail gets the Hungarian text; a second mail in the same
    conversation gets no second acknowledgement."""
    first = inbound.receive(sample_message(0), source="test")
    acks = OutboundEmail.objects.filter(kind="acknowledgement")
    assert acks.count() == 1
    body = bytes(acks.get().mime).decode("ascii")
    assert "Auto-Submitted: auto-replied" in body
    import email
    import email.policy

    msg = email.message_from_bytes(bytes(acks.get().mime), policy=email.policy.default)
    assert "Tisztelt Ügyfelünk" in msg.get_content()
    assert first.conversation.language == "hu"
    inbound.receive(make_mail(sender="customer0@example.org",
                              subject=f"Re: x [#{first.conversation.token}]"), source="test")
    assert mail.send_automatic_acknowledgement(first.conversation) is None
    assert acks.count() == 1


@pytest.mark.parametrize("index,phrase", [(2, "Stimate client"), (3, "Lugupeetud klient"),
                                          (4, "尊敬的客户"), (7, "尊敬的客戶")])
def test_each_language_has_its_acknowledgement(mail_team: Any, index: int, phrase: str) -> None:
    """R-MAIL-2: Romanian, Estonian, Simplified and Traditional Chinese texts."""
    import email
    import email.policy

    inbound.receive(sample_message(index), source="test")
    msg = email.message_from_bytes(bytes(OutboundEmail.objects.get().mime),
                                   policy=email.policy.default)
    assert phrase in msg.get_content()


@pytest.mark.parametrize("extra,sender", [
    ("Auto-Submitted: auto-replied", "anna@example.hu"),
    ("Precedence: bulk", "anna@example.hu"),
    ("List-Id: <news.example.hu>", "anna@example.hu"),
    ("X-Autoreply: yes", "anna@example.hu"),
    ("", "MAILER-DAEMON@example.hu"),
    ("", "noreply@example.hu"),
    ("Return-Path: <>", "anna@example.hu"),
])
def test_automatic_mail_never_gets_an_acknowledgement(mail_team: Any, extra: str,
                                                      sender: str) -> None:
    """R-MAIL-2 (RFC 3834): no answers to automatic mail, so no mail loops."""
    result = inbound.receive(make_mail(sender=sender, extra=extra), source="test")
    assert result.conversation is not None  # still taken in (R-MAIL-1)
    assert not OutboundEmail.objects.filter(kind="acknowledgement").exists()


def test_acknowledgements_are_throttled_per_sender(mail_team: Any) -> None:
    """R-MAIL-2: two desks answering each other stop after a few rounds."""
    for i in range(6):
        inbound.receive(make_mail(subject=f"Loop {i}", body=f"Round {i}"), source="test")
    assert OutboundEmail.objects.filter(kind="acknowledgement").count() == 3


def test_the_clock_timer_sends_the_acknowledgement_later(mail_team: Any,
                                                         policy_24x7: Any) -> None:
    """R-ACK-1: with acknowledge_after 10m the intake sends nothing at once; the sweeper's
    auto_acknowledgement timer queues it when it fires."""
    from datetime import timedelta

    from django.utils import timezone

    from tactful.desk.services.deadlines import process_one_due

    inbound.receive(make_mail(subject="Later"), source="test")
    assert not OutboundEmail.objects.exists()
    later = timezone.now() + timedelta(minutes=11)
    while process_one_due(now=later):
        pass
    assert OutboundEmail.objects.filter(kind="acknowledgement").count() == 1


def test_a_delivery_report_fails_the_message_it_answers(mail_team: Any, people: Any) -> None:
    """R-MAIL-1: a DSN (multipart/report) marks our outbound email failed and tells agents."""
    conv = inbound.receive(make_mail(subject="Bounce me"), source="test",
                           acknowledge=False).conversation
    mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will call you on Monday.",
                    override_reason="test")
    row = OutboundEmail.objects.get()
    dsn = f"""From: MAILER-DAEMON@mx.example.hu
To: support@desk.example
Subject: Undelivered Mail Returned to Sender
Message-ID: <dsn-1@mx.example.hu>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

The mail could not be delivered.
--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.hu

Final-Recipient: rfc822; anna@example.hu
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown
--b
Content-Type: text/rfc822-headers

From: support@desk.example
Message-ID: <{row.rfc_message_id}>
--b--
""".replace("\n", "\r\n").encode()
    result = inbound.receive(dsn, source="test")
    assert result.outcome == "bounce"
    row.refresh_from_db()
    assert row.state == "failed" and "5.1.1" in row.bounce_reason
    assert conv.messages.filter(direction="note", text__contains="Delivery to").exists()
    assert not OutboundEmail.objects.filter(kind="acknowledgement").exists()


@pytest.mark.parametrize("name", ["gmail-invalid-address.eml", "mailbox-full.eml",
                                  "delayed.eml"])
def test_real_bounces_are_recognised_and_never_answered(mail_team: Any, name: str) -> None:
    result = inbound.receive((FIXTURES / "flanker/bounce" / name).read_bytes(), source="test")
    assert result.outcome in ("bounce", "imported", "flagged")
    assert not OutboundEmail.objects.filter(kind="acknowledgement").exists()
