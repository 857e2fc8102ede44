"""Registered people get one reminder `reminder_hours` before the event; a new start time allows a new one."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail as django_mail
from django.core.management import call_command

from lokaalsignaal.events import participation, services
from tests.factories import member

from .conftest import in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(kortrijk, make_event):
    start = in_days(3)
    event = make_event(open_to_all=True, starts_at=start, reminder_hours=24)
    ann, bert = member(kortrijk, email="ann@caw.be"), member(kortrijk, email="bert@caw.be")
    participation.register(ann, event.pk)
    participation.decline(bert, event.pk)
    django_mail.outbox.clear()
    return event


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_no_reminder_before_the_time_has_come(registered):
    with at(registered.starts_at - timedelta(hours=25)):
        assert services.send_reminders() == 0


def test_one_reminder_to_registered_people_only(registered, django_capture_on_commit_callbacks):
    with at(registered.starts_at - timedelta(hours=23)), django_capture_on_commit_callbacks(execute=True):
        assert services.send_reminders() == 1
        assert services.send_reminders() == 0

    assert [m.to for m in django_mail.outbox] == [["ann@caw.be"]]
    assert "Herinnering" in django_mail.outbox[0].subject


def test_moving_the_event_allows_a_new_reminder(registered, boss):
    with at(registered.starts_at - timedelta(hours=23)):
        services.send_reminders()
    later = registered.starts_at + timedelta(days=7)
    services.update_event(boss, registered.pk, {"starts_at": later, "ends_at": later + timedelta(hours=2)})

    with at(later - timedelta(hours=2)):
        assert services.send_reminders() == 1


def test_the_management_command_sends_them(registered, capsys):
    with at(registered.starts_at - timedelta(hours=1)):
        call_command("send_event_reminders")

    assert "1 herinnering" in capsys.readouterr().out


def test_cancelled_events_get_no_reminder(registered, boss):
    services.cancel_event(boss, registered.pk)

    with at(registered.starts_at - timedelta(hours=1)):
        assert services.send_reminders() == 0
