"""Read Tactful's configuration from environment variables.

Every problem is reported as one :class:`SettingsError` sentence that names the variable
and says how to fix it; the CLI prints it and exits instead of showing a traceback.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url


class SettingsError(Exception):
    """A configuration mistake, told in one sentence."""


def var_dir() -> Path:
    """Where Tactful keeps its local state (SQLite file, secret key, uploads)."""
    return Path(os.environ.get("TACTFUL_VAR_DIR", "var")).resolve()


def database_config(url: str | None) -> dict[str, Any]:
    """Turn ``DATABASE_URL`` into Django's DATABASES['default'] entry."""
    if not url:
        path = var_dir() / "tactful.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{path}"
    scheme = urlsplit(url).scheme
    if scheme not in {"sqlite", "postgres", "postgresql", "pgsql"}:
        raise SettingsError(
            f"DATABASE_URL has the scheme {scheme!r}; use sqlite:///path/to/file.sqlite3 "
            "or postgresql://user@host:5432/name."
        )
    try:
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=0))
    except Exception as exc:  # dj_database_url raises several kinds
        raise SettingsError(f"DATABASE_URL could not be read ({exc}); check its form.") from exc
    if config["ENGINE"].endswith("sqlite3"):
        config["OPTIONS"] = {
            # WAL lets readers work while one writer writes; IMMEDIATE avoids the
            # upgrade deadlock where two readers both try to become the writer.
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;"
            ),
            "transaction_mode": "IMMEDIATE",
        }
        # Tests use a real file (not shared-cache memory) so that threads and processes
        # meet the same locking as in production.
        # One file per test process, so that parallel runs never share a database.
        config["TEST"] = {"NAME": str(var_dir() / f"test-{os.getpid()}.sqlite3")}
    else:
        if not config.get("NAME"):
            raise SettingsError("DATABASE_URL names no database; add /name at its end.")
        config.setdefault("OPTIONS", {})["connect_timeout"] = 5
        config["TEST"] = {
            "NAME": os.environ.get("TACTFUL_TEST_DB_NAME") or f"test_tactful_{os.getpid()}"
        }
    return config


def secret_key() -> str:
    """``TACTFUL_SECRET_KEY``, or a key generated once and kept under the var folder."""
    key = os.environ.get("TACTFUL_SECRET_KEY")
    if key:
        if len(key) < 32:
            raise SettingsError(
                "TACTFUL_SECRET_KEY is shorter than 32 characters; use a longer one."
            )
        return key
    path = var_dir() / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def time_zone() -> str:
    name = os.environ.get("TACTFUL_TIME_ZONE", "Europe/Budapest")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(
            f"TACTFUL_TIME_ZONE {name!r} is not a known time zone; use a name like Europe/Budapest."
        ) from exc
    return name


def allowed_hosts() -> list[str]:
    raw = os.environ.get("TACTFUL_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
    hosts = [h.strip() for h in raw.split(",") if h.strip()]
    if not hosts:
        raise SettingsError("TACTFUL_ALLOWED_HOSTS is empty; list the host names the desk serves.")
    return hosts


def redis_url() -> str | None:
    url = os.environ.get("REDIS_URL") or None
    if url and urlsplit(url).scheme not in {"redis", "rediss", "unix"}:
        raise SettingsError("REDIS_URL must start with redis:// or rediss://.")
    return url


def flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise SettingsError(f"{name} must be true or false, not {raw!r}.")
