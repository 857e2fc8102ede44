"""The live check has a per-user limit (settings.LOKAALSIGNAAL_RATE_LIMITS, in the shared cache): beyond it a 429
with a short Dutch message that the htmx fragment shows, and a Retry-After; other people are not affected."""

from html import unescape

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.factories import member

pytestmark = pytest.mark.django_db

DATA = {"_field": "description", "description": "Veel gezinnen wachten maanden op budgetbegeleiding."}


@override_settings(LOKAALSIGNAAL_RATE_LIMITS={"guard.check": "3/m"})
def test_beyond_the_limit_the_check_answers_429_for_that_person_only(client, kortrijk):
    first, second = member(kortrijk), member(kortrijk)
    client.force_login(first, backend="django.contrib.auth.backends.ModelBackend")

    answers = [client.post(reverse("guard:check"), DATA) for _ in range(4)]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert "Je gaat wat snel. Wacht even en probeer het dan opnieuw." in unescape(answers[-1].content.decode())
    assert 1 <= int(answers[-1]["Retry-After"]) <= 61
    client.force_login(second, backend="django.contrib.auth.backends.ModelBackend")
    assert client.post(reverse("guard:check"), DATA).status_code == 200


def test_the_page_lets_htmx_show_a_429_fragment(client, giver, kortrijk):
    client.force_login(giver, backend="django.contrib.auth.backends.ModelBackend")

    html = client.get("/g/kortrijk/signaal-geven/").content.decode()

    assert '{"code": "429", "swap": true, "error": false}' in html
