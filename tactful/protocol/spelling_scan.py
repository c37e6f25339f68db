"""The words of a message the spelling check looks at, and the verdicts that need their
context (R-TALK-8): names and signatures, chat-style text without diacritics, valid words
that stand for another one typed without its diacritics, a word typed twice.

The per-word verdict is :class:`tactful.protocol.spelling.Speller`'s.

* Names: a capitalised word inside a sentence; a capitalised first word followed on the same
  line by another capitalised word (a full name) or capitalised elsewhere in the message;
  the signature at the end of a message (lines of capitalised words after the sign-off).
* Diacritics: a message where words lacking their diacritics (``koszonjuk``) outnumber
  those carrying them more than three to one is chat style: its words are accepted when a
  restoration is valid. Otherwise a word missing one is a typo, short words too (Romanian
  ``si``, ``in``), and so is a valid word the pack lists as a confusable in its context
  (Romanian ``Va informăm`` for ``Vă``, Estonian ``parast`` for ``pärast``).
* A word typed twice in a row (``the the``), unless the pack allows it (``that that``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence

from tactful.protocol.schema import Confusable
from tactful.protocol.spelling import MAX_WORD, Speller, nfc

Word = tuple[int, int, str]

# Whitespace-separated chunks holding @, #, /, a digit or _, or a dot or colon inside
# (not just ending it): e-mail addresses, URLs, numbers, codes, dates, handles, domains.
_MASKED_RE = re.compile(r"(?<!\S)[^\s@#/\d_.:]*+(?:[@#/\d_]|[.:](?=\S*?[^\s.,;:!?)]))\S*")
_MASKED_ANY = re.compile(r"[@#/\d_]|[.:]\S*?[^\s.,;:!?)]")  # a cheap test first
_MASKED_HINT = re.compile(r"[@#/\d_.:]")  # where a match of _MASKED_ANY can start
# A character beyond the Latin script's blocks; a word without one is already in NFC (every
# code point below U+0250 is, and none of them combines with another).
_BEYOND_LATIN = re.compile("[^\x00-\u024f]")
_MARKS = "\u0300-\u036f"  # combining diacritics: text pasted in decomposed form (NFD)
# A word: a letter, then letters, marks, and apostrophes or hyphens followed by a letter
# (runs matched possessively: the same words as ``L M* (L | M | ['’-](?=L))*``, about twice
# as fast on non-ASCII text).
_WORD_RE = re.compile(rf"[^\W\d_]++(?:[{_MARKS}]++|['’-](?=[^\W\d_])|[^\W\d_]++)*+")
# The same on ASCII text (letters are A-Z, a-z; no marks, no curly apostrophe), several
# times faster than the Unicode classes above.
_WORD_ASCII_RE = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
# An abbreviation: a short word, a full stop, then a lower-case word or a number ("exp. 11/27")
_ABBREVIATION_AFTER = re.compile(r"\.[ \t]+[^\W_A-Z]")
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’&-]*|[–&-]")
_SIGN_OFF_END = (",", ":", "-", "–", "—")
MAX_ABBREVIATION = 4
# Lines in lower case a signature may end with, under the name (a desk, a department).
MAX_DEPARTMENT_LINES = 2
# A message is chat style (typed without diacritics) when more than this many times as many
# of its words lack their diacritics as carry them: one accent an autocorrect put in does
# not make the rest typos, a few words typed without them in an accented text are.
PLAIN_RATIO = 3


def signature(text: str) -> tuple[int, int] | None:
    """The span of the signature at the end of ``text``: the trailing lines of capitalised
    words (``Tomás``, ``Andreea Pop``, ``Telekom Eesti``). When the line before them does
    not end with a comma or colon, the first of them is the sign-off (``Lugupidamisega``)
    and is not part of the signature. Up to two lines in lower case may close it, under the
    name (``kino klienditeenindus``): the desk the agent writes for."""
    if "\n" not in text.strip():
        return None
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    block: list[tuple[int, int]] = []
    names = 0
    i = len(lines) - 1
    while i >= 0:
        a, b = lines[i]
        chunk = text[a:b]
        if not chunk.strip():
            i -= 1
            continue
        if _name_line(chunk):
            names += 1
        elif names or len(block) >= MAX_DEPARTMENT_LINES or not _department_line(chunk):
            break
        block.insert(0, (a, b))
        i -= 1
    if not names or i < 0:
        return None  # the whole message is capitalised words: no signature to tell apart
    before = text[lines[i][0]:lines[i][1]].rstrip()
    if names >= 2 and not before.endswith(_SIGN_OFF_END):
        block = block[1:]
    return block[0][0], block[-1][1]


def _name_words(line: str) -> list[str]:
    """The words of a line of one to four name-like words, else none."""
    parts = line.split()
    return parts if 0 < len(parts) <= 4 and all(_NAME_WORD.fullmatch(p) for p in parts) else []


def _department_line(line: str) -> bool:
    """A line under the name in lower case (``kino klienditeenindus``, ``optikasalong``):
    one to four words, no full stop, question or exclamation mark at its end."""
    return bool(_name_words(line)) and line.rstrip()[-1] not in ".!?:;,"


def _name_line(line: str) -> bool:
    """One to four capitalised words (a name, an organisation, a sign-off), nothing else."""
    parts = _name_words(line)
    return bool(parts) and all(not p[0].isalpha() or p[0].isupper() for p in parts)


def candidates(text: str, sentence_starts: set[int]
               ) -> tuple[list[Word], list[tuple[int, str]], list[Word]]:
    """The words of ``text`` the spelling check looks at, as (start, end, word), of any
    length; the ordinary words as (start, word), which show whether the message is written
    with diacritics (everything but masked chunks, names, codes); and every word."""
    masked = _masked(text)
    ascii_text = text.isascii()
    words = _words(text, ascii_text)
    upper = [w[0].isupper() for _s, _e, w in words]
    capital_inside = {w for (s, _e, w), up in zip(words, upper, strict=True)
                      if up and s not in sentence_starts}
    sign = signature(text)
    out: list[Word] = []
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
        if upper[n]:
            if s not in sentence_starts or word in capital_inside:
                continue  # a name or a product more often than a mistake
            if sign is not None and sign[0] <= s < sign[1]:
                continue  # the signature: names
            nxt = words[n + 1] if n + 1 < len(words) else None
            if nxt is not None and nxt[2][:1].isupper() and text[e:nxt[0]].strip(" \t") == "":
                continue  # a full name ("Kovács Anna", "Elena Popescu")
        if (len(word) <= MAX_ABBREVIATION and e < len(text) and text[e] == "."
                and _ABBREVIATION_AFTER.match(text, e)):
            continue  # an abbreviation ("exp. 11/27", "ca. 5 perc")
        ordinary.append((s, word))
        if len(word) > MAX_WORD or (not ascii_text and not word.isascii()
                                    and _BEYOND_LATIN.search(word) is not None
                                    and max(nfc(word)) > "\u024f"):
            continue  # a letter run that is no word, or not in the Latin script
        out.append((s, e, word))
    return out, ordinary, words


def _masked(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_MASKED_RE`'s matches, found without running it over the whole
    text (its look-behind makes the engine try every position): a match is exactly a
    whitespace-separated chunk holding a match of :data:`_MASKED_ANY`, and that one starts
    at a character :data:`_MASKED_HINT` finds by a fast scan."""
    out: list[tuple[int, int]] = []
    n = len(text)
    m = _MASKED_HINT.search(text)
    while m is not None:
        p = m.start()
        if _MASKED_ANY.match(text, p) is None:  # a full stop or colon ending its chunk
            m = _MASKED_HINT.search(text, p + 1)
            continue
        s = p
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        e = p + 1
        while e < n and not text[e].isspace():
            e += 1
        out.append((s, e))
        m = _MASKED_HINT.search(text, e)
    return out


# Punctuation around a word (never a letter, a mark, an apostrophe or a hyphen).
_PUNCT = '.,!?;:()"„”“«»'
# ASCII text: letters, apostrophes and hyphens kept, every other byte a space.
_WORD_BYTES = bytes(c if (chr(c).isascii() and chr(c).isalpha()) or chr(c) in "'-" else 32
                    for c in range(256))


def _words(text: str, ascii_text: bool) -> list[Word]:
    """Every word of ``text`` (``ascii_text``: whether it is all ASCII) as (start, end, word).

    ASCII text is split at C speed: a word never crosses a byte other than a letter, an
    apostrophe or a hyphen, so the words are those of the runs of such bytes, and a run of
    letters alone is one word (found in the text after the previous run)."""
    out: list[Word] = []
    if not ascii_text:
        # No word crosses white space, and the pattern looks behind nothing: the words are
        # those of the whitespace-separated chunks. A chunk of letters alone (isalpha: each
        # one is in [^\W\d_]), or one between punctuation that is none of a letter, mark,
        # apostrophe or hyphen, is one word without running the pattern.
        pos = 0
        for chunk in text.split():
            start = text.find(chunk, pos)
            pos = start + len(chunk)
            if chunk.isalpha():
                out.append((start, pos, chunk))
                continue
            core = chunk.strip(_PUNCT)
            if core and core.isalpha():
                s = start + chunk.index(core)
                out.append((s, s + len(core), core))
                continue
            for m in _WORD_RE.finditer(chunk):
                s, e = m.span()
                out.append((start + s, start + e, chunk[s:e]))
        return out
    runs = text.encode("ascii").translate(_WORD_BYTES).decode("ascii").split()
    joined = "'" in text or "-" in text
    pos = 0
    for run in runs:
        start = text.find(run, pos)
        pos = start + len(run)
        if joined and ("'" in run or "-" in run):
            for m in _WORD_ASCII_RE.finditer(run):
                s, e = m.span()
                out.append((start + s, start + e, run[s:e]))
        else:
            out.append((start, pos, run))
    return out


def fold(word: str) -> str:
    """Lower case without diacritics, for matching confusable contexts."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


def _fits(word: str, patterns: Sequence[str]) -> bool:
    w = fold(word)
    return any((p.startswith("*") and w.endswith(p[1:]) and len(w) > len(p))
               or (p.endswith("*") and w.startswith(p[:-1]))
               or w == p for p in patterns)


def confused(words: Sequence[Word], text: str, confusables: Sequence[Confusable]) -> list[Word]:
    """Valid words standing, in their context, for another word typed without diacritics."""
    longest, by_word = _by_word(confusables)
    out: list[Word] = []
    curly = "’" in text
    for n, (s, e, word) in enumerate(words):
        if len(word) > longest:
            continue
        c = by_word.get(word.lower().replace("’", "'") if curly else word.lower())
        if c is None:
            continue
        nxt = words[n + 1] if n + 1 < len(words) else None
        prev = words[n - 1] if n else None
        prev_word = prev[2] if prev is not None and text[prev[1]:s].strip(" \t") == "" else ""
        if c.before and not (nxt is not None and text[e:nxt[0]].strip(" \t") == ""
                             and _fits(nxt[2], c.before)):
            continue
        if c.after and not (prev_word and _fits(prev_word, c.after)):
            continue
        if c.not_after and prev_word and _fits(prev_word, c.not_after):
            continue
        out.append((s, e, word))
    return out


_PARTICIPLE_STEM = re.compile(r"(?:at|it|ut|ât|s|il|ibil|abil|ent|ant)$")


def predicative(words: Sequence[Word], text: str, sp: Speller, after: frozenset[str]
                ) -> list[Word]:
    """Romanian feminine adjectives missing their final ă after a copula ("a fost
    procesata" for "procesată"): the form with the article is no predicate. Only participles
    and -bil adjectives by Hunspell's analysis, and none that is also a verb form (``data``,
    ``corecta``: a noun or a verb may follow a copula too)."""
    analyses = getattr(sp.engine, "analyses", None)
    if analyses is None:
        return []
    out: list[Word] = []
    for n, (s, e, word) in enumerate(words):
        if n == 0 or not word.endswith("a") or len(word) < 5 or not word.islower():
            continue
        _p0, p1, prev = words[n - 1]
        if fold(prev) not in after or text[p1:s].strip(" \t") != "":
            continue
        found = analyses(word)
        if (found and all("fl:" not in a for a in found)
                and any("adj. f. sg. art." in a and _PARTICIPLE_STEM.search(
                    a.split("st:", 1)[-1].split()[0]) for a in found)):
            out.append((s, e, word))
    return out


_BY_WORD: dict[int, tuple[Sequence[Confusable], int, dict[str, Confusable]]] = {}


def _by_word(confusables: Sequence[Confusable]) -> tuple[int, dict[str, Confusable]]:
    """(the longest confusable's length, confusables by word), kept per rule's list (the
    list is kept too, so its id is not reused)."""
    hit = _BY_WORD.get(id(confusables))
    if hit is None or hit[0] is not confusables:
        by_word = {c.word.lower(): c for c in confusables}
        if len(_BY_WORD) > 64:
            _BY_WORD.clear()
        hit = _BY_WORD[id(confusables)] = (confusables, max(map(len, by_word), default=0),
                                           by_word)
    return hit[1], hit[2]


def near_proper(words: Sequence[Word], sp: Speller, proper: frozenset[str]) -> list[Word]:
    """Capitalised words one edit away from a word always written capitalised (Wendesday,
    Febuary): names elsewhere, typos here."""
    out: list[Word] = []
    for s, e, word in words:
        if not word[0].isupper() or len(word) < 5 or not word[1:].islower():
            continue
        low = word.lower()
        if low not in proper and any(p[0] == low[0] and _one_edit(low, p) for p in proper) and (
                not sp.known(word)):
            out.append((s, e, word))
    return out


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, dropped, or (in words of seven letters or more) changed, or two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (len(diff) == 1 and len(a) >= 7) or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def repeated(text: str, allowed: frozenset[str], words: Sequence[Word] | None = None
             ) -> list[Word]:
    """A word typed twice in a row on one line, with nothing but spaces between: the span
    of both (``the the``)."""
    out: list[Word] = []
    ascii_text = text.isascii()
    if words is None:
        words = _words(text, ascii_text)
    for (s0, e0, w0), (s1, e1, w1) in itertools.pairwise(words):
        if ascii_text and len(w0) != len(w1):
            continue  # ASCII case folding keeps the length
        if (w0.lower() == w1.lower() and text[e0:s1].strip(" \t") == ""
                and w0.lower() not in allowed):
            out.append((s0, e1, text[s0:e1]))
    return out


def _english_pair(sp: Speller, words: Sequence[Word], start: int) -> bool:
    """A short English word before an English one (``on hold``, ``in progress``) in a
    language that takes English loanwords: no word typed without its diacritics."""
    loan = sp.loan
    if loan is None:
        return False
    n = next((i for i, x in enumerate(words) if x[0] == start), -1)
    if n < 0 or n + 1 >= len(words):
        return False
    nxt = words[n + 1][2].lower()
    return len(nxt) >= 4 and nxt.isalpha() and all(loan.known_many([words[n][2].lower(), nxt]))


def misspelled(text: str, sp: Speller, extra_accept: frozenset[str], min_length: int,
               sentence_starts: set[int], confusables: Sequence[Confusable] = (),
               proper: frozenset[str] = frozenset(),
               predicate_after: frozenset[str] = frozenset(),
               repeats_ok: frozenset[str] | None = None) -> list[Word]:
    """(start, end, word) for each word of ``text`` the speller rejects in its context;
    with ``repeats_ok``, words typed twice too (:func:`repeated`)."""
    if not sp.available:
        return []
    cands, ordinary, words = candidates(text, sentence_starts)
    found = _misspelled(text, sp, extra_accept, min_length, confusables, proper,
                        predicate_after, cands, ordinary, words)
    if repeats_ok is not None:
        twice = repeated(text, repeats_ok, words)  # the words already found, not again
        if twice:
            return sorted([*found, *twice])
    return found


def _misspelled(text: str, sp: Speller, extra_accept: frozenset[str], min_length: int,
                confusables: Sequence[Confusable], proper: frozenset[str],
                predicate_after: frozenset[str], cands: list[Word],
                ordinary: list[tuple[int, str]], words: list[Word]) -> list[Word]:
    if not cands:
        return []
    sp.prefetch([w for _s, _e, w in cands if len(w) >= min_length])
    bad = [(s, e, w) for s, e, w in cands if len(w) >= min_length and not sp.ok(w)
           and not (extra_accept and sp.accepted(nfc(w).lower(), extra_accept))]
    if proper:
        bad = sorted({*bad, *near_proper(words, sp, proper)})
    if not sp.restore:
        # a language written without diacritics: a capitalised word with them is a name
        bad = [x for x in bad if x[2].isascii() or not x[2][0].isupper()]
        return sorted([*bad, *confused(words, text, confusables)]) if confusables else bad
    # Words with diacritics; a capitalised one only when known in lower case (not a name)
    marked = sum(1 for _s, w in ordinary
                 if not w.isascii() and not sp.diacritics.isdisjoint(nfc(w).lower())
                 and (not w[0].isupper() or sp.known(w.lower())))
    lacking = {i for i, (_s, _e, w) in enumerate(bad) if w.isascii() and sp.restorable(w)}
    short = [(s, e, w) for s, e, w in cands if 2 <= len(w) < min_length and w.isascii()
             and not sp.ok(w) and sp.restorable(w) and not _english_pair(sp, words, s)]
    wrong = confused(words, text, confusables) if confusables else []
    if predicate_after:
        wrong += predicative(words, text, sp, predicate_after)
    if len(lacking) + len(short) + len(wrong) > PLAIN_RATIO * marked:
        # chat style, typed without diacritics: restorable words are accepted
        return [x for i, x in enumerate(bad) if i not in lacking]
    return sorted({*bad, *short, *wrong})
