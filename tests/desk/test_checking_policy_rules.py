"""The send gate checks replies with the active policy's own rules, not only the packs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tactful.desk.checking import check_outgoing
from tactful.desk.services.policies import upload_policy

POLICY = Path(__file__).parents[2] / "tactful/policy/examples/default.en.yaml"


def test_the_organisations_forbidden_phrase_is_found_in_an_outgoing_reply(db: Any) -> None:
    """R-TALK-4, R-POL-1, R-TALK-8: the organisation's own forbidden phrases gate sending."""
    text = POLICY.read_text().replace(
        "  jargon: [SLA, ticket, backend, escalate]",
        "  jargon: [SLA, ticket, backend, escalate]\n"
        "  forbidden:\n    en:\n      - {phrase: computer says no, better: let me find a way}")
    upload_policy(actor="test", text=text, summary="own phrase")
    reply = "Dear Ms Smith, I am sorry, but computer says no. Kind regards, Olivia"
    result = check_outgoing(reply, language="en", channel="email")
    spans = [reply[f["start"]:f["end"]].lower() for f in result.report["findings"]]
    assert any("computer says no" in s for s in spans), result.report["findings"]
