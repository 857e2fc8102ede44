"""Partner access through an organisation goes only to verified members of a verified organisation. Naming the invited
organisation at sign-up is a claim and grants nothing: a stranger who did so once read the knelpunt's signal texts
and wrote analysis notes. A person invited by name needs no verification. Before she confirms an organisation's
invitation, the coordinator sees exactly who it reaches."""

import re
from html import unescape

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from lokaalsignaal.accounts.models import Organisation
from lokaalsignaal.casework.knelpunten.models import Note
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.models import PartnerAccess
from lokaalsignaal.mail.models import OutgoingMail
from tests.factories import OrganisationFactory, UserFactory
from tests.signup import sign_up

from .partner_helpers import DESCRIPTION, KNELPUNT, shared_knelpunt, verified_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(make_signal, make_knelpunt, kortrijk_coordinator):
    """Kortrijk's knelpunt, shared with the verified organisation 'Welzijnsoverleg Zuid' (two verified members)."""
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator)


@pytest.fixture
def not_yet_shared(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)


def reads(client, login, person, knelpunt) -> bool:
    login(person)
    response = client.get(reverse("partner:knelpunt", args=[knelpunt.pk]))
    assert response.status_code in (200, 404)
    return response.status_code == 200


@pytest.mark.parametrize("how", ["picks it from the list", "types its name"])
def test_a_stranger_who_names_the_invited_organisation_at_sign_up_reads_and_writes_nothing(
        client, login, kortrijk, shared, how):
    pick = {"organisation": shared.organisation} if how == "picks it from the list" else {
        "new_organisation": shared.organisation.name}
    stranger = sign_up(client, kortrijk, "vreemde@voorbeeld.be", **pick)
    assert stranger.organisation == shared.organisation  # the claim is recorded, as a claim

    login(stranger)
    assert client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk])).status_code == 404
    assert KNELPUNT not in client.get(reverse("partner:knelpunten")).content.decode()
    notes = Note.objects.count()
    assert client.post(reverse("partner:add_note", args=[shared.knelpunt.pk]),
                       {"analysis": "Een nota van een vreemde"}).status_code == 404
    assert Note.objects.count() == notes
    with pytest.raises(PermissionDenied):  # the service refuses too
        partners.add_analysis_note(stranger, shared.knelpunt.pk, "Een nota van een vreemde")
    assert not partner_access.knelpunten_for_partner(stranger).exists()


def test_a_verified_member_of_the_verified_organisation_reads_the_knelpunt(client, login, shared):
    login(shared.partner)
    response = client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk]))
    assert response.status_code == 200 and DESCRIPTION in response.content.decode()


def test_an_organisation_that_is_no_longer_verified_reaches_nobody(client, login, shared):
    Organisation.objects.filter(pk=shared.organisation.pk).update(verified=False)

    assert not reads(client, login, shared.partner, shared.knelpunt)


def test_a_changed_organisation_is_a_new_claim(client, login, shared):
    person = shared.partner
    person.organisation = OrganisationFactory(name="Andere organisatie", verified=True)
    person.save(update_fields=["organisation"])
    person.organisation = shared.organisation
    person.save()

    person.refresh_from_db()
    assert person.organisation == shared.organisation and person.organisation_verified_at is None
    assert not reads(client, login, person, shared.knelpunt)


def test_a_person_invited_by_name_needs_no_verification(client, login, kortrijk_coordinator, shared):
    claimant = UserFactory(full_name="Niet Nagekeken", organisation=shared.organisation)
    assert not reads(client, login, claimant, shared.knelpunt)

    partners.invite_partner(kortrijk_coordinator, shared.knelpunt.pk, user=claimant)

    assert reads(client, login, claimant, shared.knelpunt)


def test_an_organisations_invitation_mails_only_its_verified_members(kortrijk_coordinator, not_yet_shared):
    UserFactory(organisation=not_yet_shared.organisation, email="claim@voorbeeld.be")

    partners.invite_partner(kortrijk_coordinator, not_yet_shared.knelpunt.pk,
                            organisation=not_yet_shared.organisation)

    assert sorted(OutgoingMail.objects.filter(subject__contains="partner").values_list("to", flat=True)) == [
        "collega@welzijnsoverleg.be", "pieter@welzijnsoverleg.be"]


def test_an_unverified_organisation_cannot_be_invited(client, login, kortrijk, kortrijk_coordinator,
                                                      not_yet_shared):
    claimed = OrganisationFactory(name="Geclaimde organisatie")
    verified_member(claimed)

    with pytest.raises(ValidationError):
        partners.invite_partner(kortrijk_coordinator, not_yet_shared.knelpunt.pk, organisation=claimed)
    login(kortrijk_coordinator)
    page = client.get(reverse("partner:invite", args=[kortrijk.slug, not_yet_shared.knelpunt.pk]))
    assert "Welzijnsoverleg Zuid" in page.content.decode()  # the verified one is offered
    assert "Geclaimde organisatie" not in page.content.decode()
    assert not PartnerAccess.objects.exists()


def hidden_fields(html: str) -> dict:
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html)
    return {name: unescape(value) for name, value in fields if name != "csrfmiddlewaretoken"}


def test_the_coordinator_sees_who_gets_access_before_she_confirms(client, login, kortrijk, kortrijk_coordinator,
                                                                  not_yet_shared):
    UserFactory(full_name="Claim Zonder Nazicht", organisation=not_yet_shared.organisation)
    login(kortrijk_coordinator)
    url = reverse("partner:invite", args=[kortrijk.slug, not_yet_shared.knelpunt.pk])

    confirm = client.post(url, {"organisation": not_yet_shared.organisation.pk})

    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Wie krijgt toegang?" in html
    assert "Deze 2 mensen krijgen toegang" in html
    for name in ("Collega Partner", "Pieter Partner"):
        assert f"<strong>{name}</strong> · maatschappelijk werker" in html
    assert "Claim Zonder Nazicht" not in html
    assert not PartnerAccess.objects.exists() and not OutgoingMail.objects.filter(subject__contains="partner")

    again = hidden_fields(html)
    assert again["organisation"] == str(not_yet_shared.organisation.pk)
    assert client.post(url, {**again, "confirm": "on"}).status_code == 302
    access = PartnerAccess.objects.get()
    assert access.organisation == not_yet_shared.organisation and access.ended_at is None


def test_the_page_says_so_plainly_when_nobody_would_get_access(client, login, kortrijk, kortrijk_coordinator,
                                                               not_yet_shared):
    nobody = OrganisationFactory(name="Lege organisatie", verified=True)
    UserFactory(organisation=nobody)  # a claim only
    login(kortrijk_coordinator)

    response = client.post(reverse("partner:invite", args=[kortrijk.slug, not_yet_shared.knelpunt.pk]),
                           {"organisation": nobody.pk})

    assert response.status_code == 200
    assert "Niemand krijgt nu toegang" in response.content.decode()
    assert not PartnerAccess.objects.exists()


def test_a_list_that_changed_meanwhile_is_shown_again(client, login, kortrijk, kortrijk_coordinator, not_yet_shared):
    login(kortrijk_coordinator)
    url = reverse("partner:invite", args=[kortrijk.slug, not_yet_shared.knelpunt.pk])
    again = hidden_fields(client.post(url, {"organisation": not_yet_shared.organisation.pk}).content.decode())
    verified_member(not_yet_shared.organisation, full_name="Nieuwe Collega")

    response = client.post(url, {**again, "confirm": "on"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "intussen veranderd" in html and "Nieuwe Collega" in html
    assert not PartnerAccess.objects.exists()


def test_the_knelpunt_page_links_to_the_invitation_page_instead_of_listing_every_organisation(
        client, login, kortrijk, kortrijk_coordinator, not_yet_shared):
    login(kortrijk_coordinator)
    knelpunt_page = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, not_yet_shared.knelpunt.pk]))
    invite_url = reverse("partner:invite", args=[kortrijk.slug, not_yet_shared.knelpunt.pk])
    html = knelpunt_page.content.decode()
    assert f'href="{invite_url}"' in html
    assert 'name="organisation"' not in html and "Welzijnsoverleg Zuid" not in html

    typed = {"email": "geen-adres", "invite_message": "Kunnen jullie meekijken?"}
    again = client.post(invite_url, typed).content.decode()  # an error: the invitation page, with what was typed
    assert "Een partner uitnodigen" in again and "Kunnen jullie meekijken?" in again and 'value="geen-adres"' in again
