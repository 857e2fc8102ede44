"""The overview of a municipality for a period: what its signals show and what came of them.

`municipality_overview(user, municipality, period)` checks the permission (`overview.read`) and reads everything in
a constant number of queries (about fifteen, whatever the number of signals), each an aggregate: no signal is read
into Python to be counted (the median days to a first answer neither, see `answer_times`); the numbers are kept five
minutes. Withdrawn signals never count. Within its own municipality a coordinator or reader sees every signal
anyway, so no number is suppressed here;
overviews across municipalities or in public go through `privacy.small_numbers`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from lokaalsignaal import fragments
from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.models import Knelpunt, StageChange
from lokaalsignaal.casework.knelpunten.stages import CLOSED, Stage
from lokaalsignaal.insights import answer_times, charts
from lokaalsignaal.insights.periods import Period, month_label, monthly_counts
from lokaalsignaal.intake.models import Signal, SignalStatus, SignalType
from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Municipality

TOP = 5
FRESH_FOR = 300  # seconds the numbers of an overview are kept (the page says when they were counted)
KEPT_FORMAT = 2  # raise when `Overview` changes: a release then never reads numbers kept by the one before


@dataclass(frozen=True)
class Row:
    label: str
    count: int


@dataclass(frozen=True)
class Waiting:
    pk: int
    reference: str
    title: str
    days: int


@dataclass
class Overview:
    period: Period
    signals: int = 0
    organisations: int = 0
    sectors: int = 0
    open_questions: int = 0
    answered: int = 0
    within_response: int = 0
    response_days: int = 0
    median_days_to_feedback: float | None = None
    knelpunten_opened: int = 0
    knelpunten_closed: int = 0
    knelpunten_decided: int = 0
    by_type: list[Row] = field(default_factory=list)
    by_theme: list[Row] = field(default_factory=list)
    by_target_group: list[Row] = field(default_factory=list)
    by_sector: list[Row] = field(default_factory=list)
    by_stage: list[Row] = field(default_factory=list)
    by_month: list[Row] = field(default_factory=list)
    waiting_longest: list[Waiting] = field(default_factory=list)
    top_knelpunten: list = field(default_factory=list)
    computed_at: datetime | None = None
    charts: dict = field(default_factory=dict)  # `insights.charts.overview_charts`, drawn with the numbers

    @property
    def kept_key(self) -> tuple:
        """What the page's numbers are (`{% kept_fragment %}`): the period, when they were counted (they are kept per
        municipality, period and language) and the knelpunten at the top, read for this person. Numbers counted now
        (a report) are not kept."""
        if self.computed_at is None:
            raise fragments.NotKept
        top = tuple((k.pk, k.title, k.stage, getattr(k, "effective", None)) for k in self.top_knelpunten)
        return self.period.bounds(), self.computed_at, top

    @property
    def response_share(self) -> int | None:
        """The share (%) of the period's signals that had a first answer within the promised response time."""
        return round(100 * self.within_response / self.signals) if self.signals else None


def _rows(pairs, label=str) -> list[Row]:
    rows = [Row(label(key), count) for key, count in pairs if count]
    return sorted(rows, key=lambda row: (-row.count, row.label.lower()))


def _stage_label(status: str, stage: str | None) -> str:
    if status == SignalStatus.NOT_RETAINED:
        return _("Niet weerhouden")
    return str(Stage(stage).label) if stage else _("Nog niet bij een knelpunt")


def municipality_overview(user, municipality, period: Period, kept: bool = True) -> Overview:
    """The overview for someone who may read it. The numbers are the same for everyone who may (and the aggregates
    over a large city's signals take a few hundred milliseconds), so they are kept for `FRESH_FOR` seconds per
    municipality, period and language (`computed_at` says when they were counted); the knelpunten at the top are
    read for this person every time. `kept=False` counts now (a report for the council)."""
    if not scoping.can(user, municipality, "overview.read"):
        raise PermissionDenied
    start, end = period.bounds()
    key = f"insights:overview:{KEPT_FORMAT}:{municipality.pk}:{start.isoformat()}:{end.isoformat()}:{get_language()}"
    overview = cache.get(key) if kept else None
    if overview is None:
        overview = _numbers(municipality, period, start, end)
        overview.charts = charts.overview_charts(overview)  # drawing them costs more than reading the numbers
        cache.set(key, overview, FRESH_FOR)
    overview.top_knelpunten = _TOP(user_id=user.pk, municipality_id=municipality.pk)
    return overview


# the knelpunten at the top, read for each person on every visit: built once per process (`kept_queries`), read
# in order from the index `knelpunt_priority_idx`
_TOP = KeptQuery(lambda user_id, municipality_id: knelpunt_access.knelpunten_for(
    account(user_id), Municipality(pk=municipality_id)).exclude(stage__in=CLOSED)
    .annotate(effective=Coalesce("priority_override", "priority")).order_by("-effective", "-updated_at")
    .only("pk", "title", "stage", "priority", "priority_override", "signal_count", "join_count")[:TOP])


def _numbers(municipality, period: Period, start, end) -> Overview:
    signals = (Signal.objects.filter(municipality=municipality, submitted_at__gte=start, submitted_at__lt=end)
               .exclude(status=SignalStatus.WITHDRAWN))
    promised = timedelta(days=municipality.response_days)
    totals = signals.annotate(waited=answer_times.waited()).aggregate(
        signals=Count("pk"), organisations=Count("organisation", distinct=True),
        sectors=Count("sector", distinct=True), open_questions=Count("pk", filter=Q(has_open_question=True)),
        answered=Count("pk", filter=Q(first_feedback_at__isnull=False)),
        within_response=Count("pk", filter=Q(first_feedback_at__isnull=False, waited__lte=promised)),
        **answer_times.median_aggregate())
    median_wait = totals.pop(answer_times.MEDIAN, None)
    overview = Overview(period=period, response_days=municipality.response_days, **totals)
    overview.median_days_to_feedback = answer_times.median_days(signals, overview.answered, median_wait)

    overview.by_type = _rows(signals.values_list("signal_type").annotate(n=Count("pk")).order_by(),
                             lambda value: str(SignalType(value).label))
    overview.by_sector = _rows(signals.values_list("sector__name").annotate(n=Count("pk")).order_by(),
                               lambda name: name or _("Geen sector"))
    stages: dict[str, int] = {}
    for status, stage, count in signals.values_list("status", "knelpunt__stage").annotate(n=Count("pk")).order_by():
        label = _stage_label(status, stage)
        stages[label] = stages.get(label, 0) + count
    overview.by_stage = _rows(stages.items())
    # joined from the period's signals (an index lookup per signal), not the whole link table matched against them
    overview.by_theme = _rows(signals.filter(themes__isnull=False).values_list("themes__name")
                              .annotate(n=Count("pk")).order_by())
    overview.by_target_group = _rows(signals.filter(target_groups__isnull=False).values_list("target_groups__name")
                                     .annotate(n=Count("pk")).order_by())
    overview.by_month = [Row(month_label(month), n) for month, n in monthly_counts(signals, period).items()]

    today = timezone.localdate()
    overview.waiting_longest = [
        Waiting(pk, reference, title, (today - timezone.localtime(given).date()).days)
        for pk, reference, title, given in signals.filter(
            first_feedback_at__isnull=True, status__in=[SignalStatus.SUBMITTED, SignalStatus.RECEIVED])
        .order_by("submitted_at", "pk").values_list("pk", "reference", "title", "submitted_at")[:TOP]]

    knelpunten = Knelpunt.objects.filter(municipality=municipality, merged_into__isnull=True)
    overview.knelpunten_opened = knelpunten.filter(created_at__gte=start, created_at__lt=end).count()
    overview.knelpunten_closed = (StageChange.objects.filter(
        knelpunt__in=knelpunten, to_stage__in=CLOSED, created_at__gte=start, created_at__lt=end)
        .values("knelpunt").distinct().count())
    overview.knelpunten_decided = (Decision.objects.filter(
        knelpunt__in=knelpunten, decided_on__gte=period.first, decided_on__lte=period.last)
        .values("knelpunt").distinct().count())
    overview.computed_at = timezone.now()
    return overview
