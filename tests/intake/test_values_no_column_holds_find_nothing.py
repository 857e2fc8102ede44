"""A reference or token with a NUL character (PostgreSQL refuses those in a query) and an id too big for any
integer column (SQLite overflows on it in `__in`) are values that match nothing: a 404, an empty list or a form
error, never a server error. The database here refuses NUL as PostgreSQL does."""

from urllib.parse import quote

import pytest
from django.urls import reverse

from lokaalsignaal.intake.models import Signal
from tests.security.fuzz_run import like_postgresql

pytestmark = pytest.mark.django_db

HUGE = "9" * 20


@pytest.mark.parametrize("path", ["/mijn/signalen/{nul}/", "/mijn/signalen/{nul}/aanpassen/",
                                  "/mijn/signalen/{nul}/antwoorden/", "/uitnodiging/{nul}/"])
def test_an_address_with_a_nul_character_is_not_found(client, login, giver, path):
    login(giver)

    with like_postgresql():
        response = client.get(path.format(nul=quote("KORTRIJK-2026-0001\x00")))

    assert response.status_code == 404


def test_a_receipt_for_a_reference_with_a_nul_character_shows_my_signals(client, login, giver):
    login(giver)

    with like_postgresql():
        response = client.get(reverse("intake:receipt"), {"ref": "KORTRIJK\x00"})

    assert (response.status_code, response["Location"]) == (302, reverse("intake:mine"))


def test_a_municipality_id_too_big_for_any_column_is_a_form_error(client, login, giver, give_url, form_data):
    login(giver)

    response = client.post(give_url, form_data(municipalities=[HUGE]))

    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert not Signal.objects.exists()


def test_a_theme_id_too_big_next_to_a_real_one_is_a_form_error(client, login, giver, give_url, form_data, theme):
    login(giver)

    response = client.post(give_url, form_data(themes=[theme.pk, HUGE]))

    assert response.status_code == 200
    assert not Signal.objects.exists()
