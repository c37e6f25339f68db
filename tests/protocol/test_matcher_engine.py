"""The fast matching engine keeps the matcher's semantics (docs/checker.md, "Compilation and
speed"): lazily matched families, token keys without a regular expression, and span finding
on token indices agree with the straightforward forms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.protocol import check_text
from tactful.protocol.compile import get_pack
from tactful.protocol.matcher import PhraseMatcher
from tactful.protocol.normalize import TOKEN_RE, Doc, make_doc, normalise, token_keys
from tactful.protocol.spans import any_order, any_order_tokens, ordered, ordered_tokens

TEXT = st.text(alphabet="ab1 '_-.,;?\n\tZé", max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_token_keys_are_the_regular_expression_tokens(text: str) -> None:
    norm = normalise(text, "en").norm
    keys = token_keys(norm)
    expected = [m.group().replace("'", "") for m in TOKEN_RE.finditer(norm)]
    assert keys is None or keys == expected
    doc, fresh = Doc("en", normalise(text, "en")), Doc("en", normalise(text, "en"))
    assert doc.keys == expected
    assert doc.tokens == fresh.tokens  # offsets found from the keys equal the regex's


ROWS = st.lists(st.lists(st.integers(0, 30), max_size=6).map(lambda r: sorted(set(r))),
                min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(ROWS, st.integers(0, 3))
def test_token_span_finders_agree_with_the_span_ones(rows: list[list[int]], gap: int) -> None:
    spans = [[(i, i + 1) for i in row] for row in rows]
    assert ordered_tokens(rows, gap) == ordered(spans, gap)
    width = len(rows) + gap * (len(rows) - 1)
    assert any_order_tokens(rows, width) == any_order(spans, width)


def _matcher() -> PhraseMatcher:
    m = PhraseMatcher("en", "english")
    m.add("rule", "(cannot|can't) help you", gap=1)
    m.add("rule", "refund* (today|tomorrow)", any_order=True, payload="later")
    m.add("cue", "we never say", gap=3, family="_meta")
    m.add("dates", "tomorrow", gap=0, family="_date")
    m.add("dates2", "=today", gap=0, family="_date")
    return m.build()


def test_lazy_families_match_when_asked_and_agree_with_a_full_run() -> None:
    m = _matcher()
    text = "We never say we cannot help you. Refunds tomorrow, or today refunded!"
    full = m.run(make_doc(text, "en"))
    lazy = m.scan(make_doc(text, "en"))
    assert lazy.eager == ["rule"]  # families wait until asked for
    assert lazy.get("dates") == full["dates"] and "cue" in lazy
    assert dict(lazy) == full  # the groups of one family keep the order of a full run
    assert [g for g in lazy if g.startswith("dates")] == ["dates", "dates2"]
    # any order, within a window of 2 + gap words; overlapping windows merge into one span
    assert [(x.start, x.end, x.payload) for x in full["rule"]] == [
        (16, 31, None), (33, 68, "later")]


def test_a_family_is_declared_once() -> None:
    m = PhraseMatcher("en", "english")
    m.add("g", "hello")
    try:
        m.add("g", "hi there", family="_meta")
    except ValueError as exc:
        assert "already belongs" in str(exc)
    else:
        raise AssertionError("a group changed family silently")


def test_a_long_message_matches_as_its_sentences_do() -> None:
    """The long-message index (40+ tokens) finds what each sentence finds alone."""
    sentences = ["I can't handle this request, sorry.", "The parcel is on its way.",
                 "I can't help you with that one.", "Call us later!"] * 6
    pack = get_pack("en")
    assert pack.matcher is not None
    text = " ".join(sentences)
    whole = pack.matcher.run(make_doc(text, "en"))
    offset = 0
    expected: dict[str, list[tuple[int, int]]] = {}
    for sentence in sentences:
        for group, found in pack.matcher.run(make_doc(sentence, "en")).items():
            expected.setdefault(group, []).extend(
                (x.start + offset, x.end + offset) for x in found)
        offset += len(sentence) + 1
    assert {g: [(x.start, x.end) for x in v] for g, v in whole.items() if v} == {
        g: v for g, v in expected.items() if v}


def test_a_chain_starts_at_the_last_first_slot_candidate() -> None:
    """R-LETTER-1: the tightest span wins ("请。请于5月20日前上传": the second 请, inside the
    sentence; the first would make a span across the sentence end, which is dropped)."""
    assert ordered([[(0, 1), (2, 3)], [(3, 4)], [(9, 10)]], 20) == [(2, 10)]
    assert ordered_tokens([[0, 2], [3], [9]], 20) == [(2, 10)]
    assert ordered_tokens([[0, 4], [3], [9]], 20) == [(0, 10)]  # 4 comes after the second slot
    letter = "尊敬的李女士：\n\n感谢您的申请。请于5月20日前补充上传购物小票照片。\n\n路墨商城"
    report = check_text(letter, lang="zh-Hans", channel="letter", spelling=False)
    assert "R-LETTER-1" not in report.requirements
