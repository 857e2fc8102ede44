"""A free text with the live privacy guard (`guard/text_field.html`, its findings area) only checks while typing when
the page loads `js/guard.js`; the partner invitation page did not (the server still checked on sending)."""

import pytest
from django.urls import reverse

from tests.casework.partner_helpers import shared_knelpunt

pytestmark = pytest.mark.django_db

FINDINGS = 'class="privacy-findings"'


@pytest.fixture
def situation(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator)


def test_the_coordinators_pages_with_a_guarded_text_load_the_live_check(client, login, kortrijk,
                                                                       kortrijk_coordinator, situation):
    knelpunt, signal = situation.knelpunt, situation.signal
    login(kortrijk_coordinator)
    pages = [
        reverse("casework:inbox", args=[kortrijk.slug]),
        reverse("casework:signal", args=[kortrijk.slug, signal.pk]),
        reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk]),
        reverse("casework:merge", args=[kortrijk.slug, knelpunt.pk]),
        reverse("partner:invite", args=[kortrijk.slug, knelpunt.pk]),
    ]
    guarded = 0
    for url in pages:
        body = client.get(url).content.decode()
        if FINDINGS in body:
            guarded += 1
            assert "js/guard.js" in body, url
    assert guarded >= 4  # the test would pass vacuously if the marker changed


def test_the_partners_and_the_givers_pages_with_a_guarded_text_load_the_live_check(client, login, kortrijk, giver,
                                                                                  situation):
    login(situation.partner)
    body = client.get(reverse("partner:knelpunt", args=[situation.knelpunt.pk])).content.decode()
    assert FINDINGS in body and "js/guard.js" in body
    login(giver)
    body = client.get(reverse("intake:give", args=[kortrijk.slug])).content.decode()
    assert FINDINGS in body and "js/guard.js" in body
