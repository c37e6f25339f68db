"""address: informal address where the organisation asks for formal address (R-TALK-3).

Same matching as substitution; switched off when ``OrgRules.formal_address`` is False.
"""

from __future__ import annotations

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import RunContext
from tactful.protocol.kinds.substitution import SubstitutionCheck


class AddressCheck(SubstitutionCheck):
    def run(self, rc: RunContext) -> list[Finding]:
        if not rc.org.formal_address:
            return []
        found = super().run(rc)
        after = getattr(self.rule, "not_followed_by", [])
        before = getattr(self.rule, "not_preceded_by", [])
        alone = getattr(self.rule, "standalone", [])
        if not after and not before and not alone:
            return found
        text = rc.doc.n.orig
        return [f for f in found if not any(text.startswith(a, f.end) for a in after)
                and not any(text.endswith(b, 0, f.start) for b in before)
                and not (f.start > 0 and text[f.start - 1].isalnum()
                         and text[f.start:f.end] in alone)]
