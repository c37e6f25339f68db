"""Policy versions over the API: upload (validated, with every mistake), list, activate."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import ConfigDict, Field

from tactful.desk import access
from tactful.desk.errors import NotFound
from tactful.desk.models import PolicyVersion
from tactful.desk.models.choices import Role
from tactful.desk.services import policies

router = Router(tags=["policy"])


class PolicyIn(Schema):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=1_000_000, description="The YAML file.")
    summary: str = Field(min_length=1, max_length=500, description="What changed.")
    activate: bool = True


class PolicyVersionOut(Schema):
    number: int
    summary: str
    author: str
    created_at: datetime
    is_active: bool
    fingerprint: str


def _out(version: PolicyVersion) -> dict[str, Any]:
    return {"number": version.number, "summary": version.summary,
            "author": version.author_label, "created_at": version.created_at,
            "is_active": version.is_active, "fingerprint": version.fingerprint}


@router.get("/policy/versions", response=list[PolicyVersionOut])
def list_versions(request: HttpRequest) -> list[dict[str, Any]]:
    access.require_role(request.auth, Role.SUPERVISOR)  # type: ignore[attr-defined]
    return [_out(v) for v in PolicyVersion.objects.order_by("-number")[:200]]


@router.post("/policy/versions", response={201: PolicyVersionOut, 422: dict[str, Any]})
def upload(request: HttpRequest, payload: PolicyIn) -> Status:
    """Upload a new version. A file with mistakes is refused with 422 and every problem."""
    try:
        version = policies.upload_policy(actor=request.auth,  # type: ignore[attr-defined]
                                         text=payload.text, summary=payload.summary,
                                         activate=payload.activate)
    except policies.PolicyRejected as exc:
        return Status(422, {"error": {
            "code": "invalid_policy", "message": exc.message, "field": "body.text",
            "problems": [{"line": p.line, "column": p.column, "path": p.path,
                          "message": p.message, "fix": p.fix} for p in exc.problems]}})
    return Status(201, _out(version))


@router.post("/policy/versions/{number}/activate", response=PolicyVersionOut)
def activate(request: HttpRequest, number: int) -> dict[str, Any]:
    version = PolicyVersion.objects.filter(number=number).first()
    if version is None:
        raise NotFound(f"Policy version {number} was not found.")
    return _out(policies.activate_policy(version, actor=request.auth))  # type: ignore[attr-defined]
