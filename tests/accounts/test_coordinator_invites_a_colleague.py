"""A coordinator invites a colleague by e-mail; the colleague accepts, sets up two-factor and gets to work."""

import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.core import mail as django_mail
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.accounts.models import Invitation, User
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.factories import PASSWORD, InvitationFactory, coordinator, member, totp_code, with_totp

NEW_PASSWORD = "Signalen-zijn-belangrijk-7"


@pytest.fixture
def boss(municipality):
    return coordinator(municipality, full_name="Chris Coördinator")


@pytest.fixture
def invitation(municipality, boss):
    return InvitationFactory(municipality=municipality, email="nieuwe.collega@kortrijk.be", invited_by=boss)


def _accept_as_newcomer(client, invitation):
    return client.post(reverse("accounts:invitation", args=[invitation.token]), {
        "full_name": "Nele Nieuw", "function": "beleidsmedewerker welzijn",
        "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
    })


def test_invitation_mail_carries_the_personal_link(client, login, boss, municipality,
                                                   django_capture_on_commit_callbacks):
    login(boss)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:invite", args=[municipality.slug]),
                               {"email": "Nieuwe.Collega@kortrijk.be", "role": Role.COORDINATOR})

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.invited_by) == (
        "nieuwe.collega@kortrijk.be", Role.COORDINATOR, boss)
    [sent] = django_mail.outbox
    assert sent.to == ["nieuwe.collega@kortrijk.be"]
    token = re.search(r"/uitnodiging/([\w-]+)/", sent.body).group(1)  # the link's token: in the e-mail only
    assert Invitation.by_token(token).get() == invitation
    assert "Kortrijk" in sent.body
    assert AuditEvent.objects.filter(action="invitation.sent", actor=boss).exists()


def test_invitation_cannot_grant_the_giver_role_by_form(client, login, boss, municipality):
    login(boss)

    response = client.post(reverse("accounts:invite", args=[municipality.slug]),
                           {"email": "x@kortrijk.be", "role": "partner"})

    assert response.status_code == 200
    assert not Invitation.objects.exists()


def test_newcomer_creates_an_account_and_is_sent_to_two_factor_set_up(client, invitation, municipality):
    assert client.get(reverse("accounts:invitation", args=[invitation.token])).status_code == 200

    response = _accept_as_newcomer(client, invitation)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    user = User.objects.get(email="nieuwe.collega@kortrijk.be")
    assert (user.full_name, user.function) == ("Nele Nieuw", "beleidsmedewerker welzijn")
    assert user.check_password(NEW_PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)
    membership = Membership.objects.get(user=user, municipality=municipality)
    assert (membership.role, membership.status) == (Role.COORDINATOR, MembershipStatus.APPROVED)
    invitation.refresh_from_db()
    assert invitation.accepted_by == user
    assert AuditEvent.objects.filter(action="invitation.accepted", actor=user).exists()


def test_new_coordinator_cannot_reach_tenant_pages_before_two_factor(client, invitation, municipality):
    _accept_as_newcomer(client, invitation)

    for url in [reverse("accounts:members", args=[municipality.slug]),
                reverse("accounts:settings", args=[municipality.slug]),
                reverse("pages:municipality", args=[municipality.slug]),
                reverse("pages:home")]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("mfa_activate_totp"), url


def test_new_coordinator_reaches_the_members_page_after_activating_two_factor(client, invitation, municipality):
    _accept_as_newcomer(client, invitation)
    # the password was typed a moment ago: the QR code shows without asking for it again
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    secret = client.session[SECRET_SESSION_KEY]

    client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})

    response = client.get(reverse("accounts:members", args=[municipality.slug]))
    assert response.status_code == 200
    assert "Nele Nieuw" in response.content.decode()


def test_newcomer_passwords_must_match(client, invitation):
    response = client.post(reverse("accounts:invitation", args=[invitation.token]), {
        "full_name": "Nele Nieuw", "function": "", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD + "x"})

    assert response.status_code == 200
    assert "De twee wachtwoorden zijn niet gelijk" in response.content.decode()
    assert 'value="Nele Nieuw"' in response.content.decode()
    assert not User.objects.filter(email=invitation.email).exists()


def test_expired_invitation_is_no_longer_valid(client, invitation):
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(minutes=1))

    response = client.get(reverse("accounts:invitation", args=[invitation.token]))
    posted = _accept_as_newcomer(client, invitation)

    assert response.status_code == 404
    assert "niet (meer) geldig" in response.content.decode()
    assert posted.status_code == 404
    assert not User.objects.filter(email=invitation.email).exists()


def test_used_invitation_is_no_longer_valid(client, invitation):
    _accept_as_newcomer(client, invitation)
    client.logout()

    response = client.get(reverse("accounts:invitation", args=[invitation.token]))

    assert response.status_code == 404
    assert "niet (meer) geldig" in response.content.decode()


def test_unknown_token_is_not_found(client, db):
    response = client.get(reverse("accounts:invitation", args=["bestaat-niet"]))

    assert response.status_code == 404


def test_logged_in_person_with_another_address_cannot_accept(client, login, invitation, municipality):
    stranger = with_totp(member(municipality, email="iemand.anders@kortrijk.be"))
    login(stranger)

    response = client.post(reverse("accounts:invitation", args=[invitation.token]), follow=True)

    assert "Deze uitnodiging is voor een ander e-mailadres" in response.content.decode()
    assert not Membership.objects.filter(user=stranger, role=Role.COORDINATOR).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_existing_user_is_sent_to_log_in_and_then_accepts(client, invitation, municipality):
    existing = member(municipality, email="nieuwe.collega@kortrijk.be")
    url = reverse("accounts:invitation", args=[invitation.token])

    response = client.get(url)

    assert response.status_code == 302
    location = urlparse(response["Location"])
    assert location.path == reverse("account_login")
    assert location.query == f"next={url}"

    client.post(reverse("account_login"), {"login": existing.email, "password": PASSWORD})
    client.post(url)

    membership = Membership.objects.get(user=existing, role=Role.COORDINATOR)
    assert membership.status == MembershipStatus.APPROVED


def test_invitation_link_points_at_the_site(client, login, boss, municipality, django_capture_on_commit_callbacks,
                                            settings):
    login(boss)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:invite", args=[municipality.slug]),
                    {"email": "x@kortrijk.be", "role": Role.READER})

    link = re.search(r"\S+/uitnodiging/\S+/", django_mail.outbox[0].body).group(0)
    assert link.startswith(settings.SITE_URL + "/uitnodiging/")
