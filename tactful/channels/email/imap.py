"""IMAP polling of team mailboxes (imap-tools), by UID and UIDVALIDITY.

Reading goes by UID, never by the unread flag: a person reading the mailbox in another
client hides nothing. For each new UID the raw bytes are fetched with ``BODY.PEEK[]`` (the
\\Seen flag is left alone), and every :data:`BATCH` messages are handed together to
:func:`inbound.receive_many` (one transaction); only after that commit are the messages
marked on the server (the ``$Tactful`` keyword) or moved, and the mailbox's ``last_uid``
advanced. A crash in between makes the next poll read the message again; the
intake recognises the duplicate by its content hash. A message that fails is logged and
skipped over on this pass only when the failure was in the message; when the database is
down the poll stops and resumes at the same UID. A changed UIDVALIDITY restarts from UID 1,
again safely because of the duplicate check.

:func:`read_new` is that pass on an open connection; :func:`poll` opens one for it, and the
IDLE watchers (``idle.py``) call it on their long-lived connection whenever the server says
mail arrived.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from dataclasses import dataclass, field

from imap_tools import MailBox, MailBoxUnencrypted
from imap_tools.mailbox import BaseMailBox

from tactful.desk.models import Mailbox
from tactful.desk.services import mail as mail_services

from . import inbound

log = logging.getLogger("tactful.channels.email.imap")

KEYWORD = "$Tactful"
BATCH = 50


@dataclass
class PollResult:
    fetched: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def connect(mailbox: Mailbox, timeout: float = 30.0) -> BaseMailBox:
    """Log in and select the mailbox's folder. TCP keepalive is on, so that a connection
    idling for minutes notices a peer that vanished."""
    password = os.environ.get(mailbox.password_env, "")
    if not password:
        raise RuntimeError(f"the environment variable {mailbox.password_env} holding the "
                           f"password of {mailbox} is not set")
    cls = MailBox if mailbox.use_ssl else MailBoxUnencrypted
    box = cls(mailbox.host, mailbox.port, timeout=timeout)
    with contextlib.suppress(OSError):
        box.client.sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    return box.login(mailbox.username, password, initial_folder=mailbox.folder)


def capabilities(box: BaseMailBox) -> set[str]:
    """What the server offers after login (servers may advertise more before it)."""
    typ, data = box.client.capability()
    if typ != "OK":
        return set()
    words = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace")
    return {w.upper() for w in words.split()}


def _fetch_raw(box: BaseMailBox, uid: int) -> bytes | None:
    typ, data = box.client.uid("FETCH", str(uid), "(BODY.PEEK[])")
    if typ != "OK":
        raise OSError(f"FETCH {uid} answered {typ}")
    for item in data:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
            return item[1]
    return None  # expunged meanwhile


def poll(mailbox: Mailbox, *, limit: int = 500) -> PollResult:
    """Read new messages of one mailbox; see the module docstring."""
    with connect(mailbox) as box:
        return read_new(box, mailbox, limit=limit)


def read_new(box: BaseMailBox, mailbox: Mailbox, *, limit: int = 500) -> PollResult:
    """On an open connection: take in every message after ``mailbox.last_uid``, in batches."""
    result = PollResult()
    status = box.folder.status(mailbox.folder, ["UIDVALIDITY", "UIDNEXT"])
    validity = int(status["UIDVALIDITY"])
    last_uid = mailbox.last_uid if mailbox.uidvalidity == validity else 0
    if mailbox.uidvalidity not in (None, validity):
        log.warning("%s: UIDVALIDITY changed from %s to %s; reading from the start",
                    mailbox, mailbox.uidvalidity, validity)
    uids = sorted(int(u) for u in box.uids(f"UID {last_uid + 1}:*") if int(u) > last_uid)
    fetched: list[tuple[int, bytes | None]] = []
    try:
        for uid in uids[:limit]:
            fetched.append((uid, _fetch_raw(box, uid)))
            result.fetched += 1
            if len(fetched) >= BATCH:
                batch, fetched = fetched, []
                if not _take_in(box, mailbox, validity, batch, result):
                    break
    finally:  # also when the connection dropped: what was fetched is taken in first
        if fetched:
            batch, fetched = fetched, []
            _take_in(box, mailbox, validity, batch, result)
    return result


def _take_in(box: BaseMailBox, mailbox: Mailbox, validity: int,
             fetched: list[tuple[int, bytes | None]], result: PollResult) -> bool:
    """Store fetched messages in one transaction (:func:`inbound.receive_many`), then mark
    them on the server and move ``last_uid`` on. False when the desk could not store them
    (database trouble): the poll stops, and the next one reads them again."""
    raws = [raw for _, raw in fetched if raw is not None]
    try:
        outcomes = iter([r.outcome for r in inbound.receive_many(raws, source="imap",
                                                                 mailbox=mailbox)])
    except Exception as exc:
        log.exception("%s: UIDs %s-%s could not be stored", mailbox, fetched[0][0],
                      fetched[-1][0])
        result.errors.append(f"UID {fetched[0][0]}: {type(exc).__name__}: {exc}")
        return False
    for uid, raw in fetched:
        if raw is not None:
            outcome = next(outcomes)
            result.outcomes[outcome] = result.outcomes.get(outcome, 0) + 1
            _mark(box, mailbox, uid)
    mail_services.record_mailbox_position(mailbox, uidvalidity=validity,
                                          last_uid=fetched[-1][0])
    return True


def _mark(box: BaseMailBox, mailbox: Mailbox, uid: int) -> None:
    """After the commit: move the message, or mark it with our keyword. Best effort: the
    position in ``last_uid`` is what guarantees it is not read again."""
    try:
        if mailbox.move_to:
            box.move(str(uid), mailbox.move_to)
        else:
            box.flag(str(uid), KEYWORD, True)
    except Exception:
        log.warning("%s: could not mark UID %s", mailbox, uid, exc_info=True)


def poll_due_mailbox() -> bool:
    """Worker step: poll one mailbox that is due; False when none is."""
    mailbox = mail_services.claim_mailbox()
    if mailbox is None:
        return False
    error = ""
    try:
        result = poll(mailbox)
        error = "; ".join(result.errors)
    except Exception as exc:
        log.warning("polling %s failed: %s", mailbox, exc)
        error = f"{type(exc).__name__}: {exc}"
    mail_services.release_mailbox(mailbox, error=error)
    return True
