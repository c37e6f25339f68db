"""The demo loads realistic, multilingual data through the services, once."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tactful.desk import access
from tactful.desk.demo import load_demo, password_for
from tactful.desk.models import AuditEvent, Conversation, Customer
from tactful.desk.models.choices import Channel


@pytest.fixture
def demo(db: Any, settings: Any) -> str:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return load_demo(conversations=120, seed=3)


def test_the_demo_covers_every_channel_and_the_five_languages(demo: str) -> None:
    """R-CHAN-1: the demo has conversations on every channel."""
    assert set(Conversation.objects.values_list("channel", flat=True)) == set(Channel.values)
    assert set(Conversation.objects.values_list("language", flat=True)) == {
        "hu", "et", "ro", "zh-Hans", "en"}
    assert set(Customer.objects.values_list("preferred_language", flat=True)) == {
        "hu", "et", "ro", "zh-Hans", "en"}
    assert Conversation.objects.count() == 120


def test_loading_again_with_once_changes_nothing(demo: str) -> None:
    before = (Conversation.objects.count(), AuditEvent.objects.count())
    again = load_demo(conversations=120, seed=3, only_if_empty=True)
    assert again.startswith("The demo is already loaded.")
    assert (Conversation.objects.count(), AuditEvent.objects.count()) == before
    with pytest.raises(RuntimeError):
        load_demo(conversations=5)


def test_the_printed_logins_work_and_every_conversation_has_a_team_that_sees_it(
    demo: str,
) -> None:
    from django.contrib.auth import get_user_model

    for line in demo.splitlines()[2:]:
        username = line.split()[0]
        assert Client().login(username=username, password=password_for(username)), username
    staff = [u for u in get_user_model().objects.all() if access.role_of(u) == "agent"]
    seen: set[int] = set()
    for user in staff:
        seen |= set(access.visible_conversations(user).values_list("pk", flat=True))
    assert seen == set(Conversation.objects.values_list("pk", flat=True))


def test_the_demo_is_spread_over_the_last_month_and_written_through_services(demo: str) -> None:
    from django.utils import timezone

    oldest = Conversation.objects.order_by("created_at").first()
    assert oldest is not None
    assert (timezone.now() - oldest.created_at).days >= 10
    assert AuditEvent.objects.filter(action="conversation.opened").count() == 120
