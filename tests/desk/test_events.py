"""Change events have a fixed schema and reach the Channels layer groups."""

from __future__ import annotations

from typing import Any

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from pydantic import ValidationError

from tactful.desk.events import ALL_GROUP, DeskEvent, team_group
from tactful.desk.services.conversations import open_conversation


def test_the_event_schema_refuses_unknown_types_and_fields() -> None:
    with pytest.raises(ValidationError):
        DeskEvent.model_validate({"type": "conversation.exploded", "at": "2026-01-01T00:00:00Z",
                                  "actor_id": None})
    with pytest.raises(ValidationError):
        DeskEvent.model_validate({"type": "conversation.created", "at": "2026-01-01T00:00:00Z",
                                  "actor_id": None, "password": "x"})


def test_a_change_reaches_the_team_group_and_the_all_group(
    people: Any, django_capture_on_commit_callbacks: Any,
) -> None:
    layer = get_channel_layer()
    team_channel = async_to_sync(layer.new_channel)()
    all_channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(team_group(people.team.pk), team_channel)
    async_to_sync(layer.group_add)(ALL_GROUP, all_channel)
    with django_capture_on_commit_callbacks(execute=True):
        conv = open_conversation(actor=people.agent, team=people.team, channel="chat")
    for channel in (team_channel, all_channel):
        message = async_to_sync(layer.receive)(channel)
        event = DeskEvent.model_validate(message["event"])
        assert (event.type, event.conversation_id) == ("conversation.created", conv.pk)
