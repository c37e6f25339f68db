from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "tactful.web"
    label = "tactful_web"
