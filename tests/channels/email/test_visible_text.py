"""The visible body drops quoted history and signatures (talon and email-reply-parser
fixtures), while the removed parts are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful.channels.email.parse import parse_bytes
from tactful.channels.email.quotes import split_reply, split_signature

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["iphone", "sparrow"])
def test_talon_replies_keep_exactly_the_new_text(name: str) -> None:
    """R-MAIL-1: talon's expected reply text for real mail clients."""
    parsed = parse_bytes((FIXTURES / "talon" / f"{name}.eml").read_bytes())
    expected = (FIXTURES / "talon" / f"{name}_reply_text").read_text()
    visible, quoted = split_reply(parsed.text)
    assert visible.split() == expected.split()
    assert quoted


@pytest.mark.parametrize("name,starts,excluded", [
    ("email_german.txt", "Fusce bibendum", "Hi there!"),
    ("email_gmail_split_line_from.txt", "", "wrote:"),
    ("email_original_message.txt", "", "Original Message"),
    ("email_finnish.txt", "", "kirjoitti"),
])
def test_reply_headers_in_many_languages_start_the_quote(name: str, starts: str,
                                                         excluded: str) -> None:
    text = (FIXTURES / "reply_parser" / name).read_text()
    visible, quoted = split_reply(text)
    assert visible.startswith(starts)
    assert excluded not in visible
    assert quoted


def test_on_in_an_ordinary_sentence_is_not_a_quote_header() -> None:
    text = (FIXTURES / "reply_parser" / "email_tricky_1_on_false_positive.txt").read_text()
    visible, _ = split_reply(text)
    assert len(visible) > len(text) // 3


def test_signatures_are_split_off_near_the_end() -> None:
    body, signature = split_signature("Thanks!\n\n-- \nAnna Kiss\n+36 1 234 5678")
    assert body == "Thanks!" and signature.startswith("--")
    body, signature = split_signature("Köszönöm!\n\nKüldve az iPhone-omról")
    assert body == "Köszönöm!" and signature
