"""When a region or Flanders closes its knelpunt ("afgerond") with a message, that message is the outcome for the
givers of the municipal knelpunten bundled into it (still "opgeschaald" at their municipality): their signal page
shows it as the outcome, saying who decided it, as it does for a municipality's own "afgerond", and the step they
read (on the signal page, in "Mijn signalen", on a joiner's page) is "Afgerond door <regio>", not "Opgeschaald";
whoever joined such a knelpunt reads it as the outcome on their page. A reopening after it means there is no
outcome (yet): the step is the region's ("Bij <regio>: In analyse"), as it is while the region works on it."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.pages.giver.story import story_for
from tests.factories import escalation_to, member, scope_member

from .conftest import move, text_of

OUTCOME = "Er komt een regionaal fonds voor budgetbegeleiding."
FLEMISH_OUTCOME = "Vlaanderen verhoogt de middelen voor schuldhulp."
REOPENED = "We bekijken dit opnieuw."


def close(actor, knelpunt, committed, message):
    for stage in (Stage.ANALYSIS, Stage.PROPOSAL, Stage.EXECUTION):
        move(actor, knelpunt, committed, stage, f"Nu: {stage.label}.")
    move(actor, knelpunt, committed, Stage.DONE, message)


@pytest.fixture
def escalated(give, giver, kortrijk, kortrijk_coordinator, zuidwest, committed, theme):
    """A signal of the giver in a Kortrijk knelpunt (visible to givers, joined by someone) escalated to Zuid-West."""
    signal = give(giver, kortrijk)
    with committed():
        add_knelpunt = services.create_knelpunt(
            kortrijk_coordinator, kortrijk, {"title": "Wachtlijsten budgetbeheer", "visible_to_givers": True},
            themes=[theme], signal_ids=[signal.pk])
    joiner = member(kortrijk, full_name="Jan Aansluiter", email="jan.aansluiter@ocmw.be")
    joins.join(joiner, add_knelpunt.pk, "Ook bij ons.")
    move(kortrijk_coordinator, add_knelpunt, committed, Stage.ESCALATED, "We geven dit door aan de regio.",
         **escalation_to(zuidwest))
    return signal, add_knelpunt, joiner


def test_a_regional_afgerond_is_the_outcome_on_the_givers_page(client, login, escalated, giver, region_user,
                                                                zuidwest, committed):
    signal, add_knelpunt, _joiner = escalated
    regional = escalation.bundle(region_user, zuidwest, [add_knelpunt.pk], "Schuldhulp in de regio")

    close(region_user, regional, committed, OUTCOME)

    signal.refresh_from_db()
    story = story_for(signal)
    assert story.outcome is not None and story.outcome.body == OUTCOME
    assert story.outcome.sender == zuidwest.name
    login(giver)
    content = text_of(client.get(reverse("intake:detail", args=[signal.reference])))
    now = content.split("Waar staat je signaal nu?")[1]
    assert now.startswith(" Je signaal is gekoppeld")
    assert f"Stap nu: Afgerond door {zuidwest.name} ." in now
    assert "Stap nu: Opgeschaald" not in now
    assert f"Uitkomst {OUTCOME} Beslist door {zuidwest.name}" in now  # the box at the top, with who decided
    assert "Inge Regio" not in content


def test_mijn_signalen_lists_the_signal_as_closed_by_the_region(client, login, escalated, giver, region_user,
                                                                zuidwest, committed):
    signal, add_knelpunt, _joiner = escalated
    login(giver)
    assert "Opgeschaald" in text_of(client.get(reverse("intake:mine"))).split(signal.reference)[1]
    regional = escalation.bundle(region_user, zuidwest, [add_knelpunt.pk], "Schuldhulp in de regio")
    item = text_of(client.get(reverse("intake:mine"))).split(signal.reference)[1].split("Taal")[0]
    assert item.rstrip().endswith(f"Wachtlijsten budgetbeheer — Bij {zuidwest.name}: Nieuw")

    close(region_user, regional, committed, OUTCOME)

    item = text_of(client.get(reverse("intake:mine"))).split(signal.reference)[1].split("Taal")[0]
    assert item.rstrip().endswith(f"Afgerond : Wachtlijsten budgetbeheer — Afgerond door {zuidwest.name}")
    assert "Opgeschaald" not in item


def test_a_region_that_does_not_retain_it_is_named_with_its_explanation(client, login, escalated, giver,
                                                                        region_user, zuidwest, committed):
    signal, add_knelpunt, _joiner = escalated
    regional = escalation.bundle(region_user, zuidwest, [add_knelpunt.pk], "Schuldhulp in de regio")

    move(region_user, regional, committed, Stage.NOT_RETAINED, "Dit hoort bij de federale overheid.")

    login(giver)
    now = text_of(client.get(reverse("intake:detail", args=[signal.reference]))).split("Waar staat je signaal nu?")[1]
    assert f"Stap nu: Niet weerhouden door {zuidwest.name} ." in now
    assert f"Uitleg van {zuidwest.name} Dit hoort bij de federale overheid." in now


def test_a_flemish_afgerond_names_flanders(escalated, region_user, zuidwest, flanders, committed):
    signal, add_knelpunt, _joiner = escalated
    regional = escalation.bundle(region_user, zuidwest, [add_knelpunt.pk], "Schuldhulp in de regio")
    move(region_user, regional, committed, Stage.ESCALATED, "Naar Vlaanderen.", **escalation_to(flanders))
    flemish_team = scope_member(flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be")
    flemish = escalation.bundle(flemish_team, flanders, [regional.pk], "Schuldhulp in Vlaanderen")

    close(flemish_team, flemish, committed, FLEMISH_OUTCOME)

    signal.refresh_from_db()
    outcome = story_for(signal).outcome
    assert outcome is not None and (outcome.body, outcome.sender) == (FLEMISH_OUTCOME, flanders.name)


def test_the_joiner_reads_it_as_the_outcome(client, login, escalated, region_user, zuidwest, committed):
    _signal, add_knelpunt, joiner = escalated
    regional = escalation.bundle(region_user, zuidwest, [add_knelpunt.pk], "Schuldhulp in de regio")

    close(region_user, regional, committed, OUTCOME)

    login(joiner)
    content = text_of(client.get(reverse("joins:joined", args=[add_knelpunt.pk])))
    assert f"Fase: Afgerond door {zuidwest.name}" in content
    assert f"Bericht van {zuidwest.name}" in content
    assert f"Uitkomst {OUTCOME}" in content
    assert f"Wachtlijsten budgetbeheer Kortrijk · Afgerond door {zuidwest.name}" in text_of(
        client.get(reverse("intake:mine")))


def test_a_reopening_takes_the_outcome_away(escalated, region_user, zuidwest, committed):
    signal, add_knelpunt, _joiner = escalated
    regional = escalation.bundle(region_user, zuidwest, [add_knelpunt.pk], "Schuldhulp in de regio")
    close(region_user, regional, committed, OUTCOME)

    move(region_user, regional, committed, Stage.ANALYSIS, REOPENED)

    signal.refresh_from_db()
    story = story_for(signal)
    assert story.outcome is None
    assert story.stage.label == f"Bij {zuidwest.name}: In analyse"


def test_the_join_page_says_the_region_works_on_it(client, login, escalated, kortrijk, region_user, zuidwest):
    _signal, add_knelpunt, _joiner = escalated
    escalation.bundle(region_user, zuidwest, [add_knelpunt.pk], "Schuldhulp in de regio")
    login(member(kortrijk, full_name="Nele Nieuw", email="nele@ocmw.be"))

    content = text_of(client.get(reverse("joins:join", args=[kortrijk.slug, add_knelpunt.pk])))

    assert f"De gemeente gaf het knelpunt door. {zuidwest.name} werkt er nu aan." in content
