"""The organisation's own additions to the checker (R-POL-1), as plain data.

The policy package maps its ``checker`` section into :class:`OrgRules`; the checker never
reads the policy file itself. Everything is optional; an empty ``OrgRules()`` changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class PhraseAdvice:
    """A phrase the organisation forbids, and what to say instead (``better`` may be empty)."""

    phrase: str
    better: str = ""


@dataclass(slots=True)
class OrgRules:
    """Organisation rules for the checker.

    * ``organisation``: the name a greeting must contain (any of ``organisation_aliases`` too).
    * ``agent_names``: names that count as the agent introducing themselves.
    * ``greeting_parts`` / ``closing_parts``: prescribed parts, each a list of acceptable
      options (phrases, matched like rule patterns); they replace the pack's parts when given.
    * ``forbidden``: per language (``"*"`` for all), phrases never to use, with better ones.
    * ``jargon``: per language (``"*"`` for all), terms to avoid, with plain words.
    * ``product_names`` and ``accepted_words``: accepted by the spelling check.
    * ``formal_address``: when False, informal address (te/tu/sina/你) is not flagged.
    * ``max_rings``: calls must be answered within this many rings (R-PHONE-1).
    * ``max_sentence_words``: readability limit (default per pack).
    * ``profanity_warning``: per language, the prescribed warning sentence (R-TALK-11).
    * ``disabled_rules``: rule IDs (or ID prefixes ending in ``*``) to switch off.
    """

    organisation: str | None = None
    organisation_aliases: list[str] = field(default_factory=list)
    agent_names: list[str] = field(default_factory=list)
    greeting_parts: dict[str, list[str]] = field(default_factory=dict)
    closing_parts: dict[str, list[str]] = field(default_factory=dict)
    forbidden: dict[str, list[PhraseAdvice]] = field(default_factory=dict)
    jargon: dict[str, list[PhraseAdvice]] = field(default_factory=dict)
    product_names: list[str] = field(default_factory=list)
    accepted_words: list[str] = field(default_factory=list)
    formal_address: bool = True
    max_rings: int = 3
    max_sentence_words: int | None = None
    profanity_warning: dict[str, str] = field(default_factory=dict)
    disabled_rules: list[str] = field(default_factory=list)

    def fingerprint(self) -> str:
        blob = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha1(blob.encode()).hexdigest()

    def is_disabled(self, rule_id: str) -> bool:
        for item in self.disabled_rules:
            if item == rule_id or (item.endswith("*") and rule_id.startswith(item[:-1])):
                return True
        return False

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> OrgRules:
        """Build from plain data (JSON/YAML); phrase lists accept strings or {phrase, better}."""
        raw = dict(data)

        def advice(value: object) -> dict[str, list[PhraseAdvice]]:
            out: dict[str, list[PhraseAdvice]] = {}
            if isinstance(value, list):
                value = {"*": value}
            if not isinstance(value, dict):
                return out
            for lang, items in value.items():
                lst: list[PhraseAdvice] = []
                for item in items or []:
                    if isinstance(item, str):
                        lst.append(PhraseAdvice(item))
                    elif isinstance(item, dict):
                        lst.append(PhraseAdvice(str(item.get("phrase", "")),
                                                str(item.get("better", "") or "")))
                out[str(lang)] = lst
            return out

        raw["forbidden"] = advice(raw.get("forbidden", {}))
        raw["jargon"] = advice(raw.get("jargon", {}))
        known = set(cls.__dataclass_fields__)
        unknown = set(raw) - known
        if unknown:
            raise ValueError(f"unknown OrgRules fields: {', '.join(sorted(unknown))}")
        return cls(**raw)  # type: ignore[arg-type]
