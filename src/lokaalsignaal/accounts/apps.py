from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "lokaalsignaal.accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from lokaalsignaal.accounts import signals  # noqa: F401
        from lokaalsignaal.accounts.models import verified_organisation_names
        from lokaalsignaal.guard.services import declare_allowed_names

        declare_allowed_names(verified_organisation_names)  # the privacy guard lets these through
