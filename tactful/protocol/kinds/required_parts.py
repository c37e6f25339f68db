"""required_parts: a greeting (R-TALK-1), a closing (R-TALK-2) or a letter (R-LETTER-1) must
contain each of its parts; the organisation may prescribe its own parts with options.

Region checked: the whole text at position ``opening``/``closing`` (the message *is* the
greeting or closing); for ``whole``, the first two or last three sentences, and only if a
trigger phrase shows a greeting or closing was attempted there. Letters: the whole text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.matcher import PhraseMatcher
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import RequiredPartsRule, RuleBase

if TYPE_CHECKING:
    from tactful.protocol.compile import LanguagePack

_GENERIC = {
    "en": "The prescribed part '{part}' is missing.",
    "hu": "Hiányzik az előírt elem: '{part}'.",
    "ro": "Lipsește partea prescrisă: '{part}'.",
    "et": "Ettenähtud osa '{part}' puudub.",
    "zh-Hans": "缺少规定的部分：'{part}'。",
}


class RequiredPartsCheck(Check):
    rule: RequiredPartsRule

    def __init__(self, rule: RuleBase, pack: LanguagePack) -> None:
        super().__init__(rule, pack)
        self._trigger = f"{rule.id}#trigger"

    def _parts(self, org: OrgRules) -> dict[str, list[str]]:
        prescribed = (org.greeting_parts if self.rule.section == "greeting"
                      else org.closing_parts if self.rule.section == "closing" else {})
        if prescribed:
            return {name: list(opts) for name, opts in prescribed.items()}
        parts: dict[str, list[str]] = {}
        for name, part in self.rule.parts.items():
            pats = list(part.patterns)
            if part.org_field == "organisation" and org.organisation:
                pats += [org.organisation, *org.organisation_aliases]
            if part.org_field == "agent_names":
                pats += list(org.agent_names)
            parts[name] = pats
        return parts

    def register(self, matcher: PhraseMatcher, org: OrgRules) -> None:
        super().register(matcher, org)
        for name, pats in self._parts(org).items():
            for pat in pats:
                matcher.add(f"{self.group}:{name}", pat, gap=self.rule.gap,
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

    def run(self, rc: RunContext) -> list[Finding]:
        doc = rc.doc
        if not doc.n.norm.strip():
            return []
        sents = doc.sents or []
        lo, hi = 0, len(doc.n.norm)
        anchor = (sents[0].start, sents[0].end) if sents else (lo, hi)
        if self.rule.section == "closing" and sents:
            anchor = (sents[-1].start, sents[-1].end)
        if rc.position == "whole" and self.rule.section != "letter":
            if self.rule.section == "greeting":
                hi = sents[0].end if sents else hi
            else:
                lo = sents[max(0, len(sents) - 3)].start if sents else lo
            # Only an attempted greeting/closing is checked: a trigger phrase and at least
            # one of the parts ("Hello, your order has shipped." is not a greeting).
            triggers = [m for m in rc.matches.get(self.group + "#trigger", ())
                        if lo <= m.start < hi]
            if not triggers:
                return []
            present = [name for name in self._parts(rc.org)
                       if any(lo <= m.start < hi
                              for m in rc.matches.get(f"{self.group}:{name}", ()))]
            if not present:
                return []
        out: list[Finding] = []
        prescribed = (rc.org.greeting_parts if self.rule.section == "greeting"
                      else rc.org.closing_parts if self.rule.section == "closing" else {})
        for name in self._parts(rc.org):
            hits = [m for m in rc.matches.get(f"{self.group}:{name}", ()) if lo <= m.start < hi]
            if hits:
                continue
            if not prescribed and name in self.rule.parts:
                msg = self.rule.parts[name].message
            else:
                msg = _GENERIC
            out.append(self.finding(rc, anchor[0], anchor[1], message=msg,
                                    fmt={"part": name}, data={"part": name}))
        return out
