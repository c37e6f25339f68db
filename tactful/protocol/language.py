"""``--lang auto``: lingua restricted to the checker's languages; Chinese script by counting."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tactful.protocol.normalize import simplified_chars, traditional_chars


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.HUNGARIAN, Language.ESTONIAN, Language.ROMANIAN,
        Language.CHINESE).build()


_CODES = {"ENGLISH": "en", "HUNGARIAN": "hu", "ESTONIAN": "et", "ROMANIAN": "ro"}


def chinese_script(text: str) -> str:
    trad, simp = traditional_chars(), simplified_chars()
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
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return default
    if lang.name == "CHINESE":
        return chinese_script(sample)
    return _CODES.get(lang.name, default)
