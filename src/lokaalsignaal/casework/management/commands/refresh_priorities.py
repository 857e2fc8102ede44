"""Recompute the stored priority of every knelpunt (or of one municipality).

The priority is kept up to date when signals are linked or unlinked and when the severity changes, but its recency
part changes with time alone: run this daily (cron/systemd timer), and once after installing on existing data.
A manual priority (override) is left alone; only the computed score beside it is refreshed.
"""

from django.core.management.base import BaseCommand, CommandError

from lokaalsignaal.casework.knelpunten import priority
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.tenancy.models import Municipality


class Command(BaseCommand):
    help = "Herbereken de prioriteit van alle knelpunten (of die van één gemeente)."

    def add_arguments(self, parser):
        parser.add_argument("--municipality", metavar="SLUG", help="alleen de knelpunten van deze gemeente")

    def handle(self, *args, municipality=None, **options):
        queryset = Knelpunt.objects.order_by("pk")
        if municipality:
            found = Municipality.objects.filter(slug=municipality).first()
            if found is None:
                raise CommandError(f"Geen gemeente met slug {municipality!r}.")
            queryset = queryset.filter(municipality=found)
        total = changed = 0
        for pk, stored in list(queryset.values_list("pk", "priority")):
            total += 1
            if priority.refresh(pk) != stored:
                changed += 1
        self.stdout.write(f"{total} knelpunten herberekend, {changed} met een nieuwe prioriteit.")
