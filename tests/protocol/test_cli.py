"""``tactful check``: a linter's shape and exit codes (R-TALK-15)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tactful.protocol.cli import main


def run(argv: list[str], stdin: str = "", capsys: pytest.CaptureFixture[str] | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    assert monkeypatch is not None
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def test_errors_exit_1_with_line_col_output(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    code = run(["check", "-", "--lang", "en"], "Hello.\nI can't handle this.", capsys,
               monkeypatch)
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines()[0].startswith("2:1 error en.forbidden.cant-handle ")


def test_clean_text_exits_0(capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["check", "-", "--lang", "en"], "Thank you!", capsys, monkeypatch) == 0


def test_json_output_is_a_stable_list(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    run(["check", "-", "--lang", "en", "--format", "json"], "It may take a while.", capsys,
        monkeypatch)
    data = json.loads(capsys.readouterr().out)
    assert list(data[0]) == ["rule_id", "requirement", "level", "start", "end", "message",
                             "suggestion", "replacement", "turn", "data"]


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["check", str(tmp_path / "missing.txt")], "", capsys, monkeypatch) == 2
    bad = tmp_path / "t.json"
    bad.write_text("{not json")
    assert run(["check", "--transcript", str(bad)], "", capsys, monkeypatch) == 2


def test_transcript_option(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "call.json"
    path.write_text(json.dumps({"lang": "en", "turns": [
        {"speaker": "agent", "text": "Hello?"}, {"event": "hangup", "by": "agent"}]}))
    code = run(["check", "--transcript", str(path)], "", capsys, monkeypatch)
    assert code == 1
    assert "turn 1" in capsys.readouterr().out
