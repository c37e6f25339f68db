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
from collections.abc import Iterator
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


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The outbox's monotonic clock, moved by hand (``clock[0] += 60``)."""
    from tactful.channels.email import outbox

    outbox.reset_server_states()
    now = [time.monotonic()]
    monkeypatch.setattr(outbox.time, "monotonic", lambda: now[0])
    yield now
    outbox.reset_server_states()


def _queue(conv: Any, people: Any, n: int = 1) -> None:
    for _ in range(n):
        mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will call you on "
                        "Monday.", override_reason="test")


def _make_due() -> None:
    OutboundEmail.objects.filter(state="queued").update(next_attempt_at=timezone.now())


def test_smtp_down_then_up_waits_without_counting_attempts_and_sends_once(
        mail_team: Any, people: Any, settings: Any, clock: list[float],
        caplog: pytest.LogCaptureFixture) -> None:
    """R-MAIL-1: nothing is lost while the server is down: one probe per back-off, the
    message's attempts not spent, one warning when it goes and one when it is back."""
    port = free_port()
    settings.TACTFUL_SMTP_URL = f"smtp://127.0.0.1:{port}?timeout=2"
    conv = _conversation(subject="Down")
    _queue(conv, people, 3)
    caplog.set_level("DEBUG", logger="tactful.channels.email")
    assert send_one_due() is True  # the probe: refused
    probed = OutboundEmail.objects.exclude(last_error="").get()
    assert probed.state == "queued" and probed.attempts == 0
    assert "Connection" in probed.last_error
    assert probed.next_attempt_at > timezone.now() + timedelta(seconds=20)
    _make_due()
    assert send_one_due() is False  # the server is backed off: nothing else is claimed
    assert OutboundEmail.objects.exclude(last_error="").count() == 1
    for _ in range(30):  # a long outage: far more tries than a message's attempt budget
        clock[0] += 601
        _make_due()
        assert send_one_due() is True
    assert set(OutboundEmail.objects.values_list("state", "attempts")) == {("queued", 0)}
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "unavailable" in warnings[0].getMessage()
    sink = Sink(port).start()
    try:
        clock[0] += 601
        _make_due()
        assert _drain() == 3
        assert len(sink.messages) == 3
    finally:
        sink.stop()
    assert set(OutboundEmail.objects.values_list("state", "attempts")) == {("sent", 1)}
    back = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(back) == 2 and "taking mail again (after 31 failed tries)" in back[1]
    assert outbox_services.backoff(1) < outbox_services.backoff(3) <= timedelta(hours=1)


def test_the_server_back_off_doubles_up_to_ten_minutes(
        mail_team: Any, people: Any, settings: Any, clock: list[float]) -> None:
    """R-MAIL-1: an unreachable server is tried after 30 s, 60 s, 120 s ... at most 600 s."""
    settings.TACTFUL_SMTP_URL = f"smtp://127.0.0.1:{free_port()}?timeout=2"
    _queue(_conversation(subject="Back-off"), people)
    assert send_one_due() is True  # first refusal
    for wait in (30, 60, 120, 240, 480, 600, 600):
        started = clock[0]
        clock[0] = started + wait - 1
        _make_due()
        assert send_one_due() is False, f"tried before {wait} s"
        clock[0] = started + wait
        _make_due()
        assert send_one_due() is True, f"not tried after {wait} s"
    assert OutboundEmail.objects.get().attempts == 0


def test_a_server_that_greets_with_421_is_backed_off_as_a_whole(
        mail_team: Any, people: Any, settings: Any, clock: list[float]) -> None:
    """R-MAIL-1: "421 too busy" at the greeting is the server's state, not the message's:
    the attempt is not counted and the next mail is not tried at once."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _addr = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.sendall(b"421 4.3.2 too busy, try later\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        settings.TACTFUL_SMTP_URL = f"smtp://127.0.0.1:{listener.getsockname()[1]}?timeout=2"
        _queue(_conversation(subject="Busy"), people, 2)
        assert send_one_due() is True
        _make_due()
        assert send_one_due() is False
        rows = list(OutboundEmail.objects.order_by("id"))
        assert [r.attempts for r in rows] == [0, 0] and {r.state for r in rows} == {"queued"}
        assert "421" in rows[0].last_error and rows[1].last_error == ""
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


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
