"""Finding a customer by customer code first, else name, email, phone, postal address or a
reference such as an order or package number (R-ID-1, R-ID-2)."""

from __future__ import annotations

import re
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tactful.desk import access
from tactful.desk.contacts import fold_text, normalize_email, normalize_phone, normalize_reference
from tactful.desk.errors import InvalidInput
from tactful.desk.models import Conversation, Customer
from tactful.desk.services.customers import record_customer_view

from .staff_only import staff_required

LIMIT = 20
FIELDS = ("auto", "code", "name", "email", "phone", "address", "reference")
_PHONEISH = re.compile(r"^[\d\s()+./-]{5,}$")


def _or_none(fn: Any, value: str) -> str | None:
    try:
        return str(fn(value))
    except InvalidInput:
        return None


def matches(query: str, field: str) -> Q:
    """The condition for one search; ``auto`` tries every way the text could be meant."""
    q = query.strip()
    conditions = Q(pk__in=[])
    if field in ("auto", "code"):
        conditions |= Q(code__iexact=q)
    if field in ("auto", "name"):
        conditions |= Q(name__icontains=q)
    if field in ("auto", "email") and "@" in q:
        email = _or_none(normalize_email, q)
        if email:
            conditions |= Q(contacts__kind="email", contacts__normalized=email)
    if field in ("auto", "phone") and _PHONEISH.match(q):
        phone = _or_none(normalize_phone, q)
        if phone:
            conditions |= Q(contacts__kind="phone", contacts__normalized=phone)
            if not phone.startswith("+"):  # typed without the country code
                conditions |= Q(contacts__kind="phone", contacts__normalized__endswith=phone)
    if field in ("auto", "address") and len(q) >= 3:
        conditions |= Q(contacts__kind="postal", contacts__normalized__contains=fold_text(q))
    if field in ("auto", "reference"):
        ref = _or_none(normalize_reference, q)
        if ref and (field == "reference" or len(ref) >= 4):
            conditions |= Q(references__normalized=ref) | Q(
                conversations__references__normalized=ref)
    return conditions


def search(user: Any, query: str, field: str) -> list[Customer]:
    recent: QuerySet[Conversation] = access.visible_conversations(user).order_by("-id")
    qs = (Customer.objects.filter(matches(query, field)).distinct()
          .prefetch_related("contacts", Prefetch("conversations", queryset=recent,
                                                 to_attr="visible_conversations")))
    found: list[Any] = list(qs.order_by("code")[:LIMIT])
    for customer in found:
        customer.visible_conversations = customer.visible_conversations[:5]
    return found


@staff_required
def view(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:200]
    field = request.GET.get("by", "auto")
    field = field if field in FIELDS else "auto"
    results: list[Customer] = []
    if query.strip():
        results = search(request.user, query, field)
        for customer in results:
            record_customer_view(customer, actor=request.user, purpose="web.search")
    return render(request, "web/customer_search.html",
                  {"q": query, "by": field, "results": results, "searched": bool(query.strip())})
