"""What a signalenrapport and a knelpuntfiche hold, read in a constant number of queries: the overview of the period
with its charts, and per knelpunt its summary, stage and history, decisions, numbers (signals, joins, organisations,
sectors) and the signal texts the coordinator quotes — never who gave them, nor their organisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch
from django.http import Http404
from django.utils import timezone

from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.models import Knelpunt, StageChange
from lokaalsignaal.insights.overview import Overview, municipality_overview
from lokaalsignaal.insights.periods import Period
from lokaalsignaal.intake.models import Signal, SignalStatus, SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy import scoping

EXCERPT_CHARS = 1200  # a quoted signal text is cut here
FICHE_SUMMARY_CHARS = 1500  # a fiche fits on one page
FICHE_HISTORY = 6


@dataclass(frozen=True)
class Excerpt:
    submitted_on: date
    signal_type: str
    title: str
    text: str


@dataclass
class Section:
    knelpunt: Knelpunt
    signals: int = 0
    organisations: int = 0
    sectors: int = 0
    history: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    excerpts: list[Excerpt] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return self.knelpunt.summary


@dataclass
class Content:
    municipality: object
    title: str
    intro: str
    period: Period | None
    made_on: date
    overview: Overview | None = None
    charts: dict = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)


def _cut(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def sections(municipality, knelpunt_ids, excerpt_ids=(), *, history: int | None = None) -> list[Section]:
    """The sections of the given knelpunten of `municipality` (highest priority first), in seven queries whatever
    their number. Only signals of those knelpunten can be quoted; withdrawn signals never count."""
    knelpunten = list(
        Knelpunt.objects.filter(municipality=municipality, merged_into__isnull=True, pk__in=list(knelpunt_ids))
        .prefetch_related(Prefetch("themes", Theme.objects.only("name")))
        .order_by("-priority", "-updated_at", "-pk"))
    knelpunten.sort(key=lambda k: -k.effective_priority)
    found = {k.pk: Section(k) for k in knelpunten}
    signals = Signal.objects.filter(knelpunt__in=found).exclude(status=SignalStatus.WITHDRAWN)
    for pk, n, organisations, sectors in (signals.values_list("knelpunt").order_by().annotate(
            n=Count("pk"), o=Count("organisation", distinct=True), s=Count("sector", distinct=True))):
        found[pk].signals, found[pk].organisations, found[pk].sectors = n, organisations, sectors
    for change in StageChange.objects.filter(knelpunt__in=found).order_by("created_at", "pk"):
        found[change.knelpunt_id].history.append(change)
    for decision in Decision.objects.filter(knelpunt__in=found).order_by("decided_on", "pk"):
        found[decision.knelpunt_id].decisions.append(decision)
    quoted = (signals.filter(pk__in=list(excerpt_ids)).order_by("submitted_at", "pk")
              .values_list("knelpunt", "submitted_at", "signal_type", "title", "description"))
    for pk, submitted_at, signal_type, title, text in quoted:
        found[pk].excerpts.append(Excerpt(timezone.localtime(submitted_at).date(), str(SignalType(signal_type).label),
                                          title, _cut(text, EXCERPT_CHARS)))
    if history is not None:
        for section in found.values():
            section.history = section.history[-history:]
    return [found[k.pk] for k in knelpunten]


def report_content(user, report) -> Content:
    """The whole report as `user` (who must still read the municipality's overview) would see it today."""
    municipality = report.municipality
    period = Period(report.period_kind, report.first_day, report.last_day)
    overview = municipality_overview(user, municipality, period, kept=False)
    return Content(
        municipality=municipality, title=report.title, intro=report.intro, period=period,
        made_on=timezone.localdate(), overview=overview, charts=overview.charts,
        sections=sections(municipality, report.knelpunten.values_list("pk", flat=True),
                          report.excerpts.values_list("pk", flat=True)))


def fiche_content(user, municipality, knelpunt_id: int) -> Content:
    """The one-page fiche of a knelpunt for the college: its section without quotes, the summary cut short and the
    last stage changes only. A 404 for a knelpunt the user may not read."""
    if not scoping.can(user, municipality, "knelpunten.read"):
        raise PermissionDenied
    if not knelpunt_access.knelpunten_for(user, municipality).filter(pk=knelpunt_id).exists():
        raise Http404
    found = sections(municipality, [knelpunt_id], history=FICHE_HISTORY)
    if not found:
        raise Http404
    section = found[0]
    section.knelpunt.summary = _cut(section.knelpunt.summary, FICHE_SUMMARY_CHARS)
    return Content(municipality=municipality, title=section.knelpunt.title, intro="", period=None,
                   made_on=timezone.localdate(), sections=found)
