"""The policy as a document people read, in its own language (R-POL-2, R-POL-3)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tactful.cli import main
from tactful.policy import load_policy, load_policy_text
from tactful.policy.render import render_policy

EXAMPLES = Path(__file__).parents[2] / "tactful/policy/examples"


@pytest.mark.parametrize(
    "file, phrases",
    [
        ("pannon-energia.hu.yaml", ["Ügyfélszolgálati szabályzat", "3 kicsengésen belül",
                                    "24 munkaórán belül", "5 munkanapon belül",
                                    "48 munkaórán belül", "Változásnapló", "2026-01-12",
                                    "Kovács Márta"]),
        ("telekom.et.yaml", ["Klienditeeninduse poliitika", "4 kutsungi", "Muudatuste logi"]),
        ("retea.ro.yaml", ["Politica de relații cu clienții", "dumneavoastră",
                           "Istoricul modificărilor"]),
        ("lumo-shop.zh-Hans.yaml", ["客户服务政策", "3声铃响内接听", "修订记录", "2个工作日"]),
        ("default.en.yaml", ["within 3 rings", "within 24 business hours", "Change log"]),
    ],
)
def test_markdown_and_html_fill_every_number(file: str, phrases: list[str]) -> None:
    """R-POL-2: every number filled in, in the policy's language, with the change log."""
    policy = load_policy(EXAMPLES / file)
    for fmt in ("md", "html"):
        document = render_policy(policy, fmt)  # type: ignore[arg-type]
        assert isinstance(document, str)
        for phrase in phrases:
            assert phrase in document, (fmt, phrase)


def test_html_escapes_everything_from_the_file() -> None:
    text = (EXAMPLES / "default.en.yaml").read_text().replace(
        "name: Example Ltd", 'name: "<script>alert(1)</script>"')
    document = render_policy(load_policy_text(text), "html")
    assert "<script>alert" not in str(document)
    assert "&lt;script&gt;" in str(document)


def test_another_language_can_be_asked_for() -> None:
    policy = load_policy(EXAMPLES / "pannon-energia.hu.yaml")
    english = str(render_policy(policy, "md", "en"))
    assert "Customer service policy" not in english or "Our commitments" in english
    assert "Our commitments" in english


def test_the_pdf_keeps_hungarian_romanian_and_chinese_letters(tmp_path: Path) -> None:
    """R-POL-2: the PDF renders ő, ű, ș, ț and Chinese text (fonts included)."""
    for file, needles in (("pannon-energia.hu.yaml", ["Ügyfélszolgálati", "ő", "ű"]),
                          ("retea.ro.yaml", ["relații", "ș", "ț"]),
                          ("lumo-shop.zh-Hans.yaml", ["客户服务政策", "投诉处理程序"])):
        pdf = render_policy(load_policy(EXAMPLES / file), "pdf")
        assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
        out = tmp_path / f"{file}.pdf"
        out.write_bytes(pdf)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        for needle in needles:
            assert needle in text, (file, needle)


def test_the_cli_checks_and_renders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "check", str(EXAMPLES / "retea.ro.yaml")]) == 0
    assert "OK" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("organisation: {name: X, colour: red}\n")
    assert main(["policy", "check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:1:25:" in out and "unknown key 'colour'" in out
    target = tmp_path / "policy.md"
    assert main(["policy", "render", str(EXAMPLES / "telekom.et.yaml"), "--format", "md",
                 "-o", str(target)]) == 0
    assert target.read_text().startswith("# Põhjala Telekom")
