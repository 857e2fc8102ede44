"""Flanders' bundling speaks of a Flemish knelpunt, not a regional one: the bundle form's intro (regions' knelpunten
too, messages go to the regions as well), its error for a missing title, the service's errors and the table of
bundled knelpunten, whose stage column is no longer "Fase bij de gemeente" when a row is a region's knelpunt. A
region's own pages keep their words."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from tests.factories import escalation_to

from .conftest import page, text_of


@pytest.fixture
def arrived(committed, add_knelpunt, give, giver, kortrijk, gent, zuidwest, flanders, kortrijk_coordinator,
            gent_coordinator, region_user):
    """Zuid-West escalates its regional knelpunt (Kortrijk's below it) to Flanders; Gent escalates one directly."""
    child = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [give(giver, kortrijk)],
                     scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    with committed():
        services.change_stage(region_user, regional.pk, Stage.ESCALATED, "Naar Vlaanderen.", regional.version,
                              **escalation_to(flanders))
    regional.refresh_from_db()
    return {"child": child, "regional": regional,
            "gent": add_knelpunt(gent_coordinator, gent, "Schuldhulp in Gent", scope=flanders)}


def test_the_flanders_bundle_form_speaks_of_a_flemish_knelpunt(client, login, arrived, flanders, flemish_team):
    login(flemish_team)

    content = text_of(client.get(reverse("region:bundle", args=[flanders.pk])))

    assert ("Bundel de knelpunten die naar Vlaanderen zijn opgeschaald en over hetzelfde probleem gaan in één Vlaams "
            "knelpunt: knelpunten van gemeenten en regionale knelpunten van regio's. Elk bericht over dat knelpunt "
            "gaat naar de regio's, de gemeenten en hun signaalgevers.") in content
    assert "Titel van het Vlaamse knelpunt" in content and "Vlaams knelpunt maken" in content
    for regional_words in ("Titel van het regionale knelpunt", "Regionaal knelpunt maken",
                           "gaat naar de gemeenten en naar hun signaalgevers"):
        assert regional_words not in content


def test_a_flemish_knelpunt_without_a_title_asks_for_the_flemish_knelpunts_title(client, login, arrived, flanders,
                                                                                 flemish_team):
    login(flemish_team)

    content = text_of(client.post(reverse("region:bundle", args=[flanders.pk]),
                                  {"knelpunten": [arrived["gent"].pk], "title": ""}))

    assert "Geef het Vlaamse knelpunt een titel." in content
    assert "regionale knelpunt een titel" not in content
    with pytest.raises(ValidationError) as error:
        escalation.bundle(flemish_team, flanders, [arrived["gent"].pk], "   ")
    assert error.value.messages == ["Geef het Vlaamse knelpunt een titel."]
    with translation.override("en"):
        assert escalation.title_required(flanders) == "Give the Flemish bottleneck a title."


def test_the_region_keeps_its_words(client, login, add_knelpunt, kortrijk, kortrijk_coordinator, zuidwest, region_user):
    add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", scope=zuidwest)
    login(region_user)

    form = text_of(client.get(reverse("region:bundle", args=[zuidwest.pk])))
    missing_title = text_of(client.post(reverse("region:bundle", args=[zuidwest.pk]), {"title": ""}))

    assert "Elk bericht over dat knelpunt gaat naar de gemeenten en naar hun signaalgevers." in form
    assert "Titel van het regionale knelpunt" in form and "Regionaal knelpunt maken" in form
    assert "Geef het regionale knelpunt een titel." in missing_title


def test_the_bundled_knelpunten_of_a_flemish_knelpunt_show_the_stage_at_the_municipality_or_region(
        client, login, arrived, flanders, flemish_team, zuidwest, region_user):
    flemish = escalation.bundle(flemish_team, flanders, [arrived["regional"].pk, arrived["gent"].pk],
                                "Schuldhulp in Vlaanderen")
    login(flemish_team)

    html = page(client.get(reverse("region:regional", args=[flanders.pk, flemish.pk])))

    assert '<th scope="col">Gemeente of regio</th><th scope="col">Fase bij de gemeente of regio</th>' in html
    assert "Fase bij de gemeente<" not in html
    assert "Gebundelde knelpunten van de regio's en gemeenten" in html
    regional_in_flanders = text_of(client.get(reverse("region:escalated", args=[flanders.pk,
                                                                                arrived["regional"].pk])))
    assert f"Regionaal knelpunt van {zuidwest.name}" in regional_in_flanders
    assert f"Wat {zuidwest.name} de gemeenten en de signaalgevers liet weten" in regional_in_flanders
    regional_page = page(login(region_user).get(reverse("region:regional", args=[zuidwest.pk,
                                                                                arrived["regional"].pk])))
    assert '<th scope="col">Gemeente</th><th scope="col">Fase bij de gemeente</th>' in regional_page
    assert "Gebundelde knelpunten van de gemeenten<" in regional_page


def test_adding_to_a_flemish_knelpunt_speaks_of_the_flemish_knelpunt(client, login, committed, arrived, flanders,
                                                                     flemish_team):
    flemish = escalation.bundle(flemish_team, flanders, [arrived["gent"].pk], "Schuldhulp in Vlaanderen")
    login(flemish_team)

    response = client.post(reverse("region:regional_add", args=[flanders.pk, flemish.pk]),
                           {"knelpunten": [arrived["regional"].pk]}, follow=True)

    assert "De knelpunten zijn toegevoegd aan dit Vlaamse knelpunt." in text_of(response)
    with committed():
        services.change_stage(flemish_team, flemish.pk, Stage.NOT_RETAINED, "Niet voor Vlaanderen.", flemish.version)
    with pytest.raises(ValidationError) as error:
        escalation.add_to_bundle(flemish_team, flemish.pk, [])
    assert error.value.messages == ["Dit Vlaamse knelpunt is afgesloten. Heropen het eerst."]


def test_flanders_confirmations_name_the_regions_only_when_a_regional_knelpunt_is_bundled(
        client, login, arrived, flanders, flemish_team):
    login(flemish_team)

    created = text_of(client.post(reverse("region:bundle", args=[flanders.pk]),
                                  {"knelpunten": [arrived["gent"].pk], "title": "Schuldhulp in Vlaanderen"},
                                  follow=True))
    flemish = arrived["gent"].__class__.objects.get(title="Schuldhulp in Vlaanderen")
    sent = text_of(client.post(reverse("region:regional_feedback", args=[flanders.pk, flemish.pk]),
                               {"feedback": "We bekijken dit met de minister."}, follow=True))

    assert "Berichten over dit knelpunt gaan naar de gemeenten en hun signaalgevers." in created
    assert "Je bericht is verstuurd naar de gemeenten en de signaalgever" in sent
    assert "naar de regio's" not in created + sent

    client.post(reverse("region:regional_add", args=[flanders.pk, flemish.pk]),
                {"knelpunten": [arrived["regional"].pk]})
    sent = text_of(client.post(reverse("region:regional_feedback", args=[flanders.pk, flemish.pk]),
                               {"feedback": "Ook de regio Zuid-West doet mee."}, follow=True))
    assert "Je bericht is verstuurd naar de regio's, de gemeenten en de signaalgever" in sent
