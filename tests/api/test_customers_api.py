"""Customers through the API: create, update, and look-up by code, email, phone, reference."""

from __future__ import annotations

from typing import Any

from tactful.desk.models import AuditEvent


def make(api: Any, **over: Any) -> Any:
    body = {"name": "Kovács Éva", "code": "HU-1001", "preferred_language": "hu",
            "contacts": [{"kind": "email", "value": "Kovacs.Eva@Example.HU"},
                         {"kind": "phone", "value": "+36 (30) 123-4567"},
                         {"kind": "postal", "value": "1052 Budapest, Petőfi Sándor utca 7."}]}
    body.update(over)
    return api.post("/customers", body)


def test_create_and_read_a_customer(api: Any) -> None:
    """R-ID-1, R-ID-3: customer code, contacts and exact address are kept."""
    response = make(api)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["code"] == "HU-1001"
    assert {c["kind"] for c in data["contacts"]} == {"email", "phone", "postal"}
    assert api.get("/customers/HU-1001").json()["name"] == "Kovács Éva"


def test_lookup_by_code_email_phone_and_reference(api: Any, people: Any) -> None:
    """R-ID-1, R-ID-2: found by customer code first, also by email, phone or reference."""
    make(api)
    conv = api.post("/conversations", {"channel": "email", "team": people.team.slug,
                                       "customer": "HU-1001",
                                       "references": [{"kind": "order", "value": "ORD-77/A"}]})
    assert conv.status_code == 201, conv.content
    for query in ("code=HU-1001", "email=kovacs.eva@example.hu", "phone=0036301234567",
                  "phone=%2B36%2030%20123%204567", "reference=ord77a", "name=kov"):
        found = api.get(f"/customers?{query}").json()
        assert [c["code"] for c in found] == ["HU-1001"], query


def test_reading_customer_data_is_audited(api: Any) -> None:
    """R-SEC-2: every read of personal data by staff is auditable."""
    make(api)
    api.get("/customers/HU-1001")
    api.get("/customers?email=kovacs.eva@example.hu")
    purposes = list(AuditEvent.objects.filter(action="customer.viewed")
                    .values_list("after__purpose", flat=True))
    assert purposes == ["api.read", "api.lookup"] or sorted(purposes) == ["api.lookup",
                                                                         "api.read"]


def test_a_taken_customer_code_is_a_409(api: Any) -> None:
    assert make(api).status_code == 201
    response = make(api, name="Another")
    assert response.status_code == 409
    assert response.json()["error"]["field"] == "body.code"


def test_update_with_a_stale_version_is_a_409(api: Any) -> None:
    make(api)
    first = api.patch("/customers/HU-1001", {"title": "Dr.", "version": 1})
    assert first.status_code == 200 and first.json()["version"] == 2
    stale = api.patch("/customers/HU-1001", {"title": "Mrs", "version": 1})
    assert stale.status_code == 409
    assert api.get("/customers/HU-1001").json()["title"] == "Dr."


def test_a_lookup_needs_a_criterion_and_unknown_codes_are_404(api: Any) -> None:
    assert api.get("/customers").status_code == 422
    assert api.get("/customers/NOPE").status_code == 404


def test_bad_contact_values_are_refused_with_the_field(api: Any) -> None:
    response = make(api, contacts=[{"kind": "email", "value": "not-an-address"}])
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "body.value"
    response = make(api, contacts=[{"kind": "phone", "value": "12"}])
    assert response.status_code == 422
