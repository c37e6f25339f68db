"""script: Chinese script consistency, simplified vs traditional (R-TALK-8).

Characters that exist only in the other script are reported in runs, with the converted
run as the replacement.
"""

from __future__ import annotations

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.normalize import simplified_chars, to_traditional, traditional_chars
from tactful.protocol.schema import ScriptRule


class ScriptCheck(Check):
    rule: ScriptRule

    def _wrong(self) -> frozenset[str]:
        return traditional_chars() if self.rule.expected == "simplified" else simplified_chars()

    def could_report(self, rc: RunContext) -> bool:
        return not rc.doc.n.orig.isascii() and not self._wrong().isdisjoint(rc.doc.n.orig)

    def run(self, rc: RunContext) -> list[Finding]:
        text = rc.doc.n.orig
        wrong = self._wrong()
        out: list[Finding] = []
        i, n = 0, len(text)
        while i < n:
            if text[i] in wrong:
                j = i + 1
                while j < n and (text[j] in wrong or (j + 1 < n and text[j + 1] in wrong
                                                      and "\u4e00" <= text[j] <= "\u9fff")):
                    j += 1
                run = text[i:j]
                rep = (rc.doc.n.norm[i:j] if self.rule.expected == "simplified"
                       else to_traditional(run))
                if rc.doc.n.to_orig is not None:
                    rep = run  # offsets differ; no safe automatic replacement
                out.append(self.finding(rc, i, j, replacement=rep, norm=False))
                i = j
            else:
                i += 1
        return out if len(out) >= 1 and self.rule.min_chars <= sum(
            f.end - f.start for f in out) else []
