"""Issue 14: a partner invitation can carry a message — why she invites this partner and what she asks — which goes
into the e-mail (text and HTML) through the privacy guard (an identifier never leaves), at most 1,000 characters."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.mail.models import OutgoingMail

from .partner_helpers import shared_knelpunt

MESSAGE = "Jullie zien deze gezinnen ook. Kunnen jullie tegen het overleg van maart een analyse geven?"


@pytest.fixture
def situation(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)


def test_the_message_is_in_the_invitation_mail(client, login, kortrijk, kortrijk_coordinator, situation,
                                              django_capture_on_commit_callbacks):
    login(kortrijk_coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("partner:invite", args=[kortrijk.slug, situation.knelpunt.pk]),
                    {"email": situation.partner.email, "invite_message": MESSAGE})

    mail = OutgoingMail.objects.get(to=situation.partner.email)
    assert MESSAGE in mail.body_text and MESSAGE in mail.body_html
    assert f"{kortrijk_coordinator.full_name} schrijft erbij:" in mail.body_text


def test_an_identifier_in_the_message_never_leaves(kortrijk_coordinator, situation):
    partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, user=situation.partner,
                            message="Bel me op 0470 12 34 56 voor de details.")

    mail = OutgoingMail.objects.get(to=situation.partner.email)
    assert "0470 12 34 56" not in mail.body_text + mail.body_html


def test_an_overlong_message_is_refused(kortrijk_coordinator, situation):
    with pytest.raises(ValidationError):
        partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, user=situation.partner,
                                message="woord " * 300)
    assert not OutgoingMail.objects.filter(to=situation.partner.email).exists()
