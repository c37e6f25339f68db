"""Attachments over the API (sniffed type, size limit), merging customers, the audit trail."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from tactful.desk.models import Attachment

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def new_conversation(api: Any, people: Any) -> dict[str, Any]:
    response = api.post("/conversations", {"channel": "email", "team": people.team.slug})
    assert response.status_code == 201
    return dict(response.json())


def upload(api: Any, conv_id: int, *files: Any, note: str = "") -> Any:
    return api.client.post(f"/api/v1/conversations/{conv_id}/attachments",
                           data={"files": list(files), "note": note}, headers=api.headers)


def test_the_content_type_is_sniffed_not_trusted(api: Any, people: Any) -> None:
    conv = new_conversation(api, people)
    lying = SimpleUploadedFile("invoice.pdf", PNG, content_type="application/pdf")
    text = SimpleUploadedFile("notes.txt", "Árvíztűrő 您好".encode(), content_type="image/png")
    response = upload(api, conv["id"], lying, text, note="scans from the visit")
    assert response.status_code == 201, response.content
    kinds = {a["filename"]: a["content_type"] for a in response.json()["attachments"]}
    assert kinds == {"invoice.pdf": "image/png", "notes.txt": "text/plain"}
    stored = Attachment.objects.get(filename="invoice.pdf")
    assert stored.declared_type == "application/pdf"
    assert stored.file.read() == PNG


def test_hostile_file_names_are_defused(api: Any, people: Any) -> None:
    conv = new_conversation(api, people)
    evil = SimpleUploadedFile("../../etc/passwd", b"root:x:0:0", content_type="text/plain")
    response = upload(api, conv["id"], evil)
    assert response.status_code == 201
    name = response.json()["attachments"][0]["filename"]
    assert "/" not in name
    stored = Attachment.objects.get()
    assert stored.file.name.startswith("attachments/")


def test_an_attachment_over_the_limit_is_refused_and_nothing_is_stored(
    api: Any, people: Any, settings: Any,
) -> None:
    settings.TACTFUL_ATTACHMENT_MAX_BYTES = 1000
    conv = new_conversation(api, people)
    big = SimpleUploadedFile("big.bin", b"\0" * 5000)
    response = upload(api, conv["id"], big)
    assert response.status_code in (413, 422)
    assert Attachment.objects.count() == 0


def test_merging_customers_through_the_api(api_as: Any, people: Any) -> None:
    agent, supervisor = api_as(people.agent), api_as(people.supervisor)
    agent.post("/customers", {"name": "Ion Popescu", "code": "RO-1",
                              "contacts": [{"kind": "phone", "value": "+40 721 234 567"}]})
    agent.post("/customers", {"name": "Popescu Ion", "code": "RO-2",
                              "contacts": [{"kind": "email", "value": "ion@example.ro"}]})
    assert agent.post("/customers/RO-2/merge", {"into": "RO-1"}).status_code == 403
    merged = supervisor.post("/customers/RO-2/merge", {"into": "RO-1"})
    assert merged.status_code == 200
    assert {c["kind"] for c in merged.json()["contacts"]} == {"phone", "email"}
    assert agent.get("/customers/RO-2").json()["merged_into"] == "RO-1"
    assert supervisor.post("/customers/RO-2/merge", {"into": "RO-1"}).status_code == 422


def test_the_history_shows_who_changed_what(api: Any, people: Any) -> None:
    conv = new_conversation(api, people)
    api.patch(f"/conversations/{conv['id']}", {"priority": "high"})
    history = api.get(f"/conversations/{conv['id']}/history").json()
    # A priority change re-times the clocks too, and says so.
    assert [h["action"] for h in history] == ["conversation.opened", "conversation.updated",
                                              "clock.retimed"]
    assert history[1]["actor"] == "agnes"
    assert history[1]["before"] == {"priority": "normal"}
