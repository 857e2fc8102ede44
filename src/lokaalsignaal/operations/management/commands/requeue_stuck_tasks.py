from datetime import timedelta

from django.core.management.base import BaseCommand

from lokaalsignaal.operations import once, stuck_tasks


class Command(BaseCommand):
    help = ("Give tasks whose worker died back to the queue: at once when their worker (id <host>:<pid>) no longer "
            "runs on this host, else after --minutes of running. Run it before each worker starts and every few "
            "minutes (docs/deploy.md).")

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=int, default=int(stuck_tasks.STUCK_AFTER.total_seconds() // 60),
                            help="A task running longer than this is stuck (default: %(default)s).")

    def handle(self, *args, minutes, **options):
        ids = stuck_tasks.requeue(older_than=timedelta(minutes=minutes))
        pruned = once.prune()
        self.stdout.write(f"{len(ids)} stuck task(s) requeued" + (f": {', '.join(ids)}" if ids else "")
                          + (f"; {pruned} old task run(s) forgotten" if pruned else ""))
