from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenancyConfig(AppConfig):
    name = "lokaalsignaal.tenancy"
    verbose_name = _("Lokale besturen")

    def ready(self):
        from lokaalsignaal import forms, i18n, lookups

        lookups.register()  # typed values no column can hold find nothing (no database error)
        forms.read_model_choices_in_one_query()  # no server-side cursor for a list of choices
        i18n.remember_translations()  # a message is looked up in the catalogs once per language

        from lokaalsignaal.tenancy import scoping  # noqa: F401  (the municipality's own permissions)
