"""The demo: two fictional companies, their staff, customers and conversations.

Pannon Energia is a utility serving Hungary, Estonia and Romania; Lumo Shop is an e-shop
serving China and the United Kingdom, with a complaints desk of its own. Everything is
written through the desk's services (teams, staff, customers, conversations, messages,
references, complaints, escalations, callbacks, status changes), then placed at its time in
the last 30 days with :func:`tactful.desk.services.seeding.backdate_conversation`, the
audited service for data that happened before it reached the desk.

The same seed gives the same organisation, customers and conversations (texts, channels,
kinds, statuses, priorities, references, times relative to now). Most agent replies keep
the protocol; some break it on purpose (Hungarian "Ezt nem tudom kezelni", informal
Romanian "tu", Chinese 你 for 您, a reply in traditional characters, English "I'm busy,
call again later") so that the checker and the dashboard have something to find.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from .demo_data import Customer as CustomerData
from .demo_data import Scenario, en, et, hu, ro, zh
from .models import Conversation, Customer, Team
from .models.choices import Channel, Status
from .services import complaints, escalations, follow_ups, policies, seeding, staff, teams
from .services import conversations as conv_services
from .services import customers as customer_services
from .services import messages as message_services

ACTOR = "demo"
DEMO_POLICY = Path(__file__).resolve().parents[1] / "policy/examples/pannon-energia.hu.yaml"
LANGUAGES: list[ModuleType] = [hu, et, ro, zh, en]
WEIGHTS = [30, 15, 15, 20, 20]
CHANNELS = [c.value for c in Channel]
LIVE_CHANNELS = {"chat", "phone", "visit"}
CALLBACK_CHANNELS = {"phone", "voicemail", "web_form", "chat"}
BATCH = 50
MAX_MESSAGES = 6

COMPLAINTS_TEAM = ("Complaints", "complaints", "complaints@lumoshop.example")
COMPLAINTS_STAFF = [
    ("priya", "Priya Shah", "agent", "en"),
    ("liuyang", "刘洋", "agent", "zh-Hans"),
    ("james", "James Whitfield", "supervisor", "en"),
]
MANAGER = ("marta", "Kovács Márta", "manager", "hu")
ADMIN = ("admin", "Administrator", "admin", "en")

STATUSES = [Status.NEW, Status.OPEN, Status.WAITING_ON_CUSTOMER, Status.RESOLVED, Status.CLOSED]
STATUS_WEIGHTS = [15, 25, 15, 25, 20]
PRIORITIES = ["low", "normal", "high", "urgent"]
PRIORITY_WEIGHTS = [15, 60, 20, 5]
# Complaints and follow-ups are each about a tenth of the desk's work, not a quarter.
SCENARIO_WEIGHT = {"inquiry": 1.0, "complaint": 0.35, "follow_up": 0.6}


class DemoPasswordHasher(PBKDF2PasswordHasher):
    """PBKDF2 with few rounds, for the demo's passwords only.

    They are printed for anyone to read, so a slow hash protects nothing and would cost
    about a second a user. The hash names the standard algorithm (``pbkdf2_sha256``) with
    its round count, so Django verifies it with its own hasher and re-hashes it with the
    full work factor at the user's first login.
    """

    iterations = 1000


@contextmanager
def _demo_password_hashing() -> Iterator[None]:
    default = "django.contrib.auth.hashers.PBKDF2PasswordHasher"
    if settings.PASSWORD_HASHERS[:1] != [default]:
        yield  # a site (or a test run) that chose its own hasher keeps it
        return
    with override_settings(PASSWORD_HASHERS=[f"{__name__}.DemoPasswordHasher",
                                             *settings.PASSWORD_HASHERS]):
        yield


class DemoAlreadyLoaded(RuntimeError):
    """The demo's users exist already; loading it twice would clash."""


def password_for(username: str) -> str:
    return f"demo-{username}"


def demo_usernames() -> list[str]:
    names = [u for mod in LANGUAGES for u, _, _ in mod.STAFF]
    names += [u for u, *_ in COMPLAINTS_STAFF] + [MANAGER[0], ADMIN[0]]
    return names


def logins() -> str:
    """The demo's users with their passwords, one per line (printed by ``make run``)."""
    rows = [("user", "password", "role", "name, team")]
    for mod in LANGUAGES:
        rows += [(u, password_for(u), role, f"{name}, {mod.TEAM} ({mod.ORGANISATION})")
                 for u, name, role in mod.STAFF]
    rows += [(u, password_for(u), role, f"{name}, {COMPLAINTS_TEAM[0]} (Lumo Shop)")
             for u, name, role, _ in COMPLAINTS_STAFF]
    rows.append((MANAGER[0], password_for(MANAGER[0]), MANAGER[2],
                 f"{MANAGER[1]}, customer-service manager, sees every team"))
    rows.append((ADMIN[0], password_for(ADMIN[0]), ADMIN[2],
                 "Administrator, also the Django admin at /admin/"))
    lines = [f"  {u:<9} {p:<15} {r:<11} {n}" for u, p, r, n in rows]
    return "Demo logins (sign in at /login/):\n" + "\n".join(lines)


@dataclass
class Cast:
    """Who exists: teams by language, agents and supervisors by team, customers."""

    team_of: dict[str, Team] = field(default_factory=dict)
    complaints_team: Team | None = None
    agents: dict[int, list[Any]] = field(default_factory=dict)  # team pk -> agents
    supervisors: dict[int, list[Any]] = field(default_factory=dict)
    customers: dict[str, list[tuple[Customer, CustomerData]]] = field(default_factory=dict)
    manager: Any = None


@dataclass(frozen=True)
class Plan:
    """One conversation, decided from the seed alone before anything is written."""

    language: ModuleType
    scenario: Scenario
    customer_index: int
    channel: str
    kind: str
    status: str
    priority: str
    to_complaints_team: bool
    turns: tuple[tuple[str, str], ...]  # (direction, text) with placeholders
    ref_number: int
    agent_pick: float
    assigned: bool
    closing: int
    note: str
    escalate: bool
    answer_escalation: bool
    created_at: datetime
    step: timedelta


def load_demo(*, conversations: int = 300, seed: int = 7, only_if_empty: bool = False) -> str:
    """Load the demo organisation and ``conversations`` conversations; return a summary.

    With ``only_if_empty`` nothing is done when the demo's users exist already (the summary
    says so); without it that case raises :class:`DemoAlreadyLoaded`.
    """
    taken = sorted(get_user_model().objects.filter(username__in=demo_usernames())
                   .values_list("username", flat=True))
    if taken:
        if only_if_empty:
            return ("The demo is already loaded (its users exist); nothing was changed.\n"
                    + logins())
        raise DemoAlreadyLoaded(
            f"The demo's user names are taken ({', '.join(taken)}); the demo is loaded "
            "already. Use --once to skip it, or start from an empty database.")
    plans = plan_conversations(conversations, seed=seed, now=timezone.now())
    with transaction.atomic(), _demo_password_hashing():
        # Pannon Energia's policy drives the demo's clocks, checker and documents.
        policies.upload_policy(actor=ACTOR, text=DEMO_POLICY.read_text(encoding="utf-8"),
                               summary="Demo: Pannon Energia's customer service policy")
        cast = _cast()
    messages = 0
    for start in range(0, len(plans), BATCH):
        with transaction.atomic():
            for plan in plans[start:start + BATCH]:
                messages += _write(plan, cast)
    staff_count = len(demo_usernames())
    customer_count = sum(len(c) for c in cast.customers.values())
    return (
        f"Demo loaded: Pannon Energia (Hungary, Estonia, Romania) and Lumo Shop (China, the "
        f"UK); {len(cast.team_of) + 1} teams, {staff_count} staff, {customer_count} customers, "
        f"{len(plans)} conversations with {messages} messages over the last 30 days.\n"
        + logins()
    )


# -- the people ---------------------------------------------------------------------------


def _cast() -> Cast:
    cast = Cast()
    for mod in LANGUAGES:
        team = teams.create_team(actor=ACTOR, name=mod.TEAM, slug=mod.TEAM_SLUG,
                                 email_address=mod.TEAM_EMAIL)
        cast.team_of[mod.LANGUAGE] = team
        for username, name, role in mod.STAFF:
            _staff_member(cast, team, username, name, role, mod.LANGUAGE)
    name, slug, email = COMPLAINTS_TEAM
    cast.complaints_team = teams.create_team(actor=ACTOR, name=name, slug=slug,
                                             email_address=email)
    for username, display, role, language in COMPLAINTS_STAFF:
        _staff_member(cast, cast.complaints_team, username, display, role, language)
    for username, display, role, language in (MANAGER, ADMIN):
        user = staff.create_staff_user(
            actor=ACTOR, username=username, password=password_for(username), role=role,
            display_name=display, email=f"{username}@staff.example", language=language)
        if role == "manager":
            cast.manager = user
    for mod in LANGUAGES:
        cast.customers[mod.LANGUAGE] = [
            (customer_services.create_customer(
                actor=ACTOR, name=data.name, code=f"{mod.CODE_PREFIX}-{1000 + index}",
                preferred_language=mod.LANGUAGE, form_of_address=data.form, title=data.title,
                contacts=[("email", data.email), ("phone", data.phone),
                          ("postal", data.address)],
            ), data)
            for index, data in enumerate(mod.CUSTOMERS, 1)
        ]
    return cast


def _staff_member(cast: Cast, team: Team, username: str, name: str, role: str,
                  language: str) -> None:
    user = staff.create_staff_user(
        actor=ACTOR, username=username, password=password_for(username), role=role,
        teams=[team], display_name=name, email=f"{username}@staff.example", language=language)
    if role == "agent":
        cast.agents.setdefault(team.pk, []).append(user)
    else:
        cast.supervisors.setdefault(team.pk, []).append(user)
        if team.on_duty_id is None:
            teams.set_on_duty(team, actor=ACTOR, user=user)


# -- deciding a conversation from the seed ------------------------------------------------


def plan_conversations(count: int, *, seed: int, now: datetime) -> list[Plan]:
    """What the demo will write, oldest first: a function of the seed and ``now`` only."""
    rng = random.Random(seed)
    return sorted((_plan(rng, index, now) for index in range(count)),
                  key=lambda p: p.created_at)


def _plan(rng: random.Random, index: int, now: datetime) -> Plan:
    # The first 45 conversations walk every (language, channel) pair (5 and 9 are coprime),
    # so even a small demo shows every channel in every language.
    if index < len(LANGUAGES) * len(CHANNELS):
        mod = LANGUAGES[index % len(LANGUAGES)]
        channel = CHANNELS[index % len(CHANNELS)]
    else:
        mod = rng.choices(LANGUAGES, WEIGHTS)[0]
        channel = rng.choice(CHANNELS)
    scenarios: list[Scenario] = mod.SCENARIOS
    wanted = {0: "complaint", 3: "follow_up"}.get(index % 7) if index < 45 else None
    pool = [s for s in scenarios if s.kind == wanted] if wanted else scenarios
    scenario = rng.choices(pool, [SCENARIO_WEIGHT.get(s.kind, 1.0) for s in pool])[0]
    kind = scenario.kind
    if kind == "inquiry" and channel in CALLBACK_CHANNELS and (
            channel == "voicemail" or rng.random() < 0.25):
        kind = "callback"
    statuses = STATUSES[1:] if kind == "follow_up" else STATUSES
    status = rng.choices(statuses, STATUS_WEIGHTS[-len(statuses):])[0]
    turns = _turns(rng, mod, scenario, status)
    note = ""
    if len(turns) < MAX_MESSAGES and status != Status.NEW and rng.random() < 0.3:
        note = rng.choice(mod.NOTES)
    escalate = status in (Status.OPEN, Status.WAITING_ON_CUSTOMER) and rng.random() < 0.12
    created_at = now - timedelta(minutes=rng.randrange(90, 30 * 24 * 60))
    if channel == "chat":
        step = timedelta(seconds=rng.randrange(40, 240))
    elif channel in ("phone", "visit"):
        step = timedelta(seconds=rng.randrange(30, 150))
    else:
        step = timedelta(minutes=rng.randrange(45, 20 * 60))
    # Everything (messages, resolution) has happened before now.
    room = (now - timedelta(minutes=5) - created_at) / (len(turns) + 2)
    return Plan(
        language=mod, scenario=scenario,
        customer_index=rng.randrange(len(mod.CUSTOMERS)), channel=channel, kind=kind,
        status=status,
        priority=scenario.priority or rng.choices(PRIORITIES, PRIORITY_WEIGHTS)[0],
        to_complaints_team=mod in (en, zh) and kind == "complaint" and rng.random() < 0.6,
        turns=turns, ref_number=rng.randrange(10**6, 10**7), agent_pick=rng.random(),
        assigned=rng.random() < (0.45 if status == Status.NEW else 0.9),
        closing=rng.randrange(len(mod.CLOSINGS)), note=note, escalate=escalate,
        answer_escalation=rng.random() < 0.5, created_at=created_at, step=min(step, room),
    )


def _turns(rng: random.Random, mod: ModuleType, scenario: Scenario,
           status: str) -> tuple[tuple[str, str], ...]:
    """The scenario's turns cut to fit the status; a few agent replies break the protocol."""
    first = "outbound" if scenario.kind == "follow_up" else "inbound"
    other = "inbound" if first == "outbound" else "outbound"
    directed = [(first if i % 2 == 0 else other, text) for i, text in enumerate(scenario.turns)]
    lengths = list(range(1, len(directed) + 1))
    if status == Status.NEW:
        lengths = [1]
    elif status == Status.OPEN:
        pass
    else:  # waiting, resolved, closed: the agent has the last word
        lengths = [n for n in lengths if directed[n - 1][0] == "outbound"]
    if status != Status.NEW and first == "inbound":
        lengths = [n for n in lengths if n >= 2] or lengths
    length = rng.choice(lengths)
    out = []
    for direction, text in directed[:length]:
        if direction == "outbound" and rng.random() < 0.1:
            text = "!" + rng.choice(mod.BAD_REPLIES)  # "!": sent as written, no salutation
        out.append((direction, text))
    return tuple(out)


# -- writing it through the services ------------------------------------------------------


def _write(plan: Plan, cast: Cast) -> int:
    mod = plan.language
    customer, data = cast.customers[mod.LANGUAGE][plan.customer_index]
    team = cast.team_of[mod.LANGUAGE]
    if plan.to_complaints_team and cast.complaints_team is not None:
        team = cast.complaints_team
    agents = cast.agents[team.pk]
    agent = agents[int(plan.agent_pick * len(agents))]
    ref = mod.REFERENCES[plan.scenario.ref].format(n=plan.ref_number)
    fill = {"name": data.name, "agent": agent.staff_profile.display_name,
            "org": mod.ORGANISATION, "ref": ref}
    live = plan.channel in LIVE_CHANNELS
    phone_needed = plan.kind == "callback" or plan.channel in ("phone", "voicemail")
    opener: Any = agent if plan.kind == "follow_up" else plan.channel
    conversation = conv_services.open_conversation(
        actor=opener, team=team, channel=plan.channel, subject=plan.scenario.subject,
        kind="inquiry" if plan.kind == "complaint" else plan.kind, priority=plan.priority,
        language=mod.LANGUAGE, customer=customer,
        assignee=agent if plan.assigned or plan.kind == "follow_up" else None,
        contact_name=data.name,
        contact_email=data.email if plan.channel in ("email", "web_form") else "",
        contact_phone=data.phone if phone_needed else "",
        contact_address=data.address if plan.channel == "letter" else "",
    )
    conv_services.add_reference(conversation, actor=ACTOR, kind=plan.scenario.ref, value=ref)
    written = 0
    replies = 0
    for direction, template in plan.turns:
        if direction == "inbound":
            message_services.add_message(
                conversation, actor=plan.channel, direction="inbound",
                text=template.format(**fill), sender=_sender(plan.channel, data))
        else:
            text = _reply(mod, plan, data, template, fill, first=replies == 0, live=live)
            message_services.add_message(conversation, actor=agent, direction="outbound",
                                         text=text)
            replies += 1
        written += 1
        if written == 1 and plan.kind == "complaint":
            _log_complaint(conversation, plan, agent, agents, template.format(**fill), cast)
    if plan.note:
        message_services.add_message(conversation, actor=agent, direction="note",
                                     text=plan.note.format(**fill))
        written += 1
    if plan.escalate:
        escalation = escalations.escalate_to_supervisor(
            conversation, actor=agent, summary=mod.ESCALATION.format(**fill))
        supervisors = cast.supervisors.get(team.pk, [])
        if plan.answer_escalation and supervisors:
            escalations.answer_escalation(escalation, actor=supervisors[0],
                                          answer=mod.ESCALATION_ANSWER)
    conversation.refresh_from_db()
    if plan.status != conversation.status:
        conv_services.change_status(conversation, actor=agent, status=plan.status)
    if plan.kind == "callback" and plan.status in (Status.NEW, Status.OPEN):
        due = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
        follow_ups.schedule_follow_up(
            conversation, actor=ACTOR, kind="callback", due_at=due + timedelta(days=1),
            phone=data.phone, assignee=agent, note=plan.scenario.subject)
    seeding.backdate_conversation(Conversation.objects.get(pk=conversation.pk), actor=ACTOR,
                                  created_at=plan.created_at, step=plan.step)
    return written


def _log_complaint(conversation: Conversation, plan: Plan, agent: Any, agents: list[Any],
                   description: str, cast: Cast) -> None:
    about = None
    if plan.scenario.category == "bad_attitude" and len(agents) > 1:
        about = next(a for a in agents if a.pk != agent.pk)
    complaints.log_complaint(
        conversation, actor=agent, category=plan.scenario.category, description=description,
        staff_member=about, manager=cast.manager)


def _sender(channel: str, data: CustomerData) -> str:
    if channel in ("email", "web_form"):
        return data.email
    if channel in ("phone", "voicemail"):
        return data.phone
    return data.name


def _reply(mod: ModuleType, plan: Plan, data: CustomerData, template: str,
           fill: dict[str, str], *, first: bool, live: bool) -> str:
    """An agent's reply as sent: salutation and closing on written channels, a greeting
    on the first turn of a live one. Replies marked ``!`` go out as the agent typed them."""
    if template.startswith("!"):
        return template[1:].format(**fill)
    body = template.format(**fill)
    if live:
        space = "" if mod.LANGUAGE.startswith("zh") else " "
        return f"{mod.LIVE_GREETING.format(**fill)}{space}{body}" if first else body
    closing = mod.CLOSINGS[plan.closing].format(**fill)
    return f"{data.salutation}\n\n{body}\n\n{closing}"
