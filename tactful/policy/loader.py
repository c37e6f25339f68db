"""Loading a policy file: YAML with line numbers, strict validation, errors with fixes.

Every mistake is reported as ``file:line:column: what is wrong (fix: how)``. The file is
read with YAML's safe loader, refusing duplicate keys (PyYAML would silently keep the last),
more than a few aliases (alias bombs), and files over a size limit.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from pathlib import Path
from typing import Any, Union

import yaml
from pydantic import BaseModel, ValidationError

from .errors import PolicyError, PolicyProblem
from .schema import Policy

MAX_BYTES = 1024 * 1024
MAX_ALIASES = 50
MAX_DEPTH = 30

Loc = tuple[str | int, ...]


def load_policy(path: str | Path) -> Policy:
    """Read and validate a policy file; raise :class:`PolicyError` listing every mistake."""
    path = Path(path)
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as exc:
        raise PolicyError([PolicyProblem(str(path), 1, 1, "", f"cannot be read: "
                                         f"{exc.strerror or exc}")]) from exc
    return load_policy_text(raw, name=str(path))


def load_policy_text(text: str | bytes, *, name: str = "<policy>") -> Policy:
    policy, problems = _load(text, name)
    if problems or policy is None:
        raise PolicyError(problems)
    return policy


def check_policy(source: str | Path | bytes, *, name: str | None = None) -> list[PolicyProblem]:
    """Every mistake in a policy (file path, or its text as bytes); [] when it is good."""
    if isinstance(source, bytes):
        return _load(source, name or "<policy>")[1]
    path = Path(source)
    try:
        raw = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as exc:
        return [PolicyProblem(str(path), 1, 1, "", f"cannot be read: {exc.strerror or exc}")]
    return _load(raw, name or str(path))[1]


# -- reading YAML --------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    aliases_seen = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                event = self.peek_event()
                raise yaml.MarkedYAMLError(None, None, f"more than {MAX_ALIASES} aliases",
                                           event.start_mark)
        return super().compose_node(parent, index)


def _problem(file: str, mark: Any, path: str, message: str, fix: str = "") -> PolicyProblem:
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    return PolicyProblem(file, line, column, path, message, fix)


def _load(text: str | bytes, name: str) -> tuple[Policy | None, list[PolicyProblem]]:
    if len(text) > MAX_BYTES:
        return None, [PolicyProblem(name, 1, 1, "", f"the file is larger than {MAX_BYTES} "
                                    "bytes", "a policy is a few pages of YAML; split out data")]
    if isinstance(text, bytes):
        raw = text
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            return None, [PolicyProblem(name, line, 1, "", "the file is not UTF-8 text",
                                        "save it as UTF-8")]
    if "\x00" in text:
        return None, [PolicyProblem(name, text[: text.index("\x00")].count("\n") + 1, 1, "",
                                    "the file contains a NUL byte", "save it as plain text")]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"YAML: {exc.problem or exc.context}"
        return None, [_problem(name, mark, "", message, "check indentation and quoting")]
    except yaml.YAMLError as exc:
        return None, [PolicyProblem(name, 1, 1, "", f"YAML: {exc}")]
    finally:
        loader.dispose()
    if node is None:
        return None, [PolicyProblem(name, 1, 1, "", "the file is empty",
                                    "start from tactful/policy/examples/default.en.yaml")]
    marks: dict[Loc, Any] = {}
    problems = _index(node, (), marks, name, depth=0)
    if problems:
        return None, problems
    try:
        data = yaml.SafeLoader(text).get_single_data()
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        return None, [PolicyProblem(name, 1, 1, "", f"YAML: {exc}")]
    if not isinstance(data, dict):
        return None, [_problem(name, node.start_mark, "", "the policy must be a mapping of "
                               "sections (organisation:, calendars:, …)")]
    try:
        return Policy.model_validate(data), []
    except ValidationError as exc:
        return None, _explain(exc, marks, name)
    except RecursionError:
        return None, [PolicyProblem(name, 1, 1, "", "the file is nested too deeply")]


def _index(node: Any, loc: Loc, marks: dict[Loc, Any], name: str,
           depth: int) -> list[PolicyProblem]:
    """Record each node's start mark by path; report duplicate keys and deep nesting."""
    if depth > MAX_DEPTH:
        return [_problem(name, node.start_mark, _path(loc), "nested too deeply")]
    marks[loc] = node.start_mark
    problems: list[PolicyProblem] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key: Any = key_node.value
            if key_node.tag.endswith(":int"):
                key = int(key)
            if key in seen:
                problems.append(_problem(
                    name, key_node.start_mark, _path((*loc, key)),
                    f"the key {key!r} appears twice (first on line {seen[key].line + 1})",
                    "keep one of them"))
                continue
            seen[key] = key_node.start_mark
            marks[(*loc, key, "__key__")] = key_node.start_mark
            problems += _index(value_node, (*loc, key), marks, name, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _index(item, (*loc, index), marks, name, depth + 1)
    return problems


def _path(loc: Loc) -> str:
    return ".".join(str(p) for p in loc)


def _find_mark(marks: dict[Loc, Any], loc: Loc, *, key: bool = False) -> Any:
    for end in range(len(loc), -1, -1):
        prefix = loc[:end]
        if key and end == len(loc) and (*prefix, "__key__") in marks:
            return marks[(*prefix, "__key__")]
        for candidate in (prefix, tuple(str(p) for p in prefix)):
            if candidate in marks:
                return marks[candidate]
        # YAML dates are keys of type date; pydantic reports them as strings
        matches = [k for k in marks if len(k) == end and _path(k) == _path(prefix)]
        if matches:
            return marks[matches[0]]
    return None


_MODEL_PROBLEMS = [
    (re.compile(r"^calendar '([^']+)'"), lambda m: ("calendars", m.group(1))),
    (re.compile(r"^team ([^:]+): calendar"), lambda m: ("teams", m.group(1), "calendar")),
    (re.compile(r"^default_calendar"), lambda m: ("default_calendar",)),
    (re.compile(r"^inquiry:"), lambda m: ("inquiry", "acknowledge_within")),
    (re.compile(r"^languages:"), lambda m: ("languages", "default")),
    (re.compile(r"^escalation:"), lambda m: ("escalation", "steps")),
    (re.compile(r"^channels.email:"), lambda m: ("channels", "email", "acknowledge_after")),
]


def _explain(exc: ValidationError, marks: dict[Loc, Any], name: str) -> list[PolicyProblem]:
    problems: list[PolicyProblem] = []
    for error in exc.errors():
        loc: Loc = tuple(error["loc"])
        kind = error["type"]
        message = str(error["msg"]).removeprefix("Value error, ")
        loc, message = _relocate(loc, message)
        if kind == "extra_forbidden":
            valid = _valid_keys(loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), valid, n=1)
            fix = f"did you mean {close[0]!r}?" if close else (
                f"valid keys here: {', '.join(valid)}" if valid else "remove it")
            problems.append(_problem(name, _find_mark(marks, loc, key=True), _path(loc),
                                     f"unknown key {loc[-1]!r}", fix))
        elif kind == "missing":
            problems.append(_problem(name, _find_mark(marks, loc[:-1]), _path(loc),
                                     f"{loc[-1]!r} is required", "add it"))
        elif kind == "literal_error":
            expected = error.get("ctx", {}).get("expected", "")
            problems.append(_problem(name, _find_mark(marks, loc), _path(loc), message,
                                     f"use one of {expected}"))
        elif not loc:
            for part in message.split("\n"):
                where: Loc = ()
                for pattern, to_loc in _MODEL_PROBLEMS:
                    found = pattern.search(part)
                    if found:
                        where = to_loc(found)
                        break
                problems.append(_problem(name, _find_mark(marks, where), _path(where), part))
        else:
            problems.append(_problem(name, _find_mark(marks, loc), _path(loc), message,
                                     _fix_for(kind)))
    return sorted(problems, key=lambda p: (p.line, p.column))


def _relocate(loc: Loc, message: str) -> tuple[Loc, str]:
    """A validator that checks a list or a model as a whole names the entry it means by
    starting its message ``@3.name`` (the fourth entry's name): report it there."""
    found = re.match(r"@([\w.]+) ", message)
    if not found:
        return loc, message
    parts = tuple(int(p) if p.isdigit() else p for p in found.group(1).split("."))
    return (*loc, *parts), message[found.end():]


def _fix_for(kind: str) -> str:
    return {
        "int_parsing": "write a whole number",
        "float_parsing": "write a number",
        "bool_parsing": "write true or false",
        "string_type": "write a text (quote it if YAML reads it as something else)",
        "date_from_datetime_parsing": "write a date as YYYY-MM-DD",
        "date_parsing": "write a date as YYYY-MM-DD",
        "dict_type": "write a mapping (key: value lines)",
        "list_type": "write a list (lines starting with '- ')",
        "too_short": "add at least one entry",
    }.get(kind, "")


def _valid_keys(loc: Loc) -> list[str]:
    annotation: Any = Policy
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part))
            if field is None:
                return []
            annotation = field.annotation
        else:
            origin = typing.get_origin(annotation)
            args = typing.get_args(annotation)
            if origin in (list, tuple) and args:
                annotation = args[0]
            elif origin is dict and len(args) == 2:
                annotation = args[1]
            else:
                return []
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation
