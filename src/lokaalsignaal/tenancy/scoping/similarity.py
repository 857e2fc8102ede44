"""Joining a knelpunt ("ik zie dit ook") and the suggestion lists. Part of the one place that decides access."""

from __future__ import annotations

from lokaalsignaal.accounts.models import Role
from lokaalsignaal.tenancy.models import Municipality, Scope
from lokaalsignaal.tenancy.permissions import declare

from .casework import signals_for_triage
from .core import can, municipalities_for
from .regions import escalated_knelpunten_for

# --- similarity ----------------------------------------------------------------------------------------------
# "Ik zie dit ook": an approved giver (or coordinator) of a municipality joins a knelpunt the municipality made
# visible to givers. Before sending, a giver sees such knelpunten and the titles (never the text or the giver) of
# recent signals of the municipality. Coordinators get suggestions from their own municipality only; region and
# Flanders users compare escalated knelpunten of their scope.
declare("knelpunten.join", {Role.GIVER, Role.COORDINATOR},
        description="Join a knelpunt the municipality made visible to givers ('ik zie dit ook').")

SIMILAR_SIGNAL_DAYS = 365


def joinable_knelpunten(user, municipality: Municipality | None = None):
    """Knelpunten the user may join: visible to givers, open, not merged, of a municipality where they give."""
    from lokaalsignaal.casework.models import Knelpunt
    from lokaalsignaal.casework.stages import CLOSED

    queryset = Knelpunt.objects.filter(municipality__in=municipalities_for(user, "knelpunten.join"),
                                         visible_to_givers=True, merged_into__isnull=True).exclude(stage__in=CLOSED)
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def joins_of(user):
    """A person's own joins."""
    from lokaalsignaal.casework.models import Join

    if not getattr(user, "is_authenticated", False):
        return Join.objects.none()
    return Join.objects.filter(user=user)


def joined_knelpunten_for(user):
    """Knelpunten the user joined, readable on their giver page while they are a member of its municipality and
    the knelpunt stays visible to givers (also after it closed: the outcome is for them too)."""
    from lokaalsignaal.casework.models import Knelpunt

    return Knelpunt.objects.filter(pk__in=joins_of(user).values("knelpunt_id"), visible_to_givers=True,
                                     municipality__in=municipalities_for(user, "knelpunten.join"))


def recent_signal_titles_for_giver(user, municipality: Municipality):
    """Recent signals of a municipality a giver may see as 'similar' before sending: only pk, title and date are
    loaded (never the text, the giver or their organisation). Not withdrawn, not set aside."""
    from datetime import timedelta

    from django.utils import timezone

    from lokaalsignaal.intake.models import Signal, SignalStatus

    if not can(user, municipality, "knelpunten.join"):
        return Signal.objects.none()
    since = timezone.now() - timedelta(days=SIMILAR_SIGNAL_DAYS)
    return (Signal.objects.filter(municipality=municipality, submitted_at__gte=since)
            .exclude(status__in=[SignalStatus.WITHDRAWN, SignalStatus.NOT_RETAINED])
            .only("pk", "title", "submitted_at", "knelpunt_id"))


def unlinked_signals_for_triage(user, municipality: Municipality):
    """Signals of a municipality the coordinator may bundle: not linked to a knelpunt, not withdrawn/set aside."""
    from lokaalsignaal.intake.models import SignalStatus

    return signals_for_triage(user, municipality).filter(knelpunt__isnull=True).exclude(
        status__in=[SignalStatus.WITHDRAWN, SignalStatus.NOT_RETAINED])


def escalated_peers_for(user, scope: Scope):
    """Escalated knelpunten (stage 'opgeschaald') of the scope's municipalities, to compare one with the others."""
    from lokaalsignaal.casework.stages import Stage

    return escalated_knelpunten_for(user, scope).filter(municipality__isnull=False, stage=Stage.ESCALATED)


def knelpunt_index_source(municipality: Municipality):
    """The open, not merged knelpunten of a municipality, as the similarity index holds them (a system queryset:
    callers fetch what they show through `joinable_knelpunten` / `knelpunten_for`)."""
    from lokaalsignaal.casework.models import Knelpunt
    from lokaalsignaal.casework.stages import CLOSED

    return Knelpunt.objects.filter(municipality=municipality, merged_into__isnull=True).exclude(stage__in=CLOSED)
