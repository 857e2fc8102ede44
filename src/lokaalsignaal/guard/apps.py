from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuardConfig(AppConfig):
    name = "lokaalsignaal.guard"
    verbose_name = _("Privacybewaker")
