"""Desk core: conversation create through the API, and list latency at 100,000 rows.

Each database runs in a process of its own (Django reads its settings once per process):
a temporary SQLite file, then a temporary PostgreSQL database ``tactful_bench_<pid>`` that
is created and dropped here. Each figure comes with a baseline measured in the same
process, on the same table:

- create: ``POST /api/v1/conversations`` with a bearer token (Django's test client, in
  process) against the same number of bare ``Conversation`` INSERTs through the ORM, one
  by one. The ratio is the cost of the service layer: validation, permission checks, the
  audit row, the service-level clocks, the event;
- list: ``GET /api/v1/conversations?limit=50`` (first page, a cursor page half-way down the
  table, and ``status=open&team=…&sort=deadline``) against a plain ``SELECT … LIMIT 50``
  asking the database for the same rows.

The 100,000 rows are seeded with ``bulk_create``: a benchmark-only fast path, not how the
desk writes.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

ROWS = 100_000
CREATES = 300
WARM_UP = 20
SAMPLES = 60
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tactful-bench-") as tmp:
        run_child("sqlite", {"TACTFUL_VAR_DIR": tmp,
                             "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3"})
    name = f"tactful_bench_{os.getpid()}"
    try:
        import psycopg

        admin = psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5)
    except Exception as exc:  # no server here: say so and keep the SQLite figures
        print(f"[postgresql] skipped: {PG_SERVER} could not be reached ({exc})")
        return
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            with tempfile.TemporaryDirectory(prefix="tactful-bench-") as tmp:
                run_child("postgresql", {"TACTFUL_VAR_DIR": tmp,
                                         "DATABASE_URL": f"{PG_SERVER}/{name}"})
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_child(label: str, extra_env: dict[str, str]) -> None:
    env = {**os.environ, **extra_env, "DJANGO_SETTINGS_MODULE": "tactful.settings"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "bench.bench_desk", "--child", label],
                            env=env, capture_output=True, text=True, timeout=900)
    print(result.stdout.rstrip(), flush=True)
    if result.returncode != 0:
        print(result.stderr[-4000:], flush=True)
        raise RuntimeError(f"the {label} benchmark failed")
    print(f"[{label}] ({time.perf_counter() - started:.0f} s including migrations and seeding)",
          flush=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn: Callable[[], Any], samples: int = SAMPLES) -> list[float]:
    """Milliseconds per call, after one warm-up call."""
    fn()
    out = []
    for _ in range(samples):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def child(label: str) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client
    from django.utils import timezone

    from tactful.api.pagination import encode_cursor
    from tactful.desk.models import Conversation
    from tactful.desk.services import staff, teams

    def say(text: str) -> None:
        print(f"[{label}] {text}", flush=True)

    call_command("migrate", verbosity=0)
    # The benchmark is about conversations, not password hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    team = teams.create_team(actor="bench", name="Bench")
    other = teams.create_team(actor="bench", name="Other")
    agent = staff.create_staff_user(actor="bench", username="agent", password="x" * 12,
                                    role="agent", teams=[team])
    _, token = staff.issue_api_token(agent, actor=agent, name="bench")
    client = Client(headers={"Authorization": f"Bearer {token}"})
    body = json.dumps({"channel": "email", "team": team.slug, "subject": "Számla kérdés",
                       "language": "hu", "contact_email": "vevo@example.hu"})

    def api_create() -> None:
        response = client.post("/api/v1/conversations", body, content_type="application/json")
        assert response.status_code == 201, response.content

    def orm_insert() -> None:
        Conversation.objects.create(channel="email", team=team, subject="Számla kérdés",
                                    language="hu", contact_email="vevo@example.hu")

    # -- create: the API against bare ORM inserts of the same rows -------------------------
    rates = {}
    for name, fn in (("api", api_create), ("orm", orm_insert)):
        for _ in range(WARM_UP):  # first requests load the policy, the API schema, caches
            fn()
        started = time.perf_counter()
        for _ in range(CREATES):
            fn()
        rates[name] = CREATES / (time.perf_counter() - started)
    say(f"api create: {rates['api']:,.0f} conv/s (ORM insert baseline {rates['orm']:,.0f}/s, "
        f"ratio {rates['api'] / rates['orm']:.2f}; {CREATES} each, one by one)")

    # -- seed to ROWS conversations over two teams (benchmark-only bulk path) ---------------
    started = time.perf_counter()
    now = timezone.now()
    statuses = ["new", "open", "waiting_on_customer", "resolved", "closed"]
    channels = ["email", "chat", "phone", "web_form", "voicemail"]
    missing = ROWS - Conversation.objects.count()
    with transaction.atomic():
        for start in range(0, missing, 5000):
            Conversation.objects.bulk_create([
                Conversation(
                    channel=channels[i % 5], team=team if i % 2 else other,
                    status=statuses[(i // 2) % 5], subject=f"Seeded conversation {i}",
                    language="hu", token=f"b{i:014d}",
                    next_deadline_at=now + timedelta(minutes=(i * 7919) % 100_000)
                    if (i // 2) % 5 < 3 else None,
                )
                for i in range(start, min(start + 5000, missing))
            ])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    total = Conversation.objects.count()
    say(f"seeded to {total:,} conversations in {time.perf_counter() - started:.1f} s "
        f"(bulk_create)")

    # -- list: API pages against plain SELECTs of the same rows -----------------------------
    ids = list(Conversation.objects.order_by("id").values_list("id", flat=True)[::1000])
    middle = ids[len(ids) // 2]
    deep_cursor = encode_cursor("newest", middle, middle)
    table = Conversation._meta.db_table

    def api_get(path: str) -> Callable[[], Any]:
        def get() -> None:
            response = client.get(path)
            assert response.status_code == 200, response.content
            assert len(response.json()["items"]) == 50
        return get

    def plain(sql: str, params: list[Any]) -> Callable[[], Any]:
        def run() -> None:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                assert len(cursor.fetchall()) == 50
        return run

    cases = [
        ("first page", "/api/v1/conversations?limit=50",
         f"SELECT * FROM {table} WHERE team_id = %s ORDER BY id DESC LIMIT 50", [team.pk]),
        (f"cursor page at row {total // 2:,}",
         f"/api/v1/conversations?limit=50&cursor={deep_cursor}",
         f"SELECT * FROM {table} WHERE team_id = %s AND id < %s ORDER BY id DESC LIMIT 50",
         [team.pk, middle]),
        ("status=open&team=bench&sort=deadline",
         f"/api/v1/conversations?limit=50&status=open&team={team.slug}&sort=deadline",
         f"SELECT * FROM {table} WHERE team_id = %s AND status = 'open' "
         "ORDER BY next_deadline_at ASC NULLS LAST, id LIMIT 50", [team.pk]),
    ]
    for name, path, sql, params in cases:
        api = timed(api_get(path))
        base = timed(plain(sql, params))
        api50, base50 = statistics.median(api), statistics.median(base)
        say(f"list {name}: p50 {api50:.1f} ms, p95 {percentile(api, 0.95):.1f} ms "
            f"(plain SELECT … LIMIT 50: p50 {base50:.2f} ms, p95 {percentile(base, 0.95):.2f} "
            f"ms; {api50 / base50:.0f}x)")
    del other


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
