from django.core.management.base import BaseCommand

from lokaalsignaal.similarity import knelpunt_store


class Command(BaseCommand):
    help = ("Encode and store every knelpunt text that has no stored encoding yet (nightly, and after the "
            "similarity model changed): the processes then read them instead of embedding each knelpunt.")

    def add_arguments(self, parser):
        parser.add_argument("--gemeente", help="only the knelpunten of this municipality (its slug)")

    def handle(self, *args, **options):
        ids = None
        if options["gemeente"]:
            from lokaalsignaal.tenancy.models import Municipality

            ids = list(Municipality.objects.filter(slug=options["gemeente"]).values_list("pk", flat=True))
        written = knelpunt_store.store_all(municipality_ids=ids)
        self.stdout.write(f"Knelpunt texts encoded and stored: {written}")
