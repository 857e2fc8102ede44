"""Migration casework 0008: the regional and Flemish messages that 0005 copied from the signals' feedback events
("Bericht van <scope>: ...", no scope) get their scope, origin and stage back, without the text the pages add, so
the joiner's page reads "Bericht van <regio>" instead of "Bericht van de gemeente". A municipality's own messages stay
as they were, also one that starts with the same words."""

import importlib
from datetime import timedelta

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone, translation

from lokaalsignaal.casework import escalation, joins, services
from lokaalsignaal.casework.models import BottleneckMessage
from lokaalsignaal.casework.stages import Stage
from lokaalsignaal.feedback.story import joined_story
from tests.factories import escalation_to, scope_member

from .conftest import move, text_of

REGION_STAGE = "We bespreken dit met alle OCMW's van de regio."
REGION_FEEDBACK = "Er komt een regionale werkgroep."
REGION_IN_ENGLISH = "A regional working group starts in May."
FLEMISH_STAGE = "De Vlaamse overheid neemt dit mee in het actieplan."
MAYOR = "Bericht van de burgemeester: we volgen dit op."


def migration(name):
    return importlib.import_module(f"lokaalsignaal.casework.migrations.{name}")


@pytest.fixture
def bundled(committed, theme, give, knelpunt, giver, joiner, kortrijk, kortrijk_coordinator, zuidwest, region_user):
    """Kortrijk's knelpunt (two signals, someone who joined it), escalated to Zuid-West and bundled there."""
    with committed():
        child = services.create_bottleneck(
            kortrijk_coordinator, kortrijk, {"title": "Wachtlijsten budgetbeheer", "visible_to_givers": True},
            themes=[theme], signal_ids=[give(giver, kortrijk).pk, give(giver, kortrijk, title="Nog een").pk])
    joins.join(joiner, child.pk)
    knelpunt.escalate(kortrijk_coordinator, child, zuidwest)
    child.refresh_from_db()
    return child, escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")


def as_before_0008(child):
    """What the messages of the knelpunt were before BottleneckMessage existed and after 0005 and 0007 ran."""
    BottleneckMessage.objects.all().delete()
    migration("0005_bottleneckmessage").backfill(apps, None)
    migration("0007_link_messages_to_their_signal_events").backfill(apps, None)
    legacy = BottleneckMessage.objects.filter(bottleneck=child, scope__isnull=True)
    assert legacy.filter(body__startswith="Bericht van Eerstelijnszone").exists()  # the situation 0008 fixes


def messages_of(child) -> set:
    return set(BottleneckMessage.objects.filter(bottleneck=child).values_list("scope_id", "origin_id", "stage",
                                                                             "body", "author_id"))


def test_old_regional_and_flemish_messages_get_their_scope_origin_and_stage(
        committed, bundled, kortrijk_coordinator, region_user, zuidwest, flanders):
    child, regional = bundled
    move(region_user, regional, committed, Stage.ANALYSIS, REGION_STAGE)
    with committed():
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)
        with translation.override("en"):  # written by someone who reads the platform in English
            services.send_feedback(region_user, regional.pk, REGION_IN_ENGLISH)
        services.send_feedback(kortrijk_coordinator, child.pk, MAYOR)
        # the municipality's own message, with the region's words in front: not the region's
        services.send_feedback(kortrijk_coordinator, child.pk, f"Bericht van {zuidwest.name}: zie hun website.")
    move(region_user, regional, committed, Stage.ESCALATED, "Naar Vlaanderen.", **escalation_to(flanders))
    flemish_team = scope_member(flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be")
    flemish = escalation.bundle(flemish_team, flanders, [regional.pk], "Schuldhulp in Vlaanderen")
    with translation.override("en"):  # "Message from Vlaanderen: the bottleneck ‘...’ is now in the stage ‘...’."
        move(flemish_team, flemish, committed, Stage.ANALYSIS, FLEMISH_STAGE)
    written = messages_of(child)  # as flow_down and send_feedback write them today
    as_before_0008(child)

    migration("0008_regional_messages_know_where_they_came_from").mark_regional_messages(apps, None)

    assert messages_of(child) == written
    assert {(zuidwest.pk, regional.pk, Stage.ANALYSIS, REGION_STAGE), (zuidwest.pk, regional.pk, "", REGION_FEEDBACK),
            (zuidwest.pk, regional.pk, "", REGION_IN_ENGLISH), (zuidwest.pk, regional.pk, Stage.ESCALATED,
                                                                "Naar Vlaanderen."),
            (flanders.pk, flemish.pk, Stage.ANALYSIS, FLEMISH_STAGE)} <= {row[:4] for row in written}
    own = BottleneckMessage.objects.filter(bottleneck=child, scope__isnull=True)
    assert set(own.values_list("body", flat=True)) == {MAYOR, f"Bericht van {zuidwest.name}: zie hun website."}

    migration("0008_regional_messages_know_where_they_came_from").mark_regional_messages(apps, None)
    assert messages_of(child) == written  # twice changes nothing more


def test_the_joiner_reads_them_as_messages_of_the_region(client, login, committed, bundled, joiner, region_user,
                                                         kortrijk_coordinator, zuidwest):
    child, regional = bundled
    move(region_user, regional, committed, Stage.ANALYSIS, REGION_STAGE)
    with committed():
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)
        services.send_feedback(kortrijk_coordinator, child.pk, MAYOR)
    as_before_0008(child)

    migration("0008_regional_messages_know_where_they_came_from").mark_regional_messages(apps, None)

    entries = {entry.body: entry for entry in joined_story(child)}
    assert entries[REGION_STAGE].title == entries[REGION_FEEDBACK].title == f"Bericht van {zuidwest.name}"
    assert entries[REGION_STAGE].text == "Het knelpunt ‘Schuldhulp in de regio’ is nu in de fase ‘In analyse’."
    assert entries[MAYOR].title == "Bericht van de gemeente"
    content = text_of(login(joiner).get(reverse("joins:joined", args=[child.pk])))
    assert f"Bericht van {zuidwest.name} {REGION_FEEDBACK}" in content
    assert f"Bericht van {zuidwest.name}:" not in content  # no prefix inside the message any more
    timeline = text_of(login(kortrijk_coordinator).get(reverse("casework:bottleneck",
                                                               args=[child.municipality.slug, child.pk])))
    assert timeline.count(f"Bericht van {zuidwest.name}: {REGION_FEEDBACK}") == 1  # the prefix once, as before


def test_a_knelpunt_returned_since_gets_them_too(committed, bundled, region_user, kortrijk_coordinator, zuidwest):
    child, regional = bundled
    with committed():
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)
    move(kortrijk_coordinator, child, committed, Stage.ANALYSIS, "Terug bij de stad.")
    assert child.parent is None
    as_before_0008(child)

    migration("0008_regional_messages_know_where_they_came_from").mark_regional_messages(apps, None)

    message = BottleneckMessage.objects.get(bottleneck=child, body=REGION_FEEDBACK)
    assert (message.scope, message.origin, message.stage) == (zuidwest, regional, "")


def test_without_the_regions_announcement_a_message_stays_as_it_was(committed, bundled, region_user):
    child, regional = bundled
    with committed():
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)
    as_before_0008(child)
    # no "message_flowed_down" of the region within a minute of it: nothing tells where it came from
    BottleneckMessage.objects.filter(bottleneck=child).update(created_at=timezone.now() - timedelta(days=2))
    before = messages_of(child)

    migration("0008_regional_messages_know_where_they_came_from").mark_regional_messages(apps, None)

    assert messages_of(child) == before
    assert not BottleneckMessage.objects.filter(bottleneck=child, scope__isnull=False).exists()
