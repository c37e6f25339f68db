"""readability: sentences longer than ``max_words`` words (``max_chars`` for Chinese), R-TALK-7."""

from __future__ import annotations

import bisect
import re

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.schema import ReadabilityRule

_CJK = re.compile("[\u4e00-\u9fff]")
# a word between spaces (holding a letter or a digit), a run of digit groups as one
_WORD = re.compile(r"\d[\d.,]*(?:\s+\d[\d.,]*)*\S*|\S*\w\S*")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


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
                n = len(_CJK.findall(doc.n.norm, sent.start, sent.end))
                if n > self.rule.max_chars:
                    out.append(self.finding(rc, sent.start, sent.end,
                                            fmt={"count": n, "limit": self.rule.max_chars}))
            return out
        starts = [ts for _t, ts, _te in doc.tokens]
        for sent in doc.sents:
            # the tokens that start inside the sentence
            n = bisect.bisect_left(starts, sent.end) - bisect.bisect_left(starts, sent.start)
            if n > limit:
                # counted as a reader counts: words between spaces ("anunțați-ne", "v-am" one
                # each), a number written in groups ("0745 300 200", "30 000") one
                n = _words(doc.n.norm[sent.start:sent.end])
            if n > limit:
                out.append(self.finding(rc, sent.start, sent.end,
                                        fmt={"count": n, "limit": limit}))
        return out
