""""Wat deden we met jullie signalen?": what the signals led to, for everyone.

A municipality's page exists only while it participates and switched its public page on (its settings). It shows the
knelpunten its coordinators made public — their public title and summary (written for it), stage, decisions and the
number of signals behind each — and the period's signals by theme. The Flanders page shows the signals by theme
across the participating municipalities. Every count of signals stands alone and reads "< 5" below five (a theme
count adds up to nothing: a signal may have several themes; no total is shown beside the themes, so none can be
subtracted). Never a signal's text, a giver, an organisation or an internal note.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch
from django.http import Http404
from django.utils.translation import gettext as _

from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.insights.periods import Period
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.privacy.small_numbers import shown_alone, suppress
from lokaalsignaal.tenancy.models import Municipality


@dataclass(frozen=True)
class ThemeCount:
    label: str
    shown: str


def _small() -> str:
    return _("< 5")


def published_municipality(slug: str) -> Municipality:
    municipality = Municipality.objects.filter(slug=slug, participating=True, public_page=True).first()
    if municipality is None:
        raise Http404("Niet gevonden")
    return municipality


def public_knelpunten(municipality: Municipality):
    """The knelpunten its coordinators made public, highest priority first, with their decisions (three queries)."""
    knelpunten = (Knelpunt.objects.filter(municipality=municipality, public=True, merged_into__isnull=True)
                  .exclude(public_title="")
                  .only("pk", "public_title", "public_summary", "stage", "signal_count", "priority",
                        "priority_override", "municipality_id")
                  .prefetch_related(Prefetch("decisions", Decision.objects.only(
                      "knelpunt_id", "body", "body_name", "decided_on", "text", "budget", "link")))
                  .order_by("-priority", "pk"))
    for knelpunt in knelpunten:
        knelpunt.signals_shown = shown_alone(knelpunt.signal_count, small=_small())
        yield knelpunt


def themes(period: Period, municipalities) -> list[ThemeCount]:
    """The period's signals of these municipalities per theme ("< 5" below five): for the public pages and for a
    region's numbers. A count across several municipalities is shown only when it cannot be computed back: the
    municipalities among them with a public page show their own counts to everyone, so their counts and the rest
    (the others together) form a line whose total is this count (`privacy.small_numbers.suppress`); when that line
    would hide anything but this total, the total reads "verborgen" (the published pages show their own counts)."""
    start, end = period.bounds()
    signals = Signal.objects.filter(municipality__in=municipalities, submitted_at__gte=start,
                                    submitted_at__lt=end).exclude(status=SignalStatus.WITHDRAWN)
    rows = list(Signal.themes.through.objects.filter(signal__in=signals)
                .values_list("theme__name", "signal__municipality").annotate(n=Count("pk")).order_by())
    published = set(Municipality.objects.filter(pk__in=signals.values("municipality"), participating=True,
                                                public_page=True).values_list("pk", flat=True))
    per_theme: dict[str, dict] = {}
    for name, municipality, n in rows:
        per_theme.setdefault(name, {})[municipality] = n
    found = [ThemeCount(name, _shown(counts, published)) for name, counts in per_theme.items()]
    totals = {name: sum(counts.values()) for name, counts in per_theme.items()}
    return sorted(found, key=lambda t: (-totals[t.label], t.label))


def _shown(counts: dict, published: set) -> str:
    total = sum(counts.values())
    if len(counts) == 1:  # one municipality's own count: nothing to subtract it from
        return shown_alone(total, small=_small())
    cells = {("m", m): n for m, n in counts.items() if m in published}
    cells[("rest",)] = sum(n for m, n in counts.items() if m not in published)
    table = suppress(cells, [("total", list(cells))])
    if "total" in table.small:
        return _small()
    if "total" in table.hidden or any(key in table.hidden for key in cells if key != ("rest",)):
        return _("verborgen")
    return str(total)
