"""The checker as a gate before anything leaves the desk (R-TALK-8, R-LETTER-1).

``check_outgoing`` runs ``tactful.protocol``'s ``check_text`` (imported lazily) over what an
agent wrote. Error-level findings block the send; for letters, a missing next step
(requirement R-LETTER-1) blocks too, because a letter must tell the customer what is
expected of them. An agent may override a block by giving a reason; the reason and the
findings are recorded with the message. While the checker is not installed, nothing is
blocked and the report says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("tactful.channels.email")


@dataclass
class GateResult:
    report: dict[str, Any]
    blocking: list[dict[str, Any]] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return bool(self.blocking)

    def summary(self) -> str:
        return "; ".join(f"{f.get('rule_id')}: {f.get('message')}" for f in self.blocking[:5])


def _checker() -> Any:
    try:
        from tactful.protocol.checker import check_text
    except ImportError:
        return None
    return check_text


def _org_rules(language: str) -> Any:
    """The active policy's own rules (greeting, forbidden phrases, jargon) for ``language``."""
    from tactful.desk import service_levels
    from tactful.policy.checker import to_org_rules

    lang = None if language == "auto" else language
    return to_org_rules(service_levels.active_policy().policy, lang)


def checker_language(language: str) -> str:
    """The checker's code: en, hu, et, ro, zh-Hans, zh-Hant, else "auto"."""
    if language.lower().startswith("zh"):
        return "zh-Hant" if "hant" in language.lower() else "zh-Hans"
    return language.lower() if language.lower() in ("en", "hu", "et", "ro") else "auto"


def check_outgoing(text: str, *, language: str, channel: str,
                   customer_text: str = "") -> GateResult:
    """The checker's report on ``text`` and the findings that stop it being sent."""
    check = _checker()
    if check is None:
        return GateResult({"checked": False, "findings": []})
    kwargs: dict[str, Any] = {"lang": checker_language(language), "channel": channel,
                              "position": "whole", "customer_text": customer_text or None}
    kwargs["org"] = _org_rules(kwargs["lang"])
    try:
        report = check(text, **kwargs)
    except Exception as exc:  # a broken rule pack must not silence the desk
        log.exception("the checker failed; the message is not blocked")
        return GateResult({"checked": False, "error": f"{type(exc).__name__}: {exc}"[:300],
                           "findings": []})
    data = report.to_dict()
    data["checked"] = True
    blocking = [f for f in data["findings"] if f.get("level") == "error" or (
        channel == "letter" and f.get("requirement") == "R-LETTER-1")]
    return GateResult(data, blocking)
