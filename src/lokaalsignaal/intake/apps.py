from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "lokaalsignaal.intake"
    verbose_name = _("Signalen")

    def ready(self):
        from lokaalsignaal.intake import access  # noqa: F401  (declares the signal permissions)
