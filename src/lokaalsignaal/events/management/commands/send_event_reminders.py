from django.core.management.base import BaseCommand

from lokaalsignaal.events import services


class Command(BaseCommand):
    help = "Remind registered people of upcoming events (each event's reminder_hours before it starts). Run often."

    def handle(self, *args, **options):
        count = services.send_reminders()
        self.stdout.write(f"{count} herinnering(en) verstuurd")
