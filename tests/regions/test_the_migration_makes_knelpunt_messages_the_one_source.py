"""Migration casework 0007 prepares the messages stored before BottleneckMessage was the one source of the timeline:
each feedback event on a signal points at the knelpunt message it carries, each message gets its author, and a
regional knelpunt's own messages (stored only on the signals below it until then) become its own again."""

import importlib

from django.apps import apps

from lokaalsignaal.casework import escalation, services
from lokaalsignaal.casework.models import BottleneckMessage
from lokaalsignaal.casework.stages import Stage
from lokaalsignaal.intake.models import SignalEvent

REGION_FEEDBACK = "Er komt een regionale werkgroep."


def migration(name):
    return importlib.import_module(f"lokaalsignaal.casework.migrations.{name}")


def test_the_migration_links_messages_to_their_events_and_gives_the_region_its_messages(
        committed, knelpunt, give, giver, kortrijk, kortrijk_coordinator, zuidwest, region_user):
    child = knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer",
                     [give(giver, kortrijk), give(giver, kortrijk, title="Nog een signaal")], scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    with committed():
        services.change_stage(region_user, regional.pk, Stage.ANALYSIS, "We bekijken dit regionaal.", 1)
        services.send_feedback(region_user, regional.pk, REGION_FEEDBACK)
        services.send_feedback(kortrijk_coordinator, child.pk, "De stad zoekt een tijdelijke oplossing.")
    # as before BottleneckMessage existed: the messages only on the signals, then filled by migration 0005
    BottleneckMessage.objects.all().delete()
    migration("0005_bottleneckmessage").backfill(apps, None)
    assert not BottleneckMessage.objects.filter(bottleneck=regional).exists()

    migration("0007_link_messages_to_their_signal_events").backfill(apps, None)
    migration("0007_link_messages_to_their_signal_events").backfill(apps, None)  # twice changes nothing more

    events = SignalEvent.objects.filter(kind=SignalEvent.Kind.FEEDBACK).select_related("bottleneck_message")
    assert events.count() == 6  # three messages, each on two signals
    for event in events:
        assert event.bottleneck_message.bottleneck_id == child.pk
        assert event.body.endswith(event.bottleneck_message.body)
        assert event.bottleneck_message.author_id == event.actor_id
    assert BottleneckMessage.objects.filter(bottleneck=child).count() == 3
    (own,) = BottleneckMessage.objects.filter(bottleneck=regional)  # the stage message stays with the stage change
    assert (own.body, own.author) == (REGION_FEEDBACK, region_user)
    assert BottleneckMessage._meta.get_field("created_at").auto_now_add
