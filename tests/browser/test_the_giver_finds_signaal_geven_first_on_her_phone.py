"""On a 360 px phone /mijn/ shows "Signaal geven" without scrolling: the header's links fold into a "Menu" disclosure
(no JavaScript), which opens with the keyboard and holds every link. On a desktop the header is as before: the links
in the bar, no "Menu". Both axe-clean."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from tests.factories import coordinator, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = "Geen plaats in de kinderopvang"


@pytest.fixture
def giver(municipality, reference_lists):
    """Sara gives in Kortrijk; the municipality asked her a question about one of her signals."""
    sara = member(municipality, full_name="Sara Gever", email="sara@caw.be")
    theme = Theme.objects.filter(active=True).first()
    for title in ("Lange wachttijd voor budgetbegeleiding", QUESTION):
        signal = intake.submit_signal(sara, [municipality], {
            "signal_type": SignalType.THRESHOLD, "title": title,
            "description": "Veel gezinnen wachten maanden op hulp."}, [theme])[0]
    triage.ask_question(coordinator(municipality), signal.pk, "Over hoeveel gezinnen gaat het?")
    return sara


def test_on_a_phone_signaal_geven_shows_without_scrolling_and_the_menu_opens(site, phone_page, log_in, axe_check,
                                                                            giver):
    page = log_in(phone_page, giver.email)
    page.goto(f"{site}/mijn/")

    give = page.get_by_role("link", name="Signaal geven").first
    expect(give).to_be_in_viewport(ratio=1)
    box = give.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 80, header  # the brand and "Menu" in one bar (the open list took ~265 px)
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu.get_by_role("link", name="Mijn signalen")).to_be_hidden()
    expect(page.get_by_role("link", name=QUESTION).first).to_be_visible()
    axe_check(page)

    toggle = page.locator(".site-menu__toggle")
    expect(toggle).to_have_accessible_name("Menu")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu.get_by_role("link", name="Mijn signalen")).to_be_visible()
    expect(menu.get_by_role("button", name="Afmelden")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    axe_check(page)
    menu.get_by_role("link", name="Mijn signalen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn signalen")


def test_on_a_desktop_the_header_links_stand_in_the_bar(site, page, log_in, axe_check, giver):
    log_in(page, giver.email)
    page.goto(f"{site}/mijn/")

    expect(page.locator(".site-menu__toggle")).to_be_hidden()
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    for name in ("Mijn Lokaal Signaal", "Mijn signalen", "Evenementen", "Mijn gemeenten"):
        expect(menu.get_by_role("link", name=name)).to_be_visible()
    expect(menu.get_by_role("button", name="Afmelden")).to_be_visible()
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 120, header  # one bar, as before
    axe_check(page)
    menu.get_by_role("link", name="Mijn signalen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn signalen")
