"""Shared fixtures: personas set up through the real services, and the database banner."""

from __future__ import annotations

import os
from typing import Any

import pytest

os.environ.setdefault("TACTFUL_VAR_DIR", os.path.join(os.getcwd(), "var", "test"))


def pytest_report_header(config: pytest.Config) -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    engine = db["ENGINE"].rsplit(".", 1)[-1]
    where = db.get("HOST") or db.get("NAME")
    return f"tactful: database {engine} ({where})"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    terminalreporter.write_line(f"tactful: the suite ran against {engine}")


class Personas:
    """Two teams and one user of each role; the outsider has no desk role."""

    def __init__(self) -> None:
        from tactful.desk.services import staff, teams

        self.team = teams.create_team(actor="test", name="Support", calendar="office")
        self.other_team = teams.create_team(actor="test", name="Billing", calendar="office")
        self.agent = staff.create_staff_user(
            actor="test", username="agnes", password="pw-agnes-123", role="agent",
            teams=[self.team], display_name="Agnes",
        )
        self.other_agent = staff.create_staff_user(
            actor="test", username="bela", password="pw-bela-123", role="agent",
            teams=[self.other_team], display_name="Béla",
        )
        self.supervisor = staff.create_staff_user(
            actor="test", username="sofia", password="pw-sofia-123", role="supervisor",
            teams=[self.team],
        )
        self.manager = staff.create_staff_user(
            actor="test", username="mihai", password="pw-mihai-123", role="manager"
        )
        self.admin = staff.create_staff_user(
            actor="test", username="ada", password="pw-ada-123", role="admin"
        )
        from django.contrib.auth import get_user_model

        self.outsider = get_user_model().objects.create_user(
            username="otto", password="pw-otto-123"
        )

    def fresh(self, user: Any) -> Any:
        """The same user without cached role and team lookups."""
        from django.contrib.auth import get_user_model

        return get_user_model().objects.get(pk=user.pk)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    # Real hashing costs ~0.3 s a user; the tests are not about password strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def people(db: Any) -> Personas:
    return Personas()


@pytest.fixture
def conversation(people: Personas) -> Any:
    from tactful.desk.services.conversations import open_conversation

    return open_conversation(
        actor=people.agent, team=people.team, channel="email", subject="Számla kérdés",
        language="hu", contact_email="vevo@example.hu",
    )


@pytest.fixture
def policy_24x7(db: Any) -> Any:
    """Activate a policy that is open around the clock (business time == wall time)."""
    from pathlib import Path

    from tactful.desk.services.policies import upload_policy

    text = (Path(__file__).parent / "desk/policy_24x7.yaml").read_text()
    return upload_policy(actor="test", text=text, summary="clock tests")
