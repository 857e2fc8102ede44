"""Domain events: a service says what happened; whoever cares subscribes.

A service announces an event (a frozen dataclass of ids and codes, defined in the announcing capability's
``domain_events`` module) inside its transaction; every subscriber runs once that transaction commits (at once when
there is none), so nothing is told about a change that was rolled back. A consequence that must commit or roll back
with the action itself (a closed knelpunt ends its partners' access) subscribes ``in_transaction=True`` and runs at
once, inside the announcing transaction. The service does not know who listens:
the one list of who listens to what is ``lokaalsignaal.subscriptions`` (connected when the project starts), as
Signalen's e-mail integrations subscribe to status changes.

Subscribers must be quick and must not fail the request: they queue work (a task, a mail in the outbox).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import partial

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

_subscribers: dict[type, list[tuple[Callable, bool]]] = defaultdict(list)


def subscribe(event_type: type, handler: Callable, *, in_transaction: bool = False) -> None:
    """Call `handler(event)` for every announced event of this type: after commit, or at once inside the
    announcing transaction. Subscribing the same handler twice is a configuration error."""
    if any(known is handler for known, _now in _subscribers[event_type]):
        raise ImproperlyConfigured(f"{handler!r} already listens to {event_type.__name__}.")
    _subscribers[event_type].append((handler, in_transaction))


def subscribers(event_type: type) -> tuple[Callable, ...]:
    return tuple(handler for handler, _now in _subscribers.get(event_type, ()))


def announce(event) -> None:
    """Tell every subscriber of this event's type: the in-transaction ones now, the others after commit."""
    for handler, now in _subscribers.get(type(event), ()):
        if now:
            handler(event)
        else:
            transaction.on_commit(partial(handler, event))
