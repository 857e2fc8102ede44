"""On their signal page the giver reads who sent each message about the knelpunt: "Bericht van de gemeente" for the
municipality's own, "Bericht van <regio>" / "Bericht van Vlaanderen" for one that flowed down from a regional or
Flemish knelpunt (its sender taken from the knelpunt's message the event carries), once, with the message as it was
written. An older event that carries no message stays readable as it was stored."""

import re
from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.intake.models import SignalEvent
from lokaalsignaal.pages.giver.story import story_for
from tests.factories import escalation_to, region, scope_member
from tests.regions.conftest import move

CITY_FEEDBACK = "De stad zoekt intussen een tijdelijke oplossing."
REGION_FEEDBACK = "Er komt een regionale werkgroep schuldhulp."
REGION_TO_FLANDERS = "De regio geeft dit door aan Vlaanderen."
FLEMISH_STAGE = "De Vlaamse overheid neemt dit mee in het actieplan."
FLEMISH_FEEDBACK = "Er komt een Vlaamse werkgroep schuldhulp."


@pytest.fixture
def zuidwest(kortrijk):
    return region(kortrijk, name="Eerstelijnszone Zuid-West-Vlaanderen")


@pytest.fixture
def flanders(kortrijk):
    return region(kortrijk, name="Vlaanderen", kind="flanders")


@pytest.fixture
def story(give, municipality_staff, committed, zuidwest, flanders):
    """Kortrijk's knelpunt with the giver's signal: the city writes, escalates it to Zuid-West, which bundles it,
    writes and escalates its regional knelpunt to Flanders, which bundles that one, moves it and writes."""
    signal = give()
    knelpunt = municipality_staff.knelpunt(signal, title="Wachtlijsten budgetbeheer")
    municipality_staff.feedback(knelpunt, CITY_FEEDBACK)
    move(municipality_staff.user, knelpunt, committed, Stage.ESCALATED, "We geven dit door aan de regio.",
         **escalation_to(zuidwest))
    region_team = scope_member(zuidwest, full_name="Inge Regio", email="inge@regio.be")
    regional = escalation.bundle(region_team, zuidwest, [knelpunt.pk], "Schuldhulp in de regio")
    with committed():
        services.send_feedback(region_team, regional.pk, REGION_FEEDBACK)
    move(region_team, regional, committed, Stage.ESCALATED, REGION_TO_FLANDERS, **escalation_to(flanders))
    flemish_team = scope_member(flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be")
    flemish = escalation.bundle(flemish_team, flanders, [regional.pk], "Schuldhulp in Vlaanderen")
    move(flemish_team, flemish, committed, Stage.ANALYSIS, FLEMISH_STAGE)
    with committed():
        services.send_feedback(flemish_team, flemish.pk, FLEMISH_FEEDBACK)
    return signal


def entries_of(html: str) -> list[str]:
    """Each step of the story as the reader sees it (tags removed, whitespace collapsed)."""
    items = re.findall(r'<li class="timeline__item">(.*?)</li>', html, flags=re.S)
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", item)).split()) for item in items]


def the_entry(entries: list[str], message: str) -> str:
    (entry,) = [e for e in entries if message in e]
    return entry


def test_each_message_names_its_sender_once(client, login, story, giver):
    login(giver)

    entries = entries_of(client.get(reverse("intake:detail", args=[story.reference])).content.decode())

    for message, sender in ((CITY_FEEDBACK, "Bericht van de gemeente"),
                            (REGION_FEEDBACK, "Bericht van Eerstelijnszone Zuid-West-Vlaanderen"),
                            (REGION_TO_FLANDERS, "Bericht van Eerstelijnszone Zuid-West-Vlaanderen"),
                            (FLEMISH_STAGE, "Bericht van Vlaanderen"),
                            (FLEMISH_FEEDBACK, "Bericht van Vlaanderen")):
        entry = the_entry(entries, message)
        assert sender in entry, entry
        assert entry.count("Bericht van") == 1, entry  # the sender in the title, no prefix in the message
    assert "Knelpunt \"Wachtlijsten budgetbeheer\"" in the_entry(entries, FLEMISH_FEEDBACK)
    assert ("Het knelpunt ‘Schuldhulp in Vlaanderen’ is nu in de fase ‘In analyse’."
            in the_entry(entries, FLEMISH_STAGE))
    assert ("Het knelpunt ‘Schuldhulp in de regio’ is nu in de fase ‘Opgeschaald’."
            in the_entry(entries, REGION_TO_FLANDERS))
    for hidden in ("Inge Regio", "Vera Vlaanderen"):
        assert all(hidden not in entry for entry in entries)


def test_the_story_takes_the_sender_from_the_knelpunts_message(story, zuidwest, flanders):
    titles = {entry.body: entry.title for entry in story_for(story).entries if entry.kind == "feedback"}

    assert titles == {CITY_FEEDBACK: "Bericht van de gemeente",
                      REGION_FEEDBACK: f"Bericht van {zuidwest.name}",
                      REGION_TO_FLANDERS: f"Bericht van {zuidwest.name}",
                      FLEMISH_STAGE: f"Bericht van {flanders.name}",
                      FLEMISH_FEEDBACK: f"Bericht van {flanders.name}"}


def test_an_older_event_without_its_message_stays_readable(client, login, story, giver):
    old = SignalEvent.objects.filter(signal=story, kind=SignalEvent.Kind.FEEDBACK,
                                     body__endswith=REGION_FEEDBACK).get()
    SignalEvent.objects.filter(pk=old.pk).update(knelpunt_message=None)  # as stored before events were linked
    login(giver)

    entries = entries_of(client.get(reverse("intake:detail", args=[story.reference])).content.decode())

    entry = the_entry(entries, REGION_FEEDBACK)
    assert f"Bericht van Eerstelijnszone Zuid-West-Vlaanderen: {REGION_FEEDBACK}" in entry  # its stored text
    assert "Bericht van Vlaanderen" in the_entry(entries, FLEMISH_FEEDBACK)  # the others as before
