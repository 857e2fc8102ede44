"""Issue 14: a giver browses and searches the knelpunten her municipality made visible to givers, and joins one from
the list ('ik zie dit ook'), without first having to type a signal that happens to match. Invisible, closed and
merged knelpunten are never listed; the list says where her voice already counts."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage


def _titles(response) -> list[str]:
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r'<h2 class="signal-item__title">(.*?)</h2>',
                                                          response.content.decode())]


def test_only_open_visible_knelpunten_are_listed(client, login, giver, kortrijk, make_knelpunt, kortrijk_coordinator):
    make_knelpunt("Zichtbaar en open", visible_to_givers=True)
    make_knelpunt("Niet zichtbaar")
    closed = make_knelpunt("Afgesloten", visible_to_givers=True)
    casework.change_stage(kortrijk_coordinator, closed.pk, Stage.NOT_RETAINED, "Niet verder.", closed.version)
    login(giver)

    assert _titles(client.get(reverse("joins:known", args=[kortrijk.slug]))) == ["Zichtbaar en open"]


def test_search_finds_a_knelpunt_by_a_word_of_its_summary(client, login, giver, kortrijk, make_knelpunt):
    make_knelpunt("Wachtlijsten", summary="Gezinnen wachten lang op budgetbegeleiding.", visible_to_givers=True)
    make_knelpunt("Vervoer", summary="Geen bus naar het ziekenhuis.", visible_to_givers=True)
    login(giver)

    response = client.get(reverse("joins:known", args=[kortrijk.slug]), {"zoek": "budgetbegeleiding"})

    assert _titles(response) == ["Wachtlijsten"]
    assert "1 knelpunt gevonden" in response.content.decode()


def test_each_knelpunt_offers_to_join_unless_her_voice_already_counts(client, login, giver, kortrijk,
                                                                     make_knelpunt, make_signal):
    open_one = make_knelpunt("Nog niet aangesloten", visible_to_givers=True)
    joined = make_knelpunt("Al aangesloten", visible_to_givers=True)
    make_knelpunt("Met mijn signaal", visible_to_givers=True, signals=[make_signal()])
    joins.join(giver, joined.pk)
    login(giver)

    body = client.get(reverse("joins:known", args=[kortrijk.slug])).content.decode()

    assert reverse("joins:join", args=[kortrijk.slug, open_one.pk]) in body
    assert reverse("joins:join", args=[kortrijk.slug, joined.pk]) not in body
    assert "Je sloot je hier al bij aan." in body
    assert "Je eigen signaal zit al in dit knelpunt." in body


def test_an_empty_municipality_says_so(client, login, giver, kortrijk):
    login(giver)

    assert "heeft nog geen knelpunten zichtbaar gemaakt" in client.get(
        reverse("joins:known", args=[kortrijk.slug])).content.decode()


def test_the_list_costs_the_same_queries_for_3_or_20_knelpunten(client, login, giver, kortrijk, make_knelpunt):
    login(giver)
    url = reverse("joins:known", args=[kortrijk.slug])
    for i in range(3):
        make_knelpunt(f"Knelpunt {i}", visible_to_givers=True)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for i in range(17):
        make_knelpunt(f"Knelpunt extra {i}", visible_to_givers=True)
    with CaptureQueriesContext(connection) as many:
        client.get(url)

    assert len(many) == len(few)


def test_the_giver_home_leads_to_the_list(client, login, giver, kortrijk):
    login(giver)

    assert reverse("joins:known", args=[kortrijk.slug]) in client.get(reverse("pages:home")).content.decode()
