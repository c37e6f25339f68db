"""Calls and chats as a whole (docs/transcript-format.md): hold etiquette (R-TALK-10), profanity
and who hangs up (R-TALK-11), angry customers (R-TALK-12), greeting and closing at
conversation level (R-TALK-1, R-TALK-2), rings before answer (R-PHONE-1)."""

from __future__ import annotations

import bisect
import contextlib
import itertools
import math
import re
from datetime import date, datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from tactful.protocol.checker import check_text
from tactful.protocol.compile import LanguagePack, get_pack
from tactful.protocol.dates import names_time
from tactful.protocol.findings import Finding, Report, make_report
from tactful.protocol.kinds.base import pick_text
from tactful.protocol.kinds.transcript import TranscriptCheck
from tactful.protocol.language import detect_language
from tactful.protocol.matcher import Match
from tactful.protocol.normalize import make_doc
from tactful.protocol.org import OrgRules

EVENTS = ("ring", "answer", "hold", "resume", "transfer", "hangup")


class Item(BaseModel):
    """A turn (``speaker`` + ``text``) or an event (``event``), in conversation order."""

    model_config = ConfigDict(extra="allow")
    speaker: Literal["agent", "customer", "system"] | None = None
    text: str | None = None
    event: Literal["ring", "answer", "hold", "resume", "transfer", "hangup"] | None = None
    by: Literal["agent", "customer", "system"] | None = None
    time: datetime | None = None

    @model_validator(mode="after")
    def _one_of(self) -> Item:
        if (self.event is None) == (self.speaker is None):
            raise ValueError("each item is either a turn (speaker, text) or an event")
        if self.speaker is not None and self.text is None:
            raise ValueError("a turn needs text")
        return self


class Transcript(BaseModel):
    model_config = ConfigDict(extra="allow")
    version: int = 1
    lang: str = "auto"
    channel: Literal["phone", "chat", "video", "visit"] = "phone"
    agent: str | None = None
    organisation: str | None = None
    ring_seconds: float = Field(default=5.0, gt=0)
    turns: list[Item]


class TranscriptError(ValueError):
    pass


_PROBLEMS: dict[str, dict[str, str]] = {
    "no_permission": {"en": "the agent did not ask permission before putting the customer on "
                            "hold.",
                      "hu": "a munkatárs nem kért engedélyt a várakoztatás előtt.",
                      "ro": "operatorul nu a cerut permisiunea înainte de a pune clientul în "
                            "așteptare.",
                      "et": "teenindaja ei küsinud enne ootele panemist luba.",
                      "zh-Hans": "坐席在让客户等待前没有征得同意。"},
    "no_reason": {"en": "the agent did not explain why the customer has to wait.",
                  "hu": "a munkatárs nem mondta meg, miért kell várni.",
                  "ro": "operatorul nu a explicat motivul așteptării.",
                  "et": "teenindaja ei selgitanud, miks tuleb oodata.",
                  "zh-Hans": "坐席没有说明需要等待的原因。"},
    "no_thanks": {"en": "the agent did not thank the customer for waiting after the hold.",
                  "hu": "a várakoztatás után a munkatárs nem köszönte meg a türelmet.",
                  "ro": "după așteptare operatorul nu a mulțumit clientului.",
                  "et": "pärast ootamist ei tänanud teenindaja klienti.",
                  "zh-Hans": "恢复通话后坐席没有感谢客户的耐心等待。"},
    "hung_up_first": {"en": "the agent hung up first although the customer did not swear.",
                      "hu": "a munkatárs tette le először, pedig az ügyfél nem káromkodott.",
                      "ro": "operatorul a închis primul, deși clientul nu a folosit profanități.",
                      "et": "teenindaja lõpetas kõne esimesena, kuigi klient ei ropendanud.",
                      "zh-Hans": "客户没有说脏话，坐席却先挂断了电话。"},
    "no_warning": {"en": "the agent hung up on a swearing customer without the prescribed warning.",
                   "hu": "a munkatárs az előírt figyelmeztetés nélkül tette le.",
                   "ro": "operatorul a închis fără avertismentul prescris.",
                   "et": "teenindaja lõpetas kõne ilma ettenähtud hoiatuseta.",
                   "zh-Hans": "坐席未按规定先警告就挂断了电话。"},
    "stopped": {"en": "the agent hung up although the customer stopped swearing after the warning.",
                "hu": "a munkatárs letette, pedig az ügyfél a figyelmeztetés után abbahagyta.",
                "ro": "operatorul a închis deși clientul s-a oprit după avertisment.",
                "et": "teenindaja lõpetas kõne, kuigi klient lõpetas pärast hoiatust ropendamise.",
                "zh-Hans": "警告后客户已停止说脏话，坐席仍挂断了电话。"},
    "apology": {"en": "apologise", "hu": "bocsánatot kérjen", "ro": "își ceară scuze",
                "et": "vabandaks", "zh-Hans": "先道歉"},
    "way_forward": {"en": "offer a way forward", "hu": "megoldást kínáljon",
                    "ro": "ofere o soluție", "et": "pakuks lahendust", "zh-Hans": "提出解决办法"},
    "unanswered": {"en": "the call was never answered.", "hu": "a hívást nem vették fel.",
                   "ro": "apelul nu a primit răspuns.", "et": "kõnele ei vastatud.",
                   "zh-Hans": "来电未被接听。"},
}


def _problem(key: str, reader: str) -> str:
    return pick_text(_PROBLEMS[key], reader)


def parse_transcript(data: dict[str, Any] | Transcript) -> Transcript:
    if isinstance(data, Transcript):
        return data
    try:
        return Transcript.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(transcript)"
        raise TranscriptError(f"{where}: {err['msg']}") from exc


def check_transcript(data: dict[str, Any] | Transcript, *, org: OrgRules | None = None,
                     reader_lang: str = "en", spelling: bool = True,
                     today: date | None = None) -> Report:
    """Check a call or chat; findings carry ``turn`` (index into ``turns``)."""
    tr = parse_transcript(data)
    org = org or OrgRules()
    if tr.agent and tr.agent not in org.agent_names:
        org = OrgRules(**{**_org_dict(org), "agent_names": [*org.agent_names, tr.agent]})
    if tr.organisation and not org.organisation:
        org = OrgRules(**{**_org_dict(org), "organisation": tr.organisation})
    agent_text = " ".join(t.text or "" for t in tr.turns if t.speaker == "agent")
    lang = tr.lang if tr.lang != "auto" else detect_language(agent_text or " ".join(
        t.text or "" for t in tr.turns if t.text))
    pack = get_pack(lang, org)
    findings: list[Finding] = []
    # What was said aloud has no spelling (R-TALK-8 is about text before it is sent): a call,
    # video call or visit transcript is written by whoever transcribed it, not by the agent.
    spelling = spelling and tr.channel not in SPOKEN_CHANNELS
    agent_idx = [i for i, t in enumerate(tr.turns) if t.speaker == "agent"]
    closing_turns = _closing_turns(tr.turns, agent_idx)
    customer_since: list[str] = []
    for i, item in enumerate(tr.turns):
        if item.speaker == "customer":
            customer_since.append(item.text or "")
        if item.speaker != "agent":
            continue
        if len(agent_idx) == 1:
            position = "whole"
        elif i == agent_idx[0]:
            position = "opening"
        elif i == agent_idx[-1]:
            position = "closing"
        else:
            position = "middle"
        rep = check_text(item.text or "", lang=lang, channel=tr.channel, position=position,
                         org=org, reader_lang=reader_lang,
                         customer_text="\n".join(customer_since) or None,
                         spelling=spelling, today=today, questions=False)
        for f in rep.findings:
            if position == "closing" and len(closing_turns) > 1 and f.requirement == "R-TALK-2":
                continue  # judged below, over the whole closing exchange
            f.turn = i
            findings.append(f)
        customer_since = []
    if len(closing_turns) > 1:
        findings.extend(_closing_findings(tr.turns, closing_turns, lang=lang, channel=tr.channel,
                                          org=org, reader_lang=reader_lang, today=today))
    # R-TALK-9 over the conversation: each customer question is answered by a later agent turn.
    for i, item in enumerate(tr.turns):
        if item.speaker != "customer" or not item.text or "?" not in item.text.replace("？", "?"):
            continue
        later = " ".join(_answering(tr.turns, i, lang))
        rep = check_text(later or " ", lang=lang, org=org, reader_lang=reader_lang,
                         customer_text=item.text, spelling=False, today=today)
        unanswered = [f for f in rep.findings if f.requirement == "R-TALK-9"]
        if _held_to_answer(tr.turns, i):
            # "Can you check what happened?" -> hold -> the explanation: the agent went to
            # find the answer to the one question asked, and came back with it.
            unanswered = []
        if unanswered and unanswered[0].data.get("questions") == 1 and _says_enough(
                tr.turns, i, lang, pack):
            # One question, and the agent's reply to it says something of substance: in a
            # live exchange that reply is the answer, however it is worded ("Why was it
            # missed?" - "There were many returns that day and the step was not done"); a
            # question left among others that were answered, or met with a bare apology,
            # is still reported.
            unanswered = []
        for f in unanswered:
            if f.requirement == "R-TALK-9":
                f.turn, f.start, f.end = i, f.data["question_start"], f.data["question_end"]
                findings.append(f)
    docs: dict[int, dict[str, list[Match]]] = {}
    assert pack.turn_matcher is not None
    for i, item in enumerate(tr.turns):
        if item.text:
            docs[i] = pack.turn_matcher.run(make_doc(item.text, lang))
    if agent_idx and _ended_for_profanity(tr.turns, docs, pack):
        # The customer swore on after the prescribed warning and the agent ended the call, as
        # R-TALK-11 allows: nobody asks "anything else?" there, so no closing is owed.
        findings = [f for f in findings
                    if not (f.requirement == "R-TALK-2" and f.turn == agent_idx[-1])]
    if agent_idx and _closing_not_owed(tr.turns, agent_idx[-1], findings, pack):
        findings = [f for f in findings
                    if not (f.requirement == "R-TALK-2" and f.turn == agent_idx[-1])]
    for check in pack.checks:
        if isinstance(check, TranscriptCheck):
            findings.extend(_run(check, tr, docs, pack, org, reader_lang))
    return make_report(lang, findings, "")


def _closing_not_owed(turns: list[Item], last: int, findings: list[Finding],
                      pack: LanguagePack) -> bool:
    """Whether the agent's last turn (``last``) owes no closing (R-TALK-2): the call was
    handed on (a transfer after it: the closing is the next agent's), or the customer had
    the last word and left before the agent began to close (no "anything else?" and no
    goodbye among the closing turns; the agent did not hang up). A closing the agent began
    is judged as usual, whoever hangs up."""
    after = turns[last + 1:]
    if any(t.event == "transfer" for t in after):
        return True
    if not any(t.speaker == "customer" for t in after) or any(
            t.event == "hangup" and t.by == "agent" for t in after):
        return False
    missing = {f.data.get("part") for f in findings
               if f.requirement == "R-TALK-2" and f.turn == last}
    attempt = {name for check in pack.checks if getattr(check.rule, "section", None) == "closing"
               for name in getattr(check.rule, "attempt", ())}
    return bool(attempt) and attempt <= missing


SPOKEN_CHANNELS = frozenset({"phone", "video", "visit"})
CLOSING_TURNS = 3  # agent turns a closing may be spread over


def _closing_turns(turns: list[Item], agent_idx: list[int]) -> list[int]:
    """The agent turns that make up the closing exchange, last one last: up to
    ``CLOSING_TURNS`` final agent turns, never reaching back past a hold, a resume or a
    transfer, nor into the opening. "Anything else?" - "No, thanks." - "Thank you for calling,
    goodbye." spreads the closing's parts over two agent turns."""
    if len(agent_idx) < 3:
        return agent_idx[-1:]
    chosen = [agent_idx[-1]]
    for i in reversed(agent_idx[1:-1]):
        if len(chosen) == CLOSING_TURNS or any(
                t.event in ("hold", "resume", "transfer") for t in turns[i:chosen[-1]]):
            break
        chosen.append(i)
    return chosen[::-1]


def _closing_findings(turns: list[Item], closing: list[int], *, lang: str, channel: str,
                      org: OrgRules, reader_lang: str, today: date | None) -> list[Finding]:
    """R-TALK-2 over the closing exchange: the parts may come in any of its agent turns; a
    missing part is reported on the last agent turn."""
    texts = [turns[i].text or "" for i in closing]
    joined = " ".join(texts)
    offset = len(joined) - len(texts[-1])
    rep = check_text(joined, lang=lang, channel=channel, position="closing", org=org,
                     reader_lang=reader_lang, spelling=False, today=today, questions=False)
    out = []
    for f in rep.findings:
        if f.requirement != "R-TALK-2":
            continue
        f.turn = closing[-1]
        f.start, f.end = max(f.start - offset, 0), max(f.end - offset, 0)
        out.append(f)
    return out


_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def _answering(turns: list[Item], i: int, lang: str) -> list[str]:
    """The agent's words after customer turn ``i`` that may answer its questions. Once the
    customer has spoken again, the agent's questions ("Is there anything else I can help
    with?") and a short acknowledgement opening a turn ("Of course.", "Muidugi.", "好的。")
    answer that later turn, not the earlier question."""
    out: list[str] = []
    spoke = False
    zh = lang.startswith("zh")
    for t in turns[i + 1:]:
        if t.speaker == "customer":
            spoke = True
        if t.speaker != "agent" or not t.text:
            continue
        if not spoke:
            out.append(t.text)
            continue
        kept: list[str] = []
        for k, sent in enumerate(_SENTENCE.findall(t.text)):
            body = sent.strip()
            if body.endswith(("?", "？")):
                continue
            short = _cjk(body) <= 3 if zh else len(body.split()) <= 2
            if k == 0 and short:
                continue
            kept.append(body)
        out.append(" ".join(kept))
    return out


def _cjk(text: str) -> int:
    """How many Chinese characters ``text`` holds (a Chinese word is about two)."""
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


SUBSTANCE_WORDS = 8  # words of statement (Chinese: twice as many characters) to hold an answer


def _says_enough(turns: list[Item], i: int, lang: str, pack: LanguagePack) -> bool:
    """Whether the agent's reply to customer turn ``i`` (its turns before the customer
    speaks again) holds ``SUBSTANCE_WORDS`` words of statement besides its questions and
    apologies ("I'm so sorry, I know how annoying this must be" answers nothing)."""
    assert pack.turn_matcher is not None
    zh = lang.startswith("zh")
    size = 0.0
    for t in turns[i + 1:]:
        if t.speaker == "customer":
            break
        if t.speaker != "agent" or not t.text:
            continue
        for sent in _SENTENCE.findall(t.text):
            body = sent.strip()
            if body.endswith(("?", "？")) or any(
                    name.endswith(":apology") and found
                    for name, found in pack.turn_matcher.run(make_doc(body, lang)).items()):
                continue
            size += _cjk(body) / 2 if zh else len(body.split())
    return size >= SUBSTANCE_WORDS


def _held_to_answer(turns: list[Item], i: int) -> bool:
    """Whether the customer's turn ``i`` asks one question that the agent put the call on
    hold for and answered after resuming: no other customer question before the hold, and a
    substantive agent turn (five words, Chinese ten characters) after the resume."""
    text = (turns[i].text or "").replace("？", "?")
    if text.count("?") != 1:
        return False
    hold = next((h for h in range(i + 1, len(turns)) if turns[h].event == "hold"
                 or (turns[h].speaker == "customer" and "?" in (turns[h].text or "")
                     .replace("？", "?"))), None)
    if hold is None or turns[hold].event != "hold":
        return False
    resume = next((r for r in range(hold + 1, len(turns)) if turns[r].event == "resume"), None)
    after = next((a for a in range(resume + 1, len(turns)) if turns[a].speaker == "agent"),
                 None) if resume is not None else None
    if after is None:
        return False
    reply = turns[after].text or ""
    return _cjk(reply) >= 10 or len(reply.split()) >= 5


def _org_dict(org: OrgRules) -> dict[str, Any]:
    return {k: getattr(org, k) for k in org.__dataclass_fields__}


def _has(docs: dict[int, dict[str, list[Match]]], i: int, group: str) -> bool:
    return bool(docs.get(i, {}).get(group))


def _run(check: TranscriptCheck, tr: Transcript, docs: dict[int, dict[str, list[Match]]],
         pack: LanguagePack, org: OrgRules, reader: str) -> list[Finding]:
    rule = check.rule
    g = rule.id
    turns = tr.turns
    out: list[Finding] = []

    def finding(i: int | None, **fmt: Any) -> Finding:
        text = turns[i].text or "" if i is not None else ""
        msg = pick_text(rule.message, reader)
        sug = pick_text(rule.suggestion, reader) if rule.suggestion else ""
        with contextlib.suppress(KeyError, ValueError):
            msg = msg.format(**fmt)
        return Finding(rule.id, rule.requirement, rule.level, 0, len(text), msg, sug, None,
                       turn=i, data={k: v for k, v in fmt.items() if k != "problem"})

    if rule.check == "hold":
        for h, item in enumerate(turns):
            if item.event != "hold":
                continue
            before = [i for i in range(h - 1, -1, -1) if turns[i].speaker == "agent"][:2]
            if not any(_has(docs, i, f"{g}:permission") for i in before):
                out.append(_at(finding(before[0] if before else h,
                                       problem=_problem("no_permission", reader)), h, before))
            if not any(_has(docs, i, f"{g}:reason") for i in before):
                out.append(_at(finding(before[0] if before else h,
                                       problem=_problem("no_reason", reader)), h, before))
            resume = next((i for i in range(h + 1, len(turns)) if turns[i].event == "resume"),
                          None)
            if resume is None:
                continue
            after = next((i for i in range(resume + 1, len(turns))
                          if turns[i].speaker == "agent"), None)
            if after is None or not _has(docs, after, f"{g}:thanks"):
                out.append(_at(finding(after if after is not None else resume,
                                       problem=_problem("no_thanks", reader)), resume,
                               [after] if after is not None else []))
    elif rule.check == "profanity":
        swears, warnings = _swears_and_warnings(turns, docs, [g])
        for h, item in enumerate(turns):
            if item.event != "hangup" or item.by != "agent":
                continue
            key = _hangup_problem(h, swears, warnings)
            if key is None:
                continue
            f = finding(None, problem=_problem(key, reader))
            f.turn = h
            out.append(f)
    elif rule.check == "angry":
        profanity = _profanity_ids(pack)
        for c, item in enumerate(turns):
            if item.speaker != "customer":
                continue
            swore = any(_has(docs, c, f"{p}:swear") for p in profanity)
            angry = (_has(docs, c, f"{g}:complaint") or swore
                     or _exclaims(pack, item.text or "", docs[c], g)
                     or _exclaims(pack, item.text or "", docs[c], g, None))
            # An indignant question ("are they coming at all?", 到底还来不来) right after the
            # agent apologised presses the same grievance: the reply owes a way forward,
            # not a second apology.
            pressing = not angry and (
                _exclaims(pack, item.text or "", docs[c], g, "indignant")
                or (_after_wait(turns, c)
                    and _exclaims(pack, item.text or "", docs[c], g, "impatience")))
            if not (angry or pressing):
                continue
            reply = next((i for i in range(c + 1, len(turns)) if turns[i].speaker == "agent"
                          or (turns[i].event == "hangup" and turns[i].by == "agent")), None)
            if reply is None:
                continue
            if turns[reply].event == "hangup":
                # The agent hung up instead of answering: neither apology nor way forward.
                missing = ["apology", "way_forward"]
                f = finding(None, problem=" / ".join(_problem(k, reader) for k in missing),
                            missing=missing)
                f.turn = reply
                out.append(f)
                continue
            wanted = ["apology", "way_forward"]
            if pressing and _apologised_before(turns, docs, c, f"{g}:apology"):
                wanted = ["way_forward"]
            if swore and _ends_after_warning(turns, docs, profanity, c, reply):
                # Swearing went on after the warning: the agent may end the call (R-TALK-11),
                # so its last turn owes an apology, not a solution.
                wanted = ["apology"]
            missing = [k for k in wanted if not _has(docs, reply, f"{g}:{k}")]
            if "way_forward" in wanted and "way_forward" not in missing and not _forward(
                    pack, turns[reply].text or "", docs[reply], g, profanity):
                missing.append("way_forward")
            if "way_forward" in missing and _names_time(pack, turns[reply].text or "",
                                                        f"{g}:apology", item.text or ""):
                missing.remove("way_forward")  # "Saturday between 8 and 10" is a way forward
            if missing:
                problem = " / ".join(_problem(k, reader) for k in missing)
                out.append(finding(reply, problem=problem, missing=missing))
    elif rule.check == "rings":
        rings = [i for i, t in enumerate(turns) if t.event == "ring"]
        answer = next((i for i, t in enumerate(turns) if t.event == "answer"), None)
        if rings and answer is None:
            f = finding(None, rings=len(rings), max_rings=org.max_rings)
            f.message = _problem("unanswered", reader)
            f.turn = rings[0]
            out.append(f)
        elif rings and answer is not None:
            count = len([r for r in rings if r < answer])
            first, ans = turns[rings[0]].time, turns[answer].time
            if count <= 1 and first is not None and ans is not None:
                count = max(1, math.ceil((ans - first).total_seconds() / tr.ring_seconds))
            if count > org.max_rings:
                f = finding(None, rings=count, max_rings=org.max_rings)
                f.turn = answer
                out.append(f)
    return out


def _apologised_before(turns: list[Item], docs: dict[int, dict[str, list[Match]]], c: int,
                       apology: str) -> bool:
    """Whether the agent's last turn before turn ``c`` apologised."""
    last = next((i for i in range(c - 1, -1, -1) if turns[i].speaker == "agent"), None)
    return last is not None and _has(docs, last, apology)


def _after_wait(turns: list[Item], c: int) -> bool:
    """Whether customer turn ``c`` is the customer's first word in the call or after a hold,
    a resume or a transfer: where "Finally!" is about the wait to be served."""
    for t in reversed(turns[:c]):
        if t.event in ("hold", "resume", "transfer"):
            return True
        if t.speaker == "customer":
            return False
    return True


# Marks that make any sentence emphatic; "??" too ("Acum mai aflu că trebuie să plătesc și
# deplasarea??", "叫我睡草地喔？？")
_EMPHATIC: Final = ("!!", "?!", "!?", "??")


def _exclaims(pack: LanguagePack, text: str, matches: dict[str, list[Match]], g: str,
              cue: str | None = "negation") -> bool:
    """Whether a customer turn exclaims its trouble, with a ``cue`` phrase of rule ``g`` in
    a sentence ending in "!": a negation ("Nobody showed up!", "Ez így nem mehet tovább!",
    "没人接！") or impatience ("Finally!"); with ``cue`` None, a statement of four words or
    more (Chinese: six characters) exclaimed ("Kétszer vonták le ugyanazt a számlát!") or
    any sentence with "!!", "?!" or "??"; with ``cue`` "indignant", an intensifier in a question
    ("Do you people even check anything?", "egyáltalán", "üldse", "到底"). A sentence that is
    calm ("No problem!", "Great!"), thanks, or the customer's own apology never counts."""
    doc = make_doc(text, pack.lang)
    norm = doc.n.norm
    cues = matches.get(f"{g}:{cue}", ()) if cue is not None else ()
    if (cue != "indignant" and "!" not in norm and "??" not in norm) or (
            cue is not None and not cues):
        return False
    assert pack.matcher is not None
    found = pack.matcher.run(doc)
    thanks = [m for check in pack.checks if getattr(check.rule, "section", None) == "closing"
              for m in found.get(f"{check.group}:thanks", ())]
    calm = [*matches.get(f"{g}:calm", ()), *thanks]
    for sent in doc.sents:
        body = norm[sent.start:sent.end].rstrip()
        emphatic = any(mark in body for mark in _EMPHATIC)
        if cue == "indignant":
            if not sent.is_question:
                continue
        elif not (body.endswith("!") or emphatic):
            continue
        if any(sent.start <= m.start < sent.end for m in calm):
            continue
        # A bare "Nem," / "Nu!" / "Ei," opening the sentence answers a question ("Nem,
        # ennyi volt!", "Ei, see on kõik!"): an answer particle, not a denial.
        particle = [m for m in matches.get(f"{g}:negation", ()) if sent.start <= m.start
                    and norm[sent.start:m.start].strip() == ""
                    and norm[m.end:m.end + 1] in (",", "!", ".", "")]
        if cue is None:
            size = (_cjk(body) >= 6 if pack.zh
                    else sum(1 for _t, st, _e in doc.tokens if sent.start <= st < sent.end) >= 4)
            if not particle and (emphatic or size):
                return True
            continue
        if any(sent.start <= m.start < sent.end and m not in particle for m in cues):
            return True
    return False


# The closing's and greeting's formula parts: a sentence that asks "anything else?", says
# the customer may come back ("call us again any time") or asks how the agent can help offers
# no way forward, whatever action word it holds ("Is there anything else I can help with?").
_FORMULA_PARTS = (("closing", "anything_else", False), ("closing", "come_back", False),
                  ("greeting", "offer_help", True))


def _forward(pack: LanguagePack, text: str, matches: dict[str, list[Match]], g: str,
             profanity: list[str]) -> bool:
    """Whether a way-forward match of rule ``g`` in an agent turn stands outside the clauses
    that are formulas of the call (see ``_FORMULA_PARTS``; a help offer only in a question),
    outside the prescribed profanity warning ("If you continue ..., we will have to end the
    call") and is not denied by a negation just before it."""
    assert pack.matcher is not None
    doc = make_doc(text, pack.lang)
    norm = doc.n.norm
    found = pack.matcher.run(doc)
    cuts = sorted([m.start() for m in _CUT.finditer(norm)]
                  + [m.start for m in matches.get(f"{g}:join", ())])

    def clause(pos: int) -> int:
        return bisect.bisect_right(cuts, pos)

    void: set[int] = set()
    for check in pack.checks:
        section = getattr(check.rule, "section", None)
        for sec, part, question in _FORMULA_PARTS:
            if section != sec:
                continue
            for m in found.get(f"{check.group}:{part}", ()):
                sent = doc.sentence_at(m.start)
                if not question or (sent is not None and sent.is_question):
                    void.add(clause(m.start))
    for p in profanity:
        for m in matches.get(f"{p}:warning", ()):
            sent = doc.sentence_at(m.start)
            if sent is not None:  # the warning is a sentence of its own
                last = bisect.bisect_left(cuts, max(sent.end - 1, sent.start))  # not its stop
                void.update(range(clause(sent.start), last + 1))
    # "There is nothing we can do", "nem tudunk segíteni", "nu putem", "没办法帮您处理": a
    # negation just before the action in its clause denies it.
    # ("Don't worry I'll fix it" is calm, not a negation.)
    near = 3 if pack.zh else 16
    calm = matches.get(f"{g}:calm", ())
    negations = [n for n in matches.get(f"{g}:negation", ())
                 if not any(c.start <= n.start < c.end for c in calm)]
    return any(clause(m.start) not in void
               and not any(n.end <= m.start <= n.end + near and clause(n.start) == clause(m.start)
                           for n in negations)
               for m in matches.get(f"{g}:way_forward", ()))


_CUT = re.compile(r"[,;:.!?\n]")


def _profanity_ids(pack: LanguagePack) -> list[str]:
    return [c.rule.id for c in pack.checks
            if isinstance(c, TranscriptCheck) and c.rule.check == "profanity"]


def _swears_and_warnings(turns: list[Item], docs: dict[int, dict[str, list[Match]]],
                         rules: list[str]) -> tuple[list[int], list[int]]:
    """The customer turns that swear and the agent turns that give the prescribed warning."""
    def said(i: int, who: str, part: str) -> bool:
        return turns[i].speaker == who and any(_has(docs, i, f"{r}:{part}") for r in rules)

    return ([i for i in range(len(turns)) if said(i, "customer", "swear")],
            [i for i in range(len(turns)) if said(i, "agent", "warning")])


def _hangup_problem(h: int, swears: list[int], warnings: list[int]) -> str | None:
    """What is wrong with the agent hanging up at ``h`` (R-TALK-11), or None when it may: the
    customer swore, was warned, and swore again."""
    prior = [s for s in swears if s < h]
    if not prior:
        return "hung_up_first"
    warn = next((w for w in warnings if prior[0] < w < h), None)
    if warn is None:
        return "no_warning"
    if not any(warn < s < h for s in swears):
        return "stopped"
    return None


def _ended_for_profanity(turns: list[Item], docs: dict[int, dict[str, list[Match]]],
                         pack: LanguagePack) -> bool:
    """Whether the agent ended the call after its last turn as R-TALK-11 allows (a swear, the
    warning, a swear, the hang-up)."""
    hangup = next((h for h in range(len(turns) - 1, -1, -1) if turns[h].event == "hangup"
                   or turns[h].speaker == "agent"), None)
    if hangup is None or turns[hangup].event != "hangup" or turns[hangup].by != "agent":
        return False
    swears, warnings = _swears_and_warnings(turns, docs, _profanity_ids(pack))
    return _hangup_problem(hangup, swears, warnings) is None


def _ends_after_warning(turns: list[Item], docs: dict[int, dict[str, list[Match]]],
                        profanity: list[str], swear: int, reply: int) -> bool:
    """Whether ``reply`` is the agent's last word before it hangs up, after a customer who
    was warned (a warning turn after an earlier swear) swore again at ``swear``."""
    hangup = next((i for i in range(reply + 1, len(turns)) if turns[i].event == "hangup"
                   or turns[i].speaker is not None), None)
    if hangup is None or turns[hangup].event != "hangup" or turns[hangup].by != "agent":
        return False
    warned = [w for w in range(swear) if turns[w].speaker == "agent"
              and any(_has(docs, w, f"{p}:warning") for p in profanity)]
    return any(any(turns[s].speaker == "customer" and _has(docs, s, f"{p}:swear")
                   for s in range(w) for p in profanity) for w in warned)


_CLAUSE = re.compile(r"[^,;.!?\n，。！？；]+")


_ZH_AMOUNT = re.compile(r"[\d一二两三四五六七八九十几半]+\s*(?:个)?"
                        r"(?:天|周|星期|礼拜|月|小时|分钟|年)")


def _names_time(pack: LanguagePack, text: str, apology: str, complaint: str = "") -> bool:
    """Whether an agent turn names a time or a date (a concrete next step) in a clause that
    is neither its apology nor an echo of the complaint's own time: "Sorry you have waited
    two weeks" and "I understand you have been waiting since Monday" only repeat the wait."""
    assert pack.matcher is not None and pack.turn_matcher is not None
    said = _time_words(make_doc(complaint, pack.lang), pack)
    for clause in _CLAUSE.findall(text):
        doc = make_doc(clause, pack.lang)
        if pack.turn_matcher.run(doc).get(apology) or _time_words(doc, pack) & said:
            continue
        if names_time(doc.n.norm, pack.matcher.run(doc), 0, len(doc.n.norm), pack.zh,
                      pack.numbers):
            return True
    return False


def _time_words(doc: Any, pack: LanguagePack) -> set[str]:
    """The amounts of time and the days a text names ("two weeks", "3 days", "monday";
    Chinese "两周")."""
    if pack.zh:
        return set(_ZH_AMOUNT.findall(doc.n.norm))
    assert pack.matcher is not None
    days = {doc.n.norm[m.start:m.end] for g, ms in pack.matcher.run(doc).items()
            if g.startswith(("_date:wd:", "_date:today", "_date:tomorrow")) for m in ms}
    toks = [t for t, _s, _e in doc.tokens]
    return {f"{a} {b[:4]}" for a, b in itertools.pairwise(toks)
            if a.isdigit() or a in pack.numbers} | days


def _at(f: Finding, event_index: int, turns: list[int]) -> Finding:
    if not turns:
        f.turn, f.start, f.end = event_index, 0, 0
    return f
