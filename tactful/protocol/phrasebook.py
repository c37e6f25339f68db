"""The phrasebook (R-TALK-14) and the greeting builder (R-TALK-1, seed 004).

Seed 003 lists phrases by category: forms of address, greetings, holiday wishes, farewells,
acknowledgements, apologies. Each pack has them in ``vocab/phrasebook.yaml``; Traditional
Chinese is derived from Simplified. Seed 004 builds a greeting from parts, each with options:
``vocab/greeting.yaml`` lists the parts and their options; the organisation may prescribe its
own (``OrgRules.greeting_parts``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from tactful.protocol.compile import PACKS
from tactful.protocol.normalize import to_traditional
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import LANGS, load_yaml

CATEGORIES = ("address", "greetings", "holiday_wishes", "farewells", "acknowledgements",
              "apologies")


@lru_cache(maxsize=16)
def _load(lang: str, name: str) -> dict[str, Any]:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGS)}")
    path = PACKS / lang / "vocab" / name
    if not path.exists() and lang == "zh-Hant":
        base = _load("zh-Hans", name)
        converted: dict[str, Any] = load_yaml(to_traditional(yaml.safe_dump(base,
                                                                        allow_unicode=True)))
        return converted
    data = load_yaml(path.read_text(encoding="utf-8")) if path.exists() else {}
    return data or {}


def phrasebook(lang: str) -> dict[str, list[str]]:
    """Category -> phrases, in the order of seed 003."""
    data = _load(lang, "phrasebook.yaml")
    return {cat: list(data.get(cat, [])) for cat in CATEGORIES}


def greeting_options(lang: str, org: OrgRules | None = None) -> dict[str, list[str]]:
    """Greeting part -> its options (the organisation's prescribed parts win)."""
    if org is not None and org.greeting_parts:
        return {k: list(v) for k, v in org.greeting_parts.items()}
    data = _load(lang, "greeting.yaml")
    return {k: list(v) for k, v in (data.get("parts") or {}).items()}


def build_greeting(lang: str, *, agent: str, organisation: str,
                   choices: dict[str, int] | None = None, hour: int | None = None,
                   org: OrgRules | None = None) -> str:
    """Compose a greeting: one option per part (``choices`` picks by index).

    Without a choice for ``salutation``, the hour picks morning/afternoon/evening options
    when the pack marks them (``salutation_by_hour``).
    """
    options = greeting_options(lang, org)
    data = _load(lang, "greeting.yaml")
    choices = dict(choices or {})
    by_hour = data.get("salutation_by_hour") or {}
    if "salutation" in options and "salutation" not in choices and hour is not None and by_hour:
        slot = "morning" if hour < 12 else "afternoon" if hour < 18 else "evening"
        if slot in by_hour:
            choices["salutation"] = int(by_hour[slot])
    parts: list[str] = []
    for name, opts in options.items():
        if not opts:
            continue
        idx = choices.get(name, 0)
        if not 0 <= idx < len(opts):
            raise ValueError(f"greeting part {name!r} has {len(opts)} options; {idx} given")
        parts.append(opts[idx].format(agent=agent, organisation=organisation))
    sep = "" if lang.startswith("zh") else " "
    return sep.join(p.strip() for p in parts if p.strip())
