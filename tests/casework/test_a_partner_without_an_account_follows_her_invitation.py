"""Issue 14, the pages of a partner invitation by e-mail: the coordinator invites an address without an account from
the knelpunt's page and sees it waiting (and revokes it after a confirmation); she follows the link, makes her
account with the address fixed, and lands on the knelpunt as its partner. A link that is unknown, used, expired or
revoked gets a Dutch page, never a server error."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal import ratelimit
from lokaalsignaal.accounts.models import User
from lokaalsignaal.casework.partners import invitations
from lokaalsignaal.casework.partners.models import PartnerAccess, PartnerInvitation
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.tenancy.models import Membership, MembershipStatus
from tests.factories import UserFactory

from .partner_helpers import DESCRIPTION, shared_knelpunt

EMAIL = "an@welzijnsoverleg.be"
SIGN_UP = {"full_name": "An Partner", "function": "Stafmedewerker", "password1": "een-lang-wachtwoord",
           "password2": "een-lang-wachtwoord"}


@pytest.fixture
def situation(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)


@pytest.fixture
def token(kortrijk_coordinator, situation):
    return invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL, "Wat zien jullie?").token


def test_the_coordinator_invites_an_address_without_an_account_and_sees_it_waiting(
        client, login, kortrijk, kortrijk_coordinator, situation, django_capture_on_commit_callbacks):
    login(kortrijk_coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("partner:invite", args=[kortrijk.slug, situation.knelpunt.pk]),
                               {"email": EMAIL, "invite_message": "Wat zien jullie?"}, follow=True)

    body = response.content.decode()
    assert "heeft nog geen account en krijgt een e-mail" in body
    assert "Wacht op een account" in body and EMAIL in body
    invitation = PartnerInvitation.objects.get()
    assert reverse("partner:revoke_invitation", args=[kortrijk.slug, situation.knelpunt.pk, invitation.pk]) in body
    assert OutgoingMail.objects.filter(to=EMAIL).count() == 1


def test_revoking_a_waiting_invitation_asks_first(client, login, kortrijk, kortrijk_coordinator, situation, token):
    invitation = PartnerInvitation.objects.get()
    login(kortrijk_coordinator)
    url = reverse("partner:revoke_invitation", args=[kortrijk.slug, situation.knelpunt.pk, invitation.pk])

    confirm = client.get(url)
    assert confirm.status_code == 200 and "Ja, intrekken" in confirm.content.decode()
    assert PartnerInvitation.objects.get().revoked_at is None

    client.post(url)
    assert PartnerInvitation.objects.get().revoked_at is not None
    page = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, situation.knelpunt.pk])).content.decode()
    assert EMAIL not in page


def test_she_makes_her_account_and_lands_on_the_knelpunt(client, situation, token):
    url = reverse("partner:invitation", args=[token])
    form = client.get(url)
    assert form.status_code == 200
    assert EMAIL in form.content.decode() and 'name="email"' not in form.content.decode()  # the address is fixed

    response = client.post(url, {**SIGN_UP, "email": "iets@anders.be"}, follow=True)

    user = User.objects.get(email=EMAIL)
    assert not User.objects.filter(email="iets@anders.be").exists()
    assert response.redirect_chain[0][0] == reverse("partner:knelpunt", args=[situation.knelpunt.pk])
    assert response.status_code == 200 and DESCRIPTION in response.content.decode()
    assert PartnerAccess.objects.get().user == user


def test_a_mistake_in_the_form_keeps_the_link_usable(client, situation, token):
    response = client.post(reverse("partner:invitation", args=[token]), {**SIGN_UP, "password2": "iets-anders-nu"})

    assert response.status_code == 200 and "niet gelijk" in response.content.decode()
    assert not User.objects.filter(email=EMAIL).exists()
    assert PartnerInvitation.objects.get().state == "usable"


@pytest.mark.parametrize(("spoil", "words", "status"), [
    ("used", "al gebruikt", 410),
    ("expired", "verlopen", 410),
    ("revoked", "ingetrokken", 410),
    ("inviter left", "beheert dit knelpunt niet meer", 410),
    ("unknown", "geen geldige uitnodiging", 404),
])
def test_a_link_that_no_longer_works_gets_a_clear_page(client, kortrijk_coordinator, situation, token, spoil, words,
                                                        status):
    if spoil == "used":
        invitations.sign_up(token, full_name="An", function="", password="een-lang-wachtwoord")
    elif spoil == "expired":
        PartnerInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    elif spoil == "revoked":
        invitations.revoke(kortrijk_coordinator, PartnerInvitation.objects.get().pk)
    elif spoil == "inviter left":  # her role ended: her links let no one in
        Membership.objects.filter(user=kortrijk_coordinator).update(status=MembershipStatus.ENDED)
    url = reverse("partner:invitation", args=[token if spoil != "unknown" else "bestaat-niet"])
    count = User.objects.count()

    for response in (client.get(url), client.post(url, SIGN_UP)):
        assert response.status_code == status
        assert words in response.content.decode()
    assert User.objects.count() == count


def test_signed_in_with_another_account_she_is_told_and_nothing_happens(client, login, situation, token):
    login(UserFactory(email="iemand@elders.be"))
    url = reverse("partner:invitation", args=[token])

    for response in (client.get(url), client.post(url)):
        assert response.status_code == 200
        assert "je bent aangemeld met een ander account" in response.content.decode()
    assert not PartnerAccess.objects.exists()


def test_signed_in_with_another_account_one_button_signs_her_out_and_back_to_the_link(client, login, situation,
                                                                                       token):
    login(UserFactory(email="iemand@elders.be"))
    url = reverse("partner:invitation", args=[token])
    page = client.get(url).content.decode()
    assert f'action="{reverse("account_logout")}"' in page and f'name="next" value="{url}"' in page

    response = client.post(reverse("account_logout"), {"next": url}, follow=True)

    assert response.redirect_chain[-1][0] == url
    assert "Maak je account als partner" in response.content.decode()


def test_with_an_account_made_meanwhile_she_signs_in_and_accepts(client, login, situation, token):
    url = reverse("partner:invitation", args=[token])
    she = UserFactory(email=EMAIL)
    assert reverse("account_login") in client.get(url)["Location"]

    login(she)
    response = client.post(url)

    assert response["Location"] == reverse("partner:knelpunt", args=[situation.knelpunt.pk])
    assert PartnerAccess.objects.get().user == she


def test_invitations_by_email_are_rate_limited_per_coordinator(client, login, kortrijk, kortrijk_coordinator,
                                                               situation, settings):
    settings.LOKAALSIGNAAL_RATE_LIMITS = {"partners.invite_by_email": "1/h"}
    ratelimit.the_cache().clear()
    login(kortrijk_coordinator)
    url = reverse("partner:invite", args=[kortrijk.slug, situation.knelpunt.pk])

    client.post(url, {"email": EMAIL})
    second = client.post(url, {"email": "tweede@welzijnsoverleg.be"})

    assert second.status_code == 200 and "Probeer het over een uur opnieuw" in second.content.decode()
    assert list(PartnerInvitation.objects.values_list("email", flat=True)) == [EMAIL]


def test_where_the_municipality_asks_two_factor_of_partners_she_sets_it_up_first(client, kortrijk, situation, token):
    kortrijk.partners_require_two_factor = True
    kortrijk.save(update_fields=["partners_require_two_factor"])

    response = client.post(reverse("partner:invitation", args=[token]), SIGN_UP, follow=True)

    assert response.redirect_chain[-1][0].startswith(reverse("mfa_activate_totp"))
    assert PartnerAccess.objects.get().user.email == EMAIL
