"""In Chromium: on a knelpunt's page "Ook in andere gemeenten" loads after the page (htmx) with what Roeselare
published about the same problem and its contact address; without JavaScript a link opens it as a page, which fits a
360 px phone without sideways scrolling. The knelpunt page with the panel and that page pass axe."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import MunicipalityFactory, coordinator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC_TITLE = "Lange wachtlijst voor budgetbegeleiding"


@pytest.fixture
def knelpunt(municipality, make_coordinator):
    load_lists()
    roeselare = MunicipalityFactory(name="Roeselare", refnis="36015", public_page=True, contact_for_peers=True,
                                    peer_contact_email="welzijn@roeselare.be")
    casework.create_knelpunt(coordinator(roeselare), roeselare, {
        "title": "Intern", "public": True, "public_title": PUBLIC_TITLE,
        "public_summary": "Gezinnen wachten maanden op budgetbegeleiding."})
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    mine = casework.create_knelpunt(user, municipality, {
        "title": "Wachtlijst budgetbegeleiding", "summary": "Gezinnen wachten maanden op budgetbegeleiding."})
    return user, secret, mine


def test_the_panel_loads_after_the_page(site, new_page, log_in, axe_check, municipality, knelpunt):
    user, secret, mine = knelpunt
    page = new_page()
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/{municipality.slug}/knelpunten/{mine.pk}/")
    page.locator("#ook-elders").scroll_into_view_if_needed()

    panel = page.locator("[data-elsewhere]")
    expect(panel).to_contain_text(PUBLIC_TITLE)
    expect(panel.get_by_role("link", name="welzijn@roeselare.be")).to_have_attribute("href",
                                                                                       "mailto:welzijn@roeselare.be")
    axe_check(page)


def test_without_javascript_a_link_opens_it_as_a_page(site, new_page, log_in, municipality, knelpunt,
                                                      make_coordinator):
    _user, _secret, mine = knelpunt
    colleague, secret = make_coordinator(municipality, full_name="Bert Coördinator")
    page = new_page(java_script_enabled=False)
    log_in(page, colleague.email, totp_secret=secret)

    page.goto(f"{site}/g/{municipality.slug}/knelpunten/{mine.pk}/")
    page.get_by_role("link", name="Bekijk gelijkaardige knelpunten die andere gemeenten publiek maakten").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Wachtlijst budgetbegeleiding")
    expect(page.locator("[data-elsewhere]")).to_contain_text(PUBLIC_TITLE)


def test_the_page_fits_a_phone(site, new_page, log_in, axe_check, municipality, knelpunt):
    user, secret, mine = knelpunt
    phone = new_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    log_in(phone, user.email, totp_secret=secret)

    phone.goto(f"{site}/g/{municipality.slug}/knelpunten/{mine.pk}/ook-elders/")

    expect(phone.locator("[data-elsewhere]")).to_contain_text(PUBLIC_TITLE)
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    axe_check(phone)  # (axe runs in a page with JavaScript: here it does not finish in one without)
