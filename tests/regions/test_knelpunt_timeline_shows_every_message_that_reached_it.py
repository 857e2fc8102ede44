"""The timeline of a knelpunt shows every message that reached it, once, from the knelpunt's own record of it
(KnelpuntMessage): the municipality's messages with the signals that carried them to their givers, and what a
region sent down to it, also when the knelpunt has no signals. The regional knelpunt's own timeline shows its
messages even when no bundled knelpunt has signals. Never who gave a signal; internal remarks only for coordinators."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.tenancy.models import Role
from tests.factories import member

from .conftest import GIVER_NAME, move, text_of

REGION_STAGE = "We bespreken dit met alle OCMW's van de regio."
REGION_FEEDBACK = "Er komt een regionale werkgroep."
REGION_REMARK = "Intern: eerst de begroting van de regio"


def timeline_of(client, login, user, municipality, knelpunt) -> str:
    login(user)
    content = text_of(client.get(reverse("casework:knelpunt", args=[municipality.slug, knelpunt.pk])))
    return section(content)


def section(content: str) -> str:
    """The timeline, without the actions below it (the coordinator's partner form lists people)."""
    timeline = content[content.rindex("Tijdlijn"):]  # the heading (the page's table of contents names it first)
    for after in ("Waarom deze prioriteit?", "Meer acties"):  # what follows the timeline on the page
        if after in timeline:
            return timeline[:timeline.index(after)]
    return timeline


@pytest.fixture
def without_signals(add_knelpunt, kortrijk, kortrijk_coordinator, zuidwest, region_user):
    """A knelpunt of Kortrijk without signals, escalated and bundled into a regional knelpunt of Zuid-West."""
    child = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    return child, regional


def test_a_regional_message_shows_in_the_timeline_of_a_knelpunt_without_signals(
        client, login, committed, without_signals, kortrijk, kortrijk_coordinator, region_user, zuidwest):
    child, regional = without_signals

    move(region_user, regional, committed, Stage.ANALYSIS, REGION_STAGE, remark=REGION_REMARK)
    with committed():
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)

    reader = member(kortrijk, Role.READER, full_name="Lea Lezer")
    for user in (kortrijk_coordinator, reader):
        timeline = timeline_of(client, login, user, kortrijk, child)
        assert (f"Bericht van {zuidwest.name}: het knelpunt ‘Schuldhulp in de regio’ is nu in de fase ‘In analyse’. "
                f"{REGION_STAGE}") in timeline
        assert f"Bericht van {zuidwest.name}: {REGION_FEEDBACK}" in timeline
        assert timeline.index(REGION_STAGE) < timeline.index(REGION_FEEDBACK)
        assert timeline.count(REGION_STAGE) == 1 and timeline.count(REGION_FEEDBACK) == 1
        assert region_user.full_name in timeline  # who sent it, as for every step of the timeline
        assert "eerst de begroting" not in timeline  # the region's internal remark stays with the region


def test_a_message_to_several_givers_is_one_entry_with_the_signals_that_carried_it(
        client, login, committed, add_knelpunt, give, giver, kortrijk, kortrijk_coordinator):
    other = member(kortrijk, full_name="Rune Anderegever", email="rune@caw.be")
    signals = [give(giver, kortrijk), give(other, kortrijk, title="Ook bij ons")]
    knelpunt = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", signals)

    with committed():
        services.send_feedback(kortrijk_coordinator, knelpunt.pk, "Dank, we nemen dit mee naar het overleg.")

    timeline = timeline_of(client, login, kortrijk_coordinator, kortrijk, knelpunt)
    assert timeline.count("Dank, we nemen dit mee naar het overleg.") == 1
    assert timeline.count("Signalen: ") == 2  # the link, then the message
    message = timeline[timeline.index("Bericht aan de signaalgevers"):]
    assert signals[0].reference in message[:200] and signals[1].reference in message[:200]
    assert "Bericht aan de signaalgevers · Koen Kortrijk" in timeline
    assert GIVER_NAME not in timeline and "Rune Anderegever" not in timeline


def test_the_regional_timeline_shows_its_messages_when_no_bundled_knelpunt_has_signals(
        client, login, committed, without_signals, region_user, region_reader, zuidwest):
    _child, regional = without_signals

    move(region_user, regional, committed, Stage.ANALYSIS, REGION_STAGE, remark=REGION_REMARK)
    with committed():
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)

    for user, sees_remark in ((region_user, True), (region_reader, False)):
        login(user)
        content = text_of(client.get(reverse("region:regional", args=[zuidwest.pk, regional.pk])))
        timeline = section(content)
        assert timeline.count(REGION_STAGE) == 1 and timeline.count(REGION_FEEDBACK) == 1
        assert f"Bericht aan de signaalgevers · {region_user.full_name}" in timeline
        assert f"Bericht van {zuidwest.name}" not in timeline  # its own message, as its team wrote it
        assert ("eerst de begroting" in timeline) == sees_remark
