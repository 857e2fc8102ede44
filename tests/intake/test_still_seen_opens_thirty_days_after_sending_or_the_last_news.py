"""'Ik zie dit nog steeds' is offered, and accepted by the service, only 30 days after the giver sent her signal or
after the last news on it (whichever is later), and never while a question of the municipality waits for her."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalEvent
from tests.html import page

STILL_SEEN = SignalEvent.Kind.STILL_SEEN


@pytest.fixture
def day(monkeypatch):
    """day(n): from now on, the clock reads n days after the test started."""
    start = timezone.now()

    def move(days):
        monkeypatch.setattr(timezone, "now", lambda: start + timedelta(days=days))

    return move


@pytest.fixture
def received(make_signal, kortrijk_coordinator):
    signal = make_signal()
    triage.mark_read(kortrijk_coordinator, [signal.pk])
    return signal


def offered(client, signal) -> bool:
    return reverse("intake:still_seen", args=[signal.reference]) in page(
        client.get(reverse("intake:detail", args=[signal.reference])))


def test_on_day_one_it_is_not_offered_and_the_service_refuses_it(client, login, giver, received, day):
    day(1)
    login(giver)

    html = page(client.get(reverse("intake:detail", args=[received.reference])))
    assert reverse("intake:still_seen", args=[received.reference]) not in html
    assert "Zie je dit probleem later nog steeds? Vanaf" in html
    with pytest.raises(ValidationError, match="30 dagen nadat je het signaal gaf"):
        intake.still_seen(giver, received.pk, "Nog steeds.")
    response = client.post(reverse("intake:still_seen", args=[received.reference]), {"context": "Nog steeds."})
    assert response.status_code == 302
    assert not received.events.filter(kind=STILL_SEEN).exists()


def test_on_day_thirty_one_it_is_offered_and_accepted_once(client, login, giver, received, day):
    day(31)
    login(giver)
    assert offered(client, received)

    response = client.post(reverse("intake:still_seen", args=[received.reference]),
                           {"context": "Deze maand nog drie gezinnen."})

    assert response.status_code == 302
    assert received.events.get(kind=STILL_SEEN).body == "Deze maand nog drie gezinnen."
    # saying it again right away waits another 30 days
    assert not offered(client, received)
    with pytest.raises(ValidationError):
        intake.still_seen(giver, received.pk)


def test_news_on_her_knelpunt_starts_the_thirty_days_again(client, login, giver, received, day,
                                                          make_knelpunt, kortrijk_coordinator):
    knelpunt = make_knelpunt(signals=[received])
    day(20)
    casework.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ANALYSIS, "We zoeken het uit.",
                          expected_version=knelpunt.version)
    day(31)
    login(giver)
    assert not offered(client, received)
    with pytest.raises(ValidationError):
        intake.still_seen(giver, received.pk)

    day(51)
    login(giver)
    assert offered(client, received)
    intake.still_seen(giver, received.pk)
    assert received.events.filter(kind=STILL_SEEN).exists()


def test_not_while_a_question_of_the_municipality_waits_for_her_answer(client, login, giver, received, day,
                                                                      kortrijk_coordinator):
    triage.ask_question(kortrijk_coordinator, received.pk, "In welke deelgemeente?")
    day(40)
    login(giver)

    assert not offered(client, received)
    with pytest.raises(ValidationError, match="antwoord op haar vraag"):
        intake.still_seen(giver, received.pk)

    intake.answer_question(giver, received.pk, "Vooral in Overleie.")
    assert offered(client, received)  # her answer is no news: the question came 40 days ago
