"""The policy page: upload, mistakes with line numbers, history, the rendered document
(R-POL-1, R-POL-2, R-POL-3). Managers and administrators only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.test import Client

from tactful.desk.models import PolicyVersion

EXAMPLE = (Path(__file__).resolve().parents[2] / "tactful" / "policy" / "examples"
           / "default.en.yaml").read_text(encoding="utf-8")


def test_only_managers_and_administrators_reach_the_policy_page(client: Client,
                                                                 people: Any) -> None:
    for user in (people.agent, people.supervisor):
        client.force_login(user)
        assert client.get("/policy/").status_code == 403
        assert client.post("/policy/upload", {"text": EXAMPLE,
                                              "summary": "x"}).status_code == 403
    for user in (people.manager, people.admin):
        client.force_login(user)
        assert client.get("/policy/").status_code == 200


def test_a_manager_uploads_a_version_and_reads_it(client: Client, people: Any) -> None:
    """R-POL-2, R-POL-3: the version is kept, put in force and rendered as a document."""
    client.force_login(people.manager)
    response = client.post("/policy/upload", {"text": EXAMPLE, "summary": "First version",
                                              "activate": "1"})
    assert response.status_code == 303
    version = PolicyVersion.objects.get()
    assert version.is_active and version.summary == "First version"
    page = client.get("/policy/").content.decode()
    assert "First version" in page and f"/policy/{version.number}/document" in page
    document = client.get(f"/policy/{version.number}/document")
    assert document.status_code == 200
    assert "sandbox" in document["Content-Security-Policy"]
    assert "Example Ltd" in document.content.decode()
    assert client.get(f"/policy/{version.number}/source").content.decode() == EXAMPLE


def test_a_policy_with_mistakes_is_refused_with_line_numbers(client: Client,
                                                              people: Any) -> None:
    """R-POL-1: a file with a mistake is refused with the line and the fix; nothing saved."""
    broken = EXAMPLE.replace("changelog:", "changelogg:", 1)
    client.force_login(people.manager)
    response = client.post("/policy/upload", {"text": broken, "summary": "Typo"})
    assert response.status_code == 422
    html = response.content.decode()
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "changelogg" in text)
    assert f'href="#line-{line}"' in html
    assert f'id="line-{line}" class="bad"' in html
    assert PolicyVersion.objects.count() == 0


def test_policy_text_is_shown_as_text(client: Client, people: Any) -> None:
    client.force_login(people.manager)
    hostile = "title: <script>alert(1)</script>\nnot: [valid"
    html = client.post("/policy/upload", {"text": hostile, "summary": "x"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
