"""The checker: messages per second on one core, and latency for a 300-word draft.

Corpus: bench/data/ (English SGD and ABCD utterances, Chinese CrossWOZ utterances, and
Hungarian, Romanian and Estonian messages written for Tactful; licences in SOURCE.txt),
interleaved so every language's pack is exercised; every source is cycled up to the length of
the longest (3,000 lines), so each weighs the same. The 300-word drafts join consecutive
lines of one language (for Chinese, 600 characters, about 300 words).

Each figure is measured side by side with a naive baseline in the same run (alternating
chunks of messages, and alternating runs for the drafts, so a drifting machine load weighs
on both alike): every rule phrase compiled as its own regular expression (case-insensitive,
on the raw text, no folding or stems), looped over each message. The naive baseline finds
far less (no inflection, diacritics, order or negation handling); it is the speed floor a
simple implementation would reach. The load average is printed before and after.

The checker runs with its hot modules compiled (mypyc) when they are built and fresh, in
pure Python otherwise or with ``TACTFUL_PURE_PYTHON=1`` (``tactful.protocol.native``); the
mode is printed. In native mode a subprocess then measures the message rates again in pure
Python, each beside its own naive baseline, so the compiled/pure gain is a ratio of ratios.

Run: ``.venv/bin/python -m bench protocol`` or ``.venv/bin/python bench/bench_protocol.py``
(``--rates`` measures the message rates only).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from tactful.protocol import check_text, native
from tactful.protocol.compile import PACKS, load_rules

DATA = Path(__file__).parent / "data"
TARGET_WITH, TARGET_WITHOUT, TARGET_P99_MS = 10_000, 50_000, 5.0


def corpus() -> list[tuple[str, str]]:
    """(lang, text) pairs, languages interleaved."""
    sources = [("en", "sgd_utterances.txt"), ("zh-Hans", "crosswoz_utterances.txt"),
               ("en", "abcd_utterances.txt"), ("hu", "hu_messages.txt"),
               ("ro", "ro_messages.txt"), ("et", "et_messages.txt")]
    per: list[list[tuple[str, str]]] = []
    for lang, name in sources:
        lines = [x for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x.strip()]
        per.append([(lang, x) for x in lines])
    out: list[tuple[str, str]] = []
    longest = max(len(p) for p in per)
    for i in range(longest):
        for p in per:
            out.append(p[i % len(p)])  # smaller sets are cycled
    return out


DRAFT_LANGS = ("en", "hu", "ro", "et", "zh-Hans")


def draft(lang: str, words: int = 300) -> str:
    name = {"en": "sgd_utterances.txt", "hu": "hu_messages.txt", "ro": "ro_messages.txt",
            "et": "et_messages.txt", "zh-Hans": "crosswoz_utterances.txt"}[lang]
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    if lang.startswith("zh"):  # no spaces: 600 characters, about 300 words
        text = ""
        i = 0
        while len(text) < 2 * words:
            text += lines[i % len(lines)]
            i += 1
        return text[:2 * words]
    out: list[str] = []
    i = 0
    while len(out) < words:
        out.extend(lines[i % len(lines)].split())
        i += 1
    return " ".join(out[:words])


def _regex_from_pattern(pattern: str) -> str:
    """A phrase in rule syntax as one plain regular expression (the naive way)."""
    parts = []
    for piece in re.findall(r"\([^)]*\)\??|\S+", pattern):
        optional = piece.endswith("?") and piece.startswith("(")
        body = piece[1:-2] if optional else piece.strip("()")
        alts = []
        for alt in body.split("|"):
            words = [re.escape(w.strip("=*")) + (r"\w*" if w.endswith("*") else "")
                     for w in alt.split() if w != "_"] or [r"\w+"]
            alts.append(r"\s+".join(words))
        group = "(?:" + "|".join(alts) + ")"
        parts.append(group + ("?" if optional else ""))
    return r"\b" + r"\W+".join(parts)


def naive_checker() -> dict[str, list[re.Pattern[str]]]:
    """One compiled regular expression per phrase, per language."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for lang in ("en", "hu", "ro", "et", "zh-Hans"):
        regexes = []
        for rule in load_rules(PACKS / lang):
            phrases = list(getattr(rule, "patterns", []))
            for swap in getattr(rule, "swap", []):
                phrases.extend(swap.match)
            for phrase in phrases:
                src = (phrase.replace(" ", "") if lang.startswith("zh")
                       else _regex_from_pattern(phrase))
                try:
                    regexes.append(re.compile(src, re.IGNORECASE))
                except re.error:
                    continue
        out[lang] = regexes
    return out


def naive_check(regexes: dict[str, list[re.Pattern[str]]], lang: str, text: str) -> int:
    found = 0
    for rx in regexes["zh-Hans" if lang.startswith("zh") else lang]:
        for _m in rx.finditer(text):
            found += 1
    return found


def rates(fns: dict[str, Callable[[str, str], object]], items: Sequence[tuple[str, str]],
          chunk: int = 600) -> dict[str, float]:
    """Messages per second of each function over ``items``, measured in alternating chunks
    (every function gets the same share of a machine whose load drifts)."""
    for fn in fns.values():
        for lang, text in items[:200]:
            fn(lang, text)  # warm-up: packs compiled, spelling cache filled for these words
    spent = dict.fromkeys(fns, 0.0)
    for start in range(0, len(items), chunk):
        part = items[start:start + chunk]
        for name, fn in fns.items():
            started = time.perf_counter()
            for lang, text in part:
                fn(lang, text)
            spent[name] += time.perf_counter() - started
    return {name: len(items) / seconds for name, seconds in spent.items()}


def latencies(fns: dict[str, Callable[[str, str], object]], lang: str, text: str,
              runs: int = 300) -> dict[str, tuple[float, float]]:
    """p50 and p99 in milliseconds of each function on ``text``, runs alternating."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn(lang, text)
    for _ in range(runs):
        for name, fn in fns.items():
            started = time.perf_counter()
            fn(lang, text)
            times[name].append((time.perf_counter() - started) * 1000)
    out = {}
    for name, ts in times.items():
        ts.sort()
        out[name] = (statistics.median(ts), ts[int(len(ts) * 0.99) - 1])
    return out


def main(argv: Sequence[str] = ()) -> None:
    rates_only = "--rates" in argv
    items = corpus()
    regexes = naive_checker()
    n_regex = sum(len(v) for v in regexes.values())
    distinct: dict[str, set[str]] = {}
    for lang, text in items:
        distinct.setdefault(lang, set()).add(text)
    print(f"corpus: {len(items)} messages ("
          + ", ".join(f"{lang} {len(v):,} distinct" for lang, v in distinct.items())
          + f"); naive baseline: {n_regex} regular expressions")
    status = native.status()
    print(f"checker mode: {status.mode}" + (f" ({status.reason})" if status.reason else ""))
    print("load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))

    def ours_spell(lang: str, text: str) -> object:
        return check_text(text, lang=lang)

    def ours_nospell(lang: str, text: str) -> object:
        return check_text(text, lang=lang, spelling=False)

    def naive(lang: str, text: str) -> object:
        return naive_check(regexes, lang, text)

    r = rates({"naive": naive, "with": ours_spell, "without": ours_nospell}, items)
    r_naive, r_with, r_without = r["naive"], r["with"], r["without"]
    print(f"messages/s naive baseline        {r_naive:10,.0f}")
    print(f"messages/s checker, spelling on  {r_with:10,.0f}  ratio {r_with / r_naive:5.2f}x"
          f"  (target {TARGET_WITH:,})")
    print(f"messages/s checker, spelling off {r_without:10,.0f}  "
          f"ratio {r_without / r_naive:5.2f}x  (target {TARGET_WITHOUT:,})")
    if rates_only:
        print(f"RATIOS {r_with / r_naive:.4f} {r_without / r_naive:.4f}")
        return
    for lang in DRAFT_LANGS:
        lat = latencies({"naive": naive, "ours": ours_spell}, lang, draft(lang))
        (n50, n99), (o50, o99) = lat["naive"], lat["ours"]
        print(f"300-word draft ({lang:7}): naive p50 {n50:6.2f} ms p99 {n99:6.2f} ms | checker "
              f"p50 {o50:6.2f} ms p99 {o99:6.2f} ms | p99 ratio {o99 / n99:5.2f}x "
              f"(target p99 < {TARGET_P99_MS} ms)")
    if status.mode == "native":
        _pure_figures(r_with / r_naive, r_without / r_naive)
    print("load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


def _pure_figures(with_ratio: float, without_ratio: float) -> None:
    """The message rates again in pure Python (a subprocess, beside its own baseline)."""
    print("pure Python, for the record (subprocess, TACTFUL_PURE_PYTHON=1):", flush=True)
    env = dict(os.environ, TACTFUL_PURE_PYTHON="1")
    proc = subprocess.run([sys.executable, __file__, "--rates"], env=env, capture_output=True,
                          text=True, check=False, cwd=Path(__file__).parent.parent)
    ratios = None
    for line in proc.stdout.splitlines():
        if line.startswith("RATIOS "):
            ratios = [float(x) for x in line.split()[1:]]
        elif line.startswith("messages/s"):
            print("  " + line)
    if ratios is None:
        print(f"  the pure run failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
        return
    print(f"compiled / pure (ratio of the ratios to each run's baseline): spelling on "
          f"{with_ratio / ratios[0]:.2f}x, spelling off {without_ratio / ratios[1]:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
