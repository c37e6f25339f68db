"""The demo: two fictional companies, their staff, customers and conversations.

Pannon Energia is a utility serving Hungary, Estonia and Romania; Lumo Shop is an e-shop
serving China and the United Kingdom. Everything is written through the desk's services,
deterministically for a given seed. Most agent replies keep the protocol; a few break it
(Hungarian "Ezt nem tudom kezelni", informal Romanian, Chinese 你 for 您) so that the
checker and the dashboard have something to show.
"""

from __future__ import annotations

import random
from datetime import timedelta
from types import ModuleType
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .demo_data import en, et, hu, ro, zh
from .models import Team
from .models.choices import Channel, Status
from .services import conversations as conv_services
from .services import customers as customer_services
from .services import messages as message_services
from .services import seeding, staff, teams

ACTOR = "demo"
LANGUAGES: list[ModuleType] = [hu, et, ro, zh, en]
WEIGHTS = [35, 15, 15, 20, 15]
CODE_PREFIX = {"hu": "HU", "et": "EE", "ro": "RO", "zh-Hans": "CN", "en": "UK"}
CHANNELS = [c.value for c in Channel]
MANAGER = ("marta", "Kovács Márta", "manager")
ADMIN = ("admin", "Administrator", "admin")


def password_for(username: str) -> str:
    return f"demo-{username}"


def _logins() -> str:
    rows = [f"  {u:<8} {password_for(u):<14} {role:<10} {name} ({mod.TEAM})"
            for mod in LANGUAGES for u, name, role in mod.STAFF]
    rows.append(f"  {MANAGER[0]:<8} {password_for(MANAGER[0]):<14} {'manager':<10} {MANAGER[1]}")
    rows.append(f"  {ADMIN[0]:<8} {password_for(ADMIN[0]):<14} {'admin':<10} (Django admin too)")
    return "Demo logins (user, password, role):\n" + "\n".join(rows)


def load_demo(*, conversations: int = 300, seed: int = 7, only_if_empty: bool = False) -> str:
    """Load the demo; with ``only_if_empty`` do nothing if it is already there."""
    users = get_user_model().objects
    if users.filter(username=hu.STAFF[0][0]).exists():
        if only_if_empty:
            return "The demo is already loaded.\n" + _logins()
        raise RuntimeError("The demo is already loaded; start from an empty database.")
    rng = random.Random(seed)
    with transaction.atomic():
        team_of, staff_of = _staff()
        customers_of = _customers(rng)
    made = 0
    now = timezone.now()
    while made < conversations:
        batch = min(50, conversations - made)
        with transaction.atomic():
            for _ in range(batch):
                mod = rng.choices(LANGUAGES, WEIGHTS)[0]
                _conversation(rng, mod, team_of[mod.LANGUAGE], staff_of[mod.LANGUAGE],
                              customers_of[mod.LANGUAGE], made, now)
                made += 1
    return (f"Demo loaded: {len(LANGUAGES)} teams, {sum(len(m.STAFF) for m in LANGUAGES) + 2} "
            f"staff, {sum(len(c) for c in customers_of.values())} customers, "
            f"{made} conversations.\n" + _logins())


def _staff() -> tuple[dict[str, Team], dict[str, list[Any]]]:
    team_of: dict[str, Team] = {}
    staff_of: dict[str, list[Any]] = {}
    for mod in LANGUAGES:
        team = teams.create_team(actor=ACTOR, name=mod.TEAM, slug=mod.TEAM_SLUG,
                                 email_address=mod.TEAM_EMAIL)
        team_of[mod.LANGUAGE] = team
        staff_of[mod.LANGUAGE] = []
        for username, name, role in mod.STAFF:
            user = staff.create_staff_user(
                actor=ACTOR, username=username, password=password_for(username), role=role,
                teams=[team], display_name=name, email=f"{username}@staff.example",
                language=mod.LANGUAGE,
            )
            if role == "agent":
                staff_of[mod.LANGUAGE].append(user)
            else:
                teams.set_on_duty(team, actor=ACTOR, user=user)
    for username, name, role in (MANAGER, ADMIN):
        staff.create_staff_user(actor=ACTOR, username=username, password=password_for(username),
                                role=role, display_name=name, email=f"{username}@staff.example",
                                language="hu" if role == "manager" else "en")
    return team_of, staff_of


def _customers(rng: random.Random) -> dict[str, list[Any]]:
    result: dict[str, list[Any]] = {}
    for mod in LANGUAGES:
        result[mod.LANGUAGE] = []
        for index, (name, email, phone, address) in enumerate(mod.CUSTOMERS, 1):
            customer = customer_services.create_customer(
                actor=ACTOR, name=name, code=f"{CODE_PREFIX[mod.LANGUAGE]}-{1000 + index}",
                preferred_language=mod.LANGUAGE,
                contacts=[("email", email), ("phone", phone), ("postal", address)],
            )
            result[mod.LANGUAGE].append(customer)
    return result


def _conversation(rng: random.Random, mod: ModuleType, team: Team, agents: list[Any],
                  customers: list[Any], index: int, now: Any) -> None:
    customer = rng.choice(customers)
    subject, first, reply, follow = rng.choice(mod.THREADS)
    kind_label, pattern = rng.choice(mod.REFERENCE_KINDS)
    ref = pattern.format(n=rng.randrange(10**5, 10**6))
    channel = CHANNELS[index % len(CHANNELS)] if index < len(CHANNELS) * 3 else rng.choice(
        CHANNELS)
    email = customer.contacts.filter(kind="email").first()
    phone = customer.contacts.filter(kind="phone").first()
    kind = "complaint" if "anasz" in subject or "Complaint" in subject else rng.choices(
        ["inquiry", "callback", "follow_up"], [85, 10, 5])[0]
    if kind == "callback":
        channel = "phone"
    agent = rng.choice(agents)
    conversation = conv_services.open_conversation(
        actor=ACTOR, team=team, channel=channel, subject=subject, kind=kind,
        priority=rng.choices(["low", "normal", "high", "urgent"], [15, 60, 20, 5])[0],
        language=mod.LANGUAGE, customer=customer, assignee=agent if rng.random() < 0.7 else None,
        contact_name=customer.name, contact_email=email.value if email else "",
        contact_phone=phone.value if phone else "",
    )
    conv_services.add_reference(conversation, actor=ACTOR, kind=kind_label, value=ref)
    fill = {"name": customer.name, "agent": agent.staff_profile.display_name,
            "org": mod.ORGANISATION, "ref": ref}
    message_services.add_message(conversation, actor=channel, direction="inbound",
                                 text=first.format(**fill), sender=customer.name)
    status = rng.choices([Status.NEW, Status.OPEN, Status.WAITING_ON_CUSTOMER, Status.RESOLVED,
                          Status.CLOSED], [30, 25, 10, 20, 15])[0]
    if status != Status.NEW:
        message_services.add_message(conversation, actor=agent, direction="outbound",
                                     text=reply.format(**fill))
        if follow and rng.random() < 0.6:
            message_services.add_message(conversation, actor=channel, direction="inbound",
                                         text=follow.format(**fill), sender=customer.name)
        if rng.random() < 0.2:
            message_services.add_message(
                conversation, actor=agent, direction="note",
                text=f"{ref}: {customer.code}",
            )
        conversation.refresh_from_db()
        if status != conversation.status:
            conv_services.change_status(conversation, actor=agent, status=status)
    age = timedelta(minutes=rng.randrange(10, 30 * 24 * 60))
    seeding.backdate_conversation(conversation, actor=ACTOR, created_at=now - age,
                                  step=timedelta(minutes=rng.randrange(5, 240)))
