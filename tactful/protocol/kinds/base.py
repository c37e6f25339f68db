"""What every kind shares: the run context, scope, suppression and building findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from tactful.protocol.findings import Finding, Level
from tactful.protocol.matcher import Match, PhraseMatcher
from tactful.protocol.normalize import Doc, to_traditional
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import RuleBase

if TYPE_CHECKING:
    from tactful.protocol.compile import LanguagePack


@dataclass(slots=True)
class RunContext:
    doc: Doc
    matches: dict[str, list[Match]]
    pack: LanguagePack
    org: OrgRules
    channel: str | None = None
    position: str = "whole"
    reader_lang: str = "en"
    customer: Doc | None = None
    today: date = field(default_factory=date.today)
    spelling: bool = True
    suggest: bool = False


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

    def __init__(self, rule: RuleBase, pack: LanguagePack) -> None:
        self.rule = rule
        self.pack = pack

    @property
    def group(self) -> str:
        return self.rule.id

    def register(self, matcher: PhraseMatcher, org: OrgRules) -> None:
        for pat in self.rule.exceptions:
            matcher.add(self.group + "#except", pat, gap=2)

    def applies(self, rc: RunContext) -> bool:
        scope = self.rule.scope
        if scope.channels is not None and rc.channel not in scope.channels:
            return False
        return rc.position in scope.positions

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
        for x in rc.matches.get("_meta", ()):
            # A cue anywhere before the end of the phrase, in the same sentence: the phrase is
            # reported ("we never say ..."), quoted ("you said ...") or talked about.
            if s0 <= x.start < m.end and x.start != m.start:
                return True
        for x in rc.matches.get(self.group + "#except", ()):
            if s0 <= x.start < s1 and x.end > s0:
                return True
        if rc.customer is not None and sent is not None:
            chunk = " ".join(doc.n.norm[sent.start:sent.end].split()).strip(" .!?")
            if len(chunk) >= 12 and chunk in " ".join(rc.customer.n.norm.split()):
                return True
        return False


def _format(template: str, values: dict[str, Any]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template
