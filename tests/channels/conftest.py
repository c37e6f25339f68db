"""Real servers for the channel tests: Dovecot (IMAP) and an aiosmtpd sink (SMTP).

Ports are picked free on loopback, so several xdist workers never collide.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "email" / "fixtures"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port}")


# -- SMTP sink ----------------------------------------------------------------------------


@dataclass
class Sink:
    port: int
    messages: list[dict[str, Any]] = field(default_factory=list)
    controller: Any = None
    refuse_with: str = ""

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}?timeout=5"

    def start(self) -> Sink:
        from aiosmtpd.controller import Controller

        sink = self

        class Handler:
            async def handle_RCPT(self, server: Any, session: Any, envelope: Any,
                                  address: str, options: list[str]) -> str:
                if sink.refuse_with:
                    return sink.refuse_with
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                sink.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                                      "data": bytes(envelope.original_content
                                                    or envelope.content)})
                return "250 2.0.0 queued as sink"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port,
                                     decode_data=False)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_sink(settings: Any) -> Iterator[Sink]:
    from tactful.channels.email.outbox import reset_server_states

    reset_server_states()  # no back-off left over from a test whose server was down
    sink = Sink(free_port()).start()
    settings.TACTFUL_SMTP_URL = sink.url
    yield sink
    sink.stop()


# -- Dovecot ------------------------------------------------------------------------------


@dataclass
class Dovecot:
    port: int
    base: Path
    password: str = "secret-pw"

    def user(self, name: str) -> tuple[str, str]:
        return name, self.password


DOVECOT_CONF = """\
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
info_log_path = {base}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{base}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = 0
first_valid_gid = 0
default_login_user = {user}
default_internal_user = {internal}
default_internal_group = {group}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={base}/home/%u
}}
"""


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    if shutil.which("dovecot") is None:
        pytest.fail("dovecot is not installed (Debian package dovecot-imapd; see Makefile)")
    base = Path(tempfile.mkdtemp(prefix="tactful-dovecot-"))
    for sub in ("run", "state", "mail", "home"):
        (base / sub).mkdir()
    uid, gid = os.getuid(), os.getgid()
    user = pwd.getpwuid(uid).pw_name
    group = grp.getgrgid(gid).gr_name
    if uid == 0:
        # Dovecot refuses root for its login processes and for mail access: under root
        # (CI containers) the package's own users stand in for the current user.
        user, group = "dovenull", "dovecot"
        uid, gid = pwd.getpwnam("dovecot").pw_uid, grp.getgrnam("dovecot").gr_gid
        for sub in ("mail", "home"):
            os.chown(base / sub, uid, gid)
    port = free_port()
    server = Dovecot(port=port, base=base)
    users = [f"desk{i}" for i in range(1, DESK_USERS + 1)]
    # noidle's server offers no IDLE after login (a per-user setting), for the fallback.
    (base / "passwd").write_text("".join(f"{u}:{{PLAIN}}{server.password}::::::\n"
                                         for u in users) +
                                 f"noidle:{{PLAIN}}{server.password}::::::"
                                 "userdb_imap_capability=IMAP4rev1\n")
    conf = base / "dovecot.conf"
    conf.write_text(DOVECOT_CONF.format(
        base=base, uid=uid, gid=gid, user=user, group=group, port=port,
        internal="dovecot" if os.getuid() == 0 else user))
    os.chmod(base, 0o755)
    # The daemon keeps its inherited descriptors: never give it our pipes.
    with open(base / "start.log", "wb") as log:
        proc = subprocess.run(["dovecot", "-c", str(conf)], stdin=subprocess.DEVNULL,
                              stdout=log, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        pytest.fail(f"dovecot did not start: {(base / 'start.log').read_text()}")
    try:
        wait_for_port(port)
        yield server
    finally:
        subprocess.run(["dovecot", "-c", str(conf), "stop"], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.2)
        shutil.rmtree(base, ignore_errors=True)


_user_counter = iter(range(1, 10_000))
# Enough users that one test process never reuses one (a reused mailbox keeps counting UIDs).
DESK_USERS = 64


@pytest.fixture
def imap_user(dovecot: Dovecot, request: Any) -> str:
    """A mailbox user of its own for each test (Dovecot has desk1..desk64; a reused mailbox
    is emptied first)."""
    from imap_tools import MailBoxUnencrypted

    name = f"desk{next(_user_counter) % DESK_USERS + 1}"
    with MailBoxUnencrypted("127.0.0.1", dovecot.port).login(name, dovecot.password) as box:
        uids = box.uids("ALL")
        if uids:
            box.delete(uids)
    return name


@pytest.fixture
def imap_user_without_idle(dovecot: Dovecot) -> str:
    """The one mailbox user whose server offers no IDLE (emptied first)."""
    from imap_tools import MailBoxUnencrypted

    with MailBoxUnencrypted("127.0.0.1", dovecot.port).login("noidle", dovecot.password) as box:
        uids = box.uids("ALL")
        if uids:
            box.delete(uids)
    return "noidle"


def kick(dovecot: Dovecot, user: str) -> None:
    """The server drops every connection of ``user`` (``* BYE``, then EOF)."""
    subprocess.run(["doveadm", "-c", str(dovecot.base / "dovecot.conf"), "kick", user],
                   check=True, stdin=subprocess.DEVNULL, capture_output=True)


def append(dovecot: Dovecot, user: str, raw: bytes, flags: tuple[str, ...] = ()) -> None:
    """Deliver ``raw`` into ``user``'s INBOX with IMAP APPEND."""
    from imap_tools import MailBoxUnencrypted

    with MailBoxUnencrypted("127.0.0.1", dovecot.port).login(user, dovecot.password) as box:
        box.append(raw, "INBOX", flag_set=list(flags))


# -- mail desk ----------------------------------------------------------------------------


@pytest.fixture
def mail_team(people: Any) -> Any:
    from tactful.desk.services import teams

    return teams.create_team(actor="test", name="Mail desk", calendar="office",
                             email_address="support@desk.example")


def make_mail(*, sender: str = "Kiss Anna <anna@example.hu>",
              to: str = "support@desk.example", subject: str = "Question",
              body: str = "Hello, I have a question.", message_id: str | None = "auto",
              charset: str = "utf-8", extra: str = "", in_reply_to: str = "",
              references: str = "") -> bytes:
    """A simple text/plain message, encoded in ``charset`` (8bit)."""
    import secrets
    from email.header import Header

    if message_id == "auto":
        message_id = f"<{secrets.token_hex(6)}@example.hu>"
    subject_header = Header(subject, charset).encode() if not subject.isascii() else subject
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject_header}",
             "Date: Mon, 02 Mar 2026 10:00:00 +0100", "MIME-Version: 1.0",
             f"Content-Type: text/plain; charset={charset}",
             "Content-Transfer-Encoding: 8bit"]
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    if extra:
        lines.extend(extra.strip("\n").split("\n"))
    head = "\r\n".join(lines).encode("ascii")
    return head + b"\r\n\r\n" + body.replace("\n", "\r\n").encode(charset) + b"\r\n"
