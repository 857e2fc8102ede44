"""What the personal home (`/mijn/`) shows a region or Flanders member: per scope, the way to its pages (escalated
knelpunten, its own regional knelpunten, the numbers, bundling for a coordinator) and the latest knelpunten escalated
to it. Two queries, and three per scope (her scopes are few)."""

from __future__ import annotations

from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import ScopeMembership

LATEST = 5  # the latest escalated knelpunten shown per scope; the scope's overview has the rest


def region_home(user) -> list[dict]:
    """One entry per scope she is a member of: the scope, whether she may bundle there, its latest escalated
    knelpunten."""
    scopes = list(scoping.scopes_for(user).order_by("kind", "name"))
    if not scopes:
        return []
    managed = set(scoping.scopes_for(user, ScopeMembership.ScopeRole.COORDINATOR).values_list("pk", flat=True))
    return [{"scope": scope, "can_manage": scope.pk in managed,
             "latest": list(escalation.escalated_list(user, scope)[:LATEST])} for scope in scopes]
