from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "lokaalsignaal.insights"
    label = "insights"
    verbose_name = _("Inzichten")

    def ready(self):
        from lokaalsignaal.insights import access  # noqa: F401  (declares the overview's and the reports' permissions)
