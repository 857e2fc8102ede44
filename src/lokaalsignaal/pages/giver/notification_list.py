"""The list of a person's notifications (`/mijn/meldingen/`), grouped per signal or knelpunt: each with the title of
the signal or knelpunt it is about and a short excerpt of the message it carries, in three queries for the page
however many groups or rows it shows.

The excerpt is read from what the person already reads elsewhere, never from internal text: her signal's story (the
question, the explanation of "niet weerhouden", the knelpunt message carried to her signal) and the message of the
knelpunt's stage change, or for a joiner the knelpunt's messages (as on /mijn/knelpunten/<pk>/). Coordinator news and
admin changes get no excerpt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Case, CharField, Count, F, Max, OuterRef, Q, Subquery, TextField, Value, When, Window
from django.db.models.functions import Cast, Coalesce, Concat, RowNumber, Substr

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.casework.knelpunten.models import KnelpuntMessage, StageChange
from lokaalsignaal.intake.models import SignalEvent
from lokaalsignaal.kept_queries import KeptPages, KeptQuery
from lokaalsignaal.notifications import services
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.pagination import PAGE_SIZE

EXCERPT_LENGTH = 140
Kind = Notification.Kind
EventKind = SignalEvent.Kind


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    """`text` on one line, cut on a word to at most `length` characters (an ellipsis added when cut)."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut and not text[length - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def _latest(queryset, field: str):
    """The `field` of the newest row of `queryset` made before the notification (a correlated subquery)."""
    rows = queryset.filter(created_at__lte=OuterRef("created_at")).order_by("-created_at", "-id")
    # a little more than the excerpt needs is read: the rest of a long message stays in the database
    return Subquery(rows.annotate(start=Substr(field, 1, EXCERPT_LENGTH + 60)).values("start")[:1],
                    output_field=TextField())


def _signal_event(kind: str, field: str = "body"):
    return _latest(SignalEvent.objects.filter(signal_id=OuterRef("signal_id"), kind=kind).exclude(**{field: ""}),
                   field)


def _message_text():
    """The text a notification carries, by its kind (empty when it carries none)."""
    mine = {"signal__isnull": False}
    joined = {"signal__isnull": True, "knelpunt__isnull": False}
    knelpunt_message = _latest(KnelpuntMessage.objects.filter(knelpunt_id=OuterRef("knelpunt_id")), "body")
    carried_message = _signal_event(EventKind.FEEDBACK, "knelpunt_message__body")
    return Coalesce(Case(
        When(kind=Kind.QUESTION, then=_signal_event(EventKind.QUESTION)),
        When(kind=Kind.NOT_RETAINED, then=_signal_event(EventKind.NOT_RETAINED)),
        When(kind__in=[Kind.FEEDBACK, Kind.DECISION], **mine, then=carried_message),
        When(kind__in=[Kind.FEEDBACK, Kind.DECISION], **joined, then=knelpunt_message),
        When(kind=Kind.STAGE, **mine, then=_latest(
            StageChange.objects.filter(knelpunt_id=OuterRef("signal__knelpunt_id")), "message")),
        When(kind=Kind.STAGE, **joined, then=_latest(
            StageChange.objects.filter(knelpunt_id=OuterRef("knelpunt_id")), "message")),
        default=Value(""), output_field=TextField(),
    ), Value(""), output_field=CharField())


def group_key():
    """What a notification is grouped by on the page: its signal ("s12"), else the knelpunt a joiner or a
    coordinator hears about ("k3"), else the municipality of an admin change ("m4"), else itself ("n55")."""
    def tagged(tag, column):
        return Concat(Value(tag), Cast(column, CharField()))

    return Case(
        When(signal__isnull=False, then=tagged("s", "signal_id")),
        When(knelpunt__isnull=False, then=tagged("k", "knelpunt_id")),
        When(municipality__isnull=False, then=tagged("m", "municipality_id")),
        default=tagged("n", "id"), output_field=CharField())


ITEMS_PER_GROUP = 10  # a group shows at most this many notifications; its signal's page tells the whole story


@dataclass
class Group:
    key: str
    count: int
    unread: int
    items: list = field(default_factory=list)

    @property
    def newest(self):
        return self.items[0]

    @property
    def earlier(self) -> list:
        return self.items[1:]

    @property
    def not_shown(self) -> int:
        return self.count - len(self.items)


def _filled(notification) -> None:
    if notification.signal_id:
        notification.about = notification.signal.title
    elif notification.knelpunt_id:
        notification.about = notification.knelpunt.title
    else:
        notification.about = ""
    notification.excerpt = excerpt(notification.message_text or "")


def _groups(user_id):
    """Her notifications' groups, the group with the newest notification first."""
    return (services.notifications_of(account(user_id)).annotate(group=group_key()).order_by().values("group")
            .annotate(newest_at=Max("created_at"), newest_id=Max("id"), count=Count("id"),
                      unread=Count("id", filter=Q(read_at__isnull=True)))
            .order_by("-newest_at", "-newest_id"))


def _items(user_id, shape, **keys):
    """The newest notifications (at most `ITEMS_PER_GROUP`) of the groups `keys` (`shape` of them), newest first."""
    ranked = services.notifications_of(account(user_id)).annotate(group=group_key()).annotate(rank=Window(
        RowNumber(), partition_by=[F("group")], order_by=[F("created_at").desc(), F("id").desc()]))
    return ranked.filter(group__in=[keys[f"g{i}"] for i in range(shape)], rank__lte=ITEMS_PER_GROUP).annotate(
        message_text=_message_text())


# built once per process (`kept_queries`): the groups' count and page, their notifications (per number of groups)
_GROUPS = KeptPages(_groups)
_ITEMS = KeptQuery(_items)


def page_of(user, number) -> Page:
    """Page `number` of the person's notifications grouped per signal or knelpunt (`group_key`), the group with the
    newest notification first. Each `Group` holds its count, its unread count and its newest notifications (at most
    `ITEMS_PER_GROUP`, newest first), each with `.about` (the title of its signal or knelpunt) and `.excerpt` (of
    the message it carries, "" if none). Three queries however many notifications: the count of groups, the groups
    of the page, their notifications."""
    page = Paginator(_GROUPS.of(user_id=user.pk), PAGE_SIZE).get_page(number)
    rows = {row["group"]: Group(row["group"], row["count"], row["unread"]) for row in page.object_list}
    if rows:
        keys = {f"g{i}": key for i, key in enumerate(rows)}
        for notification in _ITEMS(shape=len(keys), user_id=user.pk, **keys):
            _filled(notification)
            rows[notification.group].items.append(notification)
    page.object_list = [group for group in rows.values() if group.items]
    return page
