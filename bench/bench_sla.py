"""Business-time add and between: ours against the businesstimedelta package, same run.

Both get the same calendar (Monday to Friday 09:00-17:00, Europe/London, England's bank
holidays from the holidays package) and the same random inputs (starts at any minute of
2025, durations of 1 minute to 80 hours, spans up to 40 days); the figures are operations
per second and the ratio ours/theirs. The answers are compared one by one; a difference
is classified (the closing-time rule, or anything else) and the first few are shown.

Run: ``.venv/bin/python -m bench sla`` or ``.venv/bin/python bench/bench_sla.py``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

N = 3000
SEED = 11


def rate(fn: Callable[[Any], Any], inputs: Sequence[Any]) -> tuple[float, list[Any]]:
    """Operations per second over ``inputs`` (after one warm-up call) and the answers."""
    fn(inputs[0])
    started = time.perf_counter()
    results = [fn(x) for x in inputs]
    return len(inputs) / (time.perf_counter() - started), results


def main() -> None:
    import businesstimedelta
    import holidays
    import pytz

    from tactful.sla import build_calendar

    london = pytz.timezone("Europe/London")
    england = holidays.country_holidays("GB", subdiv="ENG", years=range(2024, 2028))
    rules = businesstimedelta.Rules([
        businesstimedelta.WorkDayRule(start_time=datetime(2000, 1, 1, 9).time(),
                                      end_time=datetime(2000, 1, 1, 17).time(),
                                      working_days=[0, 1, 2, 3, 4], tz=london),
        businesstimedelta.HolidayRule(england, tz=london),
    ])
    cal = build_calendar(name="london", timezone="Europe/London", country="GB",
                         subdivision="ENG",
                         weekly={d: ["09:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")})
    rng = random.Random(SEED)
    starts = [datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(525_600))
              for _ in range(N)]
    adds = [(s, timedelta(minutes=rng.randrange(1, 80 * 60))) for s in starts]
    pairs = [(s, s + timedelta(minutes=rng.randrange(60 * 24 * 40))) for s in starts]

    def theirs_add_fn(x: tuple[datetime, timedelta]) -> datetime:
        start, duration = x
        seconds = int(duration.total_seconds())
        delta = businesstimedelta.BusinessTimeDelta(rules, hours=seconds // 3600,
                                                    seconds=seconds % 3600)
        return start.astimezone(london) + delta  # type: ignore[no-any-return]

    def theirs_between_fn(x: tuple[datetime, datetime]) -> timedelta:
        diff = rules.difference(x[0].astimezone(london), x[1].astimezone(london))
        return diff.timedelta  # type: ignore[no-any-return]

    ours_add, ours_add_out = rate(lambda x: cal.add(*x), adds)
    theirs_add, theirs_add_out = rate(theirs_add_fn, adds)
    ours_between, ours_between_out = rate(lambda x: cal.between(*x), pairs)
    theirs_between, theirs_between_out = rate(theirs_between_fn, pairs)

    print(f"calendar: Mon-Fri 09:00-17:00 Europe/London + England bank holidays; {N} inputs")
    print(f"add:     ours {ours_add:10,.0f} ops/s   businesstimedelta {theirs_add:8,.0f} ops/s"
          f"   ratio {ours_add / theirs_add:6.1f}x")
    print(f"between: ours {ours_between:10,.0f} ops/s   businesstimedelta "
          f"{theirs_between:8,.0f} ops/s   ratio {ours_between / theirs_between:6.1f}x")

    add_diffs = [(x, a, b) for x, a, b in zip(adds, ours_add_out, theirs_add_out, strict=True)
                 if a != b]
    at_closing = [d for d in add_diffs
                  if not cal.is_open(d[1]) and cal.next_opening(d[1]) == d[2]]
    between_diffs = [(x, a, b) for x, a, b in zip(pairs, ours_between_out, theirs_between_out,
                                                  strict=True) if a != b]
    on_closing = sum(not cal.is_open(a) for a in ours_add_out)
    print(f"agreement: add differs in {len(add_diffs)} of {N} ({len(at_closing)} of them "
          f"only by the closing-time rule: one stays at closing, the other moves to the next "
          f"opening); {on_closing} answers land exactly on a closing time; between differs "
          f"in {len(between_diffs)} of {N}")
    for (start, duration), a, b in [d for d in add_diffs if d not in at_closing][:3]:
        print(f"  add {start.isoformat()} + {duration}: ours {a.isoformat()}, "
              f"theirs {b.isoformat()}")
    for (start, end), a, b in between_diffs[:3]:
        print(f"  between {start.isoformat()} .. {end.isoformat()}: ours {a}, theirs {b}")


if __name__ == "__main__":
    main()
