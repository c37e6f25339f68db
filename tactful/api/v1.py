"""REST API v1 (OpenAPI at /api/v1/docs). Every write goes through a desk service."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q
from django.http import HttpRequest
from ninja import File, Form, NinjaAPI, Query, Router, Status
from ninja.files import UploadedFile

from tactful.desk import access
from tactful.desk.contacts import normalize_email, normalize_phone, normalize_reference
from tactful.desk.errors import InvalidInput, NotFound
from tactful.desk.models import ApiToken, ContactPoint, Conversation, Customer, Reference, Team
from tactful.desk.models.choices import Role
from tactful.desk.services import conversations as conv_services
from tactful.desk.services import customers as customer_services
from tactful.desk.services import messages as message_services
from tactful.desk.services import staff as staff_services

from . import errors, mail, schemas
from .auth import StaffSessionAuth, TokenAuth
from .check import router as check_router
from .pagination import paginate
from .policy import router as policy_router
from .serializers import conversation_out, customer_out, message_out

api = NinjaAPI(
    title="Tactful API",
    version="1",
    description="Customers, conversations and messages of the Tactful desk.",
    auth=[TokenAuth(), StaffSessionAuth()],
    urls_namespace="api-v1",
)
errors.install(api)

ERRORS = {400: schemas.ErrorOut, 401: schemas.ErrorOut, 403: schemas.ErrorOut,
          404: schemas.ErrorOut, 409: schemas.ErrorOut, 413: schemas.ErrorOut,
          422: schemas.ErrorOut}


def _user(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]


def _staff_by_username(username: str) -> Any:
    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None or access.role_of(user) is None:
        raise InvalidInput(f"There is no member of staff called {username}.", field="assignee")
    return user


# Me and tokens --------------------------------------------------------------------------

me = Router(tags=["me"])


@me.get("/me", response={200: dict, **ERRORS})
def who_am_i(request: HttpRequest) -> dict[str, Any]:
    user = _user(request)
    return {"username": user.get_username(), "role": access.role_of(user),
            "teams": list(access.visible_teams(user).values_list("slug", flat=True))}


@me.get("/tokens", response={200: list[schemas.TokenOut], **ERRORS})
def list_tokens(request: HttpRequest) -> Any:
    return ApiToken.objects.filter(user=_user(request)).order_by("-id")


@me.post("/tokens", response={201: schemas.TokenIssued, **ERRORS})
def create_token(request: HttpRequest, payload: schemas.TokenIn) -> Status:
    user = _user(request)
    token, raw = staff_services.issue_api_token(user, actor=user, name=payload.name)
    return Status(201, {"id": token.pk, "name": token.name, "prefix": token.prefix,
                 "created_at": token.created_at, "revoked_at": None, "token": raw})


@me.delete("/tokens/{token_id}", response={204: None, **ERRORS})
def revoke_token(request: HttpRequest, token_id: int) -> Status:
    user = _user(request)
    qs = ApiToken.objects.all() if access.role_of(user) == Role.ADMIN else ApiToken.objects.filter(
        user=user)
    token = qs.filter(pk=token_id).first()
    if token is None:
        raise NotFound(f"Token {token_id} was not found.")
    staff_services.revoke_api_token(token, actor=user)
    return Status(204, None)


# Customers ------------------------------------------------------------------------------

customers = Router(tags=["customers"])


def _customer_qs() -> Any:
    return Customer.objects.select_related("merged_into").prefetch_related(
        "contacts", Prefetch("references", queryset=Reference.objects.order_by("id"))
    )


def _get_customer(code: str) -> Customer:
    customer = _customer_qs().filter(code=code).first()
    if customer is None:
        raise NotFound(f"Customer {code} was not found.")
    return customer


@customers.post("/customers", response={201: schemas.CustomerOut, **ERRORS})
def create_customer(request: HttpRequest, payload: schemas.CustomerIn) -> Status:
    customer = customer_services.create_customer(
        actor=_user(request), name=payload.name, code=payload.code,
        preferred_language=payload.preferred_language, form_of_address=payload.form_of_address,
        title=payload.title, notes=payload.notes,
        contacts=[(c.kind, c.value) for c in payload.contacts],
    )
    return Status(201, customer_out(_get_customer(customer.code)))


@customers.get("/customers", response={200: list[schemas.CustomerOut], **ERRORS})
def find_customers(
    request: HttpRequest,
    code: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    reference: str | None = None,
    name: str | None = None,
    limit: int = Query(20, ge=1, le=100),
) -> list[dict[str, Any]]:
    """Look customers up by customer code first, else email, phone, reference or name (R-ID-1)."""
    user = _user(request)
    access.require_role(user, Role.AGENT)
    qs = _customer_qs()
    if code:
        qs = qs.filter(code=code.strip())
    elif email:
        qs = qs.filter(contacts__kind="email", contacts__normalized=normalize_email(email))
    elif phone:
        qs = qs.filter(contacts__kind="phone", contacts__normalized=normalize_phone(phone))
    elif reference:
        norm = normalize_reference(reference)
        qs = qs.filter(Q(references__normalized=norm)
                       | Q(conversations__references__normalized=norm))
    elif name:
        qs = qs.filter(name__icontains=name.strip()[:200])
    else:
        raise InvalidInput("Give one of code, email, phone, reference or name.",
                           field="query.code")
    found = list(qs.distinct().order_by("code")[:limit])
    for customer in found:
        customer_services.record_customer_view(customer, actor=user, purpose="api.lookup")
    return [customer_out(c) for c in found]


@customers.get("/customers/{code}", response={200: schemas.CustomerOut, **ERRORS})
def get_customer(request: HttpRequest, code: str) -> dict[str, Any]:
    user = _user(request)
    access.require_role(user, Role.AGENT)
    customer = _get_customer(code)
    customer_services.record_customer_view(customer, actor=user, purpose="api.read")
    return customer_out(customer)


@customers.patch("/customers/{code}", response={200: schemas.CustomerOut, **ERRORS})
def update_customer(request: HttpRequest, code: str,
                    payload: schemas.CustomerPatch) -> dict[str, Any]:
    user = _user(request)
    customer = _get_customer(code)
    changes = payload.model_dump(exclude_unset=True, exclude={"version", "contacts"})
    customer = customer_services.update_customer(
        customer, actor=user, changes=changes, expected_version=payload.version
    )
    for contact in payload.contacts or []:
        customer_services.add_contact_point(
            customer, actor=user, kind=contact.kind, value=contact.value, label=contact.label
        )
    return customer_out(_get_customer(code))


# Conversations --------------------------------------------------------------------------

conversations = Router(tags=["conversations"])


def _conversation_qs(user: Any) -> Any:
    return access.visible_conversations(user).select_related(
        "team", "assignee", "customer"
    ).prefetch_related("references")


def _get_conversation(user: Any, pk: int) -> Conversation:
    conversation = _conversation_qs(user).filter(pk=pk).first()
    if conversation is None:
        raise NotFound(f"Conversation {pk} was not found.")
    return conversation


@conversations.get("/conversations", response={200: schemas.ConversationPage, **ERRORS})
def list_conversations(
    request: HttpRequest,
    status: str | None = None,
    channel: str | None = None,
    kind: str | None = None,
    priority: str | None = None,
    language: str | None = None,
    team: str | None = None,
    assignee: str | None = Query(None, description="User name, 'me' or 'none'."),
    customer: str | None = None,
    open: bool | None = None,
    sort: str = Query("newest", description="newest, oldest, deadline or updated"),
    cursor: str | None = Query(None, max_length=500),
    limit: int = Query(50, ge=1, le=200),
) -> dict[str, Any]:
    user = _user(request)
    qs = _conversation_qs(user)
    for field, value in (("status", status), ("channel", channel), ("kind", kind),
                         ("priority", priority), ("language", language)):
        if value:
            qs = qs.filter(**{field: value})
    if team:
        qs = qs.filter(team__slug=team)
    if customer:
        qs = qs.filter(customer__code=customer)
    if assignee == "me":
        qs = qs.filter(assignee=user)
    elif assignee == "none":
        qs = qs.filter(assignee__isnull=True)
    elif assignee:
        qs = qs.filter(assignee__username=assignee)
    if open is not None:
        from tactful.desk.models.choices import OPEN_STATUSES

        qs = qs.filter(status__in=OPEN_STATUSES) if open else qs.exclude(
            status__in=OPEN_STATUSES)
    rows, next_cursor = paginate(qs, sort=sort, cursor=cursor, limit=limit)
    return {"items": [conversation_out(c) for c in rows], "next_cursor": next_cursor}


@conversations.post("/conversations", response={201: schemas.ConversationOut, **ERRORS})
def create_conversation(request: HttpRequest,
                        payload: schemas.ConversationIn) -> Status:
    from django.db import transaction

    user = _user(request)
    team = access.visible_teams(user).filter(slug=payload.team).first()
    if team is None:
        raise InvalidInput(f"There is no team {payload.team} you can work for.", field="team")
    customer = None
    if payload.customer:
        customer = Customer.objects.filter(code=payload.customer).first()
        if customer is None:
            raise InvalidInput(f"There is no customer {payload.customer}.", field="customer")
    assignee = _staff_by_username(payload.assignee) if payload.assignee else None
    with transaction.atomic():  # all or nothing: no conversation without its references
        conversation = conv_services.open_conversation(
            actor=user, team=team, channel=payload.channel, subject=payload.subject,
            kind=payload.kind, priority=payload.priority, language=payload.language,
            customer=customer, assignee=assignee, contact_name=payload.contact_name,
            contact_email=payload.contact_email, contact_phone=payload.contact_phone,
            contact_address=payload.contact_address,
        )
        for ref in payload.references:
            conv_services.add_reference(conversation, actor=user, kind=ref.kind, value=ref.value)
        if payload.message:
            message_services.add_message(
                conversation, actor=f"api:{user.get_username()}", direction="inbound",
                text=payload.message, sender=payload.contact_email or payload.contact_name,
            )
    # Re-read: adding the first message moved the conversation on (version, timestamps).
    return Status(201, conversation_out(_get_conversation(user, conversation.pk)))


@conversations.get("/conversations/{conversation_id}",
                   response={200: schemas.ConversationOut, **ERRORS})
def get_conversation(request: HttpRequest, conversation_id: int) -> dict[str, Any]:
    return conversation_out(_get_conversation(_user(request), conversation_id))


@conversations.patch("/conversations/{conversation_id}",
                     response={200: schemas.ConversationOut, **ERRORS})
def update_conversation(request: HttpRequest, conversation_id: int,
                        payload: schemas.ConversationPatch) -> dict[str, Any]:
    from django.db import transaction

    user = _user(request)
    conversation = _get_conversation(user, conversation_id)
    data = payload.model_dump(exclude_unset=True)
    version = data.pop("version", None)
    status = data.pop("status", None)
    reason = data.pop("close_reason", None) or ""
    assignee_set = "assignee" in data
    assignee_name = data.pop("assignee", None)
    with transaction.atomic():
        if data:
            conversation = conv_services.update_conversation(
                conversation, actor=user, changes=data, expected_version=version)
            version = None
        if assignee_set:
            assignee = _staff_by_username(assignee_name) if assignee_name else None
            conversation = conv_services.assign_conversation(
                conversation, actor=user, assignee=assignee, expected_version=version)
            version = None
        if status:
            conversation = conv_services.change_status(
                conversation, actor=user, status=status, reason=reason,
                expected_version=version)
            version = None
        if version is not None:
            conv_services.update_conversation(
                conversation, actor=user, changes={}, expected_version=version)
    return conversation_out(_get_conversation(user, conversation_id))


@conversations.get("/conversations/{conversation_id}/messages",
                   response={200: list[schemas.MessageOut], **ERRORS})
def list_messages(request: HttpRequest, conversation_id: int) -> list[dict[str, Any]]:
    conversation = _get_conversation(_user(request), conversation_id)
    return [message_out(m) for m in
            conversation.messages.select_related("author").prefetch_related("attachments")]


@conversations.post("/conversations/{conversation_id}/messages",
                    response={201: schemas.MessageOut, **ERRORS})
def add_message(request: HttpRequest, conversation_id: int,
                payload: schemas.MessageIn) -> Status:
    user = _user(request)
    conversation = _get_conversation(user, conversation_id)
    message = message_services.add_message(
        conversation, actor=user, direction=payload.direction, text=payload.text,
        html=payload.html,
    )
    return Status(201, message_out(message))


@conversations.post("/conversations/{conversation_id}/references",
                    response={201: schemas.ReferenceOut, **ERRORS})
def add_reference(request: HttpRequest, conversation_id: int,
                  payload: schemas.ReferenceIn) -> Status:
    user = _user(request)
    conversation = _get_conversation(user, conversation_id)
    ref = conv_services.add_reference(conversation, actor=user, kind=payload.kind,
                                      value=payload.value)
    return Status(201, {"kind": ref.kind, "value": ref.value})


@customers.post("/customers/{code}/merge", response={200: schemas.CustomerOut, **ERRORS})
def merge_customer(request: HttpRequest, code: str, payload: schemas.MergeIn) -> dict[str, Any]:
    """Fold the duplicate ``code`` into ``payload.into``; needs a supervisor or higher."""
    target = customer_services.merge_customers(
        actor=_user(request), source=_get_customer(code), target=_get_customer(payload.into)
    )
    return customer_out(_get_customer(target.code))


@conversations.post("/conversations/{conversation_id}/attachments",
                    response={201: schemas.MessageOut, **ERRORS})
def upload_attachments(request: HttpRequest, conversation_id: int,
                       files: list[UploadedFile] = File(...),  # noqa: B008 - ninja's idiom
                       note: str = Form("")) -> Status:
    """Attach files to the conversation as an internal note (multipart/form-data)."""
    user = _user(request)
    conversation = _get_conversation(user, conversation_id)
    if len(files) > 20:
        raise InvalidInput("At most 20 files at once.", field="files")
    attachments = [message_services.NewAttachment(
        filename=f.name or "attachment", content=f.read(), declared_type=f.content_type or "")
        for f in files]
    message = message_services.add_message(
        conversation, actor=user, direction="note", text=note, attachments=attachments)
    return Status(201, message_out(message))


@conversations.get("/conversations/{conversation_id}/history",
                   response={200: list[schemas.AuditOut], **ERRORS})
def conversation_history(request: HttpRequest, conversation_id: int) -> list[dict[str, Any]]:
    """The audit trail of the conversation: who changed what, when, before and after."""
    conversation = _get_conversation(_user(request), conversation_id)
    return [
        {"action": e.action, "actor": e.actor_label, "at": e.created_at,
         "before": e.before, "after": e.after}
        for e in conversation.audit_events.order_by("id")[:1000]
    ]


api.add_router("", me)
api.add_router("", customers)
api.add_router("", conversations)
mail.register(api)
api.add_router("", policy_router)
api.add_router("", check_router)

__all__ = ["ContactPoint", "Team", "api"]
