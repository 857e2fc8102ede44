from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lokaalsignaal.demo.accounts import seed_accounts


class Command(BaseCommand):
    help = "Create demo municipalities, accounts and data (only in demo mode). Idempotent."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError("Demo data is only loaded when LOKAALSIGNAAL_DEMO=1.")
        users = seed_accounts()
        self.stdout.write(f"Demo accounts ready: {len(users)}")
