"""Public pages kept whole for visitors who are not signed in.

The landing page, the list of participating municipalities and the page on joining are the same for every visitor
in a language, but each carries a CSRF token (the language switch in the footer is a POST form). The first
visitor's page is kept five minutes per path and language with its token taken out; every later visitor gets the
kept page with a token of her own put back in (``get_token``, so the CSRF cookie is set as usual). A kept page
costs one cache read instead of a render.

Never kept: signed-in people, requests with a query string (a search), htmx requests, and visitors with a session
(they may have a message waiting, e.g. after signing out), answers other than a plain 200 HTML page.
"""

import re
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token

KEEP_SECONDS = 300
KEPT_FORMAT = 1  # raise when the kept form changes, so old entries are not used
TOKEN_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
PLACEHOLDER = "kept-page-csrf-token"


def keepable(request) -> bool:
    return (request.method == "GET" and not request.GET and not getattr(request, "htmx", False)
            and not request.user.is_authenticated and settings.SESSION_COOKIE_NAME not in request.COOKIES)


def cache_key(request) -> str:
    return f"visitor-page:{KEPT_FORMAT}:{request.LANGUAGE_CODE}:{request.path}"


def kept_for_visitors(view):
    """Serve `view` from the kept page for visitors (see the module's docstring); render it when nothing is kept."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not keepable(request):
            return view(request, *args, **kwargs)
        key = cache_key(request)
        kept = cache.get(key)
        if kept is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming or not response.get("Content-Type", "").startswith(
                "text/html"
            ):
                return response
            body = response.content.decode(response.charset)
            kept = {"body": TOKEN_FIELD.sub(rf"\g<1>{PLACEHOLDER}\g<2>", body), "type": response["Content-Type"]}
            cache.set(key, kept, KEEP_SECONDS)
            return response
        body = kept["body"].replace(PLACEHOLDER, get_token(request)) if PLACEHOLDER in kept["body"] else kept["body"]
        return HttpResponse(body, content_type=kept["type"])

    return wrapper
