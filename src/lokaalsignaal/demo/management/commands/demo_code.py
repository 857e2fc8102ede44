import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lokaalsignaal.demo.accounts import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current two-factor code of the demo coordinator, reader, region and admin (demo mode only)."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError("Only in demo mode.")
        self.stdout.write(format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // 30)))
