"""The organisation a person names at sign-up is a claim. A coordinator of a municipality where the person is an
approved member verifies it from the members page (and, if she ticks it, the organisation itself); the platform
admin can do both in the Django admin. Every verification is audited; a changed organisation is a new claim."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.accounts import services
from lokaalsignaal.accounts.models import Organisation, User
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.tenancy.models import MembershipStatus
from tests.factories import OrganisationFactory, UserFactory, coordinator, member, with_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def kortrijk_coordinator(municipality):
    return coordinator(municipality, full_name="Coördinator Kortrijk")


@pytest.fixture
def claimant(municipality):
    return member(municipality, full_name="Pieter Partner",
                  organisation=OrganisationFactory(name="Welzijnsoverleg Zuid"))


def verify_url(municipality, person):
    return reverse("accounts:verify_affiliation", args=[municipality.slug, person.memberships.get().pk])


def test_the_coordinator_verifies_an_approved_members_claim_from_the_members_page(
        client, login, municipality, kortrijk_coordinator, claimant):
    login(kortrijk_coordinator)
    page = client.get(reverse("accounts:members", args=[municipality.slug])).content.decode()
    assert "organisatie nog niet nagekeken" in page and verify_url(municipality, claimant) in page

    response = client.post(verify_url(municipality, claimant))

    assert response.status_code == 302
    claimant.refresh_from_db()
    assert claimant.organisation_verified_at is not None
    assert claimant.organisation_verified_by == kortrijk_coordinator
    assert not claimant.organisation.verified  # the organisation itself only when she ticks it
    event = AuditEvent.objects.get(action="organisation.member_verified")
    assert (event.actor, event.municipality, event.object_id) == (kortrijk_coordinator, municipality,
                                                                  str(claimant.pk))
    assert event.payload == {"organisation": claimant.organisation_id, "member": claimant.pk}
    assert not AuditEvent.objects.filter(action="organisation.verified").exists()


def test_ticking_it_verifies_the_organisation_as_well(client, login, municipality, kortrijk_coordinator, claimant):
    login(kortrijk_coordinator)

    client.post(verify_url(municipality, claimant), {"organisation_too": "on"})

    assert Organisation.objects.get(pk=claimant.organisation_id).verified
    event = AuditEvent.objects.get(action="organisation.verified")
    assert event.object_id == str(claimant.organisation_id) and event.payload == {"member": claimant.pk}
    assert "organisatie nagekeken" in client.get(reverse("accounts:members", args=[municipality.slug])).content.decode()


def test_only_an_approved_members_claim_and_only_by_her_coordinators(client, login, municipality, other_municipality,
                                                                      kortrijk_coordinator, claimant):
    pending = member(municipality, status=MembershipStatus.PENDING, full_name="Wacht Nog")
    elsewhere = member(other_municipality, full_name="Lid Roeselare")
    login(kortrijk_coordinator)

    assert client.post(verify_url(municipality, pending)).status_code == 302  # with a message, nothing verified
    assert client.post(verify_url(other_municipality, elsewhere)).status_code == 404
    assert client.get(verify_url(municipality, claimant)).status_code == 405  # no write on a GET
    for outsider in (coordinator(other_municipality), member(municipality, full_name="Een Gever"),
                     member(municipality, "reader")):
        login(outsider)
        assert client.post(verify_url(municipality, claimant)).status_code == 404

    assert not User.objects.filter(organisation_verified_at__isnull=False).exists()
    assert not AuditEvent.objects.filter(action__startswith="organisation.").exists()


def test_a_coordinator_does_not_verify_her_own_claim(municipality, kortrijk_coordinator):
    with pytest.raises(ValidationError):
        services.verify_affiliation(kortrijk_coordinator, kortrijk_coordinator.pk, municipality)


def test_a_changed_organisation_clears_the_verification(municipality, kortrijk_coordinator, claimant):
    services.verify_affiliation(kortrijk_coordinator, claimant.pk, municipality)
    person = User.objects.get(pk=claimant.pk)

    person.organisation = OrganisationFactory(name="Andere organisatie", verified=True)
    person.save(update_fields=["organisation"])

    person = User.objects.get(pk=claimant.pk)
    assert (person.organisation_verified_at, person.organisation_verified_by) == (None, None)


def test_the_platform_admin_verifies_both_in_the_django_admin(client, login, claimant):
    admin = with_totp(UserFactory(email="beheer@voorbeeld.be", is_staff=True, is_superuser=True))
    login(admin)

    response = client.post(reverse("admin:accounts_user_changelist"), {
        "action": "verify_affiliations_and_organisations", "_selected_action": [claimant.pk]})

    assert response.status_code == 302
    claimant.refresh_from_db()
    assert claimant.organisation_verified_by == admin and claimant.organisation.verified
    assert {e.action for e in AuditEvent.objects.filter(actor=admin)} >= {"organisation.member_verified",
                                                                          "organisation.verified"}

    other = OrganisationFactory(name="Nog een organisatie")
    data = {"name": other.name, "sector": other.sector_id, "verified": "on"}
    assert client.post(reverse("admin:accounts_organisation_change", args=[other.pk]), data).status_code == 302
    assert Organisation.objects.get(pk=other.pk).verified
    assert AuditEvent.objects.filter(action="organisation.verified", object_id=str(other.pk), actor=admin).exists()
