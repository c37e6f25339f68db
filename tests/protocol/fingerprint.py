"""Every finding of the checker on a fixed body of texts, one line each, for comparing two
builds of the engine (pure Python against the compiled modules, before and after a speed
change): the bench corpus with spelling on and off, the 300-word bench drafts, and the
evaluation items of ``dev``, ``dev2`` and ``dev3`` (texts and transcripts; never ``test``).

Run: ``python -m tests.protocol.fingerprint [--quick] [OUT]`` (stdout without OUT); the
first line says which mode ran (``native`` or ``pure``). ``--quick`` takes every 7th
corpus message and the ``dev2`` items only (for the differential test).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

from tactful.protocol import Report, check_text, check_transcript, native

_FIELDS = ("rule_id", "requirement", "level", "start", "end", "message", "suggestion",
           "replacement", "turn", "data")


def _line(label: str, report: Report) -> str:
    rows = [[getattr(f, k) for k in _FIELDS] for f in report.findings]
    return json.dumps([label, report.lang, report.score, rows], ensure_ascii=False,
                      sort_keys=True, default=str)


def lines(quick: bool = False) -> Iterator[str]:
    from bench.bench_protocol import DRAFT_LANGS, corpus, draft
    from tests.protocol.eval.scoring import TODAY
    from tests.protocol.eval.sets import load_set, org_for

    seen: set[tuple[str, str]] = set()
    for n, (lang, text) in enumerate(corpus()):
        if (lang, text) in seen or (quick and n % 7):
            continue
        seen.add((lang, text))
        yield _line(f"corpus {n}", check_text(text, lang=lang))
        yield _line(f"corpus {n} nospell", check_text(text, lang=lang, spelling=False))
    for lang in DRAFT_LANGS:
        text = draft(lang)
        yield _line(f"draft {lang}", check_text(text, lang=lang))
        yield _line(f"draft {lang} opening", check_text(text, lang=lang, position="opening"))
    for name in ("dev2",) if quick else ("dev", "dev2", "dev3"):
        for item in load_set(name):
            org = org_for(item.lang)
            if item.transcript is not None:
                yield _line(item.id, check_transcript(item.transcript, org=org, today=TODAY))
                continue
            yield _line(item.id, check_text(
                item.text, lang=item.lang, position=item.position, channel=item.channel,
                customer_text=item.customer, org=org, today=TODAY))
            yield _line(item.id + " closing", check_text(
                item.text, lang=item.lang, position="closing", org=org, today=TODAY))


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    args = [a for a in argv if a != "--quick"]
    out = open(args[0], "w", encoding="utf-8") if args else sys.stdout  # noqa: SIM115
    try:
        out.write(json.dumps({"mode": native.mode()}) + "\n")
        for line in lines(quick):
            out.write(line + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
