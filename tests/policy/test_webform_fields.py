"""The policy's web-form fields (R-MAIL-3): defaults that reproduce the classic form, and
every mistake reported at its line and column with a fix."""

from __future__ import annotations

import pytest

from tactful.policy import check_policy, load_policy_text
from tactful.policy.webform import DEFAULT_FIELDS

MINIMAL = """\
organisation: {name: Minimal}
calendars:
  office:
    timezone: Europe/Budapest
    weekly: {mon: ["08:00-16:00"]}
channels:
  web_form:
    fields:
%s
changelog:
  - {version: "1", date: 2026-01-01, author: me, summary: first}
"""
GOOD = """\
      - {name: email, type: email, required: true}
      - {name: message, type: textarea, required: true}"""


def problems(fields: str) -> list[tuple[int, int, str, str, str]]:
    return [(p.line, p.column, p.path, p.message, p.fix)
            for p in check_policy((MINIMAL % fields).encode(), name="t.yaml")]


def test_without_a_fields_section_the_form_has_its_classic_six_fields() -> None:
    policy = load_policy_text(MINIMAL.replace("channels:\n  web_form:\n    fields:\n%s\n", ""))
    fields = policy.channels.web_form.fields
    assert [(f.name, f.type, f.required) for f in fields] == [
        ("name", "text", False), ("email", "email", True), ("phone", "phone", False),
        ("subject", "text", False), ("message", "textarea", True),
        ("attachments", "file", False)]
    assert fields == list(DEFAULT_FIELDS)
    for spec in fields:
        assert set(spec.label) == {"en", "hu", "et", "ro", "zh-Hans", "zh-Hant"}


def test_a_form_of_its_own_loads_with_labels_options_and_references() -> None:
    policy = load_policy_text(MINIMAL % (GOOD + """
      - name: topic
        type: select
        label: {en: Topic, hu: Téma}
        options: [{value: billing, label: {en: Billing}}, {value: other}]
      - {name: order_number, type: order_number, max_length: 40}
      - {name: meter, reference: meter}
      - {name: files, type: file, max_files: 3}"""))
    fields = {f.name: f for f in policy.channels.web_form.fields}
    assert fields["topic"].options[1].value == "other"
    assert fields["order_number"].length == 40 and fields["meter"].type == "text"
    assert fields["meter"].length == 200 and fields["files"].max_files == 3


@pytest.mark.parametrize("fields,line,column,path,message", [
    (GOOD + "\n      - {name: email, type: email, required: true}", 11, 16,
     "channels.web_form.fields.2.name", "the field 'email' appears twice (also entry 1)"),
    (GOOD + "\n      - {name: topic, type: select}", 11, 9,
     "channels.web_form.fields.2.options", "a select field needs options"),
    (GOOD + "\n      - {name: website}", 11, 16, "channels.web_form.fields.2.name",
     "'website' is used by the form itself; choose another name"),
    (GOOD + "\n      - {name: note, type: textarea, max_length: 50000}", 11, 50,
     "channels.web_form.fields.2.max_length", "textarea fields hold at most 20000 characters"),
    (GOOD + "\n      - {name: x, type: text, max_files: 2}", 11, 42,
     "channels.web_form.fields.2.max_files", "only file fields have max_files"),
    ("      - {name: email, type: email}\n      - {name: message, type: textarea, "
     "required: true}", 9, 9, "channels.web_form.fields.0.required",
     "the email field must be required"),
    ("      - {name: email, type: text, required: true}\n      - {name: message, type: "
     "textarea, required: true}", 9, 29, "channels.web_form.fields.0.type",
     "the email field must be of type email"),
    ("      - {name: message, type: textarea, required: true}", 9, 7,
     "channels.web_form.fields",
     "the form needs a field named email (the acknowledgement goes by email; the message "
     "opens the conversation)"),
    (GOOD + "\n      - {name: Bad-Name}", 11, 16, "channels.web_form.fields.2.name",
     "String should match pattern '^[a-z][a-z0-9_]{0,39}$'"),
], ids=["duplicate", "select-without-options", "reserved", "too-long", "max-files-on-text",
        "email-optional", "email-as-text", "no-email", "bad-name"])
def test_each_mistake_in_the_form_is_reported_where_it_is(
        fields: str, line: int, column: int, path: str, message: str) -> None:
    """R-MAIL-3, R-POL-1: file:line:column for every mistake in the form's fields."""
    found = problems(fields)
    assert [(p[0], p[1], p[2], p[3]) for p in found] == [(line, column, path, message)]


def test_a_misspelt_key_or_type_gets_a_fix() -> None:
    found = problems(GOOD + "\n      - {name: topic, lable: Topic, type: dropdown}")
    assert [(p[2], p[4]) for p in found] == [
        ("channels.web_form.fields.2.lable", "did you mean 'label'?"),
        ("channels.web_form.fields.2.type", "use one of 'text', 'textarea', 'email', "
         "'phone', 'select', 'order_number' or 'file'"),
    ]
