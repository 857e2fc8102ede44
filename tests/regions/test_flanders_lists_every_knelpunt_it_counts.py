"""Flanders' list of knelpunten (and its municipality filter) shows every knelpunt it may open, the same ones its
numbers count: those escalated to it directly, the regional knelpunten regions escalated to it and the municipal
knelpunten below them — each once, also when Flanders bundled the regional knelpunt too. Another region finds none of
it (404)."""

import re

import pytest
from django.urls import reverse

from lokaalsignaal.casework.regions import services as escalation
from tests.factories import scope_member

from .conftest import page


@pytest.fixture
def flemish_team(flanders):
    return scope_member(flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be")


def listed(client, scope, **filters) -> list[int]:
    """The knelpunten on the scope's overview (the rows' links), in order."""
    html = page(client.get(reverse("region:overview", args=[scope.pk]), filters))
    rows = re.findall(rf'<th scope="row"><a href="/regio/{scope.pk}/knelpunten/(\d+)/">', html)
    return [int(pk) for pk in rows]


def ids(flanders_situation, *names) -> list[int]:
    return sorted(flanders_situation[name].pk for name in names)


def test_the_list_shows_the_knelpunten_below_a_regional_knelpunt_each_once(client, login, flanders_situation, flanders,
                                                                         flemish_team):
    login(flemish_team)

    assert sorted(listed(client, flanders)) == ids(flanders_situation, "regional", "kortrijk_via_region", "roeselare",
                                                   "kortrijk_direct", "gent")

    escalation.bundle(flemish_team, flanders, [flanders_situation["regional"].pk, flanders_situation["gent"].pk],
                      "Schuldhulp in Vlaanderen")  # now reached two ways: still once

    assert sorted(listed(client, flanders)) == ids(flanders_situation, "regional", "kortrijk_via_region", "roeselare",
                                                   "kortrijk_direct", "gent")
    assert sorted(listed(client, flanders, bundled="yes")) == ids(flanders_situation, "regional", "kortrijk_via_region",
                                                                  "roeselare", "gent")


def test_the_municipality_filter_agrees_with_the_numbers(client, login, flanders_situation, flanders, flemish_team,
                                                         kortrijk, roeselare, gent):
    login(flemish_team)
    counted = {row["municipality__name"]: row["knelpunten"]
               for row in escalation.aggregates(flemish_team, flanders)["per_municipality"]}

    found = {m.name: listed(client, flanders, municipality=m.pk) for m in (kortrijk, roeselare, gent)}

    assert sorted(found["Kortrijk"]) == ids(flanders_situation, "kortrijk_via_region", "kortrijk_direct")
    assert found["Roeselare"] == [flanders_situation["roeselare"].pk]
    assert found["Gent"] == [flanders_situation["gent"].pk]
    assert {name: len(rows) for name, rows in found.items()} == counted


def test_a_knelpunt_below_a_regional_knelpunt_links_to_the_page_flanders_may_open(client, login, flanders_situation,
                                                                                  flanders, flemish_team, roeselare):
    login(flemish_team)
    regional = flanders_situation["regional"]

    html = page(client.get(reverse("region:overview", args=[flanders.pk]), {"municipality": roeselare.pk}))

    parent_link = reverse("region:escalated", args=[flanders.pk, regional.pk])
    assert f'<a href="{parent_link}">Schuldhulp in de regio</a>' in html
    assert client.get(parent_link).status_code == 200
    roeselare_page = reverse("region:escalated", args=[flanders.pk, flanders_situation["roeselare"].pk])
    assert client.get(roeselare_page).status_code == 200


def test_the_region_lists_only_its_own(client, login, flanders_situation, zuidwest, region_user, kortrijk):
    login(region_user)

    assert sorted(listed(client, zuidwest)) == ids(flanders_situation, "kortrijk_via_region", "roeselare")
    assert listed(client, zuidwest, municipality=kortrijk.pk) == [flanders_situation["kortrijk_via_region"].pk]


def test_another_region_finds_none_of_it(client, login, flanders_situation, flanders, zuidwest, gent_region,
                                         gent_region_user, region_user, kortrijk, gent):
    login(gent_region_user)

    for scope in (flanders, zuidwest):
        for filters in ({}, {"municipality": kortrijk.pk}, {"municipality": gent.pk, "bundled": "yes"}):
            assert client.get(reverse("region:overview", args=[scope.pk]), filters).status_code == 404
    for add_knelpunt in flanders_situation.values():
        for scope in (flanders, zuidwest):
            assert client.get(reverse("region:escalated", args=[scope.pk, add_knelpunt.pk])).status_code == 404
    own = page(client.get(reverse("region:overview", args=[gent_region.pk]),
                          {"municipality": kortrijk.pk}))
    for add_knelpunt in flanders_situation.values():
        assert add_knelpunt.title not in own
    # the region that escalated to Flanders does not read Flanders' list either
    login(region_user)
    assert client.get(reverse("region:overview", args=[flanders.pk]), {"municipality": kortrijk.pk}
                      ).status_code == 404
    assert client.get(reverse("region:escalated", args=[flanders.pk, flanders_situation["gent"].pk])).status_code == 404


def test_the_list_costs_the_same_with_more_knelpunten_below_the_regional_one(client, login, flanders_situation,
                                                                            flanders, flemish_team, add_knelpunt,
                                                                            kortrijk,
                                                                            kortrijk_coordinator, zuidwest,
                                                                            region_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("region:overview", args=[flanders.pk])).status_code == 200
        return len(captured)

    login(flemish_team)
    few = queries()
    more = [add_knelpunt(kortrijk_coordinator, kortrijk, f"Knelpunt {i}", scope=zuidwest).pk for i in range(4)]
    escalation.add_to_bundle(region_user, flanders_situation["regional"].pk, more)

    assert len(listed(client, flanders)) == 9 and queries() == few
