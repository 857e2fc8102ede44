from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SimilarityConfig(AppConfig):
    name = "lokaalsignaal.similarity"
    label = "similarity"
    verbose_name = _("Gelijkaardige signalen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lokaalsignaal.similarity import access  # noqa: F401  (declares its permissions, if any)
