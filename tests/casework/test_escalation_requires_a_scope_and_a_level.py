"""Moving a knelpunt to 'opgeschaald' says where it goes (a region or Flanders that contains the municipality) and
which level is responsible; the service refuses it otherwise, and the knelpunt page asks for both."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.models import StageChange
from lokaalsignaal.casework.knelpunten.stages import Stage
from tests.factories import escalation_to, region


@pytest.fixture
def zuidwest(kortrijk, roeselare):
    return region(kortrijk, roeselare, name="Eerstelijnszone Zuid-West-Vlaanderen")


@pytest.fixture
def elsewhere(reference_lists):
    from tests.factories import MunicipalityFactory

    return region(MunicipalityFactory(name="Gent", refnis="44021"), name="Eerstelijnszone Gent")


def test_escalating_sets_the_scope_and_the_level_and_is_audited(make_knelpunt, kortrijk_coordinator, zuidwest):
    knelpunt = make_knelpunt()
    where = escalation_to(zuidwest)

    services.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ESCALATED, "Naar de regio.", knelpunt.version,
                          **where)

    knelpunt.refresh_from_db()
    assert (knelpunt.stage, knelpunt.escalated_to, knelpunt.responsible_level) == (
        Stage.ESCALATED, zuidwest, where["responsible_level"])
    event = AuditEvent.objects.get(action="knelpunt.stage_changed", object_id=str(knelpunt.pk))
    assert event.payload["escalated_to"] == zuidwest.pk
    assert event.payload["responsible_level"] == where["responsible_level"].pk


@pytest.mark.parametrize("missing", ["escalate_to", "responsible_level"])
def test_escalating_without_a_scope_or_a_level_is_refused(make_knelpunt, kortrijk_coordinator, zuidwest, missing):
    knelpunt = make_knelpunt()
    where = escalation_to(zuidwest)
    where[missing] = None

    with pytest.raises(ValidationError):
        services.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ESCALATED, "Naar de regio.",
                              knelpunt.version, **where)

    knelpunt.refresh_from_db()
    assert knelpunt.stage == Stage.NEW and knelpunt.escalated_to is None
    assert not StageChange.objects.filter(knelpunt=knelpunt).exists()


def test_a_region_without_the_municipality_cannot_be_chosen(make_knelpunt, kortrijk_coordinator, elsewhere):
    knelpunt = make_knelpunt()

    with pytest.raises(ValidationError):
        services.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ESCALATED, "Naar Gent.", knelpunt.version,
                              **escalation_to(elsewhere))

    knelpunt.refresh_from_db()
    assert knelpunt.escalated_to is None


def test_the_knelpunt_page_shows_the_fields_with_a_hint(client, login, make_knelpunt, kortrijk_coordinator,
                                                       kortrijk, zuidwest, elsewhere):
    knelpunt = make_knelpunt()
    login(kortrijk_coordinator)

    html = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])).content.decode()

    assert 'name="escalate_to"' in html and 'name="responsible_level"' in html
    assert "Alleen nodig als je ‘Opgeschaald’ kiest." in html
    assert zuidwest.name in html and elsewhere.name not in html


def test_the_stage_form_refuses_opgeschaald_without_a_scope(client, login, make_knelpunt, kortrijk_coordinator,
                                                           kortrijk, zuidwest):
    knelpunt = make_knelpunt()
    login(kortrijk_coordinator)
    url = reverse("casework:change_stage", args=[kortrijk.slug, knelpunt.pk])
    level = escalation_to(zuidwest)["responsible_level"]

    response = client.post(url, {"to_stage": Stage.ESCALATED, "message": "Naar de regio.",
                                 "version": knelpunt.version, "responsible_level": level.pk})

    assert response.status_code == 200
    assert "Kies naar welke regio of naar Vlaanderen je het knelpunt opschaalt." in response.content.decode()
    knelpunt.refresh_from_db()
    assert knelpunt.stage == Stage.NEW

    response = client.post(url, {"to_stage": Stage.ESCALATED, "message": "Naar de regio.",
                                 "version": knelpunt.version, "responsible_level": level.pk,
                                 "escalate_to": zuidwest.pk})

    assert response.status_code == 302
    knelpunt.refresh_from_db()
    assert (knelpunt.stage, knelpunt.escalated_to) == (Stage.ESCALATED, zuidwest)


def test_other_stages_ignore_the_escalation_fields(client, login, make_knelpunt, kortrijk_coordinator, kortrijk):
    knelpunt = make_knelpunt()
    login(kortrijk_coordinator)

    response = client.post(reverse("casework:change_stage", args=[kortrijk.slug, knelpunt.pk]), {
        "to_stage": Stage.ANALYSIS, "message": "We zoeken het uit.", "version": knelpunt.version})

    assert response.status_code == 302
    knelpunt.refresh_from_db()
    assert (knelpunt.stage, knelpunt.escalated_to) == (Stage.ANALYSIS, None)
