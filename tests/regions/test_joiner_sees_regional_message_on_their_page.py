"""Someone who joined a municipal knelpunt ("ik zie dit ook") reads on their page (/mijn/knelpunten/<pk>/) every
message that reached it, oldest first: the municipality's stage messages and feedback, and the messages of the
regional or Flemish knelpunt it is bundled into — also when no signal of the knelpunt carries them. Never who gave a
signal, who wrote a message, or an internal remark."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.notifications.models import Notification
from tests.factories import escalation_to, scope_member

from .conftest import GIVER_EMAIL, GIVER_NAME, move, text_of

REGION_STAGE = "We bespreken dit met alle OCMW's van de regio."
REGION_FEEDBACK = "Er komt een regionale werkgroep."
FLEMISH_STAGE = "De Vlaamse overheid neemt dit mee in het actieplan."
CITY_FEEDBACK = "De stad zoekt intussen een tijdelijke oplossing."


@pytest.fixture
def joined(committed, theme, add_knelpunt, joiner, kortrijk, kortrijk_coordinator, zuidwest):
    """joined(signals=()) -> a knelpunt of Kortrijk, visible to givers, that the joiner joined and that Kortrijk
    escalated to the region."""

    def make(signals=()):
        with committed():
            knelpunt = services.create_knelpunt(
                kortrijk_coordinator, kortrijk, {"title": "Wachtlijsten budgetbeheer", "visible_to_givers": True},
                themes=[theme], signal_ids=[s.pk for s in signals])
        joins.join(joiner, knelpunt.pk, "Ook bij ons.")
        add_knelpunt.escalate(kortrijk_coordinator, knelpunt, zuidwest)
        knelpunt.refresh_from_db()
        return knelpunt

    return make


def joiner_page(client, login, joiner, knelpunt) -> str:
    login(joiner)
    return text_of(client.get(reverse("joins:joined", args=[knelpunt.pk])))


@pytest.mark.parametrize("with_signal", [True, False], ids=["with a signal", "without signals"])
def test_joiner_sees_regional_message_on_their_page(client, login, committed, joined, give, giver, kortrijk,
                                                    joiner, region_user, zuidwest, with_signal):
    child = joined([give(giver, kortrijk)] if with_signal else [])
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")

    move(region_user, regional, committed, Stage.ANALYSIS, REGION_STAGE, remark="Intern: eerst de begroting")
    with committed():
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)

    content = joiner_page(client, login, joiner, child)
    assert "We geven dit door aan de regio." in content  # the municipality's own stage message
    assert f"Bericht van {zuidwest.name}" in content
    assert "Het knelpunt ‘Schuldhulp in de regio’ is nu in de fase ‘In analyse’." in content
    assert content.index("We geven dit door aan de regio.") < content.index(REGION_STAGE) < content.index(
        REGION_FEEDBACK)
    for hidden in ("Intern", "eerst de begroting", region_user.full_name, GIVER_NAME, GIVER_EMAIL):
        assert hidden not in content
    kinds = set(Notification.objects.filter(user=joiner, knelpunt=child).values_list("kind", flat=True))
    assert {Notification.Kind.STAGE, Notification.Kind.FEEDBACK} <= kinds


def test_a_flemish_message_reaches_the_joiner_through_the_region(client, login, committed, joined, joiner,
                                                                 region_user, zuidwest, flanders):
    child = joined()
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    move(region_user, regional, committed, Stage.ESCALATED, "We geven dit door aan Vlaanderen.",
         **escalation_to(flanders))
    flemish_team = scope_member(flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be")
    flemish = escalation.bundle(flemish_team, flanders, [regional.pk], "Schuldhulp in Vlaanderen")

    move(flemish_team, flemish, committed, Stage.ANALYSIS, FLEMISH_STAGE)

    content = joiner_page(client, login, joiner, child)
    assert f"Bericht van {zuidwest.name}" in content and "We geven dit door aan Vlaanderen." in content
    assert f"Bericht van {flanders.name}" in content and FLEMISH_STAGE in content
    assert content.index("We geven dit door aan Vlaanderen.") < content.index(FLEMISH_STAGE)
    assert "Vera Vlaanderen" not in content


def test_municipal_feedback_reaches_a_joiner_of_a_knelpunt_without_signals(client, login, committed, joined,
                                                                           joiner, kortrijk_coordinator):
    child = joined()
    with committed():
        services.send_feedback(kortrijk_coordinator, child.pk, CITY_FEEDBACK)

    content = joiner_page(client, login, joiner, child)
    assert "Bericht van de gemeente" in content and CITY_FEEDBACK in content
    assert kortrijk_coordinator.full_name not in content


def test_after_returning_the_region_no_longer_writes_on_the_joiners_page(client, login, committed, joined, joiner,
                                                                         region_user, zuidwest,
                                                                         kortrijk_coordinator):
    child = joined()
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    with committed():
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)
    move(kortrijk_coordinator, child, committed, Stage.ANALYSIS, "Terug bij de stad.")

    with committed():
        services.send_feedback(region_user, regional.pk, "Dit komt niet meer aan.")

    content = joiner_page(client, login, joiner, child)
    assert REGION_FEEDBACK in content and "Terug bij de stad." in content
    assert "Dit komt niet meer aan." not in content
