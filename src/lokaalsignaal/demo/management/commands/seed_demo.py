from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lokaalsignaal.demo.accounts import seed_accounts
from lokaalsignaal.demo.region import seed_towns
from lokaalsignaal.demo.signals import seed_signals
from lokaalsignaal.demo.work import seed_work


class Command(BaseCommand):
    help = "Create demo municipalities, accounts and data (only in demo mode). Idempotent."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError("Demo data is only loaded when LOKAALSIGNAAL_DEMO=1.")
        users = seed_accounts()
        self.stdout.write(f"Demo accounts ready: {len(users)}")
        for name, seed in [("Kortrijk", seed_signals), ("Roeselare, Kortemark and the region", seed_towns)]:
            added = seed(users)
            if added["signals"]:
                self.stdout.write(f"Demo signals added in {name}: {added['signals']}, "
                                  f"knelpunten: {added['knelpunten']}")
            else:
                self.stdout.write(f"Demo signals already there in {name}")
        work = seed_work(users)
        self.stdout.write(f"Demo events added: {work['events']}, partner invited: {'yes' if work['partner'] else 'no'}")
