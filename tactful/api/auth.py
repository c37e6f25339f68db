"""API authentication: per-user bearer tokens, or the browser's session with CSRF."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import APIKeyCookie, HttpBearer

from tactful.desk import access
from tactful.desk.services.staff import authenticate_api_token


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        user = authenticate_api_token(token)
        if user is None or access.role_of(user) is None:
            return None
        request.user = user
        return user


class StaffSessionAuth(APIKeyCookie):
    """The logged-in browser session; unsafe methods need the CSRF token (ninja checks it)."""

    param_name = "sessionid"

    def authenticate(self, request: HttpRequest, key: str | None) -> Any | None:
        user = getattr(request, "user", None)
        if user is not None and access.role_of(user) is not None:
            return user
        return None
