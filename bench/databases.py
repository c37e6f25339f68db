"""Run a benchmark body once per database, each in its own process.

Django reads its settings once per process, so each database gets a child process: a
temporary SQLite file, and a temporary PostgreSQL database created and dropped here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def run_each(module: str, label_prefix: str = "tactful_bench") -> None:
    """Run ``python -m <module> --child <db>`` for SQLite, then PostgreSQL."""
    with tempfile.TemporaryDirectory() as tmp:
        _child(module, "sqlite", {"TACTFUL_VAR_DIR": tmp})
    import psycopg

    name = f"{label_prefix}_{os.getpid()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory() as tmp:
            _child(module, "postgresql", {"TACTFUL_VAR_DIR": tmp,
                                          "DATABASE_URL": PG_ADMIN.rsplit("/", 1)[0] + "/" + name})
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _child(module: str, label: str, extra_env: dict[str, str]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(extra_env, DJANGO_SETTINGS_MODULE="tactful.settings")
    result = subprocess.run([sys.executable, "-m", module, "--child", label], env=env,
                            capture_output=True, text=True, timeout=3000)
    if result.returncode != 0:
        print(result.stdout, result.stderr)
        raise RuntimeError(f"{module} on {label} failed")
    print(result.stdout.rstrip(), flush=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def is_child() -> str | None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        return sys.argv[2]
    return None
