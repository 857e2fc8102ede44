"""Nobody reaches another giver's notifications, answers or 'nog steeds': a 404, and nothing changes."""

from dataclasses import dataclass

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake.models import SignalEvent
from lokaalsignaal.notifications.models import Notification
from tests.factories import member

from .conftest import SIGNAL_TITLE


@dataclass(frozen=True)
class Url:
    name: str
    method: str = "get"
    data: tuple = ()

    def __str__(self):
        return f"{self.method.upper()} {self.name}"

    def url(self, signal, notification):
        if self.name == "notifications:open":
            return reverse(self.name, args=[notification.pk])
        return reverse(self.name, args=[signal.reference])


URLS = [
    Url("notifications:open"),
    Url("intake:answer"),
    Url("intake:answer", "post", (("answer", "Een antwoord van een buitenstaander"),)),
    Url("intake:still_seen"),
    Url("intake:still_seen", "post", (("context", "Een buitenstaander ziet het ook"),)),
]


@pytest.fixture
def someone_elses_signal(give, municipality_staff, giver):
    signal = give()
    knelpunt = municipality_staff.knelpunt(signal)
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We zoeken het uit.")
    municipality_staff.ask(signal, "Over welke wijk gaat het?")
    return signal, Notification.objects.filter(user=giver).first()


@pytest.mark.parametrize("target", URLS, ids=str)
@pytest.mark.parametrize("outsider", ["another giver", "the coordinator"])
def test_an_outsider_gets_a_404_and_changes_nothing(client, login, kortrijk, kortrijk_coordinator,
                                                     someone_elses_signal, target, outsider):
    signal, notification = someone_elses_signal
    login(member(kortrijk, full_name="Andere Gever") if outsider == "another giver" else kortrijk_coordinator)
    events_before = signal.events.count()

    response = getattr(client, target.method)(target.url(signal, notification), dict(target.data))

    assert response.status_code == 404
    assert SIGNAL_TITLE not in response.content.decode()
    assert signal.events.count() == events_before
    assert not signal.events.filter(kind__in=[SignalEvent.Kind.ANSWER, SignalEvent.Kind.STILL_SEEN]).exists()
    notification.refresh_from_db()
    assert notification.read_at is None


@pytest.mark.parametrize("target", URLS, ids=str)
def test_anonymous_visitors_are_sent_to_the_login(client, someone_elses_signal, target):
    signal, notification = someone_elses_signal

    response = getattr(client, target.method)(target.url(signal, notification), dict(target.data))

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_the_notification_list_shows_only_ones_own(client, login, kortrijk, someone_elses_signal):
    signal, _notification = someone_elses_signal
    login(member(kortrijk, full_name="Andere Gever"))

    content = client.get(reverse("notifications:notifications")).content.decode()

    assert signal.reference not in content
    assert "Je hebt nog geen meldingen." in content
