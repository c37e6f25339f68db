"""Malformed, hostile and huge input: a clear 4xx or stored verbatim; never a 500, never half."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tactful.desk.models import AuditEvent, Conversation, Customer, Message

SCRIPTS = {
    "hu": "Árvíztűrő tükörfúrógép – őszintén köszönöm!",
    "et": "Õnnelik jõulupüha, šokolaad ja žürii; tänan väga.",
    "ro": "Mulțumesc, dumneavoastră ați făcut o treabă excelentă; şi cu sedilă ţ.",
    "zh-Hans": "您好！请问您的订单号是多少？谢谢您的耐心等待。",
    "zh-Hant": "您好！請問您的訂單號碼是多少？謝謝您的耐心等候。",
    "en": "Hello — “quoted”, emoji 🙂, RTL \u202e mark, zero\u200bwidth.",
}


def counts() -> tuple[int, int, int, int]:
    return (Conversation.objects.count(), Message.objects.count(), Customer.objects.count(),
            AuditEvent.objects.count())


@pytest.mark.parametrize(
    "raw, code",
    [
        ("{", "malformed_json"),
        ("{\"channel\": \"email\",}", "malformed_json"),
        ("\xff\xfe not json", "malformed_json"),
        ("[1, 2, 3]", "invalid"),
        ("\"a string\"", "invalid"),
        ("null", "invalid"),
        ("[" * 5000 + "]" * 5000, None),
    ],
)
def test_malformed_json_is_a_4xx_with_a_code(api: Any, people: Any, raw: str,
                                              code: str | None) -> None:
    before = counts()
    response = api.call("POST", "/conversations", raw=raw)
    assert 400 <= response.status_code < 500, response.content
    body = response.json()
    if code:
        assert body["error"]["code"] == code
    assert counts() == before


@pytest.mark.parametrize(
    "patch, field",
    [
        ({"channel": 7}, "body.channel"),
        ({"channel": "fax"}, "body.channel"),
        ({"priority": ["high"]}, "body.priority"),
        ({"subject": "x" * 501}, "body.subject"),
        ({"unknown_field": 1}, "body.unknown_field"),
        ({"references": [{"kind": "order"}]}, "body.references.0.value"),
        ({"references": "ORD-1"}, "body.references"),
        ({"team": None}, "body.team"),
        ({"contact_email": "nope"}, "body.contact_email"),
    ],
)
def test_wrong_types_and_unknown_fields_name_the_field(api: Any, people: Any,
                                                       patch: dict[str, Any], field: str) -> None:
    before = counts()
    body = {"channel": "email", "team": people.team.slug, **patch}
    response = api.post("/conversations", body)
    assert response.status_code == 422, response.content
    assert response.json()["error"]["field"] == field
    assert counts() == before


def test_control_characters_are_refused_and_nothing_is_written(api: Any, people: Any) -> None:
    before = counts()
    for bad in ("nul \x00 byte", "bell \x07", "escape \x1b[31m", "del \x7f"):
        response = api.post("/conversations", {"channel": "email", "team": people.team.slug,
                                               "subject": bad})
        assert response.status_code == 422, bad
        assert "control character" in response.json()["error"]["message"]
        assert response.json()["error"]["field"] == "body.subject"
    assert counts() == before


def test_a_bad_reference_rolls_back_the_whole_conversation(api: Any, people: Any) -> None:
    before = counts()
    response = api.post("/conversations", {
        "channel": "email", "team": people.team.slug, "message": "first",
        "references": [{"kind": "order", "value": "OK-1"}, {"kind": "order", "value": "---"}]})
    assert response.status_code == 422
    assert counts() == before


@pytest.mark.parametrize("lang", sorted(SCRIPTS))
def test_every_script_is_stored_verbatim(api: Any, people: Any, lang: str) -> None:
    text = SCRIPTS[lang]
    response = api.post("/conversations", {"channel": "chat", "team": people.team.slug,
                                           "subject": text, "message": text})
    assert response.status_code == 201, response.content
    conv = response.json()
    assert conv["subject"] == text
    assert api.get(f"/conversations/{conv['id']}/messages").json()[0]["text"] == text
    customer = api.post("/customers", {"name": text[:200], "code": f"S-{lang}"})
    assert customer.status_code == 201
    assert api.get(f"/customers/S-{lang}").json()["name"] == text[:200]


def test_a_10_mb_body_is_a_413_and_writes_nothing(api: Any, people: Any) -> None:
    before = counts()
    body = json.dumps({"channel": "email", "team": people.team.slug,
                       "message": "á" * (5 * 1024 * 1024)})
    assert len(body.encode()) > 10 * 1024 * 1024
    response = api.call("POST", "/conversations", raw=body)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert counts() == before


def test_an_over_long_message_is_a_422(api: Any, people: Any) -> None:
    conv = api.post("/conversations", {"channel": "email", "team": people.team.slug}).json()
    response = api.post(f"/conversations/{conv['id']}/messages", {"text": "a" * 200_001})
    assert response.status_code == 422
    assert Message.objects.count() == 0


def test_hostile_query_parameters_are_4xx(api: Any) -> None:
    for query in ("limit=0", "limit=100000", "limit=abc", "open=maybe",
                  "cursor=" + "A" * 600, "sort=password"):
        response = api.get(f"/conversations?{query}")
        assert response.status_code == 422, query
    huge_id = api.get("/conversations/99999999999999999999999")
    assert huge_id.status_code in (404, 422)
    assert api.get("/customers?email=%00%00").status_code == 422


def test_html_in_messages_is_sanitised(api: Any, people: Any) -> None:
    conv = api.post("/conversations", {"channel": "email", "team": people.team.slug}).json()
    response = api.post(f"/conversations/{conv['id']}/messages", {
        "text": "see below",
        "html": "<p onclick=\"steal()\">Hi<script>alert(1)</script>"
                "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a></p>"})
    assert response.status_code == 201
    html = response.json()["html"]
    for bad in ("script", "onclick", "onerror", "javascript:"):
        assert bad not in html
    assert "<p>Hi" in html


def test_the_api_literals_match_the_model_choices() -> None:
    from typing import get_args

    from tactful.api import schemas
    from tactful.desk.models import choices

    pairs = [(schemas.ChannelName, choices.Channel), (schemas.KindName, choices.Kind),
             (schemas.StatusName, choices.Status), (schemas.PriorityName, choices.Priority),
             (schemas.LanguageName, choices.Language),
             (schemas.ContactKindName, choices.ContactKind),
             (schemas.ReferenceKindName, choices.ReferenceKind),
             (schemas.AddressName, choices.FormOfAddress)]
    for literal, model_choices in pairs:
        assert list(get_args(literal)) == list(model_choices.values)
