"""What changed between two versions of a policy, in lines people read (R-POL-3).

Storing versions is the desk's job; this module only compares two loaded policies. Each
line names the setting by its path in the file (``channels.email.first_reply_within``), so
an administrator can find it, and shows the old and the new value.
"""

from __future__ import annotations

import json
from typing import Any

from .schema import Policy

_MAX_VALUE = 80


def summarise_changes(old: Policy, new: Policy) -> list[str]:
    """One line per changed setting, in file order; [] when the content is the same.

    Added change-log entries are listed as such; other lists are compared as wholes,
    except lists of plain values, which report the items added and removed.
    """
    if old.fingerprint == new.fingerprint:
        return []
    before = old.model_dump(mode="json")
    after = new.model_dump(mode="json")
    lines: list[str] = []
    old_log = {json.dumps(e, sort_keys=True) for e in before.pop("changelog")}
    new_log = after.pop("changelog")
    _compare(before, after, "", lines)
    for entry in new_log:
        if json.dumps(entry, sort_keys=True) not in old_log:
            lines.append(f"changelog: added {entry['version']} ({entry['date']}, "
                         f"{entry['author']}): {_short(entry['summary'])}")
    return lines


def _compare(old: Any, new: Any, path: str, lines: list[str]) -> None:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            where = f"{path}.{key}" if path else str(key)
            if key not in new:
                lines.append(f"{where}: removed (was {_short(old[key])})")
            elif key not in old:
                lines.append(f"{where}: added ({_short(new[key])})")
            else:
                _compare(old[key], new[key], where, lines)
        return
    if isinstance(old, list) and isinstance(new, list) and _plain(old) and _plain(new):
        added = [v for v in new if v not in old]
        removed = [v for v in old if v not in new]
        if added:
            lines.append(f"{path}: added {', '.join(_short(v) for v in added)}")
        if removed:
            lines.append(f"{path}: removed {', '.join(_short(v) for v in removed)}")
        if not added and not removed:
            lines.append(f"{path}: reordered")
        return
    lines.append(f"{path}: {_short(old)} → {_short(new)}")


def _plain(values: list[Any]) -> bool:
    return all(isinstance(v, str | int | float | bool) or v is None for v in values)


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"
