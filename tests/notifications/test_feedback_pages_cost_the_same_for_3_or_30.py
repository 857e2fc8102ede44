"""'Mijn signalen' (with the derived status) and 'Meldingen' cost as many queries for 30 rows as for 3."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.notifications.models import Notification


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def signals_in_every_state(give, municipality_staff):
    """make(n): n signals, each in the next state: submitted, received, question, linked (own knelpunt), done."""

    def make(n):
        for i in range(n):
            signal = give(title=f"Signaal {i}")
            state = i % 5
            if state == 1:
                municipality_staff.receive(signal)
            elif state == 2:
                municipality_staff.ask(signal, "Welke wijk?")
            elif state in (3, 4):
                knelpunt = municipality_staff.knelpunt(signal, title=f"Knelpunt {i}")
                municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We zoeken het uit.")
                if state == 4:
                    municipality_staff.stage(knelpunt, Stage.ESCALATED, "Doorgegeven.")
                    municipality_staff.stage(knelpunt, Stage.DONE, "Opgelost op Vlaams niveau.")

    return make


def test_my_signals_with_their_status_cost_the_same_for_3_and_30(client, login, giver, signals_in_every_state):
    login(giver)
    url = reverse("intake:mine")
    signals_in_every_state(5)
    few = queries_for(client, url)

    signals_in_every_state(25)
    many = queries_for(client, url)

    assert "Afgerond" in client.get(url).content.decode()
    assert many == few


def test_my_notifications_cost_the_same_for_3_and_30(client, login, giver, give, municipality_staff):
    login(giver)
    url = reverse("notifications:notifications")
    signal = give()
    knelpunt = municipality_staff.knelpunt(signal)
    municipality_staff.feedback(knelpunt, "Een")
    municipality_staff.feedback(knelpunt, "Twee")
    assert Notification.objects.filter(user=giver).count() == 3
    few = queries_for(client, url)

    for i in range(27):
        municipality_staff.receive(give(title=f"Signaal {i}"))
    assert Notification.objects.filter(user=giver).count() == 30
    many = queries_for(client, url)

    assert many == few


def test_the_signal_page_costs_the_same_for_a_short_or_a_long_story(client, login, giver, give,
                                                                   municipality_staff):
    login(giver)
    signal = give()
    knelpunt = municipality_staff.knelpunt(signal)
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "Stap 0")
    url = reverse("intake:detail", args=[signal.reference])
    short = queries_for(client, url)

    for i in range(10):
        municipality_staff.stage(knelpunt, Stage.AGENDA if i % 2 == 0 else Stage.ANALYSIS, f"Stap {i + 1}")
        municipality_staff.feedback(knelpunt, f"Bericht {i}")
    long = queries_for(client, url)

    assert long == short
