"""One pass over a message finds every phrase of every rule (compiled once per pack).

Pattern syntax (one string per pattern, words separated by spaces):

* ``word``   the word itself, any case and with or without diacritics; words of five or
  more letters also match other inflections with the same Snowball stem;
* ``word*``  any word starting with ``word`` (inflection in Hungarian, Estonian, Romanian);
* ``*end``   any word of at least two more letters ending with ``end`` (a person or tense:
  Hungarian ``*nia`` "you should have ...-ed", Romanian ``*ti`` second person plural, a
  diminutive: ``*ocska``); a pattern is looked up by an ending only when it has no other word;
* ``=word``  exactly this word;
* ``(a|b*|c d)``  alternatives; an alternative of several words expands the pattern;
  ``(a|b)?`` makes the group optional;
* ``_``      any one word (not for Chinese).

Consecutive words may have up to ``gap`` other words between them (characters, for Chinese);
``any_order`` accepts the words in any order inside a window of the same size. For Chinese a
"word" is a substring, found with an Aho-Corasick automaton (pyahocorasick).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import ahocorasick

from tactful.protocol.normalize import TOKEN_RE, Doc, fold

_PIECE_RE = re.compile(r"\(([^)]*)\)(\?)?|(\S+)")

Atom = tuple[str, str]  # (mode, key): x (exact), p (prefix), e (ending), s (stem), z (substring)


@dataclass(frozen=True, slots=True)
class Match:
    group: str
    start: int  # offsets into the normalised text
    end: int
    payload: Any = None


class PatternError(ValueError):
    pass


_stemmers: dict[str, Any] = {}


def stemmer_for(name: str | None) -> Any:
    if not name:
        return None
    if name not in _stemmers:
        import Stemmer

        _stemmers[name] = Stemmer.Stemmer(name)
    return _stemmers[name]


def _word_atoms(word: str, lang: str, stem: Any) -> list[list[Atom]]:
    """Atoms for one written word; a word that folds into several tokens gives several slots."""
    mode = "x"
    if word.startswith("*") and len(word) > 1:
        mode, word = "e", word[1:]
    elif word.endswith("*"):
        mode, word = "p", word[:-1]
    elif word.startswith("="):
        mode, word = "=", word[1:]
    toks = [t.replace("'", "") for t in TOKEN_RE.findall(fold(word, lang))]
    if not toks:
        raise PatternError(f"pattern word {word!r} has no letters")
    slots: list[list[Atom]] = []
    for k, tok in enumerate(toks):
        last = k == len(toks) - 1
        if mode == "p" and last:
            slots.append([("p", tok)])
        elif mode == "e" and last:
            slots.append([("e", tok)])
        elif mode == "x" and stem is not None and len(tok) >= 5:
            slots.append([("x", tok), ("s", stem.stemWord(tok))])
        else:
            slots.append([("x", tok)])
    return slots


def parse_pattern(pattern: str, lang: str, stem: Any) -> list[list[list[Atom]]]:
    """Expand a pattern into alternatives, each a list of slots (each slot a list of atoms)."""
    zh = lang.startswith("zh")
    choices: list[list[list[list[Atom]]]] = []  # per piece: options, each a list of slots
    depth = 0
    for ch in pattern:
        depth += (ch == "(") - (ch == ")")
        if depth > 1 or depth < 0:
            raise PatternError(f"pattern {pattern!r}: groups cannot be nested")
    if depth:
        raise PatternError(f"pattern {pattern!r}: unbalanced parentheses")
    for m in _PIECE_RE.finditer(pattern):
        alts = m.group(1).split("|") if m.group(1) is not None else [m.group(3)]
        options: list[list[list[Atom]]] = []
        if m.group(2):
            options.append([])  # optional group
        for alt in alts:
            alt = alt.strip()
            if not alt:
                raise PatternError(f"empty alternative in {pattern!r}")
            if zh:
                options.append([[("z", fold(w, lang))] for w in alt.split()])
            else:
                slots: list[list[Atom]] = []
                for w in alt.split():
                    slots.extend([[("w", "")]] if w == "_" else _word_atoms(w, lang, stem))
                options.append(slots)
        # Single-word alternatives share one slot; longer ones stay separate options.
        singles = [o for o in options if len(o) == 1 and o[0][0][0] != "w"]
        rest = [o for o in options if not (len(o) == 1 and o[0][0][0] != "w")]
        if singles:
            rest.insert(0, [[a for o in singles for a in o[0]]])
        choices.append(rest)
    if not choices:
        raise PatternError("empty pattern")
    out: list[list[list[Atom]]] = []
    for combo in itertools.product(*choices):
        slots_ = [slot for option in combo for slot in option]
        if any(s[0][0] != "w" for s in slots_):
            out.append(slots_)
        elif slots_:
            raise PatternError(f"pattern {pattern!r} needs at least one word besides _")
        if len(out) > 4096:
            raise PatternError(f"pattern {pattern!r} expands to too many alternatives")
    return out


# Words too frequent to anchor a pattern on (any language); a pattern is looked up by its
# rarest slot and verified around it, so "i", "you", "nem", "nu" do not wake every pattern.
_COMMON = frozenset({
    "i", "you", "we", "it", "a", "an", "the", "to", "of", "is", "are", "be", "my", "our", "your",
    "this", "that", "me", "us", "not", "no", "do", "dont", "cant", "can", "will", "ll", "s", "t",
    "so", "and", "or", "but", "for", "with", "on", "in", "at", "by", "am", "im", "its", "it's",
    "was", "were", "have", "has", "had", "what", "how", "when", "there", "here", "they", "he",
    "she", "them", "all", "any", "get", "thank", "thanks", "please", "would", "could", "nem",
    "az", "en", "te", "mi", "ez", "azt", "hogy", "de", "nu", "sa", "se", "ca",
    "si", "la", "pe", "cu", "ma", "va", "ei", "ja", "et", "ta", "see", "ole",
})

@dataclass(slots=True)
class _Slot:
    sid: int
    exact: frozenset[str]
    stems: frozenset[str]
    prefixes: tuple[str, ...]
    wild: bool
    endings: tuple[str, ...]
    subs: tuple[str, ...]  # Chinese substrings


@dataclass(slots=True)
class _Compiled:
    group: str
    slots: list[_Slot]
    anchor: int
    gap: int
    any_order: bool
    payload: Any


def _rarity(slot: list[Atom], common_words: frozenset[str] = _COMMON) -> tuple[int, int]:
    if slot[0][0] == "w":
        return (10_000, 0)  # a wildcard cannot be looked up
    if any(m == "e" for m, _k in slot):
        return (5_000, 0)  # an ending is looked up only when nothing else can be
    common = sum(1 for _m, k in slot if k in common_words or len(k) <= 2)
    return (common * 100 + len(slot), -min(len(k) for _m, k in slot))


class PhraseMatcher:
    """All phrases of a pack; :meth:`run` returns matches per group for one message."""

    def __init__(self, lang: str, stemmer: str | None,
                 common_words: frozenset[str] = frozenset()) -> None:
        self.common = _COMMON | common_words
        self.lang = lang
        self.zh = lang.startswith("zh")
        self.stem = None if self.zh else stemmer_for(stemmer)
        self._pats: list[_Compiled] = []
        self._seen: set[tuple[Any, ...]] = set()
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._stems: dict[str, list[int]] = defaultdict(list)
        self._prefix: dict[str, list[int]] = defaultdict(list)
        self._prefix_lens: list[int] = []
        self._suffix: dict[str, list[int]] = defaultdict(list)
        self._suffix_lens: list[int] = []
        self._auto: Any = None
        self._zh_atoms: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._stem_cache: dict[str, str] = {}
        self._slots: dict[tuple[Any, ...], _Slot] = {}
        self._all_prefix_lens: list[int] = []

    def _intern(self, s: list[Atom]) -> _Slot:
        key = tuple(sorted(s))
        slot = self._slots.get(key)
        if slot is None:
            slot = _Slot(len(self._slots), frozenset(k for m, k in s if m == "x"),
                         frozenset(k for m, k in s if m == "s"),
                         tuple(k for m, k in s if m == "p"),
                         s[0][0] == "w", tuple(k for m, k in s if m == "e"),
                         tuple(k for m, k in s if m == "z"))
            self._slots[key] = slot
        return slot

    def add(self, group: str, pattern: str, *, gap: int = 2, any_order: bool = False,
            payload: Any = None) -> None:
        for slots in parse_pattern(pattern, self.lang, self.stem):
            sig = (group, gap, any_order, repr(payload), tuple(tuple(s) for s in slots))
            if sig in self._seen:
                continue
            self._seen.add(sig)
            idx = len(self._pats)
            compiled = [self._intern(s) for s in slots]
            wild = any(s.wild for s in compiled)
            anchor = min(range(len(slots)), key=lambda k: _rarity(slots[k], self.common))
            self._pats.append(_Compiled(group, compiled, anchor, gap, any_order and not wild,
                                        payload))
            if self.zh:
                for k, slot in enumerate(slots):
                    for _mode, key in slot:
                        self._zh_atoms[key].append((idx, k))
                continue
            for mode, key in slots[anchor]:
                if mode == "p":
                    self._prefix[key].append(idx)
                elif mode == "e":
                    self._suffix[key].append(idx)
                elif mode == "s":
                    self._stems[key].append(idx)
                else:
                    self._exact[key].append(idx)

    def build(self) -> PhraseMatcher:
        self._prefix_lens = sorted({len(k) for k in self._prefix})
        self._suffix_lens = sorted({len(k) for k in self._suffix})
        self._all_prefix_lens = sorted({len(p) for sl in self._slots.values()
                                        for p in sl.prefixes})
        if self._zh_atoms:
            auto = ahocorasick.Automaton()
            for key, refs in self._zh_atoms.items():
                auto.add_word(key, (len(key), tuple(refs)))
            auto.make_automaton()
            self._auto = auto
        return self

    def _stem_of(self, tok: str) -> str:
        st = self._stem_cache.get(tok)
        if st is None:
            st = self.stem.stemWord(tok) if self.stem is not None else tok
            if len(self._stem_cache) < 200_000:
                self._stem_cache[tok] = st
        return st

    def _slot_hit(self, slot: _Slot, tok: str) -> bool:
        if slot.wild or tok in slot.exact:
            return True
        if slot.prefixes and tok.startswith(slot.prefixes):
            return True
        if slot.endings and any(len(tok) >= len(e) + 2 and tok.endswith(e)
                                for e in slot.endings):
            return True
        return bool(slot.stems) and len(tok) >= 4 and self._stem_of(tok) in slot.stems

    def run(self, doc: Doc) -> dict[str, list[Match]]:
        out: dict[str, list[Match]] = defaultdict(list)
        if self.zh:
            self._run_zh(doc, out)
        else:
            self._run_words(doc, out)
        starts = [s.start for s in doc.sents]
        for group in out:
            # A phrase never runs across a sentence end (the document's sentences).
            kept = [m for m in out[group] if _one_sentence(starts, m)]
            out[group] = _dedupe(kept)
        return out

    def _run_words(self, doc: Doc, out: dict[str, list[Match]]) -> None:
        exact, stems, prefix = self._exact, self._stems, self._prefix
        lens = self._prefix_lens
        suffix, suffix_lens = self._suffix, self._suffix_lens
        use_stem = self.stem is not None
        anchors: dict[int, set[int]] = defaultdict(set)  # pattern -> anchor token positions
        tokens = doc.tokens
        tokset: set[str] = set()
        stemset: set[str] = set()
        prefset: set[str] = set()
        for i, (tok, _s, _e) in enumerate(tokens):
            tokset.add(tok)
            refs = exact.get(tok)
            if refs:
                for idx in refs:
                    anchors[idx].add(i)
            if use_stem and len(tok) >= 4:
                st = self._stem_of(tok)
                stemset.add(st)
                refs = stems.get(st)
                if refs:
                    for idx in refs:
                        anchors[idx].add(i)
            n = len(tok)
            for length in lens:
                if length > n:
                    break
                pre = tok[:length]
                refs = prefix.get(pre)
                if refs:
                    prefset.add(pre)
                    for idx in refs:
                        anchors[idx].add(i)
            for length in suffix_lens:
                if length + 2 > n:
                    break
                refs = suffix.get(tok[-length:])
                if refs:
                    for idx in refs:
                        anchors[idx].add(i)
        if not anchors:
            return
        all_lens = self._all_prefix_lens
        prefset = {tok[:n] for tok in tokset for n in all_lens if n <= len(tok)}
        hit_cache: dict[tuple[int, int], bool] = {}
        ntok = len(tokens)
        # Sentence of each token: a phrase is looked for inside the anchor's sentence only.
        sent_lo: list[int] = [0] * ntok
        sent_hi: list[int] = [ntok] * ntok
        ends = [s.end for s in doc.sents]
        si, first = 0, 0
        for i, (_tok, ts, _te) in enumerate(tokens):
            while si < len(ends) and ts >= ends[si]:
                si += 1
                for j in range(first, i):
                    sent_hi[j] = i
                first = i
            sent_lo[i] = first
        for idx, positions in anchors.items():
            pat = self._pats[idx]
            # Cheap rejection: every slot must be possible somewhere in the message.
            possible = True
            for slot in pat.slots:
                if slot.wild or not slot.exact.isdisjoint(tokset) or (
                        slot.stems and not slot.stems.isdisjoint(stemset)):
                    continue
                if slot.prefixes and not prefset.isdisjoint(slot.prefixes):
                    continue
                if slot.endings:
                    continue
                possible = False
                break
            if not possible:
                continue
            nslots = len(pat.slots)
            reach = nslots * (pat.gap + 1)
            done_until = -1
            for a in sorted(positions):
                if a < done_until:
                    continue
                lo, hi = max(sent_lo[a], a - reach), min(sent_hi[a], a + reach + 1)
                cand: list[list[tuple[int, int]]] = []
                for k, slot in enumerate(pat.slots):
                    if k == pat.anchor:
                        cand.append([(a, a + 1)])
                        continue
                    sid = slot.sid
                    row: list[tuple[int, int]] = []
                    for i in range(lo, hi):
                        hit = hit_cache.get((sid, i))
                        if hit is None:
                            hit = self._slot_hit(slot, tokens[i][0])
                            hit_cache[(sid, i)] = hit
                        if hit:
                            row.append((i, i + 1))
                    cand.append(row)
                    if not cand[-1]:
                        break
                if len(cand) < nslots:
                    continue
                spans = (_any_order(cand, nslots + pat.gap * (nslots - 1)) if pat.any_order
                         else _ordered(cand, pat.gap))
                for first, last in spans:
                    out[pat.group].append(Match(pat.group, tokens[first][1], tokens[last - 1][2],
                                                pat.payload))
                    done_until = max(done_until, last)

    def _run_zh(self, doc: Doc, out: dict[str, list[Match]]) -> None:
        if self._auto is None or not doc.n.norm:
            return
        hits: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for end, (length, refs) in self._auto.iter(doc.n.norm):
            s = end + 1 - length
            for idx, k in refs:
                hits[idx].append((k, s, end + 1))
        for idx, hs in hits.items():
            pat = self._pats[idx]
            slots: list[list[tuple[int, int]]] = [[] for _ in pat.slots]
            for k, s, e in hs:
                slots[k].append((s, e))
            if any(not x for x in slots):
                continue
            width = sum(max(len(x) for x in sl.subs) for sl in pat.slots)
            spans = (_any_order(slots, width + pat.gap * (len(slots) - 1)) if pat.any_order
                     else _ordered(slots, pat.gap))
            for first, last in spans:
                out[pat.group].append(Match(pat.group, first, last, pat.payload))


def _ordered(slots: list[list[tuple[int, int]]], gap: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    last_end = -1
    ordered = [sorted(set(sl)) for sl in slots]
    starts = [[s for s, _e in sl] for sl in ordered]
    for s0, e0 in ordered[0]:
        if s0 < last_end:
            continue
        cur = e0
        ok = True
        for k in range(1, len(ordered)):
            i = bisect.bisect_left(starts[k], cur)
            if i >= len(starts[k]) or starts[k][i] > cur + gap:
                ok = False
                break
            cur = ordered[k][i][1]
        if ok:
            found.append((s0, cur))
            last_end = cur
    return found


def _any_order(slots: list[list[tuple[int, int]]], width: int) -> list[tuple[int, int]]:
    items = sorted((s, e, k) for k, lst in enumerate(slots) for s, e in lst)
    n = len(slots)
    found: list[tuple[int, int]] = []
    last_end = -1
    for i, (s0, _e0, _k0) in enumerate(items):
        if s0 < last_end:
            continue
        seen: set[int] = set()
        end = s0
        for s, e, k in items[i:]:
            if s - s0 >= width:
                break
            seen.add(k)
            end = max(end, e)
            if len(seen) == n:
                found.append((s0, end))
                last_end = end
                break
    return found


def _one_sentence(starts: list[int], m: Match) -> bool:
    """Whether no sentence starts inside the match (after its first character)."""
    i = bisect.bisect_right(starts, m.start)
    return i >= len(starts) or starts[i] >= m.end


def _dedupe(matches: list[Match]) -> list[Match]:
    """Merge overlapping matches of the same group into one span (the first payload wins)."""
    matches.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Match] = []
    for m in matches:
        if out and m.start < out[-1].end:
            last = out[-1]
            if m.end > last.end:
                out[-1] = Match(last.group, last.start, m.end, last.payload)
            continue
        out.append(m)
    return out
