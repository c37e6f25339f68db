"""Two agents changing one conversation at the same moment, over real separate connections.

Runs on whichever database the suite runs against; CI runs it on PostgreSQL too, where
the services lock the row with SELECT … FOR UPDATE.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, connections

from tactful.desk.errors import Conflict
from tactful.desk.models import AuditEvent, Conversation, Message
from tactful.desk.services import conversations as svc
from tactful.desk.services.messages import add_message

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Start every job at once, each on its own thread and database connection."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def runner(index: int, job: Callable[[], Any]) -> None:
        try:
            barrier.wait()
            results[index] = job()
        except Exception as exc:  # collected and asserted on by the test
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=runner, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_two_updates_from_the_same_version_one_wins_one_gets_a_conflict(people: Any) -> None:
    conv = svc.open_conversation(actor=people.agent, team=people.team, channel="email")
    seen_version = conv.version

    def set_priority(user: Any, priority: str) -> Any:
        fresh = Conversation.objects.get(pk=conv.pk)
        return svc.update_conversation(fresh, actor=people.fresh(user),
                                       changes={"priority": priority},
                                       expected_version=seen_version)

    results = run_together([lambda: set_priority(people.agent, "high"),
                            lambda: set_priority(people.supervisor, "low")])
    wins = [r for r in results if isinstance(r, Conversation)]
    conflicts = [r for r in results if isinstance(r, Conflict)]
    assert len(wins) == 1 and len(conflicts) == 1, results
    final = Conversation.objects.get(pk=conv.pk)
    assert final.version == seen_version + 1
    assert final.priority == wins[0].priority
    assert AuditEvent.objects.filter(conversation=conv, action="conversation.updated").count() == 1


def test_many_simultaneous_messages_lose_no_update(people: Any) -> None:
    conv = svc.open_conversation(actor=people.agent, team=people.team, channel="chat")
    start_version = conv.version
    n = 12

    def reply(i: int) -> Any:
        actor = people.fresh(people.agent if i % 2 else people.supervisor)
        return add_message(Conversation.objects.get(pk=conv.pk), actor=actor,
                           direction="note", text=f"note {i}")

    results = run_together([lambda i=i: reply(i) for i in range(n)])
    assert all(isinstance(r, Message) for r in results), results
    assert Message.objects.filter(conversation=conv).count() == n
    # Notes do not move the conversation; a status change and an update still serialise:
    results = run_together([
        lambda: svc.update_conversation(Conversation.objects.get(pk=conv.pk),
                                        actor=people.fresh(people.agent),
                                        changes={"subject": "A"}),
        lambda: svc.update_conversation(Conversation.objects.get(pk=conv.pk),
                                        actor=people.fresh(people.supervisor),
                                        changes={"priority": "urgent"}),
    ])
    final = Conversation.objects.get(pk=conv.pk)
    assert (final.subject, final.priority) == ("A", "urgent")
    assert final.version == start_version + 2


def test_the_suite_names_its_database() -> None:
    assert connection.vendor in ("sqlite", "postgresql")
