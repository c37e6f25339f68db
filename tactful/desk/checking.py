"""The protocol checker on what the desk sends: the one way the desk calls it.

The composer's live hints, the gate before an email or a letter leaves, and the report that
every outbound message is stored with (``services.messages.add_message``) all go through
:func:`check_outgoing`. It checks with the active policy's organisation rules
(``tactful.policy.checker.to_org_rules``, the same mapping ``POST /api/v1/check`` uses), in
the conversation's language and channel, against the customer message being answered (so
that question coverage, R-TALK-9, can be checked).

Error-level findings block email and letters (R-TALK-8); a letter that does not tell the
customer what happens next (R-LETTER-1) is blocked too. The callers that send decide what a
block means (an agent may override it with a recorded reason); a failure of the checker
itself never stops the desk: the report then says ``"checked": false`` and why.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from tactful.policy import Policy
from tactful.policy.checker import to_org_rules
from tactful.protocol import LANGS, OrgRules, check_text

from . import service_levels
from .errors import DeskError
from .models import Conversation
from .models.choices import Channel, Direction

log = logging.getLogger("tactful.checking")

# Channels on which error findings stop the message leaving the desk.
GATED_CHANNELS = (Channel.EMAIL, Channel.WEB_FORM, Channel.LETTER)


@dataclass(frozen=True)
class CheckResult:
    """The report as stored with the message, and the findings that stop it being sent."""

    report: dict[str, Any]
    blocking: list[dict[str, Any]] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return bool(self.blocking)

    def summary(self) -> str:
        return "; ".join(f"{f.get('rule_id')}: {f.get('message')}" for f in self.blocking[:5])

    def with_override(self, reason: str) -> dict[str, Any]:
        """The report to store when the agent sends anyway, with the reason (R-TALK-8)."""
        return {**self.report, "override_reason": reason} if reason else self.report


def checker_language(language: str) -> str:
    """The checker's code for a desk or interface language (``zh-hans`` → ``zh-Hans``);
    ``auto`` (detect from the text) for anything the checker has no pack for."""
    lowered = (language or "").lower()
    if lowered.startswith("zh"):
        return "zh-Hant" if "hant" in lowered or lowered in ("zh-tw", "zh-hk") else "zh-Hans"
    base = lowered.split("-")[0]
    return base if base in LANGS else "auto"


def reader_language(language: str) -> str:
    """The language findings are explained in (the agent's interface); English otherwise."""
    code = checker_language(language)
    return code if code != "auto" else "en"


_org_lock = threading.Lock()
_org_cache: dict[tuple[str, str, str], OrgRules] = {}


def org_rules(policy: Policy, lang: str, agent: str = "") -> OrgRules:
    """The organisation's rules for ``lang`` (``auto``: the policy's default language),
    built once per policy version, language and agent name (the compiled pack is cached by
    the object's fingerprint, so the same object is handed out again)."""
    key = (policy.fingerprint, lang, agent)
    with _org_lock:
        found = _org_cache.get(key)
    if found is not None:
        return found
    built = to_org_rules(policy, None if lang == "auto" else lang,
                         agent_names=[agent] if agent else [])
    with _org_lock:
        if len(_org_cache) > 256:
            _org_cache.clear()
        _org_cache[key] = built
    return built


def check_outgoing(text: str, *, language: str, channel: str | None, customer_text: str = "",
                   agent: str = "", reader: str = "", position: str = "whole",
                   suggest: bool = False, spelling: bool = True) -> CheckResult:
    """The checker's report on what an agent wrote, and what in it blocks sending.

    ``language`` is the conversation's (desk codes); ``reader`` the language findings are
    explained in (the composer: the agent's interface; stored reports: the policy's default
    language, which supervisors read). ``suggest`` fills spelling replacements (slow; off
    for live hints and for stored reports); ``spelling=False`` leaves the spelling check out.
    """
    lang = checker_language(language)
    try:
        policy = service_levels.active_policy().policy
        report = check_text(text, lang=lang, channel=channel or None, position=position,
                            org=org_rules(policy, lang, agent),
                            reader_lang=reader_language(reader or policy.languages.default),
                            customer_text=customer_text or None, suggest=suggest,
                            spelling=spelling)
    except Exception as exc:  # a broken pack or policy must not stop the desk
        log.exception("the checker failed on a %s text; nothing is blocked", lang)
        return CheckResult({"checked": False, "error": f"{type(exc).__name__}: {exc}"[:300],
                            "findings": []})
    data = report.to_dict()
    data["checked"] = True
    return CheckResult(data, blocking_findings(data["findings"], channel))


class CheckerFailed(DeskError):
    """The checker could not check the text (a broken pack); the log says why."""

    code = "checker_failed"
    status = 503


def blocking_findings(findings: list[dict[str, Any]],
                      channel: str | None) -> list[dict[str, Any]]:
    """Error findings stop email and letters; a letter also needs its next step."""
    if channel not in GATED_CHANNELS:
        return []
    return [f for f in findings if f.get("level") == "error" or (
        channel == Channel.LETTER and f.get("requirement") == "R-LETTER-1")]


def last_customer_text(conversation: Conversation) -> str:
    """The customer's latest message in the conversation: what a reply answers."""
    return conversation.messages.filter(direction=Direction.INBOUND).order_by(
        "-created_at", "-id").values_list("text", flat=True).first() or ""


def agent_name(user: Any) -> str:
    """The name an agent introduces themselves with (R-TALK-1); "" for system actors."""
    if user is None or isinstance(user, str):
        return ""
    profile = getattr(user, "staff_profile", None)
    name = getattr(profile, "display_name", "") if profile is not None else ""
    return str(name or user.get_username())


def check_reply(conversation: Conversation, text: str, *, actor: Any = None,
                channel: str | None = None) -> CheckResult:
    """:func:`check_outgoing` for a reply in ``conversation``: its language, its channel
    (or ``channel``), the last customer message and the writing agent's name."""
    return check_outgoing(text, language=conversation.language,
                          channel=channel or conversation.channel,
                          customer_text=last_customer_text(conversation),
                          agent=agent_name(actor))
