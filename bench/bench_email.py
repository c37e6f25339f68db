"""Email intake throughput, end to end, on SQLite and on PostgreSQL.

A Maildir of ``TACTFUL_BENCH_MAIL`` messages (10,000 by default) in the five languages is
imported through the real intake (parse, thread, redact, check limits and loops, store,
start clocks); the figure is messages per second, and its ratio to a baseline measured in
the same run on the same files: plain stdlib parsing (``email.message_from_bytes`` with
``policy=default`` and ``get_body``), with the number of SQL statements per message. The
import commits ``TACTFUL_BENCH_MAIL_BATCH`` messages per transaction (the importer's
default, 200). The PostgreSQL run uses a temporary database ``tactful_bench_mail_<pid>``,
created and dropped here. Target: 200/s on PostgreSQL.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
COUNT = int(os.environ.get("TACTFUL_BENCH_MAIL", "10000"))
BATCH = int(os.environ.get("TACTFUL_BENCH_MAIL_BATCH", "0"))  # 0: the importer's default

SUBJECTS = ["Számla kérdés", "Întrebare despre factură", "Küsimus arve kohta", "关于订单的问题",
            "Where is my parcel?"]
BODIES = [("iso-8859-2", "Jó napot! A {n}. számú rendelésem (ORD-2026-{n}) még nem érkezett "
                         "meg. Köszönöm!"),
          ("iso-8859-16", "Bună ziua, factura {n} pare greșită. Mulțumesc!"),
          ("iso-8859-15", "Tere! Arve {n} summa on vale. Tänan!"),
          ("gb18030", "您好！我的订单 {n} 还没有到，请帮我查一下。谢谢！"),
          ("utf-8", "Hello, parcel {n} has not arrived. My card is 4111 1111 1111 1111.\n\n"
                    "On Mon, 2 Mar 2026, Desk <support@desk.example> wrote:\n> Hello")]


def build_maildir(path: Path, count: int) -> None:
    from email.header import Header

    box = mailbox.Maildir(path, create=True)
    for n in range(count):
        k = n % 5
        charset, body = BODIES[k]
        head = (f"From: Customer {n % 700} <c{n % 700}@example.org>\r\n"
                "To: support@desk.example\r\n"
                f"Subject: {Header(SUBJECTS[k] + f' {n}', 'utf-8').encode()}\r\n"
                f"Message-ID: <bench-{n}@example.org>\r\n"
                "Date: Tue, 03 Mar 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
                f"Content-Type: text/plain; charset={charset}\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n")
        box.add(head.encode() + body.format(n=n).replace("\n", "\r\n").encode(charset))


def baseline(path: Path) -> float:
    box = mailbox.Maildir(path, factory=None, create=False)
    keys = list(box.iterkeys())
    started = time.perf_counter()
    for key in keys:
        msg = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
        body = msg.get_body(("plain", "html"))
        if body is not None:
            body.get_content()
    return len(keys) / (time.perf_counter() - started)


def child(label: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.db import connection

    from tactful.channels.email.importer import BATCH_MESSAGES, import_path
    from tactful.desk.services import teams

    statements = [0]

    def count(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        statements[0] += 1
        return execute(sql, params, many, context)

    batch = BATCH or BATCH_MESSAGES

    teams.create_team(actor="bench", name="Mail desk", email_address="support@desk.example")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "Maildir"
        build_maildir(path, COUNT)
        base = baseline(path)
        started = time.perf_counter()
        with connection.execute_wrapper(count):
            summary = import_path(path, batch_size=batch)
        rate = COUNT / (time.perf_counter() - started)
        started = time.perf_counter()
        again = import_path(path, batch_size=batch)
        dup_rate = COUNT / (time.perf_counter() - started)
    print(f"email intake {label:<10} {COUNT} msgs: {rate:7.1f} msg/s end to end "
          f"(baseline stdlib parse {base:7.0f} msg/s, ratio {rate / base:.3f}); "
          f"{statements[0] / COUNT:.2f} SQL statements/msg, {batch} per transaction; "
          f"re-import {dup_rate:7.0f} msg/s all duplicates [{summary}] [{again}]")
    if label == "postgresql":
        print(f"  target 200 msg/s on PostgreSQL: {'met' if rate >= 200 else 'NOT met'}")


def _run(label: str, env: dict[str, str]) -> None:
    full = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    full.update(env, DJANGO_SETTINGS_MODULE="tactful.settings")
    out = subprocess.run([sys.executable, "-m", "bench.bench_email", "--child", label],
                         env=full, capture_output=True, text=True, timeout=7200)
    if out.returncode != 0:
        print(out.stdout, out.stderr)
        raise RuntimeError(f"bench_email on {label} failed")
    print(out.stdout.rstrip(), flush=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _run("sqlite", {"TACTFUL_VAR_DIR": tmp})
    import psycopg

    name = f"tactful_bench_mail_{os.getpid()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory() as tmp:
            _run("postgresql", {"TACTFUL_VAR_DIR": tmp,
                                "DATABASE_URL": PG_ADMIN.rsplit("/", 1)[0] + "/" + name})
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
