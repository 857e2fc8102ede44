from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenancyConfig(AppConfig):
    name = "lokaalsignaal.tenancy"
    verbose_name = _("Lokale besturen")

    def ready(self):
        from lokaalsignaal import lookups

        lookups.register()  # typed values no column can hold find nothing (no database error)

        from . import scoping  # noqa: F401  (each capability declares its permissions in its scoping module)
