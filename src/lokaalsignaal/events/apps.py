from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "lokaalsignaal.events"
    label = "events"
    verbose_name = "Evenementen"

    def ready(self):
        from lokaalsignaal.events import access  # noqa: F401  (declares the event permissions)
