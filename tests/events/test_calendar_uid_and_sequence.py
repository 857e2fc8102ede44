"""Calendar files keep one UID per event; every change raises SEQUENCE; changes go out as METHOD:REQUEST to the
people who have the event, cancellation as METHOD:CANCEL."""

from datetime import timedelta

import icalendar
import pytest
from django.core import mail as django_mail

from lokaalsignaal.events import participation, services
from lokaalsignaal.events.models import Event
from tests.factories import member

pytestmark = pytest.mark.django_db


def calendars(address):
    found = []
    for message in django_mail.outbox:
        if message.to == [address]:
            for _name, content, _mimetype in message.attachments:
                found.append(icalendar.Calendar.from_ical(content))
    return found


def event_of(cal):
    (vevent,) = cal.walk("VEVENT")
    return vevent


@pytest.fixture
def ann(kortrijk):
    return member(kortrijk, full_name="Ann Peeters", email="ann@caw.be")


@pytest.fixture
def registered_event(make_event, ann, boss, django_capture_on_commit_callbacks):
    event = make_event(capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        services.send_invitations(boss, event.pk, services.Audience(user_ids=[ann.pk]))
        participation.register(ann, event.pk)
    return event


def test_a_change_of_time_sends_the_same_uid_with_a_higher_sequence(
        registered_event, boss, ann, django_capture_on_commit_callbacks):
    later = registered_event.starts_at + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        services.update_event(boss, registered_event.pk, {"starts_at": later, "ends_at": later + timedelta(hours=2)})

    *earlier, update = calendars("ann@caw.be")
    assert {str(event_of(c)["uid"]) for c in earlier + [update]} == {registered_event.ical_uid}
    assert str(update["method"]) == "REQUEST"
    assert event_of(update)["sequence"] == 1 > max(event_of(c)["sequence"] for c in earlier)
    assert event_of(update).decoded("dtstart") == later
    assert "Gewijzigd" in django_mail.outbox[-1].subject


def test_every_change_raises_the_sequence(registered_event, boss):
    services.update_event(boss, registered_event.pk, {"title": "Werksessie wachttijden (nieuwe titel)"})
    services.update_event(boss, registered_event.pk, {"description": "Met koffie."})

    assert Event.objects.get(pk=registered_event.pk).sequence == 2


def test_an_unchanged_save_keeps_the_sequence(registered_event, boss):
    services.update_event(boss, registered_event.pk, {"title": registered_event.title})

    assert Event.objects.get(pk=registered_event.pk).sequence == 0


def test_cancellation_sends_method_cancel_with_the_same_uid_and_higher_sequence(
        registered_event, boss, ann, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_event(boss, registered_event.pk, "De zaal is niet beschikbaar.")

    cancel = calendars("ann@caw.be")[-1]
    assert str(cancel["method"]) == "CANCEL"
    assert str(event_of(cancel)["uid"]) == registered_event.ical_uid
    assert event_of(cancel)["sequence"] == 1
    assert str(event_of(cancel)["status"]) == "CANCELLED"
    assert "De zaal is niet beschikbaar." in django_mail.outbox[-1].body


def test_people_who_declined_hear_nothing_of_changes(make_event, boss, ann, django_capture_on_commit_callbacks):
    event = make_event()
    services.send_invitations(boss, event.pk, services.Audience(user_ids=[ann.pk]))
    participation.decline(ann, event.pk)
    django_mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_event(boss, event.pk)

    assert django_mail.outbox == []


def test_the_personal_feed_holds_registered_events_without_method(client, registered_event, ann):
    token = participation.calendar_feed_of(ann).token

    response = client.get(f"/agenda/{token}.ics")

    assert response["Content-Type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(response.content)
    assert "method" not in cal
    assert str(event_of(cal)["uid"]) == registered_event.ical_uid


def test_the_download_is_a_valid_calendar(client, registered_event, ann):
    client.force_login(ann)

    response = client.get(f"/mijn/evenementen/{registered_event.pk}/agenda.ics")

    assert str(event_of(icalendar.Calendar.from_ical(response.content))["uid"]) == registered_event.ical_uid
