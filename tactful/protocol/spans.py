"""Where a phrase's slots line up: candidates per slot in, matched spans out.

``ordered`` puts the slots in order with at most ``gap`` units between consecutive ones;
``any_order`` accepts them in any order inside a window of ``width`` units. Candidates are
``(start, end)`` spans (Chinese substrings, in characters) or, for the ``*_tokens`` variants,
token indices (a word is one token wide). Spans do not overlap: the scan resumes after the
end of the last span found, and a chain starts at the last first-slot candidate before the
second slot (the tightest span: a looser one could cross a sentence end and be dropped).
"""

from __future__ import annotations

import bisect


def ordered(slots: list[list[tuple[int, int]]], gap: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    last_end = -1
    ordered = [sorted(set(sl)) for sl in slots]
    starts = [[s for s, _e in sl] for sl in ordered]
    first = ordered[0]
    for n, (s0, e0) in enumerate(first):
        if s0 < last_end:
            continue
        cur = e0
        ok = True
        for k in range(1, len(ordered)):
            i = bisect.bisect_left(starts[k], cur)
            if i >= len(starts[k]) or starts[k][i] > cur + gap:
                ok = False
                break
            if (k == 1 and n + 1 < len(first) and first[n + 1][0] >= e0
                    and first[n + 1][1] <= starts[k][i]):
                # Another occurrence of the first slot, after this one, also comes before
                # this candidate: it starts the same chain, tighter ("请。请于…前": the second
                # 请, inside the sentence, not the first, whose span would cross it and be
                # dropped). An overlapping one (自己 inside 您自己) is no other occurrence.
                ok = False
                break
            cur = ordered[k][i][1]
        if ok:
            found.append((s0, cur))
            last_end = cur
    return found


def ordered_tokens(rows: list[list[int]], gap: int) -> list[tuple[int, int]]:
    """:func:`ordered` for one-token candidates (rows of ascending token indices)."""
    found: list[tuple[int, int]] = []
    last_end = -1
    rest = rows[1:]
    first = rows[0]
    after = rows[1] if len(rows) > 1 else None
    for n, s0 in enumerate(first):
        if s0 < last_end:
            continue
        if after is not None and n + 1 < len(first):
            # as in ``ordered``: a later first-slot candidate before the second slot's
            # next token starts the same chain, tighter
            i = bisect.bisect_left(after, s0 + 1)
            if i < len(after) and first[n + 1] + 1 <= after[i]:
                continue
        cur = s0 + 1
        for row in rest:
            i = bisect.bisect_left(row, cur)
            if i >= len(row) or row[i] > cur + gap:
                break
            cur = row[i] + 1
        else:
            found.append((s0, cur))
            last_end = cur
    return found


def any_order_tokens(rows: list[list[int]], width: int) -> list[tuple[int, int]]:
    """:func:`any_order` for one-token candidates (rows of ascending token indices)."""
    items = sorted((i, k) for k, row in enumerate(rows) for i in row)
    n = len(rows)
    found: list[tuple[int, int]] = []
    last_end = -1
    for j, (s0, _k0) in enumerate(items):
        if s0 < last_end:
            continue
        seen: set[int] = set()
        end = s0
        for s, k in items[j:]:
            if s - s0 >= width:
                break
            seen.add(k)
            end = max(end, s + 1)
            if len(seen) == n:
                found.append((s0, end))
                last_end = end
                break
    return found


def any_order(slots: list[list[tuple[int, int]]], width: int) -> list[tuple[int, int]]:
    items = sorted((s, e, k) for k, lst in enumerate(slots) for s, e in lst)
    n = len(slots)
    found: list[tuple[int, int]] = []
    last_end = -1
    for i, (s0, _e0, _k0) in enumerate(items):
        if s0 < last_end:
            continue
        seen: set[int] = set()
        end = s0
        for s, e, k in items[i:]:
            if s - s0 >= width:
                break
            seen.add(k)
            end = max(end, e)
            if len(seen) == n:
                found.append((s0, end))
                last_end = end
                break
    return found
