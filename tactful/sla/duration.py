"""Durations as people write them in policies and on the command line.

``45s``, ``90m``, ``8h``, ``2d`` and combinations in falling order (``1h30m``, ``2d4h``) are
business time: open time on a calendar, where ``1d`` is 24 hours *of open time* (three
09:00-17:00 days), not a calendar day. ``3wd`` is three working days, a different unit
(see :func:`tactful.sla.business_time.add_working_days`) that cannot be mixed with others.
Zero (``0m``) is allowed; negative, empty, unknown, repeated or absurdly large values are
refused with a ValueError that says what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

_PART = re.compile(r"([0-9]+)(wd|d|h|m|s)")
_ORDER = ("d", "h", "m", "s")
_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
MAX_SECONDS = 10 * 366 * 86400  # ten years of business time
MAX_WORKING_DAYS = 2610  # about ten years of Monday-to-Friday
_EXAMPLES = "write e.g. '90m', '8h', '1h30m', '2d' or '3wd'"


@dataclass(frozen=True)
class Duration:
    """Either business time (``time``) or a number of working days, never both."""

    time: timedelta | None = None
    working_days: int | None = None

    def __post_init__(self) -> None:
        if (self.time is None) == (self.working_days is None):
            raise ValueError("a Duration is either business time or working days")

    @property
    def is_working_days(self) -> bool:
        return self.working_days is not None

    def __str__(self) -> str:
        if self.working_days is not None:
            return f"{self.working_days}wd"
        assert self.time is not None
        seconds = int(self.time.total_seconds())
        parts = []
        for unit in _ORDER:
            amount, seconds = divmod(seconds, _UNITS[unit])
            if amount:
                parts.append(f"{amount}{unit}")
        return "".join(parts) or "0s"


def parse_duration(text: str) -> Duration:
    """``"1h30m"`` -> ``Duration(time=timedelta(minutes=90))``; ``"3wd"`` -> 3 working days."""
    if not isinstance(text, str):
        raise ValueError(f"a duration is text, not {type(text).__name__}; {_EXAMPLES}")
    compact = text.strip().lower().replace(" ", "")
    shown = text if len(text) <= 40 else text[:37] + "..."
    if not compact:
        raise ValueError(f"the duration is empty; {_EXAMPLES}")
    if compact.startswith("-"):
        raise ValueError(f"{shown!r} is negative; durations count forward, {_EXAMPLES}")
    if len(compact) > 40:
        raise ValueError(f"{shown!r} is too long to be a duration; {_EXAMPLES}")
    parts = _PART.findall(compact)
    if "".join(n + u for n, u in parts) != compact:
        raise ValueError(f"{shown!r} is not a duration; {_EXAMPLES}")
    units = [u for _, u in parts]
    if "wd" in units:
        if len(parts) != 1:
            raise ValueError(f"{shown!r} mixes working days with business time; use one or "
                             "the other")
        days = int(parts[0][0])
        if days > MAX_WORKING_DAYS:
            raise ValueError(f"{shown!r} is more than ten years of working days "
                             f"(at most {MAX_WORKING_DAYS}wd)")
        return Duration(working_days=days)
    if len(set(units)) != len(units) or units != sorted(units, key=_ORDER.index):
        raise ValueError(f"{shown!r} repeats a unit or puts them out of order; write the "
                         "units largest first, each once, like '1d2h30m'")
    seconds = sum(int(n) * _UNITS[u] for n, u in parts)
    if seconds > MAX_SECONDS:
        raise ValueError(f"{shown!r} is longer than ten years of business time")
    return Duration(time=timedelta(seconds=seconds))
