"""The inbox: mine, my team's, unassigned or all, filtered, nearest deadline first."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tactful.desk import access
from tactful.desk.models.choices import Channel, Kind, Language, Priority, Status

from .inbox_query import BREACH_STATES, InboxFilters, inbox_page
from .staff_only import staff_required


def _context(request: HttpRequest) -> dict[str, object]:
    filters = InboxFilters.parse(request.GET, request.user)
    rows, next_cursor = inbox_page(request.user, filters)
    return {
        "rows": rows, "f": filters, "next_cursor": next_cursor,
        "next_query": filters.query_string(after=next_cursor) if next_cursor else "",
        "query": filters.query_string(),
    }


@staff_required
def view(request: HttpRequest) -> HttpResponse:
    context = _context(request)
    context.update({
        "statuses": Status.choices, "channels": Channel.choices, "priorities": Priority.choices,
        "kinds": Kind.choices, "languages": Language.choices,
        "teams": access.visible_teams(request.user).only("id", "name"),
        "breach_states": BREACH_STATES,
        "sees_everything": access.sees_everything(request.user),
    })
    return render(request, "web/inbox.html", context)


@staff_required
def rows(request: HttpRequest) -> HttpResponse:
    """The rows alone, for the live refresh after a desk event."""
    return render(request, "web/inbox_rows.html", _context(request))
