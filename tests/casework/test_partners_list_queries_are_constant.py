"""The partner's list of shared knelpunten costs the same number of queries for 3 rows as for 30, across
municipalities, whether shared with the person or with their organisation; so does the knelpunt page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.reference.models import Theme
from tests.factories import OrganisationFactory, coordinator, member

from .partner_helpers import verified_member


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def partner(db):
    return verified_member(OrganisationFactory(name="Welzijnsoverleg Zuid", verified=True), full_name="Pieter Partner")


@pytest.fixture
def share(kortrijk, roeselare, kortrijk_coordinator, make_knelpunt, partner):
    """share(n): n more knelpunten with themes, in two municipalities, half by name, half by organisation."""
    themes = list(Theme.objects.order_by("position")[:2])
    roeselare_coordinator = coordinator(roeselare)

    def make(n):
        for i in range(n):
            by, town = (kortrijk_coordinator, kortrijk) if i % 2 else (roeselare_coordinator, roeselare)
            knelpunt = make_knelpunt(f"Knelpunt {i}", by=by, municipality=town)
            knelpunt.themes.set(themes)
            invitee = {"user": partner} if i % 3 else {"organisation": partner.organisation}
            partners.invite_partner(by, knelpunt.pk, **invitee)

    return make


def test_the_partner_list_costs_the_same_for_3_and_30_knelpunten(client, login, partner, share):
    login(partner)
    url = reverse("partner:knelpunten")
    share(3)
    few = queries_for(client, url)

    share(27)
    many = queries_for(client, url)

    assert many == few


def test_the_partner_page_costs_the_same_for_3_and_20_signals(client, login, kortrijk, kortrijk_coordinator, partner,
                                                               make_signal, make_knelpunt):
    from lokaalsignaal.casework.knelpunten import services as casework

    knelpunt = make_knelpunt("Een knelpunt")
    partners.invite_partner(kortrijk_coordinator, knelpunt.pk, organisation=partner.organisation)
    login(partner)
    url = reverse("partner:knelpunt", args=[knelpunt.pk])

    def add(n):
        for _ in range(n):
            signal = make_signal(giver=member(kortrijk))
            casework.link(kortrijk_coordinator, [signal.pk], knelpunt.pk)
            partners.add_analysis_note(partner, knelpunt.pk, "Een analyse")

    add(3)
    few = queries_for(client, url)
    add(17)
    many = queries_for(client, url)

    assert many == few


def test_the_partner_page_costs_the_same_for_1_and_6_stage_changes(client, login, kortrijk_coordinator, partner,
                                                                   make_knelpunt):
    from lokaalsignaal.casework.knelpunten import services as casework
    from lokaalsignaal.casework.knelpunten.models import Knelpunt
    from lokaalsignaal.casework.knelpunten.stages import Stage

    knelpunt = make_knelpunt("Een knelpunt")
    partners.invite_partner(kortrijk_coordinator, knelpunt.pk, organisation=partner.organisation,
                            message="Wat zien jullie?")
    login(partner)
    url = reverse("partner:knelpunt", args=[knelpunt.pk])

    def move(n):
        for _ in range(n):
            current = Knelpunt.objects.get(pk=knelpunt.pk)
            to = Stage.AGENDA if current.stage == Stage.ANALYSIS else Stage.ANALYSIS
            casework.change_stage(kortrijk_coordinator, knelpunt.pk, to, "Een stap verder.", current.version)

    move(1)
    few = queries_for(client, url)
    move(5)
    many = queries_for(client, url)

    assert many == few
