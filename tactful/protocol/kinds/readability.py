"""readability: sentences longer than ``max_words`` words (``max_chars`` for Chinese), R-TALK-7."""

from __future__ import annotations

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.schema import ReadabilityRule


class ReadabilityCheck(Check):
    rule: ReadabilityRule

    def could_report(self, rc: RunContext) -> bool:
        norm = rc.doc.n.norm
        if rc.doc.lang.startswith("zh"):
            return len(norm) > self.rule.max_chars
        # n words need at least 2n - 1 characters, and the whole text at least n words.
        limit = rc.org.max_sentence_words or self.rule.max_words
        return len(norm) > 2 * limit and len(rc.doc.keys) > limit

    def run(self, rc: RunContext) -> list[Finding]:
        doc = rc.doc
        out: list[Finding] = []
        limit = rc.org.max_sentence_words or self.rule.max_words
        if doc.lang.startswith("zh"):
            for sent in doc.sents:
                n = sum(1 for ch in doc.n.norm[sent.start:sent.end] if "\u4e00" <= ch <= "\u9fff")
                if n > self.rule.max_chars:
                    out.append(self.finding(rc, sent.start, sent.end,
                                            fmt={"count": n, "limit": self.rule.max_chars}))
            return out
        ti = 0
        toks = doc.tokens
        for sent in doc.sents:
            while ti < len(toks) and toks[ti][1] < sent.start:
                ti += 1
            n = 0
            j = ti
            while j < len(toks) and toks[j][1] < sent.end:
                n += 1
                j += 1
            if n > limit:
                out.append(self.finding(rc, sent.start, sent.end,
                                        fmt={"count": n, "limit": limit}))
        return out
