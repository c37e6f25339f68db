"""Evaluation harness: labelled sentences per language, precision and recall per requirement.

Files ``<lang>.tsv``: ``lang<TAB>requirements<TAB>text`` (``-`` for a clean sentence). The
sentences are paraphrases written for evaluation, not copied from the rule files. Only the
requirements the labels speak about are scored (a sentence labelled R-TALK-4 that also
draws an R-TALK-3 finding counts against R-TALK-3's precision).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tactful.protocol import check_text
from tests.protocol.eval import scoring
from tests.protocol.eval.sets import load_set

HERE = Path(__file__).parent
SCORED = ("R-TALK-3", "R-TALK-4", "R-TALK-5", "R-TALK-6", "R-TALK-7", "R-TALK-8", "R-TALK-13",
          "R-SEC-1")
PRECISION, RECALL = 0.9, 0.85


def load() -> list[tuple[str, set[str], str]]:
    rows = []
    for path in sorted(HERE.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, reqs, text = line.split("\t", 2)
            rows.append((lang, set() if reqs == "-" else set(reqs.split(",")), text))
    return rows


def scores() -> dict[str, tuple[float, float, int]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for lang, expected, text in load():
        got = check_text(text, lang=lang).requirements & set(SCORED)
        for req in SCORED:
            if req in got and req in expected:
                tp[req] += 1
            elif req in got:
                fp[req] += 1
            elif req in expected:
                fn[req] += 1
    out = {}
    for req in SCORED:
        support = tp[req] + fn[req]
        if not support:
            continue
        precision = tp[req] / (tp[req] + fp[req]) if tp[req] + fp[req] else 1.0
        out[req] = (precision, tp[req] / support, support)
    return out


def test_precision_and_recall_per_requirement() -> None:
    """R-TALK-3, R-TALK-4, R-TALK-5, R-TALK-6, R-TALK-7, R-TALK-8, R-TALK-13, R-SEC-1:
    precision >= 0.9 and recall >= 0.85 on the labelled sentences."""
    result = scores()
    bad = {req: s for req, s in result.items() if s[0] < PRECISION or s[1] < RECALL}
    assert not bad, bad


# R-TALK-8 (spelling, Chinese script) is scored and reported but tuned by the spelling work,
# not by the packs; it is left out of the threshold until it meets it.
NOT_YET: frozenset[str] = frozenset({"R-TALK-8"})


def _below(set_name: str) -> dict[str, tuple[float, float, int]]:
    table = scoring.score(scoring.run(load_set(set_name)))
    return {req: (round(s.precision, 2), round(s.recall, 2), s.support)
            for (_g, req), s in table.items()
            if (s.support or s.fp) and req not in NOT_YET and not s.passes}


@pytest.mark.slow
def test_dev_set_meets_the_thresholds() -> None:
    """R-TALK-1, R-TALK-2, R-TALK-3, R-TALK-4, R-TALK-5, R-TALK-6, R-TALK-7, R-TALK-9,
    R-TALK-10, R-TALK-11, R-TALK-12, R-TALK-13, R-SEC-1, R-LETTER-1, R-PHONE-1: precision
    >= 0.9 and recall >= 0.85 per requirement on the development set (texts written without
    sight of the rules, and transcripts)."""
    assert _below("dev") == {}


# Requirements that meet the thresholds on the held-out set (RESULTS.md, final run): a
# regression guard, not a target to tune against (its items stay unseen).
HELD_OUT_PASSING = ("R-TALK-1", "R-TALK-3", "R-TALK-4", "R-TALK-5", "R-TALK-7", "R-TALK-10",
                    "R-TALK-11", "R-TALK-13", "R-SEC-1", "R-PHONE-1")


@pytest.mark.slow
def test_held_out_set_keeps_the_requirements_that_pass() -> None:
    """R-TALK-1, R-TALK-3, R-TALK-4, R-TALK-5, R-TALK-7, R-TALK-10, R-TALK-11, R-TALK-13,
    R-SEC-1, R-PHONE-1: precision >= 0.9 and recall >= 0.85 on the held-out set stay met."""
    below = _below("test")
    assert {req: s for req, s in below.items() if req in HELD_OUT_PASSING} == {}


def test_a_split_set_is_two_disjoint_halves_by_item_number() -> None:
    """dev4a (odd item numbers) and dev4b (even) together are dev4, with no item in both
    (dev5 likewise; dev6 to dev14 by pairs of numbers, each half a mix of violations and
    clean items); a half is held out from listings like ``test``, and so is the whole set."""
    from tests.protocol.eval.__main__ import main
    from tests.protocol.eval.sets import PAIRED, SetError, _number

    for name in ("dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                 "dev13", "dev14"):
        whole = {item.id for item in load_set(name)}
        a = {item.id for item in load_set(name + "a")}
        b = {item.id for item in load_set(name + "b")}
        assert a and b and not a & b and a | b == whole
        if name in PAIRED:
            assert all((_number(i) + 1) // 2 % 2 == 1 for i in a)
            assert all((_number(i) + 1) // 2 % 2 == 0 for i in b)
            for half in (name + "a", name + "b"):
                items = [x for x in load_set(half) if x.kind == "text"]
                clean = sum(1 for x in items if not x.expect)
                assert 0.3 < clean / len(items) < 0.8, half
        else:
            assert all(_number(i) % 2 == 1 for i in a) and all(_number(i) % 2 == 0 for i in b)
    assert _number("ro-dev4-t12") == 12 and _number("hu-dev4-0007") == 7
    with pytest.raises(SetError, match="no number"):
        _number("no-digits")
    with pytest.raises(SetError, match="unknown set"):
        load_set("dev99")
    for held_out in ("dev4b", "dev5b", "dev6b", "dev7b", "dev8b", "dev9b", "dev10b", "dev11b",
                     "dev12b", "dev13b", "dev14b", "dev6", "dev7", "dev8", "dev9", "dev10",
                     "dev11", "dev12", "dev13", "dev14", "test"):
        with pytest.raises(SystemExit):
            main([held_out, "--misses"])


if __name__ == "__main__":
    for req, (p, r, n) in scores().items():
        print(f"{req:10} precision {p:.2f} recall {r:.2f} (n={n})")
