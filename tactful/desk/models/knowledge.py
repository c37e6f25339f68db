"""What agents draw on while they write: canned replies and the knowledge base (R-KB-1, R-POL-6)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Language


class CannedReply(models.Model):
    """A prepared answer an agent inserts and adapts; for one team, or for all when empty."""

    title = models.CharField(_("title"), max_length=200)
    language = models.CharField(_("language"), max_length=10, choices=Language.choices)
    text = models.TextField(_("text"))
    team = models.ForeignKey(
        "desk.Team", null=True, blank=True, on_delete=models.CASCADE,
        related_name="canned_replies", verbose_name=_("team"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("canned reply")
        verbose_name_plural = _("canned replies")
        indexes = [models.Index(fields=["language", "team"], name="canned_lang_team")]

    def __str__(self) -> str:
        return self.title


class KnowledgeArticle(models.Model):
    """An article or a call script in one language, found by words in its title, body or tags."""

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Article")
        CALL_SCRIPT = "call_script", _("Call script")

    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("body"))
    language = models.CharField(_("language"), max_length=10, choices=Language.choices)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.ARTICLE)
    tags = models.CharField(_("tags"), max_length=500, blank=True,
                            help_text=_("Words separated by commas."))
    # Lower-cased, accent-folded title, tags and body: what the search matches against.
    search_text = models.TextField(blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("knowledge article")
        verbose_name_plural = _("knowledge articles")
        indexes = [models.Index(fields=["language", "kind"], name="kb_lang_kind")]

    def __str__(self) -> str:
        return self.title

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]
