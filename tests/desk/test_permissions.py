"""Who sees and does what, for each role (R-SEC-2)."""

from __future__ import annotations

from typing import Any

import pytest

from tactful.desk import access
from tactful.desk.errors import NotAllowed, NotFound
from tactful.desk.services import conversations as svc
from tactful.desk.services import customers, staff, teams


@pytest.fixture
def two_conversations(people: Any) -> tuple[Any, Any]:
    ours = svc.open_conversation(actor="test", team=people.team, channel="email")
    theirs = svc.open_conversation(actor="test", team=people.other_team, channel="email")
    return ours, theirs


@pytest.mark.parametrize(
    "persona, sees_ours, sees_theirs",
    [
        ("agent", True, False),
        ("other_agent", False, True),
        ("supervisor", True, False),
        ("manager", True, True),
        ("admin", True, True),
    ],
)
def test_each_role_sees_the_conversations_it_should(
    people: Any, two_conversations: tuple[Any, Any], persona: str, sees_ours: bool,
    sees_theirs: bool,
) -> None:
    """R-SEC-2: agents and supervisors see their teams', managers and admins everything."""
    user = getattr(people, persona)
    visible = set(access.visible_conversations(user).values_list("pk", flat=True))
    ours, theirs = two_conversations
    assert (ours.pk in visible, theirs.pk in visible) == (sees_ours, sees_theirs)


def test_a_user_without_a_role_sees_nothing_and_does_nothing(
    people: Any, two_conversations: tuple[Any, Any],
) -> None:
    """R-SEC-2: customer information is never passed to anyone outside the desk."""
    ours, _ = two_conversations
    with pytest.raises(NotAllowed):
        access.visible_conversations(people.outsider)
    with pytest.raises(NotAllowed):
        svc.change_status(ours, actor=people.outsider, status="open")
    with pytest.raises(NotAllowed):
        customers.create_customer(actor=people.outsider, name="X")
    with pytest.raises(NotAllowed):
        svc.open_conversation(actor=people.outsider, team=people.team, channel="chat")


def test_a_deactivated_user_loses_every_right(people: Any,
                                              two_conversations: tuple[Any, Any]) -> None:
    people.agent.is_active = False
    people.agent.save(update_fields=["is_active"])  # the admin's deactivation, simulated
    user = people.fresh(people.agent)
    with pytest.raises(NotAllowed):
        access.visible_conversations(user)


def test_agents_cannot_touch_other_teams_conversations(
    people: Any, two_conversations: tuple[Any, Any],
) -> None:
    _, theirs = two_conversations
    with pytest.raises(NotAllowed):
        svc.update_conversation(theirs, actor=people.agent, changes={"priority": "high"})
    with pytest.raises(NotFound):
        access.get_conversation(people.agent, theirs.pk)
    with pytest.raises(NotAllowed):
        svc.open_conversation(actor=people.agent, team=people.other_team, channel="chat")


def test_merging_customers_needs_a_supervisor(people: Any) -> None:
    a = customers.create_customer(actor=people.agent, name="Tamm Mari", code="EE-1",
                                  contacts=[("email", "mari@example.ee")])
    b = customers.create_customer(actor=people.agent, name="Mari Tamm", code="EE-2",
                                  contacts=[("email", "MARI@example.ee"),
                                            ("phone", "+372 5123 4567")])
    with pytest.raises(NotAllowed):
        customers.merge_customers(actor=people.agent, source=b, target=a)
    merged = customers.merge_customers(actor=people.supervisor, source=b, target=a)
    assert sorted(merged.contacts.values_list("normalized", flat=True)) == [
        "+37251234567", "mari@example.ee"]
    b.refresh_from_db()
    assert b.merged_into_id == a.pk


def test_only_admins_create_staff_and_teams(people: Any) -> None:
    for user in (people.agent, people.supervisor, people.manager):
        with pytest.raises(NotAllowed):
            staff.create_staff_user(actor=user, username=f"x{user.pk}", password="pw-123456789",
                                    role="agent")
        with pytest.raises(NotAllowed):
            teams.create_team(actor=user, name=f"T{user.pk}")
    created = staff.create_staff_user(actor=people.admin, username="newbie",
                                      password="pw-123456789", role="agent", teams=[people.team])
    assert access.role_of(created) == "agent"


def test_the_strongest_role_wins(people: Any) -> None:
    staff.set_role(people.agent, actor=people.admin, role="supervisor")
    assert access.role_of(people.fresh(people.agent)) == "supervisor"
    from django.contrib.auth.models import Group

    people.agent.groups.add(Group.objects.get(name="manager"))
    assert access.role_of(people.fresh(people.agent)) == "manager"


def test_a_token_can_be_revoked_only_by_its_owner_or_an_admin(people: Any) -> None:
    token, _ = staff.issue_api_token(people.agent, actor=people.agent, name="t")
    with pytest.raises(NotAllowed):
        staff.revoke_api_token(token, actor=people.supervisor)
    assert staff.revoke_api_token(token, actor=people.admin).revoked_at is not None


def test_role_is_checked_on_every_page(client: Any, people: Any,
                                       two_conversations: tuple[Any, Any]) -> None:
    """R-SEC-2: pages check the role: outsiders get 403, other teams' conversations 404."""
    ours, theirs = two_conversations
    client.force_login(people.outsider)
    assert client.get("/").status_code == 403
    assert client.get(f"/conversations/{ours.pk}/").status_code == 403
    client.force_login(people.agent)
    assert client.get(f"/conversations/{ours.pk}/").status_code == 200
    assert client.get(f"/conversations/{theirs.pk}/").status_code == 404
