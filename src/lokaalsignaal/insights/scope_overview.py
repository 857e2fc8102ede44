"""The overview of a region or Flanders for a period: the signals of its participating municipalities by
municipality and type, and by theme — with small numbers suppressed.

One table adds up (`privacy.small_numbers.suppress`): the signals per municipality and type are its cells, with the
municipalities' and the types' totals and the grand total, so no cell below five can be read or computed back. No
second table that adds up to the same total is shown beside it (a monthly trend would be a second way to the grand
total: the suppression would have to cover municipality × type × month at once). A theme count (a signal may have
several themes, so they add up to nothing) is shown alone: "< 5" below five. Counts of knelpunten are not counts of
people and are shown as they are. A scope member reads it; a count never names anyone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.utils.translation import gettext as _

from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.regions import access as region_access
from lokaalsignaal.insights import public
from lokaalsignaal.insights.periods import Period
from lokaalsignaal.intake.models import Signal, SignalStatus, SignalType
from lokaalsignaal.privacy.small_numbers import suppress
from lokaalsignaal.tenancy import scoping

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
    overview.themes = public.themes(period, [pk for pk, _name in places])
    readable = region_access.escalated_knelpunten_for(user, scope)
    overview.escalated_knelpunten = readable.count()
    overview.decided_knelpunten = (Decision.objects.filter(knelpunt__in=readable, decided_on__gte=period.first,
                                                           decided_on__lte=period.last)
                                   .values("knelpunt").distinct().count())
    return overview
