""""Wat deden we met jullie signalen?": what the signals led to, for everyone.

A municipality's page exists only while it participates and switched its public page on (its settings). It shows the
knelpunten its coordinators made public — their public title and summary (written for it), stage, decisions, the
messages its coordinators showed there (`casework.knelpunten.services.set_message_public`) and the number of signals
behind each — and the period's signals by theme. The Flanders page shows the signals by theme
across the participating municipalities. Every count of signals stands alone and reads "< 5" below five (a theme
count adds up to nothing: a signal may have several themes; no total is shown beside the themes, so none can be
subtracted). Never a signal's text, a giver, an organisation or an internal note.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Max, Min, Prefetch
from django.http import Http404
from django.utils.translation import gettext as _

from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten.models import Knelpunt, KnelpuntMessage
from lokaalsignaal.insights.periods import Period
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.privacy.small_numbers import shown_alone, suppress
from lokaalsignaal.reference.models import Theme
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


PUBLIC_MESSAGES = 5  # the newest public messages shown per knelpunt; the page counts the rest


def public_knelpunten(municipality: Municipality):
    """The knelpunten its coordinators made public, highest priority first, with their decisions and the messages
    its coordinators showed there (`public_messages`: newest first, at most `PUBLIC_MESSAGES`; `earlier_messages`:
    how many more): a fixed number of queries however many there are. Only a message's date and text, never who
    wrote it."""
    knelpunten = (Knelpunt.objects.filter(municipality=municipality, public=True, merged_into__isnull=True)
                  .exclude(public_title="")
                  .only("pk", "public_title", "public_summary", "stage", "signal_count", "priority",
                        "priority_override", "municipality_id")
                  .prefetch_related(
                      Prefetch("decisions", Decision.objects.only(
                          "knelpunt_id", "body", "body_name", "decided_on", "text", "budget", "link")),
                      Prefetch("messages", KnelpuntMessage.objects.filter(public=True, scope__isnull=True)
                               .only("knelpunt_id", "body", "created_at").order_by("-created_at", "-id"),
                               to_attr="shown_messages"))
                  .order_by("-priority", "pk"))
    for knelpunt in knelpunten:
        knelpunt.signals_shown = shown_alone(knelpunt.signal_count, small=_small())
        knelpunt.public_messages = knelpunt.shown_messages[:PUBLIC_MESSAGES]
        knelpunt.earlier_messages = len(knelpunt.shown_messages) - len(knelpunt.public_messages)
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
    published = set(Municipality.objects.filter(pk__in=signals.values("municipality"), participating=True,
                                                public_page=True).values_list("pk", flat=True))
    # Per theme: its signals and whether one municipality alone gave them (lowest = highest); the published
    # municipalities' own counts apart. Joined from the period's signals, not the whole link table matched against
    # them, and grouped on the theme alone (a third cheaper than on theme × municipality for all of Flanders).
    per_theme = {theme: (n, low == high) for theme, n, low, high in signals.filter(themes__isnull=False)
                 .values_list("themes").annotate(n=Count("pk"), low=Min("municipality"), high=Max("municipality"))
                 .order_by()}
    own: dict[int, dict] = {}
    for theme, municipality, n in (signals.filter(municipality__in=published, themes__isnull=False)
                                   .values_list("themes", "municipality").annotate(n=Count("pk")).order_by()):
        own.setdefault(theme, {})[municipality] = n
    names = dict(Theme.objects.filter(pk__in=per_theme).values_list("pk", "name"))
    found = [ThemeCount(names[theme], _shown(n, alone, own.get(theme, {}))) for theme, (n, alone) in per_theme.items()]
    totals = {names[theme]: n for theme, (n, _alone) in per_theme.items()}
    return sorted(found, key=lambda t: (-totals[t.label], t.label))


def _shown(total: int, alone: bool, published: dict) -> str:
    """A theme's count across municipalities: `alone` when one municipality gave all of it, `published` the counts of
    the municipalities among them with a public page (the rest is the others together)."""
    if alone:  # one municipality's own count: nothing to subtract it from
        return shown_alone(total, small=_small())
    cells = {("m", m): n for m, n in published.items()}
    cells[("rest",)] = total - sum(published.values())
    table = suppress(cells, [("total", list(cells))])
    if "total" in table.small:
        return _small()
    if "total" in table.hidden or any(key in table.hidden for key in cells if key != ("rest",)):
        return _("verborgen")
    return str(total)
