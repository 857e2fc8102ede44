"""The giver's page tells the story of the signal in plain Dutch: every message meant for the giver, in order,
never an internal remark and never who did it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.pages.giver.story import story_for

from .conftest import COORDINATOR_NAME, OTHER_GIVER_NAME, page, text_of

REMARK = "Intern: de schepen wil dit liever niet agenderen"


def story_page(client, signal) -> str:
    return page(client.get(reverse("intake:detail", args=[signal.reference])))


def test_the_story_shows_each_stage_message_and_feedback_in_order_without_internal_remarks(
        client, login, giver, other_giver, give, municipality_staff):
    signal = give()
    other = give(by=other_giver)
    knelpunt = municipality_staff.knelpunt(signal, other)
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We bekijken de wachtlijsten met het CAW.", remark=REMARK)
    municipality_staff.feedback(knelpunt, "Op 3 maart praten we erover op de signaaldag.")
    municipality_staff.stage(knelpunt, Stage.AGENDA, "Het knelpunt staat op het overleg van april.", remark=REMARK)
    login(giver)

    content = story_page(client, signal)

    steps = ["Ingediend", 'Gekoppeld aan knelpunt "Wachtlijsten in de schuldhulp"',
             "We bekijken de wachtlijsten met het CAW.", "Op 3 maart praten we erover op de signaaldag.",
             "Het knelpunt staat op het overleg van april."]
    positions = [content.index(step) for step in steps]
    assert positions == sorted(positions)
    assert "Het knelpunt staat op de agenda van een overleg." in content  # the stage in plain Dutch
    assert REMARK not in content
    assert COORDINATOR_NAME not in content
    assert OTHER_GIVER_NAME not in content


def test_a_closed_knelpunt_shows_the_outcome(client, login, giver, give, municipality_staff):
    signal = give()
    knelpunt = municipality_staff.knelpunt(signal)
    for stage, message in [(Stage.ANALYSIS, "We zoeken het uit."), (Stage.PROPOSAL, "Er komt een voorstel."),
                           (Stage.EXECUTION, "De gemeenteraad keurde het goed."),
                           (Stage.DONE, "Er is nu een extra budgetbegeleider bij het OCMW.")]:
        municipality_staff.stage(knelpunt, stage, message)
    login(giver)

    content = story_page(client, signal)

    assert "Afgerond" in content
    outcome = content.index("Uitkomst")
    assert content.index("Er is nu een extra budgetbegeleider bij het OCMW.", outcome) > outcome


def test_the_mine_list_says_where_each_signal_stands(client, login, giver, give, municipality_staff):
    submitted = give(title="Nog niet gelezen")
    received = give(title="Gelezen signaal")
    municipality_staff.receive(received)
    asked = give(title="Signaal met een vraag")
    municipality_staff.ask(asked, "Over welke wijk gaat het?")
    linked = give(title="Gekoppeld signaal")
    knelpunt = municipality_staff.knelpunt(linked, title="Te weinig budgetbegeleiders")
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We zoeken het uit.")
    rejected = give(title="Individueel geval")
    municipality_staff.not_retain(rejected, "Dit is een individuele vraag: ga naar het sociaal huis.")
    login(giver)

    content = text_of(client.get(reverse("intake:mine")))

    assert "Ingediend" in content and "Ontvangen" in content and "Vraag voor jou" in content
    assert "Gekoppeld aan knelpunt: Te weinig budgetbegeleiders — In analyse" in content
    assert "Niet weerhouden" in content
    assert submitted.reference in content


def test_messages_of_a_knelpunt_the_signal_was_linked_to_before_stay_in_the_story(
        client, login, giver, give, municipality_staff):
    signal = give()
    first = municipality_staff.knelpunt(signal, title="Eerste knelpunt")
    municipality_staff.stage(first, Stage.ANALYSIS, "Bericht van het eerste knelpunt.")
    second = municipality_staff.knelpunt(title="Tweede knelpunt")
    municipality_staff.link(signal, second)
    municipality_staff.stage(first, Stage.NOT_RETAINED, "Na het verhuizen van het signaal: niet voor jou.")
    municipality_staff.stage(second, Stage.ANALYSIS, "Bericht van het tweede knelpunt.")
    login(giver)

    content = story_page(client, signal)

    assert content.index("Bericht van het eerste knelpunt.") < content.index("Bericht van het tweede knelpunt.")
    assert 'Losgekoppeld van knelpunt "Eerste knelpunt"' in content
    assert "Na het verhuizen van het signaal" not in content


def test_a_signal_not_retained_shows_the_explanation(client, login, giver, give, municipality_staff):
    signal = give()
    municipality_staff.not_retain(signal, "Dit gaat over één gezin. Verwijs naar het sociaal huis.")
    login(giver)

    content = story_page(client, signal)

    assert "Niet weerhouden" in content
    assert "Uitleg van de gemeente" in content
    assert "Verwijs naar het sociaal huis." in content
    assert "Ik zie dit nog steeds" not in content


def test_a_withdrawn_signal_says_so(client, login, giver, give):
    signal = give()
    login(giver)
    client.post(reverse("intake:withdraw", args=[signal.reference]))

    content = story_page(client, signal)

    assert "Ingetrokken" in content
    assert "Ik zie dit nog steeds" not in content


@pytest.mark.parametrize("changes", [1, 12])
def test_the_story_costs_two_queries_however_long_it_is(giver, give, municipality_staff, changes):
    signal = give()
    knelpunt = municipality_staff.knelpunt(signal)
    stages = [Stage.ANALYSIS, Stage.AGENDA]
    for i in range(changes):
        municipality_staff.stage(knelpunt, stages[i % 2], f"Stap {i}")
        municipality_staff.feedback(knelpunt, f"Bericht {i}")
    signal = Signal.objects.select_related("knelpunt").get(pk=signal.pk)

    with CaptureQueriesContext(connection) as queries:
        story = story_for(signal)

    assert len(queries) == 2
    assert [e.body for e in story.entries if e.kind == "stage"] == [f"Stap {i}" for i in range(changes)]


def test_a_signal_linked_later_tells_only_what_happened_to_the_knelpunt_since(
        client, login, giver, other_giver, give, municipality_staff):
    knelpunt = municipality_staff.knelpunt(give(by=other_giver))
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We bekijken de wachtlijsten met het CAW.")
    signal = give()
    municipality_staff.link(signal, knelpunt)
    municipality_staff.stage(knelpunt, Stage.AGENDA, "Het knelpunt staat op het overleg van april.")
    login(giver)

    content = story_page(client, signal)

    assert "We bekijken de wachtlijsten met het CAW." not in content  # before this signal was part of it
    steps = ["Ingediend", 'Gekoppeld aan knelpunt "Wachtlijsten in de schuldhulp"',
             "Het knelpunt staat op het overleg van april."]
    positions = [content.index(step) for step in steps]
    assert positions == sorted(positions)
    assert "Geagendeerd" in content  # where it stands now is still said at the top
