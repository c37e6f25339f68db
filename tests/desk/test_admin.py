"""Django admin: every desk model has a page, and the page renders for an administrator."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib import admin


def test_every_desk_model_has_an_admin_page_that_renders(client: Any, people: Any) -> None:
    client.force_login(people.admin)
    for model in apps.get_app_config("desk").get_models():
        assert model in admin.site._registry, model.__name__
        url = f"/admin/desk/{model._meta.model_name}/"
        assert client.get(url).status_code == 200, url


def test_agents_cannot_open_the_admin(client: Any, people: Any) -> None:
    client.force_login(people.agent)
    assert client.get("/admin/desk/customer/").status_code == 302
