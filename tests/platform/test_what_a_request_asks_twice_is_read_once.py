"""`per_request.once_per_request`: what several parts of one page ask for (the reference tables, the guard's allowed
organisation names) is read once per request, again in the next request and after `forget()`, and on every call
outside a request (a task, a command)."""

import pytest
from django.core.signals import request_finished, request_started

from lokaalsignaal import per_request
from lokaalsignaal.guard import services as guard
from lokaalsignaal.per_request import once_per_request

pytestmark = pytest.mark.django_db


def test_a_value_is_read_once_per_request_again_after_forget_and_always_outside_one():
    reads = []

    @once_per_request
    def value():
        reads.append(1)
        return len(reads)

    assert (value(), value()) == (1, 2)  # outside a request: every call reads
    request_started.send(sender=None)
    try:
        assert (value(), value()) == (3, 3)
        value.forget()
        assert (value(), value()) == (4, 4)
    finally:
        request_finished.send(sender=None)
    request_started.send(sender=None)
    try:
        assert value() == 5  # the next request reads again
    finally:
        request_finished.send(sender=None)


def test_the_guard_reads_the_verified_organisations_once_per_request(kortrijk, django_assert_num_queries):
    from lokaalsignaal.accounts.models import Organisation
    from lokaalsignaal.reference.models import Sector

    sector = Sector.objects.create(name="Welzijn", slug="welzijn")
    Organisation.objects.create(name="Huis van het Kind Kortrijk", sector=sector, verified=True)
    per_request._starts()  # as `request_started` does (that signal also closes the test's database connection)
    try:
        with django_assert_num_queries(1):
            first, again = guard.allow_list(), guard.allow_list()
        assert first == again and "Huis van het Kind Kortrijk" in first
    finally:
        per_request._ends()
    Organisation.objects.create(name="CAW Zuid-West-Vlaanderen", sector=sector, verified=True)
    assert "CAW Zuid-West-Vlaanderen" in guard.allow_list()  # outside a request, and in the next: read again
