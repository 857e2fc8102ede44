"""A region escalates its regional knelpunt to Flanders: the Flemish team then reads what lies below it — the
municipal knelpunten bundled into it and their signal texts — the way the region reads its own bundle: never who gave
a signal, counts of signals below 5 shown as "< 5" (the page's own list of signals is counted as it is). Only while
the regional knelpunt is escalated to (or bundled by) Flanders."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import access as region_access
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.intake.models import Signal, SignalStatus
from tests.factories import escalation_to, member

from .conftest import GIVER_EMAIL, GIVER_NAME, page, text_of

KORTRIJK_TEXT = "Gezinnen wachten acht maanden op budgetbeheer."
ROESELARE_TEXT = "De schuldhulp van het OCMW neemt niemand meer aan."


@pytest.fixture
def bundle(give, add_knelpunt, giver, kortrijk, roeselare, zuidwest, kortrijk_coordinator, roeselare_coordinator,
           region_user):
    """Two municipal knelpunten escalated to Zuid-West and bundled there into a regional knelpunt (not yet
    escalated to Flanders)."""
    other = member(roeselare, full_name="Rune Roeselare", email="rune@caw.be")
    signals = [give(giver, kortrijk, title="Wachtlijst budgetbeheer", description=KORTRIJK_TEXT),
               give(other, roeselare, title="Schuldhulp zit vol", description=ROESELARE_TEXT)]
    children = [add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [signals[0]], scope=zuidwest),
                add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol", [signals[1]], scope=zuidwest)]
    regional = escalation.bundle(region_user, zuidwest, [c.pk for c in children], "Schuldhulp in de regio")
    return regional, children, signals, other


def to_flanders(region_user, regional, flanders, committed):
    regional.refresh_from_db()
    with committed():
        services.change_stage(region_user, regional.pk, Stage.ESCALATED, "De regio geeft dit door aan Vlaanderen.",
                              regional.version, **escalation_to(flanders))
    regional.refresh_from_db()


def url(scope, knelpunt):
    return reverse("region:escalated", args=[scope.pk, knelpunt.pk])


def test_flanders_reads_nothing_below_a_regional_knelpunt_that_was_not_escalated(client, login, bundle, flanders,
                                                                                 flemish_team):
    regional, children, signals, _other = bundle
    login(flemish_team)

    assert client.get(url(flanders, regional)).status_code == 404
    assert all(client.get(url(flanders, child)).status_code == 404 for child in children)
    assert "Schuldhulp in de regio" not in text_of(client.get(reverse("region:overview", args=[flanders.pk])))
    assert not region_access.signals_of_escalated(flemish_team, flanders).exists()


def test_flanders_reads_the_signal_texts_below_an_escalated_regional_knelpunt(client, login, bundle, flanders,
                                                                              flemish_team, region_user, committed,
                                                                              zuidwest):
    regional, children, signals, other = bundle
    to_flanders(region_user, regional, flanders, committed)
    login(flemish_team)

    overview = text_of(client.get(reverse("region:overview", args=[flanders.pk])))
    assert "Schuldhulp in de regio" in overview and f"{zuidwest.name} (regionaal knelpunt)" in overview

    html = page(client.get(url(flanders, regional)))
    content = text_of(client.get(url(flanders, regional)))
    assert KORTRIJK_TEXT in content and ROESELARE_TEXT in content
    assert "Wachtlijsten budgetbeheer" in content and "Schuldhulp zit vol" in content
    assert "De regio geeft dit door aan Vlaanderen." in content
    assert "Signalen: 2" in html  # the signals the page lists
    assert html.count("<td>< 5</td>") == 2  # each bundled knelpunt's count
    assert url(flanders, children[0]) in html
    for identity in (GIVER_NAME, GIVER_EMAIL, signals[0].organisation.name, other.full_name, other.email,
                     region_user.full_name):
        assert identity not in html

    child_page = page(client.get(url(flanders, children[0])))
    assert KORTRIJK_TEXT in child_page and ROESELARE_TEXT not in child_page
    assert url(flanders, regional) in child_page  # "Gebundeld in" leads to the regional knelpunt's Flemish page
    assert GIVER_NAME not in child_page and GIVER_EMAIL not in child_page

    assert set(region_access.signals_of_escalated(flemish_team, flanders)) == set(signals)
    assert set(region_access.readable_by_scope(flemish_team, flanders)) == {regional, *children}


def test_withdrawn_signals_stay_hidden_from_flanders(client, login, bundle, flanders, flemish_team, region_user,
                                                    committed):
    regional, _children, signals, _other = bundle
    to_flanders(region_user, regional, flanders, committed)
    Signal.objects.filter(pk=signals[0].pk).update(status=SignalStatus.WITHDRAWN)
    login(flemish_team)

    content = text_of(client.get(url(flanders, regional)))

    assert KORTRIJK_TEXT not in content and ROESELARE_TEXT in content


def test_a_returned_regional_knelpunt_closes_the_view_again(client, login, bundle, flanders, flemish_team,
                                                            region_user, committed):
    regional, children, _signals, _other = bundle
    to_flanders(region_user, regional, flanders, committed)
    with committed():
        services.change_stage(region_user, regional.pk, Stage.ANALYSIS, "De regio werkt hier zelf aan.",
                              regional.version)
    login(flemish_team)

    assert client.get(url(flanders, regional)).status_code == 404
    assert client.get(url(flanders, children[0])).status_code == 404


def test_flanders_keeps_reading_them_after_bundling_the_regional_knelpunt(client, login, bundle, flanders,
                                                                          flemish_team, region_user, committed):
    regional, children, _signals, _other = bundle
    to_flanders(region_user, regional, flanders, committed)
    flemish = escalation.bundle(flemish_team, flanders, [regional.pk], "Schuldhulp in Vlaanderen")
    login(flemish_team)

    flemish_page = page(client.get(reverse("region:regional", args=[flanders.pk, flemish.pk])))
    assert url(flanders, regional) in flemish_page
    assert KORTRIJK_TEXT in text_of(client.get(url(flanders, regional)))
    assert KORTRIJK_TEXT in text_of(client.get(url(flanders, children[0])))


def test_the_region_still_reads_its_own_bundle_the_same_way(client, login, bundle, region_user, zuidwest):
    regional, children, _signals, _other = bundle
    login(region_user)

    assert KORTRIJK_TEXT in text_of(client.get(url(zuidwest, children[0])))
    assert set(region_access.readable_by_scope(region_user, zuidwest)) == set(children)
