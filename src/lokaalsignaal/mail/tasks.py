from django_tasks import task

from . import services


@task()
def deliver_mail(mail_id: int) -> None:
    services.deliver(mail_id)
