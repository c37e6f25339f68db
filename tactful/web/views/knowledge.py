"""The knowledge base: articles and call scripts per language, searched from the composer
and on their own page (R-KB-1)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tactful.desk import access
from tactful.desk.models import CannedReply, KnowledgeArticle
from tactful.desk.models.choices import Language
from tactful.desk.services.knowledge import canned_replies_for, search_articles

from .staff_only import staff_required


def _params(request: HttpRequest) -> tuple[str, str, str]:
    query = request.GET.get("q", "")[:200]
    language = request.GET.get("language", "")
    kind = request.GET.get("kind", "")
    return (query, language if language in Language.values else "",
            kind if kind in KnowledgeArticle.Kind.values else "")


@staff_required
def page(request: HttpRequest) -> HttpResponse:
    query, language, kind = _params(request)
    articles = search_articles(query, language=language or None, kind=kind or None, limit=50)
    return render(request, "web/knowledge.html", {
        "q": query, "language": language, "kind": kind, "articles": articles,
        "languages": Language.choices, "kinds": KnowledgeArticle.Kind.choices,
        "canned": CannedReply.objects.filter(pk__in=[c.pk for c in canned_replies_for(
            request.user, language)]) if language else [],
        "teams": access.visible_teams(request.user).only("id", "name")})


@staff_required
def results(request: HttpRequest) -> HttpResponse:
    """The composer's search: a short list of matches in the conversation's language."""
    query, language, kind = _params(request)
    articles = search_articles(query, language=language or None, kind=kind or None,
                               limit=8) if query.strip() else []
    return render(request, "web/knowledge_results.html", {"q": query, "articles": articles})
