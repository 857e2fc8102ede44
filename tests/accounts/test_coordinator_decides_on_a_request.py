"""A coordinator approves or refuses a worker's request to join the municipality."""

import pytest
from django.core import mail as django_mail
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.factories import coordinator, member

REFUSAL = "We kennen jouw organisatie niet in Kortrijk; neem contact op met de sociale dienst."


@pytest.fixture
def boss(municipality):
    return coordinator(municipality, full_name="Chris Coördinator")


@pytest.fixture
def request_(municipality):
    user = member(municipality, status=MembershipStatus.PENDING, full_name="Wout Werker", email="wout@zorg.be")
    return Membership.objects.get(user=user)


@pytest.fixture
def decide(client, login, boss, municipality, django_capture_on_commit_callbacks):
    login(boss)

    def _decide(membership, decision, message=""):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("accounts:decide", args=[municipality.slug, membership.pk]),
                               {"decision": decision, "message": message}, follow=True)

    return _decide


def test_members_page_lists_the_pending_request(client, login, boss, municipality, request_):
    login(boss)

    response = client.get(reverse("accounts:members", args=[municipality.slug]))

    body = response.content.decode()
    assert "Wout Werker" in body
    assert "wout@zorg.be" in body
    assert "1 aanvraag wacht op jouw beslissing" in body
    assert reverse("accounts:decide", args=[municipality.slug, request_.pk]) in body


def test_approving_gives_the_worker_access_and_tells_them(decide, client, boss, municipality, request_):
    response = decide(request_, "approve")

    request_.refresh_from_db()
    assert request_.status == MembershipStatus.APPROVED
    assert request_.decided_by == boss
    assert request_.decided_at is not None
    assert "Wout Werker is goedgekeurd" in response.content.decode()
    [sent] = [m for m in django_mail.outbox if m.to == ["wout@zorg.be"]]
    assert "Goed nieuws" in sent.body
    assert "/mijn-gemeenten/" in sent.body

    client.force_login(request_.user, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(reverse("pages:municipality", args=[municipality.slug])).status_code == 200


def test_refusing_needs_a_message(decide, request_):
    response = decide(request_, "refuse", "   ")

    request_.refresh_from_db()
    assert request_.status == MembershipStatus.PENDING
    assert "Schrijf kort waarom je de aanvraag weigert" in response.content.decode()
    assert not django_mail.outbox
    assert not AuditEvent.objects.filter(action="membership.refused").exists()


def test_refusal_message_reaches_the_worker_by_mail_and_on_their_municipalities_page(decide, client, request_):
    decide(request_, "refuse", REFUSAL)

    request_.refresh_from_db()
    assert request_.status == MembershipStatus.REFUSED
    assert request_.message == REFUSAL
    [sent] = [m for m in django_mail.outbox if m.to == ["wout@zorg.be"]]
    assert REFUSAL in sent.body
    assert "niet goedgekeurd" in sent.body

    client.force_login(request_.user, backend="django.contrib.auth.backends.ModelBackend")
    page = client.get(reverse("accounts:memberships")).content.decode()
    assert REFUSAL in page
    assert "Geweigerd" in page


def test_refused_worker_gets_no_access(decide, client, municipality, request_):
    decide(request_, "refuse", REFUSAL)
    client.force_login(request_.user, backend="django.contrib.auth.backends.ModelBackend")

    assert client.get(reverse("pages:municipality", args=[municipality.slug])).status_code == 404


def test_coordinator_cannot_decide_on_their_own_membership(decide, boss, municipality):
    own = Membership.objects.get(user=boss, municipality=municipality)

    response = decide(own, "refuse", "Ik stop ermee")

    own.refresh_from_db()
    assert own.status == MembershipStatus.APPROVED
    assert "Je kunt niet over je eigen lidmaatschap beslissen" in response.content.decode()


def test_coordinator_cannot_approve_their_own_pending_request_for_another_role(decide, boss, municipality):
    own_request = Membership.objects.create(user=boss, municipality=municipality, role=Role.READER,
                                            status=MembershipStatus.PENDING)

    decide(own_request, "approve")

    own_request.refresh_from_db()
    assert own_request.status == MembershipStatus.PENDING


def test_coordinator_cannot_end_their_own_role(client, decide, boss, municipality):
    own = Membership.objects.get(user=boss, municipality=municipality)

    response = client.post(reverse("accounts:end", args=[municipality.slug, own.pk]), {"confirm": "on"},
                           follow=True)

    own.refresh_from_db()
    assert own.status == MembershipStatus.APPROVED
    assert "Je kunt je eigen rol niet beëindigen" in response.content.decode()


def test_ending_a_role_takes_the_access_away(client, decide, municipality):
    giver = member(municipality)
    membership = Membership.objects.get(user=giver)

    client.post(reverse("accounts:end", args=[municipality.slug, membership.pk]), {"confirm": "on"})

    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ENDED
    assert AuditEvent.objects.filter(action="membership.ended", object_id=str(membership.pk)).exists()
    client.force_login(giver, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(reverse("pages:municipality", args=[municipality.slug])).status_code == 404


def test_members_page_filters_by_status(client, login, boss, municipality, request_):
    member(municipality, full_name="Al Goedgekeurd")
    login(boss)

    body = client.get(reverse("accounts:members", args=[municipality.slug]), {"status": "pending"}).content.decode()

    assert "Wout Werker" in body
    assert "Al Goedgekeurd" not in body


def test_a_refusal_message_never_stores_a_phone_number_or_email(db, municipality):
    from lokaalsignaal.accounts import services

    boss = coordinator(municipality)
    worker = member(municipality, Role.GIVER, MembershipStatus.PENDING)
    request = Membership.objects.get(user=worker, municipality=municipality)

    services.decide_membership(boss, request.pk, approve=False,
                               message="Bel eerst naar 0470 12 34 56 of mail jan.peeters@voorbeeld.be.")

    request.refresh_from_db()
    assert "0470" not in request.message and "jan.peeters@voorbeeld.be" not in request.message
