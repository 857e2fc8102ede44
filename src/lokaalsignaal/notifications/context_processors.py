from django.utils.functional import SimpleLazyObject

from . import services


def notifications(request):
    """The unread count for the header: one count query, and only on pages that show it."""
    user = getattr(request, "user", None)
    if not getattr(user, "is_authenticated", False):
        return {}
    return {"unread_notifications": SimpleLazyObject(lambda: services.unread_count(user))}
