"""Who may join which knelpunt ("ik zie dit ook") and read the knelpunten she joined. The permission is declared
here (``tenancy.permissions``); the casework app imports this module when it is ready."""

from __future__ import annotations

from lokaalsignaal.casework.knelpunten.models import Join, Knelpunt
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.tenancy.models import Municipality, Role
from lokaalsignaal.tenancy.permissions import declare
from lokaalsignaal.tenancy.scoping.core import municipalities_for

# An approved giver (or coordinator) of a municipality joins a knelpunt the municipality made visible to givers.
declare("knelpunten.join", {Role.GIVER, Role.COORDINATOR},
        description="Join a knelpunt the municipality made visible to givers ('ik zie dit ook').")


def joinable_knelpunten(user, municipality: Municipality | None = None):
    """Knelpunten the user may join: visible to givers, open, not merged, of a municipality where they give."""
    queryset = Knelpunt.objects.filter(municipality__in=municipalities_for(user, "knelpunten.join"),
                                         visible_to_givers=True, merged_into__isnull=True).exclude(stage__in=CLOSED)
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def joins_of(user):
    """A person's own joins."""
    if not getattr(user, "is_authenticated", False):
        return Join.objects.none()
    return Join.objects.filter(user=user)


def joined_knelpunten_for(user):
    """Knelpunten the user joined, readable on their giver page while they are a member of its municipality and
    the knelpunt stays visible to givers (also after it closed: the outcome is for them too)."""
    return Knelpunt.objects.filter(pk__in=joins_of(user).values("knelpunt_id"), visible_to_givers=True,
                                     municipality__in=municipalities_for(user, "knelpunten.join"))
