"""Policies whose contact form has fields of its own (for the form and browser tests)."""

from __future__ import annotations

from pathlib import Path

EXAMPLE = Path(__file__).parents[3] / "tactful/policy/examples/default.en.yaml"
FIELDS = Path(__file__).parent / "policy_fields.yaml"

def policy_text(fields: str | None = None, *, languages: str = "[hu, en]",
                default: str = "hu") -> str:
    """The example policy with ``fields`` (a ``web_form:`` block) and two languages."""
    text = EXAMPLE.read_text().replace(
        "  default: en\n  supported: [en]", f"  default: {default}\n  supported: {languages}")
    block = FIELDS.read_text() if fields is None else fields
    return text.replace("  chat:\n", block + "  chat:\n", 1)
