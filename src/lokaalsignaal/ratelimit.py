"""Per-user rate limits for expensive endpoints (the live privacy check, the giver's suggestions), kept in the
shared cache so that they hold across every app process and server (settings.CACHES: the database by default,
Redis when configured; see docs/deploy.md). Also the client address behind the trusted reverse proxies, for
django-axes (allauth reads the same settings).

Limits come from ``settings.LOKAALSIGNAAL_RATE_LIMITS``: ``{"action": "30/m,300/h"}`` (count per period; periods
``s``, ``m``, ``h``, ``d``, optionally with a number: ``"10/5m"``). An action without a limit is not limited.

Fixed windows: each period of each limit has its own counter (``cache.add`` then ``cache.incr``). Close to a window
border a user can get up to twice the count in one period, and with the database cache two simultaneous requests
may count once (its ``incr`` is a read and a write); that is fine for keeping a server responsive and needs no
locking. django-ratelimit does the same, but brings its own decorator, settings and 403 handling for two views;
this module is small and answers what the htmx fragments can show.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.translation import gettext as _

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


def parse(spec: str) -> list[Rate]:
    """``"30/m,300/h"`` -> [Rate(30, 60), Rate(300, 3600)]. Raises ValueError on a malformed spec."""
    rates = []
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        count, _slash, period = part.partition("/")
        number, unit = period[:-1], period[-1:]
        if unit not in UNITS or int(count) < 0:
            raise ValueError(f"rate limit {part!r}: expected e.g. '30/m' or '10/5m'")
        rates.append(Rate(int(count), int(number or 1) * UNITS[unit]))
    return rates


def rates_for(action: str) -> list[Rate]:
    return parse(getattr(settings, "LOKAALSIGNAAL_RATE_LIMITS", {}).get(action, ""))


def the_cache():
    return caches[getattr(settings, "LOKAALSIGNAAL_RATE_LIMIT_CACHE", "default")]


def hit(action: str, who: str, rates: list[Rate] | None = None, cache=None, now: float | None = None) -> int:
    """Count one request of `who` for `action`. Returns 0 when it is allowed, else the seconds to wait."""
    rates = rates_for(action) if rates is None else rates
    cache = the_cache() if cache is None else cache
    now = time.time() if now is None else now
    wait = 0
    for rate in rates:
        window = int(now // rate.seconds)
        key = f"rl:{action}:{rate.count}/{rate.seconds}:{who}:{window}"
        if cache.add(key, 1, timeout=rate.seconds + 1):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.add(key, 1, timeout=rate.seconds + 1)
                count = 1
        if count > rate.count:
            wait = max(wait, int((window + 1) * rate.seconds - now) + 1)
    return wait


def too_many_requests(wait: int) -> HttpResponse:
    """429 with a short Dutch message the htmx fragment shows in place of its content (base.html lets htmx swap
    a 429)."""
    message = _("Je gaat wat snel. Wacht even en probeer het dan opnieuw.")
    response = HttpResponse(format_html('<p class="hint" role="status">{}</p>', message), status=429)
    response["Retry-After"] = str(wait)
    return response


def limit(action: str):
    """View decorator: at most ``LOKAALSIGNAAL_RATE_LIMITS[action]`` requests per user (per client address for an
    anonymous visitor), else 429. Put it after the decorators that check login and access."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = getattr(request, "user", None)
            who = f"u{user.pk}" if user is not None and user.is_authenticated else f"ip{client_ip(request)}"
            wait = hit(action, who)
            if wait:
                return too_many_requests(wait)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def client_ip(request) -> str | None:
    """The client's address as allauth determines it: from ``ALLAUTH_TRUSTED_CLIENT_IP_HEADER``, else the
    X-Forwarded-For entry added by the outermost of ``ALLAUTH_TRUSTED_PROXY_COUNT`` trusted proxies, else
    REMOTE_ADDR. django-axes uses it too (``AXES_CLIENT_IP_CALLABLE``), so both see the same address."""
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return None
