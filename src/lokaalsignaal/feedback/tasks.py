from django_tasks import task

from . import services


@task()
def deliver_notifications(signal_ids: list[int], kind: str, detail: str = "") -> None:
    services.create_notifications(signal_ids, kind, detail)


@task()
def deliver_joiner_notifications(knelpunt_ids: list[int], kind: str, detail: str = "",
                                 user_ids: list[int] | None = None) -> None:
    services.create_joiner_notifications(knelpunt_ids, kind, detail, user_ids)


@task()
def deliver_knelpunt_news(knelpunt_ids: list[int], kind: str, detail: str = "", author_id: int | None = None) -> None:
    from . import knelpunt_news

    knelpunt_news.create(knelpunt_ids, kind, detail, author_id)


@task()
def send_digests(frequency: str) -> int:
    return services.send_digests(frequency)
