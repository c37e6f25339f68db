"""Rule files: one YAML document per rule, validated with pydantic.

A rule names its ``kind`` from a closed list (:data:`KINDS`); each kind has its own fields.
A bad file is refused with :class:`RuleFileError`, which names the file, the line and, for an
unknown kind, the valid kinds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

KINDS = ("existence", "substitution", "required_parts", "question_coverage", "spelling",
         "script", "readability", "secret", "address", "transcript", "acronym")
POSITIONS = ("opening", "middle", "closing", "whole")
LANGS = ("en", "hu", "et", "ro", "zh-Hans", "zh-Hant")

Position = Literal["opening", "middle", "closing", "whole"]
ALL_POSITIONS: tuple[Position, ...] = ("opening", "middle", "closing", "whole")
Text = dict[str, str]  # language code -> text


def _as_text(value: Any) -> Any:
    if isinstance(value, str):
        return {"en": value}
    return value


class Scope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    channels: list[str] | None = None  # None: every channel
    positions: list[Position] = Field(default_factory=lambda: list(ALL_POSITIONS))


class Reference(BaseModel):
    model_config = ConfigDict(extra="forbid")
    seed: str
    passage: str = ""


class RuleBase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-zA-Z-]+\.[a-z0-9_.-]+$")
    requirement: str = Field(pattern=r"^R-[A-Z]+-\d+$")
    level: Literal["error", "warning", "hint"]
    message: Text
    suggestion: Text = Field(default_factory=dict)
    scope: Scope = Field(default_factory=Scope)
    exceptions: list[str] = Field(default_factory=list)
    # Patterns that silence a match only when they come after it in the same sentence: an
    # alternative offered after a refusal ("..., but I can ...") keeps it silent, while the
    # same word before it ("Sorry, but no exceptions are made.") does not.
    exceptions_after: list[str] = Field(default_factory=list)
    # Patterns that silence a match only when they come before it in the same sentence: a
    # condition opening the clause ("kui vorm on valesti täidetud, ...") keeps it silent,
    # while the same word after it ("sest Te tõite selle alles viimasel minutil, kui ...")
    # does not.
    exceptions_before: list[str] = Field(default_factory=list)
    # The exceptions (both kinds) also count in the next sentence: a refusal followed by its
    # alternative ("That time is not possible. An appointment is free on 13 March at 5 pm.")
    exceptions_next_sentence: bool = False
    # Silence a match whose sentence names a time or a duration ("it may take up to 5
    # working days" is not the vague "it may take a while").
    unless_time: bool = False
    references: list[Reference] = Field(default_factory=list)
    comment: str = ""

    _text = field_validator("message", "suggestion", mode="before")(_as_text)


class DueDate(BaseModel):
    """A promise naming a date: reported with ``data["due"]`` so the desk makes a follow-up."""

    model_config = ConfigDict(extra="forbid")
    level: Literal["error", "warning", "hint"] = "hint"
    only_with_date: bool = False  # report matches only when the sentence names a date
    message: Text

    _text = field_validator("message", mode="before")(_as_text)


class ExistenceRule(RuleBase):
    """A phrase that must not appear (matched through inflection, order, diacritics)."""

    kind: Literal["existence"]
    patterns: list[str] = Field(min_length=1)
    gap: int = Field(default=2, ge=0, le=20)
    any_order: bool = False
    due_date: DueDate | None = None


class Swap(BaseModel):
    model_config = ConfigDict(extra="forbid")
    match: list[str] = Field(min_length=1)
    better: str


class SubstitutionRule(RuleBase):
    """A phrase with its better replacement."""

    kind: Literal["substitution"]
    swap: list[Swap] = Field(min_length=1)
    gap: int = Field(default=2, ge=0, le=20)
    any_order: bool = False


class AddressRule(RuleBase):
    """Informal address where the organisation asks for formal address."""

    kind: Literal["address"]
    swap: list[Swap] = Field(min_length=1)
    gap: int = Field(default=1, ge=0, le=20)
    any_order: bool = False
    # Text that, right after or before a match, makes it another word (Chinese 你们 is not
    # 你, nor is 迷你 "mini").
    not_followed_by: list[str] = Field(default_factory=list)
    not_preceded_by: list[str] = Field(default_factory=list)
    # Words that are informal only standing alone, at a clause's start: Chinese 得了 ("forget
    # it") is part of a verb in 受得了, 获得了, 办得了.
    standalone: list[str] = Field(default_factory=list)


class NameCue(BaseModel):
    """A capitalised name in the section counts as the part (the agent's own name, which the
    checker cannot know in advance): not a word of the organisation's name, not one of
    ``not_names`` (capitalised pronouns and greetings: Ön, Teie, I, Hello), not next to one of
    ``titles`` (Mr, Dear, Úr, härra, domnule: that is the customer's name), not the first word
    of a sentence unless another capitalised word follows it (Kiss Dóra)."""

    model_config = ConfigDict(extra="forbid")
    titles: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)


class Part(BaseModel):
    model_config = ConfigDict(extra="forbid")
    patterns: list[str] = Field(default_factory=list)
    org_field: Literal["organisation", "agent_names"] | None = None
    message: Text
    # Matching of this part's patterns (the rule's ``gap`` unless given here).
    gap: int | None = Field(default=None, ge=0, le=20)
    any_order: bool = False
    # A match does not count when one of these starts earlier in its sentence: "if you have
    # any other questions, ..." offers a way back, it does not ask "anything else?".
    unless: list[str] = Field(default_factory=list)
    names: NameCue | None = None
    # In a complete message, only a match in a question counts ("Is there anything
    # else...?", not "you don't need to do anything else").
    question: bool = False

    _text = field_validator("message", mode="before")(_as_text)


class RequiredPartsRule(RuleBase):
    """Parts a greeting, a closing or a letter must contain."""

    kind: Literal["required_parts"]
    section: Literal["greeting", "closing", "letter"]
    parts: dict[str, Part] = Field(min_length=1)
    # For position "whole" (a complete message): check only when one of these appears in the
    # section's region, i.e. the agent attempted a greeting or a closing there.
    trigger: list[str] = Field(default_factory=list)
    # For position "whole": parts that must all be present before the others are asked for
    # (a closing is attempted when the agent asks "anything else?" and says goodbye). Empty:
    # a trigger and any one part. Ignored when the organisation prescribes its own parts.
    attempt: list[str] = Field(default_factory=list)
    # Without ``attempt``: how many parts (besides a trigger) show an attempted section.
    attempt_parts: int = Field(default=1, ge=1)
    gap: int = Field(default=2, ge=0, le=20)


QuestionType = Literal["why", "when", "howmuch", "action", "howto", "where", "yesno",
                       "followup", "unknown", "callback", "ifthen"]


class QuestionCoverageRule(RuleBase):
    kind: Literal["question_coverage"]
    min_overlap: float = Field(default=0.34, gt=0, le=1)
    # Patterns that give a customer's question its type, matched on the customer's text.
    ask: dict[QuestionType, list[str]] = Field(default_factory=dict)
    # Patterns in a reply sentence that answer a question of that type (a reason, a time,
    # an instruction, a place, a yes or no); numbers and dates are recognised without them.
    answer: dict[QuestionType, list[str]] = Field(default_factory=dict)
    # Word endings that answer a question of that type (Hungarian -hatja/-heti "you can").
    answer_suffixes: dict[QuestionType, list[str]] = Field(default_factory=dict)
    # The customer's "my X" is the agent's "your X" (Hungarian címemet / címét, folded):
    # ``mine`` and ``yours`` are the person endings, ``case`` the endings that may follow
    # them; a question word and a reply word with the same stem under them are one word.
    possessive: dict[Literal["mine", "yours", "case"], list[str]] = Field(
        default_factory=dict)
    # Conjunctions that join two questions in one sentence ("..., and can I ...?").
    split: list[str] = Field(default_factory=list)
    # Words that, right after such a conjunction, open the second question although they
    # are no question words ("... și trebuie să fac un contract nou?").
    split_before: list[str] = Field(default_factory=list)
    # Questions that ask for no answer ("what's the point?", "are you kidding?").
    rhetorical: list[str] = Field(default_factory=list)
    # Requests asked as questions ("Can you find me a therapist?", "Tudná küldeni ...?"): the
    # only question of a message, one is addressed by a reply that asks the customer what
    # the request needs ("In which city should I search?") as well as by an answer.
    request: list[str] = Field(default_factory=list)
    # Greetings asked as questions ("How are you?", "Hogy van?", "最近怎么样？"): a question
    # that ends with one of them (a word may follow: "today") after a greeting and a name
    # asks for nothing; "How are you going to fix this?" still asks.
    phatic: list[str] = Field(default_factory=list)
    # Words that wave the question before them away ("Ki találja ki ezeket? Na mindegy, ...",
    # "... Anyway, can you post it?"): the question just before a sentence opening with one
    # is rhetorical.
    dismiss: list[str] = Field(default_factory=list)
    # Words that carry no topic in a question besides the language's stop words: pronouns
    # and modal verbs of a request ("mulle", "saaksite", "tudnák").
    stopwords: list[str] = Field(default_factory=list)
    # Words that ask for content (who, which, what...). When given, a question of no type
    # without one of them is a yes/no question ("Megjött a pénz?", "Ați trimis banii?").
    wh: list[str] = Field(default_factory=list)
    # Phrases that open an indirect question typed without a question mark ("I'd like to
    # know whether ...", "Szeretném megtudni, hogy ..."): the rest of the sentence is asked.
    embedded: list[str] = Field(default_factory=list)
    # Words that end an embedded phrase of a yes/no question ("I'm not sure whether ...",
    # "nu știu dacă ..."): what follows is a yes/no question even with "price" or "cost" in it.
    whether: list[str] = Field(default_factory=list)
    # Words a question and its answer use for one thing ("fee" / "charge", "díj" /
    # "költség", 费用 / 收费): one group of words each, a word standing for every word that
    # begins with it (folded, without diacritics), or after '=' for itself only; Chinese
    # words are found inside the text.
    synonyms: list[list[str]] = Field(default_factory=list)
    # Question words that also mean "that" (Hungarian "hogy"): after a comma they open a
    # reported clause ("Megtenné, hogy ... küldik?") and ask for nothing.
    that: list[str] = Field(default_factory=list)


class Confusable(BaseModel):
    """A valid word that in its context is nearly always another word mistyped: without its
    diacritics in a text written with them (Romanian ``in`` for ``în``), or without its
    apostrophe (``Ill check``); ``before``/``after``/``not_after`` narrow it to a context
    (``*m``: a word ending in ``m``; words match folded, without diacritics)."""

    model_config = ConfigDict(extra="forbid")
    word: str
    means: str
    before: list[str] = Field(default_factory=list)  # the next word is one of these
    after: list[str] = Field(default_factory=list)  # the previous word is one of these
    not_after: list[str] = Field(default_factory=list)  # unless the previous word is


class SpellingRule(RuleBase):
    kind: Literal["spelling"]
    dictionary: str
    accept: list[str] = Field(default_factory=list)  # vocab files under packs/<lang>/vocab/
    min_length: int = 3
    compounds: bool = False  # accept words that split into two accepted words
    # Compound heads that are never written together with the next word (Hungarian
    # ``jövő héten``): a split at them does not make a compound.
    not_compound_heads: list[str] = Field(default_factory=list)
    # A Hunspell dictionary of words borrowed as they are (en_US): known there, or with one
    # of ``loan_endings`` (or a hyphen and an ending), a word is no typo.
    loanwords: str = ""
    loan_endings: list[str] = Field(default_factory=list)
    # vocab files: forms the dictionary accepts that are (nearly) always mistakes
    misspellings: list[str] = Field(default_factory=list)
    confusables: list[Confusable] = Field(default_factory=list)
    # A known word after one of these prefixes is a word (Romanian re-, auto-: retrimisă,
    # autocitirea); at least four letters follow the prefix.
    prefixes: list[str] = Field(default_factory=list)
    # [ending, replacement]: a word with the ending is known when the replacement makes a
    # known word (Romanian pluperfect: transmiseserăți from transmisese).
    endings: list[tuple[str, str]] = Field(default_factory=list)
    # Romanian: after these words (a copula, an adverb after it) an adjective ending in -a
    # is a feminine adjective missing its ă ("a fost procesata", "este deja ocupata").
    predicative_after: list[str] = Field(default_factory=list)
    # Words always written capitalised (English weekdays and months): a capitalised word one
    # letter away from one of them is a typo even inside a sentence (Wendesday).
    proper_words: list[str] = Field(default_factory=list)
    repeats: bool = True  # a word typed twice in a row ("the the") is a typo
    repeats_ok: list[str] = Field(default_factory=list)  # words that may stand twice


class ScriptRule(RuleBase):
    kind: Literal["script"]
    expected: Literal["simplified", "traditional"]
    min_chars: int = 1


class ReadabilityRule(RuleBase):
    kind: Literal["readability"]
    max_words: int = Field(default=30, ge=5)
    max_chars: int = Field(default=60, ge=10)  # for Chinese, characters per sentence


class AcronymRule(RuleBase):
    """Capitalised abbreviations the customer may not know (ONT, NOC, RMA, SKU)."""

    kind: Literal["acronym"]
    allow: list[str] = Field(default_factory=list)  # vocab files: acronyms customers know
    min_letters: int = Field(default=2, ge=2)
    max_letters: int = Field(default=5, ge=2)
    codes: bool = True  # priority and queue codes: P3, T2, L2, SEV1


class SecretRule(RuleBase):
    kind: Literal["secret"]
    secrets: list[Literal["card", "iban"]] = Field(min_length=1)


class TranscriptRule(RuleBase):
    kind: Literal["transcript"]
    check: Literal["hold", "profanity", "angry", "rings", "greeting", "closing"]
    phrases: dict[str, list[str]] = Field(default_factory=dict)
    gap: int = Field(default=3, ge=0, le=20)


Rule = Annotated[
    ExistenceRule | SubstitutionRule | AddressRule | RequiredPartsRule | QuestionCoverageRule
    | SpellingRule | ScriptRule | ReadabilityRule | SecretRule | TranscriptRule | AcronymRule,
    Field(discriminator="kind"),
]


class _RuleDoc(BaseModel):
    rule: Rule


class PackLoader(yaml.SafeLoader):
    """YAML 1.1 without yes/no/on/off booleans: pack words like "no" and "on" stay strings."""


PackLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=PackLoader)


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


def _node_line(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (deepest one that exists)."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    current: yaml.Node = node
    for key in loc:
        nxt: yaml.Node | None = None
        if isinstance(current, yaml.MappingNode):
            for k, v in current.value:
                if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
        elif (isinstance(current, yaml.SequenceNode) and isinstance(key, int)
              and 0 <= key < len(current.value)):
            nxt = current.value[key]
            line = nxt.start_mark.line + 1
        if nxt is None:
            break
        current = nxt
    return line


def parse_rule(text: str, path: Path | str = "<rule>") -> RuleBase:
    """Validate one rule document; raise :class:`RuleFileError` naming file and line."""
    try:
        node = yaml.compose(text, Loader=PackLoader)
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise RuleFileError(path, line, f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleFileError(path, 1, "a rule file holds one mapping (id, requirement, kind, ...)")
    kind = data.get("kind")
    if kind not in KINDS:
        raise RuleFileError(path, _node_line(node, ("kind",)),
                            f"unknown kind {kind!r}; valid kinds: {', '.join(KINDS)}")
    try:
        rule: RuleBase = _RuleDoc.model_validate({"rule": data}).rule
        return rule
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])[1:]
        if loc and loc[0] == kind:
            loc = loc[1:]
        field_path = ".".join(str(p) for p in loc) or "(rule)"
        raise RuleFileError(path, _node_line(node, loc),
                            f"{field_path}: {err['msg']}") from exc


def load_rule_file(path: Path) -> RuleBase:
    return parse_rule(path.read_text(encoding="utf-8"), path)
