"""Card numbers and IBANs: found, checked (Luhn, mod-97) and redacted (R-SEC-1).

Every intake path calls :func:`redact` before storing text; the checker reports the same
secrets as findings so an agent never sends one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from tactful.protocol.normalize import Normalised, normalise

# 13-19 digits, optionally grouped by single spaces or dashes.
_CARD_RE: Final = re.compile(r"(?<![0-9a-z-])\d(?:[ -]?\d){12,18}(?![0-9a-z-])")
_DIGIT_RE: Final = re.compile(r"\d")
_IBAN_RE: Final = re.compile(r"(?<![0-9a-z])[a-z]{2}\d{2}(?:[ ]?[a-z0-9]){11,30}(?![0-9a-z])")
# What every match of the two above contains (no look-around: found by a fast scan), tried
# first: most texts have digits, few have a card number's or an IBAN's run of them.
_CARD_HINT: Final = re.compile(r"\d(?:[ -]?\d){12}")
_IBAN_HINT: Final = re.compile(r"\d\d(?:[ ]?[a-z0-9]){11}")
# The card pattern without its look-behind: it starts with a digit, so the engine scans for
# one fast; the look-behind is tested on each candidate (:func:`_matches`).
_CARD_BODY: Final = re.compile(r"\d(?:[ -]?\d){12,18}(?![0-9a-z-])")


def _matches(text: str, body: re.Pattern[str], full: re.Pattern[str], lead: int,
             start: int = 0) -> list[re.Match[str]]:
    """What ``full.finditer(text)`` gives, without running ``full`` (whose look-behind
    disables the engine's fast scan) at every position: ``body`` finds where a match of
    ``full`` can be (each match of ``full`` at ``s`` has a match of ``body`` at
    ``s + lead``), and ``full`` is tried there only. ``start``: no match of ``body``
    starts before it."""
    out: list[re.Match[str]] = []
    hint = body.search(text, start)
    while hint is not None:
        s = hint.start() - lead
        m = full.match(text, s) if s >= 0 else None
        if m is None:
            hint = body.search(text, hint.start() + 1)
            continue
        out.append(m)
        hint = body.search(text, m.end() + lead)
    return out
# The same for ASCII text, where ``\d`` is ``[0-9]``: a set of eight bits the engine skips
# through instead of looking up every character's Unicode category.
# An ASCII text's bytes with every digit made "0", everything else a space.
_DIGIT_MARKS: Final = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))
_ASCII_CARD_HINT: Final = re.compile(r"[0-9](?:[ -]?[0-9]){12}")
_ASCII_IBAN_HINT: Final = re.compile(r"[0-9][0-9](?:[ ]?[a-z0-9]){11}")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit, as :func:`find_secrets` decides."""
    if text.isascii():
        return _has_ascii_digit(text)
    return _DIGIT_RE.search(text) is not None


def _has_ascii_digit(text: str) -> bool:
    """Whether the ASCII ``text`` holds a digit: its bytes with every digit made "0" and
    everything else a space, at C speed (cheaper than a search), tested as text (``in`` on
    bytes first tries a bytes operand as an integer and raises and clears a TypeError; a
    bytes method costs more than the conversion)."""
    return "0" in text.encode("ascii").translate(_DIGIT_MARKS).decode("ascii")


def _ascii_digits(text: str) -> int:
    """How many digits the ASCII ``text`` holds."""
    return text.encode("ascii").translate(_DIGIT_MARKS).count(b"0")


def has_digit_normalised(n: Normalised) -> bool:
    """``has_digit(n.orig)`` for ``n`` normalised for a Latin-script language: folding turns
    every decimal digit into an ASCII one (full-width digits) or keeps it (other scripts'),
    so an ASCII normalised text without digits has none in the original either (a
    superscript folds to a digit but is none: the original decides then)."""
    norm = n.norm
    if norm.isascii() and not _has_ascii_digit(norm):
        return False
    return has_digit(n.orig)

# IBAN lengths per country (ISO 13616 registry), for the countries Tactful meets most;
# others are accepted at 15..34 characters when the checksum holds.
IBAN_LENGTHS = {
    "al": 28, "at": 20, "be": 16, "bg": 22, "ch": 21, "cy": 28, "cz": 24, "de": 22, "dk": 18,
    "ee": 20, "es": 24, "fi": 18, "fr": 27, "gb": 22, "gr": 27, "hr": 21, "hu": 28, "ie": 22,
    "it": 27, "lt": 20, "lu": 20, "lv": 21, "md": 24, "mt": 31, "nl": 18, "no": 15, "pl": 28,
    "pt": 25, "ro": 24, "rs": 22, "se": 24, "si": 19, "sk": 24, "tr": 26, "ua": 29,
}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    iban = iban.replace(" ", "").upper()
    country = iban[:2].lower()
    expected = IBAN_LENGTHS.get(country)
    if expected is not None and len(iban) != expected:
        return False
    if not 15 <= len(iban) <= 34:
        return False
    moved = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in moved))
    except ValueError:
        return False
    return number % 97 == 1


@dataclass(frozen=True, slots=True)
class Secret:
    kind: str  # "card" or "iban"
    start: int  # offsets into the original text
    end: int
    last4: str

    @property
    def mask(self) -> str:
        label = "card" if self.kind == "card" else "IBAN"
        return f"[{label} •••• {self.last4}]"


@dataclass(slots=True)
class RedactionResult:
    text: str
    secrets: list[Secret] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.secrets)


def find_secrets(text: str, kinds: tuple[str, ...] = ("card", "iban"),
                 normalised: Normalised | None = None) -> list[Secret]:
    """Luhn-valid card numbers and checksum-valid IBANs, as spans of ``text``.
    ``normalised``: ``text`` already normalised for a Latin-script language (the same)."""
    if not has_digit(text):
        return []
    return _secrets_in(normalised if normalised is not None else normalise(text, "en"), kinds)


def _secrets_in(n: Normalised, kinds: tuple[str, ...]) -> list[Secret]:
    """:func:`find_secrets` of ``n.orig``, normalised as ``n`` (full-width digits and dashes
    become ASCII, offsets kept)."""
    found: list[Secret] = []
    taken: list[tuple[int, int]] = []
    ascii_ = n.norm.isascii()
    # An IBAN's hint holds two digits, a card's thirteen: counted in ASCII text, fewer
    # spare the search.
    n_digits = _ascii_digits(n.norm) if ascii_ else 13
    iban_hint = _ASCII_IBAN_HINT if ascii_ else _IBAN_HINT
    card_hint = _ASCII_CARD_HINT if ascii_ else _CARD_HINT
    iban_at = iban_hint.search(n.norm) if "iban" in kinds and n_digits >= 2 else None
    if iban_at is not None:
        for m in _matches(n.norm, iban_hint, _IBAN_RE, 2, iban_at.start()):
            groups = m.group().split(" ")
            # The pattern may swallow a following word ("... 7654 32 and"): try shorter ends.
            for k in range(len(groups), 0, -1):
                raw = " ".join(groups[:k])
                if len(raw.replace(" ", "")) < 15:
                    break
                if iban_ok(raw):
                    s, e = n.span(m.start(), m.start() + len(raw))
                    found.append(Secret("iban", s, e, raw.replace(" ", "")[-4:].upper()))
                    taken.append((m.start(), m.start() + len(raw)))
                    break
    # every match of _CARD_BODY holds one of the card hint's at its start
    card_at = card_hint.search(n.norm) if "card" in kinds and n_digits >= 13 else None
    if card_at is not None:
        for m in _matches(n.norm, _CARD_BODY, _CARD_RE, 0, card_at.start()):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            raw = m.group()
            seps = {c for c in raw if not c.isdigit()}
            if len(seps) > 1:
                continue
            digits = raw.replace(" ", "").replace("-", "")
            if not 13 <= len(digits) <= 19 or len(set(digits)) == 1 or not luhn_ok(digits):
                continue
            if digits[0] not in "23456":  # issuer ranges: Visa 4, MC 2/5, Amex 3, Discover 6
                continue
            s, e = n.span(m.start(), m.end())
            found.append(Secret("card", s, e, digits[-4:]))
    found.sort(key=lambda x: x.start)
    return found


def redact(text: str) -> RedactionResult:
    """Replace card numbers and IBANs, keeping the last four characters: ``[card •••• 1234]``."""
    secrets = find_secrets(text)
    if not secrets:
        return RedactionResult(text, [])
    parts: list[str] = []
    pos = 0
    for sec in secrets:
        parts.append(text[pos:sec.start])
        parts.append(sec.mask)
        pos = sec.end
    parts.append(text[pos:])
    return RedactionResult("".join(parts), secrets)
