"""The policy reference page, generated from the schema's field descriptions."""

from __future__ import annotations

import typing
from typing import Any

import yaml
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from .schema import Policy


def _type_name(annotation: Any) -> str:
    text = str(annotation).replace("typing.", "").replace("tactful.policy.schema.", "")
    text = text.replace("tactful.policy.webform.", "")
    text = text.replace("tactful.sla.duration.", "").replace("<class '", "").replace("'>", "")
    if "Duration" in text:
        return "duration (90m, 24h, 2d, 5wd)"
    if "dict[str, str]" in text and "Annotated" in text:
        return "text, or language: text"
    return text.replace("Annotated[", "").split(", BeforeValidator")[0]


def _default(field: Any) -> str:
    if field.default is not PydanticUndefined:
        value = field.default
        return "—" if value is None else f"`{value}`"
    if field.default_factory is not None:
        try:
            value = field.default_factory()
        except TypeError:
            return "(see below)"
        if isinstance(value, BaseModel) or (
                isinstance(value, list) and value and isinstance(value[0], BaseModel)):
            return "(see below)"
        return f"`{value}`" if value not in ({}, []) else "empty"
    return "**required**"


def _models(model: type[BaseModel], path: str, out: list[tuple[str, type[BaseModel]]],
            defaults: dict[str, list[BaseModel]]) -> None:
    out.append((path, model))
    for name, field in model.model_fields.items():
        inner_path = f"{path}.{name}" if path else name
        if field.default_factory is not None:
            try:
                value = field.default_factory()  # type: ignore[call-arg]
            except TypeError:
                value = None
            if isinstance(value, list) and value and isinstance(value[0], BaseModel):
                defaults[inner_path] = value
        for inner in _inner_models(field.annotation):
            _models(inner, inner_path, out, defaults)


def _default_entries(entries: list[BaseModel]) -> list[str]:
    """A list of entries as the YAML that reproduces it."""
    data = [entry.model_dump(mode="json", exclude_defaults=True) for entry in entries]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=88)
    return ["Default:", "", "```yaml", *text.rstrip().splitlines(), "```", ""]


def _inner_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found += _inner_models(arg)
    return found


def render_reference() -> str:
    lines = ["# Policy reference", "",
             "Generated from the schema (`tactful policy reference`); do not edit by hand.",
             "Every key, its type, its default and what it means. Durations are written as",
             "`90m`, `24h`, `2d` (business time) or `5wd` (working days). Texts are one string,",
             "or a mapping of language code (en, hu, et, ro, zh-Hans, zh-Hant) to string.", ""]
    models: list[tuple[str, type[BaseModel]]] = []
    defaults: dict[str, list[BaseModel]] = {}
    _models(Policy, "", models, defaults)
    seen: set[tuple[str, type[BaseModel]]] = set()
    for path, model in models:
        if (path, model) in seen:
            continue
        seen.add((path, model))
        lines += [f"## `{path or '(top level)'}`", ""]
        if model.__doc__ and path == "":
            lines += [model.__doc__.strip().splitlines()[0], ""]
        lines += ["| key | type | default | meaning |", "|---|---|---|---|"]
        for name, field in model.model_fields.items():
            meaning = (field.description or "").replace("|", "\\|")
            lines.append(f"| `{name}` | {_type_name(field.annotation).replace('|', 'or')} | "
                         f"{_default(field).replace('|', '/')} | {meaning} |")
        lines.append("")
        if path in defaults:
            lines += _default_entries(defaults[path])
    return "\n".join(lines)
