"""Conversations and messages through the API: create, filter, page, update, reply."""

from __future__ import annotations

from typing import Any

from tactful.desk.models import Conversation, Message


def open_one(api: Any, people: Any, **over: Any) -> Any:
    body = {"channel": "email", "team": people.team.slug, "subject": "Mérőállás",
            "language": "hu", "contact_email": "ugyfel@example.hu",
            "message": "Jó napot! Mikor jön a leolvasó?"}
    body.update(over)
    return api.post("/conversations", body)


def test_create_a_conversation_with_its_first_message(api: Any, people: Any) -> None:
    """R-CHAN-1: a conversation records its channel; the customer's message is kept."""
    response = open_one(api, people)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["channel"] == "email" and data["status"] == "new"
    messages = api.get(f"/conversations/{data['id']}/messages").json()
    assert [m["direction"] for m in messages] == ["inbound"]
    assert messages[0]["text"] == "Jó napot! Mikor jön a leolvasó?"


def test_an_agent_reply_opens_the_conversation_and_counts_as_first_response(
    api: Any, people: Any,
) -> None:
    conv = open_one(api, people).json()
    reply = api.post(f"/conversations/{conv['id']}/messages",
                     {"text": "Tisztelt Ügyfelünk! A leolvasó jövő kedden érkezik."})
    assert reply.status_code == 201
    assert reply.json()["author"] == "agnes"
    data = api.get(f"/conversations/{conv['id']}").json()
    assert data["status"] == "open" and data["first_response_at"] is not None


def test_staff_cannot_post_in_the_customers_name(api: Any, people: Any) -> None:
    conv = open_one(api, people).json()
    response = api.post(f"/conversations/{conv['id']}/messages",
                        {"direction": "inbound", "text": "fake"})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "body.direction"


def test_update_status_priority_and_assignee_in_one_request(api: Any, people: Any) -> None:
    conv = open_one(api, people).json()
    response = api.patch(f"/conversations/{conv['id']}",
                         {"priority": "urgent", "assignee": "agnes",
                          "status": "waiting_on_customer", "version": conv["version"]})
    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["priority"], data["assignee"], data["status"]) == (
        "urgent", "agnes", "waiting_on_customer")
    assert api.patch(f"/conversations/{conv['id']}", {"assignee": ""}).json()["assignee"] is None


def test_a_stale_version_is_409_and_nothing_changes(api: Any, people: Any) -> None:
    conv = open_one(api, people).json()
    assert api.patch(f"/conversations/{conv['id']}", {"priority": "high"}).status_code == 200
    stale = api.patch(f"/conversations/{conv['id']}", {"priority": "low", "status": "open",
                                                       "version": conv["version"]})
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "conflict"
    data = api.get(f"/conversations/{conv['id']}").json()
    assert (data["priority"], data["status"]) == ("high", "new")


def test_closing_without_a_reply_needs_a_reason(api: Any, people: Any) -> None:
    """R-MAIL-1: no email is closed without a reply or an explicit reason."""
    conv = open_one(api, people).json()
    refused = api.patch(f"/conversations/{conv['id']}", {"status": "closed"})
    assert refused.status_code == 422
    assert refused.json()["error"]["field"] == "body.reason"
    ok = api.patch(f"/conversations/{conv['id']}", {"status": "closed",
                                                    "close_reason": "duplicate of #1"})
    assert ok.status_code == 200


def test_filters_and_cursor_pages_cover_every_row_once(api: Any, people: Any) -> None:
    for i in range(23):
        open_one(api, people, channel="chat" if i % 2 else "email", subject=f"n{i}",
                 priority="high" if i % 3 == 0 else "normal", message=None)
    seen: list[int] = []
    cursor = None
    while True:
        query = "?limit=5&channel=chat" + (f"&cursor={cursor}" if cursor else "")
        page = api.get(f"/conversations{query}").json()
        seen += [c["id"] for c in page["items"]]
        assert all(c["channel"] == "chat" for c in page["items"])
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 11
    assert seen == sorted(seen, reverse=True)
    high = api.get("/conversations?priority=high&limit=200").json()["items"]
    assert len(high) == 8


def test_deadline_sort_pages_with_nulls_last(api: Any, people: Any) -> None:
    from datetime import timedelta

    from django.utils import timezone

    ids = [open_one(api, people, message=None).json()["id"] for _ in range(7)]
    now = timezone.now()
    # Deadlines are set by the clocks (a later issue); here straight on the rows under test.
    # The clocks of a new conversation may already set a deadline (how soon depends on the
    # hour the test runs); the rows without one are made so here.
    Conversation.objects.filter(pk__in=ids[3:]).update(next_deadline_at=None)
    for offset, pk in zip((5, 1, 3), ids[:3], strict=True):
        Conversation.objects.filter(pk=pk).update(next_deadline_at=now + timedelta(hours=offset))
    order: list[int] = []
    cursor = None
    while True:
        page = api.get("/conversations?sort=deadline&limit=2" +
                       (f"&cursor={cursor}" if cursor else "")).json()
        order += [c["id"] for c in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert order[:3] == [ids[1], ids[2], ids[0]]
    assert sorted(order[3:]) == sorted(ids[3:])


def test_a_forged_cursor_is_a_422(api: Any) -> None:
    for bad in ("abc", "eyJ4IjoxfQ", "W10", "%00"):
        response = api.get(f"/conversations?cursor={bad}")
        assert response.status_code == 422, bad
        assert response.json()["error"]["field"] == "query.cursor"


def test_other_teams_conversations_are_404_not_403(api: Any, api_as: Any, people: Any) -> None:
    """R-SEC-2: an agent sees only their teams' conversations."""
    theirs = api_as(people.other_agent).post(
        "/conversations", {"channel": "phone", "team": people.other_team.slug}).json()
    assert api.get(f"/conversations/{theirs['id']}").status_code == 404
    assert api.get(f"/conversations/{theirs['id']}/messages").status_code == 404
    assert api.post(f"/conversations/{theirs['id']}/messages",
                    {"text": "hi"}).status_code == 404
    assert theirs["id"] not in [c["id"] for c in api.get("/conversations").json()["items"]]
    refused = api.post("/conversations", {"channel": "phone", "team": people.other_team.slug})
    assert refused.status_code == 422
    assert Message.objects.count() == 0
