"""Desk core: conversation create through the API, and list latency at 100,000 rows.

Each database runs in its own process (settings are read once per process): a temporary
SQLite file, and a temporary PostgreSQL database that is created and dropped here.
Figures are ratios against baselines measured in the same process:
- create: API requests vs bare ORM inserts of the same rows (the service layer's cost:
  validation, permission checks, row lock, audit row, event);
- list: API pages vs a plain ``SELECT … LIMIT 50`` on the same table.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

ROWS = 100_000
CREATES = 300
SAMPLES = 60
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run_child("sqlite", {"TACTFUL_VAR_DIR": tmp})
    name = f"tactful_bench_{os.getpid()}"
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory() as tmp:
            run_child("postgresql", {"TACTFUL_VAR_DIR": tmp,
                                     "DATABASE_URL": PG_ADMIN.rsplit("/", 1)[0] + "/" + name})
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_child(label: str, extra_env: dict[str, str]) -> None:
    env = {**os.environ, **extra_env, "DJANGO_SETTINGS_MODULE": "tactful.settings"}
    env.pop("DATABASE_URL", None) if "DATABASE_URL" not in extra_env else None
    result = subprocess.run([sys.executable, "-m", "bench.bench_desk", "--child", label],
                            env=env, capture_output=True, text=True, timeout=1200)
    if result.returncode != 0:
        print(result.stdout, result.stderr)
        raise RuntimeError(f"{label} benchmark failed")
    print(result.stdout.rstrip())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def child(label: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from tactful.desk.models import Conversation, Team
    from tactful.desk.services import staff, teams

    call_command("migrate", verbosity=0)
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    team = teams.create_team(actor="bench", name="Bench")
    other = teams.create_team(actor="bench", name="Other")
    agent = staff.create_staff_user(actor="bench", username="agent", password="x" * 12,
                                    role="agent", teams=[team])
    _, token = staff.issue_api_token(agent, actor=agent, name="bench")
    client = Client(headers={"Authorization": f"Bearer {token}"})
    body = json.dumps({"channel": "email", "team": team.slug, "subject": "Számla kérdés",
                       "language": "hu", "contact_email": "vevo@example.hu"})

    # Create: API vs bare ORM inserts.
    started = time.perf_counter()
    for _ in range(CREATES):
        response = client.post("/api/v1/conversations", body, content_type="application/json")
        assert response.status_code == 201, response.content
    api_rate = CREATES / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(CREATES):
        Conversation.objects.create(channel="email", team=team, subject="Számla kérdés",
                                    language="hu", contact_email="vevo@example.hu")
    orm_rate = CREATES / (time.perf_counter() - started)
    print(f"[{label}] api create: {api_rate:,.0f} conv/s "
          f"(bare ORM insert baseline {orm_rate:,.0f}/s, ratio {api_rate / orm_rate:.2f})")

    # Seed to ROWS conversations (benchmark-only bulk path), spread over two teams.
    now = timezone.now()
    have = Conversation.objects.count()
    batch = []
    statuses = ["new", "open", "waiting_on_customer", "resolved", "closed"]
    for i in range(ROWS - have):
        batch.append(Conversation(
            channel=("email", "chat", "phone")[i % 3], team=team if i % 2 else other,
            status=statuses[i % 5], subject=f"Seeded {i}", language="hu",
            next_deadline_at=now + timezone.timedelta(minutes=(i * 7919) % 100_000)
            if i % 5 < 3 else None, token=f"b{i:014d}"))
        if len(batch) == 5000:
            Conversation.objects.bulk_create(batch)
            batch = []
    Conversation.objects.bulk_create(batch)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    def timed(fn: Any) -> list[float]:
        fn()  # warm
        samples = []
        for _ in range(SAMPLES):
            t = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - t) * 1000)
        return samples

    def api_get(path: str) -> Any:
        response = client.get(path)
        assert response.status_code == 200, response.content
        return response.json()

    first = api_get("/api/v1/conversations?limit=50")
    cursor_value = first["next_cursor"]
    for _ in range(20):  # a page well past the start
        cursor_value = api_get(f"/api/v1/conversations?limit=50&cursor={cursor_value}")[
            "next_cursor"]
    pages = {
        "first page": "/api/v1/conversations?limit=50",
        "page 21 (cursor)": f"/api/v1/conversations?limit=50&cursor={cursor_value}",
        "open, by deadline": "/api/v1/conversations?limit=50&open=true&sort=deadline",
    }

    def plain_select() -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM desk_conversation ORDER BY id DESC LIMIT 50")
            cursor.fetchall()

    base = timed(plain_select)
    base_p50 = statistics.median(base)
    print(f"[{label}] {Conversation.objects.count():,} conversations; plain SELECT LIMIT 50 "
          f"p50 {base_p50:.2f} ms, p95 {percentile(base, 0.95):.2f} ms")
    for name, path in pages.items():
        samples = timed(lambda path=path: api_get(path))
        p50, p95 = statistics.median(samples), percentile(samples, 0.95)
        print(f"[{label}] list {name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
              f"({p50 / base_p50:.0f}x the plain SELECT)")
    del Team


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
