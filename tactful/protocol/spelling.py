"""Spelling with Hunspell (Debian's dictionaries), cached per word (R-TALK-8, R-LETTER-1).

What is never flagged: names (capitalised words, all-caps words), words with digits,
e-mail addresses, URLs, order and ticket numbers, @handles, the pack's accept lists and the
organisation's product names and accepted words. Suggestions are slow for Hungarian (tens of
milliseconds a word), so they are computed only on request.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DICT_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))

_CHUNK_RE = re.compile(r"\S+")
_MASK_CHARS = frozenset("@#/:.0123456789_")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_CEDILLA = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"})


def find_dictionary(name: str) -> tuple[Path, Path] | None:
    for folder in DICT_DIRS:
        dic, aff = folder / f"{name}.dic", folder / f"{name}.aff"
        if dic.exists() and aff.exists():
            return dic, aff
    return None


# Letters a writer may leave without their diacritics, per dictionary: a word typed without
# them is accepted when some restoration is a valid word (writing without diacritics is
# common in chat and is not what the spelling rule is for).
_RESTORE = {
    "ro": {"a": "ăâ", "i": "î", "s": "șş", "t": "țţ"},
    "hu": {"a": "á", "e": "é", "i": "í", "o": "óöő", "u": "úüű"},
    "et": {"a": "ä", "o": "õö", "u": "ü", "s": "š", "z": "ž"},
}


class Speller:
    """One Hunspell dictionary plus accept lists; ``ok(word)`` is cached."""

    def __init__(self, dictionary: str, accept: set[str], compounds: bool) -> None:
        self.restore = _RESTORE.get(dictionary[:2], {})
        self.dictionary = dictionary
        self.accept = {w.lower() for w in accept}
        self.compounds = compounds
        self._cache: dict[str, bool] = {}
        self._h: Any = None
        found = find_dictionary(dictionary)
        if found is not None:
            import hunspell

            self._h = hunspell.HunSpell(str(found[0]), str(found[1]))
            self._enc = self._h.get_dic_encoding()
        self.available = self._h is not None

    def _spell(self, word: str) -> bool:
        try:
            if self._enc and self._enc.upper() not in ("UTF-8", "UTF8"):
                word.encode(self._enc)  # a character the dictionary cannot hold
            return bool(self._h.spell(word))
        except (UnicodeError, UnicodeEncodeError):
            return False

    def ok(self, word: str) -> bool:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        w = word.translate(_CEDILLA).replace("’", "'")
        low = w.lower()
        result = (low in self.accept or self._spell(w) or self._spell(low)
                  or (w[:1].isupper() and self._spell(w.capitalize())))
        if not result and "-" in w:
            result = all(self.ok(p) for p in w.split("-") if p)
        if not result and self.restore and low.isascii():
            result = self._restorable(low)
        if not result and self.compounds and len(low) >= 8:
            result = any(self._spell(low[:i]) and (self._spell(low[i:]) or
                                                   self._spell(low[i:].capitalize()))
                         for i in range(3, len(low) - 2))
        if len(self._cache) < 500_000:
            self._cache[word] = result
        return result

    def _restorable(self, low: str) -> bool:
        spots = [i for i, ch in enumerate(low) if ch in self.restore]
        if not spots or len(spots) > 8:
            return False
        options = [[low[i], *self.restore[low[i]]] for i in spots]
        chars = list(low)
        for n, combo in enumerate(itertools.product(*options)):
            if n > 400:
                break
            for i, ch in zip(spots, combo, strict=True):
                chars[i] = ch
            cand = "".join(chars)
            if cand != low and self._spell(cand):
                return True
        return False

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        if self._h is None:
            return []
        try:
            return [str(s) for s in self._h.suggest(word.translate(_CEDILLA))][:limit]
        except UnicodeError:
            return []


@lru_cache(maxsize=16)
def speller(dictionary: str, accept: frozenset[str], compounds: bool) -> Speller:
    return Speller(dictionary, set(accept), compounds)


def misspelled(text: str, sp: Speller, extra_accept: frozenset[str], min_length: int,
               sentence_starts: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of ``text`` the speller rejects."""
    if not sp.available:
        return []
    # Whitespace-separated chunks holding @, #, /, :, digits or an inner dot are e-mail
    # addresses, URLs, handles, order numbers or domains: never spell-checked.
    masked = [(m.start(), m.end()) for m in _CHUNK_RE.finditer(text)
              if not _MASK_CHARS.isdisjoint(m.group().rstrip(".,;:!?)"))]
    out: list[tuple[int, int, str]] = []
    mi = 0
    for m in _WORD_RE.finditer(text):
        s, e = m.start(), m.end()
        while mi < len(masked) and masked[mi][1] <= s:
            mi += 1
        if mi < len(masked) and masked[mi][0] < e:
            continue
        word = m.group()
        if len(word) < min_length or word.isupper() or max(word) > "\u024f":
            continue
        if word[0].isupper():
            continue  # a name or a product more often than a mistake; never flag

        if word.lower() in extra_accept:
            continue
        if not sp.ok(word):
            out.append((s, e, word))
    return out
