"""Web pages at 100,000 conversations on PostgreSQL: the inbox and the conversation page.

Server time per request (Django's test client in-process: middleware, queries, templates),
p50 and p95 over repeated requests, against a baseline measured in the same run (the
login page: a template render with no queries). Target: p95 under 150 ms. Seeding uses
bulk_create, acceptable in benchmark code only. The database ``tactful_bench_web_<pid>``
is created and dropped here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from typing import Any

from bench.databases import PG_ADMIN, is_child, percentile

ROWS = 100_000
CUSTOMERS = 5_000
SAMPLES = 80
TARGET_MS = 150.0


def main() -> None:
    import psycopg

    name = f"tactful_bench_web_{os.getpid()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
            env.update(TACTFUL_VAR_DIR=tmp, DJANGO_SETTINGS_MODULE="tactful.settings",
                       DATABASE_URL=PG_ADMIN.rsplit("/", 1)[0] + "/" + name)
            result = subprocess.run([sys.executable, "-m", "bench.bench_web", "--child",
                                     "postgresql"], env=env, capture_output=True, text=True,
                                    timeout=3000)
            if result.returncode != 0:
                print(result.stdout, result.stderr)
                raise RuntimeError("bench_web failed")
            print(result.stdout.rstrip(), flush=True)
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _seed() -> dict[str, Any]:
    from django.conf import settings
    from django.utils import timezone

    from tactful.desk.models import (
        ContactPoint,
        Conversation,
        ConversationClock,
        Customer,
        Message,
        Reference,
    )
    from tactful.desk.services import staff, teams
    from tactful.desk.services.conversations import add_reference, open_conversation
    from tactful.desk.services.escalations import escalate_to_supervisor
    from tactful.desk.services.messages import add_message
    from tactful.desk.services.replies import post_agent_message

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    team_list = [teams.create_team(actor="bench", name=f"Team {n}") for n in range(5)]
    agents = [staff.create_staff_user(actor="bench", username=f"agent{n}", password="x" * 12,
                                      role="agent", teams=[team_list[n % 5]])
              for n in range(10)]
    staff.create_staff_user(actor="bench", username="boss", password="x" * 12,
                            role="supervisor", teams=[team_list[0]])
    manager = staff.create_staff_user(actor="bench", username="manager", password="x" * 12,
                                      role="manager")
    customers = Customer.objects.bulk_create(
        [Customer(code=f"B-{n:06d}", name=f"Customer {n}") for n in range(CUSTOMERS)])
    ContactPoint.objects.bulk_create(
        [ContactPoint(customer=c, kind="email", value=f"c{c.pk}@example.com",
                      normalized=f"c{c.pk}@example.com") for c in customers])
    now = timezone.now()
    statuses = ["new", "open", "waiting_on_customer", "resolved", "closed"]
    channels = ["email", "chat", "phone", "web_form", "letter"]
    batch: list[Conversation] = []
    for i in range(ROWS):
        open_ = i % 5 < 3
        batch.append(Conversation(
            channel=channels[i % 5], team=team_list[i % 5], status=statuses[i % 5],
            priority=("low", "normal", "normal", "high", "urgent")[i % 5],
            subject=f"Seeded conversation {i}", language=("hu", "en", "et", "ro", "zh-Hans")[
                i % 5], customer=customers[i % CUSTOMERS],
            assignee=agents[i % 10] if i % 3 else None,
            next_deadline_at=now + timedelta(minutes=(i * 7919) % 20_000 - 2_000)
            if open_ else None, token=f"w{i:014d}"))
        if len(batch) == 10_000:
            Conversation.objects.bulk_create(batch)
            batch = []
    Conversation.objects.bulk_create(batch)
    clocks: list[ConversationClock] = []
    for pk, deadline in Conversation.objects.filter(next_deadline_at__isnull=False).values_list(
            "pk", "next_deadline_at").iterator(chunk_size=10_000):
        due = deadline + timedelta(minutes=30)
        clocks.append(ConversationClock(
            conversation_id=pk, name="first_response", calendar="office",
            started_at=now - timedelta(hours=2), target_seconds=8 * 3600, due_at=due,
            warn_at=deadline, breached_at=due if due < now else None))
        if len(clocks) == 10_000:
            ConversationClock.objects.bulk_create(clocks)
            clocks = []
    ConversationClock.objects.bulk_create(clocks)
    # One fully written conversation for the conversation page, through the services.
    agent = agents[0]
    conversation = open_conversation(actor=agent, team=team_list[0], channel="email",
                                     subject="Hibás számla", language="hu",
                                     customer=customers[0], assignee=agent)
    add_reference(conversation, actor=agent, kind="invoice", value="E-2026/123456")
    for n in range(15):
        add_message(conversation, actor="email", direction="inbound", sender="Customer 0",
                    text=f"Üzenet {n}: a számlám kétszer annyi, mint szokott. " * 3)
        post_agent_message(conversation, actor=agent, text=f"Válasz {n}: máris megnézem.",
                           check_report={"lang": "hu", "score": 90, "findings": []})
    escalate_to_supervisor(conversation, actor=agent,
                           summary="The meter reading is fine; the correction does not start.")
    assert Message.objects.count() >= 30 and Reference.objects.exists()
    return {"agent": agent, "manager": manager, "conversation": conversation}


def _measure(client: Any, url: str) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(5):  # warm caches, template loaders, the checker is not involved
        assert client.get(url).status_code == 200, url
    times = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return percentile(times, 0.5), percentile(times, 0.95), len(queries)


def child(label: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    seeded = _seed()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"[{label}] seeded {ROWS:,} conversations in {time.perf_counter() - started:.0f} s")
    agent_client = Client()
    agent_client.force_login(seeded["agent"])
    manager_client = Client()
    manager_client.force_login(seeded["manager"])
    anonymous = Client()
    base50, base95, _ = _measure(anonymous, "/login/")
    print(f"[{label}] baseline (login page, no queries): p50 {base50:.1f} ms, "
          f"p95 {base95:.1f} ms")
    conv = seeded["conversation"].pk
    cases = [
        ("inbox, agent, my team's", agent_client, "/"),
        ("inbox, agent, mine", agent_client, "/?view=mine"),
        ("inbox, agent, in warning", agent_client, "/?breach=warning"),
        ("inbox, agent, breached, email", agent_client, "/?breach=breached&channel=email"),
        ("inbox, manager, all", manager_client, "/?view=all"),
        ("inbox rows partial (live refresh)", agent_client, "/inbox/rows?view=team"),
        ("conversation page", agent_client, f"/conversations/{conv}/"),
    ]
    worst = 0.0
    for name, client, url in cases:
        p50, p95, queries = _measure(client, url)
        worst = max(worst, p95)
        print(f"[{label}] {name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, {queries} queries "
              f"(p95 {p95 / base95:.1f}x baseline)")
    verdict = "meets" if worst < TARGET_MS else "MISSES"
    print(f"[{label}] worst p95 {worst:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target")


if __name__ == "__main__":
    which = is_child()
    if which:
        child(which)
    else:
        main()
