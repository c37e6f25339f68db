"""Normal forms of contact points and references, so lookups ignore how people typed them."""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from .errors import InvalidInput
from .models.choices import ContactKind

_PHONE_KEEP = re.compile(r"[^\d+]")
_SPACES = re.compile(r"\s+")
_REFERENCE_KEEP = re.compile(r"[^0-9A-Z]")


def normalize_email(value: str, *, field: str = "value") -> str:
    value = value.strip()
    try:
        validate_email(value)
    except ValidationError as exc:
        raise InvalidInput(f"{value[:80]!r} is not an email address.", field=field) from exc
    local, _, domain = value.rpartition("@")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        domain = domain.lower()
    return f"{local.lower()}@{domain.lower()}"


def normalize_phone(value: str, *, field: str = "value") -> str:
    """Digits with an optional leading +; ``00`` as an international prefix becomes ``+``."""
    raw = _PHONE_KEEP.sub("", value.strip())
    plus = raw.startswith("+") or raw.startswith("00")
    digits = raw.lstrip("+")
    if digits.startswith("00"):
        digits = digits[2:]
    digits = digits.replace("+", "")
    if not 5 <= len(digits) <= 17:
        raise InvalidInput(f"{value[:80]!r} is not a phone number.", field=field)
    return ("+" if plus else "") + digits


def fold_text(value: str) -> str:
    """Lower-case, accents removed, spaces folded: for postal addresses and names."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip().casefold()


def normalize_contact(kind: str, value: str) -> str:
    if kind == ContactKind.EMAIL:
        return normalize_email(value)
    if kind == ContactKind.PHONE:
        return normalize_phone(value)
    if kind in (ContactKind.POSTAL, ContactKind.SOCIAL):
        folded = fold_text(value)
        if not folded:
            raise InvalidInput("The contact value is empty.", field="value")
        return folded[:500]
    raise InvalidInput(f"Unknown contact kind {kind!r}.", field="kind")


def normalize_reference(value: str) -> str:
    """Upper-case letters and digits only: 'ord-2024/117' and 'ORD 2024117' are the same."""
    folded = _REFERENCE_KEEP.sub("", fold_text(value).upper())
    if not folded:
        raise InvalidInput("A reference needs letters or digits.", field="value")
    return folded
