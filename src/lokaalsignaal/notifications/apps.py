from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "lokaalsignaal.notifications"
    # The app was first called "feedback": its tables, migration history and content types keep that label (renaming
    # a label rewrites the database for no gain). In code it is `notifications` everywhere.
    label = "feedback"
    verbose_name = _("Meldingen")
