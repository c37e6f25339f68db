"""The JSONL evaluation sets (``dev/``, ``test/``): loading items and what the checker is told.

Each set folder holds ``<lang>.jsonl`` (text items: ``id``, ``lang``, ``text``, ``expect``,
``position``, ``channel``, ``customer``, ``note``) and ``transcripts.jsonl`` (``id``, ``lang``,
``transcript``, ``expect``, ``note``); each folder's README.md states the labelling contract
the writers followed. The checker is told the organisation's name (the
contract lists one per language) through :class:`OrgRules`, nothing else: agents' first names
are not known in advance, as in the product, where a greeting names whoever is on shift.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tactful.protocol import OrgRules

HERE = Path(__file__).parent
SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
        "dev12", "dev13", "dev14", "test")
# A set may be split into halves by the number in each item's id: ``<set>a`` holds the odd
# numbers (the half a tuner may read item by item), ``<set>b`` the even ones (scored in
# aggregate only, like ``test``, so a change tuned on the first half shows whether it
# generalises to unseen items of the same writer and style).
SPLIT = ("dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
         "dev13", "dev14")
# dev6's writers alternated violations and clean items within each block (V, C, V, C), so odd
# numbers alone would hold nearly every violation: its halves take the numbers in pairs
# (1-2 and 5-6 in ``dev6a``, 3-4 and 7-8 in ``dev6b``), each pair a violation and a clean item;
# dev7's to dev14's writers did the same.
PAIRED = frozenset({"dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
                    "dev14"})
HALVES = tuple(f"{name}{half}" for name in SPLIT for half in "ab")
HELD_OUT = frozenset({"test", *(f"{name}b" for name in SPLIT)})
CHOICES = (*SETS, *HALVES)
LANGS = ("en", "hu", "et", "ro", "zh-Hans", "zh-Hant")

# The organisations the evaluation writers were given (EVAL-SPEC.md), by language.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "en": ("Northwind Support",),
    "hu": ("Pannon Energia",),
    "et": ("Telekom Eesti",),
    "ro": ("Rețea Electrica",),
    "zh-Hans": ("路墨商城", "Lumo Shop"),
    "zh-Hant": ("路墨商城", "Lumo Shop"),
}

_ORGS: dict[str, OrgRules] = {}


def org_for(lang: str) -> OrgRules:
    """One OrgRules object per language (the checker caches compiled packs per object)."""
    if lang not in _ORGS:
        name, *aliases = ORGANISATIONS[lang]
        _ORGS[lang] = OrgRules(organisation=name, organisation_aliases=list(aliases))
    return _ORGS[lang]


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled case: a text (``transcript`` None) or a call/chat transcript."""

    id: str
    lang: str
    expect: frozenset[str]
    text: str = ""
    position: str = "whole"
    channel: str | None = None
    customer: str | None = None
    transcript: dict[str, Any] | None = None
    note: str = ""

    @property
    def kind(self) -> str:
        return "transcript" if self.transcript is not None else "text"


class SetError(ValueError):
    pass


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SetError(f"{path}:{no}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or "id" not in row or "expect" not in row:
            raise SetError(f"{path}:{no}: an item needs at least 'id' and 'expect'")
        rows.append(row)
    return rows


def load_set(name: str) -> list[Item]:
    """Every item of one set, text items first (by language), then transcripts; a half
    (``dev4a``, ``dev4b``) keeps the items with odd or even id numbers."""
    if name not in CHOICES:
        raise SetError(f"unknown set {name!r}; one of {', '.join(CHOICES)}")
    if name in HALVES:
        first = name.endswith("a")
        whole = name[:-1]
        return [item for item in load_set(whole) if _in_first_half(whole, item.id) == first]
    folder = HERE / name
    items: list[Item] = []
    seen: set[str] = set()
    for lang in LANGS:
        path = folder / f"{lang}.jsonl"
        if not path.exists():
            continue
        for row in _read_jsonl(path):
            items.append(Item(id=row["id"], lang=row.get("lang") or lang,
                              expect=frozenset(row["expect"]), text=row.get("text") or "",
                              position=row.get("position") or "whole",
                              channel=row.get("channel"), customer=row.get("customer"),
                              note=row.get("note") or ""))
    path = folder / "transcripts.jsonl"
    if path.exists():
        for row in _read_jsonl(path):
            tr = row.get("transcript")
            if not isinstance(tr, dict):
                raise SetError(f"{path}: {row['id']}: 'transcript' must be an object")
            items.append(Item(id=row["id"], lang=row.get("lang") or tr.get("lang", "auto"),
                              expect=frozenset(row["expect"]), transcript=tr,
                              note=row.get("note") or ""))
    for item in items:
        if item.id in seen:
            raise SetError(f"set {name}: duplicate id {item.id}")
        seen.add(item.id)
    return items


def _in_first_half(name: str, item_id: str) -> bool:
    """Whether an item of split set ``name`` belongs to its first half (``<name>a``)."""
    n = _number(item_id)
    return ((n + 1) // 2) % 2 == 1 if name in PAIRED else n % 2 == 1


def _number(item_id: str) -> int:
    """The last run of digits in an id (``hu-dev4-0007`` 7, ``ro-dev4-t12`` 12)."""
    digits = re.findall(r"\d+", item_id)
    if not digits:
        raise SetError(f"item id {item_id!r} has no number to split the set by")
    return int(digits[-1])
