"""When a registered person cancels, the first on the waiting list gets the place automatically, with an e-mail."""

import icalendar
import pytest
from django.core import mail as django_mail

from lokaalsignaal.events import participation, services
from lokaalsignaal.events.models import Invitation, Response
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(kortrijk):
    return [member(kortrijk, full_name=f"Gever {n}", email=f"gever{n}@caw.be") for n in range(4)]


def responses(event):
    return dict(Invitation.objects.filter(event=event).values_list("user__email", "response"))


def test_a_cancellation_promotes_the_first_on_the_waiting_list_with_an_email(
        make_event, people, django_capture_on_commit_callbacks):
    event = make_event(open_to_all=True, capacity=2)
    for person in people:
        participation.register(person, event.pk)
    assert responses(event) == {"gever0@caw.be": Response.REGISTERED, "gever1@caw.be": Response.REGISTERED,
                                "gever2@caw.be": Response.WAITING, "gever3@caw.be": Response.WAITING}
    django_mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        participation.decline(people[0], event.pk)

    assert responses(event)["gever0@caw.be"] == Response.CANCELLED
    assert responses(event)["gever2@caw.be"] == Response.REGISTERED
    assert responses(event)["gever3@caw.be"] == Response.WAITING
    promoted = [m for m in django_mail.outbox if m.to == ["gever2@caw.be"]]
    assert len(promoted) == 1 and "plaats vrij" in promoted[0].subject
    cal = icalendar.Calendar.from_ical(promoted[0].attachments[0][1])
    assert str(cal["method"]) == "REQUEST"


def test_leaving_the_waiting_list_promotes_nobody(make_event, people):
    event = make_event(open_to_all=True, capacity=1)
    for person in people[:3]:
        participation.register(person, event.pk)

    participation.decline(people[1], event.pk)

    assert responses(event) == {"gever0@caw.be": Response.REGISTERED, "gever1@caw.be": Response.CANCELLED,
                                "gever2@caw.be": Response.WAITING}


def test_more_places_promote_the_waiting_list_in_order(make_event, people, boss):
    event = make_event(open_to_all=True, capacity=1)
    for person in people:
        participation.register(person, event.pk)

    services.update_event(boss, event.pk, {"capacity": 3})

    assert [r for _e, r in sorted(responses(event).items())] == [
        Response.REGISTERED, Response.REGISTERED, Response.REGISTERED, Response.WAITING]


def test_the_giver_sees_their_place_on_the_waiting_list(client, make_event, people):
    event = make_event(open_to_all=True, capacity=1)
    for person in people:
        participation.register(person, event.pk)
    client.force_login(people[3])

    page = client.get(f"/mijn/evenementen/{event.pk}/").content.decode()

    assert "Je staat op de wachtlijst (plaats 3)" in page
