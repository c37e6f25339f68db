"""Normalise a message once: case, diacritics, full-width forms, Chinese script.

The normalised text keeps a map back to the original, so every span a rule reports is a
character offset into the text the agent wrote. Latin-script languages fold to lower-case
ASCII letters (``ş``/``ș``/``s``, ``ő``/``õ``/``ô``/``o``...), so a rule written with diacritics
matches text written without them and vice versa. Chinese folds Traditional characters to
Simplified one character at a time (length-preserving), so one rule set serves both scripts.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

# Punctuation that NFKC leaves alone but which means the same as its ASCII twin.
_PUNCT = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2039": '"', "\u203a": '"', "\u300c": '"', "\u300d": '"', "\u300e": '"',
    "\u300f": '"', "\u3002": ".", "\uff61": ".", "\u3001": ",", "\u2013": "-", "\u2014": "-",
    "\u2010": "-", "\u2011": "-", "\u2026": ".", "\u00a0": " ", "\u3000": " ", "\u200b": " ",
    "\ufeff": " ", "\u00ad": " ",
}
_SPECIAL = {"ß": "s", "ł": "l", "đ": "d", "ø": "o", "æ": "a", "œ": "o", "ı": "i", "þ": "t"}


def _fold_char(ch: str) -> str:
    if ch in _PUNCT:
        return _PUNCT[ch]
    low = ch.lower()
    if low in _SPECIAL:
        return _SPECIAL[low]
    decomposed = unicodedata.normalize("NFKD", low)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if len(base) != 1:
        # Keep one character per character wherever possible (offsets stay identical).
        nfkc = unicodedata.normalize("NFKC", low)
        return nfkc if len(nfkc) == 1 else (base[:1] or " ")
    return base.lower()


def _build_latin_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [(0x41, 0x5B), (0xA0, 0x250), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x3000, 0x3020),
              (0xFF00, 0xFFF0)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            folded = _fold_char(ch)
            if folded != ch:
                table[cp] = folded
    for ch, rep in _PUNCT.items():
        table[ord(ch)] = rep
    for cp in range(0x300, 0x370):  # combining marks: dropped (slow path keeps offsets)
        table[cp] = ""
    _identity(table, 0, 0x80)
    return table


def _identity(table: dict[int, str], lo: int, hi: int) -> None:
    """Map the code points ``lo:hi`` the table leaves alone to themselves: the same result,
    but ``str.translate`` of a text that is not all ASCII looks every character up, and a
    missing one costs it a KeyError raised and cleared (most of the characters of a
    Hungarian message, all of the Simplified ones of a Chinese one)."""
    for cp in range(lo, hi):
        if cp not in table:
            table[cp] = chr(cp)


_LATIN_TABLE: Final = _build_latin_table()


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Traditional to Simplified, one character to one character (from OpenCC's data)."""
    import opencc  # opencc-python-reimplemented ships the dictionary files

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            target = parts[1].split(" ")[0]
            if len(target) == 1:
                table[ord(parts[0])] = target
    return table


@lru_cache(maxsize=1)
def _s2t_table() -> dict[int, str]:
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            target = parts[1].split(" ")[0]
            if len(target) == 1:
                table[ord(parts[0])] = target
    return table


def traditional_chars() -> frozenset[str]:
    """Characters that exist only in Traditional script (they change under t2s)."""
    return _trad_only()


@lru_cache(maxsize=1)
def _trad_only() -> frozenset[str]:
    t2s = _t2s_table()
    s2t = _s2t_table()
    return frozenset(chr(k) for k, v in t2s.items() if ord(v) != k and k not in s2t)


@lru_cache(maxsize=1)
def simplified_chars() -> frozenset[str]:
    """Characters that exist only in Simplified script."""
    t2s = _t2s_table()
    s2t = _s2t_table()
    return frozenset(chr(k) for k, v in s2t.items() if ord(v) != k and k not in t2s)


def to_traditional(text: str) -> str:
    return text.translate(_s2t_table())


_zh_table_cache: Final[dict[int, str]] = {}


def _zh_table() -> dict[int, str]:
    if not _zh_table_cache:
        _zh_table_cache.update(_LATIN_TABLE)
        _zh_table_cache.update(_t2s_table())
        _identity(_zh_table_cache, 0x4E00, 0xA000)  # CJK ideographs (Simplified stay)
        _zh_table_cache.update({0xFF1F: "?", 0xFF01: "!", 0xFF0C: ",", 0xFF1A: ":", 0xFF1B: ";"})
    return _zh_table_cache


def fold(text: str, lang: str = "en") -> str:
    """The normalised form of a short string (patterns, vocabularies); offsets not kept."""
    return normalise(text, lang).norm


@dataclass(slots=True, init=False)
class Normalised:
    """A message and its normalised twin; ``to_orig[i]`` is the original offset of ``norm[i]``."""

    orig: str
    norm: str
    to_orig: list[int] | None  # None means identical offsets

    # Written out: compiled with mypyc, a dataclass's generated __init__ runs interpreted.
    def __init__(self, orig: str, norm: str, to_orig: list[int] | None) -> None:
        self.orig = orig
        self.norm = norm
        self.to_orig = to_orig

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.to_orig is None:
            return start, end
        if start >= len(self.to_orig):
            return len(self.orig), len(self.orig)
        o_start = self.to_orig[start]
        o_end = self.to_orig[end - 1] + 1 if end > start else o_start
        return o_start, o_end


# Latin-script text that is not all ASCII is folded word by word (split at spaces), each
# word's fold remembered: ``str.translate`` of such a text looks every character up in the
# table (a hundred instructions or more each), a word costs one dictionary look-up. The
# same result: folding is character by character, and ``str.lower`` depends on nothing
# across a space (only a final sigma looks at its neighbours, and a space stops it).
# A word's entry: its fold lower-cased, or "" when folding changes its length.
_WORD_FOLDS: Final[dict[str, str]] = {}
_WORD_FOLDS_LIMIT: Final = 50_000


def _fold_words(text: str) -> str | None:
    """``text.translate(_LATIN_TABLE).lower()``, or None when that changes some word's
    length (the caller then maps offsets character by character)."""
    folds = _WORD_FOLDS
    out: list[str] = []
    for word in text.split(" "):
        folded = folds.get(word)
        if folded is None:
            translated = word.translate(_LATIN_TABLE)
            lowered = translated.lower()
            folded = lowered if len(lowered) == len(translated) == len(word) else ""
            if len(folds) < _WORD_FOLDS_LIMIT:
                folds[word] = folded
        if not folded and word:
            return None
        out.append(folded)
    return " ".join(out)


def normalise(text: str, lang: str) -> Normalised:
    if text.isascii():
        return Normalised(text, text.lower(), None)
    zh = lang.startswith("zh")
    if not zh:
        folded = _fold_words(text)
        if folded is not None:
            return Normalised(text, folded, None)
    table = _zh_table() if zh else _LATIN_TABLE
    norm = text.translate(table)
    if len(norm) == len(text):
        norm_l = norm.lower()
        if len(norm_l) == len(norm):
            return Normalised(text, norm_l, None)
    # Slow path: some character folded to zero or several characters.
    pieces: list[str] = []
    to_orig: list[int] = []
    for i, ch in enumerate(text):
        rep = ch.translate(table).lower()
        pieces.append(rep)
        to_orig.extend([i] * len(rep))
    return Normalised(text, "".join(pieces), to_orig)


# Tokens: runs of letters/digits. Chinese characters are handled by substring matching.
WORD_RE: Final = re.compile(r"[^\W_]+", re.UNICODE)
# A token may hold apostrophes (can't, it's); its key drops them (cant, its).
TOKEN_RE: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)
# A sentence ends at . ! ? ; followed by a space, a closing quote or the end, and at a line
# break. Chinese needs no space after 。！？ (folded to .!?), but "3.5" is a number.
# (Written as one character set and what may follow it, the same matches as
# ``[.!?;]+(?=[\s"')\]]|$)|\n``: the engine skips to a candidate character instead of
# trying both alternatives at every character.)
_END_RE: Final = re.compile(r"[\n.!?;](?:(?<=\n)|[.!?;]*(?=[\s\"')\]]|$))")
_ZH_END_RE: Final = re.compile(r"[!?;]+|(?<!\d)\.+|\.+(?!\d)|\n")


@dataclass(slots=True, init=False)
class Sentence:
    start: int  # offsets into the normalised text
    end: int
    is_question: bool

    def __init__(self, start: int, end: int, is_question: bool) -> None:  # compiled (mypyc)
        self.start = start
        self.end = end
        self.is_question = is_question


def sentences(norm: str, orig: Normalised | None = None, lang: str = "en") -> list[Sentence]:
    """Split normalised text into sentences (full-width marks are already ASCII).

    A full stop after a number followed by a lower-case word in the original text is an
    ordinal or a date ("2026. június 15-ig", "2. mail"), not a sentence end; a full stop
    inside a word (an e-mail address, a URL, "3.5") never is.
    """
    out: list[Sentence] = []
    ends = _ZH_END_RE if lang.startswith("zh") else _END_RE
    start = 0
    for m in ends.finditer(norm):
        end = m.end()
        if (orig is not None and m.group()[0] == "." and m.start() > 0
                and norm[m.start() - 1].isdigit() and _lower_follows(norm, orig, end)):
            continue
        if m.group()[0] == "." and end < len(norm) and _abbreviation(norm, orig, m.start()):
            continue
        _add_sentence(out, norm, start, end)
        start = end
    _add_sentence(out, norm, start, len(norm))
    return out


# Titles and the like written with a full stop, folded ("Dr. Nangia", "dl. Ilie", "str.
# Plopilor nr. 8", "hr. Tamm"): no sentence ends there.
_ABBREVIATIONS: Final = frozenset({
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "nr", "str", "dl", "dna", "hr", "pr",
    "ifj", "id", "sz", "tel", "vs"})
# Words whose full stop ends the sentence too when a capital follows ("..., forms etc. We will").
_LIST_ABBREVIATIONS: Final = frozenset({"etc", "stb", "jne", "jms"})


def _abbreviation(norm: str, orig: Normalised | None, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends a title ("Dr.") or a capital initial ("Christina
    M. Walker") rather than a sentence."""
    i = dot
    while i > 0 and norm[i - 1].isalpha():
        i -= 1
    word = norm[i:dot]
    if not word or (i > 0 and norm[i - 1] not in " \t\n(\"'"):
        return False
    if word in _ABBREVIATIONS:
        return True
    if word in _LIST_ABBREVIATIONS:
        return orig is None or not _upper_follows(norm, orig, dot + 1)
    if len(word) != 1 or orig is None:
        return False
    o = orig.span(i, i + 1)[0]
    return o < len(orig.orig) and orig.orig[o].isupper()


def _lower_follows(norm: str, orig: Normalised, pos: int) -> bool:
    """Whether the next non-space character after ``pos`` is a lower-case letter (original)."""
    ch = _next_char(norm, orig, pos)
    return ch.isalpha() and ch.islower()


def _upper_follows(norm: str, orig: Normalised, pos: int) -> bool:
    """Whether the next non-space character after ``pos`` is an upper-case letter (original)."""
    return _next_char(norm, orig, pos).isupper()


def _next_char(norm: str, orig: Normalised, pos: int) -> str:
    """The original character of the next non-space after ``pos`` ("" when there is no space
    or no character)."""
    i = pos
    while i < len(norm) and norm[i] in " \t":
        i += 1
    if i >= len(norm) or i == pos:
        return ""
    o = orig.span(i, i + 1)[0]
    return orig.orig[o] if o < len(orig.orig) else ""


def _add_sentence(out: list[Sentence], norm: str, start: int, end: int) -> None:
    chunk = norm[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    out.append(Sentence(start + lead, start + lead + len(stripped), "?" in stripped))


_QUOTE_RE: Final = re.compile(r'"[^"\n]{1,400}"')


def quoted_ranges(norm: str) -> list[tuple[int, int]]:
    """Spans inside double quotes (curly, low-high, guillemets, corner brackets are folded)."""
    ranges = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(norm)]
    # E-mail quotation: lines that start with '>'.
    pos = 0
    for line in norm.split("\n"):
        if line.lstrip().startswith(">"):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


# Token keys of ASCII text at C speed: every byte that is not a letter or digit becomes a space.
_KEY_TABLE: Final = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def token_keys(norm: str) -> list[str] | None:
    """The keys of ``TOKEN_RE`` tokens of ASCII text (apostrophes dropped), or None when the
    text needs the regular expression (non-ASCII letters, or doubled apostrophes, which
    separate tokens instead of joining them)."""
    if not norm.isascii() or "''" in norm:
        return None
    data = norm.encode("ascii")
    if "'" in norm:  # (the text, not its bytes: ``in`` on bytes raises and clears a TypeError)
        # A single apostrophe joins the letters around it (can't -> cant); elsewhere it is
        # next to a separator, so dropping it changes no token.
        data = data.replace(b"'", b"")
    return data.translate(_KEY_TABLE).decode("ascii").split()


class Doc:
    """Everything rules share about one message, each part computed once, when first used.

    ``tokens`` are ``(key, start, end)`` with offsets into the normalised text (the key drops
    apostrophes); ``keys`` are the same keys without offsets (cheaper: the matcher decides
    from them alone whether any phrase can match); ``sents`` and ``quotes`` as
    :func:`sentences` and :func:`quoted_ranges` give them.
    """

    __slots__ = ("_keys", "_quotes", "_sents", "_starts", "_tokens", "lang", "n")

    def __init__(self, lang: str, n: Normalised) -> None:
        self.lang = lang
        self.n = n
        self._tokens: list[tuple[str, int, int]] | None = None
        self._keys: list[str] | None = None
        self._sents: list[Sentence] | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None

    @property
    def tokens(self) -> list[tuple[str, int, int]]:
        if self._tokens is None:
            norm = self.n.norm
            if self.lang.startswith("zh"):
                self._tokens = []  # Chinese is matched by substrings
            elif self._keys is not None and "'" not in norm and norm.isascii():
                # Each key is the text of its token: find them one after the other.
                tokens: list[tuple[str, int, int]] = []
                pos = 0
                for key in self._keys:
                    pos = norm.find(key, pos)  # (a method call compiled, not a bound method)
                    end = pos + len(key)
                    tokens.append((key, pos, end))
                    pos = end
                self._tokens = tokens
            elif "'" in norm:
                self._tokens = [(m.group().replace("'", ""), m.start(), m.end())
                                for m in TOKEN_RE.finditer(norm)]
            else:
                self._tokens = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(norm)]
        return self._tokens

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            keys = None
            if self._tokens is None and not self.lang.startswith("zh"):
                keys = token_keys(self.n.norm)
            self._keys = keys if keys is not None else [t for t, _s, _e in self.tokens]
        return self._keys

    @property
    def sents(self) -> list[Sentence]:
        if self._sents is None:
            self._sents = sentences(self.n.norm, self.n, self.lang)
        return self._sents

    @property
    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            norm = self.n.norm
            self._quotes = quoted_ranges(norm) if ('"' in norm or ">" in norm) else []
        return self._quotes

    def sentence_at(self, pos: int) -> Sentence | None:
        if self._starts is None:
            self._starts = [s.start for s in self.sents]
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.sents[i].start <= pos < self.sents[i].end:
            return self.sents[i]
        return None

    def sentence_from(self, pos: int) -> Sentence | None:
        """The first sentence starting at ``pos`` or later (the next one after an end)."""
        if self._starts is None:
            self._starts = [s.start for s in self.sents]
        i = bisect.bisect_left(self._starts, pos)
        return self.sents[i] if i < len(self.sents) else None


def make_doc(text: str, lang: str) -> Doc:
    return Doc(lang, normalise(text, lang))
