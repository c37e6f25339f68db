"""The supervisor's and manager's dashboard (R-POL-4): queues, warnings and breaches,
escalations waiting for an answer, and checker findings per agent and per rule; each
figure links to the conversations behind it."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from tactful.desk import access
from tactful.desk.models import (
    COMMITMENT_CLOCK,
    Complaint,
    Conversation,
    ConversationClock,
    Escalation,
    Message,
)
from tactful.desk.models.choices import OPEN_STATUSES, Channel

from .staff_only import supervisor_required

PERIODS = (1, 7, 30, 90)
REPORT_LIMIT = 20_000  # replies read for the findings table; the period caps it further
DRILL_LIMIT = 200


def _period(request: HttpRequest) -> int:
    raw = request.GET.get("days", "7")
    return int(raw) if raw.isdigit() and int(raw) in PERIODS else 7


@dataclass
class AgentFigures:
    user: Any
    replies: int = 0
    findings: int = 0
    errors: int = 0
    breaches: int = 0
    complaints: int = 0
    rules: Counter[str] = field(default_factory=Counter)


def _visible_open(user: Any) -> QuerySet[Conversation]:
    return access.visible_conversations(user).filter(status__in=OPEN_STATUSES)


def _queues(user: Any) -> tuple[list[dict[str, Any]], list[str]]:
    rows = (_visible_open(user).values("team_id", "team__name", "channel")
            .annotate(n=Count("id")).order_by("team__name", "channel"))
    channels = [c for c in Channel.values if any(r["channel"] == c for r in rows)]
    by_team: dict[int, dict[str, Any]] = {}
    for r in rows:
        team = by_team.setdefault(r["team_id"], {"id": r["team_id"], "name": r["team__name"],
                                                 "counts": {}, "total": 0})
        team["counts"][r["channel"]] = r["n"]
        team["total"] += r["n"]
    for team in by_team.values():
        team["cells"] = [(c, team["counts"].get(c, 0)) for c in channels]
    return list(by_team.values()), channels


def _deadlines(user: Any) -> list[dict[str, Any]]:
    now = timezone.now()
    live = ConversationClock.objects.filter(
        COMMITMENT_CLOCK, conversation__in=_visible_open(user).values("pk"))
    breached = Q(breached_at__isnull=False) | Q(due_at__lte=now)
    rows = live.values("conversation__team_id", "conversation__team__name").annotate(
        breached=Count("conversation", filter=breached, distinct=True),
        warning=Count("conversation", filter=Q(warn_at__lte=now) & ~breached, distinct=True),
    ).order_by("conversation__team__name")
    return [{"team_id": r["conversation__team_id"], "team": r["conversation__team__name"],
             "breached": r["breached"], "warning": r["warning"]} for r in rows]


def _replies(user: Any, since: Any) -> QuerySet[Message]:
    return Message.objects.filter(
        direction="outbound", created_at__gte=since, check_report__isnull=False,
        conversation__in=access.visible_conversations(user).values("pk"))


def _findings(user: Any, since: Any) -> tuple[list[AgentFigures], Counter[str], dict[str, str]]:
    agents: dict[int, AgentFigures] = {}
    rules: Counter[str] = Counter()
    requirement_of: dict[str, str] = {}
    users = {u.pk: u for u in get_user_model().objects.select_related("staff_profile").filter(
        pk__in=_replies(user, since).values("author_id"))}
    for author_id, report in _replies(user, since).values_list(
            "author_id", "check_report")[:REPORT_LIMIT]:
        if author_id is None:
            continue
        figures = agents.setdefault(author_id, AgentFigures(users.get(author_id)))
        figures.replies += 1
        for finding in (report or {}).get("findings", []):
            rule = str(finding.get("rule_id", "?"))
            figures.findings += 1
            figures.errors += finding.get("level") == "error"
            figures.rules[rule] += 1
            rules[rule] += 1
            requirement_of.setdefault(rule, str(finding.get("requirement", "")))
    visible = access.visible_conversations(user).values("pk")
    for row in (ConversationClock.objects.filter(
            breached_at__gte=since, conversation__in=visible,
            conversation__assignee__isnull=False)
            .values("conversation__assignee_id").annotate(n=Count("id"))):
        uid = row["conversation__assignee_id"]
        agents.setdefault(uid, AgentFigures(None)).breaches = row["n"]
    for complaint in (Complaint.objects.filter(logged_at__gte=since, conversation__in=visible,
                                               staff_member__isnull=False)
                      .values("staff_member_id").annotate(n=Count("id"))):
        agents.setdefault(complaint["staff_member_id"],
                          AgentFigures(None)).complaints = complaint["n"]
    missing = [uid for uid, f in agents.items() if f.user is None]
    for u in get_user_model().objects.select_related("staff_profile").filter(pk__in=missing):
        agents[u.pk].user = u
    ordered = sorted(agents.values(), key=lambda f: (-f.findings, -f.breaches,
                                                     getattr(f.user, "username", "")))
    return ordered, rules, requirement_of


@supervisor_required
def view(request: HttpRequest) -> HttpResponse:
    user = request.user
    days = _period(request)
    since = timezone.now() - timedelta(days=days)
    queues, channels = _queues(user)
    agents, rules, requirement_of = _findings(user, since)
    waiting = (Escalation.objects.filter(
        kind=Escalation.Kind.SUPERVISOR, answered_at__isnull=True,
        conversation__in=access.visible_conversations(user).values("pk"))
        .select_related("conversation", "requested_by__staff_profile").order_by("created_at")[:100])
    now = timezone.now()
    return render(request, "web/dashboard.html", {
        "days": days, "periods": PERIODS, "queues": queues,
        "channel_labels": [(c, Channel(c).label) for c in channels],
        "deadlines": _deadlines(user),
        "waiting": [(e, int((now - e.created_at).total_seconds())) for e in waiting],
        "agents": agents,
        "rules": [(rule, n, requirement_of.get(rule, "")) for rule, n in rules.most_common()],
    })


@supervisor_required
def findings(request: HttpRequest) -> HttpResponse:
    """The replies behind a findings figure: one agent's, or one rule's, in the period."""
    user = request.user
    days = _period(request)
    since = timezone.now() - timedelta(days=days)
    agent = request.GET.get("agent", "")
    rule = request.GET.get("rule", "")[:100]
    qs = _replies(user, since).select_related("conversation", "author__staff_profile")
    if agent.isdigit():
        qs = qs.filter(author_id=int(agent))
    rows: list[tuple[Message, list[dict[str, Any]]]] = []
    per_conversation: defaultdict[int, int] = defaultdict(int)
    for message in qs.order_by("-created_at")[:REPORT_LIMIT]:
        found = [f for f in (message.check_report or {}).get("findings", [])
                 if not rule or f.get("rule_id") == rule]
        if not found:
            continue
        per_conversation[message.conversation_id] += len(found)
        if len(rows) < DRILL_LIMIT:
            rows.append((message, found))
    agent_user = (get_user_model().objects.select_related("staff_profile")
                  .filter(pk=int(agent)).first() if agent.isdigit() else None)
    return render(request, "web/dashboard_findings.html", {
        "days": days, "rule": rule, "agent": agent_user, "rows": rows,
        "conversations": len(per_conversation)})
