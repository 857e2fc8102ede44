from django.core.management.base import BaseCommand

from lokaalsignaal.mail.services import retry_due


class Command(BaseCommand):
    help = "Deliver every queued or retrying e-mail whose time has come (cron, every few minutes)."

    def handle(self, *args, **options):
        self.stdout.write(f"{retry_due()} e-mail(s) tried")
