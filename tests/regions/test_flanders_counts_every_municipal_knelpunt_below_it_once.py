"""Flanders' numbers per municipality count every municipal knelpunt it may open: those escalated to it directly and
those that reached it through a regional knelpunt (escalated to Flanders, or bundled by Flanders into a Flemish
knelpunt). A knelpunt reachable two ways counts once. Signal counts below 5 are shown as "< 5", and what would give
them back is hidden; the number of knelpunten (listed anyway) is shown."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from tests.factories import scope_member


@pytest.fixture
def flemish_team(flanders):
    return scope_member(flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be")


EXPECTED = {"Gent": (1, 1), "Kortrijk": (2, 8), "Roeselare": (1, 1)}


def per_municipality(totals) -> dict:
    return {row["municipality__name"]: (row["knelpunten"], row["signals"]) for row in totals["per_municipality"]}


def test_knelpunten_below_an_escalated_regional_knelpunt_count_for_their_municipality(flanders_situation, flanders,
                                                                                     flemish_team):
    totals = escalation.aggregates(flemish_team, flanders)

    assert per_municipality(totals) == EXPECTED
    assert (totals["knelpunten"], totals["signals"]) == (4, 10)


def test_a_knelpunt_reached_through_the_escalation_and_the_flemish_bundle_counts_once(flanders_situation, flanders,
                                                                                      flemish_team):
    regional = flanders_situation["regional"]
    escalation.bundle(flemish_team, flanders, [regional.pk, flanders_situation["gent"].pk], "Schuldhulp in Vlaanderen")

    totals = escalation.aggregates(flemish_team, flanders)

    assert per_municipality(totals) == EXPECTED
    assert (totals["knelpunten"], totals["signals"]) == (4, 10)
    assert {row["themes__name"]: row["knelpunten"] for row in totals["per_theme"]} == {
        regional.themes.get().name: 4}


def test_the_overview_shows_them_with_small_numbers_suppressed(client, login, flanders_situation, flanders,
                                                               flemish_team):
    login(flemish_team)

    html = client.get(reverse("region:overview", args=[flanders.pk])).content.decode()

    # 10 - 8 would leave 2 for Roeselare and Gent: both 1. So Kortrijk's 8 is hidden too.
    assert '<th scope="row">Kortrijk</th><td>2</td><td>verborgen</td>' in html
    assert '<th scope="row">Roeselare</th><td>1</td><td>&lt; 5</td>' in html
    assert '<th scope="row">Gent</th><td>1</td><td>&lt; 5</td>' in html
    assert "Opgeschaalde knelpunten: 4 · signalen: 10" in html


def test_the_region_counts_only_its_own(flanders_situation, zuidwest, region_user):
    totals = escalation.aggregates(region_user, zuidwest)

    assert per_municipality(totals) == {"Kortrijk": (1, 2), "Roeselare": (1, 1)}


def test_a_returned_regional_knelpunt_takes_its_knelpunten_out_of_flanders_numbers(flanders_situation, flanders,
                                                                                  flemish_team, region_user,
                                                                                  committed):
    regional = flanders_situation["regional"]
    regional.refresh_from_db()
    with committed():
        services.change_stage(region_user, regional.pk, Stage.ANALYSIS, "De regio doet dit zelf.", regional.version)

    assert per_municipality(escalation.aggregates(flemish_team, flanders)) == {"Gent": (1, 1), "Kortrijk": (1, 6)}
