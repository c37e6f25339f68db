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
from pathlib import Path
from typing import Any

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.language import script_only_chars
from tactful.protocol.schema import ScriptRule

_CONTEXT = 4  # characters either side of a run given to the phrase converter
# Characters Traditional writes too, but rarely as a Traditional text means them: 价 (價),
# 里 (裡, except as a mile or a village), 后 (後, except as an empress). One is reported
# when OpenCC's phrase converter changes it in its context, outside these words.
_SHARED = frozenset("价里后")
_SHARED_OK = ("公里", "英里", "海里", "千里", "萬里", "華里", "鄰里", "鄉里", "故里", "村里",
              "里長", "里程", "里民", "里數", "皇后", "太后", "王后", "影后", "歌后", "后妃")


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
        return trad if self.rule.expected == "simplified" else simp - regional_forms()

    def _shared_wrong(self, text: str) -> list[tuple[int, str]]:
        """(offset, replacement) of the shared characters a Traditional text should not
        write in their context (App里 → App裡, 折价券 → 折價券)."""
        if self.rule.expected != "traditional" or _SHARED.isdisjoint(text):
            return []
        out: list[tuple[int, str]] = []
        for i, ch in enumerate(text):
            if ch not in _SHARED or any(
                    w in text[max(0, i - 1):i + 2] and ch in w for w in _SHARED_OK):
                continue
            lo, hi = max(0, i - _CONTEXT), min(len(text), i + _CONTEXT + 1)
            converted = _converter("s2tw").convert(text[lo:hi])
            if len(converted) == hi - lo and converted[i - lo] != ch:
                out.append((i, converted[i - lo]))
        return out

    def could_report(self, rc: RunContext) -> bool:
        text = rc.doc.n.orig
        return not text.isascii() and (not self._wrong().isdisjoint(text) or (
            self.rule.expected == "traditional" and not _SHARED.isdisjoint(text)))

    def run(self, rc: RunContext) -> list[Finding]:
        text = rc.doc.n.orig
        wrong = self._wrong()
        out: list[Finding] = [self.finding(rc, i, i + 1, replacement=rep, norm=False)
                              for i, rep in self._shared_wrong(text)]
        if wrong.isdisjoint(text):
            return out if len(out) >= self.rule.min_chars else []
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
        return sorted(out, key=lambda f: f.start)


@lru_cache(maxsize=1)
def regional_forms() -> frozenset[str]:
    """Characters Taiwan or Hong Kong write as their standard form where OpenCC's common
    Traditional has a variant (床 for 牀): Traditional, whatever the Simplified table says."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    out: set[str] = set()
    for name in ("TWVariants.txt", "HKVariants.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            _key, _tab, values = line.partition("\t")
            out.update(v for v in values.split() if len(v) == 1)
    return frozenset(out)
