"""On a 360 px phone the giver finds 'Mijn account' in the menu and edits her profile there: her function and a new
organisation (the page says a coordinator will check it again), how often mail comes, and the language, which takes
effect at once. Nothing scrolls sideways; every state passes axe, also a form with an error (which keeps what she
typed)."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.accounts.models import NotificationPreference, User
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def giver(municipality, reference_lists):
    return member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be", function="maatschappelijk werker")


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_on_a_phone_she_edits_her_profile_and_chooses_english(site, phone_page, log_in, axe_check, giver):
    page = log_in(phone_page, giver.email)
    page.goto(f"{site}/mijn/")
    page.locator(".site-menu__toggle").click()
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Mijn account").click()

    expect(page).to_have_url(re.compile(r"/mijn/account/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn account")
    for name in ("Over jou", "Meldingen", "Taal", "Aanmelden en beveiliging", "Je rollen"):
        expect(page.get_by_role("heading", level=2, name=name)).to_be_visible()
    for name in ("E-mailadres wijzigen", "Wachtwoord wijzigen", "Tweestapsverificatie", "Herstelcodes"):
        expect(page.get_by_role("main").get_by_role("link", name=name)).to_be_visible()
    assert fits(page)
    axe_check(page)

    # an error keeps what she typed, and is accessible too
    page.get_by_label("Je functie").fill("teamleider")
    page.get_by_label("Naam van je organisatie (als ze niet in de lijst staat)").fill("Buurtwerk De Brug")
    page.get_by_role("button", name="Gegevens bewaren").click()
    expect(page.locator(".error-summary")).to_contain_text("Kies de sector van je organisatie.")
    expect(page.get_by_label("Je functie")).to_have_value("teamleider")
    expect(page.get_by_label("Naam van je organisatie (als ze niet in de lijst staat)")).to_have_value(
        "Buurtwerk De Brug")
    assert fits(page)
    axe_check(page)

    page.get_by_label("Sector van die organisatie").select_option(label="CAW")
    page.get_by_role("button", name="Gegevens bewaren").click()
    expect(page.locator(".messages")).to_contain_text("Je organisatie is gewijzigd: een coördinator van je gemeente "
                                                      "kijkt opnieuw na of je er werkt.")
    expect(page.locator("#over-jou")).to_contain_text("Nog niemand heeft nagekeken dat je bij Buurtwerk De Brug werkt.")
    giver.refresh_from_db()
    assert (giver.function, giver.organisation.name) == ("teamleider", "Buurtwerk De Brug")

    page.get_by_label("Eén keer per week (overzicht)").check()
    page.get_by_role("button", name="Keuze bewaren").click()
    expect(page.locator(".messages")).to_contain_text("Je keuze voor e-mails is bewaard.")
    assert User.objects.get(pk=giver.pk).notification_preference == NotificationPreference.WEEKLY

    page.get_by_label("English").check()
    page.get_by_role("button", name="Taal bewaren").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("My account")
    assert User.objects.get(pk=giver.pk).language == "en"
    assert fits(page)
    axe_check(page)

    page.goto(f"{site}/mijn/")  # the next page is in English too: the choice holds
    expect(page.locator("html")).to_have_attribute("lang", "en")
