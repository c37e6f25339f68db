"""Checks applied to every piece of free text a person or a system hands the desk."""

from __future__ import annotations

import re

from .errors import InvalidInput

# C0 controls other than tab, line feed and carriage return, DEL, and lone surrogates.
# PostgreSQL cannot store NUL at all; the others are never meant and often hostile.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(value: str | None, *, field: str, max_length: int, required: bool = False) -> str:
    """Return ``value`` unchanged if acceptable, else raise InvalidInput naming ``field``."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be text.", field=field)
    if required and not value.strip():
        raise InvalidInput(f"{field} must not be empty.", field=field)
    if len(value) > max_length:
        raise InvalidInput(
            f"{field} is {len(value)} characters long; at most {max_length} are accepted.",
            field=field,
        )
    bad = _FORBIDDEN.search(value)
    if bad:
        raise InvalidInput(
            f"{field} contains the control character U+{ord(bad.group()):04X} at position "
            f"{bad.start()}; remove it.",
            field=field,
        )
    return value
