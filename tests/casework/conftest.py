"""The coordinator's workspace: a withdrawn signal and the inbox as Kortrijk's coordinator reads it (Kortrijk, its
giver and coordinator, `make_signal` and `make_knelpunt` are in tests/conftest.py)."""

from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.intake import services as intake


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
