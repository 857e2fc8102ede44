"""No write on a GET: every URL pattern that answers GET, opened by every kind of visitor, leaves every table as it
was (a full dump of each table's rows of the small world, before and after: tests/security/test_access_matrix.py's
`state`), the Django admin's pages as the platform admin and allauth's pages included.

The one declared exception: opening a page marks the visitor's OWN notifications about what it shows as read
(`feedback.Notification.read_at` set, nothing else: no row added or removed, no other column, nobody else's
notification). Reading a notification is what the GET is for, and the link in a notification e-mail can only be a
GET (`/mijn/meldingen/<pk>/`, the knelpunt page, the signal page, the audit log).
"""

from __future__ import annotations

import pytest
from django.db import DatabaseError
from django.urls import reverse

from .access_table import POST_ONLY, TABLE
from .conftest import ADMIN, ANONYMOUS, GIVER, VISITORS, client_of, isolated
from .test_access_matrix import _cases, _in_allauth, admin_urls, changed, state, url_patterns

NOTIFICATIONS = "feedback.Notification"


def _only_own_notifications_read(before: list[dict], after: list[dict], user) -> bool:
    """The declared exception: the same rows, of which only the visitor's own unread ones got a `read_at`."""
    if user is None or [row["id"] for row in before] != [row["id"] for row in after]:
        return False
    for old, new in zip(before, after, strict=True):
        if old == new:
            continue
        if old["user_id"] != user.pk or old["read_at"] is not None or new["read_at"] is None:
            return False
        if {**old, "read_at": None} != {**new, "read_at": None}:
            return False
    return True


def writes(world, visitor: str, url: str, before: dict) -> list[str]:
    """What a GET of `url` as `visitor` wrote (in a savepoint rolled back afterwards), the exception left out."""
    with isolated():
        response = client_of(world, visitor).get(url)
        if response.streaming:
            b"".join(response.streaming_content)  # a generator may write while it streams
        try:
            after = state()
        except DatabaseError as error:  # the request broke the transaction
            return [f"GET {url} as {visitor} broke the transaction ({error})"]
    user = world.people[visitor]
    wrote = [label for label in changed(before, after)
             if label != NOTIFICATIONS or not _only_own_notifications_read(before[label], after[label], user)]
    return [f"GET {url} as {visitor} ({response.status_code}) wrote to {', '.join(wrote)}"] if wrote else []


def _gets():
    for name in TABLE:
        cases = _cases(name)
        for index, case in enumerate(cases):
            if case.get != POST_ONLY:
                yield pytest.param(name, case, id=name if len(cases) == 1 else f"{name}#{index + 1}")


@pytest.mark.parametrize(("name", "case"), list(_gets()))
def test_a_get_writes_nothing(world, db, name, case):
    """Every visitor, the ones allowed to open the page and the ones refused, with the world's own objects and
    another tenant's."""
    before = state()
    found = []
    for args in (case.args(world), *(foreign(world) for foreign in case.foreign)):
        url = reverse(name, args=args) + case.query(world)
        for visitor in VISITORS:
            found += writes(world, visitor, url, before)

    assert not found, "\n".join(found)


def test_the_admins_pages_write_nothing_on_a_get(world, db):
    before = state()
    found = []
    for url in admin_urls():
        found += writes(world, ADMIN, url, before)

    assert not found, "\n".join(found)


def test_allauths_pages_write_nothing_on_a_get(world, db):
    before = state()
    found = []
    for pattern in (p for p in url_patterns() if _in_allauth(p) and not p.params):
        for visitor in (ANONYMOUS, GIVER):
            found += writes(world, visitor, "/" + pattern.route, before)

    assert not found, "\n".join(found)


def test_the_exception_is_only_the_visitors_own_notifications_marked_read():
    """The rule the exception is checked with refuses anything beyond it."""

    class Person:
        pk = 1

    unread = {"id": 7, "user_id": 1, "read_at": None, "kind": "linked"}
    read = {**unread, "read_at": "2030-01-01"}

    assert _only_own_notifications_read([unread], [read], Person)
    assert not _only_own_notifications_read([unread], [{**read, "kind": "feedback"}], Person)
    assert not _only_own_notifications_read([{**unread, "user_id": 2}], [{**read, "user_id": 2}], Person)
    assert not _only_own_notifications_read([unread], [read, {**read, "id": 8}], Person)
    assert not _only_own_notifications_read([unread], [read], None)
