"""Values read once per request (issue 17): what several parts of one page ask for, read at the first ask.

`once_per_request(read)` wraps a function without arguments: within a request it calls `read()` once and gives that
value to every later call of the same request; outside a request (a task, a command, a test without the test
client) every call reads again. `forget()` on the wrapped function drops the value of the running request (after a
change that `read()` would see). The values live in the thread that runs the request and go when it ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps

from django.core.signals import request_finished, request_started

_request = threading.local()  # `values` while a request runs in this thread


def _starts(**kwargs) -> None:
    _request.values = {}


def _ends(**kwargs) -> None:
    _request.values = None


request_started.connect(_starts, dispatch_uid="lokaalsignaal.per_request.starts")
request_finished.connect(_ends, dispatch_uid="lokaalsignaal.per_request.ends")


def once_per_request(read: Callable[[], object]) -> Callable[[], object]:
    @wraps(read)
    def value():
        values = getattr(_request, "values", None)
        if values is None:
            return read()
        found = values.get(read, values)  # `values` itself: not read yet in this request
        if found is values:
            found = values[read] = read()
        return found

    def forget() -> None:
        values = getattr(_request, "values", None)
        if values is not None:
            values.pop(read, None)

    value.forget = forget
    return value
