from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    name = "lokaalsignaal.operations"
    verbose_name = _("Werking")

    def ready(self):
        from lokaalsignaal import db_timestamps

        db_timestamps.connect()  # PostgreSQL's moments read by psycopg's compiled loader
