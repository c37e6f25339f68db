"""In a real browser: an agent logs in, finds a conversation and reads it."""

from __future__ import annotations

from typing import Any

import pytest

from tactful.desk.services.conversations import open_conversation
from tactful.desk.services.messages import add_message

from .conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_agent_logs_in_and_reads_a_conversation(live_server: Any, page: Any,
                                                   people: Any) -> None:
    conv = open_conversation(actor=people.agent, team=people.team, channel="email",
                             subject="Áramszünet a Petőfi utcában", language="hu")
    add_message(conv, actor="email", direction="inbound",
                text="Jó napot kívánok! Tegnap óta nincs áram nálunk.")
    page.goto(f"{live_server.url}/")
    assert "/login/" in page.url
    page.get_by_label("User name").fill("agnes")
    page.get_by_label("Password").fill("pw-agnes-123")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Áramszünet a Petőfi utcában").click()
    page.wait_for_url(f"**/conversations/{conv.pk}/")
    assert page.get_by_text("Tegnap óta nincs áram nálunk.").is_visible()
    screenshot(page, "first-pages-conversation")


def test_a_wrong_password_is_told_plainly(live_server: Any, page: Any, people: Any) -> None:
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("User name").fill("agnes")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text() == "The user name or password is wrong."
