"""Canned replies and the knowledge base: writing them, and finding them (R-KB-1, R-POL-6)."""

from __future__ import annotations

import unicodedata
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet

from .. import access
from ..errors import InvalidInput, NotAllowed
from ..models import CannedReply, KnowledgeArticle, Team
from ..models.choices import Language, Role
from ..text import clean_text
from . import audit

Actor = Any


def fold(text: str) -> str:
    """Lower-case without accents, so "szamla" finds "Számla" (Chinese is left as it is)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _language(value: str) -> str:
    if value not in Language.values:
        raise InvalidInput(f"language must be one of {', '.join(Language.values)}.",
                           field="language")
    return value


def _require_editor(actor: Actor, team: Team | None) -> None:
    if isinstance(actor, str):
        return
    access.require_role(actor, Role.SUPERVISOR)
    if team is not None and not access.sees_everything(actor) and (
            team.pk not in access.team_ids(actor)):
        raise NotAllowed("You can write canned replies only for your own teams.", field="team")
    if team is None and not access.sees_everything(actor):
        raise NotAllowed("Canned replies for every team are written by managers.",
                         field="team")


def create_canned_reply(*, actor: Actor, title: str, language: str, text: str,
                        team: Team | None = None) -> CannedReply:
    """A prepared answer for one team (supervisors) or for all teams (managers)."""
    title = clean_text(title, field="title", max_length=200, required=True).strip()
    text = clean_text(text, field="text", max_length=20_000, required=True)
    _language(language)
    _require_editor(actor, team)
    with transaction.atomic():
        reply = CannedReply.objects.create(
            title=title, language=language, text=text, team=team,
            created_by=None if isinstance(actor, str) else actor)
        audit.record("canned_reply.created", actor=actor, obj=reply,
                     after={"title": title, "language": language,
                            "team": team.pk if team else None})
    return reply


def canned_replies_for(user: Any, language: str) -> QuerySet[CannedReply]:
    """The canned replies a user may insert in a conversation in ``language`` (a read)."""
    access.require_role(user, Role.AGENT)
    qs = CannedReply.objects.filter(language=language)
    if access.sees_everything(user):
        return qs
    return qs.filter(Q(team__isnull=True) | Q(team_id__in=access.team_ids(user)))


def create_article(*, actor: Actor, title: str, body: str, language: str,
                   kind: str = KnowledgeArticle.Kind.ARTICLE,
                   tags: list[str] | str = "") -> KnowledgeArticle:
    """A knowledge-base article or call script; written by supervisors and above."""
    title = clean_text(title, field="title", max_length=200, required=True).strip()
    body = clean_text(body, field="body", max_length=100_000, required=True)
    _language(language)
    if kind not in KnowledgeArticle.Kind.values:
        raise InvalidInput("kind must be article or call_script.", field="kind")
    if isinstance(tags, list):
        tags = ", ".join(t.strip() for t in tags if t.strip())
    tags = clean_text(tags, field="tags", max_length=500)
    if not isinstance(actor, str):
        access.require_role(actor, Role.SUPERVISOR)
    with transaction.atomic():
        article = KnowledgeArticle.objects.create(
            title=title, body=body, language=language, kind=kind, tags=tags,
            search_text=fold(f"{title}\n{tags}\n{body}"),
            created_by=None if isinstance(actor, str) else actor)
        audit.record("knowledge_article.created", actor=actor, obj=article,
                     after={"title": title, "language": language, "kind": kind})
    return article


def search_articles(query: str, *, language: str | None = None, kind: str | None = None,
                    limit: int = 10) -> list[KnowledgeArticle]:
    """Articles whose title, tags or body contain every word of ``query`` (a read).

    Titles that match come first. The knowledge base is small (hundreds of articles), so
    a folded substring match is fast enough and works for Chinese, which has no spaces.
    """
    qs = KnowledgeArticle.objects.all()
    if language:
        qs = qs.filter(language=language)
    if kind in KnowledgeArticle.Kind.values:
        qs = qs.filter(kind=kind)
    words = [w for w in fold(query).split() if w][:8]
    for word in words:
        qs = qs.filter(search_text__contains=word)
    found = list(qs.order_by("title")[:200])
    if words:
        found.sort(key=lambda a: (not all(w in fold(a.title) for w in words), a.title))
    return found[:limit]
