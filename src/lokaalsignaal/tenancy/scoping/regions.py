"""Regions (eerstelijnszones) and Flanders: what was escalated to them.

Part of the one place that decides access (see ``tenancy.scoping``).
"""

from __future__ import annotations

from django.http import Http404

from lokaalsignaal.accounts.models import ScopeMembership
from lokaalsignaal.tenancy.models import Scope

# --- regions -------------------------------------------------------------------------------------------------
# A region (eerstelijnszone) or Flanders sees only what its municipalities escalated to it, and the regional/Flemish
# knelpunten it made by bundling those; Flanders also reads what lies below a regional knelpunt escalated to it.
# Members are people with a ScopeMembership (coordinator or reader); there is no pending state. Everything else is a
# 404. Never the giver: region querysets of signals are read without giver.

def scopes_for(user, role: str | None = None):
    """The scopes (regions, Flanders) the user is a member of, optionally with this role."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Scope.objects.none()
    memberships = ScopeMembership.objects.filter(user=user)
    if role is not None:
        memberships = memberships.filter(role=role)
    return Scope.objects.filter(pk__in=memberships.values("scope_id"))


def scope_for(user, pk, role: str | None = None) -> Scope:
    """The scope with this pk if the user is a member (with this role), else 404."""
    scope = scopes_for(user, role).filter(pk=pk).first()
    if scope is None:
        raise Http404("Niet gevonden")
    return scope


def is_scope_coordinator(user, scope: Scope) -> bool:
    return scopes_for(user, ScopeMembership.ScopeRole.COORDINATOR).filter(pk=scope.pk).exists()


def regional_knelpunten_for(user, scope: Scope | None = None, role: str | None = None):
    """Regional/Flemish knelpunten (scope set) of the scopes the user is a member of. Merged ones excluded."""
    from lokaalsignaal.casework.models import Knelpunt

    queryset = Knelpunt.objects.filter(scope__in=scopes_for(user, role), merged_into__isnull=True)
    return queryset.filter(scope=scope) if scope is not None else queryset


def escalated_knelpunten_for(user, scope: Scope):
    """The knelpunten a scope may read: escalated to it and still in the stage 'opgeschaald', plus those bundled
    into one of its regional knelpunten (whatever their stage: the bundle's history stays readable; returning a
    knelpunt unbundles it, see casework.services.change_stage). Only for members of the scope, else none."""
    from django.db.models import Q

    from lokaalsignaal.casework.models import Knelpunt
    from lokaalsignaal.casework.stages import Stage

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
    from django.db.models import Q

    from lokaalsignaal.casework.models import Knelpunt

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
    from lokaalsignaal.intake.models import Signal, SignalStatus

    return Signal.objects.filter(knelpunt__in=readable_by_scope(user, scope)).exclude(
        status=SignalStatus.WITHDRAWN)


def escalation_targets(knelpunt):
    """The scopes a knelpunt can be escalated to: the regions and Flanders that contain its municipality; for a
    regional knelpunt, a Flanders scope other than its own."""
    if knelpunt.municipality_id is not None:
        return Scope.objects.filter(municipalities=knelpunt.municipality_id).order_by("kind", "name")
    return Scope.objects.filter(kind=Scope.Kind.FLANDERS).exclude(pk=knelpunt.scope_id).order_by("name")
