from django.utils.functional import SimpleLazyObject

from lokaalsignaal.casework.partners import access as partner_access


def has_partner_access(request) -> bool:
    """Whether the user can open at least one knelpunt as a partner: one EXISTS query, remembered on the request."""
    cached = getattr(request, "_has_partner_access", None)
    if cached is None:
        cached = partner_access.knelpunten_for_partner(request.user).exists()
        request._has_partner_access = cached
    return cached


def partner(request):
    """`has_partner_access` for the header's "Knelpunten als partner" and the card on /mijn/ (lazy: no query on
    pages that don't show it, none for anonymous visitors)."""
    user = getattr(request, "user", None)
    if not getattr(user, "is_authenticated", False):
        return {}
    return {"has_partner_access": SimpleLazyObject(lambda: has_partner_access(request))}
