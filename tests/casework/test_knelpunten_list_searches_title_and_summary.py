"""The knelpunten list has a search box (`?zoek=`): it finds knelpunten by title or summary, case-insensitively,
only in the municipality, together with the other filters, and keeps the search in the page links."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.knelpunten.stages import Stage
from tests.factories import coordinator
from tests.html import page


@pytest.fixture
def search(client, login, kortrijk, kortrijk_coordinator):
    """search(**query) -> the list's HTML, as Kortrijk's coordinator sees it."""
    login(kortrijk_coordinator)

    def get(**query):
        return page(client.get(reverse("casework:knelpunten", args=[kortrijk.slug]), query))

    return get


@pytest.fixture
def three(make_knelpunt, roeselare):
    make_knelpunt("Wachttijd budgetbegeleiding", summary="Maanden wachten op een eerste gesprek.")
    make_knelpunt("Geen kinderopvang", summary="Werkzoekende ouders vinden geen plaats in de BUDGETopvang.")
    make_knelpunt("Vervoer naar het ziekenhuis", summary="De belbus rijdt niet na 18 uur.")
    make_knelpunt("Budgetmeter in Roeselare", by=coordinator(roeselare), municipality=roeselare)


def test_search_finds_by_title_and_by_summary_case_insensitively(search, three):
    html = search(zoek="budget")

    assert "Wachttijd budgetbegeleiding" in html  # the title
    assert "Geen kinderopvang" in html  # the summary, in capitals
    assert "Vervoer naar het ziekenhuis" not in html
    assert 'value="budget"' in html  # the form keeps what was typed


def test_search_stays_within_the_municipality(search, three):
    html = search(zoek="budgetmeter")

    assert "Budgetmeter in Roeselare" not in html
    assert "Geen knelpunten gevonden met deze filters." in html


def test_search_combines_with_the_other_filters(search, three, kortrijk, make_knelpunt):
    trekker = coordinator(kortrijk)
    make_knelpunt("Budget voor tolken", owner=trekker)

    html = search(zoek="budget", owner=trekker.pk, stage=Stage.NEW)

    assert "Budget voor tolken" in html
    assert "Wachttijd budgetbegeleiding" not in html


def test_an_overlong_search_is_refused_without_an_error_page(search, three):
    html = search(zoek="b" * 101)

    assert "Vervoer naar het ziekenhuis" in html  # nothing filtered
    assert "error-summary" in html


def test_the_page_links_keep_the_search(search, make_knelpunt):
    for i in range(60):
        make_knelpunt(f"Dakloosheid {i}")
    make_knelpunt("Iets anders")

    html = search(zoek="dakloos")

    assert "zoek=dakloos" in html[html.index('rel="next"') - 100:html.index('rel="next"')]
    assert "Iets anders" not in html


def test_searching_costs_no_query_more_for_more_knelpunten(client, search, kortrijk, make_knelpunt):
    url = reverse("casework:knelpunten", args=[kortrijk.slug])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, {"zoek": "wachttijd", "stage": "open"}).status_code == 200
        return len(captured)

    search()  # logs in
    for i in range(3):
        make_knelpunt(f"Wachttijd {i}", summary="Lang wachten.")
    queries()  # the first visit writes the parts of the page that are then kept (`fragments`)
    few = queries()
    for i in range(3, 30):
        make_knelpunt(f"Wachttijd {i}", summary="Lang wachten.")
    many = queries()

    assert many == few
