from django.core.management.base import BaseCommand, CommandError

from lokaalsignaal.accounts.models import NotificationPreference
from lokaalsignaal.notifications.services import send_digests


class Command(BaseCommand):
    help = "Send the daily or weekly digest e-mails (run from cron: daily at 7:00, weekly on Monday 7:00)."

    def add_arguments(self, parser):
        parser.add_argument("frequency", choices=[NotificationPreference.DAILY, NotificationPreference.WEEKLY])

    def handle(self, *args, frequency, **options):
        if frequency not in NotificationPreference.values:
            raise CommandError(frequency)
        self.stdout.write(f"{send_digests(frequency)} digest(s) sent")
