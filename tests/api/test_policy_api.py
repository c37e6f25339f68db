"""Policy versions through the API: refused with every mistake, kept, activated (R-POL-3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tactful.desk.models import PolicyVersion
from tactful.desk.services import policies

EXAMPLE = Path(__file__).parents[2] / "tactful/policy/examples/pannon-energia.hu.yaml"


def test_a_manager_uploads_versions_and_the_newest_is_active(api_as: Any, people: Any) -> None:
    """R-POL-3: versions are kept with author, time and change summary."""
    manager = api_as(people.manager)
    text = EXAMPLE.read_text()
    first = manager.post("/policy/versions", {"text": text, "summary": "first"})
    assert first.status_code == 201, first.content
    second = manager.post("/policy/versions", {"text": text.replace("Pannon Energia Zrt.",
                                                                   "Pannon Energia Nyrt."),
                                               "summary": "new legal name"})
    assert second.status_code == 201
    versions = manager.get("/policy/versions").json()
    assert [(v["number"], v["is_active"], v["author"]) for v in versions] == [
        (2, True, "mihai"), (1, False, "mihai")]
    back = manager.post("/policy/versions/1/activate")
    assert back.status_code == 200 and back.json()["is_active"]
    assert PolicyVersion.objects.get(is_active=True).number == 1


def test_a_policy_with_mistakes_is_refused_with_lines(api_as: Any, people: Any) -> None:
    """R-POL-1: refused with the line and the fix; nothing is stored."""
    bad = EXAMPLE.read_text().replace("  name: Pannon Energia\n", "  nmae: Pannon Energia\n")
    response = api_as(people.manager).post("/policy/versions", {"text": bad, "summary": "x"})
    assert response.status_code == 422
    problems = response.json()["error"]["problems"]
    assert any(p["line"] == 4 and "nmae" in p["message"] and "name" in p["fix"]
               for p in problems), problems
    assert PolicyVersion.objects.count() == 0


def test_agents_cannot_change_the_policy(api_as: Any, people: Any) -> None:
    response = api_as(people.agent).post("/policy/versions", {"text": EXAMPLE.read_text(),
                                                              "summary": "mine"})
    assert response.status_code == 403
    assert api_as(people.agent).get("/policy/versions").status_code == 403


def test_a_review_reminder_falls_due_a_year_after_the_last_change(people: Any) -> None:
    """R-POL-3: a review reminder is due a year after the last change."""
    from tactful.desk.models import Notification

    policies.upload_policy(actor="test", text=EXAMPLE.read_text(), summary="old policy")
    # The example was last changed on 2026-01-12, so its review is due 2027-01-12.
    import datetime as dt
    from unittest import mock

    with mock.patch("django.utils.timezone.localdate", return_value=dt.date(2027, 1, 11)):
        assert policies.review_reminder_step() is False
    with mock.patch("django.utils.timezone.localdate", return_value=dt.date(2027, 1, 12)):
        assert policies.review_reminder_step() is True
        assert policies.review_reminder_step() is False  # once
    assert list(Notification.objects.values_list("user__username", "kind")) == [
        ("mihai", "policy.review_due")]
