"""What the header needs for a signed-in person (menu items, unread count, municipality switcher): one query.

Every signed-in page shows the header, so its facts are asked for every page: the unread notifications, whether she
is a partner on an open knelpunt, whether she belongs to a region or Flanders, in how many municipalities she takes
part. They used to be four queries; here they are one (`PerUserQuery`: built once per process), asked only when the
page shows the header. The lists behind them (her scopes, her municipalities for the switcher) are read only when
there is something to list.
"""

from django.db.models import Exists, IntegerField, Subquery
from django.utils.functional import SimpleLazyObject, cached_property

from lokaalsignaal.accounts.models import User
from lokaalsignaal.accounts.per_user_sql import PerUserQuery
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.tenancy import scoping


class RowCount(Subquery):
    """The number of rows of a query, as a subquery (0 when there are none)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) counted)"
    output_field = IntegerField()


def _facts(user):
    return User.objects.filter(pk=user.pk).annotate(
        unread=RowCount(notifications.unread_of(user).order_by().values("pk")),
        partner=Exists(partner_access.knelpunten_for_partner(user)),
        in_scope=Exists(scoping.scopes_for(user)),
        places=RowCount(scoping.approved_memberships(user).values("municipality_id").distinct()),
    ).values_list("unread", "partner", "in_scope", "places")


FACTS = PerUserQuery(_facts)


class Header:
    """The header's facts for one request, read at the first use (pages without a header read nothing)."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def _facts(self) -> tuple[int, bool, bool, int]:
        unread, partner, in_scope, places = FACTS.fetchone(self.user) or (0, False, False, 0)
        return unread, bool(partner), bool(in_scope), places

    @cached_property
    def scopes(self) -> list:
        return list(scoping.scopes_for(self.user).order_by("kind", "name")) if self._facts[2] else []

    @cached_property
    def municipalities(self) -> list:
        """Her municipalities for the switcher, when she has more than one."""
        if self._facts[3] < 2:
            return []
        seen, result = set(), []
        for membership in scoping.approved_memberships(self.user).order_by("municipality__name"):
            if membership.municipality_id not in seen:
                seen.add(membership.municipality_id)
                result.append(membership.municipality)
        return result

    def gives(self) -> bool:
        """The giver's menu items ("Mijn signalen"): for everyone but a region or Flanders member who gives nowhere."""
        return not self.scopes or scoping.municipalities_for(self.user, "signal.give").exists()

    def joins(self) -> bool:
        """"Mijn gemeenten" and "Evenementen" (a municipality invites its members): for everyone but a region or
        Flanders member without any membership."""
        return not self.scopes or self.user.memberships.exists()


def menu(request):
    """Context processor: the header's facts, lazily (see the module's docstring)."""
    context = {"current_municipality": getattr(request, "municipality", None)}
    user = getattr(request, "user", None)
    if not getattr(user, "is_authenticated", False):
        return context
    header = Header(user)
    return {
        **context,
        "unread_notifications": SimpleLazyObject(lambda: header._facts[0]),
        "has_partner_access": SimpleLazyObject(lambda: header._facts[1]),
        "my_scopes": SimpleLazyObject(lambda: header.scopes),
        "my_municipalities": SimpleLazyObject(lambda: header.municipalities),
        "menu_gives": SimpleLazyObject(header.gives),
        "menu_joins": SimpleLazyObject(header.joins),
    }
