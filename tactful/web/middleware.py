"""Pages in the language the member of staff chose (StaffProfile.language)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import translation

from tactful.desk.models import StaffProfile
from tactful.desk.services.profiles import interface_language


class StaffLanguageMiddleware:
    """After authentication: activate the user's stored interface language.

    Runs after Django's LocaleMiddleware, so anonymous visitors keep the language their
    browser or cookie asks for, and staff see theirs on every device they log in from.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            profile = StaffProfile.objects.filter(user_id=user.pk).first()
            if profile is not None:
                user.staff_profile = profile  # the pages read the display name from it too
            code = interface_language(profile)
            if code:
                translation.activate(code)
                request.LANGUAGE_CODE = code
        response = self.get_response(request)
        return response
