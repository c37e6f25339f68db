"""Problems found in a policy file, each with its place and its fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PolicyProblem:
    """One mistake: ``file:line:column: message (fix: …)``; lines and columns from 1."""

    file: str
    line: int
    column: int
    path: str
    message: str
    fix: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        at = f" [{self.path}]" if self.path else ""
        fix = f" (fix: {self.fix})" if self.fix else ""
        return f"{where}:{at} {self.message}{fix}"


class PolicyError(ValueError):
    """A policy that cannot be used; ``problems`` lists every mistake found."""

    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
