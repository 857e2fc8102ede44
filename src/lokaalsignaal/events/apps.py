from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "lokaalsignaal.events"
    label = "events"
    verbose_name = "Evenementen"
