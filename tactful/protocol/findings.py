"""What the checker reports: findings, reports and the score (R-TALK-15)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Final, Literal

Level = Literal["error", "warning", "hint"]
LEVELS: tuple[Level, ...] = ("error", "warning", "hint")

# Score: 100 minus these penalties per finding, floored at 0 (docs/checker.md).
PENALTY: Final[dict[str, int]] = {"error": 25, "warning": 10, "hint": 2}


@dataclass(slots=True, init=False)
class Finding:
    """One thing to fix. ``start``/``end`` are character offsets into the original text.

    In a transcript report ``turn`` is the index of the turn the span belongs to
    (``None`` for conversation-level findings). ``data`` carries machine-readable extras,
    e.g. ``{"due": "2024-05-03"}`` for a promise with a date.
    """

    rule_id: str
    requirement: str
    level: Level
    start: int
    end: int
    message: str
    suggestion: str
    replacement: str | None = None
    turn: int | None = None
    data: dict[str, Any] = field(default_factory=dict)

    # Written out (the fields above stay the dataclass's): compiled with mypyc, a generated
    # __init__ would run interpreted, a few thousand instructions a finding.
    def __init__(self, rule_id: str, requirement: str, level: Level, start: int, end: int,
                 message: str, suggestion: str, replacement: str | None = None,
                 turn: int | None = None, data: dict[str, Any] | None = None) -> None:
        self.rule_id = rule_id
        self.requirement = requirement
        self.level = level
        self.start = start
        self.end = end
        self.message = message
        self.suggestion = suggestion
        self.replacement = replacement
        self.turn = turn
        self.data = {} if data is None else data

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def score_of(findings: list[Finding]) -> int:
    return max(0, 100 - sum(PENALTY[f.level] for f in findings))


@dataclass(slots=True, init=False)
class Report:
    """Findings sorted by position, the language checked, and the score (0..100)."""

    lang: str
    findings: list[Finding]
    score: int
    text: str = ""

    def __init__(self, lang: str, findings: list[Finding], score: int,
                 text: str = "") -> None:  # written out: compiled (mypyc)
        self.lang = lang
        self.findings = findings
        self.score = score
        self.text = text

    @property
    def has_errors(self) -> bool:
        return any(f.level == "error" for f in self.findings)

    @property
    def requirements(self) -> set[str]:
        return {f.requirement for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "score": self.score,
                "findings": [f.to_dict() for f in self.findings]}


def make_report(lang: str, findings: list[Finding], text: str = "") -> Report:
    findings.sort(key=lambda f: (f.turn if f.turn is not None else -1, f.start, f.end, f.rule_id))
    return Report(lang, findings, score_of(findings), text)
