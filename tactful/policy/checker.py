"""The policy's ``checker`` section as the protocol checker's organisation rules (R-POL-1)."""

from __future__ import annotations

from collections.abc import Sequence

from tactful.protocol.org import OrgRules, PhraseAdvice

from .schema import Policy


def _parts(by_lang: dict[str, list[str]], lang: str) -> dict[str, list[str]]:
    """``["Hello|Good morning", "{agent}"]`` -> ``{"part1": ["Hello", "Good morning"], …}``."""
    found = by_lang.get(lang) or by_lang.get(lang.split("-")[0]) or []
    return {f"part{i + 1}": [o.strip() for o in part.split("|") if o.strip()]
            for i, part in enumerate(found)}


def to_org_rules(policy: Policy, lang: str | None = None,
                 agent_names: Sequence[str] = ()) -> OrgRules:
    """Organisation rules for checking text in ``lang`` (the policy's default language)."""
    language = lang or policy.languages.default
    checker = policy.checker
    return OrgRules(
        organisation=policy.organisation.name,
        agent_names=list(agent_names),
        greeting_parts=_parts(checker.greeting_parts, language),
        closing_parts=_parts(checker.closing_parts, language),
        forbidden={code: [PhraseAdvice(p.phrase, p.better) for p in items]
                   for code, items in checker.forbidden.items()},
        jargon={"*": [PhraseAdvice(term) for term in checker.jargon]} if checker.jargon else {},
        accepted_words=list(checker.accept_words),
        formal_address=checker.formal_address,
        max_rings=policy.channels.phone.answer_within_rings,
    )
