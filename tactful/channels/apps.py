from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    """The label is not "channels": Django Channels already uses that one."""

    name = "tactful.channels"
    label = "tactful_channels"
    verbose_name = "Tactful channels"

    def ready(self) -> None:
        # The clocks fire the automatic acknowledgement through the sweeper (R-MAIL-2).
        from tactful.channels.email import acknowledgement

        acknowledgement.register_with_sweeper()
