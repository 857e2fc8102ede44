"""An outcome is what came out of an event: before the event has started, the service refuses it (nothing reaches
the givers as an 'uitkomst') and the event's page offers no outcome form yet; from the start on it does."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.events import services
from lokaalsignaal.intake.models import SignalEvent
from tests.factories import member
from tests.html import words

from .conftest import in_days


@pytest.fixture
def ann(kortrijk):
    return member(kortrijk, full_name="Ann Peeters", email="ann@caw.be")


def test_the_service_refuses_an_outcome_for_an_event_months_ahead(boss, kortrijk, add_knelpunt, give, make_event, ann):
    event = make_event(knelpunten=[add_knelpunt("Energiearmoede", give(ann, kortrijk))], starts_at=in_days(90))
    item = event.agenda.get()

    with pytest.raises(ValidationError, match="pas bewaren als het evenement begonnen is"):
        services.record_outcome(boss, item.pk, "We vragen een energiecoach.", send_as_feedback=True)

    item.refresh_from_db()
    assert item.outcome == "" and item.outcome_sent_at is None
    assert not SignalEvent.objects.filter(kind=SignalEvent.Kind.FEEDBACK).exists()


def test_the_page_offers_no_outcome_form_before_the_start_and_a_post_is_refused(
        client, boss, kortrijk, add_knelpunt, give, make_event, ann):
    event = make_event(knelpunten=[add_knelpunt("Energiearmoede", give(ann, kortrijk))], starts_at=in_days(90))
    item = event.agenda.get()
    client.force_login(boss)
    url = reverse("events:outcome", args=[kortrijk.slug, event.pk, item.pk])

    page = words(client.get(reverse("events:manage_detail", args=[kortrijk.slug, event.pk])))
    assert "Uitkomst bewaren" not in page
    assert "De uitkomst kan je bewaren vanaf het begin van het evenement." in page

    response = client.post(url, {f"item{item.pk}-outcome": "Al beslist.", f"item{item.pk}-send_as_feedback": "on"},
                           follow=True)
    assert "pas bewaren als het evenement begonnen is" in words(response)
    item.refresh_from_db()
    assert item.outcome == ""


def test_once_the_event_has_started_the_outcome_can_be_recorded(boss, kortrijk, add_knelpunt, give, make_event,
                                                                ann, client):
    event = make_event(knelpunten=[add_knelpunt("Energiearmoede", give(ann, kortrijk))], starts_at=in_days(-1))
    client.force_login(boss)

    assert "Uitkomst bewaren" in words(client.get(reverse("events:manage_detail", args=[kortrijk.slug, event.pk])))
    item = services.record_outcome(boss, event.agenda.get().pk, "We vragen een energiecoach.")
    assert item.outcome == "We vragen een energiecoach."
