"""'Mijn signalen' and the coordinator's list cost the same number of queries for 3 or 30 signals, 25 per page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.intake import services
from lokaalsignaal.intake.models import Signal, SignalType
from lokaalsignaal.tenancy.models import MembershipStatus, Role


@pytest.fixture
def signals(giver, kortrijk, roeselare, theme):
    """signals(n): n signals by the giver, alternately to Kortrijk and Roeselare, some received, one withdrawn."""
    giver.memberships.create(municipality=roeselare, role=Role.GIVER, status=MembershipStatus.APPROVED)

    def make(n):
        for i in range(n):
            municipality = kortrijk if i % 2 == 0 else roeselare
            [signal] = services.submit_signal(giver, [municipality], {
                "signal_type": SignalType.THRESHOLD, "title": f"Signaal nummer {i + 1}",
                "description": "Een vaststelling."}, [theme])
            if i % 3 == 1:
                Signal.objects.filter(pk=signal.pk).update(status="received", read_at=signal.submitted_at)
            if i == 2:
                Signal.objects.filter(pk=signal.pk).update(status="withdrawn")

    return make


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_my_signals_uses_as_many_queries_for_30_signals_as_for_3(client, login, giver, signals):
    login(giver)
    url = reverse("intake:mine")
    signals(3)
    few = queries_for(client, url)

    signals(27)
    many = queries_for(client, url)

    assert many == few


def test_my_signals_shows_25_per_page(client, login, giver, signals):
    login(giver)
    signals(30)

    first = client.get(reverse("intake:mine"))
    second = client.get(reverse("intake:mine"), {"pagina": 2})

    assert len(first.context["page"].object_list) == 25
    assert len(second.context["page"].object_list) == 5
    assert "Signaal nummer 30" in first.content.decode()  # newest first
    assert "Signaal nummer 1<" in second.content.decode()
    assert "Pagina 1 van 2" in first.content.decode()
    assert 'rel="next"' in first.content.decode()


def test_the_coordinator_list_uses_as_many_queries_for_30_signals_as_for_3(client, login, kortrijk,
                                                                           kortrijk_coordinator, signals):
    login(kortrijk_coordinator)
    url = reverse("casework:inbox", args=[kortrijk.slug])
    signals(6)  # 3 in Kortrijk
    queries_for(client, url)  # the first visit writes the parts of the page that are then kept (`fragments`)
    few = queries_for(client, url)

    signals(54)  # 30 in Kortrijk
    many = queries_for(client, url)

    assert Signal.objects.filter(municipality=kortrijk).count() == 30
    assert many == few


def test_the_coordinator_list_shows_25_per_page_of_their_municipality_only(client, login, kortrijk,
                                                                          kortrijk_coordinator, signals):
    login(kortrijk_coordinator)
    signals(60)  # 30 in Kortrijk, 30 in Roeselare

    first = client.get(reverse("casework:inbox", args=[kortrijk.slug]), {"status": "all"})  # incl. withdrawn
    second = client.get(reverse("casework:inbox", args=[kortrijk.slug]), {"status": "all", "pagina": 2})

    shown = list(first.context["page"].object_list) + list(second.context["page"].object_list)
    assert len(first.context["page"].object_list) == 25
    assert len(shown) == 30
    assert {s.municipality_id for s in shown} == {kortrijk.pk}
