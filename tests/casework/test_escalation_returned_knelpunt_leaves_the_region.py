"""Returning an escalated knelpunt (opgeschaald → in analyse) keeps where it went, for the history, but the region no
longer sees it: it leaves the region's list and is unbundled from a regional knelpunt."""

import pytest

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import access as region_access
from lokaalsignaal.casework.regions import services as escalation
from tests.factories import escalation_to, region, scope_member


@pytest.fixture
def zuidwest(kortrijk, roeselare):
    return region(kortrijk, roeselare, name="Eerstelijnszone Zuid-West-Vlaanderen")


def escalate(actor, knelpunt, scope):
    knelpunt.refresh_from_db()
    services.change_stage(actor, knelpunt.pk, Stage.ESCALATED, "Naar de regio.", knelpunt.version,
                          **escalation_to(scope))


def back(actor, knelpunt):
    knelpunt.refresh_from_db()
    services.change_stage(actor, knelpunt.pk, Stage.ANALYSIS, "De regio gaf het terug.", knelpunt.version)
    knelpunt.refresh_from_db()


def test_a_returned_knelpunt_keeps_escalated_to_but_leaves_the_region(make_knelpunt, kortrijk_coordinator,
                                                                     zuidwest):
    regio = scope_member(zuidwest)
    knelpunt = make_knelpunt()
    escalate(kortrijk_coordinator, knelpunt, zuidwest)
    assert list(region_access.escalated_knelpunten_for(regio, zuidwest)) == [knelpunt]

    back(kortrijk_coordinator, knelpunt)

    assert knelpunt.escalated_to == zuidwest
    assert not region_access.escalated_knelpunten_for(regio, zuidwest).exists()


def test_a_returned_knelpunt_is_unbundled(make_knelpunt, kortrijk_coordinator, zuidwest):
    regio = scope_member(zuidwest)
    knelpunt = make_knelpunt()
    escalate(kortrijk_coordinator, knelpunt, zuidwest)
    regional = escalation.bundle(regio, zuidwest, [knelpunt.pk], "Wachttijden in de regio")

    back(kortrijk_coordinator, knelpunt)

    assert knelpunt.parent is None
    assert not regional.children.exists()
    assert not region_access.escalated_knelpunten_for(regio, zuidwest).exists()


def test_solved_higher_up_stays_in_the_bundle(make_knelpunt, kortrijk_coordinator, zuidwest):
    regio = scope_member(zuidwest)
    knelpunt = make_knelpunt()
    escalate(kortrijk_coordinator, knelpunt, zuidwest)
    regional = escalation.bundle(regio, zuidwest, [knelpunt.pk], "Wachttijden in de regio")
    knelpunt.refresh_from_db()

    services.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.DONE, "Opgelost in de regio.", knelpunt.version)

    knelpunt.refresh_from_db()
    assert knelpunt.parent == regional
    assert list(region_access.escalated_knelpunten_for(regio, zuidwest)) == [knelpunt]
