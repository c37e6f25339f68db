"""existence: a phrase that must not appear. Optional ``due_date`` turns a promise with a
date into a finding that carries the parsed date (``data["due"]``) for a follow-up task."""

from __future__ import annotations

from datetime import date

from tactful.protocol.dates import due_date
from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.matcher import PhraseMatcher
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import ExistenceRule


class ExistenceCheck(Check):
    rule: ExistenceRule

    phrase_only = True

    def register(self, matcher: PhraseMatcher, org: OrgRules) -> None:
        super().register(matcher, org)
        for pat in self.rule.patterns:
            matcher.add(self.group, pat, gap=self.rule.gap, any_order=self.rule.any_order)

    def run(self, rc: RunContext) -> list[Finding]:
        out: list[Finding] = []
        for m in rc.matches.get(self.group, ()):
            if self.suppressed(rc, m):
                continue
            if self.rule.due_date is not None:
                sent = rc.doc.sentence_at(m.start)
                s0, s1 = (sent.start, sent.end) if sent else (0, len(rc.doc.n.norm))
                due = due_date(rc.doc.n.norm[s0:s1], rc.matches, s0, s1, rc.today or date.today(),
                               rc.pack.numbers, rc.pack.zh)
                if due is not None:
                    out.append(self.finding(rc, m.start, m.end, level=self.rule.due_date.level,
                                            message=self.rule.due_date.message,
                                            fmt={"due": due.isoformat()},
                                            data={"due": due.isoformat()}))
                    continue
                if self.rule.due_date.only_with_date:
                    continue
            out.append(self.finding(rc, m.start, m.end))
        return out
