"""An event on 31-12-9999 (or in the year 1) cannot be planned: the form says which dates it takes, in Dutch, and
keeps what was typed. Before, moving an event with registered people there broke the calendar file (a server
error)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.events import participation
from lokaalsignaal.events.models import Event
from tests.factories import member

pytestmark = pytest.mark.django_db

MESSAGE = "Kies een datum tussen 1-1-2000 en 31-12-2100."


def form(event, **changes):
    return {"kind": "werksessie", "title": "Werksessie ver weg", "day": "9999-12-31", "start": "20:00",
            "end": "22:00", "address": event.address, "room": event.room, "reminder_hours": "24",
            "open_to_all": "on", **changes}


@pytest.mark.parametrize("far", [{"day": "9999-12-31"}, {"day": "0001-01-01"},
                                 {"day": "2030-01-15", "deadline": "0001-01-01"}])
def test_moving_an_event_far_away_is_a_form_error(client, boss, kortrijk, make_event,
                                                  django_capture_on_commit_callbacks, far):
    event = make_event(open_to_all=True)
    participation.register(member(kortrijk, email="ann@caw.be"), event.pk)
    client.force_login(boss)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("events:edit", args=[kortrijk.slug, event.pk]), form(event, **far))

    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert 'value="Werksessie ver weg"' in response.content.decode()
    assert Event.objects.get(pk=event.pk).starts_at == event.starts_at


def test_dates_within_the_bounds_still_plan_an_event(client, boss, kortrijk, make_event):
    event = make_event(open_to_all=True)
    client.force_login(boss)
    day = (timezone.localtime() + timedelta(days=30)).date()

    response = client.post(reverse("events:edit", args=[kortrijk.slug, event.pk]), form(event, day=day.isoformat()))

    assert response.status_code == 302
    assert timezone.localtime(Event.objects.get(pk=event.pk).starts_at).date() == day
