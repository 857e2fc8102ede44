"""On a 360 px phone "Welke steden en gemeenten werken mee?" shows every municipality as a card, nothing scrolls
sideways (not the page, not the list) and nothing is cut off; the search by name or postcode works without
JavaScript; every state passes axe with zero violations."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.tenancy.models import PostalCode
from tests.browser.conftest import PHONE
from tests.factories import MunicipalityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PATH = "/welke-steden-en-gemeenten-werken-mee/"


@pytest.fixture
def participating(db):
    kortrijk = MunicipalityFactory(name="Kortrijk", refnis="34022", start_date=datetime.date(2025, 9, 1),
                                   wave="september 2025", public_page=True)
    MunicipalityFactory(name="Beveren-Kruibeke-Zwijndrecht", refnis="46030", province="Oost-Vlaanderen",
                        start_date=datetime.date(2026, 1, 1), wave="januari 2026 (tweede golf)", public_page=True)
    MunicipalityFactory(name="Sint-Jans-Molenbeek", refnis="21012", province="", region="brussels")
    PostalCode.objects.create(code="8500", municipality=kortrijk)
    PostalCode.objects.create(code="8501", municipality=kortrijk)


def fits_the_phone(page):
    widths = page.evaluate("""() => ({
        page: document.documentElement.scrollWidth,
        list: [...document.querySelectorAll('.table-wrap')].map(w => w.scrollWidth - w.clientWidth),
        cut: [...document.querySelectorAll('main td, main a, main input, main button')]
               .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5).length,
    })""")
    assert widths["page"] <= PHONE["width"], f"the page scrolls sideways ({widths['page']} px wide)"
    assert all(extra <= 0 for extra in widths["list"]), f"the list scrolls sideways ({widths['list']})"
    assert widths["cut"] == 0, f"{widths['cut']} cells or links stand beyond the right edge"


def test_on_a_phone_every_municipality_is_a_card_that_fits(site, phone_page, axe_check, participating):
    phone_page.goto(site + PATH)

    fits_the_phone(phone_page)
    axe_check(phone_page)
    card = phone_page.locator("tbody tr", has_text="Beveren-Kruibeke-Zwijndrecht")
    # each cell on its own line, named after its column (what a screen reader says too)
    name, province = card.get_by_role("cell").nth(0), card.get_by_role("cell", name="Provincie: Oost-Vlaanderen")
    expect(card.get_by_role("cell", name="Golf: januari 2026 (tweede golf)")).to_be_visible()
    assert province.bounding_box()["y"] >= name.bounding_box()["y"] + name.bounding_box()["height"] - 1
    expect(card.get_by_role("link", name=re.compile("Wat deden we met jullie signalen"))).to_be_visible()


def test_the_search_by_postcode_works_on_a_phone_without_javascript(
        site, new_page, phone_page, axe_check, participating):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=False)
    page.goto(site + PATH)

    page.get_by_label("Zoek op naam of postcode").fill("8501")
    page.get_by_role("button", name="Zoek").click()

    expect(page).to_have_url(re.compile(r"\?zoek=8501$"))
    expect(page.locator("tbody tr")).to_have_count(1)
    expect(page.locator("tbody tr")).to_contain_text("Kortrijk")
    # measuring and axe need scripts: the same answer in a phone with JavaScript
    phone_page.goto(page.url)
    fits_the_phone(phone_page)
    axe_check(phone_page)


def test_nothing_found_is_said_and_leads_back_on_a_phone(site, phone_page, axe_check, participating):
    phone_page.goto(f"{site}{PATH}?zoek=Brugge")

    expect(phone_page.get_by_text("Geen deelnemende stad of gemeente gevonden voor ‘Brugge’")).to_be_visible()
    fits_the_phone(phone_page)
    axe_check(phone_page)
    phone_page.get_by_role("link", name="Toon alle deelnemende lokale besturen").click()
    expect(phone_page.locator("tbody tr")).to_have_count(3)


def test_an_overlong_search_is_a_form_error_that_axe_accepts(site, phone_page, axe_check, participating):
    phone_page.goto(f"{site}{PATH}?zoek={'k' * 70}")

    expect(phone_page.locator("#zoek_error")).to_contain_text("60")
    fits_the_phone(phone_page)
    axe_check(phone_page)
