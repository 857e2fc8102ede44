"""The background work of signals (django-tasks): the daily retention (`intake.retention.apply_retention`)."""

from django_tasks import task

from lokaalsignaal.intake import retention


@task()
def apply_retention() -> dict[str, int]:
    return retention.apply_retention()
