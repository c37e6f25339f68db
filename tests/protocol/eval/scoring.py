"""Run the checker on an evaluation set and score it per requirement and language.

How findings count (the labels say which requirements a text breaks, not which rules fire):

* a finding of any level (error, warning, hint) counts for its requirement;
* except the dated-commitment notice of R-TALK-5: a sober promise with a date is reported
  as a *hint* carrying ``data["due"]`` so the desk can open a follow-up task (PROTOCOL.md:
  "a promise with a date becomes a follow-up task"). Under the labelling contract such a
  commitment is clean, so a hint-level R-TALK-5 finding with a due date is not a breach. A
  casual promise stays a breach when it names a date (it is reported at its own level and
  may carry the date too);
* findings of requirements the labels never use (the organisation's own R-POL-1 rules) are
  ignored.

Text items are checked with ``check_text`` (language, position, channel and customer text
from the item, the organisation from :func:`sets.org_for`); transcripts with
``check_transcript``. The unit is the item: a requirement is predicted for an item when at
least one counted finding of it is reported, in any turn.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from tactful.protocol import Finding, check_text, check_transcript
from tests.protocol.eval.sets import Item, org_for

TODAY = date(2026, 5, 4)  # a Monday; only anchors the due dates of promises
REQUIREMENTS = ("R-TALK-1", "R-TALK-2", "R-TALK-3", "R-TALK-4", "R-TALK-5", "R-TALK-6",
                "R-TALK-7", "R-TALK-8", "R-TALK-9", "R-TALK-10", "R-TALK-11", "R-TALK-12",
                "R-TALK-13", "R-SEC-1", "R-LETTER-1", "R-PHONE-1")
PRECISION, RECALL = 0.9, 0.85


def counts_as_breach(f: Finding) -> bool:
    """Whether a finding is a breach of its requirement under the labelling contract."""
    if f.requirement not in REQUIREMENTS:
        return False
    return not (f.requirement == "R-TALK-5" and f.level == "hint" and "due" in f.data)


def findings_for(item: Item) -> list[Finding]:
    if item.transcript is not None:
        return check_transcript(item.transcript, org=org_for(item.lang), today=TODAY).findings
    return check_text(item.text, lang=item.lang, position=item.position, channel=item.channel,
                      customer_text=item.customer, org=org_for(item.lang), today=TODAY).findings


@dataclass(slots=True)
class Outcome:
    item: Item
    findings: list[Finding]
    got: frozenset[str] = field(default_factory=frozenset)

    @property
    def false_alarms(self) -> frozenset[str]:
        return self.got - self.item.expect

    @property
    def misses(self) -> frozenset[str]:
        return self.item.expect - self.got


def run(items: Iterable[Item]) -> list[Outcome]:
    out: list[Outcome] = []
    for item in items:
        found = findings_for(item)
        got = frozenset(f.requirement for f in found if counts_as_breach(f))
        out.append(Outcome(item, found, got))
    return out


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.support if self.support else 1.0

    @property
    def passes(self) -> bool:
        return self.precision >= PRECISION and self.recall >= RECALL

    def add(self, expected: bool, predicted: bool) -> None:
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1


def score(outcomes: Iterable[Outcome], key: str = "all") -> dict[tuple[str, str], Score]:
    """Scores keyed by (group, requirement); group is ``all``, the language or the item kind."""
    table: dict[tuple[str, str], Score] = defaultdict(Score)
    for o in outcomes:
        group = {"all": "all", "lang": o.item.lang, "kind": o.item.kind}[key]
        for req in REQUIREMENTS:
            table[(group, req)].add(req in o.item.expect, req in o.got)
    return dict(table)


def confusion(outcomes: Iterable[Outcome]) -> dict[str, dict[str, list[str]]]:
    """For each requirement: which rule fired on which item not labelled with it
    (requirement -> rule id -> item ids)."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for o in outcomes:
        seen: set[tuple[str, str]] = set()
        for f in o.findings:
            key = (f.requirement, f.rule_id)
            if counts_as_breach(f) and f.requirement not in o.item.expect and key not in seen:
                seen.add(key)
                out[f.requirement][f.rule_id].append(o.item.id)
    return {req: dict(rules) for req, rules in out.items()}
