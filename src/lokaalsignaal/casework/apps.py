from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    name = "lokaalsignaal.casework"
    verbose_name = _("Knelpunten")

    def ready(self):
        # each capability declares its permissions in its access module (tenancy.permissions)
        from lokaalsignaal.casework.joins import access as joins  # noqa: F401
        from lokaalsignaal.casework.knelpunten import access as knelpunten  # noqa: F401
        from lokaalsignaal.casework.partners import access as partners  # noqa: F401
        from lokaalsignaal.casework.regions import access as regions  # noqa: F401
