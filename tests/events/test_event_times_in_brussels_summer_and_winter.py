"""An event at 19:00 Brussels time appears at 19:00 in the .ics and on the pages, in summer (CEST) and winter (CET)."""

from datetime import UTC, timedelta
from unittest import mock

import icalendar
import pytest
from django.urls import reverse

from lokaalsignaal.events import ics, services

from .conftest import BRUSSELS, brussels

pytestmark = pytest.mark.django_db

SUMMER, WINTER = brussels(2026, 7, 1, 19, 0), brussels(2026, 1, 14, 19, 0)
BEFORE_BOTH = brussels(2025, 12, 1, 9, 0)


@pytest.fixture(autouse=True)
def _now():
    with mock.patch("django.utils.timezone.now", return_value=BEFORE_BOTH):
        yield


@pytest.mark.parametrize("start, utc_hour", [(SUMMER, 17), (WINTER, 18)], ids=["summer", "winter"])
def test_stored_in_utc(make_event, start, utc_hour):
    event = make_event(starts_at=start)
    event.refresh_from_db()

    assert event.starts_at.astimezone(UTC).hour == utc_hour


@pytest.mark.parametrize("start", [SUMMER, WINTER], ids=["summer", "winter"])
def test_calendar_file_says_19_00_in_brussels(make_event, start):
    event = make_event(starts_at=start)
    event.refresh_from_db()

    cal = icalendar.Calendar.from_ical(ics.calendar([event], method=ics.REQUEST))
    (vevent,) = cal.walk("VEVENT")
    dtstart = vevent.decoded("dtstart").astimezone(BRUSSELS)

    assert (dtstart.date(), dtstart.hour, dtstart.minute) == (start.date(), 19, 0)
    assert vevent["dtstart"].params["TZID"] == "Europe/Brussels"
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Brussels"]


@pytest.mark.parametrize("start, day", [(SUMMER, "1 juli 2026"), (WINTER, "14 januari 2026")],
                         ids=["summer", "winter"])
def test_pages_say_19_00(client, boss, kortrijk, make_event, start, day):
    event = make_event(starts_at=start, open_to_all=True)
    client.force_login(boss)

    detail = client.get(reverse("events:manage_detail", args=[kortrijk.slug, event.pk])).content.decode()
    listing = client.get(reverse("events:manage_list", args=[kortrijk.slug])).content.decode()
    mine = client.get(reverse("events:mine")).content.decode()

    assert f"{day}, 19:00–21:00" in detail
    assert f"{day}, 19:00" in listing and f"{day}, 19:00" in mine


@pytest.mark.parametrize("start", [SUMMER, WINTER], ids=["summer", "winter"])
def test_the_form_reads_19_00_as_brussels_time(client, boss, kortrijk, start):
    client.force_login(boss)
    client.post(reverse("events:create", args=[kortrijk.slug]), {
        "kind": "signaaldag", "title": "Signaaldag", "day": start.date().isoformat(), "start": "19:00",
        "end": "21:00", "reminder_hours": "24"})

    from lokaalsignaal.events.models import Event

    assert Event.objects.get().starts_at == start
    assert Event.objects.get().ends_at == start + timedelta(hours=2)


def test_invitation_mail_says_19_00(boss, make_event, kortrijk, django_capture_on_commit_callbacks):
    from django.core import mail as django_mail

    from tests.factories import member

    ann = member(kortrijk, full_name="Ann Peeters", email="ann@caw.be")
    event = make_event(starts_at=WINTER)
    with django_capture_on_commit_callbacks(execute=True):
        services.send_invitations(boss, event.pk, services.Audience(user_ids=[ann.pk]))

    assert "woensdag 14 januari 2026, 19:00–21:00" in django_mail.outbox[0].body
