"""The protocol checker: what agents write and say, checked against the protocol.

Pure Python (no Django). Public API::

    check_text(text, *, lang="auto", channel=None, position="whole", org=None,
               reader_lang="en", customer_text=None, spelling=True) -> Report
    check_transcript(data, *, org=None, reader_lang="en", spelling=True) -> Report
    redact(text) -> RedactionResult
    phrasebook(lang) -> dict[category, list[str]]
    build_greeting(lang, *, agent, organisation, choices=None, hour=None, org=None) -> str
    detect_language(text) -> str
    OrgRules, Finding, Report
"""

from __future__ import annotations

# ruff: noqa: E402
# First: decide whether the compiled modules may run (native.py), before any is imported.
from tactful.protocol import native

native.install()

from tactful.protocol.checker import check_text
from tactful.protocol.findings import Finding, Report
from tactful.protocol.language import detect_language
from tactful.protocol.org import OrgRules, PhraseAdvice
from tactful.protocol.phrasebook import build_greeting, greeting_options, phrasebook
from tactful.protocol.redaction import RedactionResult, find_secrets, redact
from tactful.protocol.schema import LANGS
from tactful.protocol.transcript import TranscriptError, check_transcript

__all__ = [
    "LANGS", "Finding", "OrgRules", "PhraseAdvice", "RedactionResult", "Report",
    "TranscriptError", "build_greeting", "check_text", "check_transcript", "detect_language",
    "find_secrets", "greeting_options", "native", "phrasebook", "redact",
]
