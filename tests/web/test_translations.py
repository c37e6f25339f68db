"""The interface in five languages: every message translated, compiled catalogues current."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "tactful" / "locale"
LANGUAGES = ("hu", "et", "ro", "zh_Hans")


def entries(po: Path) -> list[tuple[str, list[str]]]:
    found = []
    for block in po.read_text(encoding="utf-8").split("\n\n")[1:]:
        msgid = re.search(r'^msgid "(.*)"', block, re.M)
        strs = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', block, re.M)
        if msgid is None:
            continue
        found.append((msgid.group(1), ["".join(re.findall(r'"(.*)"', s)) for s in strs]))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_message_is_translated(language: str) -> None:
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    untranslated = [msgid for msgid, strs in entries(po) if not all(strs)]
    assert untranslated == []
    assert "#, fuzzy" not in po.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt (gettext) is not installed")
    folder = LOCALE / language / "LC_MESSAGES"
    fresh = tmp_path / "django.mo"
    subprocess.run([msgfmt, "--check", "-o", str(fresh), str(folder / "django.po")],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == (folder / "django.mo").read_bytes(), (
        f"run: msgfmt -o {folder}/django.mo {folder}/django.po")


def test_pages_render_in_each_language(client: object, people: object) -> None:
    from django.test import Client

    expected = {"hu": "Beérkezett ügyek", "et": "Postkast", "ro": "Căsuța de lucru",
                "zh-hans": "收件箱", "en": "Inbox"}
    c = Client()
    c.force_login(people.agent)  # type: ignore[attr-defined]
    for code, word in expected.items():
        c.post("/language/", {"language": code, "next": "/"})
        assert word in c.get("/").content.decode(), code
