"""Regions (eerstelijnszones) and Flanders: what was escalated to them.

Built on the core that decides access (see ``tenancy.scoping``).
"""

from __future__ import annotations

from django.db.models import Q

from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.tenancy.models import Scope
from lokaalsignaal.tenancy.scoping.core import scopes_for

# --- regions -------------------------------------------------------------------------------------------------
# A region (eerstelijnszone) or Flanders sees only what its municipalities escalated to it, and the regional/Flemish
# knelpunten it made by bundling those; Flanders also reads what lies below a regional knelpunt escalated to it.
# Members are people with a ScopeMembership (coordinator or reader); there is no pending state. Everything else is a
# 404. Never the giver: region querysets of signals are read without giver.

def escalated_knelpunten_for(user, scope: Scope):
    """The knelpunten a scope may read: escalated to it and still in the stage 'opgeschaald', plus those bundled
    into one of its regional knelpunten (whatever their stage: the bundle's history stays readable; returning a
    knelpunt unbundles it, see casework.knelpunten.services.change_stage). Only for members of the scope, else none."""
    if not scopes_for(user).filter(pk=scope.pk).exists():
        return Knelpunt.objects.none()
    regional = Knelpunt.objects.filter(scope=scope, merged_into__isnull=True).values("pk")
    return Knelpunt.objects.filter(
        Q(escalated_to=scope, stage=Stage.ESCALATED) | Q(parent__in=regional), merged_into__isnull=True)


def readable_by_scope(user, scope: Scope):
    """Every knelpunt whose page (summary, stage messages, signal texts) a scope may open: its escalated knelpunten
    (`escalated_knelpunten_for`) and, below each regional/Flemish knelpunt among them (a region escalated its own
    knelpunt to Flanders, or Flanders bundled one), the knelpunten bundled into it, down to the municipalities.
    Returning the regional knelpunt (or unbundling a knelpunt) takes them out again. Members only, else none."""
    escalated = escalated_knelpunten_for(user, scope)
    readable, upper = Q(pk__in=escalated.values("pk")), escalated.filter(municipality__isnull=True)
    for _level in range(2):  # region → municipalities; Flanders → region → municipalities
        below = Knelpunt.objects.filter(parent__in=upper.values("pk"), merged_into__isnull=True)
        readable |= Q(pk__in=below.values("pk"))
        upper = below.filter(municipality__isnull=True)
    return Knelpunt.objects.filter(readable)


def signals_of_escalated(user, scope: Scope):
    """Signal texts a scope may read: those of the knelpunten it may open (`readable_by_scope`; never withdrawn
    signals). Callers must not show the giver, the organisation or anything that identifies them."""
    return Signal.objects.filter(knelpunt__in=readable_by_scope(user, scope)).exclude(
        status=SignalStatus.WITHDRAWN)


def escalated_peers_for(user, scope: Scope):
    """Escalated knelpunten (stage 'opgeschaald') of the scope's municipalities, to compare one with the others."""
    return escalated_knelpunten_for(user, scope).filter(municipality__isnull=False, stage=Stage.ESCALATED)
