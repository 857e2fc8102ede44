"""Sign-up writes through the account services, audited with ids only: the sign-up form (allauth + our fields) and
the invitation page only check what was typed; `services.complete_sign_up` and `services.sign_up_by_invitation`
make the account, its organisation, its verified e-mail address and its roles, and record `account.signed_up`."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.accounts import services
from lokaalsignaal.accounts.models import Organisation, User
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import Role
from tests.factories import PASSWORD, coordinator

pytestmark = pytest.mark.django_db

NAME, FUNCTION, EMAIL = "Sofie Peeters", "maatschappelijk werker", "sofie@caw-oostvlaanderen.be"


def _no_content(event) -> None:
    dumped = json.dumps([event.payload, event.object_type, event.object_id])
    for text in (NAME, FUNCTION, EMAIL, "Buurtwerk", "sofie"):
        assert text not in dumped


def test_signing_up_records_an_audit_event_without_content(client, reference_lists, municipality,
                                                           django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), {
            "full_name": NAME, "email": EMAIL, "function": FUNCTION, "organisation": "",
            "new_organisation": "Buurtwerk De Zonnebloem", "new_organisation_sector": Sector.objects.get(
                name="jeugdwerk").pk, "municipalities": [municipality.pk], "password1": PASSWORD,
            "password2": PASSWORD})

    assert response.status_code == 302
    user = User.objects.get(email=EMAIL)
    organisation = Organisation.objects.get(name="Buurtwerk De Zonnebloem")
    event = AuditEvent.objects.get(action="account.signed_up")
    assert (event.actor, event.object_type, event.object_id) == (user, "accounts.user", str(user.pk))
    assert event.payload == {"organisation": organisation.pk, "municipalities": [municipality.pk]}
    _no_content(event)
    assert (user.full_name, user.function, user.organisation) == (NAME, FUNCTION, organisation)


def test_the_invited_newcomers_account_and_verified_address_are_made_by_the_service(client, municipality):
    boss = coordinator(municipality)
    invitation = services.invite(boss, municipality, EMAIL, Role.READER)

    user = services.sign_up_by_invitation(invitation.token, full_name=NAME, function=FUNCTION, password=PASSWORD)

    address = EmailAddress.objects.get(user=user)
    assert (address.email, address.verified, address.primary) == (EMAIL, True, True)
    assert user.check_password(PASSWORD) and (user.full_name, user.function) == (NAME, FUNCTION)
    assert user.memberships.get().role == Role.READER
    event = AuditEvent.objects.get(action="account.signed_up")
    assert (event.actor, event.payload) == (user, {"invitation": invitation.pk})
    _no_content(event)


def test_the_invitation_page_signs_up_through_the_service(client, municipality, monkeypatch):
    boss = coordinator(municipality)
    invitation = services.invite(boss, municipality, EMAIL, Role.READER)
    calls = []
    real = services.sign_up_by_invitation
    monkeypatch.setattr(services, "sign_up_by_invitation", lambda *a, **k: calls.append(a) or real(*a, **k))

    client.post(reverse("accounts:invitation", args=[invitation.token]),
                {"full_name": NAME, "function": FUNCTION, "password1": PASSWORD, "password2": PASSWORD})

    assert calls == [(invitation.token,)]
    assert EmailAddress.objects.filter(email=EMAIL, verified=True).count() == 1


def test_a_used_invitation_is_a_clear_error_not_a_second_account(municipality):
    boss = coordinator(municipality)
    invitation = services.invite(boss, municipality, EMAIL, Role.READER)
    services.sign_up_by_invitation(invitation.token, full_name=NAME, function=FUNCTION, password=PASSWORD)

    with pytest.raises(ValidationError, match="verlopen of al gebruikt"):
        services.sign_up_by_invitation(invitation.token, full_name="Iemand", function="", password=PASSWORD)

    assert User.objects.filter(email=EMAIL).count() == 1
