from django.utils.functional import SimpleLazyObject

from . import scoping


def tenancy(request):
    """The municipalities for the header switcher and the scopes (region, Flanders) for the header's "Regio" entry
    (lazy: costs nothing on pages that don't use them)."""
    user = getattr(request, "user", None)

    def municipalities():
        seen, result = set(), []
        for membership in scoping.approved_memberships(user).order_by("municipality__name"):
            if membership.municipality_id not in seen:
                seen.add(membership.municipality_id)
                result.append(membership.municipality)
        return result

    def scopes():
        return list(scoping.scopes_for(user).order_by("kind", "name")) if user is not None else []

    my_scopes = SimpleLazyObject(scopes)

    def gives():
        """The giver's menu items ("Mijn signalen"): for everyone but a region or Flanders member who gives nowhere."""
        return not my_scopes or scoping.municipalities_for(user, "signal.give").exists()

    def joins():
        """"Mijn gemeenten" and "Evenementen" (a municipality invites its members): for everyone but a region or
        Flanders member without any membership."""
        return not my_scopes or user.memberships.exists()

    return {
        "my_municipalities": SimpleLazyObject(municipalities),
        "my_scopes": my_scopes,
        "menu_gives": SimpleLazyObject(gives),
        "menu_joins": SimpleLazyObject(joins),
        "current_municipality": getattr(request, "municipality", None),
    }
