"""The task worker is killed in the middle of a task: the task runs again, and no mail or notification comes twice.

The real parts: `manage.py db_worker` (django-tasks-db) as its own process on the suite's database, started as
docs/deploy.md says (worker id `<host>:<pid>`), a real SMTP server that holds its answer so the worker is killed
(SIGKILL) while it delivers, then `manage.py requeue_stuck_tasks` and a new worker, as systemd does on a restart."""

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.notifications.models import Notification
from tests.mail.smtp_server import LocalSMTPServer

ROOT = Path(__file__).resolve().parents[2]
DB_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

pytestmark = pytest.mark.django_db(transaction=True)


def database_url() -> str:
    """The suite's (test) database as DATABASE_URL, for a process of its own."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    credentials = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else "")
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def production_env(smtp: LocalSMTPServer) -> dict:
    """The environment of a process of its own with the production settings, on the suite's database."""
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "lokaalsignaal.settings", "DJANGO_SECRET_KEY": "w" * 60,
            "DATABASE_URL": database_url(), "LOKAALSIGNAAL_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
            "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "DJANGO_EMAIL_HOST": smtp.host, "DJANGO_EMAIL_PORT": str(smtp.port), "DJANGO_DEBUG": "0",
            "LOKAALSIGNAAL_SIMILARITY_EMBEDDINGS": "0", "DJANGO_LOG_LEVEL": "WARNING"}


def start_worker(smtp: LocalSMTPServer, *extra: str) -> subprocess.Popen:
    """`manage.py db_worker` with the production settings, as its own process, on the suite's database."""
    command = ('exec "$0" manage.py db_worker --worker-id "$(hostname):$$" --interval 0.1 --no-startup-delay '
               '--no-reload "$@"')
    return subprocess.Popen(["sh", "-c", command, sys.executable, *extra], cwd=ROOT, env=production_env(smtp),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def run_worker_to_the_end(smtp) -> str:
    worker = start_worker(smtp, "--batch")
    try:
        output, _ = worker.communicate(timeout=120)
    finally:
        worker.kill()  # ended already, or hanging: never left behind
    assert worker.returncode == 0, output
    return output


@pytest.fixture
def smtp():
    server = LocalSMTPServer().start()
    yield server
    server.stop()


@pytest.fixture
def feedback_queued(make_signal, make_knelpunt, kortrijk_coordinator, committed, settings):
    """A coordinator's feedback to the giver of a signal, its notification task waiting in the database queue."""
    signal = make_signal()
    knelpunt = make_knelpunt(signals=[signal])
    settings.TASKS = DB_BACKEND
    with committed():
        casework.send_feedback(kortrijk_coordinator, knelpunt.pk, "We bespreken dit op het college van maandag.")
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
    return signal.giver


def feedback_of(giver):
    return Notification.objects.filter(user=giver, kind=Notification.Kind.FEEDBACK)


def mails_of_the_run():
    """The mails the feedback's tasks queued (those before went out at once, in the suite's own outbox)."""
    first_task = DBTaskResult.objects.order_by("enqueued_at").first()
    return OutgoingMail.objects.filter(created_at__gte=first_task.enqueued_at)


def test_a_worker_killed_while_it_delivers_leaves_the_mail_to_the_next_worker_once(feedback_queued, smtp):
    """The killed worker had claimed the mail (`mail.services.deliver`: claim, send, record). The requeued task leaves
    it alone while the claim's lease runs — the first sender might still be talking to the server — and once the lease
    is over the cron job (`retry_mail`) sends it: once."""
    giver = feedback_queued
    smtp.holding.set()  # the SMTP server is slow to answer: the worker waits in the middle of a delivery
    worker = start_worker(smtp)
    try:
        smtp.wait_until_held()
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    smtp.holding.clear()

    [stuck] = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING)
    assert stuck.task_path.endswith("deliver_mail")
    assert {(m.status, m.attempts) for m in mails_of_the_run()} == {(OutgoingMail.Status.SENDING, 1)}  # claimed
    assert feedback_of(giver).count() == 1  # of the killed attempt was kept
    assert not smtp.accepted

    requeued = call_command_output("requeue_stuck_tasks")
    assert f"1 stuck task(s) requeued: {stuck.pk}" in requeued
    run_worker_to_the_end(smtp)
    assert {m.status for m in mails_of_the_run()} == {OutgoingMail.Status.SENDING}  # within the lease: left alone
    assert not smtp.accepted

    mails_of_the_run().update(next_attempt_at=timezone.now() - timedelta(seconds=1))  # the lease is over
    retried = subprocess.run([sys.executable, "manage.py", "retry_mail"], cwd=ROOT, env=production_env(smtp),
                             capture_output=True, text=True, timeout=120)
    assert retried.returncode == 0, retried.stdout + retried.stderr

    assert {(m.status, m.attempts) for m in mails_of_the_run()} == {(OutgoingMail.Status.SENT, 2)}
    assert smtp.per_recipient() == {m.to: 1 for m in mails_of_the_run()}  # each mail arrived, once
    assert giver.email in smtp.per_recipient()
    assert feedback_of(giver).count() == 1
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}


def test_a_task_run_again_after_its_work_committed_creates_nothing_twice(feedback_queued, smtp):
    """The worker died after the notification task's work committed, before the queue marked it done."""
    giver = feedback_queued
    run_worker_to_the_end(smtp)
    assert smtp.per_recipient()[giver.email] == 1
    notification_task = DBTaskResult.objects.get(task_path__endswith=".deliver_notifications")
    # what the killed worker leaves: the task "running", claimed by a process that is gone
    dead = subprocess.run(["sh", "-c", 'echo "$(hostname):$$"'], capture_output=True, text=True).stdout.strip()
    DBTaskResult.objects.filter(pk=notification_task.pk).update(status=TaskResultStatus.RUNNING,
                                                                worker_ids=[dead])

    assert "1 stuck task(s) requeued" in call_command_output("requeue_stuck_tasks")
    run_worker_to_the_end(smtp)

    notification_task.refresh_from_db()
    assert notification_task.status == TaskResultStatus.SUCCESSFUL
    assert feedback_of(giver).count() == 1
    assert mails_of_the_run().filter(to=giver.email).count() == 1
    assert smtp.per_recipient()[giver.email] == 1


def test_a_task_of_a_live_worker_is_left_alone_until_it_runs_too_long(feedback_queued):
    task = DBTaskResult.objects.filter(status=TaskResultStatus.READY).first()
    here = subprocess.run(["hostname"], capture_output=True, text=True).stdout.strip()
    alive = f"{here}:{os.getpid()}"  # this very process: alive
    DBTaskResult.objects.filter(pk=task.pk).update(status=TaskResultStatus.RUNNING, worker_ids=[alive],
                                                   started_at=task.enqueued_at)

    assert "0 stuck task(s) requeued" in call_command_output("requeue_stuck_tasks")
    assert "1 stuck task(s) requeued" in call_command_output("requeue_stuck_tasks", "--minutes", "0")


def call_command_output(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()
