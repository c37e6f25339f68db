"""Texts people read, written once or per language: ``Hello`` or ``{en: Hello, hu: Jó napot}``."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator


def _text(value: Any) -> dict[str, str]:
    if isinstance(value, str):
        return {"*": value}
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str)
                                       for k, v in value.items()):
        return dict(value)
    raise ValueError("write a text, or a mapping of language code to text")


Text = Annotated[dict[str, str], BeforeValidator(_text)]


def pick(text: dict[str, str] | None, lang: str, fallback: str = "en") -> str:
    """The text in ``lang``, else the policy's neutral text, else the fallback language."""
    if not text:
        return ""
    for key in (lang, lang.split("-")[0], "*", fallback):
        if key in text:
            return text[key]
    return next(iter(text.values()))
