"""Cursor pagination: stable under inserts, O(limit) per page whatever the offset."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet

from tactful.desk.errors import InvalidInput

# sort name -> (field, descending)
SORTS = {"newest": ("id", True), "oldest": ("id", False), "deadline": ("next_deadline_at", False),
         "updated": ("updated_at", True)}


def encode_cursor(sort: str, value: Any, pk: int) -> str:
    if isinstance(value, datetime):
        value = value.isoformat()
    raw = json.dumps([sort, value, pk], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        name, value, pk = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if name != sort or not isinstance(pk, int):
            raise ValueError
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value, pk
    except (ValueError, TypeError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            "The cursor is not one this API gave out.", field="query.cursor"
        ) from exc


def paginate(
    qs: QuerySet[Any], *, sort: str, cursor: str | None, limit: int
) -> tuple[list[Any], str | None]:
    """Return one page and the cursor of the next (None on the last page).

    Rows are ordered by the sort field then id; a NULL deadline sorts last.
    """
    if sort not in SORTS:
        raise InvalidInput(f"sort must be one of {', '.join(SORTS)}.", field="query.sort")
    field, descending = SORTS[sort]
    if field == "id":
        qs = qs.order_by("-id" if descending else "id")
    elif descending:
        qs = qs.order_by(f"-{field}", "-id")
    else:
        from django.db.models import F

        qs = qs.order_by(F(field).asc(nulls_last=True), "id")
    if cursor:
        value, pk = decode_cursor(cursor, sort)
        if field == "id":
            qs = qs.filter(id__lt=pk) if descending else qs.filter(id__gt=pk)
        elif descending:
            qs = qs.filter(Q(**{f"{field}__lt": value}) | Q(**{field: value, "id__lt": pk}))
        elif value is None:
            qs = qs.filter(**{f"{field}__isnull": True, "id__gt": pk})
        else:
            qs = qs.filter(
                Q(**{f"{field}__gt": value}) | Q(**{field: value, "id__gt": pk})
                | Q(**{f"{field}__isnull": True})
            )
    rows = list(qs[: limit + 1])
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, encode_cursor(sort, getattr(last, field), last.pk)
