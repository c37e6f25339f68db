"""The matches of one message, per group, with lazily matched families.

:meth:`PhraseMatcher.scan <tactful.protocol.matcher.PhraseMatcher.scan>` returns a
:class:`Matches`: the groups matched at once, and the rest on demand (docs/checker.md,
"Compilation and speed").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tactful.protocol.matcher import Match, PhraseMatcher, Scan


class Matches(Mapping[str, "list[Match]"]):
    """The matches of one message, per group (as :meth:`PhraseMatcher.run` returns them).

    Groups added with a ``family`` are matched the first time any group of that family is
    asked for: reported-speech cues only when some rule matched, date words only for a
    promise, a greeting's parts only when the greeting is checked. ``eager`` lists the groups
    the first pass found (the rule groups that decide which checks run).
    """

    __slots__ = ("_done", "_found", "_matcher", "_scan", "eager")

    def __init__(self, matcher: PhraseMatcher, scan: Scan,
                 found: dict[str, list[Match]]) -> None:
        self._matcher = matcher
        self._scan = scan
        self._found = found
        self._done: set[str] = set()
        self.eager = list(found)

    def _load(self, *families: str) -> None:
        self._done.update(families)
        self._found.update(self._matcher.load(self._scan, families))

    def _load_all(self) -> None:
        pending = [f for f in self._matcher.families if f not in self._done]
        if pending:
            self._load(*pending)  # in one pass (the groups keep their order within a family)

    def of_family(self, family: str) -> list[str]:
        """The groups of one lazy ``family`` that matched, in the order iterating the
        mapping gives them; only that family is matched (iterating matches them all)."""
        if family not in self._done and family in self._matcher.families:
            self._load(family)
        family_of = self._matcher.family_of
        return [g for g in self._found if family_of.get(g) == family]

    def get(self, group: str, default: Any = None) -> Any:
        family = self._matcher.family_of.get(group)
        if family is not None and family not in self._done:
            self._load(family)
        return self._found.get(group, default)

    def __getitem__(self, group: str) -> list[Match]:
        found = self.get(group, _ABSENT)
        if found is _ABSENT:
            raise KeyError(group)
        return found

    def __contains__(self, group: object) -> bool:
        if group in self._found:
            return True
        return isinstance(group, str) and self.get(group, _ABSENT) is not _ABSENT

    def __iter__(self) -> Iterator[str]:
        self._load_all()
        return iter(self._found)

    def __len__(self) -> int:
        self._load_all()
        return len(self._found)


_ABSENT: Any = object()
