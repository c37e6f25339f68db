"""In a real browser: a customer fills in the contact form the policy defines (R-MAIL-3), in
Hungarian and in English, with a missing field, hostile and huge input, and after the
policy changes its fields."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tactful.desk.models import Conversation
from tactful.desk.services import teams
from tactful.desk.services.policies import upload_policy

from ..channels.webform.policies import policy_text
from .conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk(db: Any) -> Any:
    team = teams.create_team(actor="test", name="Support", calendar="office",
                             email_address="support@desk.example")
    upload_policy(actor="test", text=policy_text(), summary="form fields")
    return team


@pytest.fixture
def english_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="en-GB", viewport={"width": 900, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_a_hungarian_customer_is_told_what_is_missing_and_loses_nothing(
        live_server: Any, page: Any, desk: Any) -> None:
    """R-MAIL-3, R-ID-2: the policy's labels in Hungarian; a missing required field is named
    at the field in Hungarian; what was typed is still there; the sent form opens a
    conversation with its custom fields and the order number as a reference."""
    page.goto(f"{live_server.url}/contact/?lang=hu")
    assert page.get_by_role("heading", level=1).inner_text() == "Írjon nekünk"
    page.get_by_label("E-mail-cím").fill("kiss.anna@example.hu")
    page.get_by_label("Téma").select_option(label="Számlázás")
    page.get_by_label("Szerződésszám").fill("SZ-2024-778")
    message = "Jó napot kívánok!\nA júniusi számlámat kétszer terhelték."
    page.get_by_label("Üzenet").fill(message)
    page.get_by_role("button", name="Küldés").click()
    error = page.locator("#error-order_number")
    assert "kötelező" in error.inner_text()
    assert page.get_by_role("alert").first.inner_text().startswith("Kérjük, ellenőrizze")
    assert page.get_by_label("Üzenet").input_value() == message
    assert page.get_by_label("Szerződésszám").input_value() == "SZ-2024-778"
    assert page.get_by_label("Téma").input_value() == "billing"
    assert page.get_by_label("Rendelésszám").get_attribute("aria-invalid") == "true"
    screenshot(page, "webform-hu-missing-field")
    assert not Conversation.objects.exists()
    page.get_by_label("Rendelésszám").fill("ORD-2026-0042")
    page.get_by_role("button", name="Küldés").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Köszönjük!"
    assert page.locator("#reference").inner_text().startswith("Hivatkozási szám: #")
    conversation = Conversation.objects.get()
    assert conversation.language == "hu" and conversation.channel == "web_form"
    assert conversation.custom_fields == {"order_number": "ORD-2026-0042",
                                          "topic": "billing", "contract": "SZ-2024-778"}
    assert set(conversation.references.values_list("kind", "value")) == {
        ("order", "ORD-2026-0042"), ("contract", "SZ-2024-778")}
    assert conversation.messages.get(direction="inbound").text == message


def test_an_english_browser_gets_the_english_form_and_hostile_input_is_refused_safely(
        live_server: Any, english_page: Any, desk: Any) -> None:
    """R-MAIL-3: the browser's language picks the English labels; a script in a field never
    runs, a huge message is refused with its length and comes back whole."""
    page = english_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{live_server.url}/contact/")
    assert page.get_by_role("heading", level=1).inner_text() == "Write to us"
    assert page.locator("label").all_inner_texts()[:3] == [
        "Email address *", "Order number *", "Topic"]
    page.get_by_label("Email address").fill("jane@example.org")
    page.get_by_label("Order number").fill('"><script>alert("order")</script>')
    page.get_by_label("Contract number").fill("<img src=x onerror=alert('contract')>")
    huge = ("My order never arrived. " * 5000)[:100_000]
    page.get_by_label("Message").fill(huge)
    page.get_by_role("button", name="Send").click()
    assert "letters, digits and dashes" in page.locator("#error-order_number").inner_text()
    assert "at most 2000 characters (it has 100000)" in page.locator(
        "#error-message").inner_text()
    assert page.get_by_label("Message").input_value() == huge
    assert page.get_by_label("Order number").input_value() == '"><script>alert("order")</script>'
    screenshot(page, "webform-en-hostile")
    assert dialogs == []
    assert not Conversation.objects.exists()


def test_a_new_policy_version_changes_the_form_the_customer_sees(
        live_server: Any, english_page: Any, desk: Any) -> None:
    """R-MAIL-3, R-POL-3: fields follow the active policy version."""
    page = english_page
    page.goto(f"{live_server.url}/contact/")
    assert page.get_by_label("Order number").is_visible()
    upload_policy(actor="test", summary="meter readings", text=policy_text(
        "  web_form:\n    fields:\n"
        "      - {name: name, type: text, label: {en: Full name}}\n"
        "      - {name: email, type: email, required: true, label: {en: Email}}\n"
        "      - {name: meter, type: text, reference: meter, required: true,\n"
        "         label: {en: Meter number}}\n"
        "      - {name: message, type: textarea, required: true, label: {en: Reading}}\n"))
    page.reload()
    assert page.locator("label").all_inner_texts()[:4] == [
        "Full name", "Email *", "Meter number *", "Reading *"]
    assert page.get_by_label("Order number").count() == 0
    page.get_by_label("Full name").fill("Mart Tamm")
    page.get_by_label("Email").fill("mart@example.ee")
    page.get_by_label("Meter number").fill("EE-99812")
    page.get_by_label("Reading").fill("Today the meter shows 012345.")
    page.get_by_role("button", name="Send").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you"
    conversation = Conversation.objects.get()
    assert conversation.contact_name == "Mart Tamm"
    assert conversation.custom_fields == {"meter": "EE-99812"}
    assert conversation.references.get().kind == "meter"
