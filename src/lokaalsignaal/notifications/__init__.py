"""Notifications: a ``Notification`` in the platform, mailed at once or in a daily/weekly digest
(``services.send_digests``, cron). Created by background tasks (``tasks``) that the subscriptions queue after commit
(``lokaalsignaal.subscriptions``): a giver hears what happens to her signal, a joiner what happens to the knelpunt,
a knelpunt's coordinators news from above or from a partner (``knelpunt_news``), coordinators what the platform admin
changed. The app's database label is still "feedback" (its first name)."""
