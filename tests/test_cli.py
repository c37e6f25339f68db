"""The tactful command: settings mistakes are one sentence; admin creation works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

TACTFUL = [sys.executable, "-m", "tactful.cli"]


def run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"}}
    base.update({"TACTFUL_VAR_DIR": str(tmp_path)}, **env)
    return subprocess.run([*TACTFUL, *args], capture_output=True, text=True, env=base,
                          timeout=120, cwd=tmp_path)


@pytest.mark.parametrize(
    "env, needle",
    [
        ({"DATABASE_URL": "mysql://root@localhost/x"}, "DATABASE_URL has the scheme 'mysql'"),
        ({"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/nowhere"},
         "The database could not be reached"),
        ({"TACTFUL_TIME_ZONE": "Mars/Olympus"}, "TACTFUL_TIME_ZONE 'Mars/Olympus'"),
        ({"TACTFUL_SECRET_KEY": "short"}, "TACTFUL_SECRET_KEY is shorter"),
        ({"TACTFUL_DEBUG": "perhaps"}, "TACTFUL_DEBUG must be true or false"),
        ({"REDIS_URL": "http://x"}, "REDIS_URL must start with redis://"),
    ],
)
def test_a_settings_mistake_stops_start_up_with_one_sentence(tmp_path: Path, env: dict[str, str],
                                                             needle: str) -> None:
    result = run(["migrate"], tmp_path, **env)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_serve_refuses_an_unreachable_database_in_one_sentence(tmp_path: Path) -> None:
    result = run(["serve", "--port", "8799"], tmp_path,
                 DATABASE_URL="postgresql://postgres@127.0.0.1:1/nowhere")
    assert result.returncode == 2
    assert result.stderr.startswith("tactful: The database could not be reached")


def test_the_secret_key_is_generated_once_and_kept(tmp_path: Path) -> None:
    assert run(["diffsettings"], tmp_path).returncode == 0
    key = (tmp_path / "secret_key").read_text()
    assert len(key) >= 50
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"
    assert run(["diffsettings"], tmp_path).returncode == 0
    assert (tmp_path / "secret_key").read_text() == key


def test_createadmin_makes_an_administrator(tmp_path: Path) -> None:
    assert run(["migrate", "-v0"], tmp_path).returncode == 0
    result = run(["createadmin", "--username", "root2", "--password", "a-long-pass-123"],
                 tmp_path)
    assert result.returncode == 0, result.stderr
    again = run(["createadmin", "--username", "root2", "--password", "a-long-pass-123"],
                tmp_path)
    assert again.returncode == 2 and "taken" in again.stderr


def test_help_lists_the_commands(tmp_path: Path) -> None:
    out = run(["--help"], tmp_path).stdout
    for command in ("serve", "worker", "demo", "createadmin"):
        assert command in out


def test_worker_once_runs_registered_steps(db: Any) -> None:
    from tactful.desk.worker import Worker, register_step

    calls: list[int] = []

    def step() -> bool:
        calls.append(1)
        return len(calls) < 3

    register_step("test-step", step)
    Worker().run(once=True)
    assert len(calls) == 3
