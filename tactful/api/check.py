"""``POST /api/v1/check``: the protocol checker on a draft, for live hints in any client."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import ConfigDict, Field

from tactful.desk import access, checking
from tactful.desk.models.choices import Role

router = Router(tags=["checker"])


class CheckIn(Schema):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=100_000)
    lang: Literal["auto", "en", "hu", "et", "ro", "zh-Hans", "zh-Hant"] = "auto"
    channel: Literal["email", "web_form", "chat", "phone", "voicemail", "visit", "letter",
                     "social", "review"] | None = None
    position: Literal["opening", "middle", "closing", "whole"] = "whole"
    customer_text: str | None = Field(None, max_length=100_000)
    reader_lang: Literal["en", "hu", "et", "ro", "zh-Hans", "zh-Hant"] = "en"
    spelling: bool = True


class FindingOut(Schema):
    rule_id: str
    requirement: str
    level: str
    start: int
    end: int
    message: str
    suggestion: str
    replacement: str | None = None


class CheckOut(Schema):
    findings: list[FindingOut]
    score: float
    has_errors: bool


@router.post("/check", response=CheckOut)
def check(request: HttpRequest, payload: CheckIn) -> dict[str, Any]:
    """Check a draft against the active policy's rules (R-TALK-1 … R-TALK-15)."""
    user = request.auth  # type: ignore[attr-defined]
    access.require_role(user, Role.AGENT)
    result = checking.check_outgoing(
        payload.text, language=payload.lang, channel=payload.channel,
        position=payload.position, customer_text=payload.customer_text or "",
        agent=checking.agent_name(user), reader=payload.reader_lang,
        spelling=payload.spelling)
    report = result.report
    if not report["checked"]:
        raise checking.CheckerFailed("The checker could not check this text now; the "
                                     "desk's log says why.")
    return {
        "findings": [{"rule_id": f["rule_id"], "requirement": f["requirement"],
                      "level": f["level"], "start": f["start"], "end": f["end"],
                      "message": f["message"], "suggestion": f["suggestion"] or "",
                      "replacement": f["replacement"]} for f in report["findings"]],
        "score": report["score"],
        "has_errors": any(f["level"] == "error" for f in report["findings"]),
    }
