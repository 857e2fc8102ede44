"""Flanders' overview uses Flanders' words: it receives knelpunten from municipalities and regions, its "bundled"
filter covers regional and Flemish knelpunten; a region's overview keeps the regional words."""

from django.urls import reverse

from tests.factories import scope_member

from .conftest import text_of


def test_flanders_overview_names_regions_and_flemish_knelpunten(client, login, flanders):
    login(scope_member(flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be"))

    content = text_of(client.get(reverse("region:overview", args=[flanders.pk])))

    assert "Knelpunten die gemeenten en regio's naar hier hebben opgeschaald" in content
    assert "Gebundeld in een regionaal of Vlaams knelpunt" in content
    assert "Knelpunten die gemeenten naar hier" not in content


def test_a_regions_overview_keeps_the_regional_words(client, login, region_user, zuidwest):
    login(region_user)

    content = text_of(client.get(reverse("region:overview", args=[zuidwest.pk])))

    assert "Knelpunten die gemeenten naar hier hebben opgeschaald" in content
    assert "Gebundeld in een regionaal knelpunt" in content
    assert "Vlaams" not in content
