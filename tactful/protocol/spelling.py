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

import itertools
import logging
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

# Keyboard variants of a letter, per language: Romanian cedilla ş/ţ for comma-below ș/ț,
# Estonian ô for õ (keyboards without õ).
_VARIANTS = {"ro": str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"}),
             "et": str.maketrans({"ô": "õ", "Ô": "Õ"})}
_RO_OLD_SUNT = {"sînt": "sunt", "sîntem": "suntem", "sînteți": "sunteți"}

# Letters a writer may type without their diacritics, per language (for restoration), and
# the letters whose presence shows a message is written with diacritics.
_RESTORE = {
    "ro": {"a": "ăâ", "i": "î", "s": "ș", "t": "ț"},
    "hu": {"a": "á", "e": "é", "i": "í", "o": "óöő", "u": "úüű"},
    "et": {"a": "ä", "o": "õö", "u": "ü", "s": "š", "z": "ž"},
}
_DIACRITICS = {lang: frozenset("".join(t.values()) + {"ro": "şţ", "et": "ô"}.get(lang, ""))
               for lang, t in _RESTORE.items()}
# The letters of each language, for the edits that tell a typo from a loanword
_ALPHABETS = {"ro": "abcdefghijklmnopqrstuvwxyzăâîșț"}
# Suffixes after an accepted word, a name or an acronym ("SMS-ben", "Acme-nál", "email-ul").
_EN_TAILS = ("s", "es", "'s", "’s", "ed", "ing", "er", "ers")
_MAX_TAIL = 5
# Romanian diminutive suffixes (coletaș, pozuță, minuțel, răbdărică) and the endings an
# article or a case adds after them; the stem's own endings, and its consonant before them.
_RO_DIMINUTIVES = ("ișoară", "ișor", "ușoară", "ușor", "uță", "uțe", "uț", "iță", "ițe",
                   "ică", "ice", "ic", "el", "aș", "ușă")
_RO_ARTICLES = ("ului", "ilor", "elor", "urile", "ul", "ei", "ii", "le", "a", "i", "e")
_RO_STEM_ENDINGS = ("", "ă", "e", "a", "are", "ire", "i")
_RO_ALTERNATIONS = (("ț", "t"), ("ș", "s"), ("ăr", "ar"))
_RO_VOWELS = frozenset("aeiouăâî")


def nfc(word: str) -> str:
    return unicodedata.normalize("NFC", word) if not word.isascii() else word


class SpellerOptions:
    """What a pack's spelling rule adds to its dictionary (hashable: spellers are shared)."""

    __slots__ = ("endings", "loan_endings", "loanwords", "misspellings", "not_heads",
                 "prefixes")

    def __init__(self, loanwords: str = "", loan_endings: Iterable[str] = (),
                 not_heads: Iterable[str] = (), misspellings: Iterable[str] = (),
                 prefixes: Iterable[str] = (),
                 endings: Iterable[tuple[str, str]] = ()) -> None:
        self.loanwords = loanwords
        self.loan_endings = tuple(sorted({nfc(x).lower() for x in loan_endings},
                                         key=lambda x: (-len(x), x)))
        self.not_heads = frozenset(nfc(x).lower() for x in not_heads)
        self.misspellings = frozenset(nfc(x).lower() for x in misspellings)
        self.prefixes = tuple(sorted({nfc(x).lower() for x in prefixes}))
        self.endings = tuple(sorted((nfc(a).lower(), nfc(b).lower()) for a, b in endings))

    def _key(self) -> tuple[object, ...]:
        return (self.loanwords, self.loan_endings, self.not_heads, self.misspellings,
                self.prefixes, self.endings)

    def __hash__(self) -> int:
        return hash(self._key())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SpellerOptions) and self._key() == other._key()


_NO_OPTIONS = SpellerOptions()


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
                 engine: Engine | None = None, note: str = "",
                 options: SpellerOptions = _NO_OPTIONS) -> None:
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
        self.accept = frozenset(nfc(w).lower() for w in accept)
        self.options = options
        self.loan: Engine | None = None
        if options.loanwords:
            self.loan, _note = open_engine(options.loanwords)
        self._variants = _VARIANTS.get(self.lang)
        # Vabamorf analyses compounds itself; splitting on top of it only lets typos through,
        # except after an action-noun head it lacks (sisselogimis+lehel: see _compound)
        vabamorf_engine = getattr(engine, "name", "") == "vabamorf"
        self.compounds = compounds and not vabamorf_engine
        self.action_compounds = compounds and vabamorf_engine
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
        w = nfc(word).replace("’", "'")
        return w.translate(self._variants) if self._variants is not None else w

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
        """The dictionary (or the accept list) knows ``word`` as written, up to case; a
        form the pack lists as a misspelling never is."""
        w = self._variant(word)
        low = w.lower()
        if low in self.options.misspellings:
            return False
        if self.accepted(low) or self._spell(w) or (w != low and self._spell(low)):
            return True
        if self.lang == "ro" and "î" in low[1:-1]:
            old = _RO_OLD_SUNT.get(low) or low[0] + low[1:-1].replace("î", "â") + low[-1]
            if self._spell(old):
                return True
        joiner = "-" if "-" in low.strip("-") else (
            "'" if self.lang != "en" and "'" in low.strip("'") else "")
        if joiner and self._joined(w, joiner):
            return True
        if (self.options.prefixes or self.options.endings) and self._derived(low):
            return True
        if self.lang == "ro" and self._ro_diminutive(low):
            return True
        if self.loan is not None and self._loanword(low):
            return True
        if self.action_compounds:
            return self._action_compound(low)
        return self.compounds and self._compound(low)

    def _joined(self, w: str, joiner: str) -> bool:
        """Hyphenated words (``e-mail``, ``check-in``) and a word with its ending after a
        hyphen or, outside English, an apostrophe: after an accepted word or a loanword
        (``webshop-ban``, ``office-nál``, ``check-in-ul``, ``workflow'st``) any short
        ending may follow."""
        parts = [p for p in w.split(joiner) if p]
        if len(parts) < 2:
            return False
        for k in range(len(parts) - 1, 0, -1):
            head, rest = joiner.join(parts[:k]), parts[k:]
            low_head = head.lower()
            suffix_ok = self.accepted(low_head) or (
                self.loan is not None and self._loanword(low_head, endings=False))
            if k > 1 and not suffix_ok:
                continue  # a known hyphenated head counts only with a loose ending
            if (suffix_ok or self.known(head)) and all(
                    (suffix_ok and len(p) <= _MAX_TAIL) or self.known(p) for p in rest):
                return True
        return False

    def _derived(self, low: str) -> bool:
        """A known word after one of the pack's prefixes, or with one of its endings."""
        forms = [low[len(p):] for p in self.options.prefixes
                 if low.startswith(p) and len(low) - len(p) >= 4]
        forms += [low[:-len(a)] + b for a, b in self.options.endings
                  if low.endswith(a) and len(low) - len(a) >= 3]
        return bool(forms) and any(self._lookup(forms))

    def _loanword(self, low: str, endings: bool = True) -> bool:
        """A word of the ``loanwords`` dictionary (English in a Hungarian, Estonian or
        Romanian message: workflow, pending), of four letters or more, or one with an
        ending of this language (``supportnak``, ``exceptioni``); cached."""
        key = "&" + low
        hit = self._known.get(key)
        if hit is not None and endings:
            return hit
        loan = self.loan
        assert loan is not None
        heads = [low] if len(low) >= 4 and low.isascii() else []
        if endings:
            heads += [low[:-len(e)] for e in self.options.loan_endings
                      if low.endswith(e) and len(low) - len(e) >= 5 and low[:-len(e)].isascii()]
        result = any(loan.known_many(heads)) if heads else False
        if result and self._near_native(low):
            result = False  # crier, trims: a typo of curier, trimis more likely than English
        if endings and len(self._known) < CACHE_LIMIT:
            self._known[key] = result
        return result

    def _near_native(self, low: str) -> bool:
        """Whether a letter added or two letters swapped make ``low`` (five letters or more)
        a word of this language (for dictionaries that guess little: Hunspell ro_RO)."""
        letters = _ALPHABETS.get(self.lang, "")
        if not letters or len(low) < 5:
            return False  # short words have too many neighbours to tell
        forms = {low[:i] + low[i + 1] + low[i] + low[i + 2:] for i in range(len(low) - 1)}
        forms |= {low[:i] + ch + low[i:] for i in range(len(low) + 1) for ch in letters}
        forms.discard(low)
        return any(self._lookup([f for f in forms if len(f) > 1]))

    def _ro_diminutive(self, low: str) -> bool:
        """A Romanian diminutive of a known word (coletașul, pozuță, minuțel, răbdărică):
        valid words, which the tone rules judge (R-TALK-13), not typos."""
        if len(low) < 6:
            return False
        for art in ("", *_RO_ARTICLES):
            base = low[:-len(art)] if art else low
            if art and not low.endswith(art):
                continue
            for dim in _RO_DIMINUTIVES:
                if not base.endswith(dim) or len(base) - len(dim) < 3:
                    continue
                stem = base[:-len(dim)]
                if stem[-1] in _RO_VOWELS:
                    continue  # the suffixes follow a consonant (zileel is zilele mistyped)
                stems = {stem, *(stem[:-len(a)] + b for a, b in _RO_ALTERNATIONS
                                 if stem.endswith(a))}
                forms = [s + e for s in stems for e in _RO_STEM_ENDINGS]
                if any(self._lookup(forms)):
                    return True
        return False

    def _action_compound(self, low: str) -> bool:
        """Estonian compounds Vabamorf lacks whose head is an action noun's stem and whose
        tail is a known word (``sisselogimis`` + ``lehel``: the head's genitive
        ``sisselogimise`` is known): the commonest productive compound of service text."""
        i = low.find("mis", 4)
        while 0 < i <= len(low) - 7:
            head, tail = low[:i + 3], low[i + 3:]
            if self._spell(head + "e") and self._spell(tail):
                return True
            i = low.find("mis", i + 1)
        return False

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
            not_heads = self.options.not_heads
            for i in range(4, len(low) - 3):
                head, tail = low[:i], low[i:]
                if head in not_heads:
                    continue
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
                                    or (capital and self._spell(cand.capitalize()))
                                    or ((self.options.prefixes or self.options.endings)
                                        and self._derived(cand))):
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




@lru_cache(maxsize=16)
def speller(dictionary: str, accept: frozenset[str], compounds: bool,
            options: SpellerOptions = _NO_OPTIONS) -> Speller:
    return Speller(dictionary, accept, compounds, options=options)
