"""Where the web layer meets packages that other parts of Tactful provide.

Everything the workspace needs from the checker (``tactful.protocol``), the policy
(``tactful.policy`` and the active policy version) and the outbound channels lives here,
behind small functions with fixed return shapes, so that the screens do not depend on how
those packages are laid out and keep working (with less help) while a piece is missing.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger("tactful.web")

POLICY_EXAMPLE = Path(__file__).resolve().parent.parent / "policy" / "examples" / "default.en.yaml"


def _attr(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


_DJANGO_TO_DESK = {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant"}


def checker_language(language: str) -> str:
    """The checker's code for a conversation or interface language (the desk's codes)."""
    return _DJANGO_TO_DESK.get(language.lower(), language)


# The checker --------------------------------------------------------------------------

def check_function() -> Any:
    return _attr("tactful.protocol", "check_text") or _attr("tactful.protocol.checker",
                                                           "check_text")


def checker_available() -> bool:
    return check_function() is not None


def check_text(text: str, *, language: str, channel: str, position: str = "whole",
               customer_text: str = "", reader_language: str = "en", agent: str = "",
               live: bool = True) -> dict[str, Any] | None:
    """The checker's report as plain data, or None while the checker is not installed.

    Shape: ``{"lang", "score", "findings": [{rule_id, requirement, level, start, end,
    message, suggestion, replacement}, ...]}``, offsets into ``text``; messages are in the
    reader's (the agent's interface) language. ``live`` skips slow spelling suggestions.
    """
    check = check_function()
    if check is None:
        return None
    lang = checker_language(language)
    kwargs: dict[str, Any] = {"lang": lang, "channel": channel, "position": position,
                              "customer_text": customer_text or None,
                              "reader_lang": checker_language(reader_language),
                              "suggest": not live}
    org = org_rules(lang, agent)
    if org is not None:
        kwargs["org"] = org
    try:
        report = check(text, **kwargs)
    except Exception:  # a broken pack must not stop the agent writing; the log says why
        log.warning("the checker failed on a %s text", lang, exc_info=True)
        return None
    data = report.to_dict() if hasattr(report, "to_dict") else dict(report)
    findings = []
    for f in data.get("findings", []):
        item = f if isinstance(f, dict) else f.to_dict()
        findings.append({k: item.get(k) for k in (
            "rule_id", "requirement", "level", "start", "end", "message", "suggestion",
            "replacement")})
    return {"lang": data.get("lang", lang), "score": data.get("score"), "findings": findings}


def org_rules(lang: str, agent: str = "") -> Any:
    """The checker's OrgRules for one language from the active policy (R-POL-1), through
    ``tactful.policy.checker.to_org_rules`` (the same mapping ``POST /api/v1/check`` uses)."""
    build = _attr("tactful.policy.checker", "to_org_rules")
    policy = active_policy()
    if build is None or policy is None:
        return None
    key = (policy.fingerprint, lang, agent)
    try:
        if key not in _ORG_CACHE:
            if len(_ORG_CACHE) > 256:
                _ORG_CACHE.clear()
            _ORG_CACHE[key] = build(policy, lang, agent_names=[agent] if agent else [])
        return _ORG_CACHE[key]
    except Exception:  # a policy the checker cannot read must not stop the agent writing
        log.warning("could not build checker rules from the policy", exc_info=True)
        return None


_ORG_CACHE: dict[tuple[str, str, str], Any] = {}


# Phrasebook and greeting ----------------------------------------------------------------

@dataclass
class PhraseGroup:
    title: str
    phrases: list[str] = field(default_factory=list)


def phrasebook(language: str) -> list[PhraseGroup]:
    """The checker's phrasebook for a language, grouped (R-TALK-14); empty when missing."""
    source = _attr("tactful.protocol", "phrasebook")
    if source is None:
        return []
    try:
        book = source(checker_language(language))
    except Exception:
        log.warning("phrasebook(%s) failed", language, exc_info=True)
        return []
    groups: list[PhraseGroup] = []
    items = book.items() if isinstance(book, dict) else getattr(book, "sections", book)
    if isinstance(items, dict):
        items = items.items()
    for entry in items:
        if isinstance(entry, tuple) and len(entry) == 2:
            title, phrases = entry
        else:
            title = getattr(entry, "title", None) or getattr(entry, "category", "")
            phrases = getattr(entry, "phrases", None) or [getattr(entry, "text", str(entry))]
        texts = [p if isinstance(p, str) else getattr(p, "text", str(p)) for p in phrases]
        groups.append(PhraseGroup(str(title).replace("_", " "), [t for t in texts if t]))
    return groups


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
    if not parts:
        pack_options = _attr("tactful.protocol", "greeting_options")
        try:
            found = pack_options(lang) if pack_options is not None else {}
        except Exception:
            found = {}
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

def active_policy() -> Any:
    """The organisation's active policy: the activated version once versions exist,
    the bundled example until then; None if neither can be loaded."""
    getter = _attr("tactful.desk.service_levels", "active_policy")
    if getter is not None:
        try:
            found = getter()
            policy = getattr(found, "policy", found)
            if policy is not None:
                return policy
        except Exception:
            log.warning("the active policy could not be loaded", exc_info=True)
    return _example_policy()


@lru_cache(maxsize=1)
def _example_policy() -> Any:
    load = _attr("tactful.policy", "load_policy")
    if load is None or not POLICY_EXAMPLE.exists():
        return None
    try:
        return load(POLICY_EXAMPLE)
    except Exception:
        log.warning("the example policy does not load", exc_info=True)
        return None


def complaint_categories(language: str, *, policy: Any = None) -> list[tuple[str, str]]:
    """(id, label) of the complaint categories the policy defines (R-CMP-6)."""
    policy = policy if policy is not None else active_policy()
    if policy is None:
        return [("other", "Other")]
    pick = _attr("tactful.policy.schema", "pick")
    out = []
    for category in policy.complaints.categories:
        label = pick(category.label, language) if pick else category.id
        out.append((category.id, label or category.id))
    return out


# Outbound email -------------------------------------------------------------------------

def email_reply_function() -> Any:
    """The mail channel's ``send_reply`` (checks, stores and queues an email reply)."""
    return _attr("tactful.desk.services.mail", "send_reply")


EMAIL_CHANNELS = ("email", "web_form")
