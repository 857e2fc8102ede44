"""Issue 14: 'Mijn signalen' puts the signals where a question of the municipality waits for her first, whatever page
she would otherwise find them on, and filters by what she types, by state and by municipality; the knelpunten she
joined are reachable from the top of the page."""

import re

import pytest
from django.urls import reverse

from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.tenancy.models import MembershipStatus, Role


def _titles(response) -> list[str]:
    return re.findall(r'<h2 class="signal-item__title"><a [^>]*>([^<]+)</a>', response.content.decode())


@pytest.fixture
def thirty(make_signal, giver):
    signals = [make_signal(title=f"Signaal {i:02d}") for i in range(30)]
    Signal.objects.filter(pk__in=[s.pk for s in signals]).update(
        submitted_at=signals[0].submitted_at)  # same time: the order falls back on the newest pk
    return signals


def test_a_question_on_an_old_signal_puts_it_at_the_top_of_the_first_page(client, login, giver, thirty,
                                                                         kortrijk_coordinator):
    oldest = thirty[0]
    triage.ask_question(kortrijk_coordinator, oldest.pk, "Over welke wijk gaat het?")
    login(giver)

    response = client.get(reverse("intake:mine"))

    assert _titles(response)[0] == "Signaal 00"
    assert "Er wacht 1 vraag van de gemeente op jou" in response.content.decode()


def test_the_question_filter_shows_only_the_signals_that_wait_for_her(client, login, giver, thirty,
                                                                     kortrijk_coordinator):
    triage.ask_question(kortrijk_coordinator, thirty[5].pk, "Over welke wijk gaat het?")
    login(giver)

    assert _titles(client.get(reverse("intake:mine"), {"toon": "vraag"})) == ["Signaal 05"]


def test_search_finds_by_title_and_by_reference(client, login, giver, make_signal):
    make_signal(title="Geen plaats in de kinderopvang")
    other = make_signal(title="Lange wachtlijsten")
    login(giver)

    assert _titles(client.get(reverse("intake:mine"), {"zoek": "kinderopvang"})) == ["Geen plaats in de kinderopvang"]
    assert _titles(client.get(reverse("intake:mine"), {"zoek": other.reference})) == ["Lange wachtlijsten"]


def test_a_finished_signal_is_under_afgesloten_not_under_lopend(client, login, giver, make_signal):
    make_signal(title="Loopt nog")
    withdrawn = make_signal(title="Ingetrokken signaal")
    Signal.objects.filter(pk=withdrawn.pk).update(status="withdrawn")
    login(giver)

    assert _titles(client.get(reverse("intake:mine"), {"toon": "lopend"})) == ["Loopt nog"]
    assert _titles(client.get(reverse("intake:mine"), {"toon": "afgesloten"})) == ["Ingetrokken signaal"]


def test_the_municipality_filter_appears_for_a_giver_of_two_municipalities(client, login, giver, make_signal,
                                                                           roeselare):
    giver.memberships.create(municipality=roeselare, role=Role.GIVER, status=MembershipStatus.APPROVED)
    make_signal(title="In Kortrijk")
    make_signal(title="In Roeselare", municipality=roeselare)
    login(giver)

    assert _titles(client.get(reverse("intake:mine"), {"gemeente": roeselare.slug})) == ["In Roeselare"]


def test_a_filter_that_finds_nothing_says_so_and_offers_the_whole_list(client, login, giver, make_signal):
    make_signal()
    login(giver)

    body = client.get(reverse("intake:mine"), {"zoek": "bestaat niet"}).content.decode()

    assert "Geen signalen gevonden met deze filters." in body


def test_pages_keep_the_filter(client, login, giver, thirty):
    login(giver)

    body = client.get(reverse("intake:mine"), {"zoek": "Signaal"}).content.decode()

    assert "zoek=Signaal&amp;pagina=2" in body
