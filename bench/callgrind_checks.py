"""Instructions the checker spends, counted by valgrind's callgrind (deterministic, unlike
the wall clock on a shared machine): the first N corpus messages with spelling on or off,
or five checks of one language's 300-word draft, caches warm, only the checks counted.

Run (compiled modules built; N defaults to 1,200)::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce .venv/bin/python bench/callgrind_checks.py on

``on``/``off`` or a draft language (``hu``); the "Collected" line is the count.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.bench_protocol import corpus, draft
from tactful.protocol import check_text


def main(what: str) -> None:
    if what in ("on", "off"):
        items = corpus()[:int(os.environ.get("N", "1200"))]
        spelling = what == "on"

        def work() -> None:
            for lang, text in items:
                check_text(text, lang=lang, spelling=spelling)
    else:
        text = draft(what)

        def work() -> None:
            for _ in range(5):
                check_text(text, lang=what)
    work()  # warm: packs compiled, spelling verdicts cached
    # Counted: callgrind collects only inside functools.reduce, which calls work() once.
    functools.reduce(lambda _a, _b: work(), [0, 1])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "on")
