"""A frontline worker requests an account through the sign-up form (allauth + our extra fields)."""

import re
from urllib.parse import urlparse

import pytest
from allauth.account.models import EmailAddress
from django.core import mail as django_mail
from django.urls import reverse

from lokaalsignaal.accounts.models import Organisation, User
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.factories import PASSWORD, MunicipalityFactory, OrganisationFactory, coordinator, member


@pytest.fixture
def gent(reference_lists):
    return MunicipalityFactory(name="Gent", refnis="44021", province="Oost-Vlaanderen")


@pytest.fixture
def request_account(client, django_capture_on_commit_callbacks):
    def _request(**overrides):
        data = {
            "full_name": "Sofie Peeters", "email": "sofie@caw-oostvlaanderen.be", "function": "maatschappelijk werker",
            "organisation": "", "new_organisation": "CAW Oost-Vlaanderen",
            "new_organisation_sector": Sector.objects.get(name="CAW").pk,
            "municipalities": [], "password1": PASSWORD, "password2": PASSWORD,
        }
        data.update(overrides)
        data = {key: value for key, value in data.items() if value is not None}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("account_signup"), data)

    return _request


def test_request_creates_the_user_with_pending_giver_memberships_in_each_chosen_municipality(
        request_account, gent, municipality):
    response = request_account(municipalities=[gent.pk, municipality.pk])

    assert response.status_code == 302
    user = User.objects.get(email="sofie@caw-oostvlaanderen.be")
    assert user.full_name == "Sofie Peeters"
    assert user.function == "maatschappelijk werker"
    memberships = Membership.objects.filter(user=user)
    assert {(m.municipality_id, m.role, m.status) for m in memberships} == {
        (gent.pk, Role.GIVER, MembershipStatus.PENDING),
        (municipality.pk, Role.GIVER, MembershipStatus.PENDING),
    }
    assert set(AuditEvent.objects.filter(action="membership.requested").values_list("municipality_id", flat=True)) == {
        gent.pk, municipality.pk}


def test_request_proposes_a_new_organisation_with_its_sector(request_account, gent):
    request_account(municipalities=[gent.pk])

    organisation = Organisation.objects.get(name="CAW Oost-Vlaanderen")
    assert organisation.sector.name == "CAW"
    assert organisation.verified is False
    assert list(organisation.municipalities.all()) == [gent]
    assert User.objects.get(email="sofie@caw-oostvlaanderen.be").organisation == organisation


def test_request_can_pick_an_existing_organisation(request_account, gent):
    existing = OrganisationFactory(name="OCMW Gent", verified=True)

    request_account(municipalities=[gent.pk], organisation=existing.pk, new_organisation="",
                    new_organisation_sector="")

    assert User.objects.get(email="sofie@caw-oostvlaanderen.be").organisation == existing
    assert Organisation.objects.count() == 1


def test_request_sends_the_verification_mail_through_the_outbox(request_account, gent):
    request_account(municipalities=[gent.pk])

    stored = OutgoingMail.objects.get(to="sofie@caw-oostvlaanderen.be")
    assert stored.status == OutgoingMail.Status.SENT
    delivered = [m for m in django_mail.outbox if m.to == ["sofie@caw-oostvlaanderen.be"]]
    assert len(delivered) == 1
    assert "/accounts/confirm-email/" in delivered[0].body


def test_request_notifies_every_approved_coordinator_once_the_email_is_verified(
        client, django_capture_on_commit_callbacks, request_account, gent, municipality):
    coordinator(gent, email="coordinator@gent.be")
    coordinator(gent, email="tweede.coordinator@gent.be")
    coordinator(municipality, email="coordinator@kortrijk.be")
    member(gent, Role.COORDINATOR, MembershipStatus.PENDING, email="kandidaat@gent.be")
    member(gent, Role.GIVER, email="gever@gent.be")

    request_account(municipalities=[gent.pk, municipality.pk])
    assert [m.to for m in django_mail.outbox] == [["sofie@caw-oostvlaanderen.be"]]  # not before verification
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", django_mail.outbox[0].body).group(0)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(urlparse(link).path)

    notified = sorted(m.to[0] for m in django_mail.outbox if m.to[0] != "sofie@caw-oostvlaanderen.be")
    assert notified == ["coordinator@gent.be", "coordinator@kortrijk.be", "tweede.coordinator@gent.be"]
    assert f"/g/{gent.slug}/leden/" in next(m.body for m in django_mail.outbox if m.to == ["coordinator@gent.be"])


def test_login_is_refused_until_the_email_is_verified(client, request_account, gent):
    request_account(municipalities=[gent.pk])
    client.logout()

    client.post(reverse("account_login"), {"login": "sofie@caw-oostvlaanderen.be", "password": PASSWORD})

    assert "_auth_user_id" not in client.session
    assert client.get(reverse("pages:home")).status_code == 302


def test_login_works_after_verifying_the_email(client, request_account, gent):
    request_account(municipalities=[gent.pk])
    client.logout()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", django_mail.outbox[0].body).group(0)
    client.post(urlparse(link).path)

    client.post(reverse("account_login"), {"login": "sofie@caw-oostvlaanderen.be", "password": PASSWORD})

    assert EmailAddress.objects.get(email="sofie@caw-oostvlaanderen.be").verified
    assert client.session["_auth_user_id"] == str(User.objects.get(email="sofie@caw-oostvlaanderen.be").pk)


def test_request_without_municipality_shows_a_dutch_error_and_keeps_what_was_typed(request_account, gent):
    response = request_account(municipalities=None)

    assert response.status_code == 200
    body = response.content.decode()
    assert "Kies minstens één gemeente" in body
    assert 'value="Sofie Peeters"' in body
    assert 'value="sofie@caw-oostvlaanderen.be"' in body
    assert 'value="maatschappelijk werker"' in body
    assert 'value="CAW Oost-Vlaanderen"' in body
    assert not User.objects.exists()
    assert not django_mail.outbox


def test_request_with_a_new_organisation_needs_its_sector(request_account, gent):
    response = request_account(municipalities=[gent.pk], new_organisation_sector="")

    assert response.status_code == 200
    assert "Kies de sector van je organisatie" in response.content.decode()
    assert not User.objects.exists()


def test_request_needs_an_organisation(request_account, gent):
    response = request_account(municipalities=[gent.pk], new_organisation="", new_organisation_sector="")

    assert response.status_code == 200
    assert "Kies je organisatie, of vul hieronder de naam in" in response.content.decode()
    assert not User.objects.exists()


def test_only_participating_municipalities_can_be_chosen(client, request_account, gent):
    elsewhere = MunicipalityFactory(name="Nog-niet-mee", participating=False)

    form = client.get(reverse("account_signup")).content.decode()
    response = request_account(municipalities=[elsewhere.pk])

    assert "Gent" in form
    assert "Nog-niet-mee" not in form
    assert response.status_code == 200
    assert not User.objects.exists()
    assert not Membership.objects.exists()


def test_address_of_a_trusted_domain_is_approved_at_once(request_account, gent, municipality):
    gent.auto_approve_domains = "ocmw-gent.be"
    gent.save()

    request_account(email="x@ocmw-gent.be", municipalities=[gent.pk, municipality.pk])

    user = User.objects.get(email="x@ocmw-gent.be")
    assert Membership.objects.get(user=user, municipality=gent).status == MembershipStatus.APPROVED
    assert Membership.objects.get(user=user, municipality=municipality).status == MembershipStatus.PENDING
    assert AuditEvent.objects.filter(action="membership.auto_approved", municipality=gent).count() == 1


def test_address_of_another_domain_waits_for_a_coordinator(request_account, gent):
    gent.auto_approve_domains = "ocmw-gent.be"
    gent.save()

    request_account(email="x@gmail.com", municipalities=[gent.pk])

    assert Membership.objects.get(user__email="x@gmail.com").status == MembershipStatus.PENDING
    assert not AuditEvent.objects.filter(action="membership.auto_approved").exists()


def test_lookalike_domain_is_not_trusted(request_account, gent):
    gent.auto_approve_domains = "ocmw-gent.be"
    gent.save()

    request_account(email="x@nep-ocmw-gent.be", municipalities=[gent.pk])

    assert Membership.objects.get(user__email="x@nep-ocmw-gent.be").status == MembershipStatus.PENDING
