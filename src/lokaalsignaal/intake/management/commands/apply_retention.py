"""Signals whose retention term has passed lose the link to their giver (`intake.retention`). Run it daily (cron,
docs/deploy.md); a second run the same day changes nothing."""

from django.core.management.base import BaseCommand

from lokaalsignaal.intake.retention import apply_retention


class Command(BaseCommand):
    help = "Maak signalen anoniem waarvan de bewaartermijn voorbij is (dagelijks uitvoeren)."

    def handle(self, *args, **options):
        done = apply_retention()
        for slug, count in sorted(done.items()):
            self.stdout.write(f"{slug}: {count}")
        self.stdout.write(f"{sum(done.values())} signalen anoniem gemaakt.")
