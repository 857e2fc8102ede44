"""A coordinator makes an event with knelpunten on the agenda, invites givers, givers answer, the coordinator
records attendance and outcomes that reach the givers as feedback."""

from datetime import timedelta

import pytest
from django.core import mail as django_mail
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.events import participation, services
from lokaalsignaal.events.models import AgendaItem, Event, Invitation, Response
from lokaalsignaal.intake.models import SignalEvent
from tests.factories import member

from .conftest import in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def ann(kortrijk):
    return member(kortrijk, full_name="Ann Peeters", email="ann@caw.be")


@pytest.fixture
def bert(kortrijk):
    return member(kortrijk, full_name="Bert Claes", email="bert@ocmw.be")


def test_coordinator_creates_an_event_through_the_form(client, boss, kortrijk, add_knelpunt, give, ann):
    knelpunt = add_knelpunt("Energiearmoede", give(ann, kortrijk))
    client.force_login(boss)
    day = in_days(12).date()

    response = client.post(reverse("events:create", args=[kortrijk.slug]), {
        "kind": "werksessie", "title": "Werksessie energie", "description": "We zoeken samen oplossingen.",
        "day": day.isoformat(), "start": "19:00", "end": "21:00", "address": "Grote Markt 54, 8500 Kortrijk",
        "room": "Raadzaal", "capacity": "2", "reminder_hours": "24", "agenda": [str(knelpunt.pk)],
        "agenda_message": "We bespreken dit knelpunt op een werksessie.",
    })

    event = Event.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("events:invite", args=[kortrijk.slug, event.pk])
    assert timezone.localtime(event.starts_at).hour == 19
    assert list(event.agenda.values_list("knelpunt_id", flat=True)) == [knelpunt.pk]
    assert Knelpunt.objects.get(pk=knelpunt.pk).stage == Stage.AGENDA
    assert AuditEvent.objects.filter(action="event.created", object_id=str(event.pk)).exists()


def test_an_event_without_agenda_message_leaves_the_knelpunt_stage_alone(make_event, add_knelpunt):
    knelpunt = add_knelpunt("Energiearmoede")

    make_event(knelpunten=[knelpunt])

    assert Knelpunt.objects.get(pk=knelpunt.pk).stage == Stage.NEW


def test_the_end_must_come_after_the_start(client, boss, kortrijk):
    client.force_login(boss)
    response = client.post(reverse("events:create", args=[kortrijk.slug]), {
        "kind": "overleg", "title": "Overleg", "day": in_days(3).date().isoformat(), "start": "19:00",
        "end": "18:00", "reminder_hours": "24"})

    assert response.status_code == 200
    assert "Het einde moet na het begin liggen." in response.content.decode()
    assert not Event.objects.exists()


def test_invitations_reach_the_agenda_givers_with_a_calendar_file(
        client, boss, kortrijk, add_knelpunt, give, make_event, ann, bert, django_capture_on_commit_callbacks):
    knelpunt = add_knelpunt("Energiearmoede", give(ann, kortrijk), give(bert, kortrijk))
    event = make_event(knelpunten=[knelpunt])
    client.force_login(boss)
    url = reverse("events:invite", args=[kortrijk.slug, event.pk])

    preview = client.post(url, {"agenda": "on", "preview": "1"})
    assert "2 personen krijgen deze uitnodiging" in preview.content.decode()
    assert "Ann Peeters" in preview.content.decode() and "Bert Claes" in preview.content.decode()
    assert not Invitation.objects.exists()  # a preview sends nothing

    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(url, {"agenda": "on", "send": "1"})

    assert sent.status_code == 302
    assert set(Invitation.objects.filter(invited=True).values_list("user__email", flat=True)) == {
        "ann@caw.be", "bert@ocmw.be"}
    invitation_mails = [m for m in django_mail.outbox if "Uitnodiging" in m.subject]
    assert sorted(m.to[0] for m in invitation_mails) == ["ann@caw.be", "bert@ocmw.be"]
    (name, content, mimetype), = invitation_mails[0].attachments
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    assert "METHOD:REQUEST" in content and f"UID:{event.ical_uid}" in content


def test_inviting_twice_does_not_send_a_second_mail(boss, kortrijk, make_event, ann):
    event = make_event()
    audience = services.Audience(user_ids=[ann.pk])

    assert services.send_invitations(boss, event.pk, audience) == 1
    assert services.send_invitations(boss, event.pk, audience) == 0


def test_giver_sees_invitation_in_the_platform_and_registers(client, boss, kortrijk, make_event, ann):
    event = make_event(capacity=3)
    services.send_invitations(boss, event.pk, services.Audience(user_ids=[ann.pk]))
    client.force_login(ann)

    listing = client.get(reverse("events:mine")).content.decode()
    assert event.title in listing and "Uitnodiging: nog niet geantwoord" in listing

    client.post(reverse("events:register", args=[event.pk]))

    assert Invitation.objects.get(event=event, user=ann).response == Response.REGISTERED
    page = client.get(reverse("events:event", args=[event.pk])).content.decode()
    assert "Je bent ingeschreven." in page and "Nog 2 plaatsen vrij." in page


def test_a_full_event_puts_the_next_giver_on_the_waiting_list(kortrijk, make_event, ann, bert):
    event = make_event(open_to_all=True, capacity=1)

    first = participation.register(ann, event.pk)
    second = participation.register(bert, event.pk)

    assert (first.response, second.response) == (Response.REGISTERED, Response.WAITING)


def test_giver_declines_an_invitation(client, boss, make_event, ann):
    event = make_event()
    services.send_invitations(boss, event.pk, services.Audience(user_ids=[ann.pk]))
    client.force_login(ann)

    client.post(reverse("events:decline", args=[event.pk]))

    assert Invitation.objects.get(event=event, user=ann).response == Response.DECLINED


def test_registration_closes_after_the_deadline(make_event, ann):
    event = make_event(open_to_all=True, registration_deadline=timezone.now() + timedelta(days=1))
    Event.objects.filter(pk=event.pk).update(registration_deadline=timezone.now() - timedelta(minutes=1))

    with pytest.raises(participation.RegistrationClosed):
        participation.register(ann, event.pk)


def test_coordinator_records_attendance(client, boss, kortrijk, make_event, ann, bert):
    event = make_event(open_to_all=True)
    participation.register(ann, event.pk)
    participation.register(bert, event.pk)
    client.force_login(boss)

    client.post(reverse("events:attendance", args=[kortrijk.slug, event.pk]), {"present": [str(ann.pk)]})

    assert dict(Invitation.objects.values_list("user_id", "attended")) == {ann.pk: True, bert.pk: False}


def test_outcome_sent_as_feedback_reaches_the_givers_and_the_knelpunt_timeline(
        client, boss, kortrijk, add_knelpunt, give, make_event, ann, bert):
    first = add_knelpunt("Energiearmoede", give(ann, kortrijk))
    second = add_knelpunt("Wachttijden", give(bert, kortrijk))
    event = make_event(knelpunten=[first, second], starts_at=in_days(-1))
    item = AgendaItem.objects.get(event=event, knelpunt=first)
    client.force_login(boss)

    response = client.post(reverse("events:outcome", args=[kortrijk.slug, event.pk, item.pk]), {
        f"item{item.pk}-outcome": "We vragen een energiecoach per wijk.", f"item{item.pk}-send_as_feedback": "on"})

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.outcome == "We vragen een energiecoach per wijk." and item.outcome_sent_at is not None
    feedback = SignalEvent.objects.get(kind=SignalEvent.Kind.FEEDBACK)
    assert feedback.signal.giver == ann and feedback.knelpunt == first
    assert "We vragen een energiecoach per wijk." in feedback.body and event.title in feedback.body
    timeline = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, first.pk])).content.decode()
    assert "We vragen een energiecoach per wijk." in timeline
    client.force_login(ann)
    signal_page = client.get(reverse("intake:detail", args=[feedback.signal.reference])).content.decode()
    assert "We vragen een energiecoach per wijk." in signal_page


def test_outcome_without_sending_stays_with_the_event(boss, kortrijk, add_knelpunt, give, make_event, ann):
    event = make_event(knelpunten=[add_knelpunt("Energiearmoede", give(ann, kortrijk))], starts_at=in_days(-1))
    item = event.agenda.get()

    services.record_outcome(boss, item.pk, "Nog geen beslissing.", send_as_feedback=False)

    assert not SignalEvent.objects.filter(kind=SignalEvent.Kind.FEEDBACK).exists()


def test_outcome_text_loses_identifiers(boss, kortrijk, add_knelpunt, give, make_event, ann):
    event = make_event(knelpunten=[add_knelpunt("Energiearmoede", give(ann, kortrijk))], starts_at=in_days(-1))

    item = services.record_outcome(boss, event.agenda.get().pk, "Bel 0470 12 34 56 voor meer info.")

    assert "0470" not in item.outcome


def test_print_view_lists_registered_people_and_the_agenda(client, boss, kortrijk, add_knelpunt, make_event, ann):
    event = make_event(knelpunten=[add_knelpunt("Energiearmoede")], open_to_all=True)
    participation.register(ann, event.pk)
    client.force_login(boss)

    page = client.get(reverse("events:print", args=[kortrijk.slug, event.pk])).content.decode()

    assert "Ann Peeters" in page and "Energiearmoede" in page and "Handtekening" in page


def test_public_page_lists_open_events_only_when_the_municipality_opts_in(client, kortrijk, make_event):
    make_event(title="Open signaaldag", open_to_all=True)
    make_event(title="Besloten werksessie", open_to_all=False)
    url = reverse("events:public", args=[kortrijk.slug])

    assert client.get(url).status_code == 404
    kortrijk.public_page = True
    kortrijk.save()
    page = client.get(url).content.decode()
    assert "Open signaaldag" in page and "Besloten werksessie" not in page


def test_calendar_page_shows_a_feed_url_and_regenerates_it(client, ann):
    client.force_login(ann)
    first = participation.calendar_feed_of(ann).token
    assert first in client.get(reverse("events:calendar")).content.decode()

    client.post(reverse("events:regenerate_token"))

    assert participation.calendar_feed_of(ann).token != first
    assert client.get(reverse("events:feed", args=[first])).status_code == 404


def test_municipality_page_links_to_events(client, boss, kortrijk):
    client.force_login(boss)
    page = client.get(reverse("pages:municipality", args=[kortrijk.slug])).content.decode()

    assert reverse("events:manage_list", args=[kortrijk.slug]) in page and reverse("events:mine") in page


def test_in_days_helper_is_in_the_future():
    assert in_days(1) > timezone.now()


def test_coordinator_moves_the_event_through_the_edit_form(client, boss, kortrijk, make_event, ann,
                                                           django_capture_on_commit_callbacks):
    event = make_event(open_to_all=True)
    participation.register(ann, event.pk)
    client.force_login(boss)
    url = reverse("events:edit", args=[kortrijk.slug, event.pk])
    assert 'value="19:00"' in client.get(url).content.decode()
    new_day = (timezone.localtime(event.starts_at) + timedelta(days=1)).date()
    django_mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"kind": "werksessie", "title": event.title, "day": new_day.isoformat(),
                                     "start": "20:00", "end": "22:00", "address": event.address, "room": event.room,
                                     "reminder_hours": "24", "open_to_all": "on"})

    assert response.status_code == 302
    event.refresh_from_db()
    assert (timezone.localtime(event.starts_at).date(), timezone.localtime(event.starts_at).hour) == (new_day, 20)
    assert event.sequence == 1
    assert [m.to for m in django_mail.outbox] == [["ann@caw.be"]]


def test_coordinator_cancels_through_the_page(client, boss, kortrijk, make_event, ann):
    event = make_event(open_to_all=True)
    participation.register(ann, event.pk)
    client.force_login(boss)

    client.post(reverse("events:cancel", args=[kortrijk.slug, event.pk]), {"cancel_message": "De zaal is weg.",
                                                                        "confirm": "on"})

    event.refresh_from_db()
    assert event.is_cancelled and event.sequence == 1
    client.force_login(ann)
    assert "Dit evenement is geannuleerd." in client.get(reverse("events:event", args=[event.pk])).content.decode()
    with pytest.raises(participation.RegistrationClosed):
        participation.register(ann, event.pk)
