"""On the members page, in Chromium: the pending request comes first with the hint about a personal address, ending
a role is a quiet button that asks first (without JavaScript too), and the members page, the confirmation page and
the knelpunten search pass axe and fit a 360 px phone."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.tenancy.models import Membership, MembershipStatus
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HINT = "Let op: een persoonlijk e-mailadres bij een organisatie; kijk na of deze persoon daar werkt."


@pytest.fixture
def members(municipality, make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    member(municipality, full_name="Anna Actief", email="anna@ocmw-kortrijk.be")
    member(municipality, status=MembershipStatus.PENDING, full_name="Zoë Wacht", email="zoe.wacht@gmail.com")
    casework.create_knelpunt(user, municipality, {"title": "Wachttijd budgetbegeleiding"})
    casework.create_knelpunt(user, municipality, {"title": "Vervoer naar het ziekenhuis"})
    return user, secret


def test_the_members_page_the_confirmation_and_the_search_pass_axe_on_a_phone(
        site, phone_page, log_in, axe_check, members):
    user, secret = members
    page = phone_page
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/kortrijk/leden/")
    first = page.locator(".member").first
    expect(first).to_contain_text("Zoë Wacht")
    expect(first).to_contain_text(HINT)
    axe_check(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")

    page.get_by_role("button", name="Rol beëindigen (Anna Actief)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rol beëindigen bevestigen")
    expect(page.locator("main")).to_contain_text("Je beëindigt de rol Signaalgever van Anna Actief")
    axe_check(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")

    page.goto(f"{site}/g/kortrijk/knelpunten/")
    page.get_by_label("Zoek in titel en samenvatting").fill("budget")
    page.get_by_role("button", name="Toon knelpunten").click()
    expect(page.locator("main")).to_contain_text("Wachttijd budgetbegeleiding")
    expect(page.locator("main")).not_to_contain_text("Vervoer naar het ziekenhuis")
    axe_check(page)


def test_ending_a_role_asks_first_without_javascript(site, new_page, log_in, members):
    user, secret = members
    page = new_page(java_script_enabled=False)
    log_in(page, user.email, totp_secret=secret)
    anna = Membership.objects.get(user__full_name="Anna Actief")

    page.goto(f"{site}/g/kortrijk/leden/")
    page.get_by_role("button", name="Rol beëindigen (Anna Actief)").click()
    page.get_by_role("link", name="Nee, terug naar de leden").click()
    anna.refresh_from_db()
    assert anna.status == MembershipStatus.APPROVED

    page.get_by_role("button", name="Rol beëindigen (Anna Actief)").click()
    page.get_by_role("button", name="Ja, beëindig de rol").click()
    expect(page.get_by_role("status").first).to_contain_text("De rol van Anna Actief is beëindigd.")
    anna.refresh_from_db()
    assert anna.status == MembershipStatus.ENDED
