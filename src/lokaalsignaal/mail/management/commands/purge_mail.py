from django.core.management.base import BaseCommand

from lokaalsignaal.mail.services import purge_old


class Command(BaseCommand):
    help = "Forget mail that was sent or given up more than LOKAALSIGNAAL_MAIL_KEEP_DAYS days ago (cron, nightly)."

    def handle(self, *args, **options):
        self.stdout.write(f"{purge_old()} e-mail(s) forgotten")
