"""The view decorators that resolve where a page lives, or give a 404:

- ``tenant_view(perm)``: /g/<slug>/... -> ``request.municipality``, for a user holding `perm` there;
- ``scope_view(role=None)``: /regio/<scope>/... -> ``request.scope``, for a member of that region or Flanders (with
  `role`, when given).

Both are one mechanism (``resolving_view``): the login first (anonymous: the login page), then the first URL
argument resolved through ``tenancy.scoping``, set on the request and passed to the view instead of the raw value.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required

from . import scoping


def resolving_view(attribute: str, argument: str, resolve):
    """A decorator: `resolve(user, value)` turns the URL argument `argument` (by name, or the first positional one)
    into the object the view works in (raising Http404 when not granted); it is set as ``request.<attribute>`` and
    passed to the view as its first argument after the request."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if argument in kwargs:
                key = kwargs.pop(argument)
            else:
                key, *args = args
            place = resolve(request.user, key)
            setattr(request, attribute, place)
            return view(request, place, *args, **kwargs)

        return wrapped

    return decorator


def tenant_view(perm: str):
    """/g/<slug>/...: the municipality, if the user holds `perm` there (``scoping.municipality_and_roles``). Her roles
    there, read with it, are kept on the request's user (``user.request_roles``) so that `scoping.can()` on this page
    asks the database no more; the user object lives for this request only."""
    return resolving_view("municipality", "slug", _municipality_keeping_roles(perm))


def _municipality_keeping_roles(perm: str):
    def resolve(user, slug):
        municipality, roles = scoping.municipality_and_roles(user, slug, perm)
        user.request_roles = {municipality.pk: roles}
        return municipality

    return resolve


def scope_view(role: str | None = None):
    """/regio/<scope>/...: the region or Flanders, if the user is a member (with `role`) (``scoping.scope_for``)."""
    return resolving_view("scope", "scope", lambda user, pk: scoping.scope_for(user, pk, role))
