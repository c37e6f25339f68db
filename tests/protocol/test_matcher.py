"""The phrase matcher's pattern syntax (docs/checker.md), atom by atom."""

from __future__ import annotations

import pytest

from tactful.protocol.matcher import PatternError, PhraseMatcher
from tactful.protocol.normalize import make_doc


def _hits(lang: str, pattern: str, text: str, gap: int = 1) -> list[str]:
    m = PhraseMatcher(lang, {"hu": "hungarian", "ro": "romanian"}.get(lang, "english"))
    m.add("g", pattern, gap=gap)
    m.build()
    return [text[x.start:x.end] for x in m.run(make_doc(text, lang)).get("g", [])]


def test_an_ending_matches_the_person_of_a_verb() -> None:
    """R-TALK-6: "kellett volna *nia" is "you should have", not "we should have" (-nunk)."""
    assert _hits("hu", "kellett volna (le|meg)? *nia", "Hát, le kellett volna takarnia.") == [
        "kellett volna takarnia"]
    assert _hits("hu", "kellett volna (le|meg)? *nia", "Meg kellett volna csinálnunk.") == []
    assert _hits("ro", "trebuia sa *ti", "Trebuia să acoperiți podeaua.") == [
        "Trebuia să acoperiți"]
    assert _hits("ro", "trebuia sa *ti", "Trebuia să vă anunțăm noi.") == []


def test_an_ending_needs_two_more_letters() -> None:
    """R-TALK-15: "*ti" does not match the bare ending ("ti") or one letter more ("ați")."""
    assert _hits("ro", "sa *ti", "sa ti") == []
    assert _hits("ro", "sa *ti", "sa ati") == []


def test_an_ending_alone_is_a_pattern() -> None:
    """R-TALK-13: a diminutive suffix on its own ("*ocska") is looked up by the ending."""
    assert _hits("hu", "*ocska", "Várjon egy pillanatocskát, kérem.") == []
    assert _hits("hu", "*ocsk*", "x") == []
    assert _hits("hu", "*ocska", "Egy pillanatocska, és mondom.") == ["pillanatocska"]


def test_a_pattern_of_wildcards_only_is_refused() -> None:
    """R-TALK-15: "_" alone cannot be looked up; such a pattern is a clear error."""
    with pytest.raises(PatternError, match="besides _"):
        _hits("hu", "_ _", "x")


def test_a_word_inside_a_containing_word_is_no_occurrence() -> None:
    """R-TALK-6: Chinese 要是 ("if") inside 主要是 ("mainly is") is not the word; found alone,
    or next to a containing word it is not inside, it still is."""
    m = PhraseMatcher("zh-Hans", None, containing=("主要是",))
    m.add("if", "要是")
    m.add("cause", "是因为 您")
    m.build()

    def hits(text: str) -> dict[str, list[str]]:
        found = m.run(make_doc(text, "zh-Hans"))
        return {g: [text[x.start:x.end] for x in found.get(g, [])] for g in ("if", "cause")}

    assert hits("主要是因为您没有确认。") == {"if": [], "cause": ["是因为您"]}
    assert hits("要是您没有确认，主要是时间问题。") == {"if": ["要是"], "cause": []}
    assert hits("要是您忘了，主要是因为您太忙。") == {"if": ["要是"], "cause": ["是因为您"]}
    plain = PhraseMatcher("zh-Hans", None)
    plain.add("if", "要是")
    plain.build()
    assert plain.run(make_doc("主要是因为您没有确认。", "zh-Hans")).get("if")
