"""A partner reaches the knelpunten shared with them from inside the app: "Knelpunten als partner" in the header and a
card on /mijn/, only for people with an active partner access. The check is one query per request, none for
visitors; a partner of another municipality still sees only their own knelpunten."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.models import PartnerAccess
from tests.factories import OrganisationFactory, UserFactory, coordinator, member

from .partner_helpers import KNELPUNT, shared_knelpunt

LINK = "Knelpunten als partner"
ROESELARE_KNELPUNT = "Geen plaats in de nachtopvang"

pytestmark = pytest.mark.django_db


def _partner_links(client) -> int:
    response = client.get(reverse("pages:home"))
    assert response.status_code == 200
    return response.content.decode().count(f'href="{reverse("partner:knelpunten")}"')


@pytest.fixture
def shared(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator)


def test_a_partner_finds_the_link_in_the_header_and_on_the_personal_page(client, login, shared):
    login(shared.partner)

    assert _partner_links(client) == 2  # the header and the card on /mijn/
    content = client.get(reverse("pages:home")).content.decode()
    assert LINK in content

    listing = client.get(reverse("partner:knelpunten")).content.decode()
    assert KNELPUNT in listing


def test_a_person_invited_by_name_finds_the_link_too(client, login, make_signal, make_knelpunt,
                                                     kortrijk_coordinator):
    shared = shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite="user")
    login(shared.partner)
    assert _partner_links(client) == 2

    login(shared.colleague)  # same organisation, but the invitation was to Pieter by name
    assert _partner_links(client) == 0


def test_a_giver_or_coordinator_without_partner_access_sees_no_partner_link(client, login, shared, giver,
                                                                              kortrijk_coordinator):
    for user in (giver, kortrijk_coordinator):
        login(user)
        assert _partner_links(client) == 0
        assert LINK not in client.get(reverse("pages:home")).content.decode()


def test_the_link_leaves_with_the_withdrawn_invitation(client, login, shared, kortrijk_coordinator):
    login(shared.partner)
    assert _partner_links(client) == 2

    access = PartnerAccess.objects.get(knelpunt=shared.knelpunt, ended_at__isnull=True)
    partners.withdraw_partner(kortrijk_coordinator, access.pk)

    assert _partner_links(client) == 0


def test_a_partner_of_another_municipality_sees_only_their_own_knelpunten(client, login, shared, roeselare,
                                                                          make_knelpunt):
    boss = coordinator(roeselare, full_name="Coördinator Roeselare")
    own = make_knelpunt(ROESELARE_KNELPUNT, by=boss, municipality=roeselare)
    outsider = UserFactory(full_name="Rita Roeselare", email="rita@opvang-roeselare.be",
                           organisation=OrganisationFactory(name="Opvang Roeselare"))
    partners.invite_partner(boss, own.pk, user=outsider)
    login(outsider)

    assert _partner_links(client) == 2
    listing = client.get(reverse("partner:knelpunten")).content.decode()
    assert ROESELARE_KNELPUNT in listing
    assert KNELPUNT not in listing
    assert client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk])).status_code == 404
    assert client.get(reverse("partner:knelpunt", args=[own.pk])).status_code == 200


def test_the_partner_check_is_one_query_per_request_and_none_for_visitors(client, login, shared, kortrijk):
    def partner_queries(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        # the two-factor rule's one query (accounts.middleware) also looks at partner access: not the header's check
        return sum("casework_partneraccess" in q["sql"] and "mfa_authenticator" not in q["sql"]
                   for q in queries.captured_queries)

    assert partner_queries(reverse("pages:landing")) == 0  # a visitor: no header link to decide

    login(shared.partner)
    assert partner_queries(reverse("pages:home")) == 1  # header + card on /mijn/: asked once

    login(member(kortrijk, full_name="Gewone Gever"))
    assert partner_queries(reverse("pages:home")) == 1
