"""script: Chinese script consistency, simplified vs traditional (R-TALK-8).

Characters that exist only in the other script are reported in runs, with the converted run
as the replacement. The character sets come from OpenCC's tables
(:func:`tactful.protocol.language.script_only_chars`): 乾 and 於, which Simplified also
writes, and 干, 里, 后, 台, which Traditional also writes, are never reported.
Replacements are converted phrase by phrase with OpenCC's phrase tables in the run's
context (头发 → 頭髮, not 頭發). Latin letters, digits and punctuation (names, English
words, order numbers) are never part of a run.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.language import script_only_chars
from tactful.protocol.schema import ScriptRule

_CONTEXT = 4  # characters either side of a run given to the phrase converter


@lru_cache(maxsize=2)
def _converter(config: str) -> Any:
    from opencc import OpenCC

    return OpenCC(config)


def convert_run(text: str, start: int, end: int, expected: str) -> str:
    """``text[start:end]`` in the expected script, converted with its context."""
    lo, hi = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    window = text[lo:hi]
    simplified = _converter("t2s").convert(window)
    if expected == "traditional" and len(simplified) == len(window):
        converted = _converter("s2t").convert(simplified)
    else:
        converted = simplified
    if len(converted) != len(window):  # a phrase changed length: convert the run alone
        run = _converter("t2s").convert(text[start:end])
        return run if expected == "simplified" else _converter("s2t").convert(run)
    return converted[start - lo:end - lo]


class ScriptCheck(Check):
    rule: ScriptRule

    def _wrong(self) -> frozenset[str]:
        trad, simp = script_only_chars()
        return trad if self.rule.expected == "simplified" else simp

    def could_report(self, rc: RunContext) -> bool:
        return not rc.doc.n.orig.isascii() and not self._wrong().isdisjoint(rc.doc.n.orig)

    def run(self, rc: RunContext) -> list[Finding]:
        text = rc.doc.n.orig
        wrong = self._wrong()
        if wrong.isdisjoint(text):
            return []
        out: list[Finding] = []
        i, n = 0, len(text)
        while i < n:
            if text[i] not in wrong:
                i += 1
                continue
            j = i + 1
            # a run goes on through wrong characters and single Chinese characters between them
            while j < n and (text[j] in wrong or (j + 1 < n and text[j + 1] in wrong
                                                  and "\u4e00" <= text[j] <= "\u9fff")):
                j += 1
            rep = convert_run(text, i, j, self.rule.expected)
            out.append(self.finding(rc, i, j, replacement=rep, norm=False))
            i = j
        if sum(f.end - f.start for f in out) < self.rule.min_chars:
            return []
        return out
