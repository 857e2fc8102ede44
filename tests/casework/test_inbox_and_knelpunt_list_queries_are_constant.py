"""The inbox and the knelpunten list cost the same number of queries for 3 rows as for 30 (no N+1)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.reference.models import TargetGroup, Theme
from tests.factories import OrganisationFactory, SectorFactory, coordinator, member


def queries_for(client, url, query=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query or {})
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def varied_signals(kortrijk, kortrijk_coordinator, make_signal, make_knelpunt):
    """varied_signals(n): n signals from givers of different sectors, with two themes, some read, some linked."""
    themes = list(Theme.objects.order_by("position")[:2])
    knelpunt = make_knelpunt("Een knelpunt")

    def make(n):
        for i in range(n):
            giver = member(kortrijk, organisation=OrganisationFactory(sector=SectorFactory()))
            signal = make_signal(giver=giver, themes=themes, title=f"Signaal {i}")
            if i % 3 == 1:
                triage.mark_read(kortrijk_coordinator, [signal.pk])
            if i % 3 == 2:
                casework.link(kortrijk_coordinator, [signal.pk], knelpunt.pk)
                Signal.objects.filter(pk=signal.pk).update(status="submitted")  # still "new": shown by default

    return make


@pytest.mark.parametrize("query", [{}, {"status": "all", "sort": "waiting"}, {"q": "signaal", "unlinked": "on"}])
def test_the_inbox_costs_the_same_for_3_and_30_signals(client, login, kortrijk, kortrijk_coordinator,
                                                       varied_signals, query):
    login(kortrijk_coordinator)
    url = reverse("casework:inbox", args=[kortrijk.slug])
    varied_signals(3)
    few = queries_for(client, url, query)

    varied_signals(27)
    many = queries_for(client, url, query)

    assert Signal.objects.filter(municipality=kortrijk).count() == 30
    assert many == few


@pytest.fixture
def varied_knelpunten(kortrijk, kortrijk_coordinator, make_knelpunt):
    """varied_knelpunten(n): n knelpunten with themes, target groups and different trekkers."""
    themes = list(Theme.objects.order_by("position")[:3])
    groups = list(TargetGroup.objects.order_by("position")[:2])

    def make(n):
        for i in range(n):
            owner = coordinator(kortrijk)
            knelpunt = make_knelpunt(f"Knelpunt {i}", owner=owner)
            knelpunt.themes.set(themes[: 1 + i % 3])
            knelpunt.target_groups.set(groups)

    return make


@pytest.mark.parametrize("query", [{}, {"stage": "open", "sort": "signals"}])
def test_the_knelpunten_list_costs_the_same_for_3_and_30_knelpunten(client, login, kortrijk, kortrijk_coordinator,
                                                                    varied_knelpunten, query):
    login(kortrijk_coordinator)
    url = reverse("casework:knelpunten", args=[kortrijk.slug])
    varied_knelpunten(3)
    few = queries_for(client, url, query)

    varied_knelpunten(27)
    many = queries_for(client, url, query)

    assert Knelpunt.objects.filter(municipality=kortrijk).count() == 30
    assert many == few
