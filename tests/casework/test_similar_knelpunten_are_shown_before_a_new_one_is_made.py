"""Issue 14: before a coordinator makes a knelpunt (from signals in bulk, from one signal, from a cluster, or on the
'Nieuw knelpunt' form) the knelpunten of her municipality that look like it are shown first — an open one to add the
signals to, a closed one to reopen — and she can still make the new one. Nothing is made until she chooses."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from tests.factories import coordinator, member

WAIT = "Gezinnen wachten maanden op budgetbegeleiding bij het OCMW, de wachtlijst voor budgetbegeleiding groeit."


@pytest.fixture
def coordinator_client(client, login, kortrijk_coordinator):
    login(kortrijk_coordinator)
    return client


@pytest.fixture
def existing(make_knelpunt, make_signal):
    return make_knelpunt("Wachtlijst budgetbegeleiding", summary=WAIT, signals=[make_signal(description=WAIT)])


def _bulk_new(client, kortrijk, signals, title, **extra):
    return client.post(reverse("casework:inbox", args=[kortrijk.slug]), {
        "action": "link", "signals": [s.pk for s in signals], "knelpunt": "new", "new_title": title, **extra})


def test_bulk_making_a_knelpunt_like_an_open_one_shows_it_first_and_makes_nothing(
        coordinator_client, kortrijk, existing, make_signal):
    signal = make_signal(title="Wachtlijst budgetbegeleiding", description=WAIT)

    response = _bulk_new(coordinator_client, kortrijk, [signal], "Budgetbegeleiding: lange wachtlijst")

    assert response.status_code == 200
    body = response.content.decode()
    assert "Bestaat dit knelpunt al?" in body and existing.title in body
    assert "Voeg het signaal toe aan dit knelpunt" in body
    assert Knelpunt.objects.count() == 1


def test_adding_the_signals_to_the_shown_knelpunt_links_them(coordinator_client, kortrijk, existing, make_signal):
    signal = make_signal(title="Wachtlijst budgetbegeleiding", description=WAIT)

    coordinator_client.post(reverse("casework:inbox", args=[kortrijk.slug]), {
        "action": "link", "signals": [signal.pk], "knelpunt": existing.pk})

    signal.refresh_from_db()
    assert signal.knelpunt_id == existing.pk and Knelpunt.objects.count() == 1


def test_she_can_still_make_the_new_knelpunt(coordinator_client, kortrijk, existing, make_signal):
    signal = make_signal(title="Wachtlijst budgetbegeleiding", description=WAIT)

    response = _bulk_new(coordinator_client, kortrijk, [signal], "Budgetbegeleiding: lange wachtlijst",
                         gelijkaardige_gezien="1")

    assert response.status_code == 302
    assert Knelpunt.objects.filter(title="Budgetbegeleiding: lange wachtlijst").exists()


def test_a_closed_look_alike_is_offered_to_reopen(coordinator_client, kortrijk, kortrijk_coordinator, existing,
                                                 make_signal):
    casework.change_stage(kortrijk_coordinator, existing.pk, Stage.NOT_RETAINED, "Niet verder.", existing.version)
    signal = make_signal(title="Wachtlijst budgetbegeleiding", description=WAIT)

    response = coordinator_client.post(reverse("casework:new_knelpunt", args=[kortrijk.slug, signal.pk]),
                                       {"knelpunt_title": "Wachtlijst budgetbegeleiding"})

    body = response.content.decode()
    assert "Bekijk en heropen dit knelpunt" in body
    assert reverse("casework:knelpunt", args=[kortrijk.slug, existing.pk]) + "#fase-titel" in body
    assert Knelpunt.objects.count() == 1


def test_the_new_knelpunt_form_warns_too(coordinator_client, kortrijk, existing):
    response = coordinator_client.post(reverse("casework:knelpunt_create", args=[kortrijk.slug]), {
        "title": "Wachtlijst voor budgetbegeleiding", "severity": 3})

    assert "Bestaat dit knelpunt al?" in response.content.decode()
    assert Knelpunt.objects.count() == 1


def test_nothing_alike_makes_the_knelpunt_at_once(coordinator_client, kortrijk, existing, make_signal):
    signal = make_signal(title="Geen bus naar het ziekenhuis", description="Ouderen geraken niet naar het ziekenhuis.")

    response = _bulk_new(coordinator_client, kortrijk, [signal], "Vervoer naar het ziekenhuis")

    assert response.status_code == 302
    assert Knelpunt.objects.filter(title="Vervoer naar het ziekenhuis").exists()


def test_another_municipalitys_knelpunt_is_never_shown(client, login, roeselare, make_knelpunt, make_signal,
                                                       existing):
    boss = coordinator(roeselare)
    signal = make_signal(title="Wachtlijst budgetbegeleiding", description=WAIT, municipality=roeselare,
                         giver=member(roeselare))
    login(boss)

    response = _bulk_new(client, roeselare, [signal], "Budgetbegeleiding")

    assert existing.title not in response.content.decode()
