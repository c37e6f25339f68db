from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "tactful.api"
    label = "tactful_api"
