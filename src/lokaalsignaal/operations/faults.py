"""A clear page when the database fails: `server_error` is the project's handler500 (`lokaalsignaal.urls`).

Django turns every exception of a view or a middleware into a call of handler500, inside the `except` block: a
database that cannot answer (PostgreSQL restarting, a connection dropped, SQLite locked too long) or cannot write
(SQLite's file read-only or its disk full) becomes a 503 page in the user's language that says what happened
to what she sent, with Retry-After; any other error stays Django's 500. What was being written is not half stored:
every service writes in one transaction, which the exception rolled back. With `CONN_HEALTH_CHECKS` the next request
opens a new connection, so the app recovers by itself once the database is back (no restart).
The page is rendered without a request context: a context processor would ask the failing database again.
"""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.views import defaults

# What SQLite and the operating system say when the database cannot be written (sqlite3's messages, errno texts)
CANNOT_WRITE = ("readonly database", "read-only file system", "database or disk is full", "no space left on device",
                "disk i/o error")
RETRY_AFTER = {"unavailable": "30", "cannot_write": "300"}


def database_fault(exc: BaseException | None) -> str | None:
    """'cannot_write', 'unavailable' or None (not a fault of the database)."""
    if not isinstance(exc, OperationalError | InterfaceError):
        return None
    text = " ".join(str(e).lower() for e in (exc, exc.__cause__) if e is not None)
    return "cannot_write" if any(marker in text for marker in CANNOT_WRITE) else "unavailable"


def server_error(request, template_name: str = defaults.ERROR_500_TEMPLATE_NAME):
    fault = database_fault(sys.exc_info()[1])
    if fault is None:
        return defaults.server_error(request, template_name)
    response = HttpResponse(render_to_string("503.html", {"fault": fault}), status=503)
    response["Retry-After"] = RETRY_AFTER[fault]
    add_never_cache_headers(response)
    return response
