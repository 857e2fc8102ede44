"""Issue 14: while her request waits, her home says who decides (the municipality's coordinators), since when it
waits and how long that usually takes (the municipality's promised response time)."""

from django.urls import reverse

from lokaalsignaal.tenancy.models import MembershipStatus, Role
from tests.factories import member


def test_a_pending_request_names_the_deciders_and_the_promised_time(client, login, kortrijk):
    kortrijk.response_days = 10
    kortrijk.save(update_fields=["response_days"])
    login(member(kortrijk, Role.GIVER, status=MembershipStatus.PENDING))

    body = client.get(reverse("pages:home")).content.decode()

    assert "Een signaalcoördinator van Kortrijk beslist over je aanvraag, meestal binnen 10 dagen." in body
    assert "Je vroeg dit aan op" in body


def test_an_approved_membership_does_not_speak_of_waiting(client, login, kortrijk):
    login(member(kortrijk, Role.GIVER))

    assert "beslist over je aanvraag" not in client.get(reverse("pages:home")).content.decode()
