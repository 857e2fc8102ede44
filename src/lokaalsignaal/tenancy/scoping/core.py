"""Memberships and roles; the municipality's own permissions; the municipality a user may open.

Part of the one place that decides access (see ``tenancy.scoping``).
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from django.http import Http404

from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role, Scope, ScopeMembership
from lokaalsignaal.tenancy.permissions import PERMISSIONS, declare, roles_for  # noqa: F401 (PERMISSIONS: re-exported)

# The municipality's own permissions (its pages, its members, its settings); each capability declares its own in its
# `access` module. A role holds a permission only where it is named (who may do what: docs/security.md).
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
    return _approved(user.pk)


def _approved(user_id: int) -> QuerySet[Membership]:
    return Membership.objects.filter(
        user_id=user_id, status=MembershipStatus.APPROVED, municipality__participating=True
    ).select_related("municipality")


# every page of a municipality asks this first (`tenancy.views.tenant_view`): built once per process
_APPROVED_AT = KeptQuery(lambda user_id, slug: _approved(user_id).filter(municipality__slug=slug))


def roles_in(user, municipality: Municipality) -> set[str]:
    """Her roles in this municipality. Within a request to a municipality's page they are read once, with the
    municipality (`municipality_and_roles`, kept on the request's user by ``tenancy.views.tenant_view``); a page asks
    `can()` several times."""
    kept = getattr(user, "request_roles", None)
    if kept is not None and municipality.pk in kept:
        return set(kept[municipality.pk])
    return set(approved_memberships(user).filter(municipality=municipality).values_list("role", flat=True))


def can(user, municipality: Municipality, perm: str) -> bool:
    return bool(roles_in(user, municipality) & roles_for(perm))


def municipalities_for(user, perm: str = "municipality.view") -> QuerySet[Municipality]:
    """Municipalities in which the user holds `perm`."""
    ids = approved_memberships(user).filter(role__in=roles_for(perm)).values("municipality_id")
    return Municipality.objects.filter(pk__in=ids)


def municipality_for(user, slug: str, perm: str) -> Municipality:
    """The municipality with this slug if the user holds `perm` there, else 404."""
    return municipality_and_roles(user, slug, perm)[0]


def municipality_and_roles(user, slug: str, perm: str) -> tuple[Municipality, frozenset[str]]:
    """The municipality with this slug and her roles there, if one of them holds `perm`, else 404: one query (her
    approved memberships there, with the municipality)."""
    memberships = _APPROVED_AT(user_id=user.pk, slug=slug) if getattr(user, "is_authenticated", False) else []
    roles = frozenset(m.role for m in memberships)
    if not roles & roles_for(perm):
        raise Http404("Niet gevonden")
    return memberships[0].municipality, roles


def is_coordinator_anywhere(user) -> bool:
    """A coordinator of a municipality or of a region/Flanders scope (two-factor, login audit)."""
    if approved_memberships(user).filter(role=Role.COORDINATOR).exists():
        return True
    return scopes_for(user, role=ScopeMembership.ScopeRole.COORDINATOR).exists()


def memberships_of(user, municipality: Municipality) -> QuerySet[Membership]:
    """All memberships of a municipality (its members list), for a user allowed to view members."""
    if not can(user, municipality, "members.view"):
        raise Http404("Niet gevonden")
    return Membership.objects.filter(municipality=municipality).select_related("user", "user__organisation",
                                                                                "user__organisation__sector")


# --- regions and Flanders: who is a member of which scope (what a scope may read: casework.regions.access) ---

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


# --- roles a capability gives without a membership --------------------------------------------------------------
# A partner is invited on one knelpunt and holds no membership. The platform (two-factor, the privacy guard's live
# check) still asks "is this person a partner somewhere, and where?": the capability that gives the role declares how
# to find the municipalities where someone holds it (`casework.partners.access`), so the platform never imports it.

_role_sources: dict[str, Callable[[object], QuerySet[Municipality]]] = {}


def declare_role_source(role: str, municipalities: Callable[[object], QuerySet[Municipality]]) -> None:
    if role in _role_sources:
        raise ImproperlyConfigured(f"A source for the role {str(role)!r} is declared twice.")
    _role_sources[role] = municipalities


def municipalities_through(user, role: str) -> QuerySet[Municipality]:
    """The municipalities where the user holds `role` through a capability (e.g. a partner invited on a knelpunt)."""
    try:
        return _role_sources[role](user)
    except KeyError:
        raise ImproperlyConfigured(f"No capability declares where someone holds the role {str(role)!r}.") from None
