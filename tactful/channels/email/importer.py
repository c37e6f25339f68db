"""``tactful mail import PATH``: .eml files, mbox files and Maildir folders (migrations).

Each message goes through the same intake as live mail, in batches of
:data:`BATCH_MESSAGES` messages (or :data:`BATCH_BYTES` bytes) per transaction
(:func:`inbound.receive_many`); importing the same files again finds every message a
duplicate, and an import that was stopped half-way can simply be run again: what was
committed is recognised, the rest is taken in. No acknowledgement is sent for imported
(old) mail unless asked for. The summary line: ``imported N, duplicates D, flagged F,
rejected R`` (bounces count as imported: they are stored and acted on).
"""

from __future__ import annotations

import mailbox as mailbox_formats
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tactful.desk.models import Team

from . import inbound

BATCH_MESSAGES = 200
BATCH_BYTES = 32 * 1024 * 1024


@dataclass
class ImportSummary:
    imported: int = 0
    duplicates: int = 0
    flagged: int = 0
    rejected: int = 0

    def count(self, outcome: str) -> None:
        if outcome == inbound.DUPLICATE:
            self.duplicates += 1
        elif outcome == inbound.FLAGGED:
            self.flagged += 1
        elif outcome == inbound.REJECTED:
            self.rejected += 1
        else:
            self.imported += 1

    def __str__(self) -> str:
        return (f"imported {self.imported}, duplicates {self.duplicates}, "
                f"flagged {self.flagged}, rejected {self.rejected}")


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    if not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def messages_in(path: Path) -> Iterator[bytes]:
    """Raw messages under ``path``: a Maildir, an mbox, an .eml file or a folder of them."""
    if is_maildir(path):
        box = mailbox_formats.Maildir(path, factory=None, create=False)
        for key in sorted(box.iterkeys()):
            yield box.get_bytes(key)
    elif is_mbox(path):
        mbox = mailbox_formats.mbox(path, factory=None, create=False)
        for key in mbox.iterkeys():
            yield mbox.get_bytes(key)
    elif path.is_file():
        yield path.read_bytes()
    elif path.is_dir():
        for child in sorted(path.iterdir()):
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.suffix.lower() in (".eml", ".msg", ".txt", ".mbox") \
                    or is_mbox(child):
                yield from messages_in(child)
    else:
        raise FileNotFoundError(f"{path} does not exist")


def batches(raws: Iterable[bytes], *, size: int = BATCH_MESSAGES,
            max_bytes: int = BATCH_BYTES) -> Iterator[list[bytes]]:
    """``raws`` in lists of at most ``size`` messages and about ``max_bytes`` bytes."""
    batch: list[bytes] = []
    held = 0
    for raw in raws:
        if batch and (len(batch) >= size or held + len(raw) > max_bytes):
            yield batch
            batch, held = [], 0
        batch.append(raw)
        held += len(raw)
    if batch:
        yield batch


def import_path(path: Path, *, team: Team | None = None, acknowledge: bool = False,
                batch_size: int = BATCH_MESSAGES) -> ImportSummary:
    summary = ImportSummary()
    settings = inbound.email_settings()
    for batch in batches(messages_in(path), size=batch_size):
        for result in inbound.receive_many(batch, source="import", team=team,
                                           acknowledge=acknowledge, settings=settings):
            summary.count(result.outcome)
    return summary
