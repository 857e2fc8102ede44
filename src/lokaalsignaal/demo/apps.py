from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "lokaalsignaal.demo"
    verbose_name = "Demo"
