"""secret: card numbers (Luhn-checked) and IBANs (mod-97) in what the agent writes (R-SEC-1)."""

from __future__ import annotations

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.redaction import find_secrets, has_digit, has_digit_normalised
from tactful.protocol.schema import SecretRule


class SecretCheck(Check):
    rule: SecretRule

    def could_report(self, rc: RunContext) -> bool:
        doc = rc.doc  # as find_secrets decides
        return has_digit(doc.n.orig) if doc.lang.startswith("zh") else has_digit_normalised(doc.n)

    def run(self, rc: RunContext) -> list[Finding]:
        out: list[Finding] = []
        doc = rc.doc
        # Latin-script languages normalise as find_secrets does: reuse the message's
        normalised = None if doc.lang.startswith("zh") else doc.n
        for sec in find_secrets(doc.n.orig, tuple(self.rule.secrets), normalised):
            out.append(self.finding(rc, sec.start, sec.end, replacement=sec.mask, norm=False,
                                    fmt={"secret": sec.kind}, data={"secret": sec.kind}))
        return out
