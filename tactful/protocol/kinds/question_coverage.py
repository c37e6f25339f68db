"""question_coverage: every question in the customer's message is addressed (R-TALK-9).

Questions are the customer's sentences with a question mark (or starting with a question
word); a sentence that joins two questions ("Where is it, and can I still change the
address?") is split at the rule's ``split`` conjunctions. Each question gets a type from the
rule's ``ask`` patterns (why, when, howmuch, howto, where, yesno; else untyped).

A reply sentence *supports* a question when it repeats enough of the question's content words
(``min_overlap`` of them, or two; compared by first five letters, stem, or inside a longer
word, so inflection and verbal prefixes do not matter; Chinese: character pairs), or when it
holds the answer its type calls for: a reason for "why" (``answer.why``: because, mert, sest,
pentru că, 因为), a time for "when" (date words, clock times, durations), a number for "how
much" (not one that counts the days of a time), an instruction for "how to", a place or state
for "where"; a yes/no question is answered by a bare yes or no, a sentence opening with one
that shares a word with it (the opening yes is a clause of its own, so the rest may answer
another question; a question opening with a ``wh`` word takes no yes; an opening yes whose
sentence shares no word with another question answers by pronoun: "Yes, you can send it
back"), or a clause with a yes/no, action or amount answer and a shared word (a clause that
reports an action may use a word two questions share: "I've updated your address").
Hungarian ``possessive`` endings make "címemet" (my address) and "címét" (your address) one
word. With the rule's ``wh`` words, a question
of no type without one of them is a yes/no question ("Megjött a pénz?"). Sign-off and name
lines under an e-mail answer nothing. Each reply clause answers at most one question (a
one-clause reply to two questions has left one open; clauses are cut at commas and joining
conjunctions, three words at least on each side, and at Chinese commas, not inside 1,290);
a question no clause can be matched to is reported. A question whose question word asks
for a time or an amount ("When ...?", "How much ...?") is not answered by a sentence that
only repeats its words: the sentence must name a time or an amount, or check and come back.
An honest "not known yet" (``answer.unknown``) addresses a question when the reply also
promises a dated call-back (``answer.callback`` or ``followup`` with a time).

Words of one ``synonyms`` group count as one word ("költség" / "díj", 费用 / 收费), unless
another question names the group too. "What if ...?" (``ask.ifthen``) is answered by a clause
that says what happens if so (``answer.ifthen``). A ``that`` word after a comma (Hungarian
"hogy") asks nothing; an embedded phrase closing on a question word ("to know when") leaves
the word to the question.
"""

from __future__ import annotations

import re
from typing import Final

from tactful.protocol.dates import names_time
from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.matcher import Match, PhraseMatcher, stemmer_for
from tactful.protocol.normalize import Doc, Sentence, fold
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import QuestionCoverageRule

_ZH_Q = ("吗", "呢", "什么", "啥", "怎么", "如何", "多少", "哪", "几", "是否", "为什么", "能不能",
         "可不可以")
# Assent with a particle ("嗯呢。", "好的呢"): no question
_ZH_ASSENT = re.compile(r"^\s*(?:嗯|嗯嗯|好|好的|是|是的|对|行|可以)\s*呢?\s*[。.!！]?\s*$")
_ZH_STOP = set("的了吗呢吧啊我你您他她它们是在有和就也都要会能可以这那个请问一下什么怎么如何需")
_ZH_PARTICLES = frozenset("的了吗呢吧啊")
# ("ifthen" first: "What if it doesn't come tomorrow?" asks what happens then, whatever
# else its words ask)
TYPES = ("ifthen", "why", "when", "howmuch", "action", "howto", "where", "yesno", "followup",
         "unknown", "callback")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ID = re.compile(r"\b[a-z]{1,6}-[\w-]*\d[\w-]*")  # order and invoice numbers: not amounts
# (成: tenths, "七成" is 70 per cent)
_ZH_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万]+\s*"
                        r"(?:元|块|个|次|件|期|折|成|%|倍|年|月)")


def _tokens(doc: Doc, start: int, end: int, stop: frozenset[str]) -> list[str]:
    return [tok for tok, s, _e in doc.tokens
            if start <= s < end and len(tok) >= 3 and tok not in stop]


def _zh_keys(doc: Doc, start: int, end: int) -> set[str]:
    text = doc.n.norm[start:end]
    cjk = "".join(ch for ch in text if _CJK.match(ch))
    # a pair that opens with a particle straddles two words ("的订" of 账户的订单)
    keys = {cjk[i:i + 2] for i in range(len(cjk) - 1)
            if (cjk[i] not in _ZH_STOP or cjk[i + 1] not in _ZH_STOP)
            and cjk[i] not in _ZH_PARTICLES}
    keys |= {w for w in re.findall(r"[a-z0-9]{2,}", text)}
    return keys


def questions(doc: Doc, question_words: frozenset[str],
              split: frozenset[str] = frozenset(),
              openers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The customer's questions as spans of the normalised text; ``openers`` start a second
    question after a ``split`` conjunction without being question words."""
    out: list[tuple[int, int]] = []
    zh = doc.lang.startswith("zh")
    for sent in doc.sents:
        text = doc.n.norm[sent.start:sent.end]
        words = text.split()
        # A question word set off by a comma opens a statement ("Lehet, hogy elírtam.":
        # "maybe I mistyped"); without one it asks, even with no question mark ("hol van a
        # csomagom").
        stated = bool(words) and words[0].endswith(",")
        # "... only 5 minutes?? ja kas ma saan selle raha tagasi", "also is the 3D screening
        # any more expensive": a joining word before the question word asks all the same
        lead = 1 if len(words) > 1 and words[0] in split else 0
        if not (sent.is_question or (zh and _zh_asks(text))
                or (not zh and not stated and words
                    and words[lead].strip(",") in question_words)):
            continue
        if zh:
            out.extend(_zh_split(doc, sent.start, sent.end))
            continue
        out.extend(_split(doc, sent.start, sent.end, question_words | openers, split))
    return out


_ZH_ALSO = ("另外", "还有", "还想", "以及", "顺便", "此外", "同时", "再问")
_ZH_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1")  # 包不包邮, 是不是, 来没来
# "tomorrow??", "Again?!", 明天？？: a word or two thrown back with doubled marks is disbelief,
# not a question to answer (the next words say what the customer wants); one with a question
# word ("cand revine??") still asks
_ECHO: Final = re.compile(r"\W*(?:[^\W\d_]+\W+)?[^\W\d_]+\s*[?？!！]{2,}\W*")
_ZH_ECHO: Final = re.compile(r"\W*[\u4e00-\u9fff]{1,4}\s*[?？!！]{2,}\W*")


_ZH_CONTENT = re.compile(r"什么|哪|几|多少|怎么|如何|请问")


def _asks_content(doc: Doc, sent: Sentence, wh: frozenset[str]) -> bool:
    """Whether a reply's question asks the customer for something ("In what location ...?",
    "Melyik címre küldjem?", "La ce adresă?", "发票抬头写什么？"), not for leave ("May I put
    you on hold?"): a question word among its first three words."""
    if doc.lang.startswith("zh"):
        return _ZH_CONTENT.search(doc.n.norm, sent.start, sent.end) is not None
    first = [t for t, s, _e in doc.tokens if sent.start <= s < sent.end][:3]
    return any(t in wh or any(len(w) >= 4 and t.startswith(w) for w in wh) for t in first)


# Chinese asks in place ("退款什么时候到账", "要付多少钱"): a question word anywhere asks for
# content, unless the question is a yes/no one all the same ("什么时候都可以吗", "要不要钱").
# 这几天, 前几天 ("these few days", "a few days ago") ask nothing
_ZH_FEW_BEFORE = "这那前过好近"
_ZH_FEW = re.compile(f"[{_ZH_FEW_BEFORE}]几")
_ZH_WH = re.compile(r"什么时候|何时|哪天|几点|几号|多久|多长时间|多少"
                    f"|(?<![{_ZH_FEW_BEFORE}])几[天个次期]")


def _zh_content(text: str) -> bool:
    text = text.rstrip("?？!！。 ")
    return (_ZH_WH.search(text) is not None and not text.endswith(("吗", "嘛", "么"))
            and _ZH_A_NOT_A.search(text) is None)


def _kind(doc: Doc, asked: dict[str, list[Match]], start: int, end: int,
          that: frozenset[str]) -> str:
    """The question's type: the first of ``TYPES`` whose ``ask`` pattern matches inside it,
    but not a lone ``that`` word after a comma ("Megtenné, hogy ..."), not 这几天 ("these few
    days"), and "What if ...?" only when no main clause follows its condition ("And if the
    food spoiled, can I claim?") and no reason, time or amount is asked ("ja kui kaua ...?"
    is "and how long")."""
    norm = doc.n.norm
    zh = doc.lang.startswith("zh")

    def counts(kind: str, m: Match) -> bool:
        return start <= m.start < end and not (
            norm[m.start:m.end] in that and norm[start:m.start].rstrip().endswith(",")) and not (
            kind == "ifthen" and "," in norm[m.end:end]) and not (
            zh and _ZH_FEW.match(norm, max(m.start - 1, 0)))

    found = [k for k in TYPES if any(counts(k, m) for m in asked.get(f"ask:{k}", ()))]
    if found[:1] == ["ifthen"]:
        return next((k for k in found if k in ("why", "when", "howmuch")), "ifthen")
    return found[0] if found else ""


def _zh_asks(text: str) -> bool:
    if _ZH_ASSENT.match(text):
        return False
    return any(q in text for q in _ZH_Q) or bool(_ZH_A_NOT_A.search(text))


def _zh_split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Chinese questions typed in one run, at spaces, or at a comma before 另外/还有 ("能开发票吗
    怎么开 可以开公司抬头吗", "有没有学生优惠，另外不确定包不包邮"): each piece that asks closes
    a question, a piece that does not ("您好，") joins the next one."""
    text = doc.n.norm[start:end]
    out: list[tuple[int, int]] = []
    lo = 0
    for m in re.finditer(r"[\s,;]+", text):
        # at a comma only before "another thing" (另外, 还有): "我必须在家吗，邻居开门可以吗"
        # asks one thing two ways
        if m.group().strip() and not text.startswith(_ZH_ALSO, m.end()):
            continue
        if m.start() > lo and _zh_asks(text[lo:m.start()]):
            out.append((start + lo, start + m.end()))
            lo = m.end()
    if lo < len(text) and text[lo:].strip(" .!?"):
        if out and not _zh_asks(text[lo:]):
            out[-1] = (out[-1][0], end)  # a closing piece without a question: "，谢谢"
        else:
            out.append((start + lo, end))
    elif out:
        out[-1] = (out[-1][0], end)
    return out or [(start, end)]


def _embedded(doc: Doc, found: list[Match] | tuple[()],
              keep: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Indirect questions in sentences without a question mark ("I'd like to know whether I
    can bring my dog."): the words after the opening phrase, to the end of the sentence; a
    question word that closes the phrase (``keep``: "... to know when", "vreau să știu
    când") opens the question, so that it still asks for a time."""
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        if sent.is_question:
            continue
        m = next((m for m in found if sent.start <= m.start < sent.end), None)
        if m is not None and sent.end > m.end:
            start = m.end
            last = next((t for t in reversed(doc.tokens) if m.start <= t[1] < m.end), None)
            if last is not None and last[0] in keep:
                start = last[1]
            out.append((start, sent.end))
    return out


def _split(doc: Doc, start: int, end: int, question_words: frozenset[str],
           split: frozenset[str]) -> list[tuple[int, int]]:
    """Split "X, and can I Y?" into two questions at a conjunction followed by a question."""
    if not split or doc.lang.startswith("zh"):
        return [(start, end)]
    toks = [(t, s, e) for t, s, e in doc.tokens if start <= s < end]
    cuts: list[int] = []
    for k, (tok, s, _e) in enumerate(toks):
        if tok not in split or k < 2 or len(toks) - k < 3:
            continue
        comma = "," in doc.n.norm[toks[k - 1][2]:s]
        nxt = {t for t, _s, _e in toks[k + 1:k + 3]}
        if nxt & question_words or comma:
            cuts.append(s)
    out: list[tuple[int, int]] = []
    lo = start
    for c in cuts:
        out.append((lo, c))
        lo = c
    out.append((lo, end))
    return out


class Synonyms:
    """The rule's synonym groups: which groups a word belongs to (a question's "fee" and a
    reply's "charged" share one), and for Chinese which groups a text names."""

    def __init__(self, groups: list[list[str]], lang: str) -> None:
        self.exact: dict[str, set[int]] = {}
        self.prefixes: list[tuple[str, int]] = []
        for g, words in enumerate(groups):
            for word in words:
                w = fold(word.removeprefix("="), lang)
                if word.startswith("="):
                    self.exact.setdefault(w, set()).add(g)
                else:
                    self.prefixes.append((w, g))
        self.cache: dict[str, frozenset[int]] = {}

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)

    def of(self, word: str) -> frozenset[int]:
        """The groups of one word (a Chinese key: of the words it is, or is part of)."""
        got = self.cache.get(word)
        if got is None:
            ids = set(self.exact.get(word, ()))
            cjk = _CJK.match(word) is not None
            for p, g in self.prefixes:
                if word.startswith(p) or (cjk and (p in word or word in p)):
                    ids.add(g)
            got = self.cache[word] = frozenset(ids)
        return got

    def named(self, words: list[str], text: str, zh: bool) -> set[int]:
        """The groups a reply clause names: through its words, Chinese inside its text."""
        if zh:
            return {g for p, g in self.prefixes if p in text}
        return {g for w in words for g in self.of(w)}


class QuestionCoverageCheck(Check):
    rule: QuestionCoverageRule

    _ask: PhraseMatcher | None = None
    _synonyms: Synonyms | None = None

    @property
    def synonyms(self) -> Synonyms:
        if self._synonyms is None:
            self._synonyms = Synonyms(self.rule.synonyms, self.pack.lang)
        return self._synonyms

    def register(self, matcher: PhraseMatcher, org: OrgRules) -> None:
        super().register(matcher, org)
        for kind, pats in self.rule.answer.items():
            for pat in pats:
                # Lazy: matched only when a customer's message is being answered.
                matcher.add(f"{self.group}#answer:{kind}", pat, gap=1,
                            family=f"{self.group}#answer")

    @property
    def ask(self) -> PhraseMatcher:
        """Question-type phrases, matched on the customer's message only."""
        if self._ask is None:
            m = PhraseMatcher(self.pack.lang, self.pack.config.get("stemmer"),
                              self.pack.stopwords)
            for kind, pats in self.rule.ask.items():
                for pat in pats:
                    m.add(f"ask:{kind}", pat, gap=3)
            for pat in self.rule.rhetorical:
                m.add("rhetorical", pat, gap=1)
            for pat in self.rule.request:
                m.add("request", pat, gap=1)
            for pat in self.rule.phatic:
                m.add("phatic", pat, gap=0)
            for pat in self.rule.dismiss:
                m.add("dismiss", pat, gap=0)
            for pat in self.rule.embedded:
                m.add("embedded", pat, gap=1)
            self._ask = m.build()
        return self._ask

    def could_report(self, rc: RunContext) -> bool:
        return rc.customer is not None

    def run(self, rc: RunContext) -> list[Finding]:
        cust = rc.customer
        if cust is None:
            return []
        stop = self.pack.stopwords | frozenset(fold(w, rc.doc.lang) for w in self.rule.stopwords)
        split = frozenset(fold(w, rc.doc.lang) for w in self.rule.split)
        asked = self.ask.run(cust)
        openers = frozenset(fold(w, rc.doc.lang) for w in self.rule.split_before)
        whether = frozenset(fold(w, rc.doc.lang) for w in self.rule.whether)
        # "I'd like to know whether I can move the contract and whether the deposit comes
        # back": two embedded questions, split like two asked ones
        wh = frozenset(fold(w, rc.doc.lang) for w in self.rule.wh)
        that = frozenset(fold(w, rc.doc.lang) for w in self.rule.that)
        embedded = [piece for a, b in _embedded(cust, asked.get("embedded", ()),
                                                (wh | whether) - that)
                    for piece in (_zh_split(cust, a, b) if cust.lang.startswith("zh") else
                                  _split(cust, a, b, self.pack.question_words | whether,
                                         split))]
        qs = [q for q in questions(cust, self.pack.question_words, split, openers) + embedded
              if self._keys(cust, q[0], q[1], stop)]
        # "... not sure whether the price includes VAT": a yes/no question (a second one
        # opens with its conjunction: "and whether ...")
        yesno_embedded = {q for q in embedded
                          if (cust.n.norm[:q[0]].split()[-1:] and
                              cust.n.norm[:q[0]].split()[-1].strip(",") in whether)
                          or any(w.strip(",") in whether
                                 for w in cust.n.norm[q[0]:q[1]].split()[:2])}
        if not qs:
            return []
        waved = _waved(cust, asked.get("dismiss", ()), qs)
        # "Na mindegy, el tudnák küldeni papíron?": the question starts after the dismissal
        qs = [next((((m.end, q[1]) for m in asked.get("dismiss", ()) if m.start == q[0]
                     and m.end < q[1])), q) for q in qs]
        qs = [q for q in qs if not _within(asked.get("rhetorical", ()), q[0], q[1])
              and not _phatic(cust, asked.get("phatic", ()), q[0], q[1]) and q not in waved
              and not _thrown_back(cust, q[0], q[1], self.pack.question_words, wh)]
        if not qs:
            return []
        reply = _Reply(rc, self, stop)
        # a question word is no content word ("What's the status of my order?": status, order)
        keysets = [self._keys(cust, a, b, stop | wh) or self._keys(cust, a, b, stop)
                   for a, b in qs]
        # Words of the customer's own statements name the topic ("We want a business
        # account. ... Can the old orders of the personal account move over?"): a reply
        # that repeats the topic has not answered the question for that.
        topic = {k for sent in cust.sents
                 if not any(a <= sent.start < b or sent.start <= a < sent.end for a, b in qs)
                 for k in self._keys(cust, sent.start, sent.end, stop)}
        support: list[list[int]] = []
        for i, (qs_, qe) in enumerate(qs):
            kind = _kind(cust, asked, qs_, qe, that)
            if (qs_, qe) in yesno_embedded:
                kind = "yesno"
            # a question word among the first two words asks for content ("And how long
            # ...?", "În ce cont?"); one further on is embedded ("Could you look at what ...?")
            # ("Megtenné, hogy ... küldik?": a question word after a comma opens a reported
            # clause, "that")
            first = [tok for tok in cust.tokens if qs_ <= tok[1] < qe][:2]
            content = (_zh_content(cust.n.norm[qs_:qe]) if cust.lang.startswith("zh") else
                       any(t in wh and not (n and t in that and "," in cust.n.norm[first[0][2]:s])
                           for n, (t, s, _e) in enumerate(first)))
            if not kind and wh and not content:
                kind = "yesno"  # no question word: "Bemehetek vele a kórterembe?"
            if not kind and cust.lang.startswith("zh") and _ZH_A_NOT_A.search(
                    cust.n.norm[qs_:qe]):
                kind = "yesno"  # 包不包邮 ("is shipping included or not")
            # Words two questions share ("return", "order") do not tell which one a
            # sentence answers.
            others = {k for j, ks in enumerate(keysets) if j != i for k in ks}
            if not cust.lang.startswith("zh"):
                # the same word inflected ("számla" / "számlát") is shared too
                heads = {reply.head(k) for k in others}
                others |= {k for k in keysets[i] if reply.head(k) in heads}
            near = [k for k in keysets[i] if k not in topic and not (
                k[-1:] in _ZH_PARTICLES and any(t.endswith(k[0]) for t in topic))] or list(
                keysets[i])
            keys = [k for k in near if k not in others] or [
                k for k in keysets[i] if k not in others]
            # A yes/no answer may name the thing two questions share ("Can you change my
            # address? Do I need proof of the new address?" - "I've updated your address."),
            # when it reports an action: each clause still answers one question only.
            other_chars = frozenset(ch for k in others for ch in k)
            # a synonym group another question names tells no more than a shared word does
            reply.taken = frozenset(g for k in others for g in reply.syn.of(k)) if (
                reply.syn) else frozenset()
            support.append([j for j in range(len(reply.sents))
                            if reply.supports(j, kind, keys, self.rule.min_overlap,
                                              other_chars, content, near, others)])
        if len(qs) == 1 and not support[0] and _within(asked.get("request", ()), *qs[0]):
            # "Can you find me a restaurant?" - "What type of food would you like?": the
            # agent takes the request up by asking what it needs
            support[0] = [j for j, c in enumerate(reply.sents)
                          if c.is_question and _asks_content(rc.doc, c, wh)]
        matched = _match(support)
        out: list[Finding] = []
        for i, (qs_, qe) in enumerate(qs):
            if i in matched:
                continue
            s, e = cust.n.span(qs_, qe)
            question = cust.n.orig[s:e].strip(" ,")
            out.append(self.finding(rc, 0, 0, fmt={"question": question},
                                    data={"question": question, "question_start": s,
                                          "question_end": e, "questions": len(qs)}))
        return out

    def _keys(self, doc: Doc, start: int, end: int, stop: frozenset[str]) -> list[str] | set[str]:
        if doc.lang.startswith("zh"):
            return _zh_keys(doc, start, end)
        return [t for t in _tokens(doc, start, end, stop) if not t.isdigit()]


class _Reply:
    """The agent's reply, sentence by sentence: words, stems and answer evidence."""

    def __init__(self, rc: RunContext, check: QuestionCoverageCheck,
                 stop: frozenset[str]) -> None:
        doc = rc.doc
        self.zh = doc.lang.startswith("zh")
        # Chinese answers one question per clause ("您不一定要在家，邻居开门也可以").
        split = frozenset(fold(w, doc.lang) for w in check.rule.split)
        self.doc = doc
        self.split = split
        sents = list(doc.sents)
        while len(sents) > 1 and _sign_off(doc, sents[-1]):
            sents.pop()  # "Kind regards," / "Medical Records" under an e-mail answer nothing
        self.sents: list[Sentence] = []
        self.parent: list[int] = []  # the sentence each clause belongs to
        for p, sent in enumerate(sents):
            for c in (_clauses(doc, sent) if self.zh else _word_clauses(doc, sent, split)):
                self.sents.append(c)
                self.parent.append(p)
        # the sentence is nothing but its yes or no ("Yes."); Chinese: the clause ("可以的，")
        self.bare = [len(doc.n.norm[c.start:c.end].strip()) <= 5 if self.zh
                     else sum(1 for _t, s, _e in doc.tokens
                              if sents[p].start <= s < sents[p].end) <= 2
                     for c, p in zip(self.sents, self.parent, strict=True)]
        self.opens: list[bool] = []  # the sentence starts with a yes or a no
        self.stem = None if self.zh else stemmer_for(rc.pack.config.get("stemmer"))
        poss = check.rule.possessive
        self.mine = tuple(poss.get("mine", ()))
        self.cases = tuple(poss.get("case", ()))
        self.yours = (*poss.get("yours", ()), "")
        self.owned: list[set[str]] = []  # stems under the agent's "your" endings, per clause
        self.words: list[list[str]] = []
        self.keys: list[set[str]] = []
        self.evidence: list[set[str]] = []
        # the synonym groups each clause names ("charged" for a question's "fee")
        self.syn = check.synonyms
        self.named: list[set[int]] = []
        self.taken: frozenset[int] = frozenset()  # groups the other questions name
        numbers = set(rc.pack.numbers)
        for sent in self.sents:
            text = doc.n.norm[sent.start:sent.end]
            if self.zh:
                self.keys.append(_zh_keys(doc, sent.start, sent.end))
                self.words.append([])
                self.named.append(self.syn.named([], text, True) if self.syn else set())
            else:
                words = _tokens(doc, sent.start, sent.end, stop)
                self.words.append(words)
                self.named.append(self.syn.named(words, text, False) if self.syn else set())
                self.keys.append({w[:5] for w in words} | {self._stem(w) for w in words})
                if self.mine:
                    self.owned.append({b for w in words
                                       for b in _owned(w, self.yours, self.cases)})
            ev = {kind for kind in TYPES
                  if _within(rc.matches.get(f"{check.group}#answer:{kind}", ()), sent.start,
                             sent.end)}
            self.opens.append(_opens(doc, sent, rc.matches.get(
                f"{check.group}#answer:yesno", ()), self.zh))
            timed = names_time(doc.n.norm, rc.matches, sent.start, sent.end, self.zh,
                               rc.pack.numbers)
            if timed:
                ev.add("when")
            # A number is an amount, unless it only counts the days or hours of a time
            # ("within two working days" does not say what it costs).
            counts_time = timed and not _CURRENCY.search(text)
            if self.zh:
                if not counts_time and _ZH_NUMBER.search(text):
                    ev.add("howmuch")
            else:
                toks = {t for t, s, _e in doc.tokens if sent.start <= s < sent.end}
                # number words that are also articles ("a copy", "egy", "o") count nothing
                if not counts_time and (re.search(r"\d", _ID.sub(" ", text)) or any(
                        len(t) > 2 and t not in stop for t in toks & numbers)):
                    ev.add("howmuch")
                # (a clause that names a time still reports an action: "Lisasin Teie
                # broneeringule 14. juuli öö")
                for kind, ends in check.rule.answer_suffixes.items():
                    if any(len(t) >= 5 and t.endswith(tuple(ends)) for t in toks):
                        ev.add(kind)
            self.evidence.append(ev)
        self._split_openers()
        # the evidence of each sentence, all its clauses together
        self.sentence_evidence: dict[int, set[str]] = {}
        for p, ev in zip(self.parent, self.evidence, strict=True):
            self.sentence_evidence.setdefault(p, set()).update(ev)
        # "I don't know yet. I'll call you back by 4 pm with the answer.": an honest "not
        # known yet" with a dated follow-up in the reply addresses a question
        self.follows_up = any("when" in ev and ev & {"followup", "callback"}
                              for ev in self.sentence_evidence.values())

    def _split_openers(self) -> None:
        """"Da, am trimis banii în contul ..." answers "Ați trimis banii?" with its "Da" and
        "În ce cont?" with the rest: an opening yes or no is a clause of its own."""
        for j in range(len(self.sents) - 1, -1, -1):
            if not self.opens[j] or self.bare[j]:
                continue
            c = self.sents[j]
            self.opens[j] = False
            self.sents.insert(j, Sentence(c.start, c.start, c.is_question))
            self.parent.insert(j, self.parent[j])
            self.bare.insert(j, False)
            self.opens.insert(j, True)
            self.words.insert(j, [])
            self.keys.insert(j, set())
            self.named.insert(j, set())
            if self.mine:
                self.owned.insert(j, set())
            self.evidence.insert(j, {"yesno"})

    def _opened(self, j: int) -> list[int]:
        """Clause ``j`` and the clauses after it in its sentence, up to one that opens with
        a joining word (the rule's ``split``)."""
        out = [j]
        doc = self.doc
        for k in range(j + 1, len(self.parent)):
            if self.parent[k] != self.parent[j]:
                break
            c = self.sents[k]
            first = next((t for t, s, _e in doc.tokens if c.start <= s < c.end), "")
            if first in self.split:
                break
            out.append(k)
        return out

    def head(self, word: str) -> str:
        """A word's first five letters, or its stem when that is shorter (four letters at
        least): two inflections of one word share it."""
        stem = self._stem(word)
        return stem if 4 <= len(stem) < 5 else word[:5]

    def _stem(self, word: str) -> str:
        return self.stem.stemWord(word) if self.stem is not None else word

    def shared(self, j: int, keys: list[str] | set[str]) -> tuple[int, int]:
        """How many of the question's keys sentence ``j`` repeats, and how many keys."""
        named = self.named[j]
        if self.zh:
            have = self.keys[j]
            n = sum(1 for k in set(keys)
                    if k in have or (named and (self.syn.of(k) & named) - self.taken))
            return n, len(set(keys))
        have = self.keys[j]
        words = self.words[j]
        n = 0
        for k in dict.fromkeys(keys):
            stem = self._stem(k)
            if k[:5] in have or (len(stem) >= 4 and stem in have) or (
                    len(k) >= 5 and any(len(w) > len(k[:5]) + 1 and k[:5] in w for w in words)):
                n += 1
            elif self.mine and _owned(k, self.mine, self.cases) & self.owned[j]:
                n += 1  # "Át tudják írni a címemet?" - "A címét módosítottam."
            elif named and (self.syn.of(k) & named) - self.taken:
                n += 1  # "Is there a fee?" - "We don't charge for it."
        return n, len(set(keys))

    def _near(self, clauses: list[int], keys: list[str] | set[str],
              others: frozenset[str]) -> bool:
        """Whether the clauses repeat a word of the question (Chinese: a character pair,
        or two of its characters no other question has: 旧证可以继续使用 for 旧的还能用吗)."""
        if any(self.shared(j, keys)[0] for j in clauses):
            return True
        if not self.zh:
            return False
        chars = {ch for k in keys for ch in k
                 if _CJK.match(ch) and ch not in _ZH_STOP and ch not in others}
        have = {ch for j in clauses for k in self.keys[j] for ch in k}
        return len(chars & have) >= 2

    def supports(self, j: int, kind: str, keys: list[str] | set[str],
                 min_overlap: float, others: frozenset[str] = frozenset(),
                 content: bool = False, near: list[str] | set[str] | None = None,
                 other_keys: set[str] | None = None) -> bool:
        common, total = self.shared(j, keys)
        found = self.sentence_evidence[self.parent[j]]
        # "When will my refund arrive?" - "Your refund is being processed.": a question word
        # that asks for a time or an amount is not answered by repeating the question's words
        if total and (common >= 2 or common / total >= min_overlap) and (
                kind not in _TYPED or not content or kind in found or "followup" in found):
            return True
        sentence = [i for i, p in enumerate(self.parent) if p == self.parent[j]]
        # "I'll check with billing and write back by Friday 14 March with the exact fee": a
        # dated follow-up on the question's matter addresses it
        if {"followup", "when"} <= found and (
                self._near(sentence, keys if near is None else near, others)):
            return True
        if "unknown" in self.evidence[j] and self.follows_up:
            return True
        if kind == "yesno":
            # "Yes." answers on its own, "Yes, ..." when its sentence is about the question
            # or about no other one ("Yes, you can send it back" for "Can I return the
            # jacket?": the pronoun and the synonym repeat nothing); "Igen, a hátralékot ...
            # kifizetheti" answers the arrears question, not "Jár-e érte kamat?". A clause
            # with a yes or no, an action or an amount inside ("Your balance is 0") needs a
            # word of the question.
            # "Which card will it go to?" asks for content: a yes is no answer.
            # The yes is read with its sentence up to a joining word ("Da, aseară am activat
            # ..., iar aplicația ..." says yes to "Ați schimbat ceva?", whatever the clause
            # after "iar" names).
            if self.opens[j] and not content:
                opened = self._opened(j)
                if self.bare[j] or self._near(opened, keys, others) or not (
                        other_keys and self._near(opened, other_keys, frozenset())):
                    return True
            # A word two questions share counts for a clause that reports an action on it
            # ("I've updated your address"), not for one that only says "you can".
            return (bool({"yesno", "action", "howmuch"} & self.evidence[j])
                    and self._near([j], keys, others)) or (
                near is not None and "action" in self.evidence[j]
                and self._near([j], near, others))
        return bool(kind) and kind in self.evidence[j]


_TYPED: Final = frozenset({"when", "howmuch"})
_CURRENCY = re.compile(r"[£$€¥]|\d\s*(?:%|元|块)")
_SIGN_OFF_WORDS = 5


def _sign_off(doc: Doc, sent: Sentence) -> bool:
    """A short last line without an end mark: a sign-off ("Kind regards,") or a name."""
    text = doc.n.norm[sent.start:sent.end].strip()
    if not text or text[-1] in ".!?":
        return False
    if doc.lang.startswith("zh"):
        return len(text) <= 12
    return sum(1 for _t, s, _e in doc.tokens if sent.start <= s < sent.end) <= _SIGN_OFF_WORDS


def _opens(doc: Doc, sent: Sentence, yesno: list[Match] | tuple[()], zh: bool) -> bool:
    """Whether the clause opens with a plain yes or no: "Yes, ...", "Da, ...", "可以的，"; not
    "You can also use ..." or "如需要，" (a conditional), which answer only with a shared word."""
    norm = doc.n.norm
    start = sent.start + len(norm[sent.start:sent.end]) - len(norm[sent.start:sent.end].lstrip())
    if zh:
        # the clause is the answer word: 可以的，/ 是的，/ 不行，
        return any(m.start == start for m in yesno) and sent.end - start <= 5
    # two answer words in a row open it too: "Unfortunately not,", "Sajnos nem,"
    at = {start}
    for _ in range(2):
        ends = {m.end for m in yesno if m.start in at}
        for end in ends:
            rest = norm[end:sent.end].lstrip(" ")
            if not rest or rest[0] in ",.!;:":
                return True
        at = {end + len(norm[end:sent.end]) - len(norm[end:sent.end].lstrip(" "))
              for end in ends}
    return False


def _clauses(doc: Doc, sent: Sentence) -> list[Sentence]:
    out: list[Sentence] = []
    lo = sent.start
    for m in re.finditer(r"(?<!\d),|,(?!\d)", doc.n.norm[sent.start:sent.end]):
        cut = sent.start + m.end()
        if cut - lo > 1:
            out.append(Sentence(lo, cut, sent.is_question))
        lo = cut
    if sent.end > lo:
        out.append(Sentence(lo, sent.end, sent.is_question))
    return out


_MIN_CLAUSE = 3  # words on each side of a comma or conjunction that make two clauses


def _word_clauses(doc: Doc, sent: Sentence, split: frozenset[str]) -> list[Sentence]:
    """A sentence cut at commas, semicolons, colons and joining conjunctions into clauses of
    at least three words each ("The router costs £49 and delivery is free."); "Yes, ..."
    stays whole."""
    toks = [(t, s, e) for t, s, e in doc.tokens if sent.start <= s < sent.end]
    cuts: list[int] = []
    last = 0
    norm = doc.n.norm
    for k in range(1, len(toks)):
        tok, s, _e = toks[k]
        gap = norm[toks[k - 1][2]:s]
        # (a colon too: "the costs we refund: send us the receipt", not inside "20:30")
        comma = "," in gap or ";" in gap or (
            ":" in gap and not (toks[k - 1][0].isdigit() and tok.isdigit()))
        if not (comma or tok in split):
            continue
        if not comma and toks[k - 1][0].isdigit() and k + 1 < len(toks) \
                and toks[k + 1][0].isdigit():
            continue  # "between 8 and 12" is one time
        least = _MIN_CLAUSE if comma else _MIN_CLAUSE + 1  # "Îi poate deschide și vecinul"
        if k - last >= least and len(toks) - k >= least:
            cuts.append(k)
            last = k
    if not cuts:
        return [sent]
    out: list[Sentence] = []
    lo = sent.start
    for k in cuts:
        out.append(Sentence(lo, toks[k][1], sent.is_question))
        lo = toks[k][1]
    out.append(Sentence(lo, sent.end, sent.is_question))
    return out


def _owned(word: str, ends: tuple[str, ...], cases: tuple[str, ...]) -> set[str]:
    """The stems of ``word`` under one of the person endings ``ends`` and an optional case
    ending after it (Hungarian, folded: címemet -> cím under -em and -et), three letters at
    least."""
    out: set[str] = set()
    for case in ("", *cases):
        if not word.endswith(case):
            continue
        w = word[:len(word) - len(case)]
        for end in ends:
            if w.endswith(end) and len(w) - len(end) >= 3:
                out.add(w[:len(w) - len(end)])
    return out


_PHATIC_BEFORE, _PHATIC_AFTER = 3, 1  # words around a greeting question ("Hi Anna, ... today?")


def _phatic(doc: Doc, found: list[Match] | tuple[()], lo: int, hi: int) -> bool:
    """Whether the question is a greeting ("Hi, how are you?", "Szia, hogy vagy?"): a
    ``phatic`` match at its end (one word may follow: "today") after at most three words
    (a greeting and a name); "How are you going to fix this?" and "Hogy van a díj
    kiszámolva?" ask. Chinese: at most two characters after it (呀, 啊)."""
    for m in found:
        if not lo <= m.start < hi:
            continue
        if doc.lang.startswith("zh"):
            if sum(1 for ch in doc.n.norm[m.end:hi] if _CJK.match(ch)) <= _PHATIC_AFTER + 1:
                return True
            continue
        before = sum(1 for _t, s, _e in doc.tokens if lo <= s < m.start)
        after = sum(1 for _t, s, _e in doc.tokens if m.end <= s < hi)
        if before <= _PHATIC_BEFORE and after <= _PHATIC_AFTER:
            return True
    return False


def _waved(doc: Doc, found: list[Match] | tuple[()],
           qs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The questions a ``dismiss`` word opening the next sentence waves away ("Ki találja ki
    ezeket az űrlapokat? Na mindegy, el tudnák küldeni papíron?": the first)."""
    out: set[tuple[int, int]] = set()
    for m in found:
        sent = next((s for s in doc.sents if s.start <= m.start < s.end), None)
        if sent is None or doc.n.norm[sent.start:m.start].strip():
            continue  # not at the start of its sentence
        before = [q for q in qs if q[1] <= m.start]
        if before and not doc.n.norm[before[-1][1]:m.start].strip(" \n"):
            out.add(before[-1])  # nothing between the question and the dismissal
    return out


def _thrown_back(doc: Doc, lo: int, hi: int, question_words: frozenset[str],
                 wh: frozenset[str]) -> bool:
    """A word or two thrown back with doubled marks ("tomorrow??"), no question word in it."""
    echo = _ZH_ECHO if doc.lang.startswith("zh") else _ECHO
    return echo.fullmatch(doc.n.norm, lo, hi) is not None and not any(
        t in question_words or t in wh for t, a, _e in doc.tokens if lo <= a < hi)


def _within(matches: list[Match] | tuple[()], lo: int, hi: int) -> bool:
    return any(lo <= m.start < hi for m in matches)


def _match(support: list[list[int]]) -> set[int]:
    """Questions that get a sentence of their own (maximum bipartite matching)."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in support[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(support)):
        augment(i, set())
    return set(owner.values())
