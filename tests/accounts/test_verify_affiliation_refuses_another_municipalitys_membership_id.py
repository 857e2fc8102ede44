"""A coordinator cannot verify someone of another municipality by putting that membership's id behind her own
municipality's URL: the membership is looked up within her municipality only (404), nothing is verified."""

import pytest
from django.urls import reverse

from lokaalsignaal.accounts.models import User
from lokaalsignaal.audit.models import AuditEvent
from tests.factories import OrganisationFactory, coordinator, member

pytestmark = pytest.mark.django_db


def test_another_municipalitys_membership_id_behind_her_own_url_is_a_404(client, login, municipality,
                                                                         other_municipality):
    boss = coordinator(municipality)
    elsewhere = member(other_municipality, organisation=OrganisationFactory(name="Welzijnsoverleg Zuid"))
    login(boss)

    response = client.post(reverse("accounts:verify_affiliation",
                                   args=[municipality.slug, elsewhere.memberships.get().pk]),
                           {"organisation_too": "on"})

    assert response.status_code == 404
    assert User.objects.get(pk=elsewhere.pk).organisation_verified_at is None
    assert not User.objects.get(pk=elsewhere.pk).organisation.verified
    assert not AuditEvent.objects.filter(action__startswith="organisation.").exists()
