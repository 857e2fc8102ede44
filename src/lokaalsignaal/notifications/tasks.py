"""The background work of notifications (django-tasks), and the functions that queue it: the subscriptions
(`lokaalsignaal.subscriptions`) call `notify_givers`, `notify_joiners` and `notify_coordinators` after commit."""

from django_tasks import task

from lokaalsignaal.notifications import knelpunt_news, services
from lokaalsignaal.operations.once import run_once

# A task the queue runs again (its worker died before marking it done) creates no notification or mail twice:
# run_once commits the work with the record that this task run did it.


@task(takes_context=True)
def deliver_notifications(context, signal_ids: list[int], kind: str, detail: str = "") -> None:
    run_once(context, services.create_notifications, signal_ids, kind, detail)


@task(takes_context=True)
def deliver_joiner_notifications(context, knelpunt_ids: list[int], kind: str, detail: str = "",
                                 user_ids: list[int] | None = None) -> None:
    run_once(context, services.create_joiner_notifications, knelpunt_ids, kind, detail, user_ids)


@task(takes_context=True)
def deliver_knelpunt_news(context, knelpunt_ids: list[int], kind: str, detail: str = "",
                          author_id: int | None = None) -> None:
    run_once(context, knelpunt_news.create, knelpunt_ids, kind, detail, author_id)


@task()
def send_digests(frequency: str) -> int:
    return services.send_digests(frequency)


# --- queueing (called after commit) ---------------------------------------------------------------------------

def notify_givers(signal_ids, kind: str, detail: str = "") -> None:
    """Queue notifications for the givers of these signals (a task: the person reads them in the platform and
    gets them by mail). Called by the subscriptions, after the action's transaction committed."""
    ids = list(signal_ids)
    if ids:
        deliver_notifications.enqueue(ids, kind, detail)


def notify_joiners(knelpunt_ids, kind: str, detail: str = "", user_ids=None) -> None:
    """Queue notifications for the givers who joined these knelpunten ("ik zie dit ook"). `user_ids`: only these of
    them (the joiners a merge moved to the knelpunt). Called by the subscriptions, after commit."""
    ids = [pk for pk in knelpunt_ids if pk]
    users = None if user_ids is None else [pk for pk in user_ids if pk]
    if ids and users != []:
        deliver_joiner_notifications.enqueue(ids, kind, detail, users)


def notify_coordinators(knelpunt_ids, kind: str, detail: str = "", author_id: int | None = None) -> None:
    """Queue the news for the coordinators of these knelpunten (called by the subscriptions, after commit)."""
    ids = [pk for pk in knelpunt_ids if pk]
    if ids:
        deliver_knelpunt_news.enqueue(ids, kind, detail, author_id)
