"""IMAP IDLE against a real Dovecot: mail arrives while the watcher waits, without a poll;
dropped connections recover without duplicates; servers without IDLE are polled; the
worker starts and stops the watchers."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tactful.channels.email import idle, imap
from tactful.desk.models import Mailbox, Message, RawMessage
from tactful.desk.services import mail as mail_services

from ..conftest import append, kick, make_mail

FAST = {"backoff_first": 0.2, "backoff_max": 1.0}


def wait_for(condition: Callable[[], Any], timeout: float = 10.0) -> float:
    """Seconds until ``condition()`` held; fails after ``timeout``."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            pytest.fail(f"still not true after {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - start


def subjects() -> list[str]:
    return sorted(Message.objects.filter(direction="inbound").values_list(
        "conversation__subject", flat=True))


def _mailbox(team: Any, dovecot: Any, user: str, monkeypatch: Any) -> Mailbox:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    return mail_services.create_mailbox(
        actor="test", team=team, host="127.0.0.1", port=dovecot.port, use_ssl=False,
        username=user, password_env="TEST_IMAP_PASSWORD")


@pytest.fixture
def mailbox(mail_team: Any, dovecot: Any, imap_user: str, monkeypatch: Any) -> Mailbox:
    return _mailbox(mail_team, dovecot, imap_user, monkeypatch)


@pytest.fixture
def start_watcher(mailbox: Mailbox) -> Iterator[Callable[..., idle.MailboxWatcher]]:
    """Claim the mailbox as the service does and start a watcher on it (stopped after)."""
    started: list[idle.MailboxWatcher] = []

    def start(idle_seconds: float = 60) -> idle.MailboxWatcher:
        claimed = mail_services.claim_mailbox(mailbox=mailbox)
        assert claimed is not None
        started.append(idle.MailboxWatcher(claimed, idle_seconds=idle_seconds, **FAST).start())
        return started[-1]

    yield start
    for running in started:
        running.stop()
        assert not running.alive


def idling(watcher: idle.MailboxWatcher, cycles: int = 1) -> Callable[[], bool]:
    return lambda: watcher.state == "idle" and watcher.cycles >= cycles


@pytest.mark.django_db(transaction=True)
def test_mail_appended_while_idling_arrives_within_seconds_without_a_poll(
        start_watcher: Any, mailbox: Mailbox, dovecot: Any, imap_user: str) -> None:
    """R-MAIL-1: the server's EXISTS wakes the watcher, which reads through the polling
    code path; the IDLE timeout (60 s) and polling play no part."""
    append(dovecot, imap_user, make_mail(subject="Waiting already"))
    watcher = start_watcher()
    wait_for(idling(watcher))
    assert subjects() == ["Waiting already"]  # read on connecting, before the first IDLE
    assert mail_services.claim_mailbox(mailbox=mailbox) is None  # polling cannot take it
    append(dovecot, imap_user, make_mail(subject="Pushed by IDLE"))
    took = wait_for(lambda: "Pushed by IDLE" in subjects(), timeout=5)
    assert took < 2.0, f"{took:.2f} s"
    assert watcher.wakeups == 1 and watcher.sessions == 1
    wait_for(idling(watcher, cycles=2))
    row = Mailbox.objects.get(pk=mailbox.pk)
    assert row.last_uid == 2 and row.claimed_until > timezone.now() + timedelta(minutes=2)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("drop", ["server kicks the client", "the socket dies"])
def test_a_dropped_connection_recovers_and_takes_in_nothing_twice(
        start_watcher: Any, dovecot: Any, imap_user: str, drop: str) -> None:
    """R-MAIL-1: after the drop the watcher reconnects (with backoff) and reads what came
    meanwhile; every message exactly once."""
    append(dovecot, imap_user, make_mail(subject="Before the drop"))
    watcher = start_watcher()
    wait_for(idling(watcher))
    assert subjects() == ["Before the drop"]
    if drop == "server kicks the client":
        kick(dovecot, imap_user)
    else:
        assert watcher.box is not None
        watcher.box.client.sock.shutdown(socket.SHUT_RDWR)
    append(dovecot, imap_user, make_mail(subject="During the drop"))
    wait_for(lambda: watcher.sessions == 2 and watcher.state == "idle")
    wait_for(lambda: "During the drop" in subjects())
    append(dovecot, imap_user, make_mail(subject="After the drop"))
    wait_for(lambda: "After the drop" in subjects(), timeout=5)
    assert subjects() == ["After the drop", "Before the drop", "During the drop"]
    assert RawMessage.objects.count() == 3
    wait_for(lambda: sum(watcher.outcomes.values()) >= 3)
    assert watcher.outcomes == {"imported": 3}  # nothing read twice, not even as duplicate
    assert watcher.last_error == ""  # recovered


@pytest.mark.django_db(transaction=True)
def test_idle_is_reissued_before_its_timeout_and_keeps_the_claim(
        start_watcher: Any, mailbox: Mailbox, dovecot: Any, imap_user: str) -> None:
    """RFC 2177: IDLE is ended and sent again every idle_seconds; each cycle renews the
    claim and reads once; mail still arrives."""
    watcher = start_watcher(idle_seconds=0.3)
    wait_for(idling(watcher, cycles=4))
    assert watcher.sessions == 1 and watcher.wakeups == 0
    append(dovecot, imap_user, make_mail(subject="Between cycles"))
    wait_for(lambda: "Between cycles" in subjects(), timeout=5)
    watcher.stop()
    assert Mailbox.objects.get(pk=mailbox.pk).claimed_until is None  # given up on stop
    with pytest.raises(ValueError, match="29 minutes"):
        idle.MailboxWatcher(mailbox, idle_seconds=29 * 60)


@pytest.mark.django_db(transaction=True)
def test_a_server_without_idle_is_left_to_polling(
        mail_team: Any, dovecot: Any, imap_user_without_idle: str, monkeypatch: Any) -> None:
    """R-MAIL-1: where IDLE is not offered the watcher gives the mailbox up at once and
    polling reads it; the service does not try again for an hour."""
    mailbox = _mailbox(mail_team, dovecot, imap_user_without_idle, monkeypatch)
    append(dovecot, imap_user_without_idle, make_mail(subject="Polled instead"))
    service = idle.IdleService(scan_seconds=3600, **FAST)
    assert service.scan() == 1
    watcher = service.watchers[mailbox.pk]
    wait_for(lambda: not watcher.alive)
    assert watcher.idle_supported is False and watcher.cycles == 0
    assert subjects() == []
    assert service.scan() == 0 and not service.watchers
    assert imap.poll_due_mailbox() is True  # due at once
    assert subjects() == ["Polled instead"]


SERVICES: list[idle.IdleService] = []


def fast_idle_service() -> idle.IdleService:
    service = idle.IdleService(scan_seconds=0.1, idle_seconds=30, **FAST)
    SERVICES.append(service)
    return service


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_the_watchers_and_stops_them_cleanly(
        mailbox: Mailbox, dovecot: Any, imap_user: str, settings: Any) -> None:
    """``tactful worker`` and ``tactful serve`` start the IDLE service with the worker and
    stop it with the worker: each IDLE ended, the mailbox given back to polling."""
    from tactful.desk.worker import Worker

    settings.TACTFUL_WORKER_STEPS = []
    settings.TACTFUL_WORKER_SERVICES = [f"{__name__}.fast_idle_service"]
    SERVICES.clear()
    worker = Worker(idle_seconds=0.1)
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: SERVICES and mailbox.pk in SERVICES[0].watchers)
        watcher = SERVICES[0].watchers[mailbox.pk]
        wait_for(idling(watcher))
        append(dovecot, imap_user, make_mail(subject="Through the worker"))
        wait_for(lambda: "Through the worker" in subjects(), timeout=5)
    finally:
        worker.stop()
        thread.join(10)
    assert not thread.is_alive() and not watcher.alive and not SERVICES[0].thread.is_alive()
    assert watcher.state == "stopped"
    row = Mailbox.objects.get(pk=mailbox.pk)
    assert row.claimed_until is None and row.next_poll_at <= timezone.now()
