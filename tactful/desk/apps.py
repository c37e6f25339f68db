from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "tactful.desk"
    label = "desk"
    verbose_name = "Desk"
