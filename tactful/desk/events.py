"""Change events, published after the transaction that caused them commits.

Every event has a fixed shape (:class:`DeskEvent`), checked by a test, so that the live
inbox and webhooks can rely on it. Events go to the Channels layer groups ``desk.all`` and
``desk.team.<id>``; in-process subscribers (tests, the worker) can listen too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

from django.db import transaction
from django.utils import timezone
from pydantic import BaseModel, ConfigDict

log = logging.getLogger("tactful.events")

EventType = Literal[
    "conversation.created",
    "conversation.updated",
    "message.added",
    "customer.created",
    "customer.updated",
    "customer.merged",
    "reference.added",
]


class DeskEvent(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: EventType
    at: datetime
    actor_id: int | None
    conversation_id: int | None = None
    team_id: int | None = None
    customer_id: int | None = None
    version: int | None = None
    fields: list[str] = []


Subscriber = Callable[[DeskEvent], None]
_subscribers: list[Subscriber] = []


def subscribe(callback: Subscriber) -> Callable[[], None]:
    """Call ``callback`` for every published event; returns a function that unsubscribes."""
    _subscribers.append(callback)
    return lambda: _subscribers.remove(callback)


def team_group(team_id: int) -> str:
    return f"desk.team.{team_id}"


ALL_GROUP = "desk.all"


def build(
    type: EventType,
    *,
    actor: object | None,
    conversation: object | None = None,
    customer_id: int | None = None,
    fields: list[str] | None = None,
) -> DeskEvent:
    """The event as of now (the conversation's version and team at this moment)."""
    return DeskEvent(
        type=type,
        at=timezone.now(),
        actor_id=getattr(actor, "pk", None),
        conversation_id=getattr(conversation, "pk", None),
        team_id=getattr(conversation, "team_id", None),
        customer_id=customer_id if customer_id is not None else getattr(
            conversation, "customer_id", None
        ),
        version=getattr(conversation, "version", None),
        fields=sorted(fields or []),
    )


def publish(
    type: EventType,
    *,
    actor: object | None,
    conversation: object | None = None,
    customer_id: int | None = None,
    fields: list[str] | None = None,
) -> DeskEvent:
    """Build the event now and deliver it once the current transaction commits."""
    event = build(type, actor=actor, conversation=conversation, customer_id=customer_id,
                  fields=fields)
    transaction.on_commit(lambda: _deliver([event]))
    return event


def publish_all(events: list[DeskEvent]) -> None:
    """Deliver events made with :func:`build`, in order, once the current transaction
    commits: one hand-over to the channel layer for all of them (bulk intake)."""
    if events:
        batch = list(events)
        transaction.on_commit(lambda: _deliver(batch))


def _deliver(events: list[DeskEvent]) -> None:
    for event in events:
        for callback in list(_subscribers):
            try:
                callback(event)
            except Exception:  # a broken listener must not undo a committed write
                log.exception("event subscriber failed for %s", event.type)
    try:
        from channels.layers import get_channel_layer

        layer = get_channel_layer()
        if layer is None:
            return
        sends = []
        for event in events:
            message = {"type": "desk.event", "event": event.model_dump(mode="json")}
            groups = [ALL_GROUP] + ([team_group(event.team_id)] if event.team_id else [])
            sends += [(group, message) for group in groups]

        async def send() -> None:
            for group, message in sends:
                await layer.group_send(group, message)

        _run_coroutine(send)
    except Exception:  # live updates are best effort; the database is the record
        log.warning("could not deliver %s to the channel layer",
                    ", ".join(sorted({e.type for e in events})), exc_info=True)


def _run_coroutine(factory: Callable[[], Any]) -> None:
    """Run an async sender from sync code, also when this thread has a running loop."""
    import asyncio
    import threading

    from asgiref.sync import async_to_sync

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        async_to_sync(factory)()
        return
    failure: list[BaseException] = []

    def in_thread() -> None:
        try:
            async_to_sync(factory)()
        except BaseException as exc:  # reported by the caller's log line
            failure.append(exc)

    thread = threading.Thread(target=in_thread, name="desk-event")
    thread.start()
    thread.join(10)
    if failure:
        raise failure[0]
