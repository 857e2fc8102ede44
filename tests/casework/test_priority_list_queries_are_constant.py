"""The priority list (and the knelpunten list sorted by priority) costs the same number of queries for 3 open
knelpunten as for 30: the order is computed in the database, no query per row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.priority import services as priority_services


def queries_for(client, url, query=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query or {})
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def knelpunten(kortrijk_coordinator, make_signal, make_knelpunt):
    """knelpunten(n): n open knelpunten, some with signals, every third one with a manual priority."""

    def make(n):
        for i in range(n):
            knelpunt = make_knelpunt(f"Knelpunt {i}", signals=[make_signal()] if i % 2 else [])
            if i % 3 == 0:
                priority_services.override_priority(kortrijk_coordinator, knelpunt.pk, 50 + i,
                                                    "Afgesproken in het overleg.")

    return make


@pytest.mark.parametrize(("name", "query"), [("casework:priorities", {}), ("casework:priorities", {"pagina": "2"}),
                                             ("casework:knelpunten", {"sort": "priority"})])
def test_the_priority_list_costs_the_same_for_3_and_30_knelpunten(client, login, kortrijk, kortrijk_coordinator,
                                                                  knelpunten, name, query):
    login(kortrijk_coordinator)
    url = reverse(name, args=[kortrijk.slug])
    knelpunten(3)
    queries_for(client, url, query)  # the first visit writes the parts of the page that are then kept (`fragments`)
    few = queries_for(client, url, query)

    knelpunten(27)
    many = queries_for(client, url, query)

    assert Knelpunt.objects.filter(municipality=kortrijk).count() == 30
    assert many == few
