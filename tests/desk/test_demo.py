"""``tactful demo``: two companies in five languages, written through the services, once."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from tactful.desk import access
from tactful.desk.demo import (
    DemoAlreadyLoaded,
    demo_usernames,
    load_demo,
    password_for,
    plan_conversations,
)
from tactful.desk.demo_data import en, et, hu, ro, zh
from tactful.desk.models import (
    AuditEvent,
    Complaint,
    ContactPoint,
    Conversation,
    Customer,
    Message,
    Reference,
)
from tactful.desk.models.choices import Channel, Kind, Status

LANGUAGES = {"hu", "et", "ro", "zh-Hans", "en"}
COUNT = 45
LOGIN_LINE = re.compile(r"^  (\S+)\s+(demo-\S+)\s+(agent|supervisor|manager|admin)\s")


@pytest.fixture
def demo(db: Any) -> str:
    return load_demo(conversations=COUNT, seed=3)


def _counts() -> tuple[int, ...]:
    return (Conversation.objects.count(), Message.objects.count(), Customer.objects.count(),
            get_user_model().objects.count(), AuditEvent.objects.count())


def test_the_demo_covers_every_channel_kind_status_and_the_five_languages(demo: str) -> None:
    """R-CHAN-1: the demo has conversations on every channel, in all five languages."""
    conversations = Conversation.objects.all()
    assert conversations.count() == COUNT
    assert f"{COUNT} conversations" in demo
    assert set(conversations.values_list("channel", flat=True)) == set(Channel.values)
    assert set(conversations.values_list("kind", flat=True)) == set(Kind.values)
    assert set(conversations.values_list("status", flat=True)) == set(Status.values)
    assert set(conversations.values_list("language", flat=True)) == LANGUAGES
    assert set(Customer.objects.values_list("preferred_language", flat=True)) == LANGUAGES
    for conversation in conversations:
        count = conversation.messages.count()
        assert 1 <= count <= 6, (conversation.pk, count)


def test_customers_have_codes_contacts_and_references_in_their_own_formats(demo: str) -> None:
    """R-ID-1, R-ID-2: customer codes, contact points and references to find them by."""
    prefixes = {c.code.rsplit("-", 1)[0] for c in Customer.objects.all()}
    assert prefixes == {"PE-HU", "PE-EE", "PE-RO", "LS-CN", "LS-UK"}
    for customer in Customer.objects.all():
        kinds = set(customer.contacts.values_list("kind", flat=True))
        assert kinds == {"email", "phone", "postal"}, customer.code
    phones = set(ContactPoint.objects.filter(kind="phone").values_list("value", flat=True))
    for country_code in ("+36 ", "+372 ", "+40 ", "+86 ", "+44 "):
        assert any(p.startswith(country_code) for p in phones), country_code
    assert Reference.objects.count() == COUNT
    assert set(Reference.objects.values_list("kind", flat=True)) >= {"contract", "order"}
    for reference in Reference.objects.select_related("conversation")[:20]:
        assert reference.customer_id == reference.conversation.customer_id
    assert Conversation.objects.filter(kind="callback").exclude(contact_phone="").exists()
    assert not Conversation.objects.filter(kind="callback", contact_phone="").exists()


def test_messages_read_like_customer_service_and_some_replies_break_the_protocol(
    demo: str,
) -> None:
    outbound = list(Message.objects.filter(direction="outbound").values_list("text", flat=True))
    inbound = Message.objects.filter(direction="inbound")
    assert inbound.filter(conversation__language="hu", text__icontains="számla").exists() or \
        inbound.filter(conversation__language="hu", text__icontains="mérő").exists()
    assert inbound.filter(conversation__language="zh-Hans").exists()
    assert any(text.startswith(("Tisztelt", "Dear", "Lugupeetud", "Stimat", "Hi ", "Kedves",
                                "Tere", "Bună"))
               or "您好" in text for text in outbound)
    # Load a bigger desk's plan (no writes) to see the rule-breakers the checker will find.
    plans = plan_conversations(300, seed=7, now=timezone.now())
    bad = {(p.language.LANGUAGE, text[1:]) for p in plans for d, text in p.turns
           if d == "outbound" and text.startswith("!")}
    assert {language for language, _ in bad} == LANGUAGES
    assert ("hu", "Ezt nem tudom kezelni, hívja a pénzügyet.") in bad
    assert any("你" in text for language, text in bad if language == "zh-Hans")
    assert any(text in ro.BAD_REPLIES[:3] for language, text in bad if language == "ro")
    assert Message.objects.filter(direction="note").exists()
    assert Complaint.objects.exists()
    for complaint in Complaint.objects.select_related("conversation", "manager"):
        assert complaint.conversation.kind == "complaint"
        assert complaint.manager.username == "marta"


def test_the_conversations_are_spread_over_the_last_month_and_written_through_services(
    demo: str,
) -> None:
    now = timezone.now()
    oldest = Conversation.objects.order_by("created_at").first()
    assert oldest is not None and now - oldest.created_at > timedelta(days=10)
    assert not Conversation.objects.filter(created_at__lt=now - timedelta(days=30)).exists()
    assert not Message.objects.filter(created_at__gt=now).exists()
    assert AuditEvent.objects.filter(action="conversation.opened").count() == COUNT
    assert AuditEvent.objects.filter(action="message.added").count() == Message.objects.count()
    assert AuditEvent.objects.filter(action="conversation.backdated").count() == COUNT


def test_the_same_seed_plans_the_same_desk() -> None:
    now = timezone.now()
    first = plan_conversations(60, seed=11, now=now)
    assert first == plan_conversations(60, seed=11, now=now)
    assert first != plan_conversations(60, seed=12, now=now)


def test_loading_again_with_once_changes_nothing_and_without_it_refuses(demo: str) -> None:
    before = _counts()
    again = load_demo(conversations=COUNT, seed=3, only_if_empty=True)
    assert again.startswith("The demo is already loaded")
    assert "agnes" in again
    assert _counts() == before
    with pytest.raises(DemoAlreadyLoaded):
        load_demo(conversations=5)
    assert _counts() == before


def test_the_printed_logins_work_and_every_conversation_is_visible_to_its_team(
    demo: str,
) -> None:
    """R-SEC-2: staff see their teams' conversations; every demo conversation has a team
    with an agent who sees it."""
    logins = [m.groups() for m in map(LOGIN_LINE.match, demo.splitlines()) if m]
    assert sorted(u for u, _, _ in logins) == sorted(demo_usernames())
    roles = {role for _, _, role in logins}
    assert roles == {"agent", "supervisor", "manager", "admin"}
    users = get_user_model().objects
    for username, password, role in logins:
        assert password == password_for(username)
        assert Client().login(username=username, password=password), username
        assert access.role_of(users.get(username=username)) == role
    seen: set[int] = set()
    for user in users.all():
        if access.role_of(user) == "agent":
            seen |= set(access.visible_conversations(user).values_list("pk", flat=True))
    assert seen == set(Conversation.objects.values_list("pk", flat=True))


def test_demo_passwords_use_the_sites_own_hasher_after_the_first_login(
    db: Any, settings: Any,
) -> None:
    """The demo's public passwords are hashed cheaply; Django upgrades them at login."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    load_demo(conversations=2, seed=1)
    user = get_user_model().objects.get(username="agnes")
    assert user.password.startswith("pbkdf2_sha256$1000$")
    assert Client().login(username="agnes", password="demo-agnes")
    user.refresh_from_db()
    assert user.password.startswith("pbkdf2_sha256$1000000$")


def test_every_language_module_has_the_same_shape() -> None:
    for mod in (hu, et, ro, zh, en):
        assert mod.SCENARIOS and mod.BAD_REPLIES and mod.NOTES and mod.CLOSINGS
        assert {s.kind for s in mod.SCENARIOS} >= {"inquiry", "complaint", "follow_up"}
        for scenario in mod.SCENARIOS:
            assert scenario.ref in mod.REFERENCES, (mod.LANGUAGE, scenario.subject)
            assert 1 <= len(scenario.turns) <= 6
            if scenario.kind == "complaint":
                assert scenario.category
