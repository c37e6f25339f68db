"""A member of staff's own settings: the interface language."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction

from ..errors import InvalidInput, NotAllowed
from ..models import StaffProfile
from ..models.choices import Language
from . import audit

Actor = Any

# Django's language codes (lower case) against the desk's stored codes.
_STORED = {"zh-hans": Language.ZH_HANS.value, "zh-hant": Language.ZH_HANT.value}


def set_interface_language(user: Any, *, actor: Actor, language: str) -> StaffProfile:
    """Store the language the user's pages are shown in (one of settings.LANGUAGES)."""
    if language not in dict(settings.LANGUAGES):
        raise InvalidInput(f"{language} is not an interface language.", field="language")
    if not isinstance(actor, str) and actor.pk != user.pk:
        raise NotAllowed("People choose their own interface language.")
    stored = _STORED.get(language, language)
    with transaction.atomic():
        profile, _ = StaffProfile.objects.get_or_create(
            user=user, defaults={"display_name": user.get_username()})
        if profile.language != stored:
            before = profile.language
            StaffProfile.objects.filter(pk=profile.pk).update(language=stored)
            profile.language = stored
            audit.record("staff.language_changed", actor=actor, obj=profile,
                         before={"language": before}, after={"language": stored})
    return profile


def interface_language(profile: StaffProfile | None) -> str | None:
    """The Django language code for a stored profile language, or None."""
    if profile is None:
        return None
    code = profile.language.lower()
    return code if code in dict(settings.LANGUAGES) else None
