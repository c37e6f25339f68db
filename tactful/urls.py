"""URL map: web pages, the REST API and the admin."""

from django.contrib import admin
from django.urls import include, path

from tactful.api.v1 import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", include("tactful.channels.webform.urls")),
    path("", include("tactful.web.urls")),
]
