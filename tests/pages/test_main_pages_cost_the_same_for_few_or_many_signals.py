"""The main pages of the giver and the coordinator that the load benchmark drives (bench/load_bench.py) cost the same
number of queries whatever the number of signals: the giver's home and give form, and a knelpunt's page with its
signals, partners and timeline (the inbox, lists, notifications and a signal's page have their own such tests)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import triage
from tests.factories import OrganisationFactory, SectorFactory, member


def queries_for(client, url) -> int:
    """The queries of a warm visit: the first writes the parts of the page that are then kept (`fragments`)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_givers_home_and_give_form_cost_the_same_for_3_or_30_of_her_signals(client, login, giver, kortrijk,
                                                                               kortrijk_coordinator, make_signal):
    login(giver)
    urls = [reverse("pages:home"), reverse("intake:give", args=[kortrijk.slug])]

    def give(n):
        for i in range(n):
            signal = make_signal(title=f"Signaal {i}")
            if i % 2:
                triage.ask_question(kortrijk_coordinator, signal.pk, "Hoeveel gezinnen?")

    give(3)
    few = [queries_for(client, url) for url in urls]
    give(27)
    assert [queries_for(client, url) for url in urls] == few


def test_a_knelpunts_page_costs_the_same_for_3_or_30_signals(client, login, kortrijk, kortrijk_coordinator,
                                                             make_signal, make_knelpunt):
    login(kortrijk_coordinator)
    knelpunt = make_knelpunt("Wachttijden")
    url = reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])

    def link(n):
        for i in range(n):
            giver = member(kortrijk, organisation=OrganisationFactory(sector=SectorFactory()))
            signal = make_signal(giver=giver, title=f"Signaal {i}")
            casework.link(kortrijk_coordinator, [signal.pk], knelpunt.pk)

    link(3)
    few = queries_for(client, url)
    link(27)
    assert queries_for(client, url) == few
