from django.core.management.base import BaseCommand, CommandError

from lokaalsignaal.operations import backups


class Command(BaseCommand):
    help = ("Replace the whole database by a backup made with `manage.py backup`. Asks for --yes: everything written "
            "since the backup is lost. Stop the app servers and the task workers first (docs/deploy.md, 'Restore').")

    def add_arguments(self, parser):
        parser.add_argument("file", help="The backup file (.sqlite3 for SQLite, .dump for PostgreSQL).")
        parser.add_argument("--yes", action="store_true", help="Yes, replace the database.")
        parser.add_argument("--database", default="default")

    def handle(self, *args, file, yes=False, database="default", **options):
        what = backups.describe(database)
        if not yes:
            raise CommandError(f"This replaces {what} by the backup {file}: every row written since that backup is "
                               f"lost. Run again with --yes to do it.")
        try:
            backups.restore(file, using=database)
        except backups.BackupError as exc:
            raise CommandError(f"Nothing was restored: {exc}") from exc
        self.stdout.write(f"Restored {what} from {file}.")
