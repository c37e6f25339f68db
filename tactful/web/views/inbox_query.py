"""The inbox's query: which conversations, in which order, one keyset page at a time.

Ordered by the nearest deadline (conversations without one last), then by id, so that a
page is found through the ``next_deadline_at`` index however deep the desk is; the cursor
is the last row's (deadline, id), never an offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connection
from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.expressions import RawSQL
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from tactful.desk import access
from tactful.desk.models import COMMITMENT_CLOCK, Conversation, ConversationClock
from tactful.desk.models.choices import (
    OPEN_STATUSES,
    Channel,
    Kind,
    Language,
    Priority,
    Status,
)

PAGE_SIZE = 50
VIEWS = ("mine", "team", "unassigned", "all")
BREACH_STATES = ("breached", "warning", "ok")
LIVE_CLOCK = COMMITMENT_CLOCK  # running, and not an action timer
CANDIDATE_LIMIT = 10_000


@dataclass
class InboxFilters:
    view: str = "team"
    status: str = "open"
    channel: str = ""
    priority: str = ""
    kind: str = ""
    breach: str = ""
    language: str = ""
    team: int | None = None
    assignee: int | None = None
    q: str = ""
    after: str = ""

    @classmethod
    def parse(cls, params: QueryDict, user: Any) -> InboxFilters:
        def pick(name: str, allowed: Any, default: str = "") -> str:
            value = params.get(name, default)
            return value if value in allowed else default

        default_view = "all" if access.sees_everything(user) else "team"
        team = params.get("team", "")
        assignee = params.get("assignee", "")
        return cls(
            view=pick("view", VIEWS, default_view),
            status=pick("status", ("open", "all", *Status.values), "open"),
            channel=pick("channel", Channel.values),
            priority=pick("priority", Priority.values),
            kind=pick("kind", Kind.values),
            breach=pick("breach", BREACH_STATES),
            language=pick("language", Language.values),
            team=int(team) if team.isdigit() and len(team) < 12 else None,
            assignee=int(assignee) if assignee.isdigit() and len(assignee) < 12 else None,
            q=params.get("q", "")[:100].strip(),
            after=params.get("after", "")[:80],
        )

    def query_string(self, **override: Any) -> str:
        values = {"view": self.view, "status": self.status, "channel": self.channel,
                  "priority": self.priority, "kind": self.kind, "breach": self.breach,
                  "language": self.language, "team": self.team or "",
                  "assignee": self.assignee or "", "q": self.q}
        values.update(override)
        qd = QueryDict(mutable=True)
        for key, value in values.items():
            if value not in ("", None):
                qd[key] = str(value)
        return qd.urlencode()


def _base(user: Any, f: InboxFilters) -> QuerySet[Conversation]:
    qs = access.visible_conversations(user)
    if f.view == "mine":
        qs = qs.filter(assignee_id=user.pk)
    elif f.view == "unassigned":
        qs = qs.filter(assignee__isnull=True)
    elif f.view == "team" and access.sees_everything(user):
        ids = access.team_ids(user)
        if ids:  # managers without a team of their own see every team here
            qs = qs.filter(team_id__in=ids)
    if f.team is not None:
        qs = qs.filter(team_id=f.team)
    if f.assignee is not None:
        qs = qs.filter(assignee_id=f.assignee)
    if f.status == "open":
        qs = qs.filter(status__in=OPEN_STATUSES)
    elif f.status != "all":
        qs = qs.filter(status=f.status)
    for name in ("channel", "priority", "kind", "language"):
        value = getattr(f, name)
        if value:
            qs = qs.filter(**{name: value})
    if f.q:
        if f.q.lstrip("#").isdigit() and len(f.q) < 15:
            qs = qs.filter(pk=int(f.q.lstrip("#")))
        else:
            qs = qs.filter(subject__icontains=f.q)
    if f.breach:
        qs = _by_breach_state(qs, f.breach)
    return qs


def _by_breach_state(qs: QuerySet[Conversation], state: str) -> QuerySet[Conversation]:
    """Warning and breach come from the running clocks (R-SLA-2).

    The candidates are found from the clock side (few clocks are in warning or breach at
    any moment), so the inbox never tests every open conversation's clocks one by one.
    """
    now = timezone.now()
    running = ConversationClock.objects.filter(LIVE_CLOCK)
    breached_q = Q(breached_at__isnull=False) | Q(due_at__lte=now)
    breached_ids = running.filter(breached_q).values("conversation_id")
    warning_ids = running.filter(warn_at__lte=now).exclude(breached_q).values(
        "conversation_id")
    late = running.filter(Q(warn_at__lte=now) | breached_q).values("conversation_id")
    wanted = {"breached": breached_ids, "warning": warning_ids, "ok": late}[state]
    # A short list of ids lets the database fetch those rows and sort them; walking the
    # deadline index while testing each row's clocks would read every open conversation.
    ids = list(wanted.order_by().distinct()[:CANDIDATE_LIMIT + 1].values_list(
        "conversation_id", flat=True))
    if len(ids) > CANDIDATE_LIMIT:
        if state == "warning":
            qs = qs.exclude(pk__in=breached_ids)
        return qs.exclude(pk__in=wanted) if state == "ok" else qs.filter(pk__in=wanted)
    if state == "warning" and ids:  # a conversation with a breached clock is breached
        late_ids = set(breached_ids.filter(conversation_id__in=ids).values_list(
            "conversation_id", flat=True))
        ids = [pk for pk in ids if pk not in late_ids]
    return _with_ids(qs, ids, exclude=state == "ok")


def _with_ids(qs: QuerySet[Conversation], ids: list[int], *,
              exclude: bool) -> QuerySet[Conversation]:
    if connection.vendor == "postgresql":
        # One array parameter instead of thousands of placeholders.
        sql = f'"{Conversation._meta.db_table}"."id" = ANY(%s)'
        condition = ExpressionWrapper(RawSQL(sql, (ids,)), output_field=BooleanField())
        return qs.exclude(condition) if exclude else qs.filter(condition)
    return qs.exclude(pk__in=ids) if exclude else qs.filter(pk__in=ids)


def _cursor(after: str) -> tuple[datetime | None, int] | None:
    """Parse ``<iso deadline or '-'>_<id>``."""
    deadline, _, pk = after.rpartition("_")
    if not pk.isdigit() or not deadline:
        return None
    if deadline == "-":
        return None, int(pk)
    parsed = parse_datetime(deadline)
    if parsed is None:
        return None
    return parsed, int(pk)


def cursor_of(conversation: Conversation) -> str:
    deadline = conversation.next_deadline_at
    return f"{deadline.isoformat() if deadline else '-'}_{conversation.pk}"


def inbox_page(user: Any, f: InboxFilters) -> tuple[list[Conversation], str | None]:
    """One page of the inbox and the cursor of the next page (None on the last)."""
    qs = _base(user, f)
    position = _cursor(f.after) if f.after else None
    if position is not None:
        deadline, pk = position
        if deadline is None:
            qs = qs.filter(next_deadline_at__isnull=True, pk__gt=pk)
        else:
            qs = qs.filter(Q(next_deadline_at__gt=deadline)
                           | Q(next_deadline_at=deadline, pk__gt=pk)
                           | Q(next_deadline_at__isnull=True))
    # Two steps: the page's ids from the narrow, indexed ordering; then the rows with their
    # joins and clock figures for those ids only.
    order = (F("next_deadline_at").asc(nulls_last=True), "id")
    ids = list(qs.order_by(*order).values_list("pk", flat=True)[: PAGE_SIZE + 1])
    clocks = ConversationClock.objects.filter(LIVE_CLOCK, conversation=OuterRef("pk"))
    found = Conversation.objects.filter(pk__in=ids).select_related(
        "team", "assignee__staff_profile", "customer").annotate(
        clock_due=Subquery(clocks.order_by("due_at").values("due_at")[:1]),
        clock_warn=Subquery(clocks.filter(warn_at__isnull=False).order_by("warn_at")
                            .values("warn_at")[:1]),
        clock_breached=Subquery(clocks.filter(breached_at__isnull=False)
                                .values("breached_at")[:1]),
    )
    by_id: dict[int, Conversation] = {c.pk: c for c in found}
    rows = [by_id[pk] for pk in ids if pk in by_id]
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    return rows, cursor_of(rows[-1]) if more and rows else None
