"""Changing one's e-mail addresses on allauth's page is audited: who, which action, when; never the address."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from tests.factories import member

pytestmark = pytest.mark.django_db

NEW = "sara.nieuw@caw-voorbeeld.be"


def test_adding_choosing_and_removing_an_address_is_audited_without_it(client, login, municipality):
    person = member(municipality, full_name="Sara Signaal")
    login(person)

    client.post(reverse("account_email"), {"action_add": "", "email": NEW})
    added = EmailAddress.objects.get(user=person, email=NEW)
    added.verified = True
    added.save()
    client.post(reverse("account_email"), {"action_primary": "", "email": NEW})
    client.post(reverse("account_email"), {"action_remove": "", "email": person.email})

    actions = list(AuditEvent.objects.filter(actor=person, action__startswith="account.email")
                   .order_by("pk").values_list("action", flat=True))
    assert actions == ["account.email_added", "account.email_primary_changed", "account.email_removed"]
    for event in AuditEvent.objects.filter(actor=person):
        assert NEW not in str(event.payload) and person.email not in str(event.payload)
