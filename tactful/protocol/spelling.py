"""Spelling per language, with a verdict cached per word (R-TALK-8, R-LETTER-1).

Engines: Hunspell over Debian's dictionaries (en_US, hu_HU, ro_RO, et_EE) and, for Estonian,
Vabamorf (:mod:`tactful.protocol.vabamorf`) when installed; without it Estonian falls back
to Hunspell et_EE with a one-line note.

Never flagged: capitalised words inside a sentence (names, products), all-caps words and
words with inner capitals (codes, ``iPhone``), whitespace-separated chunks holding digits,
``@``, ``#``, ``/``, ``:``, ``_`` or an inner dot (e-mail addresses, URLs, order, invoice
and package numbers, amounts, dates, handles, domains), the pack's accept lists and the
organisation's product names, agent names and accepted words, with their inflected forms.
A capitalised word that starts a sentence is checked, unless it stands next to another
capitalised word (a full name) or is capitalised elsewhere in the message too.

Diacritics: Romanian cedilla ş/ţ count as comma-below ș/ț, and pre-1993 î inside a word as â
(``cîte`` = ``câte``, ``sînt`` = ``sunt``). A sentence written entirely without the
language's diacritics (chat style) has its words accepted when a restoration is valid; once
a sentence uses diacritics, a word missing one is a typo.

Suggestions are computed only on request and cached (Hungarian: tens of milliseconds a word).
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Protocol

from tactful.protocol import vabamorf

log = logging.getLogger(__name__)

DICT_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
MAX_WORD = 64  # longer letter runs are not words (base64, keyboard mashing): never checked
CACHE_LIMIT = 500_000

# Whitespace-separated chunks holding @, #, /, a digit or _, or a dot or colon inside
# (not just ending it): e-mail addresses, URLs, numbers, codes, dates, handles, domains.
_MASKED_RE = re.compile(r"(?<!\S)[^\s@#/\d_.:]*+(?:[@#/\d_]|[.:](?=\S*?[^\s.,;:!?)]))\S*")
_MASKED_ANY = re.compile(r"[@#/\d_]|[.:]\S*?[^\s.,;:!?)]")  # a cheap test first
_MARKS = "\u0300-\u036f"  # combining diacritics: text pasted in decomposed form (NFD)
_WORD_RE = re.compile(rf"[^\W\d_][{_MARKS}]*(?:[^\W\d_]|[{_MARKS}]|['’-](?=[^\W\d_]))*")
_CEDILLA = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"})
_RO_OLD_SUNT = {"sînt": "sunt", "sîntem": "suntem", "sînteți": "sunteți"}

# Letters a writer may type without their diacritics, per language (for restoration), and
# the letters whose presence shows a message is written with diacritics.
_RESTORE = {
    "ro": {"a": "ăâ", "i": "î", "s": "ș", "t": "ț"},
    "hu": {"a": "á", "e": "é", "i": "í", "o": "óöő", "u": "úüű"},
    "et": {"a": "ä", "o": "õö", "u": "ü", "s": "š", "z": "ž"},
}
_DIACRITICS = {lang: frozenset("".join(t.values()) + ("şţ" if lang == "ro" else ""))
               for lang, t in _RESTORE.items()}
# Suffixes after an accepted word, a name or an acronym ("SMS-ben", "Acme-nál", "email-ul").
_EN_TAILS = ("s", "es", "'s", "’s", "ed", "ing", "er", "ers")
_MAX_TAIL = 5


class Engine(Protocol):
    name: str

    def known_many(self, words: Sequence[str]) -> list[bool]: ...

    def suggest(self, word: str, limit: int = 3) -> list[str]: ...


def find_dictionary(name: str) -> tuple[Path, Path] | None:
    for folder in DICT_DIRS:
        dic, aff = folder / f"{name}.dic", folder / f"{name}.aff"
        if dic.exists() and aff.exists():
            return dic, aff
    return None


class HunspellEngine:
    """One Hunspell dictionary (pyhunspell), words it cannot encode count as unknown."""

    name = "hunspell"

    def __init__(self, dic: Path, aff: Path) -> None:
        import hunspell

        self._h: Any = hunspell.HunSpell(str(dic), str(aff))
        enc = str(self._h.get_dic_encoding() or "UTF-8")
        self._enc = None if enc.upper().replace("-", "") == "UTF8" else enc

    def known(self, word: str) -> bool:
        try:
            if self._enc is not None:
                word.encode(self._enc)  # a character the dictionary cannot hold
            return bool(self._h.spell(word))
        except UnicodeError:
            return False

    def known_many(self, words: Sequence[str]) -> list[bool]:
        return [self.known(w) for w in words]

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        try:
            if self._enc is not None:
                word.encode(self._enc)
            return [str(s) for s in self._h.suggest(word)][:limit]
        except UnicodeError:
            return []

    def analyses(self, word: str) -> list[str]:
        """Hunspell's morphological analyses (hu_HU has them: ``st:csomag po:noun ts:NOM``);
        empty for dictionaries without morphology."""
        try:
            if self._enc is not None:
                word.encode(self._enc)
            raw = self._h.analyze(word)
        except UnicodeError:
            return []
        return [a.decode(self._enc or "utf-8", "replace") if isinstance(a, bytes) else str(a)
                for a in raw]


class UnionEngine:
    """Several dictionaries as one: a word is known when any knows it (en_US + en_GB)."""

    name = "hunspell"

    def __init__(self, engines: Sequence[HunspellEngine]) -> None:
        self.engines = list(engines)

    def known_many(self, words: Sequence[str]) -> list[bool]:
        verdicts = self.engines[0].known_many(words)
        for engine in self.engines[1:]:
            rest = [w for w, ok in zip(words, verdicts, strict=True) if not ok]
            if not rest:
                break
            more = dict(zip(rest, engine.known_many(rest), strict=True))
            verdicts = [ok or more.get(w, False) for w, ok in zip(words, verdicts, strict=True)]
        return verdicts

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        out: list[str] = []
        for engine in self.engines:
            out += [s for s in engine.suggest(word, limit) if s not in out]
        return out[:limit]

    def analyses(self, word: str) -> list[str]:
        return self.engines[0].analyses(word)


@cache
def hunspell_engine(name: str) -> HunspellEngine | None:
    """One engine per dictionary for the whole process, never freed: libhunspell shares
    encoding tables between instances, and freeing two ISO-8859 ones (et_EE) corrupts the
    UTF-8 ones still in use (hu_HU then rejects kárbejelentését)."""
    found = find_dictionary(name)
    return HunspellEngine(*found) if found is not None else None


@lru_cache(maxsize=1)
def _vabamorf_engine() -> vabamorf.VabamorfEngine | None:
    return vabamorf.load_engine()


def open_engine(dictionary: str, vabamorf_path: vabamorf.SearchPath = None
                ) -> tuple[Engine | None, str]:
    """The engine for a pack's ``dictionary`` (Hunspell names, ``+`` between several) and a
    note (empty when all is as intended). Estonian uses Vabamorf when installed (looked for
    on ``sys.path``, or on ``vabamorf_path`` when given)."""
    if dictionary.startswith("et"):
        engine = (_vabamorf_engine() if vabamorf_path is None
                  else vabamorf.load_engine(vabamorf_path))
        if engine is not None:
            return engine, ""
        note = ("Estonian spelling: Vabamorf (estnltk) is not installed, using Debian's "
                "weaker Hunspell et_EE; run `make setup` to install it.")
    else:
        note = ""
    names = [n for n in dictionary.split("+") if n]
    found = {n: hunspell_engine(n) for n in names}
    engines = [e for e in found.values() if e is not None]
    missing = [n for n, e in found.items() if e is None]
    if missing:
        then = "using the others" if engines else "spelling is not checked"
        note = (f"spelling: Hunspell dictionary {', '.join(missing)} is not installed "
                f"(`make system-packages`); {then}.")
    if not engines:
        return None, note
    return (engines[0] if len(engines) == 1 else UnionEngine(engines)), note


class Speller:
    """A language's engine plus accept lists; verdicts and suggestions are cached per word."""

    def __init__(self, dictionary: str, accept: Iterable[str], compounds: bool,
                 engine: Engine | None = None, note: str = "") -> None:
        self.dictionary = dictionary
        self.lang = dictionary[:2]
        if engine is None and not note:
            engine, note = open_engine(dictionary)
        self.engine = engine
        self.note = note
        if note:
            log.warning(note)
        self.available = engine is not None
        self.restore = _RESTORE.get(self.lang, {})
        self.diacritics = _DIACRITICS.get(self.lang, frozenset())
        self.accept = frozenset(_nfc(w).lower() for w in accept)
        # Vabamorf analyses compounds itself; splitting on top of it only lets typos through
        self.compounds = compounds and getattr(engine, "name", "") != "vabamorf"
        self._known: dict[str, bool] = {}
        self._restorable: dict[str, bool] = {}
        self._restored: dict[str, str] = {}
        self._verdict: dict[str, bool] = {}  # ok() per word as written
        self._suggestions: dict[str, list[str]] = {}

    # -- engine lookups, cached ------------------------------------------------------------
    def _lookup(self, words: Sequence[str]) -> list[bool]:
        """The engine's verdict for each word, one batched call for those not yet cached."""
        cache = self._known
        new = list(dict.fromkeys(w for w in words if w not in cache))
        if not new or self.engine is None:
            return [cache.get(w, False) for w in words]
        found = dict(zip(new, self.engine.known_many(new), strict=True))
        if len(cache) < CACHE_LIMIT:
            cache.update(found)
        return [cache[w] if w in cache else found[w] for w in words]

    def _spell(self, word: str) -> bool:
        hit = self._known.get(word)
        return hit if hit is not None else self._lookup([word])[0]

    def prefetch(self, words: Iterable[str]) -> None:
        """Ask the engine about many words at once (Vabamorf: one call per message)."""
        forms: list[str] = []
        for w in words:
            if w in self._verdict:
                continue
            w = self._variant(w)
            forms.append(w)
            if w[:1].isupper():
                forms.append(w.lower())
        self._lookup(forms)

    # -- verdicts -----------------------------------------------------------------------------
    def _variant(self, word: str) -> str:
        w = _nfc(word).replace("’", "'")
        return w.translate(_CEDILLA) if self.lang == "ro" else w

    def accepted(self, low: str, extra: frozenset[str] = frozenset()) -> bool:
        """In an accept list, or an inflected form of an accepted word (``webshopban``,
        ``voucherului``). A single letter after a word the dictionary knows is a typo more
        often than an ending (``tellimusee``)."""
        if low in self.accept or low in extra:
            return True
        if self.lang == "en":
            heads = [low[:-len(t)] for t in _EN_TAILS if low.endswith(t)]
        else:
            heads = [low[:cut] for cut in range(max(4, len(low) - _MAX_TAIL), len(low))]
        return any((h in self.accept or h in extra)
                   and (len(low) - len(h) > 1 or not self._spell(h)) for h in heads)

    def known(self, word: str) -> bool:
        """The dictionary (or the accept list) knows ``word`` as written, up to case."""
        w = self._variant(word)
        low = w.lower()
        if self.accepted(low) or self._spell(w) or (w != low and self._spell(low)):
            return True
        if self.lang == "ro" and "î" in low[1:-1]:
            old = _RO_OLD_SUNT.get(low) or low[0] + low[1:-1].replace("î", "â") + low[-1]
            if self._spell(old):
                return True
        if "-" in low.strip("-"):
            head, *rest = [p for p in w.split("-") if p]
            # after an accepted word a short suffix may follow ("webshop-ban", "voucher-ul")
            suffix_ok = self.accepted(head.lower())
            if (suffix_ok or self.known(head)) and all(
                    (suffix_ok and len(p) <= _MAX_TAIL) or self.known(p) for p in rest):
                return True
        return self.compounds and self._compound(low)

    def _compound(self, low: str) -> bool:
        """Two known halves (Hungarian and Estonian compounds the dictionary lacks). Each half
        has at least four letters and the first is a word by itself, so a typo rarely
        passes as a compound."""
        key = "+" + low
        hit = self._known.get(key)
        if hit is not None:
            return hit
        result = False
        if 8 <= len(low) <= MAX_WORD:
            for i in range(4, len(low) - 3):
                head, tail = low[:i], low[i:]
                if (self._spell(head) and (self._spell(tail) or self.accepted(tail))
                        and self._compound_parts_ok(head, tail)):
                    result = True
                    break
        if len(self._known) < CACHE_LIMIT:
            self._known[key] = result
        return result

    def _compound_parts_ok(self, head: str, tail: str) -> bool:
        """With a dictionary that has morphology (hu_HU): the head is a bare noun or
        adjective (``csomag``, ``okos``) and the tail a noun or adjective, possibly derived
        from a verb or inflected (``automatából``, ``mérőre``); so ``leadd+hatja`` or
        ``kézül+éket`` do not pass."""
        analyses = getattr(self.engine, "analyses", None)
        if analyses is None:
            return True
        heads, tails = analyses(head), analyses(tail)
        if not heads and not tails:
            return True  # no morphology in this dictionary
        nominal = ("po:noun", "po:adj")
        derived = (*nominal, "_noun", "_adj")  # a deverbal tail: mérő, főző, mosogató
        return (any(any(p in a for p in nominal) and "ts:NOM" in a and " is:" not in a
                    for a in heads)
                and (not tails or any(any(p in a for p in derived) for a in tails)))

    def restorable(self, word: str) -> bool:
        """A word typed without diacritics whose restoration is known (``koszonjuk``); with
        compounds on, also two restored halves (``ugyfel`` + ``szolgalatunkhoz``)."""
        low = word.lower()
        hit = self._restorable.get(word)
        if hit is not None:
            return hit
        result = self._restore(low, word[:1].isupper()) is not None
        if not result and self.compounds and 8 <= len(low) <= MAX_WORD:
            for i in range(3, len(low) - 2):
                head = self._restore(low[:i])
                if head is None:
                    continue
                tail = self._restore(low[i:])
                if tail is not None and (self._spell(head + tail)
                                         or self._compound_parts_ok(head, tail)):
                    result = True
                    break
        if len(self._restorable) < CACHE_LIMIT:
            self._restorable[word] = result
        return result

    def _restore(self, low: str, capital: bool = False) -> str | None:
        """A known word that ``low`` is without its diacritics (at most 400 tried), cached;
        ``capital``: it may be known capitalised only (``Magyarországra``)."""
        key = ("^" if capital else "~") + low
        if key in self._restorable:
            return self._restored.get(key)
        found: str | None = None
        spots = [i for i, ch in enumerate(low) if ch in self.restore]
        if spots and len(spots) <= 10:
            options = [[low[i], *self.restore[low[i]]] for i in spots]
            chars = list(low)
            for n, combo in enumerate(itertools.product(*options)):
                if n > 400:
                    break
                for i, ch in zip(spots, combo, strict=True):
                    chars[i] = ch
                cand = "".join(chars)
                if cand != low and (self._spell(cand) or self.accepted(cand)
                                    or (capital and self._spell(cand.capitalize()))):
                    found = cand
                    break
        if len(self._restorable) < CACHE_LIMIT:
            self._restorable[key] = found is not None
            if found is not None:
                self._restored[key] = found
        return found

    def ok(self, word: str, plain: bool = False) -> bool:
        """Known, or (``plain``: the sentence has no diacritics) restorable."""
        hit = self._verdict.get(word)
        if hit is None:
            hit = self.known(word)
            if len(self._verdict) < CACHE_LIMIT:
                self._verdict[word] = hit
        if hit:
            return True
        return plain and bool(self.restore) and word.isascii() and self.restorable(word)

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        if self.engine is None:
            return []
        w = self._variant(word)
        hit = self._suggestions.get(w)
        if hit is None:
            hit = self.engine.suggest(w, limit)
            if len(self._suggestions) < 10_000:
                self._suggestions[w] = hit
        return hit[:limit]


def _nfc(word: str) -> str:
    return unicodedata.normalize("NFC", word) if not word.isascii() else word


@lru_cache(maxsize=16)
def speller(dictionary: str, accept: frozenset[str], compounds: bool) -> Speller:
    return Speller(dictionary, accept, compounds)


def candidates(text: str, min_length: int,
               sentence_starts: set[int]) -> tuple[list[tuple[int, int, str]],
                                                   list[tuple[int, str]]]:
    """The words of ``text`` the spelling check looks at, as (start, end, word), and the
    ordinary words of any length as (start, word), which show whether a sentence is
    written with diacritics: everything but masked chunks, names and codes."""
    masked = [m.span() for m in _MASKED_RE.finditer(text)] if _MASKED_ANY.search(text) else []
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    capital_inside = {w for s, _e, w in words if w[0].isupper() and s not in sentence_starts}
    out: list[tuple[int, int, str]] = []
    ordinary: list[tuple[int, str]] = []
    mi = 0
    for n, (s, e, word) in enumerate(words):
        while mi < len(masked) and masked[mi][1] <= s:
            mi += 1
        if mi < len(masked) and masked[mi][0] < e:
            continue
        rest = word[1:]
        if rest != rest.lower():
            continue  # an acronym, a code or a product (iPhone, eBay, SMS-ben)
        if word[0].isupper():
            if s not in sentence_starts or word in capital_inside:
                continue  # a name or a product more often than a mistake
            nxt = words[n + 1] if n + 1 < len(words) else None
            if nxt is not None and nxt[2][:1].isupper() and text[e:nxt[0]].strip() == "":
                continue  # a full name ("Kovács Anna", "Elena Popescu")
        ordinary.append((s, word))
        if len(word) < min_length or len(word) > MAX_WORD or (
                not word.isascii() and max(_nfc(word)) > "\u024f"):
            continue  # short, a letter run that is no word, or not in the Latin script
        out.append((s, e, word))
    return out, ordinary


def plain_sentences(ordinary: Sequence[tuple[int, str]], starts: Sequence[int],
                    diacritics: frozenset[str]) -> set[int]:
    """Indexes (into sorted ``starts``) of the sentences that use none of the language's
    diacritics in their ordinary words: written in chat style, without them."""
    with_marks = {bisect.bisect_right(starts, s) - 1 for s, w in ordinary
                  if not w.isascii() and not diacritics.isdisjoint(_nfc(w).lower())}
    return set(range(-1, len(starts))) - with_marks


def misspelled(text: str, sp: Speller, extra_accept: frozenset[str], min_length: int,
               sentence_starts: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of ``text`` the speller rejects."""
    if not sp.available:
        return []
    cands, ordinary = candidates(text, min_length, sentence_starts)
    if not cands:
        return []
    starts = sorted(sentence_starts)
    plain = plain_sentences(ordinary, starts, sp.diacritics) if sp.diacritics else set()
    sp.prefetch(w for *_x, w in cands)
    return [(s, e, w) for s, e, w in cands
            if not sp.ok(w, bisect.bisect_right(starts, s) - 1 in plain)
            and not (extra_accept and sp.accepted(_nfc(w).lower(), extra_accept))]
