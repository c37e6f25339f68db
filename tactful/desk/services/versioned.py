"""The one way a versioned row (conversation, customer) is changed: lock, check, write."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models

from ..errors import Conflict

M = TypeVar("M", bound=models.Model)


def change_locked(model: type[M], pk: Any, changes: dict[str, Any], *,
                  expected_version: int | None, label: str) -> tuple[M, dict[str, Any],
                                                                       dict[str, Any]]:
    """Apply ``changes`` to the row under ``SELECT … FOR UPDATE``; bump its version.

    Must run inside a transaction. Returns the row, the fields that really changed and
    their values before. With ``expected_version`` a row changed since the caller read it
    is refused with :class:`Conflict` (HTTP 409), so no update is silently lost.
    """
    locked = model.objects.select_for_update().get(pk=pk)  # type: ignore[attr-defined]
    if expected_version is not None and locked.version != expected_version:
        raise Conflict(
            f"{label} is at version {locked.version}, not {expected_version}; reload it and "
            "try again.", field="version",
        )
    changed = {k: v for k, v in changes.items() if getattr(locked, k) != v}
    before = {k: getattr(locked, k) for k in changed}
    if changed:
        for key, value in changed.items():
            setattr(locked, key, value)
        locked.version += 1
        locked.save(update_fields=[*changed, "version", "updated_at"])
    return locked, changed, before
