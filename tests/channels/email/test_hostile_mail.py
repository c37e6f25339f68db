"""Hostile and malformed mail is stored and flagged, never dropped and never a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tactful.channels.email import inbound
from tactful.channels.email.policy_settings import EmailSettings
from tactful.desk.models import OutboundEmail, RawMessage

from ..conftest import make_mail

FIXTURES = Path(__file__).parent / "fixtures"


def _deep(depth: int) -> bytes:
    head = "From: anna@example.hu\r\nTo: support@desk.example\r\nSubject: Deep\r\n" \
           "MIME-Version: 1.0\r\n"
    body = ""
    for level in range(depth):
        body += f"Content-Type: multipart/mixed; boundary=\"b{level}\"\r\n\r\n--b{level}\r\n"
    body += "Content-Type: text/plain\r\n\r\nDeep inside\r\n"
    for level in reversed(range(depth)):
        body += f"--b{level}--\r\n"
    return (head + body).encode()


@pytest.mark.parametrize("raw", [
    b"",
    b"\r\n\r\n",
    b"\x00\x01\x02\xff\xfe" * 2000,
    (FIXTURES / "flanker/long-header.eml").read_bytes(),
    (FIXTURES / "flanker/missing-boundaries.eml").read_bytes(),
    (FIXTURES / "flanker/missing-final-boundary.eml").read_bytes(),
    (FIXTURES / "flanker/torture-part.eml").read_bytes(),
    (FIXTURES / "ruby_mail/raw_email_encoded_stack_level_too_deep.eml").read_bytes(),
    _deep(200),
], ids=["empty", "blank", "binary", "210k-header", "no-boundaries", "no-final-boundary",
        "torture", "stack-too-deep", "nesting-200"])
def test_hostile_mail_is_stored_raw_and_flagged(mail_team: Any, raw: bytes) -> None:
    """R-MAIL-1: none is ever ignored: a raw copy is kept, with the reason it was flagged."""
    result = inbound.receive(raw, source="test")
    assert result.raw_message is not None
    assert RawMessage.objects.filter(pk=result.raw_message.pk).exists()
    if result.outcome != "imported":
        assert result.raw_message.flag_reasons or result.outcome == "bounce"


def test_limits_give_a_flagged_conversation_and_a_polite_notice(mail_team: Any) -> None:
    """R-MAIL-1: a blocked attachment type and an oversized message become flags on the
    conversation and one notice to the sender, not a refusal."""
    raw = (b"From: anna@example.hu\r\nTo: support@desk.example\r\nSubject: Files\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
           b"--x\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--x\r\n"
           b"Content-Type: application/octet-stream\r\n"
           b"Content-Disposition: attachment; filename=run.exe\r\n\r\nMZ....\r\n--x--\r\n"
           )
    result = inbound.receive(raw, source="test")
    assert result.outcome == "flagged"
    assert any("run.exe" in f for f in result.raw_message.flag_reasons)
    assert not result.conversation.messages.filter(attachments__filename="run.exe").exists()
    assert OutboundEmail.objects.filter(kind="notice").count() == 1
    small = EmailSettings(max_message_bytes=200, max_attachment_bytes=200)
    big = inbound.receive(make_mail(body="x" * 1000), source="test", settings=small)
    assert big.outcome == "flagged" and "over the limit" in " ".join(
        big.raw_message.flag_reasons)
