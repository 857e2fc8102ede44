from django.utils.functional import SimpleLazyObject

from . import scoping


def tenancy(request):
    """The municipalities for the header switcher (lazy: costs nothing on pages that don't use it)."""
    user = getattr(request, "user", None)

    def municipalities():
        seen, result = set(), []
        for membership in scoping.approved_memberships(user).order_by("municipality__name"):
            if membership.municipality_id not in seen:
                seen.add(membership.municipality_id)
                result.append(membership.municipality)
        return result

    return {
        "my_municipalities": SimpleLazyObject(municipalities),
        "current_municipality": getattr(request, "municipality", None),
    }
