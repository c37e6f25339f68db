"""The sweeper: one pass over 1,000 due deadlines among 1,000,000 open conversations.

The same 1,000 due conversations are swept with 10,000 and with 1,000,000 open
conversations in the table; the ratio of the two pass times shows whether the cost grows
with what is open (it should not: the sweeper reads due rows through the partial index).
"""

from __future__ import annotations

import time
from datetime import timedelta

from bench.databases import is_child, run_each

DUE = 1_000
SIZES = (10_000, 1_000_000)


def main() -> None:
    run_each("bench.bench_sweeper", "tactful_bench_sweeper")


def child(label: str) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from tactful.desk.models import Conversation, ConversationClock
    from tactful.desk.services import deadlines as sweeper
    from tactful.desk.services import teams

    call_command("migrate", verbosity=0)
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    team = teams.create_team(actor="bench", name="Bench")
    now = timezone.now()
    created = 0
    results = []
    due_ids: list[int] = []
    for size in SIZES:
        # Seed (benchmark-only bulk path): open conversations with future deadlines.
        batch = []
        for i in range(created, size):
            batch.append(Conversation(channel="email", team=team, status="open",
                                      subject="seeded", token=f"s{i:014d}",
                                      next_deadline_at=now + timedelta(days=1 + i % 300)))
            if len(batch) == 20_000:
                Conversation.objects.bulk_create(batch)
                batch = []
        Conversation.objects.bulk_create(batch)
        created = size
        # Make 1,000 of them due, each with one running clock past its warning.
        if not due_ids:
            due_ids = list(Conversation.objects.order_by("?").values_list("id", flat=True)[
                :DUE])
        Conversation.objects.filter(id__in=due_ids).update(next_deadline_at=now - timedelta(
            minutes=5))
        ConversationClock.objects.filter(conversation_id__in=due_ids).delete()
        ConversationClock.objects.bulk_create([
            ConversationClock(conversation_id=cid, name="first_response", calendar="office",
                              started_at=now - timedelta(hours=10), target_seconds=8 * 3600,
                              warn_before_seconds=3600, due_at=now + timedelta(hours=3),
                              warn_at=now - timedelta(minutes=5),
                              next_check_at=now - timedelta(minutes=5))
            for cid in due_ids])
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        started = time.perf_counter()
        handled = 0
        while sweeper.process_one_due(now=now):
            handled += 1
        elapsed = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(200):
            sweeper.process_one_due(now=now)
        idle = (time.perf_counter() - started) / 200
        results.append((size, handled, elapsed, idle))
        print(f"[{label}] {size:,} open, {handled:,} due: one pass {elapsed:.2f} s "
              f"({elapsed / max(handled, 1) * 1000:.2f} ms per due conversation); "
              f"an idle check {idle * 1000:.2f} ms", flush=True)
    (small, _, t_small, i_small), (large, _, t_large, i_large) = results
    print(f"[{label}] pass time with {large:,} open vs {small:,} open: "
          f"{t_large / t_small:.2f}x; idle check {i_large / i_small:.2f}x")


if __name__ == "__main__":
    label = is_child()
    if label:
        child(label)
    else:
        main()
