"""Language packs: rule files plus vocabularies, compiled once into one phrase matcher.

``packs/<lang>/*.yaml`` are rules (one per file); ``packs/<lang>/vocab/language.yaml`` holds
what the language needs besides rules (stemmer, reported-speech cues, stop words, question
words, date words); other files under ``vocab/`` are word lists (one per line, ``#`` comments).
A pack may ``inherit`` another pack's rules (zh-Hant reuses zh-Hans, whose phrases match
Traditional text because normalisation folds Traditional characters to Simplified).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from tactful.protocol.kinds import KIND_CHECKS, Check
from tactful.protocol.matcher import PatternError, PhraseMatcher
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import (
    LANGS,
    RuleBase,
    RuleFileError,
    Scope,
    SubstitutionRule,
    Swap,
    load_rule_file,
    load_yaml,
)

PACKS = Path(__file__).parent / "packs"


@dataclass
class LanguagePack:
    lang: str
    config: dict[str, Any]
    rules: list[RuleBase]
    folder: Path
    inherit_folder: Path | None = None
    checks: list[Check] = field(default_factory=list)
    matcher: PhraseMatcher | None = None
    turn_matcher: PhraseMatcher | None = None  # transcript phrase sets, used per turn
    # (position, channel, questions, spelling) -> the checks in scope there (checker._plan)
    plans: dict[tuple[str, str | None, bool, bool], Any] = field(default_factory=dict)

    @property
    def zh(self) -> bool:
        return self.lang.startswith("zh")

    @cached_property
    def stopwords(self) -> frozenset[str]:
        from tactful.protocol.normalize import fold

        return frozenset(fold(str(w), self.lang) for w in self.config.get("stopwords", []))

    @cached_property
    def question_words(self) -> frozenset[str]:
        from tactful.protocol.normalize import fold

        return frozenset(fold(str(w), self.lang) for w in self.config.get("question_words", []))

    @cached_property
    def numbers(self) -> dict[str, int]:
        from tactful.protocol.normalize import fold

        return {fold(k, self.lang): int(v)
                for k, v in (self.config.get("dates", {}).get("numbers", {}) or {}).items()}

    def vocab_lines(self, name: str) -> list[str]:
        for folder in (self.folder, self.inherit_folder):
            if folder is None:
                continue
            path = folder / "vocab" / name
            if path.exists():
                return _read_list(path)
        return []

    def vocab_words(self, name: str) -> set[str]:
        return set(self.vocab_lines(name))


@lru_cache(maxsize=64)
def _read_list_cached(path: str) -> tuple[str, ...]:
    out: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


def _read_list(path: Path) -> list[str]:
    return list(_read_list_cached(str(path)))


def load_config(folder: Path) -> dict[str, Any]:
    path = folder / "vocab" / "language.yaml"
    if not path.exists():
        return {}
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleFileError(path, mark.line + 1 if mark else None, str(exc)) from exc
    if not isinstance(data, dict):
        raise RuleFileError(path, 1, "language.yaml must be a mapping")
    return data


RULE_SOURCES: dict[str, Path] = {}  # rule id -> the file it came from


def load_rules(folder: Path) -> list[RuleBase]:
    paths = sorted(folder.glob("*.yaml"))
    rules = [load_rule_file(p) for p in paths]
    seen: dict[str, Path] = {}
    for rule, path in zip(rules, paths, strict=True):
        if rule.id in seen:
            raise RuleFileError(path, 1, f"rule id {rule.id!r} also used in {seen[rule.id]}")
        seen[rule.id] = path
        RULE_SOURCES[rule.id] = path
    return rules


def _org_rules(lang: str, org: OrgRules) -> list[RuleBase]:
    """The organisation's forbidden phrases and jargon as substitution rules."""
    out: list[RuleBase] = []
    for key, requirement, level, msg in (
        ("forbidden", "R-TALK-4", "error",
         {"en": "Your organisation does not allow '{match}'.",
          "hu": "A szervezet nem engedi: '{match}'.", "ro": "Organizația nu permite: '{match}'.",
          "et": "Organisatsioon ei luba: '{match}'.", "zh-Hans": "本机构禁止使用：'{match}'。"}),
        ("jargon", "R-TALK-7", "warning",
         {"en": "'{match}' is jargon the customer may not know.",
          "hu": "A(z) '{match}' szakzsargon, az ügyfél nem biztos, hogy érti.",
          "ro": "'{match}' este jargon pe care clientul s-ar putea să nu-l înțeleagă.",
          "et": "'{match}' on erialane släng, klient ei pruugi seda mõista.",
          "zh-Hans": "'{match}' 是专业术语，客户可能听不懂。"}),
    ):
        items = [*getattr(org, key).get("*", []), *getattr(org, key).get(lang, [])]
        if lang == "zh-Hant":
            items += getattr(org, key).get("zh-Hans", [])
        swaps = [Swap(match=[a.phrase], better=a.better) for a in items if a.phrase.strip()]
        if swaps:
            out.append(SubstitutionRule(
                id=f"org.{key}", requirement=requirement, kind="substitution", level=level,
                message=msg, suggestion={"en": "Say instead: {replacement}",
                                         "hu": "Helyette: {replacement}",
                                         "ro": "Spuneți în schimb: {replacement}",
                                         "et": "Öelge selle asemel: {replacement}",
                                         "zh-Hans": "建议改为：{replacement}"},
                scope=Scope(), swap=swaps))
    return out


_lock = threading.Lock()
_fingerprints: dict[int, tuple[OrgRules, str]] = {}


def _fingerprint(org: OrgRules | None) -> str:
    """The organisation's fingerprint, cached per object (treat OrgRules as immutable)."""
    if org is None:
        return ""
    hit = _fingerprints.get(id(org))
    if hit is not None and hit[0] is org:
        return hit[1]
    fp = org.fingerprint()
    if len(_fingerprints) > 1024:
        _fingerprints.clear()
    _fingerprints[id(org)] = (org, fp)
    return fp
_packs: dict[tuple[str, str], LanguagePack] = {}


def get_pack(lang: str, org: OrgRules | None = None) -> LanguagePack:
    """The compiled pack for ``lang`` with the organisation's additions (cached)."""
    if org is None:  # the common call: one dictionary look-up
        pack = _packs.get((lang, ""))
        if pack is not None:
            return pack
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGS)}")
    key = (lang, _fingerprint(org))
    pack = _packs.get(key)
    if pack is not None:
        return pack
    with _lock:
        pack = _packs.get(key)
        if pack is None:
            pack = compile_pack(lang, org or OrgRules())
            if len(_packs) > 256:
                _packs.clear()
            _packs[key] = pack
    return pack


def compile_pack(lang: str, org: OrgRules, root: Path = PACKS) -> LanguagePack:
    folder = root / lang
    config = load_config(folder)
    rules: list[RuleBase] = []
    inherit_folder = None
    parent = config.get("inherit")
    if parent:
        inherit_folder = root / parent
        parent_config = load_config(inherit_folder)
        config = {**parent_config, **{k: v for k, v in config.items() if k != "inherit"}}
        skip = set(config.get("skip_inherited_kinds", []))
        rules += [r for r in load_rules(inherit_folder) if getattr(r, "kind", "") not in skip]
    rules += load_rules(folder)
    rules += _org_rules(lang, org)
    rules = [r for r in rules if not org.is_disabled(r.id)]
    pack = LanguagePack(lang, config, rules, folder, inherit_folder)
    from tactful.protocol.normalize import fold

    common = frozenset(fold(str(w), lang) for w in config.get("stopwords", []) or [])
    containing = tuple(fold(str(w), lang) for w in config.get("containing_words", []) or [])
    matcher = PhraseMatcher(lang, config.get("stemmer"), common, containing)
    try:
        _add_config_phrases(matcher, config)
    except PatternError as exc:
        raise RuleFileError(folder / "vocab" / "language.yaml", None, str(exc)) from exc
    turn_matcher = PhraseMatcher(lang, config.get("stemmer"), common, containing)
    for rule in rules:
        check = KIND_CHECKS[rule.kind](rule, pack)  # type: ignore[attr-defined]
        try:
            check.register(turn_matcher if getattr(rule, "kind", "") == "transcript" else matcher,
                           org)
        except PatternError as exc:
            raise RuleFileError(RULE_SOURCES.get(rule.id, rule.id), None,
                                f"{rule.id}: {exc}") from exc
        pack.checks.append(check)
    pack.matcher = matcher.build()
    pack.turn_matcher = turn_matcher.build()
    return pack


def _add_config_phrases(matcher: PhraseMatcher, config: dict[str, Any]) -> None:
    for pat in config.get("meta", []) or []:
        matcher.add("_meta", pat, gap=3, family="_meta")
    # A contrast word after a reported-speech cue ends the reported clause: in "You say you
    # were not told, but that is simply not true" the second half is the agent's own words.
    for pat in config.get("meta_ends", []) or []:
        matcher.add("_meta_end", pat, gap=1, family="_meta")
    dates = config.get("dates", {}) or {}
    for name in ("today", "tomorrow", "after", "eow"):
        for pat in dates.get(name, []) or []:
            matcher.add(f"_date:{name}", pat, gap=1, family="_date")
    for i, pats in enumerate(dates.get("weekdays", []) or []):
        for pat in pats:
            matcher.add(f"_date:wd:{i}", pat, gap=0, family="_date")
    for i, pats in enumerate(dates.get("months", []) or []):
        for pat in pats:
            matcher.add(f"_date:month:{i + 1}", pat, gap=0, family="_date")
    for unit, pats in (dates.get("units", {}) or {}).items():
        for pat in pats:
            matcher.add(f"_date:unit:{unit}", pat, gap=0, family="_date")
