"""One JSON shape for every API error: ``{"error": {"code", "message", "field"}}``."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from tactful.desk.errors import DeskError


def error_body(code: str, message: str, field: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "field": field, **extra}}


def _field_path(loc: list[Any] | tuple[Any, ...]) -> str:
    # ninja prefixes locations with the parameter source and name: ("body", "payload", "x")
    parts = [str(p) for p in loc]
    if len(parts) >= 2 and parts[0] in {"body", "query", "path"} and parts[1] == "payload":
        parts = [parts[0], *parts[2:]]
    return ".".join(parts)


def install(api: NinjaAPI) -> None:
    @api.exception_handler(DeskError)
    def desk_error(request: HttpRequest, exc: DeskError) -> HttpResponse:
        field = f"body.{exc.field}" if exc.field and "." not in exc.field else exc.field
        return api.create_response(
            request, error_body(exc.code, exc.message, field), status=exc.status
        )

    @api.exception_handler(ValidationError)
    def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        problems = [
            {"field": _field_path(e.get("loc", ())), "message": e.get("msg", ""),
             "type": e.get("type", "")}
            for e in exc.errors
        ]
        first = problems[0] if problems else {"field": None, "message": "Invalid input."}
        return api.create_response(
            request,
            error_body("invalid", str(first["message"]), first["field"], problems=problems),
            status=422,
        )

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        message = str(exc)
        code = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 409: "conflict", 413: "too_large"}.get(
            exc.status_code, "error")
        if exc.status_code == 400 and message.startswith("Cannot parse request body"):
            code, message = "malformed_json", "The request body is not valid JSON."
        return api.create_response(request, error_body(code, message), status=exc.status_code)

    @api.exception_handler(AuthenticationError)
    def unauthorized(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return api.create_response(
            request,
            error_body("unauthorized", "Send a valid API token: Authorization: Bearer tct_…"),
            status=401,
        )


class ApiBodyLimitMiddleware:
    """Answers 413 in the API's JSON shape for bodies over the upload limit."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/") and request.method in {"POST", "PUT", "PATCH"}:
            multipart = request.content_type == "multipart/form-data"
            # Uploads stream to disk, so they may be as large as an attachment; JSON bodies
            # are read into memory and capped by Django's upload limit.
            limit = (settings.TACTFUL_ATTACHMENT_MAX_BYTES + 1024 * 1024 if multipart
                     else settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
            too_big = JsonResponse(
                error_body("too_large", f"The request body is over {limit} bytes."), status=413
            )
            try:
                declared = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                declared = 0
            if declared > limit:
                return too_big
            if not multipart:
                try:
                    request.body  # noqa: B018 - reads the body under Django's size limit
                except RequestDataTooBig:
                    return too_big
        return self.get_response(request)
