from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "lokaalsignaal.pages"
    verbose_name = _("Pagina's")

    def ready(self):
        # the top layer wires the capabilities together: who listens to which domain event
        from lokaalsignaal import subscriptions
        from lokaalsignaal.pages.workspace import audit_access  # noqa: F401  (declares the audit page's permission)

        subscriptions.connect()
