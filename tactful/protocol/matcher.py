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
"word" is a substring, found by looking up, at each character, the substrings of each length
that end there.
"""

from __future__ import annotations

import bisect
import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from tactful.protocol.matches import Matches
from tactful.protocol.normalize import TOKEN_RE, Doc, fold
from tactful.protocol.spans import any_order, any_order_tokens, ordered, ordered_tokens

_SENT_MARK: Final = re.compile(r"[.!?;\n]")
_PIECE_RE = re.compile(r"\(([^)]*)\)(\?)?|(\S+)")

Atom = tuple[str, str]  # (mode, key): x (exact), p (prefix), e (ending), s (stem), z (substring)


@dataclass(slots=True, unsafe_hash=True, init=False)
class Match:
    """One phrase found (never changed once made: hashable by value)."""

    group: str
    start: int  # offsets into the normalised text
    end: int
    payload: Any = None

    # Written out (the dataclass's generated __init__ would run interpreted under mypyc,
    # a few thousand instructions a match; this one is compiled).
    def __init__(self, group: str, start: int, end: int, payload: Any = None) -> None:
        self.group = group
        self.start = start
        self.end = end
        self.payload = payload


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
    bit: int  # 1 << sid
    exact: frozenset[str]
    stems: frozenset[str]
    prefixes: tuple[str, ...]
    wild: bool
    subs: tuple[str, ...]  # Chinese substrings
    endings: tuple[str, ...] = ()
    # key -> how it fills this slot as an anchor, as one rank (PhraseMatcher._rank)
    ranks: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


@dataclass(slots=True)
class _Compiled:
    group: str
    family: str  # "" for groups matched at once, else matched when first asked for
    slots: list[_Slot]
    anchor: int
    gap: int
    any_order: bool
    payload: Any
    need: int = 0  # bits of the slots that some token (substring) must fill; wild ones excluded
    width: int = 0  # Chinese: the widest the slots' substrings can be together


@dataclass(frozen=True, slots=True, eq=False)
class _TokenInfo:
    """What one token (its key) does for every phrase of the pack: the same in every message."""

    key: str
    mask: int  # bits of the slots the token fills (exact word, stem or prefix)
    anchored: tuple[tuple[int, int], ...]  # (sig, pattern) for the eager patterns whose
    # anchor slot the token fills; ``sig`` is the pattern's need folded to a machine word
    lazy: dict[str, tuple[tuple[int, int], ...]]  # the same for the lazy families
    sids: tuple[int, ...]  # the slots the token fills, by id (the bits of ``mask``)
    sig: int  # ``mask`` folded to a machine word (:func:`_sig`)
    sig2: int  # and folded the other way (:func:`_sig2`)
    # ``mask`` as little-endian bytes: whether the token fills one slot is a byte read and an
    # AND of machine words (:func:`_fills`), not an AND of big integers.
    bitmap: bytes


_NOTHING: Final = _TokenInfo("", 0, (), {}, (), 0, 0, b"")
# Slot masks are big integers (a pack has 1,000 to 2,000 slots), and an AND of two allocates
# and walks every word. Folded to one machine word (slot ``sid`` sets bit ``sid % 62``), a
# mask is a cheap necessary test first: a pattern whose folded need is not inside the
# message's folded mask cannot have every slot filled; the rest are tested exactly. Folded
# a second way (``sid % 61``) as well, the two tests together let through about a
# quarter of the patterns the exact test rejects (one alone: a third).
_SIG_BITS: Final = 62
_SIG2_BITS: Final = 61


def _fold_mask(mask: int, width: int) -> int:
    """``mask`` folded to ``width`` bits: bit ``sid % width`` for every slot bit ``sid``."""
    out = 0
    low_bits = (1 << width) - 1
    while mask:
        out |= mask & low_bits
        mask >>= width
    return out


def _sig(mask: int) -> int:
    return _fold_mask(mask, _SIG_BITS)


def _sig2(mask: int) -> int:
    return _fold_mask(mask, _SIG2_BITS)
# Keys remembered per matcher (beyond that, computed each time): stems as before; token facts
# hold a slot mask each (a few hundred bytes), so fewer of them.
_CACHE_LIMIT: Final = 200_000
_TOKEN_LIMIT: Final = 50_000
# From this many tokens on, a message gets an index slot -> token positions (built once);
# shorter ones test the tokens of each window.
_INDEX_FROM: Final = 40
_NO_POSITIONS: Final[list[int]] = []
_NO_PARTS: Final[list[list[list[int]] | None]] = []
_NO_FILLED: Final[list[bool]] = []
_PACKED_LIMIT: Final = 1 << 62  # the verification order is sorted as ints below this


def _rarity(slot: list[Atom], common_words: frozenset[str] = _COMMON) -> tuple[int, int]:
    if slot[0][0] == "w":
        return (10_000, 0)
    if any(m == "e" for m, _k in slot):
        return (5_000, 0)  # an ending anchors a pattern only when nothing else can
    common = sum(1 for _m, k in slot if k in common_words or len(k) <= 2)
    return (common * 100 + len(slot), -min(len(k) for _m, k in slot))


@dataclass(slots=True)
class _NeedTests:
    """Per pattern (by index), what ``_survive`` tests: its exact need, that need folded
    the second way, and its other slots' ids."""

    needs: list[int]
    sigs2: list[int]
    rests: list[tuple[int, ...]]


class Scan:
    """One message as the matcher sees it (engine internals; kept so that lazy families
    reuse it)."""

    __slots__ = ("bitmaps", "by_family", "doc", "ends", "filled", "first_seen", "first_tok",
                 "hits", "lazy_loads", "nslots", "present", "sent_bits", "sig", "sig2",
                 "slot_parts", "slot_pos", "spans_of", "starts", "tok_sent", "where")

    # Words: what each distinct key that fills some slot does, and (once a pattern is
    # verified) slot bits and positions per token, token starts and sentence ends; for long
    # messages also slot -> token positions and the slots filled per sentence.
    hits: list[_TokenInfo]
    where: dict[str, list[int]]
    starts: list[int]
    ends: list[int] | None  # None: the message is one sentence
    # With several sentences: each token's sentence (the number of sentence ends at or
    # before its start) and each sentence's first token (one more entry: the token count).
    tok_sent: list[int]
    first_tok: list[int]
    # Chinese: spans per substring atom, and when each was first found.
    spans_of: dict[int, list[tuple[int, int]]]
    first_seen: dict[int, int]

    def __init__(self, doc: Doc, nslots: int) -> None:
        self.doc = doc
        self.nslots = nslots  # the matcher's slot count (slot ids are below it)
        # Bits of every slot filled somewhere in the message (-1: not computed yet; the
        # words' masks are OR-ed only when some pattern passes the folded test, ``sig``).
        self.present = 0
        self.sig = 0
        self.sig2 = 0
        # Once a pattern is verified: per token, its key's slot bits (a message shorter than
        # _INDEX_FROM tokens: as bytes, ``bitmaps``; a longer one gets ``slot_pos``).
        self.bitmaps: list[bytes] | None = None
        # With _INDEX_FROM tokens or more: token positions per slot id (None: filled nowhere)
        # and, for a slot several keys fill, their lists until merged (matcher._positions).
        self.slot_pos: list[list[int] | None] | None = None
        self.slot_parts: list[list[list[int]] | None] = _NO_PARTS
        # Per slot id: whether some token fills it (built when a pattern passes the folded
        # test, ``_filled``) and, in a long message of several sentences, in which sentences
        # (bit ``si`` for sentence ``si``, ``_sentence_bits``): a pattern's few slot ids are
        # looked up there instead of AND-ing big integers of every slot.
        self.filled: list[bool] | None = None
        self.sent_bits: list[int] | None = None
        # Lazy families asked for one at a time: from the second on, each key's anchored
        # patterns per family, so a family's look-up visits only the keys that anchor it.
        self.lazy_loads = 0
        self.by_family: dict[str, list[tuple[str, tuple[tuple[int, int], ...]]]] | None = None


class PhraseMatcher:
    """All phrases of a pack; :meth:`scan` (or :meth:`run`) finds them in one message.

    How a message is matched (docs/checker.md, "Compilation and speed"): every pattern has an
    *anchor*, its rarest slot. What a token key can fill (which slots, which anchors) never
    changes, so it is worked out once per key and cached (:class:`_TokenInfo`); a message
    costs one dictionary look-up per distinct token, an OR of slot bits, and then work only
    for patterns whose every slot is filled somewhere in the message. Those are verified
    token by token around each anchor, inside the anchor's sentence. Chinese patterns are
    substrings: one Aho-Corasick pass finds every substring, and again only patterns with
    every slot present are verified. Groups of a ``family`` wait until they are asked for.
    """

    def __init__(self, lang: str, stemmer: str | None,
                 common_words: frozenset[str] = frozenset(),
                 containing: tuple[str, ...] = ()) -> None:
        self.common = _COMMON | common_words
        # Chinese words that hold a shorter phrase word without being it (要是 "if" inside
        # 主要是 "mainly is"): an atom found inside one of them is no occurrence of it.
        self.containing = containing
        self.lang = lang
        self.zh = lang.startswith("zh")
        self.stem = None if self.zh else stemmer_for(stemmer)
        self.family_of: dict[str, str] = {}  # group -> its family, for lazy groups
        self.families: list[str] = []
        self.family_anchors: dict[str, int] = {}  # family -> bits of its patterns' anchor slots
        self.family_sigs: dict[str, int] = {}  # the same folded (_sig)
        self._needs: list[int] = []  # per pattern (filled by build()): its ``need``
        self._need_sigs: list[int] = []  # the same folded (_sig)
        self._need_sigs2: list[int] = []  # and folded the other way (_sig2)
        # per pattern: the need tests of _survive (the other slots' ids with the above)
        self._need_tests = _NeedTests([], [], [])
        self._groups: dict[str, str] = {}  # every group -> its family ("" when eager)
        self._pats: list[_Compiled] = []
        self._seen: set[tuple[Any, ...]] = set()
        self._slots: dict[tuple[Any, ...], _Slot] = {}
        self._stem_cache: dict[str, str] = {}
        # Filled by build(): per atom key, the slots it fills and the patterns it anchors.
        self._x_bits: dict[str, int] = {}
        self._s_bits: dict[str, int] = {}
        self._p_bits: dict[str, int] = {}
        self._e_bits: dict[str, int] = {}  # endings (a word at least 2 letters longer)
        self._x_anchor: dict[str, list[int]] = defaultdict(list)
        self._s_anchor: dict[str, list[int]] = defaultdict(list)
        self._p_anchor: dict[str, list[int]] = defaultdict(list)
        self._e_anchor: dict[str, list[int]] = defaultdict(list)
        self._all_prefix_lens: list[int] = []
        self._all_ending_lens: list[int] = []
        self._tokens: dict[str, _TokenInfo] = {}
        self._n_routes = 0  # ranks cached on the slots (see _verify_order)
        self._route_span = 4
        # Chinese: substring atoms.
        self._z_ids: dict[str, int] = {}
        self._z_bits: list[int] = []
        self._z_anchor: list[list[int]] = []
        self._z_eager: list[tuple[tuple[int, int], ...]] = []  # per atom: (need, pattern)
        self._z_atoms: list[tuple[int, ...]] = []  # per pattern: the atoms of all its slots
        self._z_by_last: dict[str, tuple[tuple[int, dict[str, int]], ...]] = {}  # _build_zh
        self._z_containing: frozenset[int] = frozenset()  # atom ids of ``containing``

    def _intern(self, s: list[Atom]) -> _Slot:
        key = tuple(sorted(s))
        slot = self._slots.get(key)
        if slot is None:
            sid = len(self._slots)
            slot = _Slot(sid, 1 << sid, frozenset(k for m, k in s if m == "x"),
                         frozenset(k for m, k in s if m == "s"),
                         tuple(k for m, k in s if m == "p"),
                         s[0][0] == "w", tuple(k for m, k in s if m == "z"),
                         tuple(k for m, k in s if m == "e"))
            self._slots[key] = slot
        return slot

    def add(self, group: str, pattern: str, *, gap: int = 2, any_order: bool = False,
            payload: Any = None, family: str = "") -> None:
        """Add a pattern to ``group``. A non-empty ``family`` makes the group lazy: it is
        matched only when a group of that family is first asked for."""
        known = self._groups.setdefault(group, family)
        if family != known:
            raise ValueError(f"group {group!r} already belongs to family {known!r}")
        if family:
            self.family_of[group] = family
            if family not in self.families:
                self.families.append(family)
        for slots in parse_pattern(pattern, self.lang, self.stem):
            sig = (group, gap, any_order, repr(payload), tuple(tuple(s) for s in slots))
            if sig in self._seen:
                continue
            self._seen.add(sig)
            compiled = [self._intern(s) for s in slots]
            wild = any(s.wild for s in compiled)
            anchor = min(range(len(slots)), key=lambda k: _rarity(slots[k], self.common))
            self._pats.append(_Compiled(group, family, compiled, anchor, gap,
                                        any_order and not wild, payload))

    def build(self) -> PhraseMatcher:
        self._needs, self._need_sigs, self._need_sigs2 = [], [], []
        # the distinct ids of each pattern's slots but the anchor's and the wild ones (the
        # anchor is filled wherever the pattern is looked for)
        rests: list[tuple[int, ...]] = []
        for slot in self._slots.values():
            for table, keys in ((self._x_bits, slot.exact), (self._s_bits, slot.stems),
                                (self._p_bits, slot.prefixes), (self._e_bits, slot.endings)):
                for key in keys:
                    table[key] = table.get(key, 0) | slot.bit
        self._all_prefix_lens = sorted({len(p) for p in self._p_bits})
        self._all_ending_lens = sorted({len(e) for e in self._e_bits})
        # routes rank below this: 4 kinds times (the longest prefix or ending + 1) lengths
        self._route_span = 4 * (max([*self._all_prefix_lens, *self._all_ending_lens],
                                    default=0) + 1)
        for idx, pat in enumerate(self._pats):
            pat.need = 0
            for slot in pat.slots:
                if not slot.wild:
                    pat.need |= slot.bit
            self._needs.append(pat.need)
            self._need_sigs.append(_sig(pat.need))
            self._need_sigs2.append(_sig2(pat.need))
            anchor_sid = pat.slots[pat.anchor].sid
            rests.append(tuple(sorted(
                {slot.sid for slot in pat.slots if not slot.wild} - {anchor_sid})))
            if pat.family:
                self.family_anchors[pat.family] = (self.family_anchors.get(pat.family, 0)
                                                   | pat.slots[pat.anchor].bit)
                self.family_sigs[pat.family] = _sig(self.family_anchors[pat.family])
            if self.zh:
                pat.width = sum(max(len(x) for x in sl.subs) for sl in pat.slots)
                continue
            anchor = pat.slots[pat.anchor]
            for key in anchor.exact:
                self._x_anchor[key].append(idx)
            for key in anchor.stems:
                self._s_anchor[key].append(idx)
            for key in set(anchor.prefixes):
                self._p_anchor[key].append(idx)
            for key in set(anchor.endings):
                self._e_anchor[key].append(idx)
        self._need_tests = _NeedTests(self._needs, self._need_sigs2, rests)
        if self.zh:
            self._build_zh()
        return self

    def _build_zh(self) -> None:
        for slot in self._slots.values():
            for key in slot.subs:
                aid = self._z_ids.setdefault(key, len(self._z_ids))
                if aid == len(self._z_bits):
                    self._z_bits.append(0)
                    self._z_anchor.append([])
                self._z_bits[aid] |= slot.bit
        for idx, pat in enumerate(self._pats):
            for key in dict.fromkeys(pat.slots[pat.anchor].subs):
                self._z_anchor[self._z_ids[key]].append(idx)
            self._z_atoms.append(tuple(dict.fromkeys(
                self._z_ids[k] for sl in pat.slots for k in sl.subs)))
        self._z_eager = [tuple((self._pats[i].need, i) for i in refs
                               if not self._pats[i].family) for refs in self._z_anchor]
        wrappers: set[int] = set()
        for word in self.containing:
            aid = self._z_ids.setdefault(word, len(self._z_ids))
            if aid == len(self._z_bits):  # fills no slot, anchors nothing
                self._z_bits.append(0)
                self._z_anchor.append([])
                self._z_eager.append(())
            wrappers.add(aid)
        self._z_containing = frozenset(wrappers)
        # Per last character, the lengths of the atoms ending with it, longest first (the
        # order in which an Aho-Corasick pass reports the atoms ending at one position), each
        # with its atoms by text: ``_read`` looks up the few substrings ending at each
        # character instead of walking the automaton, whose root has a child per first
        # character and looks each character up among them one by one.
        by_last: dict[str, dict[int, dict[str, int]]] = {}
        for key, aid in self._z_ids.items():
            if key:
                by_last.setdefault(key[-1], {}).setdefault(len(key), {})[key] = aid
        self._z_by_last = {ch: tuple(sorted(v.items(), key=lambda x: -x[0]))
                           for ch, v in by_last.items()}

    # -- matching -----------------------------------------------------------------------------
    def scan(self, doc: Doc) -> Matches:
        """The matches of ``doc``; lazy families are matched when first asked for."""
        scan = self._read(doc)
        out: dict[str, list[Match]] = {}
        self._match(scan, ("",), out)
        return Matches(self, scan, _finish(out, doc))

    def load(self, scan: Scan, families: tuple[str, ...]) -> dict[str, list[Match]]:
        """The matches of lazy ``families`` in a message already scanned."""
        sig = scan.sig
        if not self.zh and not any(sig & self.family_sigs.get(f, 0) for f in families):
            return {}  # no anchor of these families anywhere in the message (folded test)
        present = _present(scan)
        if not any(present & self.family_anchors.get(f, 0) for f in families):
            return {}  # no anchor of these families anywhere in the message
        out: dict[str, list[Match]] = {}
        self._match(scan, families, out)
        return _finish(out, scan.doc)

    def run(self, doc: Doc) -> dict[str, list[Match]]:
        """Every group's matches in ``doc``, lazy families included."""
        scan = self._read(doc)
        out: dict[str, list[Match]] = {}
        self._match(scan, None, out)
        return defaultdict(list, _finish(out, doc))

    def _read(self, doc: Doc) -> Scan:
        """What the message holds: which slots are filled anywhere, and by what."""
        scan = Scan(doc, len(self._slots))
        if self.zh:
            norm = doc.n.norm
            if not self._z_ids or not norm:
                scan.spans_of, scan.first_seen = {}, {}
                return scan
            spans_of: dict[int, list[tuple[int, int]]] = {}
            first_seen: dict[int, int] = {}
            scan.spans_of, scan.first_seen = spans_of, first_seen
            bits = self._z_bits
            present = 0
            by_last = self._z_by_last
            n = 0  # the atoms found so far, in the order an Aho-Corasick pass gives them
            for end, ch in enumerate(norm):
                lengths = by_last.get(ch)
                if lengths is None:
                    continue
                for length, atoms in lengths:
                    start = end + 1 - length
                    if start < 0:
                        continue
                    aid = atoms.get(norm[start:end + 1] if length > 1 else ch, -1)
                    if aid < 0:
                        continue
                    spans = spans_of.get(aid)
                    if spans is None:
                        spans_of[aid] = spans = []
                        first_seen[aid] = n
                        present |= bits[aid]
                    spans.append((start, end + 1))
                    n += 1
            scan.present = present
            if self._z_containing and not self._z_containing.isdisjoint(spans_of):
                _drop_contained(scan, self._z_containing, bits)
            return scan
        known = self._tokens
        hits: list[_TokenInfo] = []
        scan.hits = hits
        keep = hits.append
        sig = sig2 = 0
        for tok in set(doc.keys):
            info = known.get(tok) or self._token_info(tok)  # an info is never falsy
            if info.sig:
                sig |= info.sig
                sig2 |= info.sig2
                keep(info)
        scan.sig = sig
        scan.sig2 = sig2
        scan.present = -1  # OR-ed from the hits when first needed (_present)
        return scan

    def _match(self, scan: Scan, families: tuple[str, ...] | None,
               out: dict[str, list[Match]]) -> None:
        """Verify the patterns of ``families`` ("" the eager ones; None: all) whose every slot
        is filled somewhere in the message, appending their spans to ``out``."""
        if self.zh:
            self._match_zh(scan, families, out)
            return
        # Each anchored pattern's folded need is tested against the message's folded mask
        # (machine words); only those that pass are tested exactly (big integers).
        tests = self._need_tests
        survivors: dict[int, list[str]] = {}
        if families == ("",):  # the common case, kept lean
            for info in scan.hits:
                _survive(scan, info.anchored, info.key, tests, survivors)
        elif families is not None and len(families) == 1:  # one lazy family, when asked for
            family = families[0]
            scan.lazy_loads += 1
            if scan.lazy_loads == 1:
                for info in scan.hits:
                    pairs = info.lazy.get(family)
                    if pairs:
                        _survive(scan, pairs, info.key, tests, survivors)
            else:
                by_family = scan.by_family
                if by_family is None:
                    by_family = scan.by_family = _by_family(scan.hits)
                for key, pairs in by_family.get(family, ()):
                    _survive(scan, pairs, key, tests, survivors)
        else:
            wanted = frozenset(families or ())
            needs = self._needs
            present = _present(scan)
            for info in scan.hits:
                if families is None:
                    anchored: Iterable[tuple[int, int]] = itertools.chain(
                        info.anchored, *info.lazy.values())
                else:
                    anchored = itertools.chain.from_iterable(
                        v for f, v in info.lazy.items() if f in wanted)
                for _need_sig, idx in anchored:
                    need = needs[idx]
                    if need & present == need:
                        survivors.setdefault(idx, []).append(info.key)
        if survivors:
            self._verify(scan, survivors, out)

    def _stem_of(self, tok: str) -> str:
        st = self._stem_cache.get(tok)
        if st is None:
            st = self.stem.stemWord(tok) if self.stem is not None else tok
            if len(self._stem_cache) < _CACHE_LIMIT:
                self._stem_cache[tok] = st
        return st

    def _token_info(self, tok: str) -> _TokenInfo:
        """Which slots ``tok`` fills and which patterns it anchors (computed once per key)."""
        mask = self._x_bits.get(tok, 0)
        anchored = list(self._x_anchor.get(tok, ()))
        if self.stem is not None and len(tok) >= 4:
            st = self._stem_of(tok)
            mask |= self._s_bits.get(st, 0)
            anchored += self._s_anchor.get(st, ())
        n = len(tok)
        for length in self._all_prefix_lens:
            if length > n:
                break
            pre = tok[:length]
            bits = self._p_bits.get(pre)
            if bits:
                mask |= bits
                anchored += self._p_anchor.get(pre, ())
        for length in self._all_ending_lens:
            if length + 2 > n:
                break
            end = tok[-length:]
            bits = self._e_bits.get(end)
            if bits:
                mask |= bits
                anchored += self._e_anchor.get(end, ())
        if not mask:
            info = _NOTHING
        else:
            eager: list[tuple[int, int]] = []
            lazy: dict[str, list[tuple[int, int]]] = {}
            for idx in sorted(set(anchored)):
                pat = self._pats[idx]
                (lazy.setdefault(pat.family, []) if pat.family else eager).append(
                    (self._need_sigs[idx], idx))
            sids_: list[int] = []
            rest = mask
            while rest:
                low = rest & -rest
                sids_.append(low.bit_length() - 1)
                rest ^= low
            sids = tuple(sids_)
            info = _TokenInfo(tok, mask, tuple(eager), {f: tuple(v) for f, v in lazy.items()},
                              sids, _sig(mask), _sig2(mask),
                              mask.to_bytes((mask.bit_length() + 7) // 8, "little"))
        if len(self._tokens) < _TOKEN_LIMIT:
            self._tokens[tok] = info
        return info

    def _route(self, slot: _Slot, tok: str) -> tuple[int, int]:
        """How ``tok`` fills an anchor slot: exact word, stem, or the shortest prefix."""
        if tok in slot.exact:
            return (0, 0)
        if slot.stems and len(tok) >= 4 and self._stem_of(tok) in slot.stems:
            return (1, 0)
        prefixes = [len(p) for p in slot.prefixes if tok.startswith(p)]
        if prefixes:
            return (2, min(prefixes))
        return (3, min(len(e) for e in slot.endings if tok.endswith(e)))

    def _verify_order(self, survivors: dict[int, list[str]], where: dict[str, list[int]],
                      keys: list[str]) -> list[int]:
        """Patterns in the order a token-by-token scan meets their anchors (first anchor
        position, then exact word before stem before shorter prefix, then as added). Between
        patterns of one group it decides which of two identical spans keeps its payload; it
        also orders the groups of the result (dates.py reads month names in that order)."""
        pats = self._pats
        if len(survivors) == 1:
            return list(survivors)
        # Sorted on (first position, route, pattern), the route (kind, length) as one rank
        # that sorts the same (kind * (longest prefix or ending + 1) + length); all three
        # packed into one int when it stays a machine word (integer sort), else as tuples.
        span = self._route_span
        npat = len(pats)
        packed = len(keys) * span * npat < _PACKED_LIMIT
        order: list[int] = []
        tuples: list[tuple[int, int, int]] = []
        for idx, toks in survivors.items():
            if len(toks) == 1:
                first = where[toks[0]][0]
            else:
                first = where[toks[0]][0]
                for t in toks:
                    if where[t][0] < first:
                        first = where[t][0]
            pat = pats[idx]
            rank = self._rank(pat.slots[pat.anchor], keys[first])
            if packed:
                order.append((first * span + rank) * npat + idx)
            else:
                tuples.append((first, rank, idx))
        if packed:
            order.sort()
            return [key % npat for key in order]
        tuples.sort()
        return [idx for _first, _rank, idx in tuples]

    def _rank(self, slot: _Slot, tok: str) -> int:
        """How ``tok`` fills the anchor slot ``slot`` (:meth:`_route`) as one int, cached
        on the slot (up to _TOKEN_LIMIT ranks per matcher)."""
        rank = slot.ranks.get(tok)
        if rank is None:
            kind, length = self._route(slot, tok)
            rank = kind * (self._route_span // 4) + length
            if self._n_routes < _TOKEN_LIMIT:
                slot.ranks[tok] = rank
                self._n_routes += 1
        return rank

    def _verify(self, scan: Scan, survivors: dict[int, list[str]],
                out: dict[str, list[Match]]) -> None:
        doc = scan.doc
        keys = doc.keys
        tokens = doc.tokens
        if scan.slot_pos is None and scan.bitmaps is None:
            scan.where = {}
            scan.starts = []
            if len(keys) < _INDEX_FROM:
                bitmap_of = {info.key: info.bitmap for info in scan.hits}
                scan.bitmaps = list(map(bitmap_of.get, keys, itertools.repeat(b"")))
            else:
                # Positions of every key, then of every slot (a key's positions per slot it
                # fills, merged in order).
                of_key: dict[str, list[int]] = {}
                for i, tok in enumerate(keys):
                    at_key = of_key.get(tok)
                    if at_key is None:
                        of_key[tok] = [i]
                    else:
                        at_key.append(i)
                scan.where = of_key
                # A slot one key fills shares that key's positions (ascending already, never
                # changed); one filled by several keys keeps their lists, merged into one
                # sorted list when a pattern first needs it (_positions). Lists indexed by
                # slot id: no dictionary, no boxed ints.
                nslots = len(self._slots)
                index: list[list[int] | None] = [None] * nslots
                parts: list[list[list[int]] | None] = [None] * nslots
                for info in scan.hits:
                    at_key = of_key[info.key]
                    for sid in info.sids:
                        at_slot = index[sid]
                        if at_slot is None:
                            index[sid] = at_key
                        else:
                            more = parts[sid]
                            if more is None:
                                parts[sid] = [at_slot, at_key]
                            else:
                                more.append(at_key)
                scan.slot_pos = index
                scan.slot_parts = parts
        bitmaps = scan.bitmaps
        slot_pos = scan.slot_pos
        slot_parts = scan.slot_parts
        where = scan.where
        wanted = () if slot_pos is not None else {
            tok for toks in survivors.values() for tok in toks if tok not in where}
        if wanted:
            for tok in wanted:
                where[tok] = []
            for i, tok in enumerate(keys):
                if tok in wanted:
                    where[tok].append(i)
        pats = self._pats
        for idx in self._verify_order(survivors, where, keys):
            pat = pats[idx]
            toks = survivors[idx]
            positions = (where[toks[0]] if len(toks) == 1
                         else sorted(i for tok in toks for i in where[tok]))
            group = pat.group
            nslots = len(pat.slots)
            if nslots == 1:  # the anchor alone: every position is a match
                found_1 = [Match(group, tokens[a][1], tokens[a][2], pat.payload)
                           for a in positions]
                if found_1:
                    _add(out, group, found_1)
                continue
            if not scan.starts:
                scan.starts = [ts for _t, ts, _te in tokens]
                # One sentence (no sentence mark between the first and the last token):
                # its bounds are all the tokens, the sentences need not be split.
                if _SENT_MARK.search(doc.n.norm, tokens[0][1], tokens[-1][2]) is None:
                    scan.ends = None
                else:
                    scan.ends = [s.end for s in doc.sents]
                    scan.tok_sent, scan.first_tok = _sentence_tokens(scan.starts, scan.ends)
            ends = scan.ends
            reach = nslots * (pat.gap + 1)
            ntok = len(tokens)
            if slot_pos is not None and ends is not None:
                # Only anchors whose sentence fills every slot can match (a phrase stays
                # inside its anchor's sentence): one AND each before any chain or row.
                sent_bits = scan.sent_bits
                if sent_bits is None:
                    sent_bits = scan.sent_bits = _sentence_bits(scan)
                positions = _in_full_sentences(positions, self._need_tests.rests[idx],
                                               sent_bits, scan.tok_sent)
                if not positions:
                    continue
            if slot_pos is not None and not pat.any_order:
                lists = _slot_lists(pat, slot_pos, slot_parts)
                found_at = (_chain(pat, positions, lists, reach, ntok, None, _NO_POSITIONS)
                            if ends is None else
                            _chain(pat, positions, lists, reach, ntok, scan.tok_sent,
                                   scan.first_tok))
                if found_at:
                    _add(out, group, [Match(group, tokens[first][1], tokens[last - 1][2],
                                            pat.payload) for first, last in found_at])
                continue
            done_until = -1
            for a in positions:
                if a < done_until:
                    continue
                if ends is None:
                    lo, hi = max(0, a - reach), min(ntok, a + reach + 1)
                else:
                    # The anchor's sentence, in tokens: a phrase is looked for inside it.
                    si = scan.tok_sent[a]
                    lo = max(scan.first_tok[si], a - reach)
                    hi = min(scan.first_tok[si + 1], a + reach + 1)
                rows: list[list[int]] = []
                for k, slot in enumerate(pat.slots):
                    if k == pat.anchor:
                        rows.append([a])
                        continue
                    if slot.wild:
                        row = list(range(lo, hi))
                    elif bitmaps is not None:
                        byte, bit = slot.sid >> 3, 1 << (slot.sid & 7)
                        row = [i for i in range(lo, hi) if _fills(bitmaps[i], byte, bit)]
                    else:
                        assert slot_pos is not None
                        at = _positions(slot_pos, slot_parts, slot.sid)
                        if len(at) > 16:
                            row = at[bisect_left(at, lo):bisect_left(at, hi)]
                        else:  # a short list: scanned (cheaper than two calls compiled)
                            row = [i for i in at if lo <= i < hi]
                    if not row:
                        break
                    rows.append(row)
                if len(rows) < nslots:
                    continue
                found = (any_order_tokens(rows, nslots + pat.gap * (nslots - 1))
                         if pat.any_order else ordered_tokens(rows, pat.gap))
                if found:
                    _add(out, group, [Match(group, tokens[first][1], tokens[last - 1][2],
                                            pat.payload) for first, last in found])
                    for _first, last in found:
                        done_until = max(done_until, last)

    def _match_zh(self, scan: Scan, families: tuple[str, ...] | None,
                  out: dict[str, list[Match]]) -> None:
        spans_of, first_seen, present = scan.spans_of, scan.first_seen, scan.present
        pats = self._pats
        survivors: set[int] = set()
        if families == ("",):  # the common case, kept lean
            eager = self._z_eager
            for aid in spans_of:
                for need, idx in eager[aid]:
                    if need & present == need:
                        survivors.add(idx)
        else:
            for aid in spans_of:
                for idx in self._z_anchor[aid]:
                    pat = pats[idx]
                    if ((families is None or pat.family in families)
                            and pat.need & present == pat.need):
                        survivors.add(idx)
        # In the order their first substring was found (ties: as added).
        order = sorted(survivors, key=lambda i: (
            min(first_seen[a] for a in self._z_atoms[i] if a in first_seen), i))
        ids = self._z_ids
        for idx in order:
            pat = pats[idx]
            slots: list[list[tuple[int, int]]] = []
            for sl in pat.slots:
                row: list[tuple[int, int]] = []
                for key in sl.subs:
                    row.extend(spans_of.get(ids[key], ()))
                slots.append(row)
            found = (any_order(slots, pat.width + pat.gap * (len(slots) - 1)) if pat.any_order
                     else ordered(slots, pat.gap))
            if found:
                _add(out, pat.group, [Match(pat.group, first, last, pat.payload)
                                      for first, last in found])


def _survive(scan: Scan, pairs: tuple[tuple[int, int], ...], key: str,
             tests: _NeedTests, survivors: dict[int, list[str]]) -> None:
    """Add to ``survivors`` the patterns of ``pairs`` (folded need, pattern) that ``key``
    anchors and whose every slot the message fills: the folded needs against the message's
    folded masks first (machine words), then exactly. A short message ANDs the pattern's
    need with the filled slots' big integer; a long one, which sets every folded bit, looks
    each other slot of the pattern (``rest``) up in its filled slots (``_filled``): a few
    list reads instead of walking two big integers."""
    sig, sig2 = scan.sig, scan.sig2
    needs2 = tests.sigs2
    long = len(scan.doc.keys) >= _INDEX_FROM
    present = 0
    filled = _NO_FILLED
    ready = False  # (a flag: comparing a big ``present`` is not a machine op)
    for need_sig, idx in pairs:
        if need_sig & sig == need_sig:
            need2 = needs2[idx]
            if need2 & sig2 == need2:
                if long:
                    if not ready:
                        filled, ready = _filled(scan), True
                    for sid in tests.rests[idx]:
                        if not filled[sid]:
                            break
                    else:
                        survivors.setdefault(idx, []).append(key)
                    continue
                if not ready:
                    present, ready = _present(scan), True
                need = tests.needs[idx]
                if need & present == need:
                    survivors.setdefault(idx, []).append(key)


def _filled(scan: Scan) -> list[bool]:
    """Per slot id, whether some token of the message fills it."""
    filled = scan.filled
    if filled is None:
        filled = scan.filled = [False] * scan.nslots
        for info in scan.hits:
            for sid in info.sids:
                filled[sid] = True
    return filled


def _present(scan: Scan) -> int:
    """The bits of every slot filled somewhere in the message (OR-ed once, when needed)."""
    if scan.present < 0:
        present = 0
        for info in scan.hits:
            present |= info.mask
        scan.present = present
    return scan.present


def _drop_contained(scan: Scan, wrappers: frozenset[int], bits: list[int]) -> None:
    """Chinese: forget the atoms found strictly inside a containing word (:attr:`PhraseMatcher.
    containing`), and the containing words themselves, then OR the slots present again."""
    spans_of, first_seen = scan.spans_of, scan.first_seen
    outer = [sp for aid in wrappers for sp in spans_of.get(aid, ())]
    for aid in wrappers:
        spans_of.pop(aid, None)
        first_seen.pop(aid, None)
    present = 0
    for aid in list(spans_of):
        kept = [(s, e) for s, e in spans_of[aid]
                if not any(a <= s and e <= b and (s, e) != (a, b) for a, b in outer)]
        if kept:
            spans_of[aid] = kept
            present |= bits[aid]
        else:
            del spans_of[aid]
            del first_seen[aid]
    scan.present = present


def _fills(bitmap: bytes, byte: int, bit: int) -> bool:
    """Whether a token whose slot bits are ``bitmap`` (:attr:`_TokenInfo.bitmap`) fills the
    slot whose bit is ``bit`` of byte ``byte``."""
    return byte < len(bitmap) and bitmap[byte] & bit != 0


def _add(out: dict[str, list[Match]], group: str, found: list[Match]) -> None:
    """Append ``found`` to the matches of ``group`` (a group is in ``out`` only once some
    match of it is)."""
    have = out.get(group)
    if have is None:
        out[group] = found
    else:
        have.extend(found)


def _by_family(hits: list[_TokenInfo]
               ) -> dict[str, list[tuple[str, tuple[tuple[int, int], ...]]]]:
    """Per lazy family, the keys (in the order of ``hits``) that anchor some of its patterns,
    with those patterns."""
    out: dict[str, list[tuple[str, tuple[tuple[int, int], ...]]]] = {}
    for info in hits:
        if info.lazy:
            for family, pairs in info.lazy.items():
                if pairs:
                    entry = out.get(family)
                    if entry is None:
                        out[family] = [(info.key, pairs)]
                    else:
                        entry.append((info.key, pairs))
    return out


def _slot_lists(pat: _Compiled, index: list[list[int] | None],
                parts: list[list[list[int]] | None]) -> list[list[int]]:
    """Per slot of ``pat``, its token positions; empty for the anchor and a wild slot."""
    out: list[list[int]] = []
    anchor = pat.anchor
    for k, slot in enumerate(pat.slots):
        out.append(_NO_POSITIONS if k == anchor or slot.wild
                   else _positions(index, parts, slot.sid))
    return out


def _first_at(xs: list[int], x: int) -> int:
    """``bisect_left(xs, x)``, compiled (no call into the bisect module)."""
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) >> 1
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _chain(pat: _Compiled, positions: list[int], lists: list[list[int]], reach: int,
           ntok: int, tok_sent: list[int] | None, first_tok: list[int]
           ) -> list[tuple[int, int]]:
    """The spans (first token, end token) of an ordered pattern around each anchor position,
    as ``ordered_tokens`` finds them in the rows of the anchor's window (the slots' positions
    inside it, the anchor's own row that position alone), read from the slots' position
    lists without building the rows. A later anchor inside a span found is skipped."""
    found: list[tuple[int, int]] = []
    slots = pat.slots
    nslots = len(slots)
    anchor = pat.anchor
    gap = pat.gap
    wild0 = slots[0].wild
    first_list = lists[0]
    done_until = -1
    for a in positions:
        if a < done_until:
            continue
        if tok_sent is None:
            lo, hi = max(0, a - reach), min(ntok, a + reach + 1)
        else:
            si = tok_sent[a]
            lo = max(first_tok[si], a - reach)
            hi = min(first_tok[si + 1], a + reach + 1)
        # The first slot's candidates, ascending: the anchor itself, or (the anchor later in
        # the pattern) the first slot's positions in the window before the anchor.
        if anchor == 0:
            i, stop = a, a + 1
        elif wild0:
            i, stop = lo, a
        else:
            i, stop = _first_at(first_list, lo), len(first_list)
        last_end = -1
        while i < stop:
            if anchor == 0 or wild0:
                s0 = i
            else:
                s0 = first_list[i]
                if s0 >= a:
                    break
            i += 1
            if s0 < last_end:
                continue
            if anchor != 0 and nslots > 1:
                # As ``ordered_tokens``: a later first-slot candidate before the second
                # slot's next position starts the same chain, tighter.
                if wild0:
                    n1 = s0 + 1
                elif i < len(first_list) and first_list[i] < hi:
                    n1 = first_list[i]
                else:
                    n1 = -1
                if n1 >= 0:
                    if anchor == 1:
                        p1 = a
                    elif slots[1].wild:
                        p1 = s0 + 1 if s0 + 1 < hi else -1
                    else:
                        at1 = lists[1]
                        j1 = _first_at(at1, s0 + 1)
                        p1 = at1[j1] if j1 < len(at1) and at1[j1] < hi else -1
                    if p1 >= 0 and n1 + 1 <= p1:
                        continue
            cur = s0 + 1
            ok = True
            for k in range(1, nslots):
                if k == anchor:
                    if a < cur or a > cur + gap:
                        ok = False
                        break
                    cur = a + 1
                elif slots[k].wild:
                    if cur >= hi:
                        ok = False
                        break
                    cur += 1
                else:
                    at = lists[k]
                    j = _first_at(at, cur)
                    if j >= len(at):
                        ok = False
                        break
                    nxt = at[j]
                    if nxt >= hi or nxt > cur + gap:
                        ok = False
                        break
                    cur = nxt + 1
            if ok:
                found.append((s0, cur))
                last_end = cur
                if cur > done_until:
                    done_until = cur
    return found


def _positions(index: list[list[int] | None], parts: list[list[list[int]] | None],
               sid: int) -> list[int]:
    """The token positions of slot ``sid`` (ascending): one key's list, or the lists of the
    keys that fill it merged on first use."""
    at = index[sid]
    if at is None:
        return _NO_POSITIONS
    more = parts[sid]
    if more is not None:
        at = more[0] + more[1]  # concatenated and sorted: cheaper than merging iterators
        for k in range(2, len(more)):
            at.extend(more[k])
        at.sort()
        index[sid] = at
        parts[sid] = None
    return at


def _sentence_tokens(starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Each token's sentence (the number of sentence ends at or before its start, as
    ``bisect_right(ends, start)`` gives it) and each sentence's first token (the number of
    tokens starting before the previous sentence's end; the last entry is the token count),
    so a sentence ``si`` holds the tokens ``first_tok[si]:first_tok[si + 1]``."""
    tok_sent: list[int] = []
    first_tok = [0] * (len(ends) + 2)
    si = 0
    n_ends = len(ends)
    for i, start in enumerate(starts):
        while si < n_ends and start >= ends[si]:
            si += 1
            first_tok[si] = i
        tok_sent.append(si)
    while si < n_ends:  # sentences after the last token's start
        si += 1
        first_tok[si] = len(starts)
    first_tok[n_ends + 1] = len(starts)
    return tok_sent, first_tok


def _sentence_bits(scan: Scan) -> list[int]:
    """Per slot id, the sentences some token of which fills it (bit ``si``: sentence ``si``,
    a token's ``tok_sent``)."""
    out = [0] * scan.nslots
    tok_sent, where = scan.tok_sent, scan.where
    for info in scan.hits:
        bits = 0
        for i in where[info.key]:
            bits |= 1 << tok_sent[i]
        for sid in info.sids:
            out[sid] |= bits
    return out


def _in_full_sentences(positions: list[int], rest: tuple[int, ...], sent_bits: list[int],
                       tok_sent: list[int]) -> list[int]:
    """The anchor positions whose sentence fills every slot in ``rest``."""
    both = -1
    for sid in rest:
        both &= sent_bits[sid]
    if both == 0:
        return _NO_POSITIONS
    if both == -1:
        return positions
    return [a for a in positions if both >> tok_sent[a] & 1]


def _finish(out: dict[str, list[Match]], doc: Doc) -> dict[str, list[Match]]:
    norm = doc.n.norm
    starts: list[int] | None = None
    for group in out:
        # A phrase never runs across a sentence end (the document's sentences; they are
        # split only when some match holds a sentence mark).
        kept: list[Match] = []
        for m in out[group]:
            if _SENT_MARK.search(norm, m.start, m.end) is not None:
                if starts is None:
                    starts = [s.start for s in doc.sents]
                if not _one_sentence(starts, m):
                    continue
            kept.append(m)
        out[group] = _dedupe(kept)
    return out


def _one_sentence(starts: list[int], m: Match) -> bool:
    """Whether no sentence starts inside the match (after its first character)."""
    i = bisect.bisect_right(starts, m.start)
    return i >= len(starts) or starts[i] >= m.end


def _dedupe(matches: list[Match]) -> list[Match]:
    """Merge overlapping matches of the same group into one span (the first payload wins)."""
    if len(matches) < 2:
        return matches
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
