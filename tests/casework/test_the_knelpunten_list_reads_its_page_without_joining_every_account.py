"""The knelpunten list reads the page's knelpunten on their own (an index gives the newest first) and their trekkers
apart: joining the accounts in the page's query made PostgreSQL hash every account of the platform first (67 ms at
a big city's 3,000 knelpunten, against 0.2 ms)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import coordinator

pytestmark = pytest.mark.django_db


def test_the_list_shows_each_trekker_without_joining_the_accounts_in_the_page_query(client, login, kortrijk,
                                                                                   make_knelpunt):
    trekkers = [coordinator(kortrijk, full_name=f"Trekker {n}") for n in range(3)]
    for n, trekker in enumerate(trekkers):
        make_knelpunt(f"Knelpunt {n}", owner=trekker)
    login(trekkers[0])

    with CaptureQueriesContext(connection) as queries:
        body = client.get(reverse("casework:knelpunten", args=[kortrijk.slug])).content.decode()

    assert all(f"<td>Trekker {n}</td>" in body for n in range(3))  # in the table, not only in the filter
    page_queries = [q["sql"] for q in queries if q["sql"].startswith('SELECT "casework_knelpunt"."id"')]
    assert page_queries and not any('JOIN "accounts_user"' in sql for sql in page_queries)
