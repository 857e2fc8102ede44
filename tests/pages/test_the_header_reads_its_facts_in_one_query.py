"""Every signed-in page shows the header: its unread count, partner link, region link and municipality switcher come
from one query (`pages.menu`), and the lists behind them are read only when there is something to list."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.notifications.models import Notification
from tests.factories import MembershipFactory, member, region, scope_member

pytestmark = pytest.mark.django_db


def _page(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("notifications:notifications"))
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in queries]


def _reads(queries, table) -> int:
    """Queries that list rows of `table` (not a subquery of another query)."""
    return sum(1 for sql in queries if sql.startswith(f'SELECT "{table}".'))


def test_a_giver_in_one_municipality_gets_her_header_from_one_query(client, login, kortrijk):
    giver = member(kortrijk)
    for _ in range(2):
        Notification.objects.create(user=giver, municipality=kortrijk, kind=Notification.Kind.ADMIN_CHANGE)
    login(giver)

    body, queries = _page(client)

    header = [sql for sql in queries if "counted" in sql]
    assert len(header) == 1
    assert "casework_partneraccess" in header[0] and "accounts_scopemembership" in header[0]
    assert _reads(queries, "tenancy_scope") == 0  # no scopes: not listed
    assert "switch-municipality" not in body  # one municipality: no switcher, and no list read for it
    assert re.search(r"Meldingen \(2<span", body)


def test_the_header_still_lists_scopes_and_municipalities_when_there_are_some(client, login, kortrijk, roeselare):
    person = scope_member(region(kortrijk, roeselare), role="reader")
    MembershipFactory(user=person, municipality=kortrijk)
    MembershipFactory(user=person, municipality=roeselare)
    login(person)

    body, queries = _page(client)

    assert 'id="switch-municipality"' in body and "Kortrijk" in body and "Roeselare" in body
    assert reverse("region:index") in body
    assert len([sql for sql in queries if "counted" in sql]) == 1
