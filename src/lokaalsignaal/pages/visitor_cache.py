"""Public pages kept whole for visitors who are not signed in.

The landing page, the list of participating municipalities and the page on joining are the same for every visitor
in a language, but each carries a CSRF token (the language switch in the footer is a POST form). The first
visitor's page is kept five minutes per path and language with its token taken out; every later visitor gets the
kept page with a token of her own put back in (``get_token``, so the CSRF cookie is set as usual). A kept page
costs one cache read instead of a render, and each app process holds a copy of what it read until the kept page
expires (so nothing is served longer than five minutes after it was rendered): then it costs nothing to read.

Never kept: signed-in people, requests with a query string (a search), htmx requests, and visitors with a session
(they may have a message waiting, e.g. after signing out), answers other than a plain 200 HTML page.
"""

import re
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token

KEEP_SECONDS = 300
KEPT_FORMAT = 2  # raise when the kept form changes, so old entries are not used
HERE_AT_MOST = 256  # pages held in one process (a few paths, two languages)
_here: dict[str, dict] = {}  # this process's copies of kept pages, by cache key
TOKEN_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
PLACEHOLDER = "kept-page-csrf-token"


def keepable(request) -> bool:
    return (request.method == "GET" and not request.GET and not getattr(request, "htmx", False)
            and not request.user.is_authenticated and settings.SESSION_COOKIE_NAME not in request.COOKIES)


def cache_key(request) -> str:
    return f"visitor-page:{KEPT_FORMAT}:{request.LANGUAGE_CODE}:{request.path}"


def _read(key: str) -> dict | None:
    """The kept page: this process's copy while it lasts, else the shared cache's (and a copy of it here)."""
    now = time.time()
    kept = _here.get(key)
    if kept is not None and kept["until"] > now:
        return kept
    kept = cache.get(key)
    if kept is None or kept["until"] <= now:
        return None
    _hold(key, kept, now)
    return kept


def _hold(key: str, kept: dict, now: float) -> None:
    if len(_here) >= HERE_AT_MOST:
        for old in [k for k, v in _here.items() if v["until"] <= now]:
            del _here[old]
        if len(_here) >= HERE_AT_MOST:
            _here.clear()
    _here[key] = kept


def forget_here() -> None:
    """Drop this process's copies (the shared cache keeps its own until they expire)."""
    _here.clear()


def kept_for_visitors(view):
    """Serve `view` from the kept page for visitors (see the module's docstring); render it when nothing is kept."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not keepable(request):
            return view(request, *args, **kwargs)
        key = cache_key(request)
        kept = _read(key)
        if kept is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming or not response.get("Content-Type", "").startswith(
                "text/html"
            ):
                return response
            body = response.content.decode(response.charset)
            now = time.time()
            kept = {"body": TOKEN_FIELD.sub(rf"\g<1>{PLACEHOLDER}\g<2>", body), "type": response["Content-Type"],
                    "until": now + KEEP_SECONDS}
            cache.set(key, kept, KEEP_SECONDS)
            _hold(key, kept, now)
            return response
        body = kept["body"].replace(PLACEHOLDER, get_token(request)) if PLACEHOLDER in kept["body"] else kept["body"]
        return HttpResponse(body, content_type=kept["type"])

    return wrapper
