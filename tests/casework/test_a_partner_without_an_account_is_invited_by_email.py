"""Issue 14: a coordinator invites a partner who has no account yet, by e-mail. The service keeps a waiting
invitation (a digest of its token, never the token) and mails a single-use link that expires; following it she makes
her account and gets the same access as a person invited by name (audit, the partner's e-mail). A used, expired or
revoked link, or one whose knelpunt closed, is refused; only a coordinator of the knelpunt's municipality invites and
revokes."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.accounts.models import User
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.casework.partners import invitations
from lokaalsignaal.casework.partners.models import PartnerAccess, PartnerInvitation
from lokaalsignaal.mail.models import OutgoingMail
from tests.factories import UserFactory, coordinator, member

from .partner_helpers import DESCRIPTION, KNELPUNT, SIGNAL_TITLE, shared_knelpunt

EMAIL = "an@welzijnsoverleg.be"
MESSAGE = "Kunnen jullie tegen maart kijken hoe lang gezinnen bij jullie wachten?"


@pytest.fixture
def situation(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)


def _sign_up(token):
    return invitations.sign_up(token, full_name="An Partner", function="Stafmedewerker", password="een-lang-wachtwoord")


def test_an_address_without_an_account_gets_a_waiting_invitation_and_a_mail_with_a_link(kortrijk_coordinator,
                                                                                          situation):
    invitation = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, " An@Welzijnsoverleg.be ", MESSAGE)

    stored = PartnerInvitation.objects.get()
    assert (stored.email, stored.message, stored.invited_by) == (EMAIL, MESSAGE, kortrijk_coordinator)
    assert stored.token_hash != invitation.token and invitation.token not in stored.token_hash
    assert stored.expires_at > timezone.now() + timedelta(days=6)
    assert not PartnerAccess.objects.exists() and not User.objects.filter(email=EMAIL).exists()
    mail = OutgoingMail.objects.get(to=EMAIL)
    link = reverse("partner:invitation", args=[invitation.token])
    assert link in mail.body_text and link in mail.body_html
    assert MESSAGE in mail.body_text and MESSAGE in mail.body_html
    for text in (SIGNAL_TITLE, DESCRIPTION, KNELPUNT):  # nothing of the knelpunt's content leaves by mail
        assert text not in mail.subject + mail.body_text + mail.body_html
    event = AuditEvent.objects.get(action="partner.invitation_sent")
    assert event.payload == {"invitation": stored.pk} and event.actor == kortrijk_coordinator


def test_making_the_account_through_the_link_gives_the_partners_access(kortrijk_coordinator, situation):
    token = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL, MESSAGE).token

    user = _sign_up(token)

    assert (user.email, user.full_name, user.is_active) == (EMAIL, "An Partner", True)
    assert user.emailaddress_set.get().verified
    assert list(partner_access.knelpunten_for_partner(user)) == [situation.knelpunt]
    access = PartnerAccess.objects.get(user=user)
    assert (access.invited_by, access.message) == (kortrijk_coordinator, MESSAGE)
    invitation = PartnerInvitation.objects.get()
    assert invitation.accepted_at is not None and invitation.access == access
    invited = AuditEvent.objects.get(action="partner.invited")  # as for a person invited by name
    assert invited.actor == kortrijk_coordinator and invited.payload["user"] == user.pk
    assert AuditEvent.objects.get(action="partner.invitation_accepted").actor == user
    welcome = OutgoingMail.objects.filter(to=EMAIL).order_by("pk").last()  # the partner's e-mail, as by name
    assert reverse("partner:knelpunt", args=[situation.knelpunt.pk]) in welcome.body_text


def test_a_used_link_is_refused(kortrijk_coordinator, situation):
    token = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL).token
    _sign_up(token)

    with pytest.raises(ValidationError, match="al gebruikt"):
        invitations.sign_up(token, full_name="Iemand Anders", function="", password="een-lang-wachtwoord")
    assert User.objects.filter(email=EMAIL).count() == 1


def test_an_expired_link_makes_no_account(kortrijk_coordinator, situation):
    token = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL).token
    PartnerInvitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    with pytest.raises(ValidationError, match="verlopen"):
        _sign_up(token)
    assert not User.objects.filter(email=EMAIL).exists() and not PartnerAccess.objects.exists()


def test_a_revoked_link_makes_no_account(kortrijk_coordinator, situation):
    invitation = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL)

    invitations.revoke(kortrijk_coordinator, invitation.pk)

    with pytest.raises(ValidationError, match="ingetrokken"):
        _sign_up(invitation.token)
    assert not User.objects.filter(email=EMAIL).exists()
    assert AuditEvent.objects.filter(action="partner.invitation_revoked").count() == 1


def test_a_knelpunt_that_closes_ends_its_waiting_invitations(kortrijk_coordinator, situation,
                                                              django_capture_on_commit_callbacks):
    token = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL).token
    knelpunt = situation.knelpunt
    with django_capture_on_commit_callbacks(execute=True):
        casework.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.NOT_RETAINED, "We weerhouden dit niet.",
                              knelpunt.version)

    assert PartnerInvitation.objects.get().revoked_at is not None
    with pytest.raises(ValidationError):
        _sign_up(token)
    with pytest.raises(ValidationError, match="afgesloten"):
        invitations.invite(kortrijk_coordinator, knelpunt.pk, "ander@welzijnsoverleg.be")


def test_a_token_that_never_existed_is_refused(situation):
    for token in ("bestaat-niet", "x" * 500, ""):
        with pytest.raises(ValidationError):
            _sign_up(token)
    assert not User.objects.filter(email=EMAIL).exists()


def test_only_a_coordinator_of_the_municipality_invites_and_revokes(kortrijk, roeselare, kortrijk_coordinator, giver,
                                                                    situation):
    invitation = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL)
    for outsider in (coordinator(roeselare), giver, member(kortrijk, "reader"), situation.partner):
        with pytest.raises(PermissionDenied):
            invitations.invite(outsider, situation.knelpunt.pk, "ander@welzijnsoverleg.be")
        with pytest.raises(PermissionDenied):
            invitations.revoke(outsider, invitation.pk)
    assert PartnerInvitation.objects.count() == 1 and PartnerInvitation.objects.get().revoked_at is None
    assert OutgoingMail.objects.filter(to="ander@welzijnsoverleg.be").count() == 0


def test_an_address_is_invited_once_and_an_account_is_invited_by_its_account(kortrijk_coordinator, situation):
    invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL)
    UserFactory(email="weg@welzijnsoverleg.be", is_active=False)

    with pytest.raises(ValidationError, match="al uitgenodigd"):
        invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL.upper())
    with pytest.raises(ValidationError, match="al een account"):
        invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, situation.partner.email)
    with pytest.raises(ValidationError, match="niet actief"):
        invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, "weg@welzijnsoverleg.be")
    assert PartnerInvitation.objects.count() == 1


def test_the_message_and_the_address_are_bounded_and_guarded(kortrijk_coordinator, situation):
    with pytest.raises(ValidationError):
        invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL, "woord " * 300)
    with pytest.raises(ValidationError):
        invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, "a" * 250 + "@voorbeeld.be")
    invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL, "Bel me op 0470 12 34 56.")

    assert "0470 12 34 56" not in PartnerInvitation.objects.get().message
    mail = OutgoingMail.objects.get(to=EMAIL)
    assert "0470 12 34 56" not in mail.body_text + mail.body_html


def test_signed_in_with_the_invited_address_she_accepts_and_with_another_she_cannot(kortrijk_coordinator, situation):
    token = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL).token
    someone_else = UserFactory(email="iemand@elders.be")
    with pytest.raises(ValidationError, match="ander e-mailadres"):
        invitations.accept(someone_else, token)
    assert not PartnerAccess.objects.exists()

    she = UserFactory(email=EMAIL)  # she made an account another way meanwhile
    access = invitations.accept(she, token)

    assert access.user == she and PartnerInvitation.objects.get().accepted_at is not None


def test_removing_an_account_forgets_the_invitations_to_her_address_and_those_she_left_waiting(
        kortrijk_coordinator, situation):
    from lokaalsignaal.accounts import leaving

    token = invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, EMAIL).token
    user = _sign_up(token)
    invitations.invite(kortrijk_coordinator, situation.knelpunt.pk, "wacht@welzijnsoverleg.be")
    colleague = coordinator(situation.knelpunt.municipality)
    invitations.invite(colleague, situation.knelpunt.pk, "blijft@welzijnsoverleg.be")

    leaving.remove_account(user, user.pk)
    assert set(PartnerInvitation.objects.values_list("email", flat=True)) == {"wacht@welzijnsoverleg.be",
                                                                             "blijft@welzijnsoverleg.be"}
    leaving.remove_account(kortrijk_coordinator, kortrijk_coordinator.pk)
    assert list(PartnerInvitation.objects.values_list("email", flat=True)) == ["blijft@welzijnsoverleg.be"]
    assert PartnerInvitation.objects.get().invited_by == colleague
