"""The public pages pass axe-core with zero violations on a desktop and on a 360 px phone, scroll no sideways on
the phone, start with a working skip link for keyboard users, and work without JavaScript."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, MunicipalityFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC_PAGES = [
    "/",
    "/welke-steden-en-gemeenten-werken-mee/",
    "/hoe-sluit-ik-me-aan/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]


@pytest.fixture
def participating_municipalities(reference_lists):
    MunicipalityFactory(name="Kortrijk", refnis="34022", start_date=datetime.date(2025, 9, 1), wave="september 2025")
    MunicipalityFactory(name="Gent", refnis="44021", province="Oost-Vlaanderen")
    MunicipalityFactory(
        name="Sint-Jans-Molenbeek",
        refnis="21012",
        province="",
        region="brussels",
        start_date=datetime.date(2026, 1, 1),
        wave="januari 2026",
    )
    MunicipalityFactory(name="Roeselare", refnis="36015", participating=False)


def skip_link_works(page):
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Ga naar de inhoud")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 0, f"skip link not on screen: {box}"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_on_desktop(site, page, axe_check, participating_municipalities, path):
    response = page.goto(site + path)
    assert response.status == 200
    expect(page.locator("h1")).to_have_count(1)
    axe_check(page)
    skip_link_works(page)


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_on_phone(site, phone_page, axe_check, participating_municipalities, path):
    response = phone_page.goto(site + path)
    assert response.status == 200
    scroll_width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360, f"{path} scrolls sideways on a 360 px screen ({scroll_width} px wide)"
    axe_check(phone_page)


def test_participating_page_lists_only_participating_municipalities(site, page, participating_municipalities):
    page.goto(f"{site}/welke-steden-en-gemeenten-werken-mee/")
    table = page.get_by_role("table", name="Deelnemende lokale besturen")
    expect(table.get_by_role("row")).to_have_count(4)  # header + 3
    expect(table.get_by_role("row", name=re.compile("Kortrijk"))).to_contain_text("september 2025")
    expect(table).not_to_contain_text("Roeselare")


def test_failed_login_shows_an_accessible_error(site, page, axe_check, db):
    UserFactory(email="an@voorbeeld.be")
    page.goto(f"{site}/accounts/login/")
    page.get_by_label("E-mailadres").fill("an@voorbeeld.be")
    page.get_by_label("Wachtwoord").fill("niet-het-goede-wachtwoord")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    # One error summary at the top says what went wrong, once (not repeated above the fields).
    alert = page.get_by_role("alert")
    expect(alert).to_have_count(1)
    expect(alert).to_contain_text("Er ging iets mis")
    expect(page.get_by_text("e-mailadres en wachtwoord passen niet bij elkaar")).to_have_count(1)
    axe_check(page)


def test_login_works_without_javascript(site, new_page, db):
    UserFactory(email="an@voorbeeld.be", full_name="An Peeters")
    page = new_page(java_script_enabled=False)
    page.goto(f"{site}/accounts/login/")
    page.get_by_label("E-mailadres").fill("an@voorbeeld.be")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    expect(page).to_have_url(re.compile(r"/mijn/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dag An")
