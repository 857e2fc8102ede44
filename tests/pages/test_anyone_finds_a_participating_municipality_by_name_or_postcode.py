"""On "Welke steden en gemeenten werken mee?" anyone finds a participating municipality by (a part of) its name or
by a postcode (the real postcodes of the reference data), with a GET form that works without JavaScript; nothing
found says so with a way back; an overlong or odd search is a form error, never a server error."""

import datetime
import re

import pytest
from django.urls import reverse

from lokaalsignaal.tenancy.models import Municipality
from lokaalsignaal.tenancy.reference_loader import load_municipalities, load_postal_codes
from tests.html import page, words

URL = reverse("pages:participating")


@pytest.fixture
def participating(db):
    load_municipalities()
    load_postal_codes()
    Municipality.objects.filter(name__in=["Kortrijk", "Gent", "Sint-Jans-Molenbeek"]).update(
        participating=True, start_date=datetime.date(2025, 9, 1))
    Municipality.objects.filter(name="Kortrijk").update(public_page=True)


def names(response):
    return re.findall(r'<td class="table--cards__title"><strong>([^<]+)</strong>', page(response))


def search_field(response) -> str:
    (field,) = re.findall(r'<input type="search" name="zoek"[^>]*>', response.content.decode())
    return field


def test_without_a_search_every_participating_municipality_is_listed(client, participating):
    response = client.get(URL)

    assert response.status_code == 200
    assert names(response) == ["Gent", "Kortrijk", "Sint-Jans-Molenbeek"]
    assert re.search(f'<form method="get" action="{URL}"[^>]* role="search"', page(response))
    assert 'maxlength="60"' in search_field(response)


@pytest.mark.parametrize("search", ["kortrijk", "KORT", " Kortrijk "])
def test_a_part_of_the_name_finds_it(client, participating, search):
    response = client.get(URL, {"zoek": search})

    assert names(response) == ["Kortrijk"]
    assert "1 lokaal bestuur gevonden" in words(response)
    assert f'href="{reverse("pages:results", args=["kortrijk"])}"' in page(response)  # its public results stay


def test_a_name_without_its_hyphens_or_in_french_finds_it(client, participating):
    assert names(client.get(URL, {"zoek": "sint jans"})) == ["Sint-Jans-Molenbeek"]
    assert names(client.get(URL, {"zoek": "Molenbeek-Saint-Jean"})) == ["Sint-Jans-Molenbeek"]


@pytest.mark.parametrize(("postcode", "found"), [
    ("8500", ["Kortrijk"]),   # the centre
    ("8501", ["Kortrijk"]),   # Heule and Bissegem belong to Kortrijk
    ("9000", ["Gent"]),
    ("1080", ["Sint-Jans-Molenbeek"]),
    ("85", ["Kortrijk"]),     # the start of a postcode
])
def test_a_postcode_finds_its_municipality(client, participating, postcode, found):
    assert names(client.get(URL, {"zoek": postcode})) == found


@pytest.mark.parametrize("search", ["Brugge", "8000", "xyz"])
def test_nothing_found_says_so_in_dutch_with_a_way_back(client, participating, search):
    response = client.get(URL, {"zoek": search})

    assert response.status_code == 200
    assert names(response) == []
    assert f"Geen deelnemende stad of gemeente gevonden voor ‘{search}’" in words(response)
    assert f'<a href="{URL}">Toon alle deelnemende lokale besturen</a>' in page(response)
    assert f'value="{search}"' in search_field(response)  # kept what was typed


@pytest.mark.parametrize("search", ["k" * 61, "a" * 5000, "Kort\x00rijk", "%", "_", "' OR 1=1 --"])
def test_an_overlong_or_odd_search_is_no_server_error(client, participating, search):
    response = client.get(URL, {"zoek": search})

    assert response.status_code == 200
    if len(search) > 60:
        assert 'id="zoek_error"' in page(response)  # the form says what is wrong
        assert 'aria-invalid="true"' in search_field(response)
        assert names(response) == ["Gent", "Kortrijk", "Sint-Jans-Molenbeek"]  # and the list stays


def test_a_search_is_escaped(client, participating):
    body = client.get(URL, {"zoek": "<b>x</b>"}).content.decode()

    assert "<b>x</b>" not in body and "&lt;b&gt;x&lt;/b&gt;" in body


def test_the_whole_list_is_kept_five_minutes_and_a_search_is_never_kept(client, participating):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = names(client.get(URL))
    Municipality.objects.filter(name="Gent").update(participating=False)
    with CaptureQueriesContext(connection) as queries:
        kept = names(client.get(URL))
    assert kept == first  # the list as it was (up to five minutes), not read again
    assert not any('"tenancy_municipality"."name"' in q["sql"] and "ORDER BY" in q["sql"] for q in queries)
    assert names(client.get(URL, {"zoek": "Gent"})) == []  # a search reads the municipalities now
