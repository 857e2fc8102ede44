"""What the similarity suggestions may show: recent signal titles for a giver before she sends (never text or giver),
the knelpunten the index holds, and the published knelpunten of other municipalities. Who may join a knelpunt is
`casework.joins.access`."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.tenancy.models import Municipality
from lokaalsignaal.tenancy.scoping.core import can

# Before sending, a giver sees the knelpunten she may join and the titles (never the text or the giver) of recent
# signals of the municipality. Coordinators get suggestions from their own municipality only; region and Flanders
# users compare escalated knelpunten of their scope (`casework.regions.access.escalated_peers_for`).

SIMILAR_SIGNAL_DAYS = 365


def recent_signal_titles_for_giver(user, municipality: Municipality):
    """Recent signals of a municipality a giver may see as 'similar' before sending: only pk, title and date are
    loaded (never the text, the giver or their organisation). Not withdrawn, not set aside."""
    if not can(user, municipality, "knelpunten.join"):
        return Signal.objects.none()
    since = timezone.now() - timedelta(days=SIMILAR_SIGNAL_DAYS)
    return (Signal.objects.filter(municipality=municipality, submitted_at__gte=since)
            .exclude(status__in=[SignalStatus.WITHDRAWN, SignalStatus.NOT_RETAINED])
            .only("pk", "title", "submitted_at", "knelpunt_id"))


def published_knelpunten():
    """Every knelpunt that stands on a public page of results: made public with a public title, of a participating
    municipality with its public page on (`insights.public`). A system queryset: what "Ook in andere gemeenten"
    compares; callers show it through `published_elsewhere_for`."""
    return Knelpunt.objects.filter(public=True, merged_into__isnull=True, municipality__participating=True,
                                   municipality__public_page=True).exclude(public_title="")


def published_elsewhere_for(user, municipality: Municipality):
    """The published knelpunten of other municipalities, for someone who reads the knelpunten of `municipality`
    (its coordinators and readers), else none. Only their public title and summary may be shown, never the internal
    ones. Knelpunten escalated to a region are not among them: a region's members read those, not the other
    municipalities (`casework.regions.access`)."""
    if not can(user, municipality, "knelpunten.read"):
        return Knelpunt.objects.none()
    return published_knelpunten().exclude(municipality=municipality)


def knelpunt_match_source(municipality: Municipality):
    """Every knelpunt of a municipality that was not merged into another, open or closed (a system queryset, for
    `before_creating`: callers fetch what they show through `knelpunten_for`)."""
    return Knelpunt.objects.filter(municipality=municipality, merged_into__isnull=True)


def knelpunt_index_source(municipality: Municipality):
    """The open, not merged knelpunten of a municipality, as the similarity index holds them (a system queryset:
    callers fetch what they show through `joinable_knelpunten` / `knelpunten_for`)."""
    return Knelpunt.objects.filter(municipality=municipality, merged_into__isnull=True).exclude(stage__in=CLOSED)
