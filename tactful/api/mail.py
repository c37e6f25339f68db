"""API for the email and letter channels: HTTP mail intake, replies by email, letters.

``POST /api/v1/mail/inbound`` takes one raw RFC 5322 message (``Content-Type:
message/rfc822`` body, or a multipart upload with a ``message`` file for mail over the JSON
body limit) from a relay or a provider, authenticated with the intake token
(``TACTFUL_INBOUND_MAIL_TOKEN``). It answers 202 when stored, 200 for a duplicate, and 503
when the desk cannot store it now — the relay keeps the message and retries, so nothing is
lost.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Router, Schema, Status
from ninja.security import HttpBearer
from pydantic import Field

from tactful.desk.errors import InvalidInput
from tactful.desk.models import Message, OutboundEmail
from tactful.desk.services import letters as letter_services
from tactful.desk.services import mail as mail_services

from . import schemas
from .errors import error_body
from .serializers import message_out

log = logging.getLogger("tactful.api.mail")

ERRORS = {400: schemas.ErrorOut, 401: schemas.ErrorOut, 403: schemas.ErrorOut,
          404: schemas.ErrorOut, 409: schemas.ErrorOut, 413: schemas.ErrorOut,
          422: schemas.ErrorOut, 503: schemas.ErrorOut}


def inbound_token() -> str:
    return getattr(settings, "TACTFUL_INBOUND_MAIL_TOKEN", "") or os.environ.get(
        "TACTFUL_INBOUND_MAIL_TOKEN", "")


class IntakeToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        expected = inbound_token()
        if expected and hmac.compare_digest(token.encode(), expected.encode()):
            return "mail-relay"
        return None


class ReplyIn(Schema):
    text: str = Field(min_length=1, max_length=200_000)
    html: str = Field("", max_length=1_000_000)
    override_reason: str = Field("", max_length=500, description="Why to send despite "
                                 "error findings of the checker (R-TALK-8).")


class LetterIn(Schema):
    text: str = Field(min_length=1, max_length=50_000)
    subject: str = Field("", max_length=300)
    address: str = Field("", max_length=2000, description="Postal address; the customer's "
                         "when empty.")
    override_reason: str = Field("", max_length=500)


class ReplyOut(Schema):
    message: schemas.MessageOut
    check_report: dict[str, Any] | None = None
    email: dict[str, Any] | None = None


def _reply_out(message: Message) -> dict[str, Any]:
    email = OutboundEmail.objects.filter(message=message).values(
        "id", "state", "rfc_message_id", "to_address").first()
    message = Message.objects.select_related("author").prefetch_related("attachments").get(
        pk=message.pk)
    return {"message": message_out(message), "check_report": message.check_report,
            "email": email}


mail_router = Router(tags=["mail"])


@mail_router.post("/mail/inbound", auth=IntakeToken(), response={200: dict, 202: dict,
                                                                  **ERRORS})
def receive_mail(request: HttpRequest) -> Any:
    """Hand over one raw message (R-MAIL-1: none is ever ignored)."""
    from tactful.channels.email.inbound import DUPLICATE, receive

    upload = request.FILES.get("message") if request.content_type == "multipart/form-data" \
        else None
    raw = upload.read() if upload is not None else request.body
    if not raw:
        raise InvalidInput("The body must be one raw RFC 5322 message.", field="body")
    recipients = [r for r in request.GET.getlist("recipient") if "@" in r]
    try:
        result = receive(raw, source="http", recipients=recipients)
    except Exception:
        log.exception("HTTP intake could not store a message")
        return HttpResponse(
            content=json.dumps(error_body(
                "temporarily_unavailable",
                "The message could not be stored now; keep it and try again later.")),
            status=503, content_type="application/json", headers={"Retry-After": "60"})
    body = {"outcome": result.outcome, "conversation": result.conversation_id,
            "raw_message": result.raw_message.pk if result.raw_message else None,
            "reason": result.reason}
    return Status(200 if result.outcome == DUPLICATE else 202, body)


conversation_router = Router(tags=["conversations"])


def _conversation(request: HttpRequest, conversation_id: int) -> Any:
    from tactful.desk import access

    return access.get_conversation(request.auth, conversation_id)  # type: ignore[attr-defined]


@conversation_router.post("/conversations/{conversation_id}/replies",
                          response={201: ReplyOut, **ERRORS})
def send_reply(request: HttpRequest, conversation_id: int, payload: ReplyIn) -> Status:
    """Reply by email; the checker's error findings block it unless overridden with a
    reason (R-TALK-8)."""
    conversation = _conversation(request, conversation_id)
    message = mail_services.send_reply(
        conversation, actor=request.auth, text=payload.text,  # type: ignore[attr-defined]
        html=payload.html, override_reason=payload.override_reason)
    return Status(201, _reply_out(message))


@conversation_router.post("/conversations/{conversation_id}/letters",
                          response={201: ReplyOut, **ERRORS})
def send_letter(request: HttpRequest, conversation_id: int, payload: LetterIn) -> Status:
    """Compose a letter, checked (R-LETTER-1) and rendered to PDF with the letterhead."""
    conversation = _conversation(request, conversation_id)
    message = letter_services.send_letter(
        conversation, actor=request.auth, text=payload.text,  # type: ignore[attr-defined]
        subject=payload.subject, address=payload.address,
        override_reason=payload.override_reason)
    return Status(201, _reply_out(message))


def register(api: NinjaAPI) -> None:
    """Add the mail routes to the API, and the blocked-by-checker answer with findings."""

    @api.exception_handler(mail_services.ReplyBlocked)
    def blocked(request: HttpRequest, exc: mail_services.ReplyBlocked) -> HttpResponse:
        return api.create_response(
            request, error_body(exc.code, exc.message, "body.text", findings=exc.findings),
            status=422)

    api.add_router("", mail_router)
    api.add_router("", conversation_router)
