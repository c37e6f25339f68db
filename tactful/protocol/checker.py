"""``check_text``: one message against the language pack and the organisation's rules."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from typing import Final

from tactful.protocol.compile import LanguagePack, get_pack
from tactful.protocol.findings import Finding, Report, make_report
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.language import detect_language
from tactful.protocol.normalize import make_doc
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import LANGS, POSITIONS

MAX_CHARS: Final = 2_000_000
_NO_ORG: Final = OrgRules()  # larger input is checked in its first MAX_CHARS characters
# The pack of each language without an organisation's rules, the common call: ``get_pack``
# runs interpreted (compile.py is not compiled), about a thousand instructions a call.
_PLAIN_PACKS: Final[dict[str, LanguagePack]] = {}
# (Final: C statics under mypyc, not look-ups in the module's dictionary; schema.py's own
# names are not compiled.)
_LANGS: Final = LANGS
_POSITIONS: Final = POSITIONS


def check_text(text: str, *, lang: str = "auto", channel: str | None = None,
               position: str = "whole", org: OrgRules | None = None, reader_lang: str = "en",
               customer_text: str | None = None, spelling: bool = True,
               today: date | None = None, suggest: bool = False,
               questions: bool = True) -> Report:
    """Check what an agent wrote or said.

    ``position`` says where the message stands in the conversation (``opening`` is checked as
    a greeting, ``closing`` as a closing, ``whole`` as a complete message). ``customer_text``
    (the message being answered) enables question coverage and keeps quotations of the
    customer's words from being reported. ``today`` anchors due dates of promises.
    ``suggest`` fills spelling replacements (slow for Hungarian; off for live hints).
    ``questions=False`` leaves question coverage to the caller (transcripts check it over
    all later agent turns).
    Spans are character offsets into ``text``.
    """
    if position not in _POSITIONS:
        raise ValueError(f"position must be one of {', '.join(POSITIONS)}")
    text = text[:MAX_CHARS]
    if lang == "auto":
        lang = detect_language(text)
    if lang not in _LANGS:
        raise ValueError(f"unknown language {lang!r}; one of auto, {', '.join(LANGS)}")
    pack = _PLAIN_PACKS.get(lang) if org is None else None
    if pack is None:
        pack = get_pack(lang, org)
        if org is None:
            _PLAIN_PACKS[lang] = pack
    org = org or _NO_ORG
    doc = make_doc(text, lang)
    assert pack.matcher is not None
    matches = pack.matcher.scan(doc)
    customer = make_doc(customer_text[:MAX_CHARS], lang) if customer_text else None
    rc = RunContext(doc, matches, pack, org, channel, position, reader_lang, customer,
                    today, spelling, suggest)
    plan = _plan(pack, position, channel, questions and customer is not None, spelling)
    todo = plan.always
    if matches.eager:
        found = [x for group in matches.eager for x in plan.by_group.get(group, ())]
        if found:
            todo = sorted([*todo, *found], key=_order)
    findings: list[Finding] = []
    for _i, check in todo:
        if check.could_report(rc):
            findings.extend(check.run(rc))
    if not findings:
        return Report(lang, findings, 100, text)
    return make_report(lang, _drop_spelling_overlaps(_drop_nested(findings), text), text)


@dataclass(slots=True)
class _Plan:
    """The pack's checks in scope at one position and channel, each with its place in the
    pack (findings are collected in that order). Phrase-only checks run only when their
    group matched; the others whenever their ``could_report`` gate allows."""

    always: list[tuple[int, Check]]
    by_group: dict[str, list[tuple[int, Check]]]


def _order(item: tuple[int, Check]) -> int:
    return item[0]


def _plan(pack: LanguagePack, position: str, channel: str | None, questions: bool,
          spelling: bool) -> _Plan:
    """Checks out of scope, and those the call switched off (question coverage without a
    customer message or with ``questions=False``, spelling with ``spelling=False``), are
    left out; a check that needs a group to have matched waits for it."""
    key = (position, channel, questions, spelling)
    plan = pack.plans.get(key)
    if plan is None:
        plan = _Plan([], {})
        for i, check in enumerate(pack.checks):
            kind = check.rule.kind  # type: ignore[attr-defined]
            if not check.applies_to(channel, position) or (
                    kind == "question_coverage" and not questions) or (
                    kind == "spelling" and not spelling):
                continue
            trigger = check.trigger(position)
            if trigger is not None:
                plan.by_group.setdefault(trigger, []).append((i, check))
            else:
                plan.always.append((i, check))
        if len(pack.plans) > 256:  # channels are the organisation's names: keep it bounded
            pack.plans.clear()
        pack.plans[key] = plan
    return plan


# Requirements whose rules report words that are no typos but something else: jargon
# (provisioning, workflow-ban), a diminutive (secundică), informal address (légyszi).
_WORD_RULES = frozenset({"R-TALK-3", "R-TALK-7", "R-TALK-13"})
_PHRASE_WORDS = 6  # a finding of more words is about a sentence, not a word or phrase


def _drop_spelling_overlaps(findings: list[Finding], text: str) -> list[Finding]:
    """A word another rule already reports as something else (jargon, a diminutive, an
    informal word) is not also a typo. Only phrase-sized findings of those rules count: a
    typo inside a forbidden phrase, a promise or an incomplete greeting is still a typo."""
    spelled = [f for f in findings if f.requirement == "R-TALK-8"
               and not f.rule_id.endswith("script")]
    if not spelled:
        return findings
    others = sorted((f.start, f.end) for f in findings
                    if f.requirement in _WORD_RULES
                    and len(text[f.start:f.end].split()) <= _PHRASE_WORDS)
    if not others:
        return findings
    starts = [a for a, _b in others]
    drop: set[int] = set()
    for f in spelled:
        i = bisect.bisect_left(starts, f.end)
        # any other span starting before f ends and ending after f starts (look back a few)
        for a, b in others[max(0, i - 8):i]:
            if a < f.end and f.start < b:
                drop.add(id(f))
                break
    return [f for f in findings if id(f) not in drop]


def _drop_nested(findings: list[Finding]) -> list[Finding]:
    """Where two rules of the same requirement report nested spans, keep the wider one."""
    findings.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Finding] = []
    open_: list[Finding] = []  # kept findings whose span may still contain later ones
    for f in findings:
        open_ = [o for o in open_ if o.end > f.start]
        if f.end > f.start and any(
                o.requirement == f.requirement and f.end <= o.end and o.rule_id != f.rule_id
                for o in open_):
            continue
        out.append(f)
        if f.end > f.start:
            open_.append(f)
    return out
