"""Batched intake (``inbound.receive_many``: ``tactful mail import``, the IMAP poll): inside
a batch messages thread, duplicates are recognised, a broken message loses no other, a
crash re-imports cleanly, events come after the commit, and clocks and acknowledgements
are exactly what one message at a time gives. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import mailbox
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, transaction
from django.utils import timezone

from tactful.channels.email import inbound
from tactful.channels.email.importer import import_path
from tactful.desk import events
from tactful.desk.models import (
    AuditEvent,
    Conversation,
    ConversationClock,
    Message,
    OutboundEmail,
    RawMessage,
    Reference,
)
from tactful.desk.services import customers

from ..conftest import make_mail


def _mail(n: int, **kw: Any) -> bytes:
    kw.setdefault("sender", f"Customer {n} <c{n}@example.org>")
    kw.setdefault("message_id", f"<batch-{n}@example.org>")
    kw.setdefault("subject", f"Question {n}")
    kw.setdefault("body", f"Hello, this is message {n}.")
    return make_mail(**kw)


def test_two_messages_of_one_thread_in_one_batch_thread_together(mail_team: Any) -> None:
    """R-MAIL-1: a reply to a message earlier in the same batch joins its conversation, as
    one after the other would; a reply to it from someone else, or to a message that only
    comes later in the batch, opens its own."""
    results = inbound.receive_many([
        _mail(0, sender="Anna <anna@example.hu>", message_id="<first@x>"),
        _mail(1, sender="Anna <anna@example.hu>", subject="Re: Question 0",
              in_reply_to="<first@x>"),
        _mail(2, sender="Bela <bela@example.hu>", subject="Re: Question 0",
              in_reply_to="<first@x>"),
        _mail(3, sender="Anna <anna@example.hu>", subject="Re: Re: Question 0",
              references="<first@x> <second@x>", in_reply_to="<second@x>"),
        _mail(4, sender="Anna <anna@example.hu>", in_reply_to="<later@x>"),
        _mail(5, sender="Anna <anna@example.hu>", message_id="<later@x>"),
    ], source="import", acknowledge=False)
    ids = [r.conversation_id for r in results]
    assert [r.outcome for r in results] == ["imported"] * 6
    assert ids[0] == ids[1] == ids[3]
    assert len({ids[0], ids[2], ids[4], ids[5]}) == 4
    thread = Conversation.objects.get(pk=ids[0])
    assert list(thread.messages.filter(direction="inbound").order_by("id").values_list(
        "meta__email__message_id", flat=True)) == [
        "first@x", "batch-1@example.org", "batch-3@example.org"]
    assert thread.last_customer_message_at == thread.messages.order_by("-id")[0].created_at
    for raw in RawMessage.objects.select_related("message"):
        assert raw.message.meta["raw_message"] == raw.pk
        assert raw.conversation_id == raw.message.conversation_id


def test_a_reply_in_a_batch_finds_stored_conversations_too(mail_team: Any) -> None:
    """R-MAIL-1, R-ID-1: threading against what is stored (In-Reply-To, the subject token)
    and the customer by address, for every message of the batch at once."""
    customer = customers.create_customer(actor="test", name="Kiss Anna",
                                         preferred_language="hu",
                                         contacts=[("email", "anna@example.hu")])
    earlier = inbound.receive(_mail(0, sender="Anna <anna@example.hu>",
                                    message_id="<old@x>"), source="test").conversation
    assert earlier is not None and earlier.customer == customer
    results = inbound.receive_many([
        _mail(1, sender="Anna <anna@example.hu>", in_reply_to="<old@x>"),
        _mail(2, sender="anna@example.hu", subject=f"Re: x [#{earlier.token}]"),
        _mail(3, sender="Bela <bela@example.hu>", subject=f"Re: x [#{earlier.token}]"),
        _mail(4, sender="Anna <anna@example.hu>", subject="New matter"),
    ], source="import", acknowledge=False)
    assert [r.conversation_id for r in results[:2]] == [earlier.pk, earlier.pk]
    assert results[2].conversation_id not in (earlier.pk, None)
    fresh = results[3].conversation
    assert fresh is not None and fresh.pk != earlier.pk
    assert (fresh.customer, fresh.language) == (customer, "hu")


def test_duplicates_within_a_batch_are_recognised(mail_team: Any) -> None:
    """R-MAIL-1: the same message twice in one batch, or relayed with other trace headers
    and line ends, is stored once; the duplicates point at the stored one."""
    raw = _mail(1, message_id="<twice@x>")
    relayed = (b"Received: from mx by desk; Mon, 2 Mar 2026\r\n" + raw).replace(b"\r\n", b"\n")
    results = inbound.receive_many([raw, _mail(2), relayed, raw], source="import")
    assert [r.outcome for r in results] == ["imported", "imported", "duplicate", "duplicate"]
    assert results[2].raw_message == results[0].raw_message == results[3].raw_message
    assert results[3].conversation_id == results[0].conversation_id
    assert RawMessage.objects.count() == 2
    assert Message.objects.filter(direction="inbound").count() == 2
    again = inbound.receive_many([relayed, _mail(2)], source="imap")
    assert [r.outcome for r in again] == ["duplicate", "duplicate"]


def test_a_reused_message_id_in_a_batch_keeps_both_messages(mail_team: Any) -> None:
    """R-MAIL-1: a Message-ID reused with other content is another message, in a batch
    as one by one (kept under its content hash)."""
    results = inbound.receive_many([_mail(1, message_id="<same@x>", body="One"),
                                    _mail(1, message_id="<same@x>", body="Two")],
                                   source="import")
    assert [r.outcome for r in results] == ["imported", "imported"]
    inbound_ids = Message.objects.filter(direction="inbound").order_by("id").values_list(
        "external_id", flat=True)
    assert inbound_ids[0] == "same@x" and inbound_ids[1].startswith("sha256:")


# -- a message the database refuses ---------------------------------------------------------


@pytest.fixture
def poison(transactional_db: Any) -> Iterator[None]:
    """A real database trigger refusing any message whose text says POISON."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE OR REPLACE FUNCTION tactful_test_poison() RETURNS trigger AS $$ "
                "BEGIN IF NEW.text LIKE '%POISON%' THEN RAISE EXCEPTION 'poisoned message'; "
                "END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
            cursor.execute("CREATE TRIGGER tactful_test_poison BEFORE INSERT ON desk_message "
                           "FOR EACH ROW EXECUTE FUNCTION tactful_test_poison()")
        else:
            cursor.execute("CREATE TRIGGER tactful_test_poison BEFORE INSERT ON desk_message "
                           "WHEN NEW.text LIKE '%POISON%' "
                           "BEGIN SELECT RAISE(ABORT, 'poisoned message'); END")
    yield
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP TRIGGER IF EXISTS tactful_test_poison ON desk_message")
            cursor.execute("DROP FUNCTION IF EXISTS tactful_test_poison()")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS tactful_test_poison")


@pytest.mark.django_db(transaction=True)
def test_a_broken_message_in_a_batch_never_loses_the_others(mail_team: Any,
                                                            poison: None) -> None:
    """R-MAIL-1: the database refuses one message of a batch; the batch is taken again one
    by one, the others arrive with their conversations, the refused one is kept as a
    flagged raw copy, and every event is delivered once, after its commit, for what was
    stored."""
    seen: list[tuple[events.DeskEvent, bool, bool]] = []

    def listen(event: events.DeskEvent) -> None:
        stored = Conversation.objects.filter(pk=event.conversation_id).exists()
        seen.append((event, connection.in_atomic_block, stored))

    unsubscribe = events.subscribe(listen)
    try:
        results = inbound.receive_many(
            [_mail(1), _mail(2), _mail(3, body="POISON in here"), _mail(4), _mail(5)],
            source="import", acknowledge=False)
    finally:
        unsubscribe()
    assert [r.outcome for r in results] == ["imported", "imported", "flagged", "imported",
                                            "imported"]
    kept = results[2].raw_message
    assert kept is not None and results[2].conversation is None
    assert "poisoned message" in " ".join(kept.flag_reasons)
    assert b"POISON in here" in bytes(RawMessage.objects.get(pk=kept.pk).raw)
    assert Message.objects.filter(direction="inbound").count() == 4
    assert all(r.conversation is not None for i, r in enumerate(results) if i != 2)
    created = [e.conversation_id for e, _, _ in seen if e.type == "conversation.created"]
    added = [e.conversation_id for e, _, _ in seen if e.type == "message.added"]
    stored = sorted(r.conversation_id for i, r in enumerate(results) if i != 2)
    assert sorted(created) == sorted(added) == stored  # once each, none for the rollback
    assert all(not in_block and exists for _, in_block, exists in seen)
    again = import_path_raws([_mail(3, body="POISON in here")])
    assert again == ["duplicate"]


def import_path_raws(raws: list[bytes]) -> list[str]:
    return [r.outcome for r in inbound.receive_many(raws, source="import")]


@pytest.mark.django_db(transaction=True)
def test_events_of_a_batch_come_after_its_commit(mail_team: Any) -> None:
    """R-MAIL-1: nothing is announced before it is stored: a batch's events are delivered
    after the batch commits, in order for each conversation."""
    seen: list[tuple[str, int | None, bool]] = []
    unsubscribe = events.subscribe(
        lambda e: seen.append((e.type, e.conversation_id, connection.in_atomic_block)))
    try:
        with transaction.atomic():
            results = inbound.receive_many(
                [_mail(1, message_id="<a@x>", body="Order ORD-2026-77 is late."),
                 _mail(1, in_reply_to="<a@x>", message_id="<b@x>"), _mail(2)],
                source="import", acknowledge=False)
            assert seen == []
    finally:
        unsubscribe()
    first, _, second = (r.conversation_id for r in results)
    assert [(t, c) for t, c, _ in seen if c == first] == [
        ("conversation.created", first), ("message.added", first), ("message.added", first),
        ("reference.added", first)]
    assert [t for t, c, _ in seen if c == second] == ["conversation.created", "message.added"]
    assert not any(in_block for _, _, in_block in seen)


# -- the same as one by one -----------------------------------------------------------------


def _shape(conversation: Conversation) -> dict[str, Any]:
    """What the intake decided for a conversation, relative to when it was opened."""
    start = conversation.created_at

    def since(value: Any) -> Any:
        return None if value is None else round((value - start).total_seconds())

    clocks = sorted(
        (c.name, c.calendar, c.state, c.target_seconds, c.target_working_days,
         c.warn_before_seconds, since(c.started_at), since(c.due_at), since(c.warn_at),
         since(c.next_check_at), c.policy_fingerprint)
        for c in conversation.clocks.all())
    audit = list(AuditEvent.objects.filter(conversation=conversation).order_by("id")
                 .values_list("action", flat=True))
    return {
        "clocks": clocks, "audit": audit, "status": conversation.status,
        "version": conversation.version, "language": conversation.language,
        "customer": conversation.customer_id is not None,
        "contact": conversation.contact_email != "",
        "deadline": since(conversation.next_deadline_at),
        "last_customer": since(conversation.last_customer_message_at),
        "messages": [(direction, text.replace(conversation.token, "token"))
                     for direction, text in conversation.messages.order_by("id").values_list(
                         "direction", "text")],
        "references": sorted(conversation.references.values_list("kind", "normalized")),
        "outbox": sorted(conversation.outbound_emails.values_list("kind", flat=True)),
        "flags": sorted(len(r.flag_reasons) for r in conversation.raw_messages.all()),
    }


def _set(prefix: str) -> list[bytes]:
    """A mix: a known customer, a reply in the same set, an order number, a card number,
    Hungarian text, automatic mail."""
    return [
        _mail(1, sender=f"Kiss Anna <{prefix}-anna@example.hu>", message_id=f"<{prefix}-1@x>",
              subject="Számla", body="Jó napot! A számlám hibás, kérem ellenőrizzék."),
        _mail(2, sender=f"{prefix}-anna@example.hu", in_reply_to=f"<{prefix}-1@x>",
              message_id=f"<{prefix}-2@x>", body="Még egy kérdés: rendelés ORD-2026-118."),
        _mail(3, sender=f"{prefix}-jane@example.org", message_id=f"<{prefix}-3@x>",
              body="My card is 4111 1111 1111 1111, parcel PKG-2026-5 is late."),
        _mail(4, sender=f"{prefix}-news@example.org", message_id=f"<{prefix}-4@x>",
              extra="Auto-Submitted: auto-generated"),
    ]


def _compare(acknowledge: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    for prefix in ("one", "many"):
        customers.create_customer(actor="test", name="Kiss Anna", preferred_language="hu",
                                  contacts=[("email", f"{prefix}-anna@example.hu")])
    singly = [inbound.receive(raw, source="import", acknowledge=acknowledge)
              for raw in _set("one")]
    together = inbound.receive_many(_set("many"), source="import", acknowledge=acknowledge)
    assert [r.outcome for r in singly] == [r.outcome for r in together]
    assert [r.conversation_id == singly[0].conversation_id for r in singly] == \
        [r.conversation_id == together[0].conversation_id for r in together]

    def shapes(results: list[inbound.IntakeResult]) -> list[dict[str, Any]]:
        pks = list(dict.fromkeys(r.conversation_id for r in results))
        return [_shape(Conversation.objects.get(pk=pk)) for pk in pks]

    return shapes(singly), shapes(together)


def test_clocks_and_the_acknowledgement_timer_are_as_one_by_one(mail_team: Any,
                                                               policy_24x7: Any) -> None:
    """R-ACK-1, R-MAIL-2: with a timer (acknowledge_after 10m) a batch starts the same
    clocks, deadlines, references, audit rows and flags as one message at a time, and the
    sweeper's timer then acknowledges both alike (never the automatic mail)."""
    from tactful.desk.services.deadlines import process_one_due

    singly, together = _compare(acknowledge=True)
    assert singly == together
    names = {c[0] for c in together[0]["clocks"]}
    assert {"acknowledgement", "auto_acknowledgement", "resolution"} <= names
    assert not OutboundEmail.objects.exists()
    later = timezone.now() + timedelta(minutes=11)
    while process_one_due(now=later):
        pass
    acks = OutboundEmail.objects.filter(kind="acknowledgement")
    assert acks.filter(to_address__startswith="one-").count() == 2
    assert acks.filter(to_address__startswith="many-").count() == 2


def test_acknowledgements_at_once_are_as_one_by_one(mail_team: Any) -> None:
    """R-MAIL-2, R-ACK-1: with acknowledge_after 0m each new conversation of a batch gets
    its acknowledgement right after the commit, in the customer's language, and its
    acknowledgement clocks are met, as one message at a time; a reply in the same batch
    comes after that acknowledgement, as it would one by one."""
    from tactful.desk.services.policies import upload_policy

    text = (Path(__file__).parents[2] / "desk/policy_24x7.yaml").read_text()
    assert "acknowledge_after: 10m" in text
    upload_policy(actor="test", text=text.replace("acknowledge_after: 10m",
                                                  "acknowledge_after: 0m"), summary="at once")
    singly, together = _compare(acknowledge=True)
    assert singly == together
    assert together[0]["outbox"] == ["acknowledgement"]
    assert together[-1]["outbox"] == []  # automatic mail gets none
    met = [c for c in together[0]["clocks"] if c[0] in ("acknowledgement",
                                                         "auto_acknowledgement")]
    assert met and all(c[2] == ConversationClock.State.MET for c in met)
    hu = OutboundEmail.objects.get(kind="acknowledgement", to_address="many-anna@example.hu")
    assert "Tisztelt" in bytes(hu.mime).decode("ascii", errors="replace") or \
        hu.subject.startswith("Megkaptuk")


def test_a_batch_costs_a_few_statements_not_a_few_per_message(mail_team: Any) -> None:
    """R-MAIL-1: the batch is looked up and written with statements per batch, not per
    message: 100 new messages take fewer than 40 queries."""
    from django.test.utils import CaptureQueriesContext

    raws = [_mail(n, body=f"Order ORD-2026-{n} please.") for n in range(100)]
    with CaptureQueriesContext(connection) as queries:
        results = inbound.receive_many(raws, source="import", acknowledge=False)
    assert [r.outcome for r in results] == ["imported"] * 100
    assert Reference.objects.count() == 100
    assert len(queries) < 40, [q["sql"][:80] for q in queries]


# -- a crash in the middle ------------------------------------------------------------------


def _database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    return (f"postgresql://{settings['USER']}{password}@{settings['HOST'] or '127.0.0.1'}:"
            f"{settings['PORT'] or 5432}/{settings['NAME']}")


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_an_import_killed_mid_way_imports_cleanly_when_run_again(mail_team: Any,
                                                                 tmp_path: Path) -> None:
    """R-MAIL-1: ``tactful mail import`` killed (SIGKILL) in the middle: only whole batches
    were committed, and running it again gives every message exactly once."""
    total, batch = 600, 50
    box = mailbox.Maildir(tmp_path / "Maildir")
    for n in range(total):
        box.add(_mail(n, sender=f"c{n % 200}@example.org"))
    env = {**os.environ, "DATABASE_URL": _database_url()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tactful.cli", "mail", "import", str(tmp_path / "Maildir"),
         "--batch", str(batch)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if RawMessage.objects.count() >= 2 * batch:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    kept = RawMessage.objects.count()
    assert 0 < kept < total and kept % batch == 0
    assert Message.objects.filter(direction="inbound").count() == kept
    again = import_path(tmp_path / "Maildir")
    assert (again.duplicates, again.imported + again.flagged) == (kept, total - kept)
    assert Message.objects.filter(direction="inbound").count() == total
    assert Conversation.objects.count() == total
    assert import_path(tmp_path / "Maildir").duplicates == total


# -- the IMAP poll ----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_imap_poll_stores_fetched_mail_in_batches(mail_team: Any, dovecot: Any,
                                                      imap_user: str, monkeypatch: Any) -> None:
    """R-MAIL-1: 60 new messages are stored in two transactions of at most 50
    (``imap.BATCH``), every one once (a copy delivered twice is a duplicate, a reply joins
    its thread), all marked, and the position is the last UID."""
    from django.test.utils import CaptureQueriesContext
    from imap_tools import MailBoxUnencrypted

    from tactful.channels.email import imap
    from tactful.desk.services import mail as mail_services

    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    box = mail_services.create_mailbox(
        actor="test", team=mail_team, host="127.0.0.1", port=dovecot.port, use_ssl=False,
        username=imap_user, password_env="TEST_IMAP_PASSWORD")
    raws = [_mail(n) for n in range(58)]
    raws += [_mail(58, sender="Customer 3 <c3@example.org>", in_reply_to="<batch-3@example.org>"),
             raws[10]]
    with MailBoxUnencrypted("127.0.0.1", dovecot.port).login(imap_user,
                                                             dovecot.password) as client:
        for raw in raws:
            client.append(raw, "INBOX")
    with CaptureQueriesContext(connection) as queries:
        result = imap.poll(box)
    assert result.fetched == 60 and not result.errors
    assert result.outcomes == {"imported": 59, "duplicate": 1}
    inserts = [q for q in queries if q["sql"].startswith('INSERT INTO "desk_rawmessage"')]
    assert len(inserts) == 2
    assert Message.objects.filter(direction="inbound").count() == 59
    reply = Message.objects.get(external_id="batch-58@example.org")
    assert reply.conversation.messages.filter(external_id="batch-3@example.org").exists()
    box.refresh_from_db()
    assert box.last_uid == 60
    with MailBoxUnencrypted("127.0.0.1", dovecot.port).login(imap_user,
                                                             dovecot.password) as client:
        assert all("$Tactful" in m.flags for m in client.fetch(headers_only=True,
                                                                mark_seen=False))
