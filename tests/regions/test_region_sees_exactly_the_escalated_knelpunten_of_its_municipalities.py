"""A region sees the knelpunten its municipalities escalated to it, with their signal texts, and nothing else: not
open knelpunten, not another region's, not what went to Flanders, never who gave a signal."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.regions import access as region_access

from .conftest import GIVER_EMAIL, GIVER_NAME, page, text_of


@pytest.fixture
def situation(give, add_knelpunt, giver, kortrijk, roeselare, gent, zuidwest, gent_region, flanders,
              kortrijk_coordinator, roeselare_coordinator, gent_coordinator):
    from tests.factories import member

    signal = give(giver, kortrijk, title="Wachtlijst budgetbeheer", description="Gezinnen wachten acht maanden.")
    roeselare_giver = member(roeselare, full_name="Rune Roeselare", email="rune@caw.be")
    gent_giver = member(gent, full_name="Greet Gent", email="greet@caw.be")
    return {
        "escalated": add_knelpunt(kortrijk_coordinator, kortrijk, "Budgetbeheer: te lange wachtlijsten", [signal],
                              scope=zuidwest),
        "roeselare": add_knelpunt(roeselare_coordinator, roeselare, "Geen plaats in de crisisopvang",
                              [give(roeselare_giver, roeselare, title="Crisisopvang vol")], scope=zuidwest),
        "open": add_knelpunt(kortrijk_coordinator, kortrijk, "Open knelpunt van Kortrijk",
                         [give(giver, kortrijk, title="Geheim open signaal")]),
        "to_flanders": add_knelpunt(kortrijk_coordinator, kortrijk, "Naar Vlaanderen", scope=flanders),
        "other_region": add_knelpunt(gent_coordinator, gent, "Gents knelpunt",
                                 [give(gent_giver, gent, title="Gents signaal")], scope=gent_region),
        "signal": signal,
    }


def test_the_scope_queryset_holds_exactly_its_escalated_knelpunten(situation, region_user, zuidwest):
    assert set(region_access.escalated_knelpunten_for(region_user, zuidwest)) == {
        situation["escalated"], situation["roeselare"]}


def test_a_non_member_gets_nothing_from_the_scope_querysets(situation, gent_region_user, kortrijk_coordinator,
                                                            zuidwest):
    for user in (gent_region_user, kortrijk_coordinator):
        assert not region_access.escalated_knelpunten_for(user, zuidwest).exists()
        assert not region_access.signals_of_escalated(user, zuidwest).exists()
        assert not knelpunt_access.regional_knelpunten_for(user, zuidwest).exists()


def test_the_overview_lists_exactly_the_escalated_knelpunten(client, login, situation, region_user, zuidwest):
    login(region_user)

    content = text_of(client.get(reverse("region:overview", args=[zuidwest.pk])))

    assert "Budgetbeheer: te lange wachtlijsten" in content
    assert "Geen plaats in de crisisopvang" in content
    for hidden in ("Open knelpunt van Kortrijk", "Naar Vlaanderen", "Gents knelpunt"):
        assert hidden not in content
    assert "2 knelpunten gevonden" in content


def test_the_overview_filters_by_municipality_and_theme(client, login, situation, region_user, zuidwest, roeselare,
                                                       reference_lists):
    from lokaalsignaal.reference.models import Theme

    login(region_user)
    url = reverse("region:overview", args=[zuidwest.pk])

    content = text_of(client.get(url, {"municipality": roeselare.pk}))
    assert "Geen plaats in de crisisopvang" in content and "Budgetbeheer" not in content

    other_theme = Theme.objects.filter(active=True).order_by("position")[1]
    assert "0 knelpunten gevonden" in text_of(client.get(url, {"theme": other_theme.pk}))


def test_the_knelpunt_page_shows_the_signal_texts_but_never_the_giver(client, login, situation, region_user,
                                                                      zuidwest):
    login(region_user)

    html = page(client.get(reverse("region:escalated", args=[zuidwest.pk, situation["escalated"].pk])))

    assert "Wachtlijst budgetbeheer" in html and "Gezinnen wachten acht maanden." in html
    assert "We geven dit door aan de regio." in html  # the stage message the givers also read
    for identity in (GIVER_NAME, GIVER_EMAIL, situation["signal"].organisation.name):
        assert identity not in html


@pytest.mark.parametrize("which", ["open", "to_flanders", "other_region"])
def test_a_knelpunt_not_escalated_to_the_region_is_not_found(client, login, situation, region_user, zuidwest, which):
    login(region_user)

    response = client.get(reverse("region:escalated", args=[zuidwest.pk, situation[which].pk]))

    assert response.status_code == 404


def test_flanders_sees_what_went_to_flanders(client, login, situation, flanders):
    from tests.factories import scope_member

    login(scope_member(flanders, email="team@vlaanderen.be"))

    content = text_of(client.get(reverse("region:overview", args=[flanders.pk])))

    assert "Naar Vlaanderen" in content and "Budgetbeheer" not in content
