"""Kortrijk with a coordinator, a giver, signals given through the one write path and knelpunten made through
casework.services: the situations of the coordinator's workspace."""

from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.casework import services as casework
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from tests.factories import coordinator, member


@pytest.fixture
def kortrijk(municipality, reference_lists):
    return municipality


@pytest.fixture
def roeselare(other_municipality, reference_lists):
    return other_municipality


@pytest.fixture
def theme(reference_lists):
    return Theme.objects.filter(active=True).order_by("position").first()


@pytest.fixture
def giver(kortrijk):
    return member(kortrijk, full_name="Sofie Gever", email="sofie.gever@caw.be")


@pytest.fixture
def kortrijk_coordinator(kortrijk):
    return coordinator(kortrijk, full_name="Coördinator Kortrijk")


@pytest.fixture
def make_signal(giver, kortrijk, theme):
    """make_signal(giver=..., municipality=..., themes=[...], **fields) -> a signal given through intake.services."""

    def make(giver=giver, municipality=kortrijk, themes=None, **fields):
        data = {"signal_type": SignalType.THRESHOLD, "title": "Lange wachttijd voor budgetbegeleiding",
                "description": "Veel gezinnen wachten maanden op budgetbegeleiding.", **fields}
        return intake.submit_signal(giver, [municipality], data, themes or [theme])[0]

    return make


@pytest.fixture
def make_knelpunt(kortrijk, kortrijk_coordinator):
    """make_knelpunt(title, signals=(), by=..., **fields) -> a knelpunt made through casework.services."""

    def make(title="Wachttijden budgetbegeleiding", signals=(), by=kortrijk_coordinator, municipality=kortrijk,
             **fields):
        return casework.create_knelpunt(by, municipality, {"title": title, **fields},
                                          signal_ids=[s.pk for s in signals])

    return make


@pytest.fixture
def withdrawn(make_signal, giver):
    """A signal its giver withdrew (through intake.services): nothing may attach it, question it or overrule her."""
    return intake.withdraw_signal(giver, make_signal(title="Ingetrokken: wachttijd budgetbegeleiding").pk)


@pytest.fixture
def inbox(client, login, kortrijk, kortrijk_coordinator):
    """inbox(**query) -> the page's text, as Kortrijk's coordinator sees it."""
    login(kortrijk_coordinator)

    def get(**query):
        response = client.get(reverse("casework:inbox", args=[kortrijk.slug]), query)
        assert response.status_code == 200
        return unescape(response.content.decode())

    return get
