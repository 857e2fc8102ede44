"""The live privacy check costs as much as a page: it answers people who write guarded text somewhere (an approved
member of a participating municipality, a region/Flanders member, an invited partner), and is a 404 for an account
whose only membership is still pending, refused or ended, as the rest of the product is."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.tenancy.models import MembershipStatus
from tests.factories import UserFactory, member, region, scope_member

pytestmark = pytest.mark.django_db

DATA = {"_field": "description", "description": "Mevrouw Fatima Benali wacht al maanden."}


def post(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client.post(reverse("guard:check"), DATA)


@pytest.mark.parametrize("status", [MembershipStatus.PENDING, MembershipStatus.REFUSED, MembershipStatus.ENDED])
def test_an_account_without_an_approved_membership_gets_a_404(client, kortrijk, status):
    response = post(client, member(kortrijk, status=status))

    assert response.status_code == 404
    assert "Fatima" not in response.content.decode()


def test_an_account_without_any_membership_gets_a_404(client, kortrijk):
    assert post(client, UserFactory()).status_code == 404


def test_an_approved_member_a_region_member_and_an_invited_partner_get_the_findings(
        client, kortrijk, kortrijk_coordinator, make_signal, make_knelpunt):
    knelpunt = make_knelpunt(signals=[make_signal()])
    partner = UserFactory(full_name="Pieter Partner")
    partners.invite_partner(kortrijk_coordinator, knelpunt.pk, user=partner)

    for user in (member(kortrijk), scope_member(region(kortrijk), role="reader"), partner):
        response = post(client, user)
        assert response.status_code == 200, user
        assert "Fatima Benali" in response.content.decode()
