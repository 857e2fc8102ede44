"""Tell givers what happened to their signal: a notification in the platform and an e-mail (now or in a digest).
The domain services do not call this: they announce what happened, and `lokaalsignaal.subscriptions` queues the
tasks (`notifications.tasks`) that create the notifications after commit."""

from __future__ import annotations

import re

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.accounts.models import NotificationPreference, User
from lokaalsignaal.audit import services as audit
from lokaalsignaal.kept_queries import KeptUpdate
from lokaalsignaal.mail import services as mail

from .models import Notification


def deliver(created: list[Notification]) -> list[Notification]:
    """Store new notifications and mail those whose person wants every one at once (the rest go in the digest)."""
    Notification.objects.bulk_create(created)
    for notification in created:
        if notification.user.notification_preference == NotificationPreference.IMMEDIATE:
            _mail_one(notification)
    return created


# One action reaches each giver once, however many of her signals it touches: a message to a knelpunt's givers
# (feedback, an event's outcome), a stage change, a decision, and the bulk actions of the inbox (received, linked, not
# retained). A question is about one signal and comes with it.
ONE_PER_GIVER = frozenset({Notification.Kind.FEEDBACK, Notification.Kind.STAGE, Notification.Kind.DECISION,
                           Notification.Kind.RECEIVED, Notification.Kind.LINKED, Notification.Kind.NOT_RETAINED})


@transaction.atomic
def create_notifications(signal_ids, kind: str, detail: str = "") -> list[Notification]:
    """One notification per giver for the kinds in `ONE_PER_GIVER` (else one per signal touched): a giver with three
    signals in the knelpunt whose stage changed gets one notification and one e-mail, on her first signal, naming
    every reference (`Notification.references`)."""
    from lokaalsignaal.intake.models import Signal

    signals = (Signal.objects.filter(pk__in=signal_ids, giver__isnull=False, giver__is_active=True)
               .select_related("giver", "municipality").order_by("giver_id", "reference", "pk"))
    groups: dict = {}
    for signal in signals:
        groups.setdefault(signal.giver_id if kind in ONE_PER_GIVER else signal.pk, []).append(signal)
    created = [Notification(user=mine[0].giver, signal=mine[0], kind=kind, detail=detail[:200],
                            references=[s.reference for s in mine] if len(mine) > 1 else [])
               for mine in groups.values()]
    return deliver(created)


@transaction.atomic
def create_joiner_notifications(knelpunt_ids, kind: str, detail: str = "", user_ids=None) -> list[Notification]:
    """One notification per joiner of each knelpunt (active users only; `user_ids`: only these). A joiner who also
    gave a signal linked to the knelpunt already hears about it through that signal: no second notification."""
    from lokaalsignaal.casework.knelpunten.models import Join
    from lokaalsignaal.intake.models import Signal

    joins = Join.objects.filter(knelpunt_id__in=list(knelpunt_ids), user__isnull=False,
                                user__is_active=True).select_related("user", "knelpunt")
    if user_ids is not None:
        joins = joins.filter(user_id__in=list(user_ids))
    with_signal = set(Signal.objects.filter(knelpunt_id__in=list(knelpunt_ids), giver__isnull=False)
                      .values_list("knelpunt_id", "giver_id"))
    created = [Notification(user=j.user, knelpunt=j.knelpunt, kind=kind, detail=detail[:200])
               for j in joins if (j.knelpunt_id, j.user_id) not in with_signal]
    return deliver(created)


def notification_url(notification: Notification) -> str:
    """Where a notification leads: the giver's signal, the knelpunt they joined, or (news for a coordinator) the
    knelpunt in the workspace."""
    if notification.kind == Notification.Kind.ADMIN_CHANGE:
        if notification.municipality_id is None:
            return mail.absolute_url(reverse("notifications:notifications"))
        return mail.absolute_url(reverse("audit:log", args=[notification.municipality.slug]))
    if notification.kind in Notification.COORDINATOR_KINDS:
        knelpunt = notification.knelpunt
        return mail.absolute_url(reverse("casework:knelpunt", args=[knelpunt.municipality.slug, knelpunt.pk]))
    if notification.signal_id is None and notification.knelpunt_id is not None:
        return mail.absolute_url(reverse("joins:joined", args=[notification.knelpunt_id]))
    return _signal_url(notification.signal)


def _signal_url(signal) -> str:
    return mail.absolute_url(reverse("intake:detail", args=[signal.reference]))


def _settings_url() -> str:
    return mail.absolute_url(reverse("notifications:settings"))


def _mail_one(notification: Notification) -> None:
    user = notification.user
    mail.queue(user.email, "notification", {
        "notification": notification, "signal": notification.signal, "knelpunt": notification.knelpunt,
        "references": notification.signal_references,
        "signal_url": notification_url(notification), "settings_url": _settings_url(),
        "coordinator_news": notification.kind in Notification.COORDINATOR_KINDS,
    }, language=user.language)
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())


def send_digests(frequency: str, now=None) -> int:
    """One e-mail per user with every notification not yet e-mailed. Returns the number of digests sent."""
    now = now or timezone.now()
    user_ids = (Notification.objects.filter(emailed_at__isnull=True, user__notification_preference=frequency,
                                            user__is_active=True)
                .values_list("user_id", flat=True).distinct().order_by())
    return sum(_send_digest(user_id, frequency, now) for user_id in list(user_ids))


@transaction.atomic
def _send_digest(user_id: int, frequency: str, now) -> int:
    """The digest of one user. The rows are locked, so two runs at the same time never send the same item twice."""
    items = list(Notification.objects.select_for_update(of=("self",)).filter(user_id=user_id, emailed_at__isnull=True)
                 .select_related("user", "signal", "knelpunt__municipality").order_by("created_at", "id"))
    if not items:
        return 0
    user = items[0].user
    mail.queue(user.email, "digest", {
        "items": [(n, notification_url(n)) for n in items], "frequency": frequency,
        "settings_url": _settings_url(), "my_signals_url": mail.absolute_url(reverse("intake:mine")),
    }, language=user.language)
    Notification.objects.filter(pk__in=[n.pk for n in items]).update(emailed_at=now)
    return 1


def unread_of(user: User):
    """A user's unread notifications (the header counts them: `pages.menu`)."""
    return Notification.objects.filter(user=user, read_at__isnull=True)



def notifications_of(user: User):
    """A user's own notifications, newest first (the only way views list them)."""
    if not getattr(user, "is_authenticated", False):
        return Notification.objects.none()
    return Notification.objects.filter(user=user).select_related("signal", "knelpunt").order_by("-created_at",
                                                                                                 "-id")


def mark_all_read(user: User) -> int:
    return mark_read(user)


GROUP = re.compile(r"[skmn][1-9][0-9]{0,17}")  # a group of the notifications page, as `mark_read` takes it


def mark_read(user: User, group: str = "") -> int:
    """Mark the person's own unread notifications read: all of them, or one group of the notifications page
    ("s<signal id>", "k<knelpunt id>", "m<municipality id>", "n<notification id>"; see
    `pages.giver.notification_list.group_key`). Someone else's group, or one that does not exist, touches nothing.
    Returns how many were marked."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if group:
        if not GROUP.fullmatch(group):
            raise ValueError(group)
        kind, number = group[:1], int(group[1:])
        unread = unread.filter(**{
            "s": {"signal_id": number},
            "k": {"signal__isnull": True, "knelpunt_id": number},
            "m": {"signal__isnull": True, "knelpunt__isnull": True, "municipality_id": number},
            "n": {"signal__isnull": True, "knelpunt__isnull": True, "municipality__isnull": True, "pk": number},
        }[kind])
    return unread.update(read_at=timezone.now())


# asked on every visit of a knelpunt's or a signal's page: built once per process (`kept_queries`)
_KNELPUNT_READ = KeptUpdate(lambda user_id, knelpunt_id, now: (Notification.objects.filter(
    user_id=user_id, knelpunt_id=knelpunt_id, signal__isnull=True, read_at__isnull=True), {"read_at": now}))
_SIGNAL_READ = KeptUpdate(lambda user_id, signal_id, now: (Notification.objects.filter(
    user_id=user_id, signal_id=signal_id, read_at__isnull=True), {"read_at": now}))


def mark_knelpunt_read(user: User, knelpunt) -> int:
    """The joiner opened the knelpunt they joined, or the coordinator opened it in the workspace: its notifications
    are read."""
    return _KNELPUNT_READ(user_id=user.pk, knelpunt_id=knelpunt.pk, now=timezone.now())


def mark_municipality_read(user: User, municipality) -> int:
    """The coordinator opened the audit page of her municipality: the news about it (ADMIN_CHANGE) is read."""
    return Notification.objects.filter(user=user, municipality=municipality, kind=Notification.Kind.ADMIN_CHANGE,
                                       read_at__isnull=True).update(read_at=timezone.now())


def mark_signal_read(user: User, signal) -> int:
    """The giver opened the signal: its notifications are read."""
    return _SIGNAL_READ(user_id=user.pk, signal_id=signal.pk, now=timezone.now())


@transaction.atomic
def set_preference(user: User, preference: str) -> bool:
    """Immediately, daily or weekly. Returns whether it changed. Pending digest items go out when switching to
    'immediately' (otherwise no digest run would ever pick them up)."""
    if preference not in NotificationPreference.values:
        raise ValueError(preference)
    previous = user.notification_preference
    if previous == preference:
        return False
    user.notification_preference = preference
    user.save(update_fields=["notification_preference"])
    if preference == NotificationPreference.IMMEDIATE:
        _send_digest(user.pk, previous, timezone.now())
    audit.record(user, "notifications.preference_changed", user, from_preference=previous, to_preference=preference)
    return True


def tell_admin_change(recipients) -> list[Notification]:
    """The coordinators an admin change was mailed to (`accounts.admin_changes`) find it among their notifications
    too, already mailed: (user id, municipality id or None). Called by the subscriptions, after commit."""
    users = User.objects.in_bulk([user_id for user_id, _m in recipients])
    from lokaalsignaal.tenancy.models import Municipality

    places = Municipality.objects.in_bulk([m for _u, m in recipients if m])
    now = timezone.now()
    return Notification.objects.bulk_create([
        Notification(user=users[user_id], municipality=places.get(municipality_id), kind=Notification.Kind.ADMIN_CHANGE,
                     detail=places[municipality_id].name if municipality_id else "", emailed_at=now)
        for user_id, municipality_id in recipients if user_id in users])


def forget_signals(signal_ids) -> int:
    """These signals lost their giver (`intake.retention`): her notifications about them go, they named her beside
    them. Called by the subscriptions, in that transaction."""
    return Notification.objects.filter(signal_id__in=list(signal_ids)).delete()[0]


def forget_user(user_id: int) -> int:
    """She removed her account (`accounts.leaving`): her notifications go. In that transaction."""
    return Notification.objects.filter(user_id=user_id).delete()[0]
