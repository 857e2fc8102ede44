from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenancyConfig(AppConfig):
    name = "lokaalsignaal.tenancy"
    verbose_name = _("Lokale besturen")

    def ready(self):
        from lokaalsignaal import lookups

        lookups.register()  # typed values no column can hold find nothing (no database error)

        from lokaalsignaal.tenancy import scoping  # noqa: F401  (the municipality's own permissions)
