"""A notification's knelpunt: `Notification.knelpunt` (was `bottleneck`)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0004_notification_admin_change"),
        ("casework", "0009_knelpunt"),
    ]

    operations = [
        migrations.RenameField("notification", "bottleneck", "knelpunt"),
    ]
