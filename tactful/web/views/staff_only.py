"""Guards every staff page uses: logged in, holding a desk role (or a stronger one)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.utils.translation import gettext as _

from tactful.desk import access
from tactful.desk.models.choices import ROLE_RANK, Role

View = Callable[..., HttpResponse]


def role_required(minimum: Role) -> Callable[[View], View]:
    """Anonymous visitors go to the login page; staff below ``minimum`` get 403."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                if request.headers.get("X-Requested-With") == "fetch":
                    return HttpResponse(status=401)
                return redirect_to_login(request.get_full_path())
            role = access.role_of(request.user)
            if role is None:
                return HttpResponseForbidden(_("This page is for the desk's staff."))
            if ROLE_RANK[role] < ROLE_RANK[minimum]:
                return HttpResponseForbidden(_("This page needs the %(role)s role.")
                                             % {"role": minimum.label})
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


staff_required = role_required(Role.AGENT)
supervisor_required = role_required(Role.SUPERVISOR)
manager_required = role_required(Role.MANAGER)
