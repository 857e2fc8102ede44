"""Who may read and manage which knelpunten of a municipality: the querysets the knelpunt pages and services start
from. The permissions are declared here, beside the knelpunten (``tenancy.permissions``); the casework app imports
this module when it is ready."""

from __future__ import annotations

from lokaalsignaal.accounts.models import User
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role, Scope
from lokaalsignaal.tenancy.permissions import declare
from lokaalsignaal.tenancy.scoping.core import can, municipalities_for, scopes_for

declare("knelpunten.manage", {Role.COORDINATOR}, description="Make, change and close the municipality's knelpunten.")
declare("knelpunten.read", {Role.COORDINATOR, Role.READER}, description="Read the municipality's knelpunten.")


def knelpunten_for(user, municipality: Municipality | None = None, perm: str = "knelpunten.read"):
    """Knelpunten the user may see (read) or manage, optionally within one municipality. Merged ones excluded."""
    queryset = Knelpunt.objects.filter(municipality__in=municipalities_for(user, perm), merged_into__isnull=True)
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def coordinators_of(user, municipality: Municipality, perm: str = "knelpunten.manage"):
    """The approved coordinators of a municipality (who can be a knelpunt's trekker), for a user holding `perm`."""
    if not can(user, municipality, perm):
        return User.objects.none()
    ids = Membership.objects.filter(municipality=municipality, role=Role.COORDINATOR,
                                    status=MembershipStatus.APPROVED).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).order_by("full_name")


# --- regional and Flemish knelpunten: their scope's members read them, its coordinators manage them -------------

def regional_knelpunten_for(user, scope: Scope | None = None, role: str | None = None):
    """Regional/Flemish knelpunten (scope set) of the scopes the user is a member of. Merged ones excluded."""
    queryset = Knelpunt.objects.filter(scope__in=scopes_for(user, role), merged_into__isnull=True)
    return queryset.filter(scope=scope) if scope is not None else queryset


def escalation_targets(knelpunt):
    """The scopes a knelpunt can be escalated to: the regions and Flanders that contain its municipality; for a
    regional knelpunt, a Flanders scope other than its own."""
    if knelpunt.municipality_id is not None:
        return _scopes_of(knelpunt.municipality_id)
    return Scope.objects.filter(kind=Scope.Kind.FLANDERS).exclude(pk=knelpunt.scope_id).order_by("name")


def _scopes_of(municipality_id: int):
    return Scope.objects.filter(municipalities=municipality_id).order_by("kind", "name")


# a municipal knelpunt's escalation targets, listed in the stage form on every knelpunt page (`kept_queries`)
MUNICIPAL_ESCALATION_TARGETS = KeptQuery(_scopes_of)
