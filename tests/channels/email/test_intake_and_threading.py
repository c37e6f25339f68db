"""Intake end to end: threading, idempotent re-delivery, customers, references, redaction."""

from __future__ import annotations

from typing import Any

from tactful.channels.email import inbound
from tactful.desk.models import Conversation, Message, OutboundEmail, RawMessage
from tactful.desk.services import customers, mail

from ..conftest import make_mail


def _inbound(conv: Conversation) -> list[Message]:
    return list(conv.messages.filter(direction="inbound").order_by("id"))


def test_a_reply_threads_by_in_reply_to_to_our_outgoing_mail(mail_team: Any, people: Any) -> None:
    """R-MAIL-1: the customer's answer to our reply joins the same conversation."""
    first = inbound.receive(make_mail(subject="Invoice"), source="test")
    conv = first.conversation
    reply = mail.send_reply(conv, actor=people.manager, text="Dear Anna, we will check it "
                            "and get back to you by Friday.", override_reason="test")
    sent_id = OutboundEmail.objects.get(message=reply).rfc_message_id
    answer = inbound.receive(make_mail(subject="Re: Invoice", in_reply_to=f"<{sent_id}>"),
                             source="test")
    assert answer.conversation.pk == conv.pk
    assert len(_inbound(conv)) == 2


def test_a_client_that_rewrote_in_reply_to_is_found_by_references_or_token(
        mail_team: Any) -> None:
    """R-MAIL-1: In-Reply-To points nowhere; References or the subject token still find it."""
    first = inbound.receive(make_mail(subject="Delivery", message_id="<orig-1@example.hu>"),
                            source="test")
    conv = first.conversation
    by_refs = inbound.receive(make_mail(subject="Re: Delivery", in_reply_to="<junk@x>",
                                        references="<orig-1@example.hu> <junk@x>"),
                              source="test")
    assert by_refs.conversation.pk == conv.pk
    by_token = inbound.receive(make_mail(subject=f"Re: Delivery [#{conv.token}]",
                                         in_reply_to="<rewritten@client>"), source="test")
    assert by_token.conversation.pk == conv.pk


def test_replies_from_different_people_to_one_mailing_never_merge(mail_team: Any) -> None:
    """R-MAIL-1: the token and the Message-ID are scoped to the sender."""
    first = inbound.receive(make_mail(subject="Newsletter question",
                                      message_id="<news-1@example.hu>"), source="test")
    conv = first.conversation
    other = inbound.receive(make_mail(sender="Bela <bela@example.hu>",
                                      subject=f"Re: Newsletter [#{conv.token}]",
                                      in_reply_to="<news-1@example.hu>"), source="test")
    assert other.conversation.pk != conv.pk


def test_redelivery_is_idempotent_by_message_id_and_by_content_hash(mail_team: Any) -> None:
    """R-MAIL-1: the same message over another path (extra trace headers, LF line ends) is
    a duplicate; without a Message-ID the content hash decides; a reused Message-ID with
    other content is a new message."""
    raw = make_mail(subject="Once", message_id="<same@example.hu>", body="Body one")
    assert inbound.receive(raw, source="imap").outcome == "imported"
    relayed = b"Received: from mx by desk; Mon, 2 Mar 2026\r\nReturn-Path: <a@b>\r\n" + raw
    assert inbound.receive(relayed.replace(b"\r\n", b"\n"), source="lmtp").outcome == \
        "duplicate"
    no_id = make_mail(subject="No id", message_id=None, body="Body two")
    assert inbound.receive(no_id, source="import").outcome == "imported"
    assert inbound.receive(no_id, source="import").outcome == "duplicate"
    reused = make_mail(subject="Once", message_id="<same@example.hu>", body="Other body")
    assert inbound.receive(reused, source="imap").outcome == "imported"
    assert RawMessage.objects.count() == 3
    assert Message.objects.filter(direction="inbound").count() == 3


def test_the_sender_is_matched_to_a_customer_and_references_are_recognised(
        mail_team: Any) -> None:
    """R-ID-1 and R-ID-2: the sender's address finds the customer (and their language);
    order, package and invoice numbers in the text become references."""
    customer = customers.create_customer(actor="test", name="Kiss Anna",
                                         preferred_language="hu",
                                         contacts=[("email", "Anna@Example.hu")])
    result = inbound.receive(make_mail(
        subject="Rendelés ORD-2026-117",
        body="A 55012 számú számla és a csomag: HU123456789 nem érkezett meg. "
             "Invoice INV-2026-9 is wrong too."), source="test")
    conv = result.conversation
    assert conv.customer_id == customer.pk and conv.language == "hu"
    refs = set(conv.references.values_list("kind", "value"))
    assert ("order", "ORD-2026-117") in refs
    assert ("package", "HU123456789") in refs
    assert ("invoice", "INV-2026-9") in refs


def test_card_numbers_are_masked_everywhere_including_the_raw_copy(mail_team: Any) -> None:
    """R-SEC-1: Luhn-valid card numbers never reach the database, in text, subject, HTML or
    the raw copy — also when the part is base64-encoded."""
    import base64

    body = base64.b64encode("Kártyám: 4111 1111 1111 1111, IBAN HU42117730161111101800000000"
                            .encode()).decode()
    raw = ("From: anna@example.hu\r\nTo: support@desk.example\r\n"
           "Subject: card 5555555555554444\r\nMessage-ID: <card@x>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
           f"\r\n{body}\r\n").encode()
    result = inbound.receive(raw, source="test")
    stored = bytes(result.raw_message.raw)
    message = _inbound(result.conversation)[0]
    for secret in ("4111 1111 1111 1111", "5555555555554444", "HU42117730161111101800000000"):
        assert secret not in message.text and secret not in result.conversation.subject
        assert secret.encode() not in stored
        assert base64.b64encode(secret.encode()) not in stored
    assert "[card •••• 1111]" in message.text
    assert result.raw_message.redacted is True
    assert "card number or IBAN masked" in result.raw_message.flag_reasons


def test_quoted_history_and_signature_are_kept_apart_from_the_visible_text(
        mail_team: Any) -> None:
    """R-MAIL-1: people read the new text; the full original stays available."""
    result = inbound.receive(make_mail(body="Thanks, that works.\n\n-- \nAnna\n\n"
                                            "On Mon, 2 Mar 2026, Desk <support@desk.example> "
                                            "wrote:\n> Please try again."), source="test")
    message = _inbound(result.conversation)[0]
    assert message.text == "Thanks, that works."
    assert message.meta["quoted"].startswith("On Mon")
    assert b"Please try again." in bytes(result.raw_message.raw)


def test_a_closed_conversation_is_not_reopened_by_a_reply(mail_team: Any, people: Any) -> None:
    from tactful.desk.services.conversations import change_status

    first = inbound.receive(make_mail(subject="Old", message_id="<old@x>"), source="test")
    change_status(first.conversation, actor=people.manager, status="closed", reason="done")
    later = inbound.receive(make_mail(subject="Re: Old", in_reply_to="<old@x>"), source="test")
    assert later.conversation.pk != first.conversation.pk
