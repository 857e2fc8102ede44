"""The region's overview costs the same number of queries for 3 or 15 escalated knelpunten (and their themes,
municipalities, levels and bundles)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.regions import services as escalation


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_overview_and_the_regional_list_cost_the_same_for_3_or_15(client, login, add_knelpunt, give, giver,
                                                                      kortrijk,
                                                                      roeselare, roeselare_coordinator,
                                                                      kortrijk_coordinator, zuidwest, region_user):
    def add(n):
        made = []
        for i in range(n):
            municipality, by = (kortrijk, kortrijk_coordinator) if i % 2 else (roeselare, roeselare_coordinator)
            signals = [give(giver, kortrijk)] if municipality == kortrijk else []
            made.append(add_knelpunt(by, municipality, f"Knelpunt {i}", signals, scope=zuidwest))
        escalation.bundle(region_user, zuidwest, [made[0].pk], f"Regionaal {n}")
        return made

    login(region_user)
    overview = reverse("region:overview", args=[zuidwest.pk])
    regional = reverse("region:regional_list", args=[zuidwest.pk])
    add(3)
    few = queries_for(client, overview), queries_for(client, regional)
    add(12)
    many = queries_for(client, overview), queries_for(client, regional)

    assert few == many
