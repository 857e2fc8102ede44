"""Every account action leaves an audit row (who, what, where) whose payload holds codes, never free text."""

import json

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse

from lokaalsignaal.accounts import services
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.factories import PASSWORD, coordinator, member, totp_code

REFUSAL = "Mevrouw Janssens van de Kerkstraat 12 is bij ons niet gekend"


@pytest.fixture
def boss(municipality):
    return coordinator(municipality, full_name="Chris Coördinator", email="chris@kortrijk.be")


def _actions():
    return list(AuditEvent.objects.order_by("id").values_list("action", flat=True))


def test_approval_is_audited_with_actor_municipality_and_member(boss, municipality):
    worker = member(municipality, status=MembershipStatus.PENDING)
    membership = Membership.objects.get(user=worker)

    services.decide_membership(boss, membership.pk, approve=True)

    event = AuditEvent.objects.get(action="membership.approved")
    assert (event.actor, event.municipality, event.object_id) == (boss, municipality, str(membership.pk))
    assert event.payload == {"role": Role.GIVER, "member": worker.pk}


def test_refusal_is_audited_but_its_message_is_not(boss, municipality):
    worker = member(municipality, status=MembershipStatus.PENDING, full_name="Wout Werker", email="wout@zorg.be")
    membership = Membership.objects.get(user=worker)

    services.decide_membership(boss, membership.pk, approve=False, message=REFUSAL)

    assert AuditEvent.objects.filter(action="membership.refused", actor=boss, municipality=municipality).exists()
    dumped = json.dumps(list(AuditEvent.objects.values("action", "object_type", "object_id", "payload")))
    assert "Janssens" not in dumped
    assert "Kerkstraat" not in dumped
    assert "Wout" not in dumped
    assert "wout@zorg.be" not in dumped


def test_request_and_auto_approval_are_audited(municipality, other_municipality):
    other_municipality.auto_approve_domains = "zorg.be"
    other_municipality.save()
    worker = member(municipality, status=MembershipStatus.REFUSED, email="an@zorg.be")
    Membership.objects.filter(user=worker).delete()

    services.request_memberships(worker, [municipality, other_municipality])

    assert set(AuditEvent.objects.values_list("action", "municipality_id")) == {
        ("membership.requested", municipality.pk), ("membership.auto_approved", other_municipality.pk)}


def test_proposed_organisation_is_audited_with_its_sector_only(reference_lists, municipality):
    worker = member(municipality)

    services.propose_organisation(worker, "Buurtwerk De Zonnebloem", Sector.objects.get(name="jeugdwerk"))

    event = AuditEvent.objects.get(action="organisation.proposed")
    assert event.payload == {"sector": "jeugdwerk"}


def test_invitation_sent_and_accepted_are_audited(boss, municipality):
    invitation = services.invite(boss, municipality, "nieuw@kortrijk.be", Role.COORDINATOR)
    newcomer = member(municipality, email="nieuw@kortrijk.be")

    services.accept_invitation(newcomer, invitation.token)

    sent = AuditEvent.objects.get(action="invitation.sent")
    accepted = AuditEvent.objects.get(action="invitation.accepted")
    assert (sent.actor, sent.municipality, sent.payload) == (boss, municipality, {"role": Role.COORDINATOR})
    assert (accepted.actor, accepted.municipality) == (newcomer, municipality)
    assert AuditEvent.objects.filter(action="membership.role_granted", actor=boss).exists()
    assert "nieuw@kortrijk.be" not in json.dumps(list(AuditEvent.objects.values_list("payload", flat=True)))


def test_settings_change_is_audited_with_field_names_only(boss, municipality):
    services.update_settings(boss, municipality, intro_text="Geef hier je signaal over armoede in Kortrijk.")

    event = AuditEvent.objects.get(action="municipality.settings_changed")
    assert event.payload == {"fields": ["intro_text"]}
    assert "armoede" not in json.dumps(event.payload)


def test_coordinator_login_with_two_factor_is_audited(client, municipality):
    user = member(municipality, Role.COORDINATOR, email="coordinator@kortrijk.be")
    secret = generate_totp_secret()
    TOTP.activate(user, secret)

    response = client.post(reverse("account_login"), {"login": "coordinator@kortrijk.be", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert not AuditEvent.objects.filter(action="login.coordinator").exists()  # password alone is not a login
    client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})

    assert client.session["_auth_user_id"] == str(user.pk)
    assert _actions() == ["login.coordinator"]
    assert AuditEvent.objects.get(action="login.coordinator").actor == user


def test_giver_login_is_not_audited(client, municipality):
    member(municipality, email="gever@zorg.be")

    client.post(reverse("account_login"), {"login": "gever@zorg.be", "password": PASSWORD})

    assert "_auth_user_id" in client.session
    assert not AuditEvent.objects.exists()
