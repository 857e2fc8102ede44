"""Ending a role asks first: a POST without `confirm` shows whose role ends and what that means, and ends nothing;
only the confirmation's 'Ja' (confirm=on) ends it."""

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.tenancy.models import Membership, MembershipStatus
from tests.factories import coordinator, member
from tests.html import words


@pytest.fixture
def giver(client, login, municipality):
    login(coordinator(municipality))
    return Membership.objects.get(user=member(municipality, full_name="Anna Actief", email="anna@zorg.be"))


def _end(client, municipality, membership, **data):
    return client.post(reverse("accounts:end", args=[municipality.slug, membership.pk]), data)


def test_a_post_without_confirm_ends_nothing_and_asks(client, municipality, giver):
    response = _end(client, municipality, giver)

    giver.refresh_from_db()
    assert giver.status == MembershipStatus.APPROVED
    assert not AuditEvent.objects.filter(action="membership.ended").exists()
    text = words(response)
    assert "Rol beëindigen bevestigen" in text
    assert "Je beëindigt de rol Signaalgever van Anna Actief (anna@zorg.be) in Kortrijk." in text
    assert "kan Anna Actief met deze rol niets meer openen" in text
    assert 'name="confirm" value="on"' in response.content.decode()


@pytest.mark.parametrize("confirm", ["", "off", "ja", "1"])
def test_anything_but_confirm_on_ends_nothing(client, municipality, giver, confirm):
    _end(client, municipality, giver, confirm=confirm)

    giver.refresh_from_db()
    assert giver.status == MembershipStatus.APPROVED


def test_confirm_on_ends_the_role(client, municipality, giver):
    response = _end(client, municipality, giver, confirm="on")

    giver.refresh_from_db()
    assert response.status_code == 302
    assert giver.status == MembershipStatus.ENDED
    assert AuditEvent.objects.filter(action="membership.ended", object_id=str(giver.pk)).exists()
