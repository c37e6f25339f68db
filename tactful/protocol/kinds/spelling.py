"""spelling: Hunspell per language with accept lists (R-TALK-8, R-LETTER-1)."""

from __future__ import annotations

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.schema import SpellingRule
from tactful.protocol.spelling import Speller, misspelled, speller


class SpellingCheck(Check):
    rule: SpellingRule

    _speller: Speller | None = None

    @property
    def speller(self) -> Speller:
        if self._speller is None:
            accept: set[str] = set()
            for name in self.rule.accept:
                accept |= self.pack.vocab_words(name)
            self._speller = speller(self.rule.dictionary, frozenset(accept), self.rule.compounds)
        return self._speller

    def run(self, rc: RunContext) -> list[Finding]:
        if not rc.spelling:
            return []
        sp = self.speller
        org_words = frozenset(w.lower() for name in (*rc.org.product_names,
                                                     *rc.org.accepted_words, *rc.org.agent_names,
                                                     rc.org.organisation or "")
                              for w in name.split())
        starts = {rc.doc.n.span(s.start, s.start + 1)[0] for s in rc.doc.sents}
        starts.add(0)
        out: list[Finding] = []
        for s, e, word in misspelled(rc.doc.n.orig, sp, org_words, self.rule.min_length, starts):
            if any(a <= s < b for a, b in rc.doc.quotes):
                continue
            sugg = sp.suggest(word) if rc.suggest else []
            out.append(self.finding(rc, s, e, norm=False, replacement=sugg[0] if sugg else None,
                                    fmt={"word": word,
                                         "suggestions": ", ".join(sugg) or "?"},
                                    data={"word": word, "suggestions": sugg}))
        return out
