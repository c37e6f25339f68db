"""Phrasebook (R-TALK-14) and greeting builder (R-TALK-1)."""

from __future__ import annotations

import pytest

from tactful.protocol import OrgRules, build_greeting, check_text, greeting_options, phrasebook
from tactful.protocol.phrasebook import CATEGORIES
from tactful.protocol.schema import LANGS


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_seed_003_categories(lang: str) -> None:
    """R-TALK-14: forms of address, greetings, holiday wishes, farewells, acknowledgements,
    apologies in every language."""
    book = phrasebook(lang)
    assert list(book) == list(CATEGORIES)
    assert all(book[c] for c in CATEGORIES)


def test_traditional_chinese_phrasebook_is_converted() -> None:
    """R-TALK-14: zh-Hant phrases in Traditional script (seed 003 is Traditional)."""
    assert "請原諒" in phrasebook("zh-Hant")["apologies"]


@pytest.mark.parametrize("lang", ["en", "hu", "ro", "et", "zh-Hans", "zh-Hant"])
def test_every_built_greeting_passes_the_greeting_rule(lang: str) -> None:
    """R-TALK-1: each combination of options names agent and organisation and offers help."""
    options = greeting_options(lang)
    org = OrgRules(organisation="Acme", agent_names=["Anna"])
    for intro in range(len(options["introduction"])):
        for offer in range(len(options["offer"])):
            text = build_greeting(lang, agent="Anna", organisation="Acme",
                                  choices={"introduction": intro, "offer": offer}, hour=9)
            found = [f for f in check_text(text, lang=lang, position="opening", org=org,
                                           spelling=False).findings]
            assert not found, (text, found)


def test_the_hour_picks_the_salutation() -> None:
    assert build_greeting("en", agent="A", organisation="B", hour=20).startswith("Good evening")
    with pytest.raises(ValueError):
        build_greeting("en", agent="A", organisation="B", choices={"offer": 9})
