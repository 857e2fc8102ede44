"""The inbox's list as its filters choose it: one queryset for the page and for its exports (`export_views`). The
list without filters, what a coordinator opens most, is read by queries built once per process (`kept_queries`)."""

from datetime import datetime, time, timedelta

from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Value, When
from django.utils import timezone

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.kept_queries import KeptPages
from lokaalsignaal.pages.workspace.inbox_forms import InboxSort, InboxStatus
from lokaalsignaal.reference.lists import ids_of
from lokaalsignaal.tenancy.models import Municipality

CLOSED_SIGNAL = (SignalStatus.WITHDRAWN, SignalStatus.NOT_RETAINED)


def _day_start(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def inbox_queryset(user, municipality, filters: dict):
    signals = signal_access.signals_for_triage(user, municipality)
    status = filters.get("status") or InboxStatus.OPEN
    if status == InboxStatus.OPEN:
        signals = signals.exclude(status__in=CLOSED_SIGNAL).filter(
            Q(knelpunt__isnull=True) | Q(status=SignalStatus.SUBMITTED))
    elif status == InboxStatus.NEW:
        signals = signals.filter(status=SignalStatus.SUBMITTED)
    elif status == InboxStatus.RECEIVED:
        signals = signals.filter(status=SignalStatus.RECEIVED, knelpunt__isnull=True)
    elif status == InboxStatus.LINKED:
        signals = signals.filter(knelpunt__isnull=False)
    elif status in (InboxStatus.NOT_RETAINED, InboxStatus.WITHDRAWN):
        signals = signals.filter(status=status)
    if filters.get("signal_type"):
        signals = signals.filter(signal_type=filters["signal_type"])
    # EXISTS instead of a join: no DISTINCT needed, so PostgreSQL keeps walking the (municipality, date) index
    if filters.get("theme"):
        signals = signals.filter(Exists(Signal.themes.through.objects.filter(
            signal_id=OuterRef("pk"), theme=filters["theme"])))
    if filters.get("target_group"):
        signals = signals.filter(Exists(Signal.target_groups.through.objects.filter(
            signal_id=OuterRef("pk"), targetgroup=filters["target_group"])))
    if filters.get("sector"):
        signals = signals.filter(sector=filters["sector"])
    if filters.get("date_from"):
        signals = signals.filter(submitted_at__gte=_day_start(filters["date_from"]))
    if filters.get("date_to"):
        signals = signals.filter(submitted_at__lt=_day_start(filters["date_to"] + timedelta(days=1)))
    if filters.get("open_question"):
        signals = signals.filter(has_open_question=True)
    if filters.get("unlinked"):
        signals = signals.filter(knelpunt__isnull=True)
    if filters.get("attention"):
        signals = signals.filter(needs_attention=True)
    if filters.get("overdue"):
        deadline = timezone.now() - timedelta(days=municipality.response_days)
        signals = signals.filter(first_feedback_at__isnull=True, submitted_at__lt=deadline).exclude(
            status__in=CLOSED_SIGNAL)
    if filters.get("q"):
        q = filters["q"].strip()
        signals = signals.filter(Q(title__icontains=q) | Q(description__icontains=q) | Q(reference__icontains=q))
    sort = filters.get("sort") or InboxSort.NEWEST
    if sort == InboxSort.OLDEST:
        signals = signals.order_by("submitted_at", "id")
    elif sort == InboxSort.WAITING:
        signals = signals.order_by(
            Case(When(first_feedback_at__isnull=True, then=Value(0)), default=Value(1), output_field=IntegerField()),
            "submitted_at", "id")
    else:
        signals = signals.order_by("-submitted_at", "-id")
    return (signals.select_related("sector", "knelpunt").prefetch_related("themes")
            .defer("description", "tried", "idea", "since"))


# what a row of the inbox reads (`signal_rows.inbox_rows`, `inbox_views._waiting`)
ROW_FIELDS = ("reference", "title", "signal_type", "sector", "submitted_at", "status", "knelpunt", "read_at",
              "has_open_question", "needs_attention", "first_feedback_at")


def _for_rows(signals):
    """The list's rows as the inbox shows them: only what a row reads; the themes' ids and the knelpunt's title in
    the same query (named from `reference.lists`), no model instances for the sector, knelpunt and themes."""
    return (signals.select_related(None).prefetch_related(None).only(*ROW_FIELDS)
            .annotate(theme_ids=ids_of(Signal.themes), knelpunt_title=F("knelpunt__title")))


def _unfiltered(user_id, municipality_id):
    return _for_rows(inbox_queryset(account(user_id), Municipality(pk=municipality_id), {}))


_UNFILTERED = KeptPages(_unfiltered)


def inbox_list(user, municipality, filters: dict):
    """What the inbox pages through: `inbox_queryset` as its rows read it, for the list without filters from kept
    queries (`kept_queries.KeptList`)."""
    if any(filters.values()):
        return _for_rows(inbox_queryset(user, municipality, filters))
    return _UNFILTERED.of(user_id=user.pk, municipality_id=municipality.pk)
