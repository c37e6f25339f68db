"""The guard every staff page uses: logged in and holding a desk role."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden

from tactful.desk import access


def staff_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if access.role_of(request.user) is None:
            return HttpResponseForbidden("This page is for the desk's staff.")
        return view(request, *args, **kwargs)

    return wrapper
