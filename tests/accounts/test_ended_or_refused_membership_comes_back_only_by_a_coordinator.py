"""Defect 6: an ended or refused membership never comes back by itself, not even when the person's e-mail domain is on
the municipality's auto-approve list. Asking again makes a pending request that the coordinators hear about, as for
any request; only a coordinator's decision approves it."""

import pytest
from django.urls import reverse

from lokaalsignaal.accounts import services
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.factories import coordinator, member


@pytest.fixture
def trusted_kortrijk(municipality):
    municipality.auto_approve_domains = "kortrijk.be"
    municipality.save()
    return municipality


@pytest.fixture
def boss(trusted_kortrijk):
    return coordinator(trusted_kortrijk, full_name="Carla Coördinator", email="carla@kortrijk.be")


@pytest.mark.parametrize("decision", ["end", "refuse"])
def test_asking_again_after_an_end_or_a_refusal_waits_for_a_coordinator(
        client, login, trusted_kortrijk, boss, decision, django_capture_on_commit_callbacks):
    worker = member(trusted_kortrijk, full_name="Marie Werker", email="marie@kortrijk.be",
                    status=MembershipStatus.APPROVED if decision == "end" else MembershipStatus.PENDING)
    membership = Membership.objects.get(user=worker)
    if decision == "end":
        services.end_membership(boss, membership.pk)
    else:
        services.decide_membership(boss, membership.pk, approve=False, message="Je werkt niet in Kortrijk.")
    OutgoingMail.objects.all().delete()

    login(worker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:memberships"), {"municipalities": [trusted_kortrijk.pk]})

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.PENDING
    assert membership.decided_by is None
    assert not AuditEvent.objects.filter(action="membership.auto_approved").exists()
    assert AuditEvent.objects.filter(action="membership.requested", object_id=str(membership.pk)).exists()
    assert OutgoingMail.objects.filter(to=boss.email).exists()  # the coordinators are told, as for any request


def test_a_first_request_from_a_trusted_domain_is_still_approved_at_once(trusted_kortrijk, boss):
    newcomer = member(trusted_kortrijk, email="nieuw@kortrijk.be", status=MembershipStatus.PENDING)
    Membership.objects.filter(user=newcomer).delete()

    [membership] = services.request_memberships(newcomer, [trusted_kortrijk])

    assert membership.status == MembershipStatus.APPROVED
    assert membership.role == Role.GIVER


def test_a_coordinator_can_approve_the_renewed_request(trusted_kortrijk, boss):
    worker = member(trusted_kortrijk, email="marie@kortrijk.be")
    membership = Membership.objects.get(user=worker)
    services.end_membership(boss, membership.pk)
    services.request_memberships(worker, [trusted_kortrijk])

    services.decide_membership(boss, membership.pk, approve=True)

    membership.refresh_from_db()
    assert membership.status == MembershipStatus.APPROVED
    assert membership.decided_by == boss
