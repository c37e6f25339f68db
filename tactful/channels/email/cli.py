"""``tactful mail …``: listen (SMTP/LMTP), import (eml/mbox/Maildir), poll (IMAP), send."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any


def _setup() -> None:
    from tactful.cli import _check_database, _django_setup

    _django_setup()
    _check_database()


def _team(slug: str | None) -> Any:
    if not slug:
        return None
    from tactful.desk.models import Team

    team = Team.objects.filter(slug=slug).first()
    if team is None:
        raise SystemExit(f"tactful: there is no team {slug}")
    return team


def run_listen(args: argparse.Namespace) -> int:
    _setup()
    from .lmtp import make_controller

    controller = make_controller(args.host, args.port, lmtp=args.lmtp,
                                 accept_any=args.accept_any)
    controller.start()
    kind = "LMTP" if args.lmtp else "SMTP"
    print(f"Tactful {kind} listener on {args.host}:{args.port} (Ctrl+C stops it)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()
    return 0


def run_import(args: argparse.Namespace) -> int:
    _setup()
    from .importer import BATCH_MESSAGES, import_path

    path = Path(args.path)
    if not path.exists():
        print(f"tactful: {path} does not exist", file=sys.stderr)
        return 2
    if args.batch is not None and args.batch < 1:
        print("tactful: --batch must be at least 1", file=sys.stderr)
        return 2
    summary = import_path(path, team=_team(args.team), acknowledge=args.acknowledge,
                          batch_size=args.batch or BATCH_MESSAGES)
    print(summary)
    return 0


def run_poll(args: argparse.Namespace) -> int:
    _setup()
    from tactful.desk.models import Mailbox
    from tactful.desk.services import mail as mail_services

    from .imap import poll

    status = 0
    for mailbox in Mailbox.objects.filter(is_active=True).select_related("team"):
        claimed = mail_services.claim_mailbox(mailbox=mailbox)
        if claimed is None:
            continue
        error = ""
        try:
            result = poll(claimed)
            print(f"{claimed}: fetched {result.fetched} {result.outcomes}")
            error = "; ".join(result.errors)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            print(f"{claimed}: {error}", file=sys.stderr)
            status = 1
        mail_services.release_mailbox(claimed, error=error)
    return status


def run_send(args: argparse.Namespace) -> int:
    _setup()
    from .outbox import send_one_due

    sent = 0
    while send_one_due():
        sent += 1
    print(f"outbox: {sent} handled")
    return 0


def register(subparsers: Any) -> None:
    mail = subparsers.add_parser("mail", help="email intake and outbox")
    sub = mail.add_subparsers(dest="mail_command", metavar="ACTION")
    listen = sub.add_parser("listen", help="receive mail over SMTP or LMTP")
    listen.add_argument("--host", default="127.0.0.1")
    listen.add_argument("--port", type=int, default=2525)
    listen.add_argument("--lmtp", action="store_true", help="speak LMTP instead of SMTP")
    listen.add_argument("--accept-any", action="store_true",
                        help="accept every recipient, not only team addresses")
    listen.set_defaults(func=run_listen)
    imp = sub.add_parser("import", help="import .eml files, an mbox or a Maildir")
    imp.add_argument("path")
    imp.add_argument("--team", help="team slug for mail addressed to no team")
    imp.add_argument("--acknowledge", action="store_true",
                     help="send automatic acknowledgements for imported mail")
    imp.add_argument("--batch", type=int, metavar="N",
                     help="messages stored per transaction (default 200)")
    imp.set_defaults(func=run_import)
    poll = sub.add_parser("poll", help="poll every active IMAP mailbox once")
    poll.set_defaults(func=run_poll)
    send = sub.add_parser("send", help="send what is due in the outbox")
    send.set_defaults(func=run_send)
    mail.set_defaults(func=lambda args: (mail.print_help(), 0)[1])
