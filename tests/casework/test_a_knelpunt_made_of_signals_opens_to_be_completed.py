"""Issue 14: a knelpunt made of signals in bulk (or from one signal, a cluster, a suggested pair) takes the themes and
target groups of its signals and opens to be completed: the edit form says so, suggests her as trekker and makes it
visible to givers, and lists its signals to write the summary from. Saving the form completes it."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.reference.models import TargetGroup, Theme


@pytest.fixture
def two_signals(make_signal, reference_lists):
    housing, income = Theme.objects.order_by("pk")[:2]
    elderly = TargetGroup.objects.order_by("pk").first()
    a = make_signal(title="Huur te hoog", themes=[housing])
    b = make_signal(title="Schulden door energie", themes=[income])
    b.target_groups.set([elderly])
    return a, b, {housing, income}, {elderly}


def test_a_bulk_made_knelpunt_opens_to_be_completed_with_the_signals_themes(client, login, kortrijk,
                                                                            kortrijk_coordinator, two_signals):
    a, b, themes, groups = two_signals
    login(kortrijk_coordinator)

    response = client.post(reverse("casework:inbox", args=[kortrijk.slug]), {
        "action": "link", "signals": [a.pk, b.pk], "knelpunt": "new", "new_title": "Wonen wordt onbetaalbaar"})

    knelpunt = Knelpunt.objects.get()
    assert set(knelpunt.themes.all()) == themes
    assert set(knelpunt.target_groups.all()) == groups
    edit = reverse("casework:knelpunt_edit", args=[kortrijk.slug, knelpunt.pk])
    assert response["Location"] == f"{edit}?nieuw=1"
    page = client.get(response["Location"])
    body = page.content.decode()
    assert "Maak ‘Wonen wordt onbetaalbaar’ af" in body
    assert a.reference in body and b.reference in body
    assert page.context["form"].initial["owner"] == kortrijk_coordinator.pk
    assert page.context["form"].initial["visible_to_givers"] is True


def test_a_knelpunt_made_from_one_signal_opens_to_be_completed(client, login, kortrijk, kortrijk_coordinator,
                                                               two_signals):
    a, _b, _themes, _groups = two_signals
    login(kortrijk_coordinator)

    response = client.post(reverse("casework:new_knelpunt", args=[kortrijk.slug, a.pk]),
                           {"knelpunt_title": "Huur te hoog"})

    knelpunt = Knelpunt.objects.get()
    assert response["Location"].endswith(f"/knelpunten/{knelpunt.pk}/aanpassen/?nieuw=1")


def test_the_suggestions_are_only_suggestions_until_saved(client, login, kortrijk, kortrijk_coordinator,
                                                          two_signals):
    a, b, _themes, _groups = two_signals
    login(kortrijk_coordinator)
    client.post(reverse("casework:inbox", args=[kortrijk.slug]), {
        "action": "link", "signals": [a.pk, b.pk], "knelpunt": "new", "new_title": "Wonen wordt onbetaalbaar"})
    knelpunt = Knelpunt.objects.get()

    assert knelpunt.owner_id is None and not knelpunt.visible_to_givers


def test_an_ordinary_edit_suggests_nothing(client, login, kortrijk, kortrijk_coordinator, make_knelpunt):
    knelpunt = make_knelpunt("Zonder trekker")
    login(kortrijk_coordinator)

    page = client.get(reverse("casework:knelpunt_edit", args=[kortrijk.slug, knelpunt.pk]))

    assert page.context["form"].initial["owner"] is None
    assert "Maak ‘" not in page.content.decode()
