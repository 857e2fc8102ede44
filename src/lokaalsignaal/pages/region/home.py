"""What the personal home (`/mijn/`) shows a region or Flanders member: per scope, the way to its pages (escalated
knelpunten, its own regional knelpunten, the numbers, bundling for a coordinator) and the latest knelpunten escalated
to it. Two queries, and three per scope (her scopes are few)."""

from __future__ import annotations

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import ScopeMembership

LATEST = 5  # the latest escalated knelpunten shown per scope; the scope's overview has the rest

# asked on every personal home, of givers too (who have none): built once per process (`kept_queries`)
_SCOPES = KeptQuery(lambda user_id: scoping.scopes_for(account(user_id)).order_by("kind", "name"))


def region_home(user) -> list[dict]:
    """One entry per scope she is a member of: the scope, whether she may bundle there, its latest escalated
    knelpunten."""
    scopes = _SCOPES(user_id=user.pk) if user.is_active else []
    if not scopes:
        return []
    managed = set(scoping.scopes_for(user, ScopeMembership.ScopeRole.COORDINATOR).values_list("pk", flat=True))
    return [{"scope": scope, "can_manage": scope.pk in managed,
             "latest": list(escalation.escalated_list(user, scope)[:LATEST])} for scope in scopes]
