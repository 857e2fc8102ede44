"""Memberships, roles and the permission table; the municipality a user may open.

Part of the one place that decides access (see ``tenancy.scoping``).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from lokaalsignaal.accounts.models import Membership, MembershipStatus, Role, ScopeMembership
from lokaalsignaal.tenancy.models import Municipality

# permission -> roles that hold it (per municipality). The table in shared/domain.md, as data.
PERMISSIONS: dict[str, frozenset[str]] = {
    "municipality.view": frozenset({Role.GIVER, Role.COORDINATOR, Role.PARTNER, Role.READER}),
    "signal.give": frozenset({Role.GIVER, Role.COORDINATOR}),
    "members.view": frozenset({Role.COORDINATOR}),
    "members.decide": frozenset({Role.COORDINATOR}),
    "members.invite": frozenset({Role.COORDINATOR}),
    "settings.change": frozenset({Role.COORDINATOR}),
    "audit.view": frozenset({Role.COORDINATOR}),
}


def approved_memberships(user) -> QuerySet[Membership]:
    if not getattr(user, "is_authenticated", False):
        return Membership.objects.none()
    return Membership.objects.filter(
        user=user, status=MembershipStatus.APPROVED, municipality__participating=True
    ).select_related("municipality")


def roles_in(user, municipality: Municipality) -> set[str]:
    return set(approved_memberships(user).filter(municipality=municipality).values_list("role", flat=True))


def can(user, municipality: Municipality, perm: str) -> bool:
    return bool(roles_in(user, municipality) & PERMISSIONS[perm])


def municipalities_for(user, perm: str = "municipality.view") -> QuerySet[Municipality]:
    """Municipalities in which the user holds `perm`."""
    ids = approved_memberships(user).filter(role__in=PERMISSIONS[perm]).values("municipality_id")
    return Municipality.objects.filter(pk__in=ids)


def municipality_for(user, slug: str, perm: str) -> Municipality:
    """The municipality with this slug if the user holds `perm` there, else 404."""
    municipality = municipalities_for(user, perm).filter(slug=slug).first()
    if municipality is None:
        raise Http404("Niet gevonden")
    return municipality


def is_coordinator_anywhere(user) -> bool:
    """A coordinator of a municipality or of a region/Flanders scope (two-factor, login audit)."""
    if approved_memberships(user).filter(role=Role.COORDINATOR).exists():
        return True
    from .regions import scopes_for  # regions builds on this module

    return scopes_for(user, role=ScopeMembership.ScopeRole.COORDINATOR).exists()


def memberships_of(user, municipality: Municipality) -> QuerySet[Membership]:
    """All memberships of a municipality (its members list), for a user allowed to view members."""
    if not can(user, municipality, "members.view"):
        raise Http404("Niet gevonden")
    return Membership.objects.filter(municipality=municipality).select_related("user", "user__organisation",
                                                                                "user__organisation__sector")
