"""'Annuleer het evenement' asks first, like merging, rejecting and redacting: the first POST cancels nothing and
mails nobody; it shows how many people will get the e-mail. Only the 'Ja' (confirm=on) cancels."""

import pytest
from django.core import mail as django_mail
from django.urls import reverse

from lokaalsignaal.events import participation
from lokaalsignaal.events.models import Event
from tests.factories import member
from tests.html import words


@pytest.fixture
def registered(kortrijk):
    return [member(kortrijk, full_name=name, email=f"{name.split()[0].lower()}@caw.be")
            for name in ("Ann Peeters", "Bert Claes", "Carla Maes")]


@pytest.fixture
def event(client, boss, make_event, registered):
    """An open event three people registered for, its organiser logged in, no mail sent yet."""
    made = make_event(open_to_all=True)
    for person in registered:
        participation.register(person, made.pk)
    django_mail.outbox.clear()
    client.force_login(boss)
    return made


def test_one_post_without_confirmation_cancels_nothing_and_sends_nothing(
        client, kortrijk, event, django_capture_on_commit_callbacks):

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("events:cancel", args=[kortrijk.slug, event.pk]),
                               {"cancel_message": "De zaal is niet vrij."})

    assert response.status_code == 200
    event.refresh_from_db()
    assert event.status != Event.Status.CANCELLED and event.sequence == 0
    assert django_mail.outbox == []
    page = words(response)
    assert "Annuleren bevestigen" in page
    assert "3 personen krijgen een e-mail" in page
    assert "De zaal is niet vrij." in page


def test_the_confirmation_cancels_and_mails_everyone(client, kortrijk, event, registered,
                                                     django_capture_on_commit_callbacks):

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("events:cancel", args=[kortrijk.slug, event.pk]),
                               {"cancel_message": "De zaal is niet vrij.", "confirm": "on"})

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.is_cancelled
    assert sorted(m.to[0] for m in django_mail.outbox) == sorted(p.email for p in registered)
