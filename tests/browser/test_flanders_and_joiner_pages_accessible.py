"""In Chromium, with axe: a region escalates its regional knelpunt to Flanders; the Flemish team reads the knelpunten
and signal texts below it (never the giver), and someone who joined the municipal knelpunt reads the region's
message on their own page."""

import pytest
from playwright.sync_api import expect

from tests.factories import scope_member

from .conftest import BUDGET_TEXT as TEXT
from .conftest import TO_FLANDERS as REGION_MESSAGE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def situation(escalated_to_flanders):
    reader = scope_member(escalated_to_flanders["flanders"], role="reader", full_name="Vera Vlaanderen",
                          email="vera@vlaanderen.be")
    return {**escalated_to_flanders, "reader": reader}


def test_flanders_reads_below_the_regional_knelpunt_and_the_joiner_reads_the_message(site, new_page, log_in,
                                                                                      axe_check, situation):
    page = new_page()
    log_in(page, situation["reader"].email)
    page.goto(f"{site}/regio/{situation['flanders'].pk}/")
    expect(page.get_by_role("rowheader", name="Wachtlijsten budgetbeheer")).to_be_visible()  # below it, listed too
    axe_check(page)
    page.get_by_role("rowheader", name="Schuldhulp in de regio").get_by_role("link").click()
    expect(page.get_by_text(TEXT)).to_be_visible()
    assert "Sofie Gever" not in page.content() and "sofie.gever@caw.be" not in page.content()
    axe_check(page)
    page.get_by_role("link", name="Wachtlijsten budgetbeheer").click()
    expect(page.get_by_text(TEXT)).to_be_visible()
    axe_check(page)

    page = new_page()
    log_in(page, situation["joiner"].email)
    page.goto(f"{site}/mijn/knelpunten/{situation['child'].pk}/")
    expect(page.get_by_text(REGION_MESSAGE)).to_be_visible()
    expect(page.get_by_text("Bericht van Eerstelijnszone Zuid-West-Vlaanderen")).to_be_visible()
    axe_check(page)
