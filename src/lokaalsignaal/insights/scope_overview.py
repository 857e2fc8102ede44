"""The overview of a region or Flanders for a period: the signals of its participating municipalities by
municipality and type, and by theme — with small numbers suppressed.

One suppression covers the table that adds up (`privacy.small_numbers.suppress`): the signals per municipality and
type are cells, with the municipalities' and the types' totals and the grand total. The signals per month are a
second breakdown of the same grand total, suppressed on their own line (`_trend` says why that holds: the two share
only the grand total, so every month reads "verborgen" unless both keep it visible). A theme count (a signal may
have several themes, so they add up to nothing) is shown alone: "< 5" below five. How fast the municipalities
answered is shown for the scope as a whole, and only when it gives no small count back: the share answered within
the promised time when neither the signals answered in time nor the others are 1 to 4, the median days when at
least five were answered. Counts of knelpunten are not counts of people and are shown as they are. A scope member
reads it; a count never names anyone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, DurationField, F, Q, Value, When
from django.utils.translation import gettext as _

from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.regions import access as region_access
from lokaalsignaal.insights import answer_times, public
from lokaalsignaal.insights.periods import Period, month_label, monthly_counts
from lokaalsignaal.intake.models import Signal, SignalStatus, SignalType
from lokaalsignaal.privacy.small_numbers import THRESHOLD, suppress
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Municipality

TOTAL = "total"


@dataclass(frozen=True)
class Line:
    label: str
    cells: list[str]
    total: str


@dataclass
class ScopeOverview:
    period: Period
    types: list[str] = field(default_factory=list)
    municipalities: list[Line] = field(default_factory=list)
    type_totals: list[str] = field(default_factory=list)
    total: str = "0"
    themes: list[public.ThemeCount] = field(default_factory=list)
    escalated_knelpunten: int = 0
    decided_knelpunten: int = 0
    by_month: list[tuple[str, str]] = field(default_factory=list)
    response_share: int | None = None  # % answered within the municipality's promised time; None: not shown
    median_days_to_feedback: float | None = None


def _safe(count: int) -> bool:
    return count == 0 or count >= THRESHOLD


def scope_overview(user, scope, period: Period) -> ScopeOverview:
    if not scoping.scopes_for(user).filter(pk=scope.pk).exists():
        raise PermissionDenied
    start, end = period.bounds()
    places = list(scope.municipalities.filter(participating=True).order_by("name").values_list("pk", "name"))
    signals = (Signal.objects.filter(municipality__in=[pk for pk, _name in places], submitted_at__gte=start,
                                     submitted_at__lt=end).exclude(status=SignalStatus.WITHDRAWN))
    types = list(SignalType)
    per_cell = {(m, t): n for m, t, n in signals.values_list("municipality", "signal_type").annotate(
        n=Count("pk")).order_by()}

    counts = {("c", m, t.value): per_cell.get((m, t.value), 0) for m, _name in places for t in types}
    lines = [(("m", m), [("c", m, t.value) for t in types]) for m, _name in places]
    lines += [(("t", t.value), [("c", m, t.value) for m, _name in places]) for t in types]
    lines += [(TOTAL, [("m", m) for m, _name in places]), (TOTAL, [("t", t.value) for t in types])]
    table = suppress(counts, lines).with_texts(small=_("< 5"), hidden=_("verborgen"))

    overview = ScopeOverview(period=period, types=[str(t.label) for t in types], total=table.shown(TOTAL))
    overview.municipalities = [Line(name, [table.shown(("c", m, t.value)) for t in types], table.shown(("m", m)))
                               for m, name in places]
    overview.type_totals = [table.shown(("t", t.value)) for t in types]
    overview.by_month = _trend(signals, period, grand_total_visible=table.is_visible(TOTAL))
    _response(overview, signals)
    overview.themes = public.themes(period, [pk for pk, _name in places])
    readable = region_access.escalated_knelpunten_for(user, scope)
    overview.escalated_knelpunten = readable.count()
    overview.decided_knelpunten = (Decision.objects.filter(knelpunt__in=readable, decided_on__gte=period.first,
                                                           decided_on__lte=period.last)
                                   .values("knelpunt").distinct().count())
    return overview


def _trend(signals, period: Period, *, grand_total_visible: bool) -> list[tuple[str, str]]:
    """The signals per month, suppressed on their own line to the grand total. The months are a second breakdown of
    the grand total that shares nothing else with the municipality × type table (a sum of months equals a sum of
    that table's cells only as the grand total), so the two suppressions hold together as long as the grand total is
    visible in both; when either would hide it, every month reads "verborgen"."""
    months = period.months()
    per_month = monthly_counts(signals, period)
    trend = suppress({month: per_month.get(month, 0) for month in months}, [(TOTAL, months)]).with_texts(
        small=_("< 5"), hidden=_("verborgen"))
    if not (grand_total_visible and trend.is_visible(TOTAL)):
        return [(month_label(month), _("verborgen")) for month in months]
    return [(month_label(month), trend.shown(month)) for month in months]


def _response(overview: ScopeOverview, signals) -> None:
    """The scope's share of signals answered within their municipality's promised time and the median days to a first
    answer, each only when it gives no count of 1 to 4 back."""
    # the response times of the municipalities with signals: a lookup per municipality, not a pass over the signals
    days = set(Municipality.objects.filter(pk__in=signals.values("municipality")).order_by()
               .values_list("response_days", flat=True))
    promised = Case(*[When(municipality__response_days=n, then=Value(timedelta(days=n))) for n in sorted(days)],
                    default=Value(timedelta(0)), output_field=DurationField())
    totals = signals.annotate(waited=answer_times.waited(), promised=promised).aggregate(
        n=Count("pk"), answered=Count("pk", filter=Q(first_feedback_at__isnull=False)),
        within=Count("pk", filter=Q(first_feedback_at__isnull=False, waited__lte=F("promised"))),
        **answer_times.median_aggregate())
    late = totals["n"] - totals["within"]
    if totals["n"] >= THRESHOLD and _safe(totals["within"]) and _safe(late):
        overview.response_share = round(100 * totals["within"] / totals["n"])
    if totals["answered"] >= THRESHOLD:  # counted in the database, no answer time read into Python
        overview.median_days_to_feedback = answer_times.median_days(signals, totals["answered"],
                                                                    totals.get(answer_times.MEDIAN))
