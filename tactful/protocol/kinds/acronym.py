"""acronym: capitalised abbreviations the customer may not know (R-TALK-7).

A word written in capitals (``min_letters`` to ``max_letters`` letters: ONT, NOC, RMA, SKU)
is internal shorthand unless the language's ``allow`` lists know it as everyday (SMS, PDF,
PIN, IBAN, EU, VAT, ÁFA, TVA), it belongs to the organisation's or a product's name, or it
is part of a reference (ORD-2026-1234), an e-mail address or a URL. Works on Chinese text
too, where such abbreviations are written in Latin letters. With ``codes``, priority and queue
codes (P3, T2, L2, SEV1) count too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tactful.protocol.findings import Finding
from tactful.protocol.kinds.base import Check, RunContext
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import AcronymRule, RuleBase

if TYPE_CHECKING:
    from tactful.protocol.compile import LanguagePack

# Capitals not glued to other letters, digits or an address; a suffix after a hyphen is
# fine (RMA-t, OLT-ga), a reference is not (ORD-2026, HU-88231).
_LATIN = "A-Za-z0-9\u00c0-\u024f"
_CAPS: Final = re.compile(rf"(?<![{_LATIN}@./-])([A-ZÁÉÍÓÖŐÚÜŰÄÕŠŽĂÂÎȘȚ]{{2,}})(?![{_LATIN}@/])"
                   rf"(?!-[\dA-Z])(?!\.[{_LATIN}])")
_LINK: Final = re.compile(r"[^\s@]+@\S+|https?://\S+|www\.\S+|\b[A-Za-z0-9-]+\.(?:com|net|org|eu|hu|ee|"
                   r"ro|cn|tw|example|io|co|uk)\b\S*", re.IGNORECASE)


# Priority, severity and queue codes: P3, T2, L2, SEV1.
_CODES: Final = re.compile(r"(?<![A-Za-z0-9\u00c0-\u024f])(?:P|T|L|SEV|Sev|S)[0-4](?![0-9A-Za-z])")
# What every match of the two above contains, without look-behind (a fast scan), tried
# first: two capitals, or a code's last letter (P, T, L, S, V, v) and its digit; then each.
# The first is a little wider (``v`` before a capital too): one character set first and one
# second let the engine skip to a candidate instead of trying a match at every character.
_ANY_HINT: Final = re.compile(r"[A-ZÁÉÍÓÖŐÚÜŰÄÕŠŽĂÂÎȘȚv][A-ZÁÉÍÓÖŐÚÜŰÄÕŠŽĂÂÎȘȚ0-4]")
_CAPS_HINT: Final = re.compile(r"[A-ZÁÉÍÓÖŐÚÜŰÄÕŠŽĂÂÎȘȚ][A-ZÁÉÍÓÖŐÚÜŰÄÕŠŽĂÂÎȘȚ]")
_CODES_HINT: Final = re.compile(r"[PTLSVv][0-4]")
# An ASCII text's bytes with every character of ``_ANY_HINT``'s sets (capitals, ``v``, 0 to
# 4) made ``X``, every other one a space: without two of them side by side there is no hint.
_HINT_MARKS: Final = bytes(88 if 65 <= c <= 90 or 48 <= c <= 52 or c == 118 else 32
                    for c in range(256))


def _marked(text: str, marks: bytes) -> str:
    """The ASCII ``text`` with each character replaced as ``marks`` says (at C speed)."""
    return text.encode("ascii").translate(marks).decode("ascii")


def _any_hint(text: str) -> bool:
    """Whether ``_ANY_HINT`` matches somewhere in ``text`` (most texts are ruled out at C
    speed, without a regular expression)."""
    # (tested as text: ``in`` on bytes first tries a bytes operand as an integer, raising and
    # clearing a TypeError, and a bytes method costs more than the conversion)
    if text.isascii() and "XX" not in _marked(text, _HINT_MARKS):
        return False
    return _ANY_HINT.search(text) is not None


class AcronymCheck(Check):
    rule: AcronymRule

    def __init__(self, rule: RuleBase, pack: LanguagePack) -> None:
        super().__init__(rule, pack)
        self._names_of: dict[int, tuple[OrgRules, frozenset[str]]] = {}
        self._allowed: frozenset[str] | None = None

    @property
    def allowed(self) -> frozenset[str]:
        # Computed once, by hand: compiled with mypyc, a functools.cached_property would be
        # a plain property (recomputed on every use).
        if self._allowed is None:
            words: set[str] = set()
            for name in self.rule.allow:
                words |= {w.upper() for w in self.pack.vocab_words(name)}
            self._allowed = frozenset(words)
        return self._allowed

    def _names(self, org: OrgRules) -> frozenset[str]:
        """Words of the organisation's, products' and agents' names and of its own jargon
        list (which reports them with its better words), in capitals; cached per object."""
        hit = self._names_of.get(id(org))
        if hit is not None and hit[0] is org:
            return hit[1]
        names = {w.upper() for name in (org.organisation or "", *org.organisation_aliases,
                                        *org.product_names, *org.accepted_words,
                                        *org.agent_names)
                 for w in re.findall(r"\w+", name)}
        names |= {w.upper() for items in org.jargon.values() for a in items
                  for w in re.findall(r"\w+", a.phrase)}
        if len(self._names_of) > 64:
            self._names_of.clear()
        self._names_of[id(org)] = (org, frozenset(names))
        return frozenset(names)

    def run(self, rc: RunContext) -> list[Finding]:
        text = rc.doc.n.orig
        if not _any_hint(text):
            return []
        caps = _CAPS.search(text) if _CAPS_HINT.search(text) is not None else None
        codes = (_CODES.search(text) if self.rule.codes and _CODES_HINT.search(text) is not None
                 else None)
        if caps is None and codes is None:
            return []
        names = self._names(rc.org)
        out: list[Finding] = []
        if codes is not None:
            for m in _CODES.finditer(text):
                if not _in_link(text, m.start()):
                    out.append(self.finding(rc, m.start(), m.end(), norm=False))
        for m in _CAPS.finditer(text):
            word = m.group(1)
            if not self.rule.min_letters <= len(word) <= self.rule.max_letters:
                continue
            if word in self.allowed or word in names:
                continue
            if _in_link(text, m.start()):
                continue
            if _shouted(text, m.start(), m.end()) or _in_name_or_number(text, m.start(), m.end()):
                continue
            out.append(self.finding(rc, m.start(), m.end(), norm=False, fmt={"match": word}))
        return out


_CJK: Final = re.compile(r"[\u4e00-\u9fff]")


def _in_link(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside an e-mail address or a URL (looked for around it only)."""
    lo = max(0, pos - 80)
    for m in _LINK.finditer(text, lo, min(len(text), pos + 80)):
        if m.start() <= pos < m.end():
            return True
    return False


def _shouted(text: str, start: int, end: int) -> bool:
    """A capitalised word among other capitalised words is shouting or a heading, not an
    abbreviation ("PLEASE NOTE", "URGENT UPDATE")."""
    before = text[max(0, start - 20):start].split()
    after = text[end:end + 20].split()
    near = [w for w in (before[-1:] + after[:1]) if re.fullmatch(r"[^\W\d_]{2,}\W*", w)
            and not _CJK.search(w)]  # Chinese runs unspaced: "在DC已经没货了" is no word
    return any(w.strip(".,:;!?").isupper() for w in near)


def _in_name_or_number(text: str, start: int, end: int) -> bool:
    """Part of an account number ("GB82 WEST 1234") or of a brand and model ("ASUS Zenbook")."""
    before = text[max(0, start - 12):start].split()
    after = text[end:end + 24].split()
    near = before[-1:] + after[:1]
    if any(any(c.isdigit() for c in w) for w in near):
        return True
    nxt = after[0] if after else ""
    return bool(re.match(r"[A-Z][a-z]", nxt))
