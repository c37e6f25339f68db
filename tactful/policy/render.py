"""The policy as a document people read (R-POL-2): Markdown, HTML and PDF.

The document follows the structure of the templates in seed 002: title, vision, mission,
scope, definitions, standards ("we always", "we never"), per-channel commitments with
every number filled in, opening hours, internal escalation, the complaint procedure,
feedback, what staff may decide, enforcement, the last change and the change log.
Everything taken from the file is escaped in HTML.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Literal

from tactful.sla.duration import Duration

from .labels import labels_for
from .schema import Policy, pick

Format = Literal["html", "md", "pdf"]


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    table: list[tuple[str, str]] = field(default_factory=list)
    level: int = 2


def _duration(d: Duration | None, labels: dict[str, str]) -> str:
    if d is None:
        return "—"
    if d.working_days is not None:
        return labels["working_days"].format(n=d.working_days)
    assert d.time is not None
    seconds = int(d.time.total_seconds())
    if seconds % 3600 == 0:
        return labels["hours_n"].format(n=seconds // 3600)
    if seconds % 60 == 0:
        return labels["minutes"].format(n=seconds // 60)
    return labels["seconds"].format(n=seconds)


def build_sections(policy: Policy, lang: str) -> tuple[str, list[Section]]:
    t = labels_for(lang)

    def text(value: dict[str, str] | None) -> str:
        return pick(value, lang, policy.languages.default)

    def d(value: Duration | None) -> str:
        return _duration(value, t)

    title = text(policy.title) or t["policy"]
    sections: list[Section] = []
    org = policy.organisation
    if org.vision:
        sections.append(Section(t["vision"], [text(org.vision)]))
    if org.mission:
        sections.append(Section(t["mission"], [text(org.mission)]))
    if policy.scope:
        sections.append(Section(t["scope"], [text(policy.scope)]))
    if policy.definitions:
        sections.append(Section(t["definitions"],
                                table=[(k, text(v)) for k, v in policy.definitions.items()]))
    sections.append(Section(t["standards"]))
    sections.append(Section(t["we_always"], items=[text(s) for s in policy.standards.we_always],
                            level=3))
    sections.append(Section(t["we_never"], items=[text(s) for s in policy.standards.we_never],
                            level=3))

    c = policy.channels
    sections.append(Section(t["channels"]))
    sections.append(Section(t["inquiry"], [t["inquiry_ack"].format(
        a=d(policy.inquiry.acknowledge_within), b=d(policy.inquiry.answer_within))], level=3))
    phone = [t["answer_rings"].format(n=c.phone.answer_within_rings)]
    if c.phone.offer_voicemail_or_callback:
        phone.append(t["callback"].format(d=d(c.phone.callback_within)))
    sections.append(Section(t["phone"], phone, level=3))
    sections.append(Section(t["voicemail"], [t["voicemail_check"].format(
        d=d(c.voicemail.check_every), m=d(c.voicemail.return_within))], level=3))
    email = [t["email_reply"].format(d=d(c.email.first_reply_within))]
    if c.email.acknowledge_after is not None:
        email.append(t["email_ack"].format(d=d(c.email.acknowledge_after)))
    sections.append(Section(t["email"], email, level=3))
    sections.append(Section(t["chat"], [t["chat_reply"].format(
        d=d(c.chat.first_reply_within))], level=3))
    sections.append(Section(t["visit"], [t["visit_greet"].format(
        n=c.visit.greet_within_seconds)], level=3))
    for name in ("web_form", "letter", "social", "review"):
        commitment = getattr(c, name)
        sections.append(Section(t[name], [t["written_reply"].format(
            d=d(commitment.first_reply_within))], level=3))

    hours = Section(t["hours"])
    for name, spec in policy.calendars.items():
        rows = [(t[day], ", ".join(spec.weekly.get(day, [])) or t["closed"])
                for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
        hours.items.append(f"{name} ({spec.timezone})")
        hours.table.extend(rows)
        if spec.country:
            hours.paragraphs.append(t["holidays_of"].format(c=spec.country))
    sections.append(hours)

    if policy.internal_escalation:
        sections.append(Section(t["escalation"], [text(policy.internal_escalation)]))
    cm = policy.complaints
    sections.append(Section(t["complaints"], [
        t["cmp_ack"].format(d=d(cm.acknowledge_within)),
        t["cmp_follow"].format(d=d(cm.follow_up_within)),
        t["cmp_reply"].format(d=d(cm.manager_reply_within)),
        t["cmp_review"].format(c=t[cm.review_cadence]),
        *([text(cm.procedure)] if cm.procedure else []),
    ]))
    sections.append(Section(t["categories"], items=[text(cat.label) for cat in cm.categories],
                            level=3))
    fb = policy.feedback
    sections.append(Section(t["feedback"], [
        t["feedback_survey"].format(d=d(fb.survey_after), n=fb.scale), text(fb.question)]))
    roles = policy.roles
    sections.append(Section(t["roles"], items=[
        t["role_limits"].format(role=t[name], r=_num(limits.refund_limit),
                                x=_num(limits.exchange_limit), p=_num(limits.discount_percent),
                                c=roles.currency)
        for name, limits in (("agent", roles.agent), ("supervisor", roles.supervisor),
                             ("manager", roles.manager))]))
    if policy.enforcement:
        sections.append(Section(t["enforcement"], [text(policy.enforcement)]))
    contact = org.contact
    contact_lines = [x for x in (org.legal_name or org.name, contact.address, contact.phone,
                                 contact.email) if x]
    sections.append(Section(t["contact"], contact_lines))
    sections.append(Section(t["changelog"], [
        f"{t['last_changed']}: {policy.last_changed.isoformat()} · {t['version']} "
        f"{policy.version_label} · {t['review_due']}: {policy.review_due.isoformat()}"],
        table=[(f"{e.version} ({e.date.isoformat()})", f"{e.summary} — {e.author}")
               for e in policy.changelog]))
    return f"{org.name}: {title}", sections


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def render_markdown(policy: Policy, lang: str) -> str:
    title, sections = build_sections(policy, lang)
    out = [f"# {title}", ""]
    for s in sections:
        out += [f"{'#' * s.level} {s.heading}", ""]
        out += [p + "\n" for p in s.paragraphs]
        if s.items:
            out += [f"- {item}" for item in s.items] + [""]
        if s.table:
            out += ["| | |", "|---|---|"] + [f"| {a} | {b} |" for a, b in s.table] + [""]
    return "\n".join(out).rstrip() + "\n"


CSS = """
@page { size: A4; margin: 2cm 2cm 2.2cm; @bottom-right { content: counter(page); } }
body { font-family: "DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif;
       font-size: 10.5pt; line-height: 1.45; color: #1d2330; max-width: 46em; margin: 2em auto; }
h1 { font-size: 20pt; border-bottom: 2px solid #1f5fbf; padding-bottom: .3em; }
h2 { font-size: 14pt; color: #1f5fbf; margin-top: 1.4em; }
h3 { font-size: 11.5pt; margin-bottom: .2em; }
table { border-collapse: collapse; width: 100%; }
td { border-bottom: 1px solid #d9dde5; padding: .25em .4em; vertical-align: top; }
td:first-child { width: 35%; font-weight: 600; }
@media print { body { margin: 0; max-width: none; } }
"""


def render_html(policy: Policy, lang: str) -> str:
    title, sections = build_sections(policy, lang)
    e = html.escape
    html_lang = "zh-Hans" if lang.startswith("zh") and lang != "zh-Hant" else lang
    parts = [f'<!doctype html>\n<html lang="{e(html_lang)}">\n<head><meta charset="utf-8">',
             f"<title>{e(title)}</title><style>{CSS}</style></head>\n<body>",
             f"<h1>{e(title)}</h1>"]
    for s in sections:
        parts.append(f"<h{s.level}>{e(s.heading)}</h{s.level}>")
        parts += [f"<p>{e(p)}</p>" for p in s.paragraphs]
        if s.items:
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in s.items) + "</ul>")
        if s.table:
            parts.append("<table>" + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>"
                                             for a, b in s.table) + "</table>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def render_pdf(policy: Policy, lang: str) -> bytes:
    from weasyprint import HTML

    return bytes(HTML(string=render_html(policy, lang)).write_pdf())


def render_policy(policy: Policy, format: Format = "html", lang: str | None = None) -> str | bytes:
    language = lang or policy.languages.default
    if format == "md":
        return render_markdown(policy, language)
    if format == "html":
        return render_html(policy, language)
    if format == "pdf":
        return render_pdf(policy, language)
    raise ValueError(f"format must be html, md or pdf, not {format!r}")
