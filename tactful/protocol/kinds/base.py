"""What every kind shares: the run context, scope, suppression and building findings."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from tactful.protocol.dates import names_time
from tactful.protocol.findings import Finding, Level
from tactful.protocol.matcher import Match, PhraseMatcher
from tactful.protocol.matches import Matches
from tactful.protocol.normalize import Doc, to_traditional
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import RuleBase

if TYPE_CHECKING:
    from tactful.protocol.compile import LanguagePack


class RunContext:
    """What a check sees of one call: the message, its matches, the pack and the options.
    (A plain class, not a dataclass: compiled with mypyc, a dataclass would evaluate the
    ``LanguagePack`` annotation, which only type checking can import.)"""

    __slots__ = ("channel", "customer", "doc", "matches", "org", "pack", "position",
                 "reader_lang", "spelling", "suggest", "today")

    def __init__(self, doc: Doc, matches: Matches, pack: LanguagePack,
                 org: OrgRules, channel: str | None = None, position: str = "whole",
                 reader_lang: str = "en", customer: Doc | None = None,
                 today: date | None = None, spelling: bool = True,
                 suggest: bool = False) -> None:
        self.doc = doc
        self.matches = matches
        self.pack = pack
        self.org = org
        self.channel = channel
        self.position = position
        self.reader_lang = reader_lang
        self.customer = customer
        self.today = today  # None: the current date, read only by a rule that needs it
        self.spelling = spelling
        self.suggest = suggest


def pick_text(texts: dict[str, str], reader_lang: str) -> str:
    if reader_lang in texts:
        return texts[reader_lang]
    if reader_lang == "zh-Hant" and "zh-Hans" in texts:
        return to_traditional(texts["zh-Hans"])
    if reader_lang == "zh-Hans" and "zh-Hant" in texts:
        return texts["zh-Hant"]
    return texts.get("en") or next(iter(texts.values()), "")


class Check:
    """A compiled rule. ``register`` adds its phrases to the pack's matcher; ``run`` reports."""

    #: kinds whose findings come only from the phrase matcher (skipped when nothing matched)
    phrase_only = False

    def __init__(self, rule: RuleBase, pack: LanguagePack) -> None:
        self.rule = rule
        self.pack = pack
        self._channels = (frozenset(rule.scope.channels) if rule.scope.channels is not None
                          else None)
        self._positions = frozenset(rule.scope.positions)
        # Looked up for every phrase found (the rule is a model object: its attributes are
        # read once here).
        self._except_group = rule.id + "#except"
        self._after_group = rule.id + "#after"
        self._before_group = rule.id + "#before"
        self._unless_time = bool(rule.unless_time)
        self._next_sentence = bool(rule.exceptions_next_sentence)

    @property
    def group(self) -> str:
        return self.rule.id

    def register(self, matcher: PhraseMatcher, org: OrgRules) -> None:
        for group, pats in ((self._except_group, self.rule.exceptions),
                            (self._after_group, self.rule.exceptions_after),
                            (self._before_group, self.rule.exceptions_before)):
            for pat in pats:
                matcher.add(group, pat, gap=2, family=group)

    def applies(self, rc: RunContext) -> bool:
        return self.applies_to(rc.channel, rc.position)

    def applies_to(self, channel: str | None, position: str) -> bool:
        """Whether the rule is in scope; the checker decides this once per channel and
        position, not per message."""
        if self._channels is not None and channel not in self._channels:
            return False
        return position in self._positions

    def trigger(self, position: str) -> str | None:
        """The group that must have matched for the check to report anything at
        ``position`` (the checker then runs it only when that group matched), or None."""
        return self.group if self.phrase_only else None

    def could_report(self, rc: RunContext) -> bool:
        """A cheap test run before :meth:`run`: False only where ``run`` would certainly
        report nothing (no trigger phrase, no long enough sentence...)."""
        return True

    def run(self, rc: RunContext) -> list[Finding]:
        return []

    # -- helpers -----------------------------------------------------------------------------
    def finding(self, rc: RunContext, start: int, end: int, *, replacement: str | None = None,
                level: Level | None = None, message: dict[str, str] | None = None,
                suggestion: dict[str, str] | None = None, fmt: dict[str, Any] | None = None,
                data: dict[str, Any] | None = None, norm: bool = True) -> Finding:
        """A finding for the span ``start:end`` (normalised offsets unless ``norm=False``)."""
        s, e = rc.doc.n.span(start, end) if norm else (start, end)
        values = {"match": rc.doc.n.orig[s:e], "replacement": replacement or ""}
        values.update(fmt or {})
        msg = pick_text(message or self.rule.message, rc.reader_lang)
        sug = pick_text(suggestion or self.rule.suggestion, rc.reader_lang) if (
            suggestion or self.rule.suggestion) else ""
        return Finding(self.rule.id, self.rule.requirement, level or self.rule.level, s, e,
                       _format(msg, values), _format(sug, values), replacement,
                       data=data or {})

    def suppressed(self, rc: RunContext, m: Match) -> bool:
        """Quoted, reported ("we never say ..."), the customer's own words, or an exception."""
        doc = rc.doc
        for a, b in doc.quotes:
            if a <= m.start and m.end <= b:
                return True
        sent = doc.sentence_at(m.start)
        s0 = sent.start if sent else 0
        s1 = sent.end if sent else len(doc.n.norm)
        # A cue anywhere before the end of the phrase, in the same sentence: the phrase is
        # reported ("we never say ..."), quoted ("you said ...") or talked about, unless a
        # contrast word between the cue and the phrase ("you say ..., but ...") ends the
        # reported clause.
        ends = rc.matches.get("_meta_end", ())
        for x in _between(rc.matches.get("_meta", ()), s0, m.end):
            if x.start != m.start and not _between(ends, x.end, m.start):
                return True
        e1 = s1  # where an exception may stand: this sentence, or the next one as well
        if self._next_sentence and sent is not None:
            after = doc.sentence_from(s1)
            if after is not None:
                e1 = after.end
        if _between(rc.matches.get(self._except_group, ()), s0, e1):
            return True
        if _between(rc.matches.get(self._after_group, ()), m.end, e1):
            return True
        if _between(rc.matches.get(self._before_group, ()), s0, m.start):
            return True
        if self._unless_time and names_time(doc.n.norm, rc.matches, s0, s1, rc.pack.zh,
                                                rc.pack.numbers):
            return True
        if rc.customer is not None and sent is not None:
            chunk = " ".join(doc.n.norm[sent.start:sent.end].split()).strip(" .!?")
            if len(chunk) >= 12 and chunk in " ".join(rc.customer.n.norm.split()):
                return True
        return False


def _between(matches: Sequence[Match], lo: int, hi: int) -> Sequence[Match]:
    """Matches (sorted by start) that start in [lo, hi)."""
    if not matches:
        return ()
    starts = [x.start for x in matches] if len(matches) < 32 else None
    if starts is not None:
        return [x for x in matches if lo <= x.start < hi]
    i = bisect.bisect_left(_StartView(matches), lo)
    out = []
    while i < len(matches) and matches[i].start < hi:
        out.append(matches[i])
        i += 1
    return out


class _StartView(Sequence[int]):
    """The start offsets of sorted matches, for bisect without copying."""

    def __init__(self, matches: Sequence[Match]) -> None:
        self.matches = matches

    def __len__(self) -> int:
        return len(self.matches)

    def __getitem__(self, i: int) -> int:  # type: ignore[override]
        return self.matches[i].start


def _format(template: str, values: dict[str, Any]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template
