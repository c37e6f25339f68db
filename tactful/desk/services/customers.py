"""Creating, changing and merging customers and their contact points (R-ID-1, R-ID-3)."""

from __future__ import annotations

import secrets
from typing import Any

from django.db import IntegrityError, transaction

from .. import access, events
from ..contacts import normalize_contact
from ..errors import Conflict, InvalidInput, NotAllowed
from ..models import ContactPoint, Conversation, Customer, Reference
from ..models.choices import ContactKind, FormOfAddress, Language, Role
from ..text import clean_text
from . import audit
from .versioned import change_locked

Actor = Any

CUSTOMER_FIELDS = {"name", "preferred_language", "form_of_address", "title", "notes"}


def _require_staff(actor: Actor) -> None:
    if not isinstance(actor, str):
        access.require_role(actor, Role.AGENT)


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "name":
            out[key] = clean_text(value, field=key, max_length=200, required=True).strip()
        elif key == "preferred_language":
            if value not in Language.values:
                raise InvalidInput(
                    f"preferred_language must be one of {', '.join(Language.values)}.", field=key
                )
            out[key] = value
        elif key == "form_of_address":
            if value not in FormOfAddress.values:
                raise InvalidInput("form_of_address must be formal or informal.", field=key)
            out[key] = value
        elif key == "title":
            out[key] = clean_text(value, field=key, max_length=40)
        elif key == "notes":
            out[key] = clean_text(value, field=key, max_length=10_000)
        else:
            raise InvalidInput(f"{key} cannot be changed here.", field=key)
    return out


def new_customer_code() -> str:
    return "C-" + secrets.token_hex(4).upper()


def create_customer(
    *,
    actor: Actor,
    name: str,
    code: str = "",
    preferred_language: str = Language.EN,
    form_of_address: str = FormOfAddress.FORMAL,
    title: str = "",
    notes: str = "",
    contacts: list[tuple[str, str]] | None = None,
) -> Customer:
    """Create a customer with a unique customer code and its contact points."""
    _require_staff(actor)
    fields = _validate(
        {"name": name, "preferred_language": preferred_language,
         "form_of_address": form_of_address, "title": title, "notes": notes}
    )
    code = clean_text(code, field="code", max_length=40).strip() or new_customer_code()
    prepared = [(kind, value, normalize_contact(kind, value)) for kind, value in contacts or []]
    try:
        with transaction.atomic():
            customer = Customer.objects.create(code=code, **fields)
            for index, (kind, value, normalized) in enumerate(prepared):
                ContactPoint.objects.get_or_create(
                    customer=customer, kind=kind, normalized=normalized,
                    defaults={"value": value.strip(), "is_primary": index == 0},
                )
            audit.record(
                "customer.created", actor=actor, obj=customer,
                after={"code": code, **fields, "contacts": [(k, v) for k, v, _ in prepared]},
            )
            events.publish("customer.created", actor=actor, customer_id=customer.pk)
    except IntegrityError as exc:
        if Customer.objects.filter(code=code).exists():
            raise Conflict(f"The customer code {code} is taken.", field="code") from exc
        raise
    return customer


def update_customer(
    customer: Customer, *, actor: Actor, changes: dict[str, Any],
    expected_version: int | None = None,
) -> Customer:
    _require_staff(actor)
    clean = _validate(changes)
    with transaction.atomic():
        locked, changed, before = change_locked(
            Customer, customer.pk, clean, expected_version=expected_version,
            label=f"Customer {customer.code}")
        if not changed:
            return locked
        audit.record("customer.updated", actor=actor, obj=locked, before=before, after=changed)
        events.publish("customer.updated", actor=actor, customer_id=locked.pk,
                       fields=list(changed))
    return locked


def add_contact_point(
    customer: Customer, *, actor: Actor, kind: str, value: str, label: str = ""
) -> ContactPoint:
    _require_staff(actor)
    if kind not in ContactKind.values:
        raise InvalidInput(f"kind must be one of {', '.join(ContactKind.values)}.", field="kind")
    value = clean_text(value, field="value", max_length=500, required=True).strip()
    label = clean_text(label, field="label", max_length=60)
    normalized = normalize_contact(kind, value)
    with transaction.atomic():
        contact, created = ContactPoint.objects.get_or_create(
            customer=customer, kind=kind, normalized=normalized,
            defaults={"value": value, "label": label,
                      "is_primary": not customer.contacts.filter(kind=kind).exists()},
        )
        if created:
            audit.record("contact.added", actor=actor, obj=contact,
                         after={"customer": customer.pk, "kind": kind, "value": value})
            events.publish("customer.updated", actor=actor, customer_id=customer.pk,
                           fields=["contacts"])
    return contact


def merge_customers(*, actor: Actor, source: Customer, target: Customer) -> Customer:
    """Fold a duplicate customer into another: contacts, references and conversations move.

    The duplicate stays, marked ``merged_into``, so that old links still resolve.
    Needs a supervisor or higher.
    """
    if not isinstance(actor, str):
        access.require_role(actor, Role.SUPERVISOR)
    if source.pk == target.pk:
        raise InvalidInput("A customer cannot be merged into itself.", field="source")
    if source.merged_into_id is not None:
        raise InvalidInput(f"{source.code} was already merged.", field="source")
    if target.merged_into_id is not None:
        raise InvalidInput(f"{target.code} was merged into another customer; merge into that.",
                           field="target")
    with transaction.atomic():
        src = Customer.objects.select_for_update().get(pk=source.pk)
        dst = Customer.objects.select_for_update().get(pk=target.pk)
        existing = set(dst.contacts.values_list("kind", "normalized"))
        moved_contacts = 0
        for contact in src.contacts.all():
            if (contact.kind, contact.normalized) in existing:
                continue
            ContactPoint.objects.filter(pk=contact.pk).update(customer=dst, is_primary=False)
            moved_contacts += 1
        moved_refs = Reference.objects.filter(customer=src).update(customer=dst)
        moved_convs = Conversation.objects.filter(customer=src).update(customer=dst)
        Customer.objects.filter(pk=src.pk).update(merged_into=dst, version=src.version + 1)
        audit.record(
            "customer.merged", actor=actor, obj=dst,
            before={"source": src.code},
            after={"target": dst.code, "contacts": moved_contacts, "references": moved_refs,
                   "conversations": moved_convs},
        )
        events.publish("customer.merged", actor=actor, customer_id=dst.pk)
    dst.refresh_from_db()
    return dst


def record_customer_view(customer: Customer, *, actor: Actor, purpose: str) -> None:
    """Note that a member of staff read a customer's personal data (R-SEC-2)."""
    if isinstance(actor, str):
        return
    if access.role_of(actor) is None:
        raise NotAllowed("Only staff may read customer records.")
    audit.record("customer.viewed", actor=actor, obj=customer, after={"purpose": purpose[:60]})
