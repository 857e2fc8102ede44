"""A partner invited by e-mail chooses her password through the link: one of more than 128 characters is refused, by
the form and by the service, before it is hashed or compared (no account, the invitation still usable)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.accounts.models import User
from lokaalsignaal.casework.partners import invitations
from lokaalsignaal.casework.partners.models import PartnerInvitation

from .partner_helpers import shared_knelpunt

EMAIL = "an@welzijnsoverleg.be"
LONG = "een-lang-wachtwoord-" * 500


@pytest.fixture
def token(make_signal, make_knelpunt, kortrijk_coordinator):
    situation = shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)
    return invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL).token


def test_the_sign_up_page_refuses_a_password_over_128_characters(client, token):
    response = client.post(reverse("partner:invitation", args=[token]), {
        "full_name": "An Partner", "function": "Stafmedewerker", "password1": LONG, "password2": LONG})

    assert response.status_code == 200
    assert not User.objects.filter(email=EMAIL).exists()
    assert PartnerInvitation.objects.get().accepted_at is None


def test_the_service_refuses_a_password_over_128_characters(token):
    with pytest.raises(ValidationError):
        invitations.sign_up(token, full_name="An Partner", function="Stafmedewerker", password=LONG)

    assert not User.objects.filter(email=EMAIL).exists()
