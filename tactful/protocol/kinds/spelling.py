"""spelling: a dictionary per language with accept lists (R-TALK-8, R-LETTER-1).

Hunspell for English, Hungarian and Romanian; Vabamorf for Estonian when installed
(:mod:`tactful.protocol.spelling` says what is never flagged).
"""

from __future__ import annotations

import re

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.normalize import Doc, make_doc
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import SpellingRule
from tactful.protocol.spelling import Speller, SpellerOptions, speller
from tactful.protocol.spelling_scan import misspelled

_WORDS = re.compile(r"[^\W\d_]{2,}")


def org_words(org: OrgRules) -> frozenset[str]:
    """The organisation's own words the check accepts: products, names, accepted words."""
    names = (*org.product_names, *org.accepted_words, *org.agent_names,
             *org.organisation_aliases, org.organisation or "")
    return frozenset(w.lower() for name in names for w in name.replace("-", " ").split()
                     if w) | frozenset(n.lower() for n in names if n)


class SpellingCheck(Check):
    rule: SpellingRule

    _speller: Speller | None = None
    _org: OrgRules | None = None
    _org_words: frozenset[str] = frozenset()
    _corrections: dict[str, str] | None = None

    _proper_words: frozenset[str] | None = None
    _repeats: frozenset[str] | None = None

    @property
    def _repeats_ok(self) -> frozenset[str] | None:
        """Words that may stand twice in a row; None when the rule does not look for
        repeated words."""
        if not self.rule.repeats:
            return None
        if self._repeats is None:
            self._repeats = frozenset(w.lower() for w in self.rule.repeats_ok)
        return self._repeats

    @property
    def _proper(self) -> frozenset[str]:
        if self._proper_words is None:
            self._proper_words = frozenset(w.lower() for w in self.rule.proper_words)
        return self._proper_words

    @property
    def speller(self) -> Speller:
        if self._speller is None:
            accept: set[str] = set()
            for name in self.rule.accept:
                accept |= self.pack.vocab_words(name)
            self._speller = speller(self.rule.dictionary, frozenset(accept), self.rule.compounds,
                                    self.options())
        return self._speller

    def options(self) -> SpellerOptions:
        r = self.rule
        return SpellerOptions(r.loanwords, r.loan_endings, r.not_compound_heads,
                              self.corrections(), r.prefixes, r.endings)

    def corrections(self) -> dict[str, str]:
        """The pack's misspellings (``wrong right`` per line) by wrong form, folded to lower
        case; the right form may be empty."""
        if self._corrections is None:
            out: dict[str, str] = {}
            for name in self.rule.misspellings:
                for line in self.pack.vocab_lines(name):
                    wrong, _sep, right = line.partition(" ")
                    out[wrong.lower()] = right.strip()
            self._corrections = out
        return self._corrections

    def suggestions(self, word: str) -> list[str]:
        if " " in word:  # a word typed twice
            return [word.split()[0]]
        right = self.corrections().get(word.lower())
        if right:
            return [right]
        return self.speller.suggest(word)

    def words_of(self, org: OrgRules) -> frozenset[str]:
        if org is not self._org:  # a pack is compiled per OrgRules object: usually one
            self._org, self._org_words = org, org_words(org)
        return self._org_words

    def spans(self, doc: Doc, org: OrgRules,
              customer: Doc | None = None) -> list[tuple[int, int, str]]:
        """(start, end, word) in the original text for each misspelled word outside quotes.
        Names the customer wrote (capitalised words of ``customer``) are accepted too."""
        starts = {doc.n.span(s.start, s.start + 1)[0] for s in doc.sents}
        starts.add(0)
        extra = self.words_of(org)
        if customer is not None:
            extra = extra | {w.lower() for w in _WORDS.findall(customer.n.orig)
                             if w[0].isupper()}
        text = doc.n.orig
        found = misspelled(text, self.speller, extra, self.rule.min_length, starts,
                           self.rule.confusables, self._proper,
                           frozenset(self.rule.predicative_after), self._repeats_ok)
        return [(s, e, word) for s, e, word in found
                if not any(a <= s < b for a, b in doc.quotes)]

    def run(self, rc: RunContext) -> list[Finding]:
        if not rc.spelling:
            return []
        out: list[Finding] = []
        for s, e, word in self.spans(rc.doc, rc.org, rc.customer):
            sugg = self.suggestions(word) if rc.suggest else []
            out.append(self.finding(rc, s, e, norm=False, replacement=sugg[0] if sugg else None,
                                    fmt={"word": word,
                                         "suggestions": ", ".join(sugg) or "?"},
                                    data={"word": word, "suggestions": sugg}))
        return out


def lexicon(lang: str) -> tuple[Speller | None, frozenset[str]]:
    """A language pack's speller (None without a spelling rule) and its stop words (folded),
    for telling languages apart (:mod:`tactful.protocol.language`)."""
    from tactful.protocol.compile import get_pack  # compile imports the kinds

    pack = get_pack(lang, None)
    sp = next((c.speller for c in pack.checks if isinstance(c, SpellingCheck)), None)
    return sp, pack.stopwords


def misspelled_in(text: str, lang: str, org: OrgRules | None = None) -> list[tuple[int, int, str]]:
    """The spelling check alone on ``text``: (start, end, word) per misspelled word, as the
    language pack's spelling rule reports them (used by the measurements and tests)."""
    from tactful.protocol.compile import get_pack  # compile imports the kinds

    pack = get_pack(lang, org)
    org = org or OrgRules()
    doc = make_doc(text, lang)
    out: list[tuple[int, int, str]] = []
    for check in pack.checks:
        if isinstance(check, SpellingCheck):
            out.extend(check.spans(doc, org))
    return out
