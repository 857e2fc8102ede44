"""A regional knelpunt's stage messages and feedback flow down: recorded on every bundled knelpunt (its coordinator
sees them in the timeline), on the story of each original signal, and as a notification to each giver."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.intake.models import SignalEvent
from lokaalsignaal.notifications.models import Notification

from .conftest import text_of


@pytest.fixture
def bundled(add_knelpunt, give, giver, kortrijk, roeselare, zuidwest, kortrijk_coordinator, roeselare_coordinator,
            region_user):
    from tests.factories import member

    other = member(roeselare, full_name="Rune Roeselare", email="rune@caw.be")
    signals = [give(giver, kortrijk), give(other, roeselare)]
    children = [add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [signals[0]], scope=zuidwest),
                add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol", [signals[1]], scope=zuidwest)]
    regional = escalation.bundle(region_user, zuidwest, [c.pk for c in children], "Schuldhulp in de regio")
    return regional, children, signals, other


MESSAGE = "We bespreken dit met alle OCMW's van de regio en de Vlaamse overheid."


def move(region_user, regional, committed, to=Stage.ANALYSIS, message=MESSAGE):
    regional.refresh_from_db()
    with committed():
        return services.change_stage(region_user, regional.pk, to, message, regional.version)


def test_a_regional_stage_message_is_recorded_on_every_bundled_signal(bundled, region_user, zuidwest, committed):
    regional, children, signals, _other = bundled

    move(region_user, regional, committed)

    for signal, child in zip(signals, children, strict=True):
        event = SignalEvent.objects.get(signal=signal, kind=SignalEvent.Kind.FEEDBACK)
        assert event.knelpunt == child
        assert event.body.startswith(f"Bericht van {zuidwest.name}:")
        assert MESSAGE in event.body and "In analyse" in event.body


def test_the_original_giver_reads_it_on_the_signal_page_and_gets_a_notification(client, login, bundled, giver,
                                                                                region_user, committed):
    regional, _children, signals, other = bundled

    move(region_user, regional, committed)

    for person, signal in ((giver, signals[0]), (other, signals[1])):
        notification = Notification.objects.filter(user=person, signal=signal, kind=Notification.Kind.STAGE).first()
        assert notification is not None and "In analyse" in notification.detail
    login(giver)
    content = text_of(client.get(reverse("intake:detail", args=[signals[0].reference])))
    assert MESSAGE in content


def test_the_municipality_coordinator_sees_it_in_the_knelpunt_timeline(client, login, bundled, region_user,
                                                                       committed, kortrijk, kortrijk_coordinator):
    regional, children, _signals, _other = bundled

    move(region_user, regional, committed)

    login(kortrijk_coordinator)
    content = text_of(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, children[0].pk])))
    assert "Bericht van Eerstelijnszone Zuid-West-Vlaanderen" in content and MESSAGE in content


def test_a_regional_message_without_a_stage_change_flows_down_too(bundled, region_user, committed, giver):
    regional, _children, signals, _other = bundled

    with committed():
        reached = services.send_feedback(region_user, regional.pk, "Er komt een regionale werkgroep.")

    assert reached == 2
    event = SignalEvent.objects.get(signal=signals[0], kind=SignalEvent.Kind.FEEDBACK)
    assert event.body == "Bericht van Eerstelijnszone Zuid-West-Vlaanderen: Er komt een regionale werkgroep."
    assert Notification.objects.filter(user=giver, kind=Notification.Kind.FEEDBACK).exists()


def test_the_regional_page_moves_the_stage_and_shows_the_messages(client, login, bundled, region_user, zuidwest,
                                                                  giver):
    regional, _children, signals, _other = bundled
    login(region_user)

    response = client.post(reverse("region:regional_stage", args=[zuidwest.pk, regional.pk]), {
        "to_stage": Stage.ANALYSIS, "message": MESSAGE, "version": regional.version})
    assert response.status_code == 302
    client.post(reverse("region:regional_feedback", args=[zuidwest.pk, regional.pk]),
                {"feedback": "Er komt een regionale werkgroep."})

    content = text_of(client.get(response.url))
    assert "In analyse" in content and MESSAGE in content and "Er komt een regionale werkgroep." in content
    assert SignalEvent.objects.filter(signal=signals[0], kind=SignalEvent.Kind.FEEDBACK).count() == 2


def test_a_region_reader_cannot_move_the_regional_knelpunt(bundled, region_reader):
    from django.core.exceptions import PermissionDenied

    regional = bundled[0]
    with pytest.raises(PermissionDenied):
        services.change_stage(region_reader, regional.pk, Stage.ANALYSIS, MESSAGE, regional.version)


def test_a_returned_knelpunt_no_longer_hears_from_the_region(bundled, region_user, committed, kortrijk_coordinator):
    regional, children, signals, _other = bundled
    children[0].refresh_from_db()
    services.change_stage(kortrijk_coordinator, children[0].pk, Stage.ANALYSIS, "Terug bij de stad.",
                          children[0].version)

    move(region_user, regional, committed)

    assert not SignalEvent.objects.filter(signal=signals[0], kind=SignalEvent.Kind.FEEDBACK).exists()
    assert SignalEvent.objects.filter(signal=signals[1], kind=SignalEvent.Kind.FEEDBACK).exists()
