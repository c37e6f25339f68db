"""Business-time add and between: ours against the businesstimedelta package, same run.

Both get the same calendar (Monday to Friday 09:00-17:00, Europe/London, England's public
holidays) and the same random inputs; the figures are operations per second and the ratio
ours/theirs. The two are also compared answer by answer.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

N = 3000


def rate(fn: Callable[[Any], Any], inputs: list[Any]) -> tuple[float, list[Any]]:
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
    england = holidays.country_holidays("GB", subdiv="ENG", years=range(2024, 2031))
    rules = businesstimedelta.Rules([
        businesstimedelta.WorkDayRule(start_time=datetime(2000, 1, 1, 9).time(),
                                      end_time=datetime(2000, 1, 1, 17).time(),
                                      working_days=[0, 1, 2, 3, 4], tz=london),
        businesstimedelta.HolidayRule(england, tz=london),
    ])
    cal = build_calendar(name="london", timezone="Europe/London", country="GB",
                         subdivision="ENG",
                         weekly={d: ["09:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")})
    rng = random.Random(11)
    starts = [datetime(2025, 1, 6, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 525_600))
              for _ in range(N)]
    hours = [rng.randrange(1, 80) for _ in range(N)]
    adds = list(zip(starts, hours, strict=True))
    ends = [s + timedelta(minutes=rng.randrange(0, 60 * 24 * 40)) for s in starts]
    pairs = list(zip(starts, ends, strict=True))

    ours_add, ours_add_results = rate(lambda x: cal.add(x[0], timedelta(hours=x[1])), adds)
    theirs_add, theirs_add_results = rate(
        lambda x: x[0].astimezone(london) + businesstimedelta.BusinessTimeDelta(rules,
                                                                                hours=x[1]),
        adds)
    ours_between, ours_between_results = rate(lambda x: cal.between(*x), pairs)
    theirs_between, theirs_between_results = rate(
        lambda x: rules.difference(x[0].astimezone(london), x[1].astimezone(london)).timedelta,
        pairs)

    add_diff = sum(a != b for a, b in zip(ours_add_results, theirs_add_results, strict=True))
    between_diff = sum(a != b for a, b in zip(ours_between_results, theirs_between_results,
                                              strict=True))
    print(f"add:     ours {ours_add:,.0f} ops/s, businesstimedelta {theirs_add:,.0f} ops/s, "
          f"ratio {ours_add / theirs_add:.1f}x; answers differ in {add_diff} of {N}")
    print(f"between: ours {ours_between:,.0f} ops/s, businesstimedelta {theirs_between:,.0f} "
          f"ops/s, ratio {ours_between / theirs_between:.1f}x; answers differ in "
          f"{between_diff} of {N}")
    if add_diff:
        sample = next((s, h, a, b) for (s, h), a, b in zip(
            adds, ours_add_results, theirs_add_results, strict=True) if a != b)
        print(f"  e.g. from {sample[0].isoformat()} + {sample[1]}h: ours {sample[2]}, "
              f"theirs {sample[3]}")


if __name__ == "__main__":
    main()
