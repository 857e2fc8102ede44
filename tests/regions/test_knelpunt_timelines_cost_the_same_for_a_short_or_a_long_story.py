"""The knelpunt page of the municipality and the regional knelpunt's page cost the same number of queries for a
short or a long timeline: stage changes, messages of the municipality and of the region (with the signals that
carried them), notes, links and merges."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_knelpunt_and_regional_pages_cost_the_same_for_a_short_or_a_long_story(
        client, login, committed, add_knelpunt, give, giver, kortrijk, kortrijk_coordinator, zuidwest, region_user):
    child = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [give(giver, kortrijk)],
                     scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    with committed():
        services.send_feedback(region_user, regional.pk, "Eerste bericht van de regio.")
    municipal_page = reverse("casework:knelpunt", args=[kortrijk.slug, child.pk])
    regional_page = reverse("region:regional", args=[zuidwest.pk, regional.pk])
    login(kortrijk_coordinator)
    short = queries_for(client, municipal_page)
    login(region_user)
    short_regional = queries_for(client, regional_page)

    for i in range(4):
        regional.refresh_from_db()
        to = Stage.ANALYSIS if i % 2 == 0 else Stage.AGENDA
        with committed():
            services.change_stage(region_user, regional.pk, to, f"Regionale stap {i}", regional.version,
                                  remark=f"Intern {i}")
            services.send_feedback(region_user, regional.pk, f"Regionaal bericht {i}")
            services.send_feedback(kortrijk_coordinator, child.pk, f"Bericht van de stad {i}")
            services.add_note(kortrijk_coordinator, child.pk, f"Nota {i}")
        other = add_knelpunt(kortrijk_coordinator, kortrijk, f"Ander knelpunt {i}", [give(giver, kortrijk)])
        with committed():
            services.merge(kortrijk_coordinator, other.pk, child.pk, f"Samengevoegd {i}")
    login(kortrijk_coordinator)
    long = queries_for(client, municipal_page)
    login(region_user)
    long_regional = queries_for(client, regional_page)

    assert "Regionaal bericht 3" in client.get(regional_page).content.decode()
    assert (long, long_regional) == (short, short_regional)
