"""Durations as people write them in policies and on the command line.

``90m``, ``8h``, ``2d`` (days of business time: 24 business hours each), ``45s``, and
combinations like ``1h30m``; ``3wd`` is three working days, a different unit (see
:func:`tactful.sla.business_time.add_working_days`) that cannot be mixed with the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

_PART = re.compile(r"(\d+)\s*(wd|d|h|m|s)")
_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
MAX_SECONDS = 10 * 366 * 86400  # ten years of business time is already absurd


@dataclass(frozen=True)
class Duration:
    """Either business time (``time``) or a number of working days, never both."""

    time: timedelta | None = None
    working_days: int | None = None

    def __str__(self) -> str:
        if self.working_days is not None:
            return f"{self.working_days}wd"
        assert self.time is not None
        return f"{int(self.time.total_seconds())}s"


def parse_duration(text: str) -> Duration:
    if not isinstance(text, str):
        raise ValueError("a duration is text like '90m', '8h', '2d' or '3wd'")
    compact = text.strip().lower().replace(" ", "")
    if not compact or len(compact) > 40:
        raise ValueError(f"{text[:40]!r} is not a duration; write e.g. '90m', '8h', '3wd'")
    parts = _PART.findall(compact)
    if "".join(n + u for n, u in parts) != compact:
        raise ValueError(f"{text!r} is not a duration; write e.g. '90m', '8h', '1h30m' or '3wd'")
    units = [u for _, u in parts]
    if len(set(units)) != len(units):
        raise ValueError(f"{text!r} repeats a unit")
    if "wd" in units:
        if len(parts) != 1:
            raise ValueError(f"{text!r} mixes working days with hours; use one or the other")
        days = int(parts[0][0])
        if days > 3660:
            raise ValueError(f"{text!r} is more than ten years of working days")
        return Duration(working_days=days)
    seconds = sum(int(n) * _UNITS[u] for n, u in parts)
    if seconds > MAX_SECONDS:
        raise ValueError(f"{text!r} is longer than ten years")
    return Duration(time=timedelta(seconds=seconds))
