"""Defect 9: every account that can read other people's signal texts (coordinators, readers, region and Flanders
members, platform admins) is sent to the two-factor set-up before it reaches a page. Partners invited on a knelpunt
only where the knelpunt's municipality asks it of partners; everyone else may set it up (offered), never must."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.accounts.middleware import needs_two_factor
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.models import Role, ScopeMembership
from tests.factories import MembershipFactory, UserFactory, coordinator, member, region, with_totp

SETUP = "/accounts/2fa/totp/activate/"


@pytest.fixture
def kortrijk(municipality, reference_lists):
    return municipality


def _sent_to_setup(client, url) -> bool:
    response = client.get(url)
    return response.status_code == 302 and response["Location"].startswith(SETUP)


def _scope_member(kortrijk, kind, role):
    user = UserFactory(full_name=f"{kind} {role}")
    ScopeMembership.objects.create(user=user, scope=region(kortrijk, name=f"Scope {kind}", kind=kind), role=role)
    return user


@pytest.mark.parametrize("kind,role", [("region", "reader"), ("flanders", "reader"), ("region", "coordinator"),
                                       ("flanders", "coordinator")])
def test_region_and_flanders_members_without_totp_are_sent_to_the_setup(client, login, kortrijk, kind, role):
    login(_scope_member(kortrijk, kind, role))

    assert _sent_to_setup(client, reverse("region:index"))
    assert _sent_to_setup(client, reverse("pages:home"))


def test_a_municipal_reader_without_totp_is_sent_to_the_setup(client, login, kortrijk):
    reader = UserFactory(full_name="Schepen Welzijn")
    MembershipFactory(user=reader, municipality=kortrijk, role=Role.READER)
    login(reader)

    assert _sent_to_setup(client, reverse("casework:knelpunten", args=[kortrijk.slug]))


def test_a_platform_admin_without_totp_is_sent_to_the_setup(client, login, kortrijk):
    login(UserFactory(full_name="Platformbeheer", is_staff=True, is_superuser=True))

    assert _sent_to_setup(client, reverse("pages:home"))
    assert _sent_to_setup(client, "/beheer/")


def test_with_totp_they_reach_their_pages(client, login, kortrijk):
    reader = with_totp(UserFactory())
    MembershipFactory(user=reader, municipality=kortrijk, role=Role.READER)
    login(reader)

    assert client.get(reverse("casework:knelpunten", args=[kortrijk.slug])).status_code == 200


def test_a_giver_is_offered_two_factor_but_not_sent_to_it(client, login, kortrijk):
    login(member(kortrijk))

    response = client.get(reverse("pages:home"))

    assert response.status_code == 200
    assert reverse("mfa_index") in response.content.decode()  # offered: the header links to the set-up


@pytest.fixture
def partner(kortrijk):
    boss = coordinator(kortrijk)
    giver = member(kortrijk)
    signal = intake.submit_signal(giver, [kortrijk], {
        "signal_type": SignalType.THRESHOLD, "title": "Wachttijd budgetbegeleiding",
        "description": "Gezinnen wachten maanden op budgetbegeleiding."}, [Theme.objects.first()])[0]
    knelpunt = casework.create_knelpunt(boss, kortrijk, {"title": "Wachttijden"}, signal_ids=[signal.pk])
    person = UserFactory(full_name="Pieter Partner")
    partners.invite_partner(boss, knelpunt.pk, user=person)
    return person, knelpunt


def test_a_partner_is_not_sent_to_the_setup_where_the_municipality_does_not_ask_it(client, login, partner):
    person, knelpunt = partner
    login(person)

    assert client.get(reverse("partner:knelpunt", args=[knelpunt.pk])).status_code == 200


def test_a_partner_is_sent_to_the_setup_where_the_municipality_asks_it(client, login, kortrijk, partner):
    person, knelpunt = partner
    kortrijk.partners_require_two_factor = True
    kortrijk.save()
    login(person)

    assert _sent_to_setup(client, reverse("partner:knelpunt", args=[knelpunt.pk]))
    assert _sent_to_setup(client, reverse("pages:home"))


def test_the_coordinator_sets_the_partner_rule_on_the_settings_page(client, login, kortrijk):
    login(coordinator(kortrijk))
    url = reverse("accounts:settings", args=[kortrijk.slug])
    assert 'name="partners_require_two_factor"' in client.get(url).content.decode()

    response = client.post(url, {"auto_approve_domains": "", "response_days": "14", "intro_text": "",
                                 "partners_require_two_factor": "on"})

    assert response.status_code == 302
    kortrijk.refresh_from_db()
    assert kortrijk.partners_require_two_factor is True


def test_the_rule_costs_one_query_per_request(kortrijk):
    reader = UserFactory()
    MembershipFactory(user=reader, municipality=kortrijk, role=Role.READER)

    with CaptureQueriesContext(connection) as queries:
        assert needs_two_factor(reader) is True
        assert needs_two_factor(reader) is True  # remembered for the rest of the request

    assert len(queries) == 1


def test_a_partner_reached_through_her_verified_organisation_is_sent_to_the_setup_where_the_municipality_asks_it(
    client, login, kortrijk, partner
):
    """The rule's SQL is kept per process; an organisation's invitation reaches its verified people through another
    form of that SQL, which must hold the same rule."""
    from tests.casework.partner_helpers import verified_member
    from tests.factories import OrganisationFactory, coordinator

    _, knelpunt = partner
    organisation = OrganisationFactory(name="Welzijnsoverleg Zuid", verified=True)
    person = verified_member(organisation, full_name="Pieter Partner", email="pieter@welzijnsoverleg.be")
    partners.invite_partner(coordinator(kortrijk), knelpunt.pk, organisation=organisation)
    kortrijk.partners_require_two_factor = True
    kortrijk.save()
    login(person)

    assert _sent_to_setup(client, reverse("partner:knelpunt", args=[knelpunt.pk]))
    assert _sent_to_setup(client, reverse("pages:home"))
