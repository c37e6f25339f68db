"""Errors that services raise; the API and the web pages turn them into responses."""

from __future__ import annotations


class DeskError(Exception):
    """Base of every refusal a service makes. ``code`` is machine-readable."""

    code = "desk_error"
    status = 400

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotAllowed(DeskError):
    code = "forbidden"
    status = 403


class NotFound(DeskError):
    code = "not_found"
    status = 404


class Conflict(DeskError):
    """The object changed since the caller read it (optimistic version mismatch)."""

    code = "conflict"
    status = 409


class InvalidInput(DeskError):
    code = "invalid"
    status = 422
