"""A municipality's page (/g/<slug>/...) reads the person's roles there once, with the municipality itself, however
often the page asks `can()` (the knelpunt page asked three times: two queries more on every page load). The roles
are kept on the request's user only: a later request reads them afresh."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.tenancy.models import Membership, Role
from tests.factories import MembershipFactory, member, with_totp

pytestmark = pytest.mark.django_db


def _membership_queries(client, url) -> tuple[int, int]:
    """The status and the number of queries that read her roles (a membership's role as a column of its own)."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    return response.status_code, sum('"accounts_membership"."role"' in q["sql"] for q in ctx.captured_queries)


def test_the_knelpunt_page_reads_the_coordinators_roles_in_one_query(client, kortrijk, kortrijk_coordinator,
                                                                      make_knelpunt):
    knelpunt = make_knelpunt()
    client.force_login(kortrijk_coordinator)
    status, queries = _membership_queries(client, reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk]))
    assert status == 200
    assert queries == 1


def test_roles_held_side_by_side_in_one_municipality_count_together(client, kortrijk):
    """A giver who is also a coordinator there opens the inbox; as a giver alone she may not."""
    person = member(kortrijk, Role.GIVER)
    client.force_login(person)
    assert client.get(reverse("casework:inbox", args=[kortrijk.slug])).status_code == 404
    MembershipFactory(user=person, municipality=kortrijk, role=Role.COORDINATOR)
    with_totp(person)
    assert client.get(reverse("casework:inbox", args=[kortrijk.slug])).status_code == 200


def test_a_role_taken_away_counts_from_the_next_request(client, kortrijk, kortrijk_coordinator):
    client.force_login(kortrijk_coordinator)
    url = reverse("casework:inbox", args=[kortrijk.slug])
    assert client.get(url).status_code == 200
    Membership.objects.filter(user=kortrijk_coordinator, municipality=kortrijk).update(role=Role.GIVER)
    assert client.get(url).status_code == 404
