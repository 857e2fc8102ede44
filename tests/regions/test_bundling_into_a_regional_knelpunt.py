"""A region coordinator bundles escalated knelpunten of its municipalities into a regional knelpunt."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation

from .conftest import text_of


@pytest.fixture
def two_escalated(add_knelpunt, give, giver, kortrijk, roeselare, zuidwest, kortrijk_coordinator,
                  roeselare_coordinator):
    from tests.factories import member

    other = member(roeselare, full_name="Rune Roeselare", email="rune@caw.be")
    return (add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [give(giver, kortrijk)],
                     scope=zuidwest),
            add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol", [give(other, roeselare)],
                     scope=zuidwest))


def test_bundling_makes_a_regional_knelpunt_with_the_children(two_escalated, region_user, zuidwest, theme):
    regional = escalation.bundle(region_user, zuidwest, [b.pk for b in two_escalated], "Schuldhulp in de regio",
                                 "Overal lange wachtlijsten.")

    assert (regional.scope, regional.municipality, regional.stage) == (zuidwest, None, Stage.NEW)
    assert set(regional.children.all()) == set(two_escalated)
    assert list(regional.themes.all()) == [theme]
    assert AuditEvent.objects.filter(action="knelpunt.bundled", object_id=str(regional.pk)).exists()
    assert AuditEvent.objects.filter(action="knelpunt.bundled_into").count() == 2


def test_the_municipality_sees_the_bundling_in_its_timeline(client, login, two_escalated, region_user, zuidwest,
                                                             kortrijk, kortrijk_coordinator):
    escalation.bundle(region_user, zuidwest, [b.pk for b in two_escalated], "Schuldhulp in de regio")
    login(kortrijk_coordinator)

    content = text_of(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, two_escalated[0].pk])))

    assert "gebundeld in het knelpunt ‘Schuldhulp in de regio’" in content
    assert "gebundeld in ‘Schuldhulp in de regio’" in content


def test_an_open_knelpunt_cannot_be_bundled(add_knelpunt, kortrijk, kortrijk_coordinator, region_user, zuidwest):
    open_one = add_knelpunt(kortrijk_coordinator, kortrijk, "Nog niet opgeschaald")

    with pytest.raises(PermissionDenied):
        escalation.bundle(region_user, zuidwest, [open_one.pk], "Regionaal")

    assert not Knelpunt.objects.filter(scope=zuidwest).exists()


def test_a_bundled_knelpunt_cannot_be_bundled_again(two_escalated, region_user, zuidwest):
    escalation.bundle(region_user, zuidwest, [two_escalated[0].pk], "Eerste bundel")

    with pytest.raises(ValidationError):
        escalation.bundle(region_user, zuidwest, [two_escalated[0].pk], "Tweede bundel")


def test_a_reader_or_another_region_cannot_bundle(two_escalated, region_reader, gent_region_user, zuidwest):
    for user in (region_reader, gent_region_user):
        with pytest.raises(PermissionDenied):
            escalation.bundle(user, zuidwest, [two_escalated[0].pk], "Regionaal")


def test_bundling_through_the_page(client, login, two_escalated, region_user, zuidwest):
    login(region_user)
    url = reverse("region:bundle", args=[zuidwest.pk])
    assert "Wachtlijsten budgetbeheer (Kortrijk)" in text_of(client.get(url))

    response = client.post(url, {"knelpunten": [b.pk for b in two_escalated], "title": "Schuldhulp in de regio",
                                 "summary": "Overal lange wachtlijsten."})

    regional = Knelpunt.objects.get(scope=zuidwest)
    assert response.status_code == 302
    assert response.url == reverse("region:regional", args=[zuidwest.pk, regional.pk])
    content = text_of(client.get(response.url))
    assert "Schuldhulp in de regio" in content and "Schuldhulp zit vol" in content


def test_adding_to_an_existing_regional_knelpunt(client, login, two_escalated, region_user, zuidwest):
    regional = escalation.bundle(region_user, zuidwest, [two_escalated[0].pk], "Schuldhulp in de regio")
    login(region_user)

    response = client.post(reverse("region:regional_add", args=[zuidwest.pk, regional.pk]),
                           {"knelpunten": [two_escalated[1].pk]})

    assert response.status_code == 302
    assert set(regional.children.all()) == set(two_escalated)
