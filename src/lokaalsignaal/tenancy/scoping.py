"""The ONE place that decides what a user may see and do in a municipality.

Views and services never filter tenant data themselves: they ask this module for the municipality (with the
permission they need) and for querysets scoped to it. Anything not granted is a 404, so a user of another
municipality cannot even learn that a page exists.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from lokaalsignaal.accounts.models import Membership, MembershipStatus, Role
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
    return approved_memberships(user).filter(role=Role.COORDINATOR).exists()


def memberships_of(user, municipality: Municipality) -> QuerySet[Membership]:
    """All memberships of a municipality (its members list), for a user allowed to view members."""
    if not can(user, municipality, "members.view"):
        raise Http404("Niet gevonden")
    return Membership.objects.filter(municipality=municipality).select_related("user", "user__organisation",
                                                                                "user__organisation__sector")


# --- signals -------------------------------------------------------------------------------------------------
PERMISSIONS.update({
    "signals.triage": frozenset({Role.COORDINATOR}),
    "signals.read": frozenset({Role.COORDINATOR, Role.READER}),
})


def signals_given_by(user):
    """A giver's own signals (in every municipality)."""
    from lokaalsignaal.intake.models import Signal

    if not getattr(user, "is_authenticated", False):
        return Signal.objects.none()
    return Signal.objects.filter(giver=user)


def signals_for_triage(user, municipality: Municipality | None = None):
    """Signals the user may triage: those of municipalities where they are coordinator."""
    from lokaalsignaal.intake.models import Signal

    queryset = Signal.objects.filter(municipality__in=municipalities_for(user, "signals.triage"))
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


# --- knelpunten ----------------------------------------------------------------------------------------------
PERMISSIONS.update({
    "bottlenecks.manage": frozenset({Role.COORDINATOR}),
    "bottlenecks.read": frozenset({Role.COORDINATOR, Role.READER}),
})


def bottlenecks_for(user, municipality: Municipality | None = None, perm: str = "bottlenecks.read"):
    """Knelpunten the user may see (read) or manage, optionally within one municipality. Merged ones excluded."""
    from lokaalsignaal.casework.models import Bottleneck

    queryset = Bottleneck.objects.filter(municipality__in=municipalities_for(user, perm), merged_into__isnull=True)
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def coordinators_of(user, municipality: Municipality, perm: str = "bottlenecks.manage"):
    """The approved coordinators of a municipality (who can be a knelpunt's trekker), for a user holding `perm`."""
    from lokaalsignaal.accounts.models import User

    if not can(user, municipality, perm):
        return User.objects.none()
    ids = Membership.objects.filter(municipality=municipality, role=Role.COORDINATOR,
                                    status=MembershipStatus.APPROVED).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).order_by("full_name")


def signals_readable_by(user, municipality: Municipality | None = None):
    """Signals whose text the user may read (coordinators and readers of the municipality), never who gave them."""
    from lokaalsignaal.intake.models import Signal

    queryset = Signal.objects.filter(municipality__in=municipalities_for(user, "signals.read"))
    return queryset.filter(municipality=municipality) if municipality is not None else queryset
