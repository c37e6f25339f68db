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
        return super().run(rc)
