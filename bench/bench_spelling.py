"""Spelling (R-TALK-8): false alarms, typos caught, and words per second, per language.

Text sets: tests/protocol/spelling_data/ (customer-service sentences written for Tactful, and
typos made from them; see its README). Each figure stands beside a baseline measured in the
same run:

* quality: plain Hunspell, every word of three or more letters looked up as it stands (no
  masking of names, addresses or codes, no accept lists); for Estonian also Tactful's own
  pipeline on Hunspell et_EE instead of Vabamorf, and on the text stripped of diacritics
  (chat style);
* speed: the plain Hunspell lookup of every word, uncached. ``cold`` is a fresh speller
  (empty caches; Vabamorf or Hunspell asked about every new word), ``warm`` the same text
  again.

Run: ``.venv/bin/python -m bench spelling``.
"""

from __future__ import annotations

import csv
import re
import time
import unicodedata
from pathlib import Path

from tactful.protocol.compile import get_pack
from tactful.protocol.kinds.spelling import SpellingCheck
from tactful.protocol.normalize import Doc, make_doc
from tactful.protocol.org import OrgRules
from tactful.protocol.spelling import HunspellEngine, Speller, hunspell_engine

DATA = Path(__file__).resolve().parent.parent / "tests" / "protocol" / "spelling_data"
LANGS = ("en", "hu", "ro", "et")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ORG = OrgRules()


def clean(lang: str) -> list[str]:
    return [x for x in (DATA / f"{lang}_clean.txt").read_text(encoding="utf-8").splitlines()
            if x.strip()]


def typos(lang: str) -> list[dict[str, str]]:
    with (DATA / f"{lang}_typos.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def strip_diacritics(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c))


def word_count(lines: list[str]) -> int:
    return sum(len(_WORD.findall(x)) for x in lines)


def spelling_check(lang: str) -> SpellingCheck:
    return next(c for c in get_pack(lang, None).checks if isinstance(c, SpellingCheck))


def fresh_check(lang: str, engine: HunspellEngine | None = None) -> SpellingCheck:
    """The pack's spelling rule with a speller of its own (empty caches)."""
    base = spelling_check(lang)
    chk = SpellingCheck(base.rule, base.pack)
    accept: set[str] = set()
    for name in base.rule.accept:
        accept |= base.pack.vocab_words(name)
    chk._speller = Speller(base.rule.dictionary, accept, base.rule.compounds, engine=engine,
                           note="")
    return chk


def plain_hunspell(lang: str) -> HunspellEngine:
    """The language's first Hunspell dictionary (shared: see hunspell_engine)."""
    engine = hunspell_engine(spelling_check(lang).rule.dictionary.split("+")[0])
    assert engine is not None, "Hunspell dictionaries: make system-packages"
    return engine


def quality(flag: object, lang: str) -> tuple[float, float]:
    """(false-alarm % of clean words, % of typos caught) for ``flag(text) -> spans``."""
    assert callable(flag)
    lines = clean(lang)
    false = sum(len(flag(x)) for x in lines)
    rows = typos(lang)
    caught = 0
    for row in rows:
        s = row["sentence"]
        i = s.find(row["typo"])
        j = i + len(row["typo"])
        caught += any(a < j and i < b for a, b, *_w in flag(s))
    return 100 * false / word_count(lines), 100 * caught / len(rows)


def flagger(chk: SpellingCheck, lang: str) -> object:
    def flag(text: str) -> list[tuple[int, int, str]]:
        return chk.spans(make_doc(text, lang), _ORG)
    return flag


def naive_flagger(engine: HunspellEngine) -> object:
    def flag(text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)
                if len(m.group()) >= 3 and not engine.known(m.group())]
    return flag


def speed(lang: str, rounds: int = 3) -> tuple[float, float, float]:
    """Words per second: plain Hunspell lookups, Tactful's check cold, and warm."""
    lines = clean(lang)
    docs: list[Doc] = [make_doc(x, lang) for x in lines]
    words = word_count(lines)
    engine = plain_hunspell(lang)
    tokens = [m.group() for x in lines for m in _WORD.finditer(x)]
    best_plain = best_cold = best_warm = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for w in tokens:
            engine.known(w)
        best_plain = min(best_plain, time.perf_counter() - started)
        chk = fresh_check(lang)
        chk.speller  # noqa: B018 (open the engine outside the timing)
        started = time.perf_counter()
        for d in docs:
            chk.spans(d, _ORG)
        best_cold = min(best_cold, time.perf_counter() - started)
        started = time.perf_counter()
        for d in docs:
            chk.spans(d, _ORG)
        best_warm = min(best_warm, time.perf_counter() - started)
    return words / best_plain, words / best_cold, words / best_warm


def main() -> None:
    print("quality: false alarms (% of clean words) | typos caught (%)")
    for lang in LANGS:
        ours = quality(flagger(fresh_check(lang), lang), lang)
        naive = quality(naive_flagger(plain_hunspell(lang)), lang)
        line = (f"  {lang}: tactful {ours[0]:.2f}% | {ours[1]:.1f}%   "
                f"plain Hunspell {naive[0]:.2f}% | {naive[1]:.1f}%")
        if lang == "et":
            hun = quality(flagger(fresh_check(lang, plain_hunspell(lang)), lang), lang)
            line += f"   tactful on Hunspell et_EE {hun[0]:.2f}% | {hun[1]:.1f}%"
        if lang != "en":
            chk = fresh_check(lang)
            lines = [strip_diacritics(x) for x in clean(lang)]
            false = sum(len(chk.spans(make_doc(x, lang), _ORG)) for x in lines)
            line += f"   (without diacritics: {100 * false / word_count(lines):.2f}%)"
        print(line, flush=True)
    print("speed: words/s (plain Hunspell lookup, uncached = baseline)")
    for lang in LANGS:
        plain, cold, warm = speed(lang)
        engine = fresh_check(lang).speller.engine
        print(f"  {lang} ({getattr(engine, 'name', '?')}): plain {plain:,.0f}  "
              f"cold {cold:,.0f} ({cold / plain:.2f}x)  warm {warm:,.0f} "
              f"({warm / plain:.2f}x)", flush=True)


if __name__ == "__main__":
    main()
