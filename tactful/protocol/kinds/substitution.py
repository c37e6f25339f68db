"""substitution: a phrase and the better phrase to use instead (``replacement``)."""

from __future__ import annotations

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.matcher import PhraseMatcher
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import AddressRule, SubstitutionRule


class SubstitutionCheck(Check):
    rule: SubstitutionRule | AddressRule

    phrase_only = True

    def register(self, matcher: PhraseMatcher, org: OrgRules) -> None:
        super().register(matcher, org)
        for swap in self.rule.swap:
            for pat in swap.match:
                matcher.add(self.group, pat, gap=self.rule.gap, any_order=self.rule.any_order,
                            payload=swap.better)

    def run(self, rc: RunContext) -> list[Finding]:
        out: list[Finding] = []
        for m in rc.matches.get(self.group, ()):
            if self.suppressed(rc, m):
                continue
            out.append(self.finding(rc, m.start, m.end, replacement=m.payload or None))
        return out
