"""required_parts: a greeting (R-TALK-1), a closing (R-TALK-2) or a letter (R-LETTER-1) must
contain each of its parts; the organisation may prescribe its own parts with options.

Region checked: the whole text at position ``opening``/``closing`` (the message *is* the
greeting or closing); for ``whole``, the first two or last three sentences (sign-off lines
and names under an e-mail do not count among the three), and only if the section was
attempted there: the rule's ``attempt`` parts are all present, or, without ``attempt``, a
trigger phrase and ``attempt_parts`` parts (default one). Letters: the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.matcher import PhraseMatcher
from tactful.protocol.normalize import fold
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import NameCue, RequiredPartsRule, RuleBase

if TYPE_CHECKING:
    from tactful.protocol.compile import LanguagePack

_GENERIC = {
    "en": "The prescribed part '{part}' is missing.",
    "hu": "Hiányzik az előírt elem: '{part}'.",
    "ro": "Lipsește partea prescrisă: '{part}'.",
    "et": "Ettenähtud osa '{part}' puudub.",
    "zh-Hans": "缺少规定的部分：'{part}'。",
}


_SIGN_OFF_WORDS = 5  # a trailing line this short without an end mark is a sign-off or a name


class RequiredPartsCheck(Check):
    rule: RequiredPartsRule

    def __init__(self, rule: RuleBase, pack: LanguagePack) -> None:
        super().__init__(rule, pack)
        self._trigger = f"{rule.id}#trigger"

    def _parts(self, org: OrgRules) -> dict[str, tuple[list[str], int, bool]]:
        """Part name -> (patterns, gap, any_order)."""
        gap = self.rule.gap
        prescribed = self._prescribed(org)
        if prescribed:
            return {name: (list(opts), gap, False) for name, opts in prescribed.items()}
        parts: dict[str, tuple[list[str], int, bool]] = {}
        for name, part in self.rule.parts.items():
            pats = list(part.patterns)
            if part.org_field == "organisation" and org.organisation:
                # A known organisation must be named: generic cues ("customer service")
                # no longer stand in for it. Its last word may be inflected (Energiától).
                pats = _name_patterns([org.organisation, *org.organisation_aliases])
            if part.org_field == "agent_names":
                pats += _name_patterns(org.agent_names)
            parts[name] = (pats, gap if part.gap is None else part.gap, part.any_order)
        return parts

    def _prescribed(self, org: OrgRules) -> dict[str, list[str]]:
        return (org.greeting_parts if self.rule.section == "greeting"
                else org.closing_parts if self.rule.section == "closing" else {})

    def register(self, matcher: PhraseMatcher, org: OrgRules) -> None:
        super().register(matcher, org)
        for name, (pats, gap, any_order) in self._parts(org).items():
            for pat in pats:
                matcher.add(f"{self.group}:{name}", pat, gap=gap, any_order=any_order,
                            family=f"{self.group}:parts")
        if not self._prescribed(org):
            for name, part in self.rule.parts.items():
                for pat in part.unless:
                    matcher.add(f"{self.group}:{name}#unless", pat, gap=0,
                                family=f"{self.group}:parts")
        for pat in self.rule.trigger:
            matcher.add(f"{self.group}#trigger", pat, gap=self.rule.gap)

    def applies_to(self, channel: str | None, position: str) -> bool:
        if not super().applies_to(channel, position):
            return False
        if self.rule.section == "greeting":
            return position in ("opening", "whole")
        if self.rule.section == "closing":
            return position in ("closing", "whole")
        return True

    def trigger(self, position: str) -> str | None:
        # In a whole message a greeting or closing is checked only if its trigger phrase
        # matched (see run()).
        return self._trigger if position == "whole" and self.rule.section != "letter" else None

    def _region(self, rc: RunContext) -> tuple[int, int]:
        """Where the section stands in a complete message: the first two sentences for a
        greeting, the last three for a closing (trailing sign-off lines and names extra)."""
        doc = rc.doc
        sents = doc.sents
        if self.rule.section == "greeting":
            return 0, sents[min(1, len(sents) - 1)].end
        k = len(sents)
        while k > 1 and _sign_off_line(rc, k - 1):
            k -= 1
        return sents[max(0, k - 3)].start, len(doc.n.norm)

    def _closing_only(self, rc: RunContext, present: Callable[[str], bool]) -> bool:
        """A complete message is checked as a closing only when it *is* one: three sentences
        at most (sign-off lines aside), the first already part of the closing. A reply with
        content that ends "Anything else? Bye!" is a message, not a conversation's end."""
        sents = rc.doc.sents
        k = len(sents)
        while k > 1 and _sign_off_line(rc, k - 1):
            k -= 1
        if k > 3:
            return False
        first = sents[0]
        return any(first.start <= m.start < first.end
                   for name in self._parts(rc.org)
                   for m in rc.matches.get(f"{self.group}:{name}", ()))

    def run(self, rc: RunContext) -> list[Finding]:
        doc = rc.doc
        if not doc.n.norm.strip():
            return []
        sents = doc.sents or []
        lo, hi = 0, len(doc.n.norm)
        anchor = (sents[0].start, sents[0].end) if sents else (lo, hi)
        if self.rule.section == "closing" and sents:
            anchor = (sents[-1].start, sents[-1].end)
        parts = self._parts(rc.org)

        def present(name: str) -> bool:
            part = self.rule.parts.get(name) if not self._prescribed(rc.org) else None
            if part is not None and part.names is not None and _has_name(rc, lo, hi,
                                                                         part.names):
                return True
            unless = rc.matches.get(f"{self.group}:{name}#unless", ())
            for m in rc.matches.get(f"{self.group}:{name}", ()):
                if not lo <= m.start < hi:
                    continue
                sent = doc.sentence_at(m.start)
                s0 = sent.start if sent else 0
                if (part is not None and part.question and rc.position == "whole"
                        and not (sent and sent.is_question)):
                    continue  # in a complete message only a question attempts the part
                # "If you have other questions" voids the part up to the end of its clause:
                # "如有其他疑问，请问还需要…吗？" asks after the conditional.
                if not any(s0 <= u.start < m.start and "," not in doc.n.norm[u.end:m.start]
                           for u in unless):
                    return True
            return False

        if rc.position == "whole" and self.rule.section != "letter" and sents:
            lo, hi = self._region(rc)
            attempt = [n for n in self.rule.attempt if n in parts]
            if attempt and not self._prescribed(rc.org):
                # Only an attempted section is checked ("Hello, your order has shipped." is
                # not a greeting; "Kind regards" under an e-mail is not a closing).
                if not all(present(n) for n in attempt):
                    return []
                if self.rule.section == "closing" and not self._closing_only(rc, present):
                    return []
            else:
                triggers = [m for m in rc.matches.get(self.group + "#trigger", ())
                            if lo <= m.start < hi]
                if not triggers or sum(present(n) for n in parts) < self.rule.attempt_parts:
                    return []
        out: list[Finding] = []
        prescribed = self._prescribed(rc.org)
        for name in parts:
            if present(name):
                continue
            if not prescribed and name in self.rule.parts:
                msg = self.rule.parts[name].message
            else:
                msg = _GENERIC
            out.append(self.finding(rc, anchor[0], anchor[1], message=msg,
                                    fmt={"part": name}, data={"part": name}))
        return out


def _sign_off_line(rc: RunContext, i: int) -> bool:
    """A short sentence without an end mark: a sign-off ("Kind regards,") or a name."""
    doc = rc.doc
    sent = doc.sents[i]
    text = doc.n.norm[sent.start:sent.end]
    if text[-1:] in ".!?":
        return False
    if doc.lang.startswith("zh"):
        return len(text) <= 12
    return sum(1 for _t, s, _e in doc.tokens if sent.start <= s < sent.end) <= _SIGN_OFF_WORDS


_NOT_PATTERN = re.compile(r"[()|*=?_]")


def _name_patterns(names: Iterable[str]) -> list[str]:
    """Patterns for names the organisation gives: as written, and with the last word open to
    inflection (Pannon Energiához, Telekom Eestisse)."""
    out: list[str] = []
    for name in names:
        words = _NOT_PATTERN.sub(" ", name).split()
        if not words:
            continue
        out.append(" ".join(words))
        if len(words[-1]) >= 4 and not any("\u4e00" <= ch <= "\u9fff" for ch in words[-1]):
            out.append(" ".join([*words[:-1], words[-1] + "*"]))
    return out


def _has_name(rc: RunContext, lo: int, hi: int, cue: NameCue) -> bool:
    """Whether a capitalised name (see :class:`NameCue`) stands between ``lo`` and ``hi``; a
    word of the organisation's name, inflected too (Pannon Energiához), is none."""
    doc = rc.doc
    if doc.lang.startswith("zh"):
        return False
    orig = doc.n.orig
    toks = [(t, s, e) for t, s, e in doc.tokens if lo <= s < hi]
    if not toks:
        return False
    org_words = _fold_set((rc.org.organisation or "", *rc.org.organisation_aliases), doc.lang,
                          split=True)
    skip = _fold_set(cue.not_names, doc.lang) | org_words
    titles = _fold_set(cue.titles, doc.lang)
    starts = {s.start for s in doc.sents}

    def capitalised(k: int) -> bool:
        t, s, e = toks[k]
        first = orig[doc.n.span(s, s + 1)[0]]
        rest = orig[doc.n.span(s, e)[0]:doc.n.span(s, e)[1]]
        return (first.isupper() and not rest.isupper() and len(t) >= 2 and t not in skip
                and not any(len(w) >= 4 and t.startswith(w) for w in org_words))

    for k, (tok, s, _e) in enumerate(toks):
        if not capitalised(k) or tok.isdigit():
            continue
        near = {toks[j][0] for j in range(max(0, k - 2), min(len(toks), k + 3)) if j != k}
        if near & titles:
            continue
        sent_first = s in starts or (k > 0 and _SENT_GAP.search(
            doc.n.norm, toks[k - 1][2], s) is not None)
        if sent_first and not (k + 1 < len(toks) and capitalised(k + 1)):
            continue
        return True
    return False


_SENT_GAP = re.compile(r"[.!?;:\n]")


# Folded word sets, per language and words (the rule's and the organisation's: a few).
_FOLDED: dict[tuple[str, bool, tuple[str, ...]], frozenset[str]] = {}


def _fold_set(words: Iterable[str], lang: str, split: bool = False) -> frozenset[str]:
    """The folded ``words`` (``split``: every word of each), remembered."""
    key = (lang, split, tuple(words))
    hit = _FOLDED.get(key)
    if hit is None:
        hit = frozenset(w for x in key[2] for w in fold(x, lang).split()) if split else (
            frozenset(fold(w, lang) for w in key[2]))
        if len(_FOLDED) > 256:
            _FOLDED.clear()
        _FOLDED[key] = hit
    return hit
