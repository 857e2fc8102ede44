"""The background work of the similarity index (django-tasks): a signal's text is encoded by the task worker.

Encoding a text (one embedding) costs 30-90 ms of CPU, most of what giving a signal cost: the giver does not wait for
it (issue 17). The subscription (`lokaalsignaal.subscriptions`) queues it after the signal's transaction commits; the
worker stores the vector, and every process's index reads it on its next lookup (`services._refresh`). Running it
twice (a worker that died before marking it done) stores the same vector again."""

from django_tasks import task

from lokaalsignaal.similarity import services


@task()
def index_signal(signal_id: int) -> None:
    from lokaalsignaal.intake.models import Signal

    found = Signal.objects.filter(pk=signal_id).first()
    if found is not None:  # withdrawn and removed before the worker came to it
        services.index_signal(found)
