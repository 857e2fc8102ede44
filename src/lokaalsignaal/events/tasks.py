from django_tasks import task

from . import services


@task()
def send_event_reminders() -> int:
    return services.send_reminders()
