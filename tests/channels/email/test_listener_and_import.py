"""The SMTP/LMTP listener in a real SMTP session, and ``tactful mail import`` for .eml,
mbox and Maildir — including 10,000 messages imported twice."""

from __future__ import annotations

import mailbox
import os
import smtplib
import time
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from tactful.channels.email import lmtp
from tactful.channels.email.importer import import_path
from tactful.desk.models import Message, RawMessage

from ..conftest import free_port, make_mail


@pytest.fixture
def listener(mail_team: Any, transactional_db: Any) -> Any:
    port = free_port()
    controller = lmtp.make_controller("127.0.0.1", port)
    controller.start()
    yield port
    controller.stop()


@pytest.mark.django_db(transaction=True)
def test_a_real_smtp_session_delivers_into_the_desk(listener: int) -> None:
    """R-MAIL-1: a mail server hands over a message and gets 250 once it is stored."""
    with smtplib.SMTP("127.0.0.1", listener, timeout=10) as smtp:
        refused = smtp.sendmail("anna@example.hu", ["support@desk.example"],
                                make_mail(subject="Over SMTP"))
    assert refused == {}
    assert Message.objects.filter(conversation__subject="Over SMTP").exists()


@pytest.mark.django_db(transaction=True)
def test_unknown_recipients_are_refused_permanently(listener: int) -> None:
    with smtplib.SMTP("127.0.0.1", listener, timeout=10) as smtp:
        smtp.ehlo()
        smtp.mail("anna@example.hu")
        code, _ = smtp.rcpt("nobody@desk.example")
    assert code == 550


@pytest.mark.django_db(transaction=True)
def test_a_database_failure_answers_4xx_so_the_server_retries(listener: int) -> None:
    """R-MAIL-1: when the desk cannot store the message it says "try later" (451), never
    250: the sending server keeps it."""
    with mock.patch("tactful.channels.email.inbound.receive",
                    side_effect=RuntimeError("database down")), \
            smtplib.SMTP("127.0.0.1", listener, timeout=10) as smtp, \
            pytest.raises(smtplib.SMTPDataError) as caught:
        smtp.sendmail("anna@example.hu", ["support@desk.example"], make_mail())
    assert caught.value.smtp_code == 451
    assert not RawMessage.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_lmtp_delivery_works_too(mail_team: Any) -> None:
    port = free_port()
    controller = lmtp.make_controller("127.0.0.1", port, lmtp=True)
    controller.start()
    try:
        with smtplib.LMTP("127.0.0.1", port) as client:
            client.sendmail("anna@example.hu", ["support@desk.example"],
                            make_mail(subject="Over LMTP"))
    finally:
        controller.stop()
    assert Message.objects.filter(conversation__subject="Over LMTP").exists()


def test_import_reads_eml_mbox_and_maildir_and_is_idempotent(mail_team: Any,
                                                             tmp_path: Path) -> None:
    """R-MAIL-1: migrations from files; a second import finds only duplicates."""
    (tmp_path / "one.eml").write_bytes(make_mail(subject="eml"))
    box = mailbox.mbox(tmp_path / "archive.mbox")
    box.add(make_mail(subject="mbox 1"))
    box.add(make_mail(subject="mbox 2"))
    box.flush()
    md = mailbox.Maildir(tmp_path / "Maildir")
    md.add(make_mail(subject="maildir"))
    md.add(b"\x00\x01 junk")
    first = import_path(tmp_path)
    assert (first.imported, first.duplicates, first.flagged) == (4, 0, 1)
    again = import_path(tmp_path)
    assert str(again) == "imported 0, duplicates 5, flagged 0, rejected 0"


def test_the_cli_prints_the_summary_line(mail_team: Any, tmp_path: Path, capsys: Any) -> None:
    from tactful.channels.email.cli import run_import
    from tactful.cli import build_parser

    (tmp_path / "a.eml").write_bytes(make_mail(subject="cli"))
    parser, _ = build_parser()
    args = parser.parse_args(["mail", "import", str(tmp_path)])
    with mock.patch("tactful.channels.email.cli._setup"):
        assert run_import(args) == 0
    assert capsys.readouterr().out.strip() == "imported 1, duplicates 0, flagged 0, rejected 0"


# The whole intake in batches costs a few milliseconds a message (about 200 a second on
# the 2-core CI machine), so the suite runs the full 10,000; TACTFUL_BIG_MAILDIR=N runs N.
BIG_MAILDIR = int(os.environ.get("TACTFUL_BIG_MAILDIR", "10000"))


@pytest.mark.slow
def test_a_big_maildir_imported_twice_gives_each_message_exactly_once(
        mail_team: Any, tmp_path: Path) -> None:
    """R-MAIL-1: a 10,000-message Maildir imported twice gives exactly 10,000 messages,
    with a few statements per batch, not per message."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    total = BIG_MAILDIR
    md = mailbox.Maildir(tmp_path / "big")
    for i in range(total):
        md.add(make_mail(subject=f"Bulk {i % 97}", body=f"Message number {i}.",
                         sender=f"c{i % 500}@example.org", message_id=f"<bulk-{i}@x>"))
    started = time.monotonic()
    with CaptureQueriesContext(connection) as queries:
        first = import_path(tmp_path / "big")
    second = import_path(tmp_path / "big")
    assert first.imported + first.flagged == total
    assert second.duplicates == total
    assert Message.objects.filter(direction="inbound").count() == total
    assert RawMessage.objects.count() == total
    assert len(queries) < total / 3  # one by one took 25 a message
    assert time.monotonic() - started < 0.05 * total
