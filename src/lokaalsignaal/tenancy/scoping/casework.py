"""Signals and knelpunten of a municipality. Part of the one place that decides access (see ``tenancy.scoping``)."""

from __future__ import annotations

from lokaalsignaal.accounts.models import Membership, MembershipStatus, Role
from lokaalsignaal.tenancy.models import Municipality
from lokaalsignaal.tenancy.permissions import declare

from .core import can, municipalities_for

# --- signals -------------------------------------------------------------------------------------------------
declare("signal.give", {Role.GIVER, Role.COORDINATOR}, description="Give a signal in the municipality.")
declare("signals.triage", {Role.COORDINATOR}, description="Triage the municipality's signals (inbox).")
declare("signals.read", {Role.COORDINATOR, Role.READER},
        description="Read the text of the municipality's signals, never who gave them.")


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
declare("knelpunten.manage", {Role.COORDINATOR}, description="Make, change and close the municipality's knelpunten.")
declare("knelpunten.read", {Role.COORDINATOR, Role.READER}, description="Read the municipality's knelpunten.")


def knelpunten_for(user, municipality: Municipality | None = None, perm: str = "knelpunten.read"):
    """Knelpunten the user may see (read) or manage, optionally within one municipality. Merged ones excluded."""
    from lokaalsignaal.casework.models import Knelpunt

    queryset = Knelpunt.objects.filter(municipality__in=municipalities_for(user, perm), merged_into__isnull=True)
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def coordinators_of(user, municipality: Municipality, perm: str = "knelpunten.manage"):
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
