"""Live updates over WebSocket: staff receive the desk events of the teams they can see."""

from __future__ import annotations

from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.urls import path

from tactful.desk import access
from tactful.desk.events import ALL_GROUP, team_group


class DeskEventsConsumer(AsyncJsonWebsocketConsumer):
    """Sends ``{"event": {...}}`` for every change the connected user may see."""

    groups_joined: list[str]

    async def connect(self) -> None:
        user = self.scope.get("user")
        groups = await database_sync_to_async(self._groups_for)(user)
        if groups is None:
            await self.close(code=4403)
            return
        self.groups_joined = groups
        for group in groups:
            await self.channel_layer.group_add(group, self.channel_name)
        await self.accept()

    @staticmethod
    def _groups_for(user: Any) -> list[str] | None:
        if access.role_of(user) is None:
            return None
        if access.sees_everything(user):
            return [ALL_GROUP]
        return [team_group(team_id) for team_id in access.team_ids(user)]

    async def disconnect(self, code: int) -> None:
        for group in getattr(self, "groups_joined", []):
            await self.channel_layer.group_discard(group, self.channel_name)

    async def desk_event(self, message: dict[str, Any]) -> None:
        await self.send_json({"event": message["event"]})


websocket_urlpatterns = [path("ws/desk/", DeskEventsConsumer.as_asgi())]
