"""In Chromium, with axe: a region escalated its regional knelpunt to Flanders; the Flemish team bundles it into a
Flemish knelpunt from the knelpunt's page and moves that knelpunt with a message, which reaches the original giver's
signal page and the page of someone who joined the municipal knelpunt."""

import pytest
from playwright.sync_api import expect

from .conftest import REGION_NAME as REGION

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MESSAGE = "De Vlaamse overheid neemt de wachtlijsten mee in het actieplan."


@pytest.fixture
def situation(escalated_to_flanders):
    """A coordinator of Flanders, with two-factor login, on top of the escalated regional knelpunt."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from lokaalsignaal.tenancy.models import ScopeMembership
    from tests.factories import UserFactory

    flemish_team = UserFactory(full_name="Vera Vlaanderen", email="vera@vlaanderen.be")
    ScopeMembership.objects.create(user=flemish_team, scope=escalated_to_flanders["flanders"], role="coordinator")
    secret = generate_totp_secret()
    TOTP.activate(flemish_team, secret)
    return {**escalated_to_flanders, "team": (flemish_team, secret)}


def test_flanders_bundles_the_regional_knelpunt_and_its_message_reaches_the_giver_and_joiner(
        site, new_page, log_in, axe_check, situation):
    page = new_page()
    team, secret = situation["team"]
    log_in(page, team.email, totp_secret=secret)
    page.goto(f"{site}/regio/{situation['flanders'].pk}/")
    page.get_by_role("rowheader", name="Schuldhulp in de regio").get_by_role("link").click()
    axe_check(page)
    page.get_by_role("link", name="Bundelen in een Vlaams knelpunt").click()
    expect(page.get_by_label(f"Schuldhulp in de regio (regionaal knelpunt van {REGION})")).to_be_checked()
    axe_check(page)
    page.get_by_label("Titel van het Vlaamse knelpunt").fill("Wachtlijsten budgetbeheer in Vlaanderen")
    page.get_by_role("button", name="Vlaams knelpunt maken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wachtlijsten budgetbeheer in Vlaanderen")
    expect(page.get_by_role("link", name="Schuldhulp in de regio")).to_be_visible()
    expect(page.get_by_text(f"{REGION} (regionaal knelpunt)")).to_be_visible()
    axe_check(page)
    page.get_by_label("Nieuwe fase").select_option("analysis")
    page.locator("#stage_message").fill(MESSAGE)
    page.get_by_role("button", name="Fase wijzigen en bericht versturen").click()
    expect(page.locator(".messages")).to_contain_text("In analyse")
    axe_check(page)

    page = new_page()
    log_in(page, situation["giver"].email)
    page.goto(f"{site}/mijn/signalen/{situation['signal'].reference}/")
    expect(page.get_by_text(MESSAGE, exact=False)).to_be_visible()
    expect(page.get_by_text("Bericht van Vlaanderen", exact=False)).to_be_visible()
    axe_check(page)

    page = new_page()
    log_in(page, situation["joiner"].email)
    page.goto(f"{site}/mijn/knelpunten/{situation['child'].pk}/")
    expect(page.get_by_text(MESSAGE)).to_be_visible()
    expect(page.get_by_text("Bericht van Vlaanderen")).to_be_visible()
    axe_check(page)
