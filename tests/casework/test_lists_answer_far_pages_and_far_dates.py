"""A page number or a date typed into a list's address is never a server error.

The inbox: a 20-digit page number shows the last page (counted list) or an empty page that says so, with a link to
the first page (a search: the list is not counted); a date far in the past or future is a Dutch error on that
filter, and the other filters still apply. Every other list with pages or dates answers the same numbers with a
page (its last one, or its first for a page number that is not a number)."""


import pytest

from lokaalsignaal.casework.partners import services as partners
from tests.factories import UserFactory, region, scope_member

pytestmark = pytest.mark.django_db

FAR = "9" * 20
DATE_ERROR = "Kies een datum tussen 1-1-2000 en 31-12-2100."


def test_a_far_page_of_the_inbox_shows_its_last_page(inbox, make_signal):
    signal = make_signal()

    page = inbox(pagina=FAR)

    assert signal.reference in page
    assert "1 signaal gevonden." in page


def test_a_far_page_of_a_search_is_empty_and_says_so(inbox, make_signal):
    signal = make_signal(title="Wachtlijst budgetbegeleiding")

    page = inbox(q="budget", pagina=FAR)

    assert signal.reference not in page
    assert "Op deze pagina staan geen signalen meer." in page
    assert "Naar de eerste pagina" in page
    assert signal.reference in inbox(q="budget", pagina="1")


@pytest.mark.parametrize("query", [{"date_to": "9999-12-31"}, {"date_from": "0001-01-01"},
                                   {"date_from": "0001-01-01", "date_to": "9999-12-31"}])
def test_a_far_date_is_a_dutch_error_on_the_filter(inbox, make_signal, query):
    signal = make_signal(title="Wachtlijst budgetbegeleiding")

    page = inbox(**query, q="budget")

    assert DATE_ERROR in page
    assert signal.reference in page  # the search still applies


def test_dates_within_the_bounds_still_filter(inbox, make_signal):
    signal = make_signal()

    assert signal.reference in inbox(date_from="2000-01-01", date_to="2100-12-31")
    assert signal.reference not in inbox(date_to="2000-01-01")


@pytest.fixture
def every_list(kortrijk, kortrijk_coordinator, giver, make_signal, make_knelpunt):
    """(user, url) for every list with pages or date filters, each holding something."""
    signal = make_signal()
    knelpunt = make_knelpunt(signals=[signal])
    zone = region(kortrijk)
    partner = UserFactory(email="pieter@welzijnsoverleg.be")
    partners.invite_partner(kortrijk_coordinator, knelpunt.pk, user=partner)
    slug = kortrijk.slug
    return [
        (kortrijk_coordinator, f"/g/{slug}/signalen/"),
        (kortrijk_coordinator, f"/g/{slug}/knelpunten/"),
        (kortrijk_coordinator, f"/g/{slug}/knelpunten/{knelpunt.pk}/"),
        (kortrijk_coordinator, f"/g/{slug}/prioriteiten/"),
        (kortrijk_coordinator, f"/g/{slug}/leden/"),
        (kortrijk_coordinator, f"/g/{slug}/evenementen/"),
        (giver, "/mijn/signalen/"),
        (giver, "/mijn/meldingen/"),
        (giver, "/mijn/evenementen/"),
        (partner, "/partner/knelpunten/"),
        (partner, f"/partner/knelpunten/{knelpunt.pk}/"),
        (scope_member(zone), f"/regio/{zone.pk}/"),
        (scope_member(zone, email="tweede@regio.be"), f"/regio/{zone.pk}/regionaal/"),
    ]


@pytest.mark.parametrize("query", [{"pagina": FAR}, {"pagina": FAR, "q": "budget"}, {"pagina": "-3"},
                                   {"pagina": "abc"}, {"pagina": "9" * 5000}, {"date_to": "9999-12-31"},
                                   {"date_from": "0001-01-01"}])
def test_every_list_answers_far_pages_and_dates_with_a_page(client, login, every_list, query):
    answers = {}
    for user, url in every_list:
        login(user)
        answers[url] = client.get(url, query).status_code

    assert answers == {url: 200 for _user, url in every_list}
