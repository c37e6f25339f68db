"""``python -m tests.protocol.eval [dev|test ...]``: precision, recall and support per requirement.

Options: ``--by-lang`` adds a requirement x language table; ``--by-kind`` splits text items
from transcripts; ``--markdown`` prints the tables as Markdown (for RESULTS.md). The dev set
also accepts ``--confusion`` (which rule fired on which item not labelled with it) and
``--misses`` (labelled breaches the checker did not report, with the text); ``--req`` and
``--lang`` narrow those listings. The held-out ``test`` set prints aggregate numbers only:
its items stay unseen while the checker is tuned. A split set (``dev4``, ``dev5``) also
comes as halves: ``dev4a`` (odd item numbers, listings allowed) and ``dev4b`` (even,
aggregate only).
"""

from __future__ import annotations

import argparse
import sys
import time

from tests.protocol.eval.scoring import REQUIREMENTS, Outcome, Score, confusion, run, score
from tests.protocol.eval.sets import CHOICES, HELD_OUT, LANGS, SPLIT, load_set


def _cell(s: Score) -> str:
    if not s.support and not s.fp:
        return "-"
    return f"{s.precision:.2f}/{s.recall:.2f}"


def _table(rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows)


def summary(outcomes: list[Outcome], markdown: bool) -> str:
    table = score(outcomes)
    rows = [["requirement", "precision", "recall", "support", "tp", "fp", "fn", "ok"]]
    for req in REQUIREMENTS:
        s = table[("all", req)]
        if not s.support and not s.fp:
            continue
        rows.append([req, f"{s.precision:.2f}", f"{s.recall:.2f}", str(s.support), str(s.tp),
                     str(s.fp), str(s.fn), "yes" if s.passes else "NO"])
    return _table(rows, markdown)


def grouped(outcomes: list[Outcome], key: str, groups: list[str], markdown: bool) -> str:
    table = score(outcomes, key)
    rows = [["P/R", *groups]]
    for req in REQUIREMENTS:
        cells = [_cell(table.get((g, req), Score())) for g in groups]
        if any(c != "-" for c in cells):
            rows.append([req, *cells])
    return _table(rows, markdown)


def listing(outcomes: list[Outcome], what: str, req: str | None, lang: str | None) -> str:
    lines: list[str] = []
    if what == "confusion":
        chosen = [o for o in outcomes if lang is None or o.item.lang == lang]
        for r, rules in sorted(confusion(chosen).items()):
            if req and r != req:
                continue
            for rule, ids in sorted(rules.items(), key=lambda kv: -len(kv[1])):
                lines.append(f"{r}  {rule}  {len(ids)}: {' '.join(ids)}")
        return "\n".join(lines)
    for o in outcomes:
        if lang and o.item.lang != lang:
            continue
        missed = sorted(x for x in o.misses if req is None or x == req)
        if not missed:
            continue
        text = o.item.text if o.item.transcript is None else o.item.note
        lines.append(f"{o.item.id}  missed {','.join(missed)}  [{o.item.position}] {text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.protocol.eval",
                                 description="Score the checker on the JSONL evaluation sets.")
    ap.add_argument("sets", nargs="*", default=["dev"], choices=CHOICES)
    ap.add_argument("--by-lang", action="store_true")
    ap.add_argument("--by-kind", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--confusion", action="store_true", help="dev only")
    ap.add_argument("--misses", action="store_true", help="dev only")
    ap.add_argument("--req")
    ap.add_argument("--lang", choices=LANGS)
    args = ap.parse_args(argv)
    # A whole split set holds its held-out half: listings are for the read half only.
    unseen = sorted(HELD_OUT.union(SPLIT).intersection(args.sets))
    if (args.confusion or args.misses) and unseen:
        ap.error(f"--confusion and --misses are not for {', '.join(unseen)} "
                 "(held-out sets stay unseen: aggregate numbers only)")
    for name in args.sets:
        t0 = time.perf_counter()
        outcomes = run(load_set(name))
        took = time.perf_counter() - t0
        n_tr = sum(1 for o in outcomes if o.item.transcript is not None)
        print(f"## {name}: {len(outcomes) - n_tr} text items, {n_tr} transcripts "
              f"({took:.1f} s)\n")
        print(summary(outcomes, args.markdown) + "\n")
        if args.by_lang:
            print(grouped(outcomes, "lang", list(LANGS), args.markdown) + "\n")
        if args.by_kind:
            print(grouped(outcomes, "kind", ["text", "transcript"], args.markdown) + "\n")
        if args.confusion:
            print(listing(outcomes, "confusion", args.req, args.lang) + "\n")
        if args.misses:
            print(listing(outcomes, "misses", args.req, args.lang) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
