"""POST /api/v1/check: live hints from the checker, with the active policy's rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tactful.desk.services.policies import upload_policy

POLICY = Path(__file__).parents[2] / "tactful/policy/examples/pannon-energia.hu.yaml"


def test_a_forbidden_hungarian_phrase_gets_a_hint_with_its_span(api: Any, people: Any) -> None:
    """R-TALK-4, R-TALK-15: the finding has a rule, a requirement, a span and a suggestion."""
    upload_policy(actor="test", text=POLICY.read_text(), summary="hu")
    text = "Ezt nem tudom kezelni, hívja a pénzügyet."
    response = api.post("/check", {"text": text, "lang": "hu", "channel": "email"})
    assert response.status_code == 200, response.content
    findings = response.json()["findings"]
    forbidden = [f for f in findings if f["requirement"] == "R-TALK-4"]
    assert forbidden, findings
    first = forbidden[0]
    assert "nem tudom kezelni" in text[first["start"]:first["end"]].lower()
    assert first["message"] and first["level"] in ("error", "warning", "hint")
    assert response.json()["has_errors"] is True


def test_a_polite_reply_is_clean_enough(api: Any) -> None:
    text = ("Tisztelt Ügyfelünk! Köszönjük megkeresését. A számláját ellenőriztük, a "
            "különbözetet két munkanapon belül jóváírjuk. Segíthetek még valamiben?")
    response = api.post("/check", {"text": text, "lang": "hu", "position": "middle"})
    assert response.status_code == 200
    assert not [f for f in response.json()["findings"] if f["level"] == "error"]


def test_bad_input_is_a_422(api: Any) -> None:
    assert api.post("/check", {"text": "x" * 100_001}).status_code == 422
    assert api.post("/check", {"text": "hi", "lang": "klingon"}).status_code == 422
    assert api.post("/check", {"text": "hi", "unknown": 1}).status_code == 422


def test_a_failing_checker_is_a_503_not_a_clean_report(api: Any) -> None:
    """R-TALK-15: an answer without findings must mean the text is clean, never that the
    checker broke."""
    from unittest import mock

    with mock.patch("tactful.desk.checking.check_text", side_effect=RuntimeError("pack")):
        response = api.post("/check", {"text": "Hello", "lang": "en"})
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "checker_failed"
