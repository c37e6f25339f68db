"""What the workspace shows from the checker and the policy, in fixed shapes for templates.

The checker is called through ``tactful.desk.checking`` (the one way the desk calls it); the
phrasebook and greeting options come from ``tactful.protocol``; the policy from the active
version (``tactful.desk.service_levels``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from tactful.desk import checking, service_levels
from tactful.policy import Policy
from tactful.policy.schema import pick
from tactful.protocol import greeting_options
from tactful.protocol import phrasebook as pack_phrasebook

log = logging.getLogger("tactful.web")

checker_language = checking.checker_language


# The checker --------------------------------------------------------------------------

FINDING_KEYS = ("rule_id", "requirement", "level", "start", "end", "message", "suggestion",
                "replacement")


def check_text(text: str, *, language: str, channel: str, position: str = "whole",
               customer_text: str = "", reader_language: str = "en", agent: str = "",
               live: bool = True) -> dict[str, Any] | None:
    """The checker's report for the composer, or None when the checker failed.

    Shape: ``{"lang", "score", "findings": [{rule_id, requirement, level, start, end,
    message, suggestion, replacement}, ...]}``, offsets into ``text``; messages are in the
    reader's (the agent's interface) language. ``live`` skips slow spelling suggestions.
    """
    result = checking.check_outgoing(text, language=language, channel=channel,
                                     position=position, customer_text=customer_text,
                                     reader=reader_language, agent=agent, suggest=not live)
    data = result.report
    if not data.get("checked"):
        return None
    findings = [{k: f.get(k) for k in FINDING_KEYS} for f in data["findings"]]
    return {"lang": data.get("lang"), "score": data.get("score"), "findings": findings}


# Phrasebook and greeting ----------------------------------------------------------------

@dataclass
class PhraseGroup:
    title: str
    phrases: list[str] = field(default_factory=list)


def phrasebook(language: str) -> list[PhraseGroup]:
    """The checker's phrasebook for a language, grouped (R-TALK-14); empty when missing."""
    lang = checker_language(language)
    if lang == "auto":
        return []
    return [PhraseGroup(title.replace("_", " "), [p for p in phrases if p])
            for title, phrases in pack_phrasebook(lang).items()]


# Until the policy names greeting parts for a language, these follow seed 004: a greeting,
# the agent's name, the organisation, and an offer of help, each with a few options.
DEFAULT_GREETING_PARTS: dict[str, list[str]] = {
    "en": ["Good morning|Good afternoon|Hello", "my name is {agent}|you are speaking to {agent}",
           "at {organisation}", "how may I help you?|how can I help?"],
    "hu": ["Jó napot kívánok!|Üdvözlöm!", "{agent} vagyok|A nevem {agent}",
           "a(z) {organisation} ügyfélszolgálatától.",
           "Miben segíthetek?|Miben lehetek a segítségére?"],
    "et": ["Tere päevast!|Tere!", "Mina olen {agent}|Minu nimi on {agent}",
           "ettevõttest {organisation}.", "Kuidas saan teid aidata?|Millega saan aidata?"],
    "ro": ["Bună ziua!|Bună dimineața!", "Numele meu este {agent}|Sunt {agent}",
           "de la {organisation}.", "Cu ce vă pot ajuta?|Cum vă pot fi de folos?"],
    "zh-Hans": ["您好！|早上好！", "我是{organisation}的", "客服{agent}，|{agent}，",
           "请问有什么可以帮您？|很高兴为您服务，请问您需要什么帮助？"],
}


@dataclass
class GreetingPart:
    options: list[str]


def greeting_parts(language: str, *, agent: str,
                   policy: Any = None) -> tuple[list[GreetingPart], str]:
    """The greeting's parts for a language with every option filled in, and the source.

    The source is ``"policy"`` when the active policy prescribes the parts (R-TALK-1),
    ``"pack"`` when the checker's language pack has them, otherwise ``"default"``.
    """
    lang = checker_language(language)
    policy = policy if policy is not None else active_policy()
    parts: list[str] | None = None
    organisation = "Tactful"
    source = "default"
    if policy is not None:
        organisation = policy.organisation.name
        prescribed = policy.checker.greeting_parts
        parts = prescribed.get(language) or prescribed.get(lang)
        if parts:
            source = "policy"
    if not parts and lang != "auto":
        found = greeting_options(lang)
        if found:
            parts = ["|".join(options) for options in found.values() if options]
            source = "pack"
    if not parts:
        parts = DEFAULT_GREETING_PARTS.get(lang, DEFAULT_GREETING_PARTS["en"])
    filled = [GreetingPart([o.strip().replace("{agent}", agent).replace(
        "{organisation}", organisation) for o in part.split("|") if o.strip()])
        for part in parts]
    return filled, source


# The policy -----------------------------------------------------------------------------

def active_policy() -> Policy:
    """The organisation's active policy (the bundled default until a version is uploaded)."""
    return service_levels.active_policy().policy


def complaint_categories(language: str, *, policy: Any = None) -> list[tuple[str, str]]:
    """(id, label) of the complaint categories the policy defines (R-CMP-6)."""
    policy = policy if policy is not None else active_policy()
    return [(category.id, pick(category.label, language) or category.id)
            for category in policy.complaints.categories]


def custom_fields(values: dict[str, str], language: str, *,
                  policy: Any = None) -> list[tuple[str, str]]:
    """(label, value) of a conversation's web-form fields (R-MAIL-3), in the order of the
    active policy's form and labelled as it labels them in ``language``; a field the policy
    no longer has keeps its name (after the others), a select shows its option's label."""
    policy = policy if policy is not None else active_policy()
    known = {f.name: f for f in policy.channels.web_form.fields}
    order = list(known)
    out = []
    for name in sorted(values, key=lambda n: (order.index(n) if n in known else len(order), n)):
        value = values[name]
        spec = known.get(name)
        if spec is None:
            out.append((name, str(value)))
            continue
        option = next((o for o in spec.options if o.value == value), None)
        shown = (pick(option.label, language) or option.value) if option else str(value)
        out.append((pick(spec.label, language) or name, shown))
    return out


EMAIL_CHANNELS = ("email", "web_form")
