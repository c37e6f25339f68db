"""Card numbers and IBANs: found, checked, redacted (R-SEC-1)."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text, find_secrets, redact


@pytest.mark.parametrize("text", [
    "card 4111 1111 1111 1111 thanks", "card 4111-1111-1111-1111", "4111111111111111",
    "卡号４１１１１１１１１１１１１１１１。", "Amex 3782 822463 10005"])
def test_luhn_valid_cards_are_redacted_keeping_the_last_four(text: str) -> None:
    """R-SEC-1: a Luhn-valid card number is replaced by [card •••• last4]."""
    result = redact(text)
    assert result.changed
    assert "[card •••• " in result.text
    assert result.secrets[0].last4 in ("1111", "0005")


@pytest.mark.parametrize("text", [
    "order 4111 1111 1111 1112", "call +36 30 123 4567", "ref 1234567890123",
    "tracking 0000 0000 0000 0000"])
def test_numbers_that_are_not_cards_stay(text: str) -> None:
    """R-SEC-1: order numbers, phone numbers and Luhn-invalid digits are left alone."""
    assert redact(text).text == text


def test_ibans_are_checked_with_mod_97() -> None:
    """R-SEC-1: IBANs with a valid checksum are redacted; a wrong checksum is not."""
    assert redact("IBAN: HU42 1177 3016 1111 1018 0000 0000").text == "IBAN: [IBAN •••• 0000]"
    assert redact("RO49AAAA1B31007593840000 ok").text == "[IBAN •••• 0000] ok"
    assert redact("HU43 1177 3016 1111 1018 0000 0000").text.startswith("HU43")


def test_secrets_are_errors_in_the_checker_with_the_mask_as_replacement() -> None:
    """R-SEC-1: an agent never sends a card number."""
    report = check_text("Your card 5555 5555 5555 4444 is on file.", lang="en")
    f = report.findings[0]
    assert (f.level, f.replacement) == ("error", "[card •••• 4444]")
    assert find_secrets("nothing here") == []
