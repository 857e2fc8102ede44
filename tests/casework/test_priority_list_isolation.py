"""The priority list and the override of a knelpunt's priority, against everyone who may not use them: another
municipality's coordinator, a giver, a partner, a pending coordinator, the platform admin and anonymous visitors
get a 404 (anonymous: the login page) and see nothing; a reader reads the list but cannot override. A POST by any
of them changes nothing."""

from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.tenancy.models import MembershipStatus, Role
from tests.factories import UserFactory, coordinator, member, with_totp

SECRET_KNELPUNT = "Geheim knelpunt: voedselhulp op zaterdag"

OUTSIDERS = {
    "coordinator of another municipality": lambda kortrijk, roeselare, giver: coordinator(roeselare),
    "giver of the linked signal": lambda kortrijk, roeselare, giver: giver,
    "partner without invitation": lambda kortrijk, roeselare, giver: member(kortrijk, Role.PARTNER),
    "pending coordinator": lambda kortrijk, roeselare, giver: with_totp(
        member(kortrijk, Role.COORDINATOR, MembershipStatus.PENDING)),
    "platform admin": lambda kortrijk, roeselare, giver: with_totp(UserFactory(is_staff=True, is_superuser=True)),
    "anonymous": lambda kortrijk, roeselare, giver: None,
}
REQUESTS = {
    "GET priorities": ("get", "casework:priorities", False, {}),
    "POST override": ("post", "casework:override_priority", True, {"priority_value": 100, "priority_reason": "Hoog"}),
    "POST clear": ("post", "casework:override_priority", True, {"action": "clear"}),
}


@pytest.fixture
def knelpunt(make_signal, make_knelpunt, kortrijk_coordinator):
    knelpunt = make_knelpunt(SECRET_KNELPUNT, signals=[make_signal()])
    from lokaalsignaal.casework.priority import services as priority_services

    priority_services.override_priority(kortrijk_coordinator, knelpunt.pk, 40, "Afgesproken in het overleg.")
    return knelpunt


def snapshot():
    return list(Knelpunt.objects.order_by("pk").values()), AuditEvent.objects.count()


def url(name, on_knelpunt, slug, knelpunt):
    return reverse(name, args=[slug, knelpunt.pk] if on_knelpunt else [slug])


@pytest.mark.parametrize("request_name", REQUESTS)
@pytest.mark.parametrize("outsider", OUTSIDERS)
def test_outsiders_get_nothing_and_change_nothing(client, login, kortrijk, roeselare, giver, knelpunt, outsider,
                                                  request_name):
    method, name, on_knelpunt, data = REQUESTS[request_name]
    user = OUTSIDERS[outsider](kortrijk, roeselare, giver)
    if user is not None:
        login(user)
    before = snapshot()

    response = getattr(client, method)(url(name, on_knelpunt, kortrijk.slug, knelpunt), data)

    if user is None:
        assert response.status_code == 302
        assert urlparse(response["Location"]).path == reverse(settings.LOGIN_URL)
    else:
        assert response.status_code == 404
    assert SECRET_KNELPUNT not in response.content.decode()
    assert snapshot() == before


@pytest.mark.parametrize("request_name", REQUESTS)
def test_a_coordinator_cannot_reach_kortrijk_through_their_own_municipality(client, login, roeselare, knelpunt,
                                                                             request_name):
    method, name, on_knelpunt, data = REQUESTS[request_name]
    login(coordinator(roeselare))
    before = snapshot()

    response = getattr(client, method)(url(name, on_knelpunt, roeselare.slug, knelpunt), data)

    if on_knelpunt:
        assert response.status_code == 404
    else:  # their own (empty) list
        assert response.status_code == 200
    assert SECRET_KNELPUNT not in response.content.decode()
    assert snapshot() == before


def test_a_reader_reads_the_list_but_overriding_is_a_404(client, login, kortrijk, knelpunt):
    login(member(kortrijk, Role.READER))
    before = snapshot()

    listing = client.get(url("casework:priorities", False, kortrijk.slug, knelpunt))
    override = client.post(url("casework:override_priority", True, kortrijk.slug, knelpunt),
                           REQUESTS["POST override"][3])
    clear = client.post(url("casework:override_priority", True, kortrijk.slug, knelpunt), {"action": "clear"})

    assert listing.status_code == 200 and SECRET_KNELPUNT in listing.content.decode()
    assert (override.status_code, clear.status_code) == (404, 404)
    assert snapshot() == before


def test_the_override_url_only_accepts_a_post(client, login, kortrijk, kortrijk_coordinator, knelpunt):
    login(kortrijk_coordinator)

    assert client.get(url("casework:override_priority", True, kortrijk.slug, knelpunt)).status_code == 405


def test_the_coordinator_of_the_municipality_does_reach_both(client, login, kortrijk, kortrijk_coordinator,
                                                              knelpunt):
    """The control group: the 404s above mean something."""
    login(kortrijk_coordinator)

    assert client.get(url("casework:priorities", False, kortrijk.slug, knelpunt)).status_code == 200
    response = client.post(url("casework:override_priority", True, kortrijk.slug, knelpunt), {"action": "clear"})
    assert response.status_code == 302
    assert Knelpunt.objects.get(pk=knelpunt.pk).priority_override is None
