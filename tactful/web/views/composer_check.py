"""The composer's live check: the draft goes to the checker, findings come back as JSON."""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from tactful.desk import checking

from .. import integrations
from .conversation_detail import get_visible
from .staff_only import staff_required

MAX_DRAFT = 20_000


@require_POST
@staff_required
def view(request: HttpRequest, pk: int) -> HttpResponse:
    """``{"text": "..."}`` → ``{"available", "score", "findings": [...]}`` (R-TALK-15)."""
    conversation = get_visible(request, pk)
    try:
        body = json.loads(request.body or b"{}")
        text = body.get("text", "") if isinstance(body, dict) else ""
    except (json.JSONDecodeError, UnicodeDecodeError):
        return JsonResponse({"error": "The body must be JSON."}, status=400)
    if not isinstance(text, str) or len(text) > MAX_DRAFT:
        return JsonResponse({"error": f"text must be a string of at most {MAX_DRAFT} "
                             "characters."}, status=422)
    report = integrations.check_text(
        text, language=conversation.language, channel=conversation.channel,
        customer_text=checking.last_customer_text(conversation),
        reader_language=request.LANGUAGE_CODE,
        agent=checking.agent_name(request.user)) if text.strip() else None
    if report is None:
        return JsonResponse({"available": not text.strip(), "score": None, "findings": []})
    return JsonResponse({"available": True, **report})
