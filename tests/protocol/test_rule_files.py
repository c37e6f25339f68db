"""Rule files are data: validated, with file and line in every error (R-TALK-15)."""

from __future__ import annotations

from pathlib import Path

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
