"""A letter as PDF with the organisation's letterhead (WeasyPrint).

Fonts: DejaVu for Latin scripts (Hungarian ő/ű, Romanian ș/ț, Estonian õ) and Noto CJK for
Chinese, both installed by the Makefile's Debian packages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.template import Context, Engine
from django.utils import formats, translation

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class Letter:
    recipient_name: str
    address: str
    subject: str
    body: str
    language: str = "en"
    agent_name: str = ""
    reference: str = ""
    on: date | None = None


def _engine() -> Engine:
    return Engine(dirs=[str(TEMPLATES)], libraries={"i18n": "django.templatetags.i18n"},
                  autoescape=True)


def letter_html(letter: Letter, letterhead: dict[str, str]) -> str:
    lang = "zh-hans" if letter.language.lower().startswith("zh") else letter.language
    with translation.override(lang):
        context = Context({
            "letter": letter, "org": letterhead,
            "paragraphs": [p.strip() for p in letter.body.replace("\r\n", "\n").split("\n\n")
                           if p.strip()],
            "address_lines": [line for line in letter.address.splitlines() if line.strip()],
            "date": formats.date_format(letter.on or date.today(), "DATE_FORMAT"),
            "lang": letter.language,
        })
        return _engine().get_template("letters/letter.html").render(context)


def render_pdf(letter: Letter, letterhead: dict[str, str]) -> bytes:
    from weasyprint import HTML

    return bytes(HTML(string=letter_html(letter, letterhead)).write_pdf())
