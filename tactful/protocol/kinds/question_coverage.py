"""question_coverage: every question in the customer's message is addressed (R-TALK-9).

A question is a sentence with a question mark (or starting with a question word); its content
words (stop words removed, compared by their first five letters so inflection does not
matter) must reappear in the reply, at least ``min_overlap`` of them, or two. Chinese compares
character pairs.
"""

from __future__ import annotations

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.normalize import Doc
from tactful.protocol.schema import QuestionCoverageRule

_ZH_Q = ("吗", "呢", "什么", "怎么", "如何", "多少", "哪", "几", "是否", "为什么", "能不能",
         "可不可以")
_ZH_STOP = set("的了吗呢吧啊我你您他她它们是在有和就也都要会能可以这那个请问一下什么怎么如何")


def _keys(doc: Doc, start: int, end: int, stop: frozenset[str]) -> set[str]:
    if doc.lang.startswith("zh"):
        text = "".join(ch for ch in doc.n.norm[start:end] if "\u4e00" <= ch <= "\u9fff")
        return {text[i:i + 2] for i in range(len(text) - 1)
                if text[i] not in _ZH_STOP or text[i + 1] not in _ZH_STOP}
    return {tok[:5] for tok, s, _e in doc.tokens
            if start <= s < end and len(tok) >= 3 and tok not in stop and not tok.isdigit()}


def questions(doc: Doc, question_words: frozenset[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    first_tokens: dict[int, str] = {}
    for tok, s, _e in doc.tokens:
        first_tokens.setdefault(s, tok)
    for sent in doc.sents:
        text = doc.n.norm[sent.start:sent.end]
        if sent.is_question:
            out.append((sent.start, sent.end))
        elif doc.lang.startswith("zh"):
            if any(q in text for q in _ZH_Q):
                out.append((sent.start, sent.end))
        else:
            words = text.split()
            if words and words[0].strip(",") in question_words:
                out.append((sent.start, sent.end))
    return out


class QuestionCoverageCheck(Check):
    rule: QuestionCoverageRule

    def could_report(self, rc: RunContext) -> bool:
        return rc.customer is not None

    def run(self, rc: RunContext) -> list[Finding]:
        cust = rc.customer
        if cust is None:
            return []
        stop = self.pack.stopwords
        reply_keys = _keys(rc.doc, 0, len(rc.doc.n.norm), stop)
        out: list[Finding] = []
        for qs, qe in questions(cust, self.pack.question_words):
            keys = _keys(cust, qs, qe, stop)
            if not keys:
                continue
            common = keys & reply_keys
            if len(common) >= 2 or len(common) / len(keys) >= self.rule.min_overlap:
                continue
            s, e = cust.n.span(qs, qe)
            question = cust.n.orig[s:e].strip()
            out.append(self.finding(rc, 0, 0, fmt={"question": question},
                                    data={"question": question, "question_start": s,
                                          "question_end": e}))
        return out
