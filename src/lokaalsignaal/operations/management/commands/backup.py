from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lokaalsignaal.operations import backups


class Command(BaseCommand):
    help = ("Back up the whole database while the app runs (SQLite's online backup API, or pg_dump for PostgreSQL) "
            "to a file named with the UTC time. Schedule it daily (docs/deploy.md, 'Backups').")

    def add_arguments(self, parser):
        parser.add_argument("--output", help="The file to write (default: a timestamped file in --directory).")
        parser.add_argument("--directory", default=str(settings.PROJECT_DIR / "var" / "backups"),
                            help="Where the timestamped file goes (default: var/backups).")
        parser.add_argument("--database", default="default")

    def handle(self, *args, output=None, directory=None, database="default", **options):
        try:
            path = backups.backup(output=output, directory=directory, using=database)
        except backups.BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Backup of {backups.describe(database)} written to {path} "
                          f"({path.stat().st_size} bytes)")
