"""A frontline worker gives a signal in Chromium: the live privacy guard warns while typing, one click replaces a name
and a phone number, the receipt shows the reference. Accessible (axe) with the warnings shown, usable at 360 px, and
without JavaScript the form still works (warning -> confirm -> receipt)."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.intake.models import Signal
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME = "Fatima Benali"
PHONE = "0470 12 34 56"
DESCRIPTION = f"Vandaag kwam mevrouw {NAME} langs. Ze wacht al vier maanden op budgetbegeleiding, bel {PHONE}."
REFERENCE = re.compile(r"KORTRIJK-\d{4}-\d{4}")


@pytest.fixture
def giver(municipality, reference_lists):
    return member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")


@pytest.fixture
def give_page(site, log_in, giver):
    """open(page): log the giver in and open the give form of Kortrijk."""

    def open_form(page):
        log_in(page, giver.email)
        page.goto(f"{site}/g/kortrijk/signaal-geven/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Signaal geven")
        return page

    return open_form


def findings(page):
    return page.locator("#privacy-description .privacy-finding")


def choose_type_title_and_theme(page):
    page.locator("input[name=signal_type][value=drempel]").check()
    page.get_by_label("Korte titel").fill("Lange wachttijd voor budgetbegeleiding")
    page.locator("input[name=themes]").first.check()


def test_the_giver_replaces_a_name_and_a_phone_number_with_one_click_and_sends(site, page, give_page, giver,
                                                                             axe_check):
    give_page(page)
    description = page.get_by_label("Wat stel je vast?")

    description.press_sequentially(DESCRIPTION, delay=5)

    # The live check (htmx, after a pause in typing) shows both findings, in plain Dutch.
    expect(findings(page)).to_have_count(2)
    expect(page.locator("#privacy-description")).to_contain_text(f"Dit lijkt een naam: «{NAME}».")
    expect(page.locator("#privacy-description")).to_contain_text(
        "Als je verstuurt, vervangen we het door [telefoonnummer].")
    axe_check(page)

    page.get_by_role("button", name=f"Vervang «{NAME}» door [naam]").click()
    expect(description).to_have_value(re.compile(r"mevrouw \[naam\] langs"))
    expect(findings(page)).to_have_count(1)  # the check ran again on the new text
    page.get_by_role("button", name=f"Vervang «{PHONE}» door [telefoonnummer]").click()
    expect(findings(page)).to_have_count(0)
    assert description.input_value() == (
        "Vandaag kwam mevrouw [naam] langs. Ze wacht al vier maanden op budgetbegeleiding, bel [telefoonnummer].")

    choose_type_title_and_theme(page)
    page.get_by_role("button", name="Signaal versturen").click()

    expect(page).to_have_url(re.compile(r"/mijn/signalen/verstuurd/\?ref="))
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt! Je signaal is verstuurd.")
    reference = page.locator(".reference").first.inner_text()
    assert REFERENCE.fullmatch(reference)
    axe_check(page)
    signal = Signal.objects.get(reference=reference)
    assert signal.giver == giver
    assert "[naam]" in signal.description and "[telefoonnummer]" in signal.description
    assert NAME not in signal.description and PHONE not in signal.description

    page.get_by_role("link", name="Naar mijn signalen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn signalen")
    expect(page.locator("main")).to_contain_text(reference)
    axe_check(page)


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_form_fits_a_phone_screen_also_with_warnings(phone_page, give_page, axe_check):
    page = give_page(phone_page)
    assert no_horizontal_scroll(page)

    page.get_by_label("Wat stel je vast?").fill(
        DESCRIPTION + " Haar rekening: BE68539007547034, mail fatima.benali.langenaam@voorbeeldprovider.be.")
    expect(findings(page)).to_have_count(4)

    assert no_horizontal_scroll(page)
    axe_check(page)


def test_without_javascript_a_name_is_confirmed_and_the_signal_sent(new_page, site, give_page, giver):
    page = give_page(new_page(java_script_enabled=False))
    choose_type_title_and_theme(page)
    page.get_by_label("Wat stel je vast?").fill(DESCRIPTION)

    page.get_by_role("button", name="Signaal versturen").click()

    # Sent back: the name must be confirmed (or replaced); the phone number is replaced by the server.
    expect(page.locator(".error-summary")).to_contain_text("Dit lijkt op persoonsgegevens (naam)")
    expect(page.get_by_label("Wat stel je vast?")).to_have_value(re.compile(r"bel \[telefoonnummer\]\.$"))
    assert not Signal.objects.exists()
    page.get_by_label("Ik heb de waarschuwingen nagekeken").check()
    page.get_by_role("button", name="Signaal versturen").click()

    expect(page).to_have_url(re.compile(r"/mijn/signalen/verstuurd/\?ref="))
    expect(page.locator(".reference")).to_have_text(REFERENCE)
    signal = Signal.objects.get()
    assert NAME in signal.description  # confirmed by the giver
    assert PHONE not in signal.description


def test_without_javascript_the_replace_button_replaces_the_name(new_page, site, give_page, giver):
    page = give_page(new_page(java_script_enabled=False))
    choose_type_title_and_theme(page)
    page.get_by_label("Wat stel je vast?").fill(DESCRIPTION)
    page.get_by_role("button", name="Signaal versturen").click()

    page.get_by_role("button", name=f"Vervang «{NAME}» door [naam]").click()

    expect(page.get_by_label("Wat stel je vast?")).to_have_value(re.compile(r"mevrouw \[naam\] langs"))
    expect(page.get_by_label("Korte titel")).to_have_value("Lange wachttijd voor budgetbegeleiding")
    page.get_by_role("button", name="Signaal versturen").click()
    expect(page).to_have_url(re.compile(r"/mijn/signalen/verstuurd/\?ref="))
    assert NAME not in Signal.objects.get().description
