"""Rule kinds: one module per kind, each compiling a validated rule into a :class:`Check`.

``KIND_CHECKS`` maps the closed list of kinds (``schema.KINDS``) to their check classes.
"""

from __future__ import annotations

from tactful.protocol.kinds.acronym import AcronymCheck
from tactful.protocol.kinds.address import AddressCheck
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.kinds.existence import ExistenceCheck
from tactful.protocol.kinds.question_coverage import QuestionCoverageCheck
from tactful.protocol.kinds.readability import ReadabilityCheck
from tactful.protocol.kinds.required_parts import RequiredPartsCheck
from tactful.protocol.kinds.script import ScriptCheck
from tactful.protocol.kinds.secret import SecretCheck
from tactful.protocol.kinds.spelling import SpellingCheck
from tactful.protocol.kinds.substitution import SubstitutionCheck
from tactful.protocol.kinds.transcript import TranscriptCheck

KIND_CHECKS: dict[str, type[Check]] = {
    "existence": ExistenceCheck,
    "acronym": AcronymCheck,
    "substitution": SubstitutionCheck,
    "address": AddressCheck,
    "required_parts": RequiredPartsCheck,
    "question_coverage": QuestionCoverageCheck,
    "spelling": SpellingCheck,
    "script": ScriptCheck,
    "readability": ReadabilityCheck,
    "secret": SecretCheck,
    "transcript": TranscriptCheck,
}

__all__ = ["KIND_CHECKS", "Check", "RunContext"]
