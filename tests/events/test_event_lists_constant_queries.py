"""The event list pages run the same number of queries for 1 or 8 events."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.events import participation
from tests.factories import member

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def add_events(boss, kortrijk, make_event, add_knelpunt):
    people = [member(kortrijk, full_name=f"Gever {n}") for n in range(3)]

    def add(count):
        for _ in range(count):
            event = make_event(open_to_all=True, capacity=2, knelpunten=[add_knelpunt("Energiearmoede")])
            for person in people:
                participation.register(person, event.pk)
        return people

    return add


@pytest.mark.parametrize("page", ["manage_list", "mine", "public"])
def test_list_pages_run_a_constant_number_of_queries(client, boss, kortrijk, add_events, page):
    kortrijk.public_page = True
    kortrijk.save()
    people = add_events(1)
    viewer = boss if page == "manage_list" else people[0]
    client.force_login(viewer)
    url = {"manage_list": reverse("events:manage_list", args=[kortrijk.slug]), "mine": reverse("events:mine"),
           "public": reverse("events:public", args=[kortrijk.slug])}[page]
    client.get(url)  # warm caches (sessions, content types)

    few = queries(client, url)
    add_events(7)
    many = queries(client, url)

    assert many == few


def test_the_feed_runs_a_constant_number_of_queries(client, add_events):
    people = add_events(1)
    url = reverse("events:feed", args=[participation.calendar_feed_of(people[0]).token])

    few = queries(client, url)
    add_events(7)
    many = queries(client, url)

    assert many == few
