"""IMAP IDLE (RFC 2177): one watcher per team mailbox that wakes when mail arrives.

Where the server offers IDLE after login, a watcher thread keeps one connection per
mailbox. It reads what is new with :func:`imap.read_new` (the very pass polling makes:
by UID, ``BODY.PEEK[]``, marked and ``last_uid`` advanced only after the commit), then
sends IDLE and waits. ``* n EXISTS`` wakes it at once: it ends the IDLE (``DONE``), reads,
and idles again. After ``idle_seconds`` (9 minutes by default; RFC 2177 asks clients to
re-issue IDLE within 29) it ends the IDLE anyway, reads once, and idles again, which also
catches a notification a server failed to send.

A dropped connection (EOF, ``BYE``, a timeout, a refused login) is opened again after 1, 2,
4 … seconds, at most a minute, with jitter. Because the position only moves after the
commit, the new connection takes in exactly what is still missing: nothing twice.

While it watches, the watcher holds the mailbox's claim (``Mailbox.claimed_until``) and
renews it every cycle, so polling (``imap.poll_due_mailbox``) and other workers leave the
mailbox alone. A server without IDLE, a mailbox switched off, or a stop gives the claim up
and makes the mailbox due for polling at once; a watcher that died lets the claim run out,
after which polling (or another worker's watcher) takes over.

:class:`IdleService` runs inside the worker (``tactful worker``, and the worker in
``tactful serve``; listed in ``settings.TACTFUL_WORKER_SERVICES``): every ``scan_seconds``
it starts a watcher for each active mailbox nobody holds. ``stop()`` ends every IDLE with
``DONE`` and logs out.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import random
import selectors
import socket
import ssl
import threading
import time
from collections import Counter
from datetime import timedelta
from typing import Any, Literal

from django.db import close_old_connections, connection
from django.utils import timezone
from imap_tools.mailbox import BaseMailBox

from tactful.desk.models import Mailbox
from tactful.desk.services import mail as mail_services

from . import imap

log = logging.getLogger("tactful.channels.email.idle")

IDLE_SECONDS = 9 * 60
RFC_2177_LIMIT = 29 * 60
BACKOFF_FIRST = 1.0
BACKOFF_MAX = 60.0
NO_IDLE_RECHECK_SECONDS = 3600.0  # look again whether a server without IDLE gained it
LEASE_MARGIN = timedelta(minutes=2)

Outcome = Literal["news", "timeout", "stopped"]


class ConnectionLost(OSError):
    """The server ended the connection (EOF or ``* BYE``)."""


class ClaimLost(RuntimeError):
    """Another worker holds the mailbox now."""


class MailboxWatcher:
    """Watches one claimed mailbox in a thread of its own; see the module docstring.

    The counters say what happened, for the log and for tests: ``sessions`` (connections
    opened), ``cycles`` (IDLE commands sent), ``wakeups`` (EXISTS seen), ``outcomes`` (what
    the intake made of the messages read).
    """

    def __init__(self, mailbox: Mailbox, *, idle_seconds: float = IDLE_SECONDS,
                 backoff_first: float = BACKOFF_FIRST,
                 backoff_max: float = BACKOFF_MAX) -> None:
        if not 0 < idle_seconds < RFC_2177_LIMIT:
            raise ValueError(f"idle_seconds must be above 0 and below {RFC_2177_LIMIT} "
                             "(RFC 2177: re-issue IDLE within 29 minutes)")
        self.mailbox = mailbox
        self.idle_seconds = idle_seconds
        self.backoff_first = backoff_first
        self.backoff_max = backoff_max
        self.lease = timedelta(seconds=idle_seconds) + LEASE_MARGIN
        self.state = "starting"
        self.idle_supported: bool | None = None
        self.last_error = ""
        self.sessions = self.cycles = self.wakeups = 0
        self.outcomes: Counter[str] = Counter()
        self.box: BaseMailBox | None = None
        self._stopping = threading.Event()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._delay = backoff_first
        self.thread = threading.Thread(target=self._run, name=f"imap-idle-{mailbox.pk}",
                                       daemon=True)

    @property
    def alive(self) -> bool:
        return self.thread.is_alive()

    def start(self) -> MailboxWatcher:
        self.thread.start()
        return self

    def request_stop(self) -> None:
        """Ask the watcher to end its IDLE, log out and give up the mailbox."""
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def stop(self, timeout: float = 5.0) -> None:
        self.request_stop()
        self.thread.join(timeout)

    # -- the thread -----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    self._session()
                    if self.idle_supported is False or self._stopping.is_set():
                        break
                except ClaimLost:
                    log.warning("%s: another worker holds the mailbox now", self.mailbox)
                    break
                except Exception as exc:  # any failure of the connection: open it again
                    if self._stopping.is_set():
                        break
                    try:
                        self._reconnect_later(exc)
                    except ClaimLost:
                        log.warning("%s: another worker holds the mailbox now", self.mailbox)
                        break
        finally:
            self.state = "stopped"
            if self.idle_supported is False:
                log.info("%s offers no IDLE; the mailbox is polled instead", self.mailbox)
            with contextlib.suppress(Exception):
                mail_services.hold_mailbox(self.mailbox, until=None, error=self.last_error)
            connection.close()
            self._wake_r.close()
            self._wake_w.close()

    def _reconnect_later(self, exc: BaseException) -> None:
        self.last_error = f"{type(exc).__name__}: {exc}"[:500]
        self.state = "reconnecting"
        delay = self._delay * (1 + random.random() / 4)
        log.warning("%s: connection lost (%s); reconnecting in %.1f s", self.mailbox,
                    self.last_error, delay)
        try:
            if not self._hold(error=self.last_error):
                raise ClaimLost
        except ClaimLost:
            raise
        except Exception:  # the database is away too: keep trying, the claim may lapse
            log.warning("%s: could not renew the claim", self.mailbox, exc_info=True)
        finally:
            close_old_connections()
        self._stopping.wait(delay)
        self._delay = min(self._delay * 2, self.backoff_max)

    def _hold(self, error: str = "") -> bool:
        return mail_services.hold_mailbox(self.mailbox, until=timezone.now() + self.lease,
                                          error=error)

    def _session(self) -> None:
        """One connection: read, idle, read … until stopped; raises when it breaks."""
        self.state = "connecting"
        box = imap.connect(self.mailbox)
        self.box = box
        self.sessions += 1
        try:
            self.idle_supported = "IDLE" in imap.capabilities(box)
            if not self.idle_supported:
                return
            while not self._stopping.is_set():
                self.state = "reading"
                result = imap.read_new(box, self.mailbox)
                self.outcomes.update(result.outcomes)
                error = "; ".join(result.errors)
                held = self._hold(error=error)
                close_old_connections()
                if not held:
                    raise ClaimLost
                self.last_error = error
                if result.errors:  # the desk could not store a message: try again later
                    if self._stopping.wait(self._delay):
                        return
                    self._delay = min(self._delay * 2, self.backoff_max)
                    continue
                self._delay = self.backoff_first
                if self._idle(box) == "stopped":
                    return
        finally:
            self.box = None
            _logout(box)

    def _idle(self, box: BaseMailBox) -> Outcome:
        """Send IDLE, wait for EXISTS, the timeout or a stop; end it with DONE."""
        client = box.client
        self.cycles += 1
        box.idle.start()
        self.state = "idle"
        deadline = time.monotonic() + self.idle_seconds
        news = False
        outcome: Outcome = "timeout"
        with selectors.DefaultSelector() as selector:
            selector.register(client.sock, selectors.EVENT_READ, "server")
            selector.register(self._wake_r, selectors.EVENT_READ, "wake")
            while True:
                if self._stopping.is_set():
                    outcome = "stopped"
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0 and not news:
                    break
                if not _buffered(client):
                    # After news, only what has already arrived is read before fetching.
                    ready = {key.data for key, _ in selector.select(0 if news else remaining)}
                    if "wake" in ready:
                        with contextlib.suppress(OSError):
                            self._wake_r.recv(64)
                        continue
                    if "server" not in ready:
                        if news:
                            outcome = "news"
                            break
                        continue
                line = _read_line(client)
                if line.startswith(b"* BYE"):
                    raise ConnectionLost(line.decode("ascii", "replace").strip())
                if line.rstrip().upper().endswith(b" EXISTS"):
                    news = True
                    self.wakeups += 1
        self.state = "reading"
        box.idle.stop()
        for kind in ("EXISTS", "RECENT", "EXPUNGE", "FETCH"):  # never read: do not pile up
            client.untagged_responses.pop(kind, None)
        return outcome


def _read_line(client: imaplib.IMAP4) -> bytes:
    """One line from the server (waits, with the connection's timeout, for its end)."""
    try:
        line: bytes = client._get_line()
    except imaplib.IMAP4.abort as exc:
        raise ConnectionLost(str(exc)) from exc
    return line


def _buffered(client: imaplib.IMAP4) -> bool:
    """Whether the server's data is already read into our buffers (where the selector
    cannot see it): the IDLE continuation and ``* n EXISTS`` may come in one packet."""
    sock: Any = client.sock
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    previous = sock.gettimeout()
    sock.settimeout(0)
    try:
        reader: Any = client.file  # an io.BufferedReader over the socket
        return bool(reader.peek(1))
    except (BlockingIOError, ssl.SSLWantReadError):
        return False
    except OSError:
        return True  # let the read report it
    finally:
        sock.settimeout(previous)


def _logout(box: BaseMailBox) -> None:
    with contextlib.suppress(Exception):
        box.client.sock.settimeout(5)
        box.logout()
        return
    with contextlib.suppress(Exception):
        box.client.shutdown()


class IdleService:
    """Keeps a watcher on every active mailbox this worker could claim; see the module
    docstring. Started and stopped by the worker (``settings.TACTFUL_WORKER_SERVICES``)."""

    def __init__(self, *, scan_seconds: float = 15.0, idle_seconds: float = IDLE_SECONDS,
                 backoff_first: float = BACKOFF_FIRST, backoff_max: float = BACKOFF_MAX,
                 no_idle_recheck_seconds: float = NO_IDLE_RECHECK_SECONDS) -> None:
        if not 0 < idle_seconds < RFC_2177_LIMIT:
            raise ValueError(f"idle_seconds must be above 0 and below {RFC_2177_LIMIT}")
        self.scan_seconds = scan_seconds
        self.watcher_options = {"idle_seconds": idle_seconds, "backoff_first": backoff_first,
                                "backoff_max": backoff_max}
        self.no_idle_recheck_seconds = no_idle_recheck_seconds
        self.watchers: dict[int, MailboxWatcher] = {}
        self._no_idle_until: dict[int, float] = {}
        self._stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="imap-idle", daemon=True)

    def start(self) -> IdleService:
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    self.scan()
                except Exception:  # the database may be away; the next scan tries again
                    log.exception("looking for mailboxes to watch failed")
                finally:
                    close_old_connections()
                self._stopping.wait(self.scan_seconds)
        finally:
            connection.close()

    def scan(self) -> int:
        """Start watchers for active mailboxes nobody holds; stop those of mailboxes
        switched off; forget watchers that ended. Returns how many were started."""
        now = time.monotonic()
        active = set(Mailbox.objects.filter(is_active=True).values_list("pk", flat=True))
        for pk, watcher in list(self.watchers.items()):
            if pk not in active:
                watcher.stop()
            if not watcher.alive:
                if watcher.idle_supported is False:
                    self._no_idle_until[pk] = now + self.no_idle_recheck_seconds
                del self.watchers[pk]
        started = 0
        for pk in sorted(active - set(self.watchers)):
            if self._stopping.is_set() or self._no_idle_until.get(pk, 0.0) > now:
                continue
            mailbox = mail_services.claim_mailbox(mailbox=Mailbox(pk=pk))
            if mailbox is None:
                continue  # polled right now, or watched by another worker
            self.watchers[pk] = MailboxWatcher(mailbox, **self.watcher_options).start()
            started += 1
        return started

    def stop(self, timeout: float = 5.0) -> None:
        """End every IDLE (DONE, LOGOUT) and give the mailboxes up; waits ``timeout``."""
        self._stopping.set()
        watchers = list(self.watchers.values())
        for watcher in watchers:
            watcher.request_stop()
        deadline = time.monotonic() + timeout
        for watcher in watchers:
            watcher.thread.join(max(0.0, deadline - time.monotonic()))
        self.thread.join(max(0.0, deadline - time.monotonic()))
