"""The policy's schema (pydantic). Every field's description feeds the reference page.

Durations are written as people write them (``90m``, ``24h``, ``2d``, ``5wd``); texts that
are read by customers or staff may be one string or a mapping of language to string.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date as Date
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    field_validator,
    model_validator,
)

from tactful.sla.calendar import BusinessCalendar, CalendarError, build_calendar
from tactful.sla.duration import Duration, parse_duration

from .texts import Text, pick
from .webform import DEFAULT_FIELDS, FormField, check_fields

LanguageCode = Literal["en", "hu", "et", "ro", "zh-Hans", "zh-Hant"]
ChannelName = Literal["email", "web_form", "chat", "phone", "voicemail", "visit", "letter",
                      "social", "review"]
PriorityName = Literal["low", "normal", "high", "urgent"]
RoleName = Literal["agent", "supervisor", "manager", "admin"]


def _duration(value: Any) -> Duration:
    if isinstance(value, Duration):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValueError(f"{value} has no unit; write e.g. '{value}m', '{value}h' or "
                         f"'{value}wd'")
    return parse_duration(value)


PolicyDuration = Annotated[Duration, BeforeValidator(_duration),
                           PlainSerializer(str, return_type=str)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contact(Strict):
    email: str = Field("", description="Where customers write about the policy.")
    phone: str = Field("", description="The customer-service phone number.")
    address: str = Field("", description="Postal address for letters and complaints.")


class Organisation(Strict):
    name: str = Field(min_length=1, description="The organisation's name as customers know it.")
    legal_name: str = Field("", description="Registered name, for letters.")
    vision: Text = Field(default_factory=dict, description="The vision statement.")
    mission: Text = Field(default_factory=dict, description="The mission statement.")
    contact: Contact = Field(default_factory=lambda: Contact(),
                             description="Contact details printed in the document.")


class Standards(Strict):
    we_always: list[Text] = Field(default_factory=list, description='"We always…" promises.')
    we_never: list[Text] = Field(default_factory=list, description='"We never…" promises.')


class Languages(Strict):
    default: LanguageCode = Field("en", description="Language of the document and of mail "
                                  "to customers whose language is unknown.")
    supported: list[LanguageCode] = Field(default_factory=lambda: ["en"],
                                          description="Languages the desk serves.")


class CalendarSpec(Strict):
    timezone: str = Field(description="IANA time zone, e.g. Europe/Budapest.")
    weekly: dict[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], list[str]] = Field(
        description='Opening hours per weekday: ["08:00-12:00", "13:00-17:00"]; '
                    '"22:00-06:00" runs past midnight; "00:00-24:00" is the whole day.')
    country: str | None = Field(None, description="ISO 3166 code for public holidays (HU, EE, "
                                "RO, CN, TW, GB…).")
    subdivision: str | None = Field(None, description="Region for holidays, e.g. ENG.")
    closures: dict[Date, str] = Field(default_factory=dict,
                                      description="The organisation's own closed days.")
    special_hours: dict[Date, list[str]] = Field(
        default_factory=dict, description="Dates with their own hours; [] closes the day.")
    observe_country_workdays: bool = Field(
        True, description="Open on weekend days the country makes working days.")
    half_day_shortening_hours: float | None = Field(
        None, ge=0, le=12, description="Hours by which official half days close early "
                                       "(default: 3 in Estonia, else 0).")

    @model_validator(mode="after")
    def _buildable(self) -> CalendarSpec:
        try:
            _build("this calendar", self)
        except CalendarError as exc:
            raise ValueError(str(exc).replace("calendar 'this calendar'", "the calendar")
                             .replace("calendar 'this calendar' ", "")) from exc
        return self


class Team(Strict):
    name: str = Field(description="The team's name.")
    calendar: str = Field(description="Name of its business calendar.")
    email: str = Field("", description="The team's address for email.")
    on_duty: str = Field("", description="User name told outside the working hours of the "
                         "person the escalation ladder names.")


class PhoneCommitment(Strict):
    answer_within_rings: int = Field(3, ge=1, le=30,
                                     description="Rings before an answer (R-PHONE-1).")
    ring_seconds: int = Field(6, ge=1, le=30, description="Length of one ring in seconds.")
    offer_voicemail_or_callback: bool = Field(True, description="At high volume, offer "
                                              "voicemail or a callback (R-PHONE-2).")
    callback_within: PolicyDuration = Field(_duration("4h"), description="A requested "
                                            "callback is made within this business time.")


class VoicemailCommitment(Strict):
    check_every: PolicyDuration = Field(_duration("2h"), description="How often the voicemail "
                                        "inbox is checked (R-PHONE-3).")
    return_within: PolicyDuration = Field(_duration("60m"), description="A voicemail is "
                                          "returned within this business time.")
    greeting_max_age_days: int = Field(90, ge=1, description="A greeting older than this is "
                                       "flagged as stale (R-PHONE-4).")


class EmailCommitment(Strict):
    first_reply_within: PolicyDuration = Field(_duration("24h"), description="First reply "
                                               "target in business time (R-MAIL-1).")
    next_reply_within: PolicyDuration = Field(_duration("24h"), description="Each later reply.")
    acknowledge_after: PolicyDuration | None = Field(
        _duration("0m"), description="Send the automatic acknowledgement if no reply within "
        "this time (R-MAIL-2); 0m sends it at once; null sends none.")
    acknowledgement: Text = Field(default_factory=dict, description="The acknowledgement's "
                                  "text per language; {subject}, {organisation}, {token} (the "
                                  "reference to keep in the subject) and {name} are filled; "
                                  "built-in texts serve the languages it leaves out.")
    acknowledgement_subject: Text = Field(default_factory=dict, description="The "
                                          "acknowledgement's subject per language; the "
                                          "customer's subject follows it.")
    notice: Text = Field(default_factory=dict, description="The polite notice that part of "
                         "a message was not kept (too large, attachment type refused, nested "
                         "too deeply), per language; {subject}, {problem} (what happened, one "
                         "sentence each) and {organisation} are filled.")
    max_message_mb: int = Field(25, ge=1, le=200, description="Larger mail is flagged.")
    blocked_attachment_types: list[str] = Field(
        default_factory=lambda: [".exe", ".bat", ".js", ".scr", ".com", ".vbs"],
        description="Attachment endings that are kept out.")


class ChatCommitment(Strict):
    first_reply_within: PolicyDuration = Field(_duration("2m"), description="First answer "
                                               "(R-CHAT-1).")
    then_offer: list[Literal["leave_message", "callback"]] = Field(
        default_factory=lambda: ["leave_message", "callback"],
        description="What the widget offers when nobody answers in time.")


class VisitCommitment(Strict):
    greet_within_seconds: int = Field(60, ge=1, le=3600, description="Visitors are greeted "
                                      "within this many seconds (R-VISIT-1).")


class WrittenCommitment(Strict):
    first_reply_within: PolicyDuration = Field(_duration("24h"), description="First reply.")


class WebFormCommitment(WrittenCommitment):
    fields: list[FormField] = Field(
        default_factory=lambda: list(DEFAULT_FIELDS), description="The contact form's "
        "fields, in order (R-MAIL-3): email and message are required; see below.")
    title: Text = Field(default_factory=dict, description="The form's heading per language "
                        "(default: Contact us, translated).")
    intro: Text = Field(default_factory=dict, description="The sentence under the heading.")
    submit: Text = Field(default_factory=dict, description="The send button's label.")
    thanks: Text = Field(default_factory=dict, description="What the page says once the "
                         "form is sent.")

    @field_validator("fields")
    @classmethod
    def _whole_form(cls, value: list[FormField]) -> list[FormField]:
        return check_fields(value)


class Channels(Strict):
    phone: PhoneCommitment = Field(default_factory=lambda: PhoneCommitment())
    voicemail: VoicemailCommitment = Field(default_factory=lambda: VoicemailCommitment())
    email: EmailCommitment = Field(default_factory=lambda: EmailCommitment())
    chat: ChatCommitment = Field(default_factory=lambda: ChatCommitment())
    visit: VisitCommitment = Field(default_factory=lambda: VisitCommitment())
    web_form: WebFormCommitment = Field(default_factory=lambda: WebFormCommitment())
    letter: WrittenCommitment = Field(
        default_factory=lambda: WrittenCommitment(first_reply_within=_duration("5wd")))
    social: WrittenCommitment = Field(
        default_factory=lambda: WrittenCommitment(first_reply_within=_duration("4h")))
    review: WrittenCommitment = Field(
        default_factory=lambda: WrittenCommitment(first_reply_within=_duration("2d")))


class Inquiry(Strict):
    acknowledge_within: PolicyDuration = Field(_duration("60m"), description="Every inquiry "
                                               "is acknowledged within this (R-ACK-1).")
    answer_within: PolicyDuration = Field(_duration("24h"), description="…and answered within "
                                          "this, a separate clock (R-ACK-1).")
    resolve_within: PolicyDuration | None = Field(_duration("10wd"), description="Resolution "
                                                  "target; null for none.")


class Warnings(Strict):
    before_breach: float = Field(0.2, gt=0, lt=1, description="Warn when this share of the "
                                 "target is left (0.2: at 80 % of the time).")
    at_least: PolicyDuration = Field(_duration("15m"), description="…but never later than "
                                     "this before the breach.")


NOTIFY_ROLES = ("assignee", "team_supervisors", "managers", "on_duty")


def _check_notify(value: list[str]) -> list[str]:
    for item in value:
        if item not in NOTIFY_ROLES and not (item.startswith("user:") and len(item) > 5):
            raise ValueError(f"{item!r} is not someone the ladder can tell; use "
                             f"{', '.join(NOTIFY_ROLES)} or user:NAME")
    return value


class EscalationStep(Strict):
    at: Literal["warning", "breach"] = Field(description="When the step fires.")
    after: PolicyDuration = Field(_duration("0m"), description="Delay after that moment.")
    notify: list[str] = Field(
        default_factory=list, description="Who is told (in-app and by email): assignee, "
        "team_supervisors, managers, on_duty, or a named person as user:NAME.")
    raise_priority: bool = Field(False, description="Raise the conversation's priority a step.")
    reassign_to_team: str | None = Field(None, description="Move it to this team.")

    @field_validator("notify")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        return _check_notify(value)


class Escalation(Strict):
    steps: list[EscalationStep] = Field(default_factory=lambda: [
        EscalationStep(at="warning", notify=["assignee"]),
        EscalationStep(at="breach", notify=["assignee", "team_supervisors"],
                       raise_priority=True),
        EscalationStep(at="breach", after=_duration("2h"), notify=["managers"]),
    ], description="The ladder: who is told and what happens at a warning and a breach.")


DEFAULT_CATEGORIES = [
    ("bad_attitude", {"en": "Bad attitude of a member of staff", "hu": "Rossz hozzáállás",
                      "zh-Hans": "服务态度差", "et": "Halb suhtumine", "ro": "Atitudine "
                      "necorespunzătoare"}),
    ("no_reschedule_call", {"en": "Not called to reschedule work that could not be done that "
                            "day", "zh-Hans": "当天无法完成的工作未致电客户改约"}),
    ("lost_customer_data", {"en": "Customer data lost", "zh-Hans": "客户资料丢失"}),
    ("problem_not_recorded", {"en": "Problem not recorded", "zh-Hans": "问题未登记"}),
    ("missing_feedback_form", {"en": "Problem-feedback form missing",
                               "zh-Hans": "未填写问题反馈单"}),
    ("job_over_time_limit", {"en": "Service job over its time limit without explanation",
                             "zh-Hans": "服务超时且未说明原因"}),
]


class ComplaintCategory(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{2,40}$", description="A stable identifier.")
    label: Text = Field(description="What staff and reports show.")


class Complaints(Strict):
    acknowledge_within: PolicyDuration = Field(_duration("5wd"), description="Written "
                                               "acknowledgement with the procedure (R-CMP-3).")
    follow_up_within: PolicyDuration = Field(_duration("20wd"), description="If unresolved, "
                                             "a letter saying when to expect an answer "
                                             "(R-CMP-4).")
    manager_reply_within: PolicyDuration = Field(_duration("48h"), description="Manager's "
                                                 "answer after the staff report (R-CMP-5).")
    review_cadence: Literal["daily", "weekly", "monthly"] = Field(
        "weekly", description="How often complaints are reviewed (R-CMP-7).")
    procedure: Text = Field(default_factory=dict, description="The complaint procedure "
                            "sent with every acknowledgement.")
    categories: list[ComplaintCategory] = Field(
        default_factory=lambda: [ComplaintCategory(id=i, label=label)
                                 for i, label in DEFAULT_CATEGORIES],
        description="What counts as a complaint (R-CMP-6; seed 003's six by default).")


class Feedback(Strict):
    survey_after: PolicyDuration = Field(_duration("1h"), description="Delay after closing.")
    channels: list[ChannelName] = Field(default_factory=lambda: ["email", "chat", "web_form"],
                                        description="Conversations that get a survey.")
    scale: int = Field(5, ge=2, le=10, description="Answers from 1 to this.")
    question: Text = Field(default_factory=lambda: {"en": "How satisfied are you with our "
                                                    "service?"},
                           description="The survey question.")


class RoleLimits(Strict):
    refund_limit: float = Field(0, ge=0, description="Largest refund without approval.")
    exchange_limit: float = Field(0, ge=0, description="Largest exchange without approval.")
    discount_percent: float = Field(0, ge=0, le=100, description="Largest discount.")


class Roles(Strict):
    currency: str = Field("EUR", pattern=r"^[A-Z]{3}$", description="ISO 4217 currency.")
    agent: RoleLimits = Field(default_factory=lambda: RoleLimits())
    supervisor: RoleLimits = Field(default_factory=lambda: RoleLimits())
    manager: RoleLimits = Field(default_factory=lambda: RoleLimits())


class ForbiddenPhrase(Strict):
    phrase: str = Field(min_length=1, description="What must not be said.")
    better: str = Field("", description="What to say instead.")


class CheckerRules(Strict):
    greeting_parts: dict[str, list[str]] = Field(
        default_factory=dict, description="Prescribed greeting parts per language, each a "
        "list of options; {agent} and {organisation} are filled (R-TALK-1).")
    closing_parts: dict[str, list[str]] = Field(
        default_factory=dict, description="Prescribed closing phrases per language (R-TALK-2).")
    forbidden: dict[str, list[ForbiddenPhrase]] = Field(
        default_factory=dict, description="The organisation's own forbidden phrases per "
        "language, with better ones (R-TALK-4).")
    jargon: list[str] = Field(default_factory=list, description="Words customers may not "
                              "understand (R-TALK-7).")
    accept_words: list[str] = Field(default_factory=list, description="Product and place "
                                    "names the spelling check accepts (R-TALK-8).")
    formal_address: bool = Field(True, description="Require the formal form of address "
                                 "(R-TALK-3).")


class ChangeLogEntry(Strict):
    version: str = Field(min_length=1, description="The version label.")
    date: Date = Field(description="When it took effect.")
    author: str = Field(min_length=1, description="Who changed it.")
    summary: str = Field(min_length=1, description="What changed.")


class Review(Strict):
    every_months: int = Field(12, ge=1, le=12, description="Reviewed at least this often "
                              "(R-POL-3; at most yearly).")


class Policy(Strict):
    """The whole policy. ``Policy.calendar(name)`` builds a business calendar."""

    title: Text = Field(default_factory=lambda: {"en": "Customer service policy"},
                        description="The document's title.")
    organisation: Organisation
    scope: Text = Field(default_factory=dict, description="Whom the policy applies to.")
    definitions: dict[str, Text] = Field(default_factory=dict, description="Terms used.")
    standards: Standards = Field(default_factory=lambda: Standards())
    languages: Languages = Field(default_factory=lambda: Languages())
    calendars: dict[str, CalendarSpec] = Field(min_length=1, description="Named business "
                                               "calendars (R-SLA-1).")
    default_calendar: str | None = Field(None, description="Calendar for teams that name "
                                         "none; the first one when empty.")
    teams: dict[str, Team] = Field(default_factory=dict, description="Teams by slug.")
    channels: Channels = Field(default_factory=lambda: Channels())
    inquiry: Inquiry = Field(default_factory=lambda: Inquiry())
    priorities: dict[PriorityName, float] = Field(
        default_factory=lambda: {"urgent": 0.25, "high": 0.5, "normal": 1.0, "low": 1.5},
        description="Multiplier of every target per priority; below 1 tightens.")
    pausing_statuses: list[Literal["waiting_on_customer"]] = Field(
        default_factory=lambda: ["waiting_on_customer"], description="Statuses that pause "
        "the clocks (R-SLA-2).")
    warnings: Warnings = Field(default_factory=lambda: Warnings())
    escalation: Escalation = Field(default_factory=lambda: Escalation())
    complaints: Complaints = Field(default_factory=lambda: Complaints())
    feedback: Feedback = Field(default_factory=lambda: Feedback())
    roles: Roles = Field(default_factory=lambda: Roles())
    internal_escalation: Text = Field(default_factory=dict, description="How staff take an "
                                      "issue to a supervisor (R-ESC-1), in words.")
    enforcement: Text = Field(default_factory=dict, description="How the policy is enforced.")
    checker: CheckerRules = Field(default_factory=lambda: CheckerRules())
    review: Review = Field(default_factory=lambda: Review())
    changelog: list[ChangeLogEntry] = Field(min_length=1, description="Every change, newest "
                                            "last (R-POL-3).")

    @field_validator("priorities")
    @classmethod
    def _positive(cls, value: dict[str, float]) -> dict[str, float]:
        for name, factor in value.items():
            if not 0 < factor <= 10:
                raise ValueError(f"the multiplier of {name} must be above 0 and at most 10")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        problems: list[str] = []
        for slug, team in self.teams.items():
            if team.calendar not in self.calendars:
                problems.append(f"team {slug}: calendar {team.calendar!r} is not defined; "
                                f"use one of {', '.join(self.calendars)}")
        if self.default_calendar and self.default_calendar not in self.calendars:
            problems.append(f"default_calendar {self.default_calendar!r} is not defined")
        ack, answer = self.inquiry.acknowledge_within, self.inquiry.answer_within
        if ack.time is not None and answer.time is not None and ack.time > answer.time:
            problems.append("inquiry: acknowledge_within is longer than answer_within; the "
                            "acknowledgement must come first")
        email = self.channels.email
        if (email.acknowledge_after is not None and email.acknowledge_after.time is not None
                and email.first_reply_within.time is not None
                and email.acknowledge_after.time >= email.first_reply_within.time):
            problems.append("channels.email: acknowledge_after is not shorter than "
                            "first_reply_within, so the acknowledgement could never come first")
        if self.languages.default not in self.languages.supported:
            problems.append(f"languages: the default {self.languages.default} is not among "
                            "the supported languages")
        for step in self.escalation.steps:
            if step.reassign_to_team and step.reassign_to_team not in self.teams:
                problems.append(f"escalation: team {step.reassign_to_team!r} is not defined")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    # -- derived views -------------------------------------------------------------------

    def calendar(self, name: str | None = None) -> BusinessCalendar:
        """The business calendar ``name`` (the default calendar when None)."""
        key = name or self.default_calendar or next(iter(self.calendars))
        if key not in self.calendars:
            raise KeyError(f"calendar {key!r} is not in the policy")
        return self._calendars[key]

    @cached_property
    def _calendars(self) -> dict[str, BusinessCalendar]:
        return {name: _build(name, spec) for name, spec in self.calendars.items()}

    @cached_property
    def fingerprint(self) -> str:
        """A hash of the normalised content: equal policies, equal fingerprints."""
        data = self.model_dump(mode="json")
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    @property
    def last_changed(self) -> Date:
        return max(entry.date for entry in self.changelog)

    @property
    def version_label(self) -> str:
        return max(self.changelog, key=lambda e: e.date).version

    @property
    def review_due(self) -> Date:
        """A review falls due this long after the last change (R-POL-3)."""
        last = self.last_changed
        month = last.month - 1 + self.review.every_months
        year, month = last.year + month // 12, month % 12 + 1
        day = min(last.day, 28)
        return Date(year, month, day)

    def multiplier(self, priority: str) -> float:
        return self.priorities.get(priority, 1.0)  # type: ignore[call-overload]

    def text(self, value: dict[str, str] | None, lang: str | None = None) -> str:
        return pick(value, lang or self.languages.default)


def _build(name: str, spec: CalendarSpec) -> BusinessCalendar:
    return build_calendar(
        name=name, timezone=spec.timezone, weekly=dict(spec.weekly), country=spec.country,
        subdivision=spec.subdivision, closures=spec.closures,
        special_hours=spec.special_hours,
        observe_country_workdays=spec.observe_country_workdays,
        half_day_shortening_hours=spec.half_day_shortening_hours,
    )

