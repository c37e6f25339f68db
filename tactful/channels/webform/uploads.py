"""Files attached to a contact form that came back with an error are kept for the next try.

Browsers never fill a file input again, so without this a customer who mistyped their
email address would have to choose their files once more. Accepted files are written under
``VAR_DIR/webform-uploads/<random>/`` and the form carries a signed reference to that
folder; the next submission takes them from there. Folders are removed once used, and any
older than :data:`MAX_AGE` seconds whenever files are kept.
"""

from __future__ import annotations

import json
import secrets
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.core import signing

from tactful.desk.services.messages import NewAttachment

SALT = "tactful.webform.kept-files"
MAX_AGE = 86_400


def _root() -> Path:
    return Path(settings.VAR_DIR) / "webform-uploads"


def _folder(token: str) -> Path | None:
    try:
        name = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(name, str) or not name.isalnum():
        return None
    folder = _root() / name
    return folder if folder.is_dir() else None


def keep(files: list[NewAttachment]) -> str:
    """Store ``files`` for the next try; the signed reference ("" when there are none)."""
    if not files:
        return ""
    sweep()
    name = secrets.token_hex(16)
    folder = _root() / name
    folder.mkdir(parents=True)
    index = []
    for number, item in enumerate(files):
        (folder / str(number)).write_bytes(item.content)
        index.append({"filename": item.filename, "type": item.declared_type})
    (folder / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return signing.dumps(name, salt=SALT)


def load(token: str) -> list[NewAttachment]:
    """The files kept under ``token``; [] when it is empty, forged or expired."""
    folder = _folder(token) if token else None
    if folder is None:
        return []
    try:
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        return [NewAttachment(str(entry["filename"]), (folder / str(number)).read_bytes(),
                              str(entry["type"]))
                for number, entry in enumerate(index)]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def discard(token: str) -> None:
    folder = _folder(token) if token else None
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def sweep(now: float | None = None) -> None:
    """Remove kept files older than a day (forms nobody sent again)."""
    root = _root()
    if not root.is_dir():
        return
    limit = (now or time.time()) - MAX_AGE
    for folder in root.iterdir():
        try:
            if folder.stat().st_mtime < limit:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue
