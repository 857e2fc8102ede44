"""The view decorator that resolves a tenant URL: /g/<slug>/... -> request.municipality, or 404."""

from functools import wraps

from django.contrib.auth.decorators import login_required

from . import scoping


def tenant_view(perm: str):
    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, slug, *args, **kwargs):
            request.municipality = scoping.municipality_for(request.user, slug, perm)
            return view(request, request.municipality, *args, **kwargs)

        return wrapped

    return decorator
