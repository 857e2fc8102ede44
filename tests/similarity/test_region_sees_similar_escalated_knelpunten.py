"""On an escalated knelpunt the region sees similar escalated knelpunten of its other municipalities (signal counts
small-number-suppressed), never knelpunten that were not escalated to it."""

import pytest

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from tests.factories import coordinator, escalation_to, region, scope_member

pytestmark = pytest.mark.django_db


def _escalated(by, municipality, title, summary, scope, make_knelpunt):
    knelpunt = make_knelpunt(title, by=by, municipality=municipality, summary=summary)
    casework.change_stage(by, knelpunt.pk, Stage.ESCALATED, "Naar de regio.", knelpunt.version,
                          **escalation_to(scope))
    return knelpunt


def test_similar_escalated_knelpunten_of_other_municipalities(kortrijk, roeselare, kortrijk_coordinator,
                                                               make_knelpunt, login, client):
    from tests.factories import MunicipalityFactory

    scope = region(kortrijk, roeselare)
    other_scope = region(MunicipalityFactory(name="Gent", refnis="44021"), name="Andere regio")
    roeselare_coordinator = coordinator(roeselare)
    mine = _escalated(kortrijk_coordinator, kortrijk, "Wachtlijst budgetbegeleiding",
                      "Gezinnen wachten maanden op budgetbegeleiding.", scope, make_knelpunt)
    peer = _escalated(roeselare_coordinator, roeselare, "Budgetbegeleiding: lange wachtlijst",
                      "Maanden wachten op budgetbegeleiding in Roeselare.", scope, make_knelpunt)
    unrelated = _escalated(roeselare_coordinator, roeselare, "Geen bus na 19 uur",
                           "Deelgemeenten zonder openbaar vervoer.", scope, make_knelpunt)
    not_escalated = make_knelpunt("Budgetbegeleiding wachtlijst Roeselare intern", by=roeselare_coordinator,
                                    municipality=roeselare, summary="Wachten op budgetbegeleiding.")
    gent = MunicipalityFactory(name="Gent", refnis="44021")
    elsewhere = _escalated(coordinator(gent), gent, "Wachtlijst budgetbegeleiding Gent",
                           "Gezinnen wachten op budgetbegeleiding.", other_scope,
                           lambda title, by, municipality, summary: casework.create_knelpunt(
                               by, municipality, {"title": title, "summary": summary}))

    login(scope_member(scope, role="reader"))
    html = client.get(f"/regio/{scope.pk}/knelpunten/{mine.pk}/").content.decode()
    section = html.split("data-similar-peers")[1].split("</section>")[0]
    assert "Vergelijkbare knelpunten in andere gemeenten" in section
    assert f"/regio/{scope.pk}/knelpunten/{peer.pk}/" in section and "<mark>" in section
    assert "Signalen: 0" in section  # suppressed as the region's numbers show it: a 0 is shown
    assert unrelated.title not in section and not_escalated.title not in section and elsewhere.title not in section
