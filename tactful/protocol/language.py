"""``--lang auto``: lingua restricted to the checker's languages; Chinese script by counting.

Short Latin-script messages ("No problem.", "Tere!", "Kovács Anna here, quick question.")
are where a character-statistics detector guesses: when lingua's two best languages are
close, the spelling dictionaries vote, each language scoring the share of the message's
ordinary words it knows (names, codes and addresses left out), and the best share wins
(lingua's order breaks ties). Chinese is told apart by its script; Simplified vs
Traditional by counting characters only one of the two scripts writes (OpenCC's tables).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

VOTE_MAX_WORDS = 8  # messages with more ordinary words than this trust lingua alone
VOTE_MARGIN = 0.5  # lingua's best minus second-best confidence below which words vote
_CODES = {"ENGLISH": "en", "HUNGARIAN": "hu", "ESTONIAN": "et", "ROMANIAN": "ro"}
_WORD = re.compile(r"(?<![\w@./:#-])[^\W\d_]+(?![\w@/:#-]|\.\w)")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.HUNGARIAN, Language.ESTONIAN, Language.ROMANIAN,
        Language.CHINESE).build()


def _opencc_table(name: str) -> dict[str, tuple[str, ...]]:
    import opencc  # opencc-python-reimplemented ships OpenCC's dictionary files

    path = Path(opencc.__file__).parent / "dictionary" / name
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _tab, values = line.partition("\t")
        if len(key) == 1 and values:
            out[key] = tuple(values.split(" "))
    return out


@lru_cache(maxsize=1)
def script_only_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(characters only Traditional writes, characters only Simplified writes).

    A character is "only Traditional" when every Simplified form of it differs from it and
    it is no Simplified character itself; so 乾 and 於 (which Simplified also writes) and
    干, 里, 后, 台 (which Traditional also writes) belong to neither set.
    """
    t2s, s2t = _opencc_table("TSCharacters.txt"), _opencc_table("STCharacters.txt")
    trad = frozenset(c for c, forms in t2s.items() if c not in forms and c not in s2t)
    simp = frozenset(c for c, forms in s2t.items() if c not in forms and c not in t2s)
    return trad, simp


def chinese_script(text: str) -> str:
    """zh-Hant when Traditional-only characters outnumber Simplified-only ones."""
    trad, simp = script_only_chars()
    t = sum(1 for ch in text if ch in trad)
    s = sum(1 for ch in text if ch in simp)
    return "zh-Hant" if t > s else "zh-Hans"


def detect_language(text: str, default: str = "en") -> str:
    """One of en, hu, et, ro, zh-Hans, zh-Hant."""
    sample = text[:2000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters and cjk / letters > 0.3:
        return chinese_script(sample)
    if not letters:
        return default
    short = len(sample.split()) <= 2 * VOTE_MAX_WORDS
    words = ordinary_words(sample) if short else []
    # a short message's names ("Tere, Kovács Anna!") would outweigh its few words
    ranked = [(v.language.name, v.value) for v in _detector().compute_language_confidence_values(
        " ".join(words) if short and words else sample)]
    if not ranked or ranked[0][1] <= 0:
        return default
    if ranked[0][0] == "CHINESE":
        return chinese_script(sample)
    latin = [(_CODES[name], value) for name, value in ranked if name in _CODES]
    best = latin[0][0]
    if len(latin) > 1 and latin[0][1] - latin[1][1] < VOTE_MARGIN and (
            0 < len(words) <= VOTE_MAX_WORDS):
        best = _vote(words, [code for code, _v in latin])
    return best


def ordinary_words(text: str) -> list[str]:
    """Lower-cased words, leaving out names (capitalised inside a sentence), acronyms and
    chunks with digits, ``@`` or ``/`` (codes, addresses)."""
    out: list[str] = []
    after_stop = True
    for m in _WORD.finditer(text):
        word = m.group()
        before = text[:m.start()].rstrip()
        after_stop = not before or before[-1] in ".!?:\n"
        if word.isupper() and len(word) > 1:
            continue
        if word[0].isupper() and not after_stop:
            continue
        out.append(word.lower())
    return out


def _vote(words: list[str], langs: list[str]) -> str:
    """The language whose dictionary knows the largest share of ``words``, its stop words
    ("tere", "the", "și") counting once more; ``langs`` in lingua's order breaks ties."""
    from tactful.protocol.kinds.spelling import lexicon  # the packs import this module
    from tactful.protocol.normalize import fold

    best, best_score = langs[0], -1.0
    for lang in langs:
        sp, stop = lexicon(lang)
        if sp is None or not sp.available:
            continue
        score = sum(sp.known(w) + (fold(w, lang) in stop) for w in words) / len(words)
        if score > best_score:
            best, best_score = lang, score
    return best
