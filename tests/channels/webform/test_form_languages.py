"""The form's language (R-MAIL-3): ``?lang=``, then the browser's languages, among those the
policy serves; Traditional Chinese throughout for a Traditional policy."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from tactful.channels.webform.forms import FormSpec, browser_languages, form_language
from tactful.desk.services.policies import upload_policy

from .policies import policy_text

LOCALE = Path(__file__).parents[3] / "tactful/locale"


@pytest.mark.parametrize("wanted,served,expected", [
    (["", "et", "hu-HU", "en"], ("hu", "en"), "hu"),
    (["ro"], ("hu", "en"), "hu"),                     # not served: the default
    (["zh-TW"], ("zh-Hans", "zh-Hant"), "zh-Hant"),
    (["zh-CN"], ("zh-Hant", "en"), "zh-Hant"),        # the other script rather than none
    (["zh"], ("zh-Hans", "en"), "zh-Hans"),
    (["EN-gb"], ("hu", "en"), "en"),
])
def test_the_language_is_the_first_wanted_that_the_policy_serves(
        wanted: list[str], served: tuple[str, ...], expected: str) -> None:
    spec = FormSpec(languages=served, default_language=served[0])
    assert form_language(wanted, spec) == expected


def test_the_browsers_languages_are_ranked_by_quality() -> None:
    assert browser_languages("et;q=0.5, hu-HU, en;q=0.8, *;q=0.1, de;q=0, x;q=bad") == [
        "hu-HU", "en", "et"]
    assert browser_languages("") == []
    assert len(browser_languages(",".join(["en"] * 500))) == 20


def test_a_traditional_chinese_policy_gets_a_traditional_form(mail_team: Any) -> None:
    """R-MAIL-3: labels (the default fields have zh-Hant ones), the page's texts and the
    error messages, all Traditional, for a Taiwanese browser."""
    upload_policy(actor="test", summary="Taiwan", text=policy_text(
        "", languages="[zh-Hant, en]", default="zh-Hant"))
    client = Client(headers={"accept-language": "zh-TW,zh;q=0.9,en;q=0.5"})
    html = client.get("/contact/").content.decode()
    assert '<html lang="zh-Hant">' in html and "<h1>聯絡我們</h1>" in html
    assert "您的電子郵件地址" in html and ">傳送</button>" in html
    sent = client.post("/contact/", {"email": "not-an-address", "message": "",
                                     "csrfmiddlewaretoken": client.cookies["csrftoken"].value})
    assert sent.status_code == 400
    page = sent.content.decode()
    assert "請檢查下方標示的欄位" in page
    message_error = re.search(r'id="error-message">(.*?)</span>', page)
    assert message_error and message_error.group(1) == "這個欄位是必須的。"
    for simplified in ("联系", "发送", "请检查"):
        assert simplified not in page


def test_the_traditional_catalogue_has_every_string_of_the_form() -> None:
    """The zh_Hant catalogue holds the form's strings only; none may be missing, and the
    compiled file matches its source."""
    def entries(po: Path) -> dict[str, tuple[str, bool]]:
        found = {}
        for block in po.read_text(encoding="utf-8").split("\n\n")[1:]:
            msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
            strs = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', block, re.M)
            if msgid:
                key = "".join(re.findall(r'"(.*)"', msgid.group(1)))
                found[key] = (block, all("".join(re.findall(r'"(.*)"', s)) for s in strs))
        return found

    simplified = entries(LOCALE / "zh_Hans/LC_MESSAGES/django.po")
    traditional = entries(LOCALE / "zh_Hant/LC_MESSAGES/django.po")
    needed = {key for key, (block, _) in simplified.items() if "channels/webform" in block}
    assert needed and needed <= set(traditional), sorted(needed - set(traditional))
    assert all(done for _block, done in traditional.values())
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt (gettext) is not installed")
    fresh = subprocess.run([msgfmt, "--check", "-o", "-",
                            str(LOCALE / "zh_Hant/LC_MESSAGES/django.po")],
                           check=True, capture_output=True).stdout
    assert fresh == (LOCALE / "zh_Hant/LC_MESSAGES/django.mo").read_bytes()
