"""Givers registering for the last places at the same moment never exceed the capacity: the registration locks the
event row (SELECT ... FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite). Real parallel requests, each thread with
its own database connection."""

import threading

import pytest
from django.db import connections
from django.test import Client
from django.urls import reverse

from lokaalsignaal.events.models import Invitation, Response
from tests.factories import member


def register_all_at_once(event, people):
    barrier, statuses, errors = threading.Barrier(len(people)), [], []

    def attempt(person):
        client = Client()
        client.force_login(person, backend="django.contrib.auth.backends.ModelBackend")
        try:
            barrier.wait(timeout=10)
            statuses.append(client.post(reverse("events:register", args=[event.pk])).status_code)
        except Exception as error:  # a lock timeout would be a failure of the design
            errors.append(repr(error))
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, errors


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("capacity, givers", [(1, 2), (1, 6), (3, 8)])
def test_parallel_registrations_never_exceed_the_capacity(kortrijk, make_event, capacity, givers):
    event = make_event(open_to_all=True, capacity=capacity)
    people = [member(kortrijk, full_name=f"Gever {n}", email=f"gever{n}@caw.be") for n in range(givers)]

    statuses, errors = register_all_at_once(event, people)

    assert errors == []
    assert statuses == [302] * givers
    responses = list(Invitation.objects.filter(event=event).values_list("response", flat=True))
    assert responses.count(Response.REGISTERED) == capacity
    assert responses.count(Response.WAITING) == givers - capacity
