"""A coordinator composes a signalenrapport in Chromium: from the municipality's page to a new report, picks a
knelpunt, quotes one of its signals, previews the report as a page and downloads its PDF, which carries the quote
and never the giver. Every page passes axe, the compose page fits a 360 px phone and works without JavaScript."""

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUOTE = "Gezinnen wachten vier maanden op een eerste gesprek bij de budgetbegeleiding."


@pytest.fixture
def coordinator_with_a_knelpunt(municipality, make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    giver = member(municipality, full_name="Sofie Gever")
    theme = Theme.objects.order_by("position").first()
    signals = [intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": f"Wachten op budgetbegeleiding {n}",
        "description": QUOTE if n == 0 else "Een ander verhaal over dezelfde wachtlijst."}, [theme])[0]
        for n in range(3)]
    casework.create_knelpunt(user, municipality, {"title": "Wachtlijst budgetbegeleiding",
                                                  "summary": "De wachtlijst groeit."},
                             signal_ids=[s.pk for s in signals])
    return user, secret


def test_a_report_is_composed_previewed_and_downloaded_as_a_pdf(site, page, log_in, axe_check,
                                                                coordinator_with_a_knelpunt):
    user, secret = coordinator_with_a_knelpunt
    log_in(page, user.email, totp_secret=secret)
    page.goto(f"{site}/g/kortrijk/")
    page.get_by_role("link", name="Signalenrapporten").click()
    expect(page.get_by_text("Er is nog geen rapport.")).to_be_visible()
    axe_check(page)

    page.get_by_label("Titel").fill("Signalenrapport voor het college")
    page.get_by_label("Dit jaar").check()
    page.get_by_role("button", name="Maak het rapport").click()
    expect(page.get_by_text("Het rapport is aangemaakt.")).to_be_visible()
    page.get_by_label("Inleiding").fill("Dit rapport bundelt wat de eerstelijnswerkers zagen.")
    page.get_by_label("Wachtlijst budgetbegeleiding").check()
    page.get_by_role("button", name="Bewaar het rapport").click()
    expect(page.get_by_text("Het rapport is bewaard.")).to_be_visible()
    page.get_by_label("Wachten op budgetbegeleiding 0").check()
    page.get_by_role("button", name="Bewaar het rapport").click()
    expect(page.get_by_text("Het rapport is bewaard.")).to_be_visible()
    axe_check(page)

    page.get_by_role("link", name="Bekijk het rapport als pagina").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Signalenrapport voor het college")
    expect(page.locator("blockquote")).to_contain_text(QUOTE)
    axe_check(page)
    page.get_by_role("link", name="Terug naar het rapport").click()

    page.get_by_role("button", name="Maak de PDF").click()
    expect(page.get_by_role("link", name="Download de PDF")).to_be_visible()
    axe_check(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download de PDF").click()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        open(download.value.path(), "rb").read())).pages).split())
    assert "Signalenrapport voor het college" in text and QUOTE in text and "Sofie Gever" not in text


def test_the_compose_page_fits_a_phone(site, phone_page, log_in, axe_check, coordinator_with_a_knelpunt):
    user, secret = coordinator_with_a_knelpunt
    log_in(phone_page, user.email, totp_secret=secret)
    phone_page.goto(f"{site}/g/kortrijk/rapporten/")
    phone_page.get_by_label("Titel").fill("Op de gsm")
    phone_page.get_by_role("button", name="Maak het rapport").click()
    expect(phone_page.get_by_text("Het rapport is aangemaakt.")).to_be_visible()
    assert phone_page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    axe_check(phone_page)


def test_a_report_is_composed_and_rendered_without_javascript(site, new_page, log_in, coordinator_with_a_knelpunt):
    user, secret = coordinator_with_a_knelpunt
    page = new_page(java_script_enabled=False)
    log_in(page, user.email, totp_secret=secret)
    page.goto(f"{site}/g/kortrijk/rapporten/")
    page.get_by_label("Titel").fill("Zonder JavaScript")
    page.get_by_role("button", name="Maak het rapport").click()
    page.get_by_label("Wachtlijst budgetbegeleiding").check()
    page.get_by_role("button", name="Bewaar het rapport").click()
    expect(page.get_by_text("Het rapport is bewaard.")).to_be_visible()
    page.get_by_role("button", name="Maak de PDF").click()
    expect(page.get_by_role("link", name="Download de PDF")).to_be_visible()
