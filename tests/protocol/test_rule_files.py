"""Rule files are data: validated, with file and line in every error (R-TALK-15)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tactful.protocol.compile import PACKS, compile_pack, load_rules
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import KINDS, LANGS, RuleFileError, parse_rule

GOOD = """id: en.test
requirement: R-TALK-4
kind: existence
level: error
message: "Do not say '{match}'."
patterns: ["cannot help"]
"""


def test_unknown_kind_names_file_line_and_the_valid_kinds() -> None:
    """R-TALK-15: a bad rule file names the file, the line and the valid kinds."""
    with pytest.raises(RuleFileError) as err:
        parse_rule(GOOD.replace("kind: existence", "kind: existance"), "packs/en/x.yaml")
    text = str(err.value)
    assert text.startswith("packs/en/x.yaml:3:")
    assert all(k in text for k in KINDS)


def test_a_wrong_field_names_its_line() -> None:
    """R-TALK-15: a field of the wrong type is reported at its own line."""
    with pytest.raises(RuleFileError) as err:
        parse_rule(GOOD.replace("level: error", "level: fatal"), "r.yaml")
    assert err.value.line == 4 and "level" in str(err.value)


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(RuleFileError, match="tokenz"):
        parse_rule(GOOD + "tokenz: [a]\n", "r.yaml")


def test_a_bad_pattern_names_the_rule_file(tmp_path: Path) -> None:
    """R-TALK-15: pattern errors surface when the pack compiles, with the file."""
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "bad.yaml").write_text(GOOD.replace('["cannot help"]', '["(a|(b|c))"]'))
    with pytest.raises(RuleFileError, match=r"bad\.yaml"):
        compile_pack("en", OrgRules(), root=tmp_path)


@pytest.mark.parametrize("lang", LANGS)
def test_every_pack_loads_and_has_messages_in_english_and_its_language(lang: str) -> None:
    """R-TALK-15: every rule has a requirement, a message in English and in the pack's
    language, and a reference to the seed it comes from."""
    rules = load_rules(PACKS / lang)
    assert rules
    for rule in rules:
        assert rule.requirement.startswith("R-")
        assert "en" in rule.message, rule.id
        assert lang in rule.message or lang == "en", rule.id
        assert rule.references, rule.id


@pytest.mark.parametrize("lang", ["en", "hu", "et", "ro", "zh-Hans"])
def test_every_language_covers_the_required_rule_families(lang: str) -> None:
    """R-TALK-1..R-TALK-13, R-SEC-1, R-LETTER-1: each language has its rules."""
    reqs = {r.requirement for r in load_rules(PACKS / lang)}
    assert {"R-TALK-1", "R-TALK-2", "R-TALK-3", "R-TALK-4", "R-TALK-5", "R-TALK-6",
            "R-TALK-7", "R-TALK-9", "R-TALK-10", "R-TALK-11", "R-TALK-12", "R-TALK-13",
            "R-SEC-1", "R-LETTER-1", "R-PHONE-1"} <= reqs
    forbidden = [r for r in load_rules(PACKS / lang) if r.id.split(".", 1)[1].startswith(
        "forbidden.")]
    assert len(forbidden) == 6  # seed 003's six forbidden phrases


# The second person an exception's "we" form must not excuse, by language: the Snowball stem
# of a plain (stemmed) word covers every person, so "verificăm" (we check) had excused
# "trebuia să verificați" (you should have checked) and et "saate" had excused "saab".
_YOU_FORMS = {
    "et": (("me", "te"), ("sime", "site")),
    "ro": (("am", "ati"), ("em", "eti"), ("im", "iti")),
    "hu": (("unk", "ja"), ("juk", "ja"), ("tuk", "ta")),
}


def _stemmed_r_talk_6_words(lang: str, field: str) -> tuple[Any, list[tuple[str, str]]]:
    """The language's Snowball stemmer, and every stemmed word (not ``=exact``, no prefix or
    wildcard) in ``field`` (patterns, exceptions) of its R-TALK-6 rules, folded, with its
    file's name."""
    import re

    import yaml

    from tactful.protocol.matcher import stemmer_for
    from tactful.protocol.normalize import fold

    folder = PACKS / lang
    stem = stemmer_for(yaml.safe_load((folder / "vocab" / "language.yaml").read_text())["stemmer"])
    words = []
    for rule, path in zip(load_rules(folder), sorted(folder.glob("*.yaml")), strict=True):
        if rule.requirement != "R-TALK-6":
            continue
        for pattern in getattr(rule, field, None) or []:
            for word in re.findall(r"[^\s()|?]+", pattern):
                if not (word.startswith("=") or "*" in word or word == "_"):
                    words.append((path.name, fold(word, lang)))
    return stem, words


@pytest.mark.parametrize("lang", sorted(_YOU_FORMS))
def test_blame_exceptions_in_the_first_person_do_not_excuse_the_second(lang: str) -> None:
    """R-TALK-6: in the exceptions of a blame, refusal or lecturing rule, a verb in the first
    person ("we check") is written as an exact form when its stem would also match the
    second person ("you check"), which is the breach itself."""
    stem, words = _stemmed_r_talk_6_words(lang, "exceptions")
    loose = []
    for name, folded in words:
        if len(folded) < 5:
            continue  # short words are matched exactly
        for ours, yours in _YOU_FORMS[lang]:
            if folded.endswith(ours) and stem.stemWord(
                    folded[:-len(ours)] + yours) == stem.stemWord(folded):
                loose.append(f"{name}: {folded}")
    assert loose == []


# The second person a blame pattern names, and the first-person form a Snowball stem would
# let it match as well: Estonian "saatsite" / "saatsime", Hungarian "olvasta" / "olvastuk".
_BLAME_FORMS = {"et": (("site", ("sime",)),),
                "hu": (("ta", ("tuk", "tam")), ("te", ("tuk", "tem")))}


@pytest.mark.parametrize("lang", sorted(_BLAME_FORMS))
def test_blame_patterns_in_the_second_person_do_not_catch_the_first(lang: str) -> None:
    """R-TALK-6: a verb a blame pattern writes in the second person ("sest Te saatsite", "Ön
    nem olvasta") is an exact form when its stem would also match the first person ("sest me
    saatsime", "mi nem olvastuk el": the agent owning the mistake, no blame at all)."""
    stem, words = _stemmed_r_talk_6_words(lang, "patterns")
    loose = []
    for name, word in words:
        for yours, ours in _BLAME_FORMS[lang]:
            if word.endswith(yours) and any(stem.stemWord(word[:-len(yours)] + o)
                                            == stem.stemWord(word) for o in ours):
                loose.append(f"{name}: {word}")
    assert loose == []
