"""With REDIS_URL, events travel through a real Redis to other processes' consumers."""

from __future__ import annotations

from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import channel_layers, get_channel_layer

from tactful.desk.events import DeskEvent, team_group
from tactful.desk.services.conversations import open_conversation


def test_an_event_crosses_a_real_redis_channel_layer(
    people: Any, settings: Any, django_capture_on_commit_callbacks: Any,
) -> None:
    settings.CHANNEL_LAYERS = {"default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": ["redis://127.0.0.1:6379/3"], "prefix": f"t{people.team.pk}"},
    }}
    channel_layers.backends.clear()
    try:
        layer = get_channel_layer()
        assert type(layer).__name__ == "RedisChannelLayer"
        channel = async_to_sync(layer.new_channel)()
        async_to_sync(layer.group_add)(team_group(people.team.pk), channel)
        with django_capture_on_commit_callbacks(execute=True):
            conv = open_conversation(actor=people.agent, team=people.team, channel="chat")
        message = async_to_sync(layer.receive)(channel)
        assert DeskEvent.model_validate(message["event"]).conversation_id == conv.pk
    finally:
        channel_layers.backends.clear()
