"""IMAP polling against a real Dovecot: by UID, never by the unread flag; marked only after
the commit; crashes and dropped connections lose nothing and duplicate nothing."""

from __future__ import annotations

import socket
from typing import Any
from unittest import mock

import pytest
from imap_tools import MailBoxUnencrypted

from tactful.channels.email import imap
from tactful.desk.models import Mailbox, Message, RawMessage
from tactful.desk.services import mail as mail_services

from ..conftest import append, make_mail


@pytest.fixture
def mailbox(mail_team: Any, dovecot: Any, imap_user: str, monkeypatch: Any) -> Mailbox:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    return mail_services.create_mailbox(
        actor="test", team=mail_team, host="127.0.0.1", port=dovecot.port, use_ssl=False,
        username=imap_user, password_env="TEST_IMAP_PASSWORD")


def uids(dovecot: Any, user: str) -> list[int]:
    with MailBoxUnencrypted("127.0.0.1", dovecot.port).login(user, dovecot.password) as box:
        return [int(u) for u in box.uids("ALL")]


def _flags(dovecot: Any, user: str) -> list[tuple[str, ...]]:
    with MailBoxUnencrypted("127.0.0.1", dovecot.port).login(user, dovecot.password) as box:
        return [m.flags for m in box.fetch(mark_seen=False, headers_only=True)]


@pytest.mark.django_db(transaction=True)
def test_polling_reads_new_mail_by_uid_including_mail_already_read(
        mailbox: Mailbox, dovecot: Any, imap_user: str) -> None:
    """R-MAIL-1: mail someone already read in another client is still taken in; the \\Seen
    flag is left alone and imported mail gets the $Tactful keyword."""
    append(dovecot, imap_user, make_mail(subject="Unread one"))
    append(dovecot, imap_user, make_mail(subject="Read elsewhere"), flags=("\\Seen",))
    result = imap.poll(mailbox)
    assert result.fetched == 2
    assert sorted(Message.objects.filter(direction="inbound").values_list(
        "conversation__subject", flat=True)) == [
        "Read elsewhere", "Unread one"]
    flags = _flags(dovecot, imap_user)
    assert all("$Tactful" in f for f in flags)
    assert sum("\\Seen" in f for f in flags) == 1
    mailbox.refresh_from_db()
    assert mailbox.last_uid == 2 and mailbox.uidvalidity
    assert imap.poll(mailbox).fetched == 0


@pytest.mark.django_db(transaction=True)
def test_a_crash_between_commit_and_marking_reads_again_and_recognises_the_duplicate(
        mailbox: Mailbox, dovecot: Any, imap_user: str) -> None:
    """R-MAIL-1: the position is saved after the commit; a crash before it re-reads the
    message, and the intake knows it already has it."""
    append(dovecot, imap_user, make_mail(subject="Crash test"))
    with mock.patch.object(mail_services, "record_mailbox_position",
                           side_effect=RuntimeError("killed")), pytest.raises(RuntimeError):
        imap.poll(mailbox)
    assert RawMessage.objects.count() == 1
    mailbox = Mailbox.objects.get(pk=mailbox.pk)
    assert mailbox.last_uid == 0
    result = imap.poll(mailbox)
    assert result.outcomes == {"duplicate": 1}
    assert Message.objects.filter(direction="inbound").count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_dropped_connection_mid_fetch_resumes_where_it_stopped(
        mailbox: Mailbox, dovecot: Any, imap_user: str) -> None:
    """R-MAIL-1: the connection drops after the second message; the next poll takes the
    rest, and every message arrives exactly once."""
    for i in range(5):
        append(dovecot, imap_user, make_mail(subject=f"Batch {i}"))
    real_fetch = imap._fetch_raw
    calls = {"n": 0}

    def flaky(box: Any, uid: int) -> bytes | None:
        calls["n"] += 1
        if calls["n"] == 3:
            box.client.sock.shutdown(socket.SHUT_RDWR)  # the connection drops mid-fetch
        return real_fetch(box, uid)

    with mock.patch.object(imap, "_fetch_raw", flaky), pytest.raises(Exception):  # noqa: B017
        imap.poll(mailbox)
    mailbox = Mailbox.objects.get(pk=mailbox.pk)
    # A reused test mailbox was emptied, but its UIDs go on from where they were.
    assert mailbox.last_uid == sorted(uids(dovecot, imap_user))[1]
    imap.poll(mailbox)
    assert sorted(Message.objects.filter(direction="inbound").values_list(
        "conversation__subject", flat=True)) == [
        f"Batch {i}" for i in range(5)]


@pytest.mark.django_db(transaction=True)
def test_one_broken_message_never_stops_the_others(
        mailbox: Mailbox, dovecot: Any, imap_user: str) -> None:
    """R-MAIL-1: binary junk between two good messages is stored and flagged; all three are
    taken in."""
    append(dovecot, imap_user, make_mail(subject="Before"))
    append(dovecot, imap_user, b"\x00\xff\xfe garbage \x00\r\n\r\n\x00\x01\x02" * 50)
    append(dovecot, imap_user, make_mail(subject="After"))
    result = imap.poll(mailbox)
    assert result.fetched == 3 and not result.errors
    assert RawMessage.objects.count() == 3
    assert RawMessage.objects.exclude(flag_reasons=[]).count() >= 1


@pytest.mark.django_db(transaction=True)
def test_a_changed_uidvalidity_reads_from_the_start_without_duplicates(
        mailbox: Mailbox, dovecot: Any, imap_user: str) -> None:
    """R-MAIL-1: when the server renumbers the mailbox, everything is read again and
    recognised; nothing is imported twice."""
    append(dovecot, imap_user, make_mail(subject="Renumbered"))
    imap.poll(mailbox)
    mail_services.record_mailbox_position(mailbox, uidvalidity=1, last_uid=999)
    result = imap.poll(Mailbox.objects.get(pk=mailbox.pk))
    assert result.outcomes == {"duplicate": 1}
    assert RawMessage.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_worker_step_polls_a_due_mailbox_and_moves_on(
        mailbox: Mailbox, dovecot: Any, imap_user: str) -> None:
    """The worker step claims the due mailbox, polls it and schedules the next poll."""
    append(dovecot, imap_user, make_mail(subject="Via the worker"))
    assert imap.poll_due_mailbox() is True
    assert imap.poll_due_mailbox() is False  # not due again yet
    mailbox.refresh_from_db()
    assert mailbox.last_error == "" and mailbox.next_poll_at is not None
    assert Message.objects.filter(conversation__subject="Via the worker").exists()
