"""A policy whose contact form has its own fields (order number, topic, contract, files)."""

from __future__ import annotations

from typing import Any

import pytest

from .policies import policy_text


@pytest.fixture
def form_policy(mail_team: Any) -> Any:
    from tactful.desk.services.policies import upload_policy

    return upload_policy(actor="test", text=policy_text(), summary="form fields")
