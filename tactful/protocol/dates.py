"""Due dates in promise sentences ("by Friday", "holnapig", "până mâine", "明天"), R-TALK-5.

The words come from each pack's ``vocab/language.yaml`` (``dates``) and are matched by the
pack's phrase matcher under groups ``_date:...``; numeric dates are read here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Final

from tactful.protocol.matcher import Match
from tactful.protocol.matches import Matches
from tactful.protocol.redaction import has_digit

_NUM_DATE: Final = [
    (re.compile(r"\b(\d{4})[-./] ?(\d{1,2})[-./] ?(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})\b"), "md_or_dm"),
]
_ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
           "九": 9, "十": 10}
_ZH_REL: Final = re.compile(
    r"(\d+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(小时|工作日|工作天|天|日|周|星期|礼拜)")
_ZH_MD: Final = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_ZH_WD: Final = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_NUM_WORD: Final = re.compile(r"\d{1,3}")
_WEEKDAY_GROUPS: Final = tuple(f"_date:wd:{wd}" for wd in range(7))
_UNIT_GROUPS: Final = tuple((unit, f"_date:unit:{unit}")
                            for unit in ("hour", "workday", "day", "week"))


def _zh_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _ZH_NUM.get(s[1:], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return _ZH_NUM.get(a, 1) * 10 + _ZH_NUM.get(b, 0)
    return _ZH_NUM.get(s, 0)


def _add_workdays(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _next_weekday(today: date, wd: int) -> date:
    ahead = (wd - today.weekday()) % 7
    return today + timedelta(days=ahead or 7)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _future(today: date, m: int, d: int) -> date | None:
    cand = _safe(today.year, m, d)
    if cand is not None and cand < today:
        cand = _safe(today.year + 1, m, d)
    return cand


def due_date(sentence: str, matches: Mapping[str, list[Match]], start: int, end: int,
             today: date, numbers: dict[str, int], zh: bool) -> date | None:
    """The due date a promise sentence names, or None. ``sentence`` is the normalised text."""
    digits = has_digit(sentence)  # every numeric date has one (most sentences have none)
    for rx, order in _NUM_DATE if digits else ():
        m = rx.search(sentence)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if order == "ymd":
                return _safe(a, b, int(m.group(3)))
            if order == "dmy":
                return _safe(int(m.group(3)), b, a)
            return _future(today, a, b) if a <= 12 else _future(today, b, a)
    if zh:
        m = _ZH_MD.search(sentence) if digits else None
        if m:
            return _future(today, int(m.group(1)), int(m.group(2)))
        if "后天" in sentence:
            return today + timedelta(days=2)
        if "明天" in sentence or "明日" in sentence:
            return today + timedelta(days=1)
        if "今天" in sentence or "今日" in sentence or "今晚" in sentence:
            return today
        m = _ZH_WD.search(sentence)
        if m:
            wd = "一二三四五六日天".index(m.group(1))
            return _next_weekday(today, min(wd, 6))
        m = _ZH_REL.search(sentence)
        if m:
            return _relative(today, _zh_number(m.group(1)), {
                "小时": "hour", "工作日": "workday", "工作天": "workday", "天": "day", "日": "day",
                "周": "week", "星期": "week", "礼拜": "week"}[m.group(2)])
        return None

    def inside(group: str) -> list[Match]:
        return [x for x in matches.get(group, ()) if start <= x.start and x.end <= end]

    # Month names in the order the matcher reports their groups; a lazy Matches matches
    # only the date words for that (iterating it would match every family).
    groups = matches.of_family("_date") if isinstance(matches, Matches) else matches
    month_hits = [(int(g.split(":")[2]), x) for g in groups if g.startswith("_date:month:")
                  for x in inside(g)]
    for month, x in month_hits:
        around = sentence[max(0, x.start - start - 6): x.end - start + 6]
        num = _NUM_WORD.search(around)
        if num and 1 <= int(num.group()) <= 31:
            return _future(today, month, int(num.group()))
    if inside("_date:after"):
        return today + timedelta(days=2)
    if inside("_date:tomorrow"):
        return today + timedelta(days=1)
    if inside("_date:eow"):
        return today + timedelta(days=(4 - today.weekday()) % 7)
    for wd, group in enumerate(_WEEKDAY_GROUPS):
        if inside(group):
            return _next_weekday(today, wd)
    for unit, group in _UNIT_GROUPS:
        for x in inside(group):
            before = sentence[max(0, x.start - start - 14): x.start - start].split()
            for word in reversed(before[-2:]):
                n = int(word) if word.isdigit() else numbers.get(word)
                if n:
                    return _relative(today, n, unit)
    if inside("_date:today"):
        return today
    return None


def _relative(today: date, n: int, unit: str) -> date:
    if unit == "hour":
        return today + timedelta(days=1 if n >= 12 else 0)
    if unit == "workday":
        return _add_workdays(today, n)
    if unit == "week":
        return today + timedelta(weeks=n)
    return today + timedelta(days=n)


_CLOCK: Final = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b")
_ZH_TIME: Final = re.compile(r"[\d一二两三四五六七八九十几半]+\s*(?:个)?\s*(?:年|月|天|日|号|"
                             r"周|星期|小时|分钟|工作日|工作天|点)|今天|明天|后天|今晚|本周|"
                             r"下周|月底|\d{1,2}:\d{2}|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]")


# Words that make a unit a duration ("a day", "umbes tund", "néhány nap", "câteva zile").
_QUANT: Final = frozenset((
    "a", "an", "one", "few", "couple", "several", "about", "around", "approximately",
    "roughly", "up", "to", "within", "egy", "par", "nehany", "kb", "korulbelul", "nagyjabol",
    "legfeljebb", "uks", "paar", "moni", "umbes", "ligikaudu", "kuni", "un", "o", "una",
    "cateva", "cam", "circa", "aproximativ", "maximum", "cel", "mult"))
_MINUTES: Final = re.compile(r"\d+\s*(?:-\s*\d+\s*)?(?:de\s+)?"
                      r"(?:min|perc|minut|minuti|tund|hour|ora|ore)\w*")
_STRONG: Final = ("_date:today", "_date:tomorrow", "_date:after", "_date:eow", "_date:wd:")
# The groups compile.py adds for the date words (looked up by name: asking a lazy Matches
# for every group would match every family).
_DATE_GROUPS: Final = (
    "_date:today", "_date:tomorrow", "_date:after", "_date:eow",
    *(f"_date:wd:{i}" for i in range(7)), *(f"_date:month:{i}" for i in range(1, 13)),
    *(f"_date:unit:{u}" for u in ("hour", "day", "workday", "week")))


def names_time(norm: str, matches: Mapping[str, list[Match]], start: int, end: int,
               zh: bool, numbers: dict[str, int] | None = None) -> bool:
    """Whether ``norm[start:end]`` names a time: a date, a weekday, today/tomorrow, a clock
    time or a duration ("3-5 working days", "umbes tund aega", "两年"). A unit counts with a
    number or a quantity word before it ("days" alone is no time), a month with a digit
    before or after it ("May" alone is a verb, Romanian "o să mai" is "will still")."""
    text = norm[start:end]
    if zh:
        return _ZH_TIME.search(text) is not None
    if _CLOCK.search(text) or _MINUTES.search(text):
        return True
    for g in _DATE_GROUPS:
        for x in matches.get(g, ()):
            if not start <= x.start < end:
                continue
            if g.startswith(_STRONG):
                return True
            before = norm[max(start, x.start - 24):x.start].split()[-2:]
            after = norm[x.end:min(end, x.end + 6)]
            month = g.startswith("_date:month:")
            # A month needs a digit ("15 mai"); a quantity word counts for units only
            # ("o oră"), so Romanian "o să mai dureze" names no month.
            if any(any(c.isdigit() for c in w)
                   or (not month and (w in _QUANT or (numbers and w in numbers)))
                   for w in before):
                return True
            if month and re.match(r"\s*\d", after):
                return True
    return False
