"""Run a task's work once, however often the queue runs the task.

A database task queue runs a task at least once: a worker killed after the task's work committed but before it
marked the task done leaves it "running", and `stuck_tasks.requeue` gives it to the next worker. The work and a
`TaskRun` row keyed by the task's result id commit in one transaction, so the second run finds the row and does
nothing. Use it in a task declared with `takes_context=True`:

    @task(takes_context=True)
    def deliver_notifications(context, signal_ids, kind):
        run_once(context, services.create_notifications, signal_ids, kind)
"""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import TaskRun

KEEP_DAYS = 30


def run_once(context, work, *args, **kwargs):
    """`work(*args, **kwargs)` in one transaction with the record that this task run did it; None when it was
    done before."""
    result = context.task_result
    with transaction.atomic():
        try:
            with transaction.atomic():
                TaskRun.objects.create(task_id=str(result.id)[:64], task_path=result.task.module_path[:200])
        except IntegrityError:
            return None
        return work(*args, **kwargs)


def prune(now=None) -> int:
    """Forget task runs older than KEEP_DAYS (no task is requeued that late). Returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=KEEP_DAYS)
    return TaskRun.objects.filter(finished_at__lt=cutoff).delete()[0]
