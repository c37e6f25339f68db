"""API clients that authenticate with real tokens issued through the service."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from tactful.desk.services.staff import issue_api_token


class ApiClient:
    def __init__(self, user: Any) -> None:
        _, self.token = issue_api_token(user, actor=user, name="tests")
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {self.token}"}

    def call(self, method: str, path: str, body: Any = None, *, raw: bytes | str | None = None,
             headers: dict[str, str] | None = None) -> Any:
        data: Any = raw if raw is not None else (json.dumps(body) if body is not None else None)
        kwargs: dict[str, Any] = {"headers": {**self.headers, **(headers or {})}}
        if data is not None:
            kwargs["data"] = data
            kwargs["content_type"] = "application/json"
        return getattr(self.client, method.lower())(f"/api/v1{path}", **kwargs)

    def get(self, path: str, **kw: Any) -> Any:
        return self.call("GET", path, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.call("POST", path, body, **kw)

    def patch(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.call("PATCH", path, body, **kw)


@pytest.fixture
def api(people: Any) -> ApiClient:
    return ApiClient(people.agent)


@pytest.fixture
def api_as(people: Any) -> Any:
    return lambda user: ApiClient(user)
