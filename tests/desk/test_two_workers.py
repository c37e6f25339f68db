"""Two real worker processes share the due deadlines and never act twice on one.

Runs against the suite's database (CI runs it on PostgreSQL too, where claims use
SELECT … FOR UPDATE SKIP LOCKED; SQLite serialises the workers' write transactions).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection

from tactful.desk.models import AuditEvent, ConversationClock, Notification
from tactful.desk.services import conversations as svc

pytestmark = pytest.mark.django_db(transaction=True)

WORKER = """
import os, sys, django
from datetime import datetime
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tactful.settings")
django.setup()
from tactful.desk.services import deadlines as sweeper
now = datetime.fromisoformat(sys.argv[1])
done = 0
while sweeper.process_one_due(now=now):
    done += 1
print(done)
"""


def database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user = settings.get("USER") or "postgres"
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    return f"postgresql://{user}@{host}:{port}/{settings['NAME']}"


def test_two_workers_never_act_twice_on_the_same_deadline(people: Any,
                                                         policy_24x7: Any) -> None:
    """R-SLA-2: each warning and breach is recorded and notified exactly once."""
    conversations = [
        svc.open_conversation(actor=people.agent, team=people.team, channel="chat",
                              assignee=people.agent)
        for _ in range(40)
    ]
    last_due = max(c.due_at for c in ConversationClock.objects.filter(name="first_response"))
    when = (last_due + timedelta(minutes=1)).isoformat()
    env = {**os.environ, "DATABASE_URL": database_url()}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, when], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    outputs = [w.communicate(timeout=180) for w in workers]
    for worker, (_out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
    handled = [int(out.strip()) for out, _ in outputs]
    assert sum(handled) >= len(conversations)
    for conversation in conversations:
        breaches = AuditEvent.objects.filter(conversation=conversation, action="clock.breached",
                                             after__clock="first_response")
        warnings = AuditEvent.objects.filter(conversation=conversation, action="clock.warning",
                                             after__clock="first_response")
        assert (breaches.count(), warnings.count()) == (1, 1), conversation.pk
    # warning: assignee; breach: assignee + supervisor — once each per conversation.
    assert Notification.objects.filter(text__contains="First response").count() == 3 * 40
