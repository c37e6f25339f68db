"""Build a writers' set (dev6, dev7) JSONL files from its data files and check them.

Each ``src/<mod>.py`` (en.py, hu.py, et.py, ro.py, zh_hans.py, zh_hant.py) defines
``LANG`` and ``ITEMS``: a list of dicts with keys ``text``, ``expect`` (list of requirement
IDs, [] for clean), ``note`` (English gloss + reason for the label) and optionally
``position`` (default "whole"), ``channel`` (default None), ``customer`` (default None);
and ``TRANSCRIPTS``: a list of dicts with ``transcript`` (docs/transcript-format.md,
version 1), ``expect`` and ``note``. Ids are assigned here in list order:
``<lang>-<set>-NNNN`` and ``<lang>-<set>-tNN``.

Run: python3 <set>/src/build.py (a wrapper calling ``main`` with its folder; writes
../<lang>.jsonl and ../transcripts.jsonl and prints counts)
"""
from __future__ import annotations

import collections
import importlib.util
import json
import re
from pathlib import Path

MODULES = ("en", "hu", "et", "ro", "zh_hans", "zh_hant")
LANGS = ("en", "hu", "et", "ro", "zh-Hans", "zh-Hant")
POSITIONS = ("opening", "middle", "closing", "whole")
CHANNELS = (None, "email", "chat", "phone", "letter", "web_form", "social", "review", "sms",
            "voicemail", "visit")
IDS = set(re.findall(r"R-[A-Z]+-\d+", Path("/work/shared/PROTOCOL.md").read_text()))


def load(here: Path, mod: str):
    path = here / f"{mod}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(mod, path)
    assert spec is not None and spec.loader is not None, path
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def main(here: Path) -> int:
    """Build the set whose data files are in ``here`` (its ``src`` folder)."""
    out = here.parent
    name = out.name
    errors: list[str] = []
    transcripts: list[dict] = []
    counts: dict[str, collections.Counter] = {}
    for mod in MODULES:
        m = load(here, mod)
        if m is None:
            continue
        lang = m.LANG
        assert lang in LANGS, lang
        rows = []
        texts: set[str] = set()
        c = counts.setdefault(lang, collections.Counter())
        for n, it in enumerate(getattr(m, "ITEMS", []), 1):
            iid = f"{lang}-{name}-{n:04d}"
            extra = set(it) - {"text", "expect", "note", "position", "channel", "customer"}
            if extra:
                errors.append(f"{iid}: unknown keys {extra}")
            text = it.get("text", "")
            if not text.strip():
                errors.append(f"{iid}: empty text")
            if text in texts:
                errors.append(f"{iid}: duplicate text")
            texts.add(text)
            expect = list(it.get("expect", []))
            for e in expect:
                if e not in IDS:
                    errors.append(f"{iid}: unknown requirement {e}")
            pos = it.get("position", "whole")
            ch = it.get("channel")
            cust = it.get("customer")
            if pos not in POSITIONS:
                errors.append(f"{iid}: bad position {pos}")
            if ch not in CHANNELS:
                errors.append(f"{iid}: bad channel {ch}")
            if "R-TALK-9" in expect and not cust:
                errors.append(f"{iid}: R-TALK-9 without customer")
            if "R-LETTER-1" in expect and ch != "letter":
                errors.append(f"{iid}: R-LETTER-1 on a non-letter")
            if "R-TALK-2" in expect and pos != "closing":
                errors.append(f"{iid}: R-TALK-2 needs position closing")
            if not it.get("note"):
                errors.append(f"{iid}: no note")
            rows.append({"id": iid, "lang": lang, "text": text, "expect": expect,
                         "position": pos, "channel": ch, "customer": cust,
                         "note": it.get("note", "")})
            c["items"] += 1
            c["clean" if not expect else "violating"] += 1
            for e in expect:
                c[e] += 1
        (out / f"{lang}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        for n, tr in enumerate(getattr(m, "TRANSCRIPTS", []), 1):
            tid = f"{lang}-{name}-t{n:02d}"
            t = tr.get("transcript")
            if not isinstance(t, dict) or t.get("version") != 1 or not t.get("turns"):
                errors.append(f"{tid}: transcript must be a version-1 object with turns")
            for e in tr.get("expect", []):
                if e not in IDS:
                    errors.append(f"{tid}: unknown requirement {e}")
            transcripts.append({"id": tid, "lang": lang, "transcript": t,
                                "expect": list(tr.get("expect", [])),
                                "note": tr.get("note", "")})
            c["transcripts"] += 1
    (out / "transcripts.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in transcripts),
        encoding="utf-8")
    for lang, c in counts.items():
        print(lang, dict(sorted(c.items())))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


