"""'Ik zie dit nog steeds': the giver tells the municipality that the problem goes on (30 days after the last news:
tests/intake/test_still_seen_opens_thirty_days_after_sending_or_the_last_news.py)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake.models import SignalEvent

from .conftest import page


def a_month_later(monkeypatch):
    moved = timezone.now() + timedelta(days=31)
    monkeypatch.setattr(timezone, "now", lambda: moved)


def test_still_seen_creates_the_event_and_asks_the_coordinators_attention(client, login, giver, give,
                                                                          municipality_staff, monkeypatch):
    signal = give()
    knelpunt = municipality_staff.knelpunt(signal)
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We zoeken het uit.")
    a_month_later(monkeypatch)
    login(giver)
    assert "Ik zie dit nog steeds" in page(client.get(reverse("intake:detail", args=[signal.reference])))

    response = client.post(reverse("intake:still_seen", args=[signal.reference]),
                           {"context": "Deze maand nog drie gezinnen."})

    assert response.status_code == 302
    event = signal.events.get(kind=SignalEvent.Kind.STILL_SEEN)
    assert event.body == "Deze maand nog drie gezinnen."
    signal.refresh_from_db()
    assert signal.needs_attention
    assert "Je ziet dit nog steeds" in page(client.get(reverse("intake:detail", args=[signal.reference])))


def test_still_seen_works_without_context(client, login, giver, give, municipality_staff, monkeypatch):
    signal = give()
    municipality_staff.receive(signal)
    a_month_later(monkeypatch)
    login(giver)

    client.post(reverse("intake:still_seen", args=[signal.reference]), {"context": ""})

    assert signal.events.filter(kind=SignalEvent.Kind.STILL_SEEN, body="").exists()


@pytest.mark.parametrize("situation", ["not yet read", "withdrawn", "not retained"])
def test_still_seen_is_only_for_a_signal_the_municipality_works_with(client, login, giver, give, municipality_staff,
                                                                     situation):
    signal = give()
    login(giver)
    if situation == "withdrawn":
        client.post(reverse("intake:withdraw", args=[signal.reference]))
    elif situation == "not retained":
        municipality_staff.not_retain(signal, "Een individuele vraag: verwijs naar het sociaal huis.")

    response = client.post(reverse("intake:still_seen", args=[signal.reference]), {"context": "Nog steeds"})

    assert response.status_code == 302
    assert not signal.events.filter(kind=SignalEvent.Kind.STILL_SEEN).exists()
    assert "Ik zie dit nog steeds" not in page(client.get(reverse("intake:detail", args=[signal.reference])))
