"""The outbox against a real SMTP server (aiosmtpd): headers, retries with backoff, a
server that is down, a worker killed mid-send, two workers, header injection."""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from tactful.channels.email import inbound
from tactful.channels.email.composing import Outgoing, build
from tactful.channels.email.outbox import send_one_due
from tactful.desk.models import OutboundEmail
from tactful.desk.services import mail
from tactful.desk.services import outbox as outbox_services

from ..conftest import Sink, free_port, make_mail

ROOT = Path(__file__).resolve().parents[3]


def _conversation(**kw: Any) -> Any:
    return inbound.receive(make_mail(**kw), source="test", acknowledge=False).conversation


def _drain() -> int:
    n = 0
    while send_one_due():
        n += 1
    return n


def test_a_reply_is_sent_with_team_from_threading_headers_and_both_parts(
        mail_team: Any, people: Any, smtp_sink: Sink) -> None:
    """R-MAIL-1: From per team, Message-ID, In-Reply-To, References, text and HTML parts."""
    conv = _conversation(subject="Számla", message_id="<cust-1@example.hu>")
    mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will send the corrected "
                    "invoice by Friday.", html="<p>Dear Anna, we will send it by Friday.</p>",
                    override_reason="test")
    assert _drain() == 1
    sent = email.message_from_bytes(smtp_sink.messages[0]["data"], policy=email.policy.default)
    assert sent["From"].addresses[0].addr_spec == "support@desk.example"
    assert sent["From"].addresses[0].display_name == "Mail desk"
    assert sent["In-Reply-To"] == "<cust-1@example.hu>"
    assert "<cust-1@example.hu>" in sent["References"]
    assert f"[#{conv.token}]" in sent["Subject"] and sent["Subject"].startswith("Re: Számla")
    assert {p.get_content_type() for p in sent.walk()} >= {"text/plain", "text/html"}
    row = OutboundEmail.objects.get()
    assert row.state == "sent" and sent["Message-ID"] == f"<{row.rfc_message_id}>"
    assert row.smtp_response.startswith("250")


def test_smtp_down_then_up_retries_with_backoff_and_sends_once(
        mail_team: Any, people: Any, settings: Any) -> None:
    """R-MAIL-1: nothing is lost while the server is down; it goes out once it is back."""
    port = free_port()
    settings.TACTFUL_SMTP_URL = f"smtp://127.0.0.1:{port}?timeout=2"
    conv = _conversation(subject="Down")
    mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will call you on Monday.",
                    override_reason="test")
    assert send_one_due() is True
    row = OutboundEmail.objects.get()
    assert row.state == "queued" and row.attempts == 1 and "Connection" in row.last_error
    assert row.next_attempt_at > timezone.now() + timedelta(seconds=20)
    assert send_one_due() is False  # not due yet: backoff
    sink = Sink(port).start()
    try:
        OutboundEmail.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
        assert _drain() == 1
        assert len(sink.messages) == 1
    finally:
        sink.stop()
    row.refresh_from_db()
    assert row.state == "sent" and row.attempts == 2
    assert outbox_services.backoff(1) < outbox_services.backoff(3) <= timedelta(hours=1)


def test_a_permanent_refusal_fails_at_once(mail_team: Any, people: Any,
                                            smtp_sink: Sink) -> None:
    smtp_sink.refuse_with = "550 5.1.1 No such user"
    conv = _conversation(subject="Refused")
    mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will call you on Monday.",
                    override_reason="test")
    _drain()
    row = OutboundEmail.objects.get()
    assert row.state == "failed" and row.attempts == 1 and "550" in row.last_error


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_send_loses_nothing_and_sends_nothing_twice(
        mail_team: Any, people: Any, settings: Any) -> None:
    """R-MAIL-1: a worker process is SIGKILLed while the SMTP server holds its DATA; after
    its lease runs out another worker sends the mail, with the same Message-ID, once."""
    release = threading.Event()
    port = free_port()
    stalled = Sink(port)
    from aiosmtpd.controller import Controller

    class SlowHandler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            while not release.is_set():
                await asyncio.sleep(0.05)
            return "421 4.3.0 closing"

    stalled.controller = Controller(SlowHandler(), hostname="127.0.0.1", port=port)
    stalled.controller.start()
    conv = _conversation(subject="Kill")
    mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will call you on Monday.",
                    override_reason="test")
    row = OutboundEmail.objects.get()
    env = {**os.environ, "TEST_DB_NAME": str(connection.settings_dict["NAME"]),
           "TEST_SMTP_URL": f"smtp://127.0.0.1:{port}?timeout=30",
           "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(Path(__file__).parent / "outbox_worker.py")],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            row.refresh_from_db()
            if row.state == "sending":
                break
            time.sleep(0.1)
        assert row.state == "sending", proc.stderr.read1().decode() if proc.stderr else ""
        time.sleep(0.5)  # it is inside DATA now
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        release.set()
        stalled.stop()
    assert send_one_due() is False  # the dead worker's lease still holds
    sink = Sink(free_port()).start()
    settings.TACTFUL_SMTP_URL = sink.url
    try:
        OutboundEmail.objects.filter(pk=row.pk).update(
            claimed_until=timezone.now() - timedelta(seconds=1))
        assert _drain() == 1
        assert len(sink.messages) == 1
        assert f"<{row.rfc_message_id}>".encode() in sink.messages[0]["data"]
    finally:
        sink.stop()
    row.refresh_from_db()
    assert row.state == "sent"


def test_two_workers_never_claim_the_same_mail(mail_team: Any, people: Any) -> None:
    conv = _conversation(subject="Claims")
    mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will call you on Monday.",
                    override_reason="test")
    first = outbox_services.claim_next_email(worker="w1")
    second = outbox_services.claim_next_email(worker="w2")
    assert first is not None and second is None


def test_subjects_and_names_cannot_inject_headers() -> None:
    """No header injection through subjects or names."""
    raw = build(Outgoing(
        from_address="support@desk.example", from_name="Desk\r\nBcc: victim@evil.example",
        to_address="anna@example.hu", to_name="Anna\nX-Evil: 1",
        subject="Hello\r\nBcc: all@evil.example\r\n\r\nfake body", text="Body"))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Bcc"] is None and msg["X-Evil"] is None
    assert "\n" not in str(msg["Subject"]) and msg.get_content().strip() == "Body"
    with pytest.raises(ValueError):
        build(Outgoing(from_address="support@desk.example", to_address="a@b.c\r\nBcc: x@y.z",
                       subject="s", text="t"))


def test_header_injection_through_the_api_subject_is_neutralised(
        mail_team: Any, people: Any, smtp_sink: Sink) -> None:
    conv = _conversation(subject="Hi")
    from tactful.desk.services.conversations import update_conversation

    conv = update_conversation(conv, actor=people.manager,
                               changes={"subject": "Hi\r\nBcc: victim@evil.example"})
    mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will call you on Monday.",
                    override_reason="test")
    _drain()
    msg = email.message_from_bytes(smtp_sink.messages[0]["data"], policy=email.policy.default)
    assert msg["Bcc"] is None and smtp_sink.messages[0]["to"] == ["anna@example.hu"]
