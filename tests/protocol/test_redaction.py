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


def test_candidate_search_finds_what_the_look_behind_patterns_find() -> None:
    """R-SEC-1: the card and IBAN patterns tried only where their body matches give the same
    matches as running them over the whole text, near-misses (a letter or digit just before,
    too few digits) included."""
    import random

    from tactful.protocol import redaction

    rnd = random.Random(7)
    texts = ["x4111 1111 1111 1111", "a-4111111111111111", "ro49aaaa1b31007593840000 ok",
             "1ro49aaaa1b31007593840000", "hu42 1177 3016 1111 1018 0000 0000 and 12",
             "4111 1111 1111 111", ""]
    texts += ["".join(rnd.choice("0123456789 -abxy") for _ in range(rnd.randint(0, 70)))
              for _ in range(3000)]
    found = 0
    for text in texts:
        for body, full, lead in ((redaction._CARD_BODY, redaction._CARD_RE, 0),
                                 (redaction._IBAN_HINT, redaction._IBAN_RE, 2)):
            want = [m.span() for m in full.finditer(text)]
            assert [m.span() for m in redaction._matches(text, body, full, lead)] == want
            found += len(want)
    assert found > 100  # the random texts hold matches, not only misses


def test_digits_are_decided_on_the_normalised_text_as_on_the_original() -> None:
    """``has_digit_normalised`` (the secret check's gate) answers as ``has_digit`` of the
    original: every decimal digit folds to an ASCII digit or stays outside ASCII."""
    from tactful.protocol.normalize import normalise
    from tactful.protocol.redaction import has_digit, has_digit_normalised

    for cp in range(0x110000):
        ch = chr(cp)
        if ch.isdecimal():
            norm = normalise(ch, "en").norm
            assert not norm.isascii() or any(c.isdigit() for c in norm), hex(cp)
    for text in ("árvíztűrő", "१२३ ok", "szám: ４２", "x² és ő", "șapte 7", "õun", ""):
        for lang in ("hu", "ro", "et", "en"):
            n = normalise(text, lang)
            assert has_digit_normalised(n) == has_digit(text), (text, lang)
