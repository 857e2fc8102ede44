"""A giver can only join an open knelpunt that the municipality made visible to givers, in a municipality where
they are an approved giver: never an invisible, closed, merged or other municipality's knelpunt."""

import pytest
from django.core.exceptions import PermissionDenied

from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.tenancy.models import MembershipStatus, Role
from tests.factories import coordinator, member

pytestmark = pytest.mark.django_db


def test_invisible_closed_and_merged_knelpunten_cannot_be_joined(make_knelpunt, kortrijk, kortrijk_coordinator):
    giver = member(kortrijk)
    invisible = make_knelpunt("Onzichtbaar")
    closed = make_knelpunt("Afgerond", visible_to_givers=True)
    casework.change_stage(kortrijk_coordinator, closed.pk, Stage.NOT_RETAINED, "Niet verder.", closed.version)
    merged = make_knelpunt("Samengevoegd", visible_to_givers=True)
    target = make_knelpunt("Doel", visible_to_givers=True)
    casework.merge(kortrijk_coordinator, merged.pk, target.pk, "Samengevoegd met het doel.")
    for knelpunt in (invisible, closed, merged):
        with pytest.raises(PermissionDenied):
            joins.join(giver, knelpunt.pk)
    joins.join(giver, target.pk)


def test_only_approved_givers_of_the_municipality_join(make_knelpunt, kortrijk, roeselare):
    visible = make_knelpunt("Zichtbaar", visible_to_givers=True)
    elsewhere = member(roeselare)
    pending = member(kortrijk, status=MembershipStatus.PENDING)
    partner = member(kortrijk, role=Role.PARTNER)
    for user in (elsewhere, pending, partner):
        with pytest.raises(PermissionDenied):
            joins.join(user, visible.pk)


@pytest.mark.parametrize("who", ["other_coordinator", "other_giver", "partner", "anonymous"])
def test_join_pages_are_not_found_for_outsiders(who, make_knelpunt, kortrijk, roeselare, client, login):
    visible = make_knelpunt("Zichtbaar", visible_to_givers=True)
    owner = member(kortrijk)
    joins.join(owner, visible.pk)
    users = {"other_coordinator": lambda: coordinator(roeselare), "other_giver": lambda: member(roeselare),
             "partner": lambda: member(kortrijk, role=Role.PARTNER), "anonymous": lambda: None}
    user = users[who]()
    if user is not None:
        login(user)
    for url in (f"/g/kortrijk/knelpunten/{visible.pk}/ik-zie-dit-ook/", f"/mijn/knelpunten/{visible.pk}/"):
        for response in (client.get(url), client.post(url, {"context": ""})):
            if user is None:
                assert response.status_code == 302 and "/accounts/login/" in response.url
            else:
                assert response.status_code == 404
    assert visible.joins.count() == 1


def test_a_giver_whose_own_signal_is_in_the_knelpunt_does_not_join_it_twice(
        make_knelpunt, make_signal, giver, client, login):
    mine = make_signal()
    knelpunt = make_knelpunt("Zichtbaar", signals=[mine], visible_to_givers=True)

    with pytest.raises(joins.OwnSignalInside):
        joins.join(giver, knelpunt.pk, "Ik zie het ook.")
    login(giver)
    url = f"/g/kortrijk/knelpunten/{knelpunt.pk}/ik-zie-dit-ook/"
    for response in (client.get(url), client.post(url, {"context": "Ik zie het ook."})):
        assert response.status_code == 302 and response.url == f"/mijn/signalen/{mine.reference}/"
    followed = client.get(url, follow=True).content.decode()
    assert f"Je signaal {mine.reference} zit al in dit knelpunt. Je stem telt dus al mee." in followed
    knelpunt.refresh_from_db()
    assert (knelpunt.joins.count(), knelpunt.join_count) == (0, 0)
