"""The members page costs the same number of queries for 3 members as for 30."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.tenancy.models import MembershipStatus
from tests.factories import coordinator, member


def _queries_for_members_page(client, municipality):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("accounts:members", args=[municipality.slug]))
    assert response.status_code == 200
    return len(queries), response.content.decode().count('class="member"')


def _add_members(municipality, count, start):
    for n in range(start, start + count):
        member(municipality, status=MembershipStatus.PENDING if n % 2 else MembershipStatus.APPROVED,
               full_name=f"Lid {n}")


def test_members_page_query_count_is_independent_of_the_number_of_members(client, login, municipality):
    login(coordinator(municipality))
    _add_members(municipality, 2, 0)
    few_queries, few_shown = _queries_for_members_page(client, municipality)

    _add_members(municipality, 27, 2)
    many_queries, many_shown = _queries_for_members_page(client, municipality)

    assert (few_shown, many_shown) == (3, 30)
    assert many_queries == few_queries
    assert few_queries <= 15
