"""The audit page of a municipality lists only that municipality's events: a coordinator never reads who did what in
another municipality, nor acts recorded without a municipality (a platform admin's verification in the admin)."""

import pytest
from django.urls import reverse

from lokaalsignaal.audit import services as audit
from lokaalsignaal.tenancy.models import Membership, Role
from tests.factories import UserFactory, coordinator

pytestmark = pytest.mark.django_db


def test_the_audit_page_lists_only_its_own_municipalitys_events(client, login, municipality, other_municipality):
    boss = coordinator(municipality, full_name="Koen Kortrijk")
    other_boss = coordinator(other_municipality, full_name="Rita Roeselare")
    stranger = UserFactory(full_name="Lid Elders")
    elsewhere = Membership.objects.create(user=stranger, municipality=other_municipality, role=Role.READER)
    audit.record(other_boss, "membership.approved", elsewhere, role=Role.READER, member=stranger.pk)
    audit.record(other_boss, "municipality.settings_changed", other_municipality, municipality=other_municipality,
                 fields=["auto_approve_domains"])
    audit.record(boss, "organisation.verified", stranger, member=stranger.pk)  # no municipality
    login(boss)

    page = client.get(reverse("audit:log", args=[municipality.slug])).content.decode()
    body = page[page.index('id="auditlog"'):]  # the log itself: the filters above it list every action

    assert "Rita Roeselare" not in page  # nor in the person filter

    assert "Rita Roeselare" not in body
    assert "Lid Elders" not in body
    assert "Instellingen gewijzigd" not in body
    assert "Organisatie nagekeken" not in body
    assert "Er staat nog niets in het auditlog." in body
