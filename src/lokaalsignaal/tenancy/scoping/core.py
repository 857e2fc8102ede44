"""Memberships and roles; the municipality's own permissions; the municipality a user may open.

Part of the one place that decides access (see ``tenancy.scoping``).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from lokaalsignaal.accounts.models import Membership, MembershipStatus, Role, ScopeMembership
from lokaalsignaal.tenancy.models import Municipality
from lokaalsignaal.tenancy.permissions import PERMISSIONS, declare, roles_for  # noqa: F401 (PERMISSIONS: re-exported)

# The municipality's own permissions (its pages, its members, its settings); each capability declares its own in its
# module of this package. A role holds a permission only where it is named (who may do what: docs/security.md).
declare(
    "municipality.view", {Role.GIVER, Role.COORDINATOR, Role.PARTNER, Role.READER},
    description="Open the municipality's pages: every approved member.")
declare("members.view", {Role.COORDINATOR}, description="See the municipality's members list.")
declare("members.decide", {Role.COORDINATOR}, description="Approve or refuse a request to join, change a role.")
declare("members.invite", {Role.COORDINATOR}, description="Invite people to the municipality.")
declare("settings.change", {Role.COORDINATOR}, description="Change the municipality's settings.")


def approved_memberships(user) -> QuerySet[Membership]:
    if not getattr(user, "is_authenticated", False):
        return Membership.objects.none()
    return Membership.objects.filter(
        user=user, status=MembershipStatus.APPROVED, municipality__participating=True
    ).select_related("municipality")


def roles_in(user, municipality: Municipality) -> set[str]:
    return set(approved_memberships(user).filter(municipality=municipality).values_list("role", flat=True))


def can(user, municipality: Municipality, perm: str) -> bool:
    return bool(roles_in(user, municipality) & roles_for(perm))


def municipalities_for(user, perm: str = "municipality.view") -> QuerySet[Municipality]:
    """Municipalities in which the user holds `perm`."""
    ids = approved_memberships(user).filter(role__in=roles_for(perm)).values("municipality_id")
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
