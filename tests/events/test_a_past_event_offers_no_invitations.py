"""Once an event is over the service refuses new invitations; its page then offers no "Mensen uitnodigen" button
(an upcoming event's page does)."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.events.models import Event

INVITE = "Mensen uitnodigen"


def test_an_upcoming_event_offers_invitations_and_a_past_one_does_not(client, boss, kortrijk, make_event):
    upcoming = make_event(title="Signaaldag")
    past = make_event(title="Werksessie van vorige maand")
    start = timezone.now() - timedelta(days=21)
    Event.objects.filter(pk=past.pk).update(starts_at=start, ends_at=start + timedelta(hours=2))
    client.force_login(boss)

    def page(event):
        return client.get(reverse("events:manage_detail", args=[kortrijk.slug, event.pk])).content.decode()

    assert INVITE in page(upcoming)
    assert reverse("events:invite", args=[kortrijk.slug, upcoming.pk]) in page(upcoming)
    assert INVITE not in page(past)
    assert reverse("events:invite", args=[kortrijk.slug, past.pk]) not in page(past)
