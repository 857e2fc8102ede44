"""No write on a GET: opening "Mijn agenda-link" makes no feed; the button "Maak je agendalink" (a POST, no
JavaScript) makes it, audited without content; the same button afterwards makes a new link."""

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.events.models import CalendarFeed
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_opening_the_calendar_page_makes_no_feed_and_offers_the_button(client, kortrijk):
    ann = member(kortrijk, full_name="Ann Peeters")
    client.force_login(ann)

    page = client.get(reverse("events:calendar")).content.decode()

    assert "Maak je agendalink" in page and 'id="feed-url"' not in page
    assert not CalendarFeed.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="calendar_feed.").exists()


def test_the_button_makes_the_feed_audited_and_the_page_shows_it(client, kortrijk):
    ann = member(kortrijk, full_name="Ann Peeters")
    client.force_login(ann)

    response = client.post(reverse("events:regenerate_token"))

    feed = CalendarFeed.objects.get(user=ann)
    assert response.status_code == 302
    assert reverse("events:feed", args=[feed.token]) in client.get(reverse("events:calendar")).content.decode()
    event = AuditEvent.objects.get(action="calendar_feed.created")
    assert (event.actor, event.object_id, event.payload) == (ann, str(feed.pk), {})

    client.post(reverse("events:regenerate_token"))

    assert CalendarFeed.objects.get(user=ann).token != feed.token
    assert AuditEvent.objects.filter(action="calendar_feed.regenerated").count() == 1
