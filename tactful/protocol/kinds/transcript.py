"""transcript: rules over a whole call or chat; the logic lives in ``transcript.py``.

The check only registers its phrase sets (``phrases``: name -> patterns) with the pack's
matcher under ``<rule id>:<name>``; ``check_transcript`` reads them per turn.
"""

from __future__ import annotations

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.matcher import PhraseMatcher
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import TranscriptRule


class TranscriptCheck(Check):
    rule: TranscriptRule

    def register(self, matcher: PhraseMatcher, org: OrgRules) -> None:
        for name, pats in self.rule.phrases.items():
            for pat in pats:
                matcher.add(f"{self.group}:{name}", pat, gap=self.rule.gap)
        if self.rule.check == "profanity":
            for pat in self.pack.vocab_lines("profanity.txt"):
                matcher.add(f"{self.group}:swear", pat, gap=0)
            warn = org.profanity_warning.get(self.pack.lang)
            if warn:
                matcher.add(f"{self.group}:warning", warn, gap=3)

    def applies_to(self, channel: str | None, position: str) -> bool:
        return False

    def run(self, rc: RunContext) -> list[Finding]:
        return []
