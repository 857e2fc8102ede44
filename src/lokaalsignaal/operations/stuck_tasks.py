"""Tasks whose worker died: django-tasks-db marks a task "running" when a worker claims it and never looks at it
again, so a worker killed in the middle of a task (out of memory, a deploy, a crash) leaves the task stuck for good.
`requeue` makes such tasks ready again, for the next worker:

- at once when the worker that claimed it is known to be dead: its id is `<host>:<pid>` (docs/deploy.md starts the
  workers so) and that process no longer runs on this host;
- otherwise when it has been running for longer than `older_than` (no task of ours takes minutes).

A task can so run twice; every task is written to do nothing twice (`once.run_once`, the outbox's status check).
"""

from __future__ import annotations

import os
import socket
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

STUCK_AFTER = timedelta(minutes=30)


def _dead_here(worker: str) -> bool:
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # a process of another user: alive
        return False
    return _is_zombie(int(pid))


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


@transaction.atomic
def requeue(older_than: timedelta = STUCK_AFTER, now=None) -> list[str]:
    """Make the stuck tasks ready again; returns their ids."""
    now = now or timezone.now()
    stuck = [result for result in DBTaskResult.objects.select_for_update().filter(status=TaskResultStatus.RUNNING)
             if (result.worker_ids and _dead_here(result.worker_ids[-1]))
             or (result.started_at is not None and result.started_at < now - older_than)]
    ids = [result.pk for result in stuck]
    DBTaskResult.objects.filter(pk__in=ids, status=TaskResultStatus.RUNNING).update(status=TaskResultStatus.READY,
                                                                                    started_at=None)
    return [str(pk) for pk in ids]
