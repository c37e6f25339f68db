"""API tokens: hashed at rest, revocable, and nothing works without one."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tactful.desk.models import ApiToken


def test_without_a_token_the_api_answers_401_in_json(db: Any) -> None:
    """R-SEC-2: customer information is reachable only by staff."""
    response = Client().get("/api/v1/conversations")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_a_wrong_or_malformed_token_is_refused(api: Any) -> None:
    for bad in ("tct_00000000_nope", "garbage", "tct_" + "x" * 500, api.token + "x"):
        response = Client().get("/api/v1/me", headers={"Authorization": f"Bearer {bad}"})
        assert response.status_code == 401, bad


def test_the_token_is_stored_only_as_a_hash(api: Any) -> None:
    stored = ApiToken.objects.get()
    assert api.token not in (stored.key_hash, stored.prefix)
    assert len(stored.key_hash) == 64


def test_a_revoked_token_stops_working(api: Any, people: Any) -> None:
    assert api.get("/me").status_code == 200
    token_id = ApiToken.objects.get().pk
    assert api.call("DELETE", f"/tokens/{token_id}").status_code == 204
    assert api.get("/me").status_code == 401


def test_a_user_can_issue_and_list_their_own_tokens(api: Any) -> None:
    response = api.post("/tokens", {"name": "integration"})
    assert response.status_code == 201
    assert response.json()["token"].startswith("tct_")
    names = [t["name"] for t in api.get("/tokens").json()]
    assert "integration" in names
    assert all("token" not in t for t in api.get("/tokens").json())


def test_a_token_of_someone_without_a_desk_role_is_refused(people: Any) -> None:
    from django.contrib.auth.models import Group

    from tactful.desk.services.staff import issue_api_token

    _, raw = issue_api_token(people.agent, actor=people.agent, name="x")
    people.agent.groups.remove(Group.objects.get(name="agent"))
    response = Client().get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 401


def test_the_openapi_page_and_schema_are_served(db: Any) -> None:
    client = Client()
    assert client.get("/api/v1/docs").status_code == 200
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/conversations" in schema["paths"]
    assert "/api/v1/customers" in schema["paths"]
