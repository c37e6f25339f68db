"""Run the benchmarks: ``python -m bench [NAME ...]`` (names like ``sla`` or ``desk``).

Each ``bench/bench_<name>.py`` has ``main()`` printing its figures. Figures are reported
as ratios against a baseline measured in the same run, because machines here are noisy.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time


def main(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tactful.settings")
    here = os.path.dirname(__file__)
    names = sorted(m.name for m in pkgutil.iter_modules([here]) if m.name.startswith("bench_"))
    wanted = {f"bench_{a}" if not a.startswith("bench_") else a for a in argv}
    failures = 0
    for name in names:
        if wanted and name not in wanted:
            continue
        print(f"\n=== {name}", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"bench.{name}").main()
        except Exception as exc:  # one broken benchmark must not hide the others
            failures += 1
            print(f"{name} failed: {type(exc).__name__}: {exc}", flush=True)
        print(f"({name} took {time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
