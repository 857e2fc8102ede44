"""No database stores a NUL character (PostgreSQL refuses it). A knelpunt title that arrives with one, from a form
that reads the raw POST (the cluster suggestions' 'maak een knelpunt'), is stored without it: the service cleans
every free text the same way (guard.clean)."""

import re

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from tests.security.fuzz_run import like_postgresql

pytestmark = pytest.mark.django_db


def test_a_cluster_becomes_a_knelpunt_whose_title_lost_the_nul(client, login, kortrijk, kortrijk_coordinator,
                                                                  make_signal):
    first, second = make_signal(), make_signal()
    login(kortrijk_coordinator)

    with like_postgresql():
        response = client.post(reverse("casework:cluster_create", args=[kortrijk.slug]),
                               {"signal_ids": [first.pk, second.pk], "title": "Wacht\x00lijsten"})

    assert response.status_code == 302
    made = re.search(r"/knelpunten/(\d+)/", response["Location"]).group(1)
    assert Knelpunt.objects.get(pk=made).title == "Wachtlijsten"


def test_every_free_text_of_the_service_loses_its_nul(kortrijk, kortrijk_coordinator):
    knelpunt = casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "A\x00B", "summary": "\x00"})

    assert (knelpunt.title, knelpunt.summary) == ("AB", "")
