"""An invitation grants a role only while the person who sent it may still invite there. A coordinator whose role
ended, or who is a giver now, no longer lets anyone in through the links she sent before; the newcomer is asked for
a new invitation and gets no role. The platform admin's invitations hold while she is the platform admin."""

import pytest
from django.urls import reverse

from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.factories import InvitationFactory, UserFactory, coordinator, member

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Signalen-zijn-belangrijk-7"


@pytest.fixture
def boss(municipality):
    return coordinator(municipality, full_name="Chris Coördinator")


def _invitation(municipality, inviter, email="nieuwe.collega@kortrijk.be"):
    return InvitationFactory(municipality=municipality, email=email, invited_by=inviter, role=Role.COORDINATOR)


def _sign_up(client, invitation):
    return client.post(reverse("accounts:invitation", args=[invitation.token]), {
        "full_name": "Nele Nieuw", "function": "beleidsmedewerker welzijn",
        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})


def _roles_of(email, municipality):
    return set(Membership.objects.filter(user__email=email, municipality=municipality,
                                         status=MembershipStatus.APPROVED).values_list("role", flat=True))


@pytest.mark.parametrize("change", ["ended", "giver now"])
def test_the_link_of_a_coordinator_who_lost_her_role_grants_nothing(client, municipality, boss, change):
    invitation = _invitation(municipality, boss)
    memberships = Membership.objects.filter(user=boss, municipality=municipality)
    if change == "ended":
        memberships.update(status=MembershipStatus.ENDED)
    else:
        memberships.update(role=Role.GIVER)

    page = client.get(reverse("accounts:invitation", args=[invitation.token]))
    assert page.status_code == 404
    assert "wie je uitnodigde, kan in die gemeente niet meer uitnodigen" in page.content.decode()  # says why
    response = _sign_up(client, invitation)

    assert response.status_code == 404
    assert _roles_of(invitation.email, municipality) == set()


def test_an_account_holder_cannot_accept_the_link_of_a_coordinator_who_left(client, municipality, boss):
    invitation = _invitation(municipality, boss, email="bestaande@kortrijk.be")
    invitee = member(municipality, Role.GIVER, email="bestaande@kortrijk.be")
    Membership.objects.filter(user=boss).update(status=MembershipStatus.ENDED)
    client.force_login(invitee)

    client.post(reverse("accounts:invitation", args=[invitation.token]))

    assert _roles_of(invitee.email, municipality) == {Role.GIVER}


def test_the_link_of_a_coordinator_still_in_her_role_grants_it(client, municipality, boss):
    invitation = _invitation(municipality, boss)

    _sign_up(client, invitation)

    assert _roles_of(invitation.email, municipality) == {Role.COORDINATOR}


def test_the_platform_admins_link_grants_while_she_is_the_platform_admin(client, municipality):
    admin = UserFactory(is_superuser=True, is_staff=True)
    kept, dropped = _invitation(municipality, admin), _invitation(municipality, admin, email="tweede@kortrijk.be")

    _sign_up(client, kept)
    assert _roles_of(kept.email, municipality) == {Role.COORDINATOR}

    admin.is_superuser = False
    admin.save()
    client.logout()
    assert client.get(reverse("accounts:invitation", args=[dropped.token])).status_code == 404
