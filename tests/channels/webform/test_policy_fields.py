"""The contact form's fields come from the policy (R-MAIL-3): drawn in the customer's
language, checked on the server with an error per field that loses nothing, and stored on
the conversation (custom fields; order numbers as references, R-ID-2)."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tactful.desk.models import Conversation, OutboundEmail
from tactful.desk.services.policies import upload_policy

from .policies import policy_text


def _page(client: Client, path: str = "/contact/?lang=hu") -> tuple[str, str]:
    page = client.get(path)
    assert page.status_code == 200
    return page.content.decode(), client.cookies["csrftoken"].value


def _labels(html: str) -> list[str]:
    return [unescape(re.sub(r"<[^>]+>", "", text)).strip().removesuffix("*").strip()
            for name, text in re.findall(r"<label for=\"id_([a-z_]+)\">(.*?)</label>",
                                         html, re.S) if name != "website"]


def _value(html: str, name: str) -> str:
    textarea = re.search(rf'<textarea name="{name}"[^>]*>(.*?)</textarea>', html, re.S)
    if textarea:
        return unescape(textarea.group(1)).lstrip("\n")
    found = re.search(rf'<input type="[a-z]+" name="{name}" value="([^"]*)"', html)
    return unescape(found.group(1)) if found else ""


GOOD = {"email": "Anna@Example.hu", "order_number": "ORD-2026-42", "topic": "billing",
        "contract": "SZ-1234", "message": "A számlám kétszer lett terhelve.", "website": ""}


def test_the_default_policy_reproduces_todays_form(mail_team: Any) -> None:
    """R-MAIL-3: without a fields section the form asks what it always asked."""
    html, _ = _page(Client(), "/contact/")
    assert _labels(html) == ["Your name", "Your email address", "Phone number", "Subject",
                             "Your message", "Attachments"]
    assert 'name="website"' in html and 'type="tel"' in html and "maxlength" not in html


def test_the_policys_fields_are_drawn_in_the_customers_language(form_policy: Any) -> None:
    """R-MAIL-3: the labels, options and heading the policy gives, in Hungarian for
    ?lang=hu and in English for an English browser; Estonian, which the policy does not
    serve, gets the policy's default language."""
    client = Client()
    html, _ = _page(client)
    assert _labels(html) == ["E-mail-cím", "Rendelésszám", "Téma", "Szerződésszám", "Üzenet",
                             "Fájlok"]
    assert "<h1>Írjon nekünk</h1>" in html and '<html lang="hu">' in html
    assert '<option value="billing">Számlázás</option>' in html
    english = Client(headers={"accept-language": "en-GB,en;q=0.8"}).get("/contact/")
    assert _labels(english.content.decode())[:2] == ["Email address", "Order number"]
    estonian = Client().get("/contact/?lang=et").content.decode()
    assert '<html lang="hu">' in estonian


def test_a_submission_stores_custom_fields_and_references_on_the_conversation(
        form_policy: Any) -> None:
    """R-MAIL-3, R-ID-2: the custom fields as data on the conversation, the order and
    contract numbers as references, the message as its first message; the customer gets
    the acknowledgement by email in their language."""
    client = Client()
    _, token = _page(client)
    upload = SimpleUploadedFile("szamla.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    resp = client.post("/contact/", {**GOOD, "csrfmiddlewaretoken": token, "lang": "hu",
                                     "files": [upload]})
    assert resp.status_code == 200, resp.content.decode()[:2000]
    assert "<h1>Köszönjük!</h1>" in resp.content.decode()
    conversation = Conversation.objects.get(channel="web_form")
    assert conversation.custom_fields == {"order_number": "ORD-2026-42", "topic": "billing",
                                          "contract": "SZ-1234"}
    assert conversation.language == "hu" and conversation.contact_email == "anna@example.hu"
    assert set(conversation.references.values_list("kind", "value")) == {
        ("order", "ORD-2026-42"), ("contract", "SZ-1234")}
    first = conversation.messages.get(direction="inbound")
    assert first.text == GOOD["message"] and first.meta["web_form"]["fields"]["topic"] == \
        "billing"
    assert list(first.attachments.values_list("filename", flat=True)) == ["szamla.pdf"]
    assert OutboundEmail.objects.get(kind="acknowledgement").subject.startswith(
        "Megkaptuk levelét")


def test_a_missing_required_field_is_named_and_nothing_typed_is_lost(
        form_policy: Any) -> None:
    """R-MAIL-3: the error stands at the field, in the customer's language; the other
    values come back as typed; nothing is stored."""
    client = Client()
    _, token = _page(client)
    resp = client.post("/contact/", {**GOOD, "order_number": "", "csrfmiddlewaretoken": token,
                                     "lang": "hu"})
    assert resp.status_code == 400
    html = resp.content.decode()
    error = re.search(r'id="error-order_number">(.*?)</span>', html, re.S)
    assert error and "kötelező" in error.group(1)
    assert 'aria-describedby="error-order_number"' in html
    assert _value(html, "message") == GOOD["message"] and _value(html, "contract") == "SZ-1234"
    assert 'value="billing" selected' in html
    assert not Conversation.objects.exists()


@pytest.mark.parametrize("field,value,expected", [
    ("message", "x" * 2001, "2001"),                       # over the policy's 2000
    ("message", "Hello\x00there\x07", "control character"),
    ("order_number", "<script>alert(1)</script>", "letters, digits"),
    ("order_number", "ORD-1\u202e", "letters, digits"),  # a right-to-left override
    ("topic", "not-an-option", "not-an-option"),
    ("email", "anna@", "email"),
], ids=["too-long", "nul-and-bell", "script", "bidi", "unknown-option", "bad-email"])
def test_hostile_values_get_an_error_at_their_field_and_come_back_as_typed(
        form_policy: Any, field: str, value: str, expected: str) -> None:
    """R-MAIL-3: server-side checks per field; the value is shown back (escaped), never
    stored."""
    client = Client()
    _, token = _page(client, "/contact/?lang=en")
    resp = client.post("/contact/", {**GOOD, field: value, "csrfmiddlewaretoken": token,
                                     "lang": "en"})
    html = resp.content.decode()
    assert resp.status_code == 400
    error = re.search(rf'id="error-{field}">(.*?)</span>', html, re.S)
    assert error and expected in unescape(error.group(1)), html[:3000]
    assert "<script>alert(1)</script>" not in html
    if field in ("message", "order_number") and "\x00" not in value:
        assert _value(html, field) == value
    assert not Conversation.objects.exists()


def test_an_oversized_form_gets_a_page_in_the_customers_language(
        form_policy: Any, settings: Any) -> None:
    """R-MAIL-3: a body over the limit is refused before it is read, with a page that says
    why, in Hungarian; so is one with thousands of fields."""
    client = Client()
    _, token = _page(client)
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 50_000
    huge = client.post("/contact/?lang=hu", {**GOOD, "message": "á" * 60_000,
                                     "csrfmiddlewaretoken": token, "lang": "hu"})
    assert huge.status_code == 413
    assert '<html lang="hu">' in huge.content.decode() and "MB" in huge.content.decode()
    many = client.post("/contact/", {**{f"f{i}": "x" for i in range(1200)},
                                     "csrfmiddlewaretoken": token})
    assert many.status_code == 413
    assert not Conversation.objects.exists()


def test_attached_files_are_kept_when_the_form_comes_back(form_policy: Any) -> None:
    """R-MAIL-3: a customer who forgot the message need not choose the files again; a
    refused type is named; the kept files arrive with the conversation."""
    client = Client()
    _, token = _page(client, "/contact/?lang=en")
    pdf = SimpleUploadedFile("invoice.pdf", b"%PDF-1.4 kept", content_type="application/pdf")
    first = client.post("/contact/", {**GOOD, "message": "", "csrfmiddlewaretoken": token,
                                      "lang": "en", "files": [pdf]})
    assert first.status_code == 400
    html = first.content.decode()
    assert "Already attached:" in html and "invoice.pdf" in html
    kept = re.search(r'name="kept_files" value="([^"]+)"', html)
    assert kept
    exe = SimpleUploadedFile("run.exe", b"MZ....", content_type="application/octet-stream")
    refused = client.post("/contact/", {**GOOD, "csrfmiddlewaretoken": token, "lang": "en",
                                        "kept_files": unescape(kept.group(1)), "files": [exe]})
    assert refused.status_code == 400
    assert "run.exe: files of this type are not accepted" in unescape(refused.content.decode())
    kept = re.search(r'name="kept_files" value="([^"]+)"', refused.content.decode())
    assert kept
    done = client.post("/contact/", {**GOOD, "csrfmiddlewaretoken": token, "lang": "en",
                                     "kept_files": unescape(kept.group(1))})
    assert done.status_code == 200
    message = Conversation.objects.get().messages.get(direction="inbound")
    assert [(a.filename, a.file.read()) for a in message.attachments.all()] == [
        ("invoice.pdf", b"%PDF-1.4 kept")]
    forged = client.post("/contact/", {**GOOD, "email": "b@example.org",
                                       "csrfmiddlewaretoken": token, "kept_files": "x:y"})
    assert forged.status_code == 200
    assert not Conversation.objects.filter(contact_email="b@example.org").get() \
        .messages.get(direction="inbound").attachments.exists()


def test_a_new_policy_version_changes_the_form_at_once(form_policy: Any) -> None:
    """R-MAIL-3, R-POL-3: upload a version with other fields; the next page shows them."""
    assert "Rendelésszám" in _page(Client())[0]
    upload_policy(actor="test", summary="fewer fields", text=policy_text(
        "  web_form:\n    fields:\n"
        "      - {name: email, type: email, required: true, label: {hu: Az e-mail-címe}}\n"
        "      - {name: meter, type: text, reference: meter, label: {hu: Mérőóra száma}}\n"
        "      - {name: message, type: textarea, required: true, label: {hu: Kérdése}}\n"))
    html, token = _page(Client())
    assert _labels(html) == ["Az e-mail-címe", "Mérőóra száma", "Kérdése"]
    client = Client()
    _, token = _page(client)
    client.post("/contact/", {"email": "m@example.hu", "meter": "MM-778812", "message": "Hi",
                              "csrfmiddlewaretoken": token, "lang": "hu"})
    conversation = Conversation.objects.get()
    assert conversation.custom_fields == {"meter": "MM-778812"}
    assert conversation.references.get().kind == "meter"


def test_agents_see_the_form_fields_labelled_in_their_language(form_policy: Any,
                                                               people: Any) -> None:
    """R-MAIL-3: the conversation page lists the custom fields with the policy's labels
    and the chosen option's label, in the agent's language."""
    client = Client()
    _, token = _page(client)
    client.post("/contact/", {**GOOD, "csrfmiddlewaretoken": token, "lang": "hu"})
    conversation = Conversation.objects.get()
    staff = Client()
    staff.force_login(people.manager)
    html = staff.get(f"/conversations/{conversation.pk}/").content.decode()
    fields = re.search(r'<dl class="custom-fields">(.*?)</dl>', html, re.S)
    assert fields is not None
    assert re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", fields.group(1)) == [
        ("Order number", "ORD-2026-42"), ("Topic", "Billing"),
        ("Contract number", "SZ-1234")]
