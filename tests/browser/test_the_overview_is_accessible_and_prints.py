"""The municipality's overview in Chromium: it passes axe (also with a period error shown), its charts are images
with an alt text beside tables with the same numbers, it fits a 360 px phone, and it works without JavaScript."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def coordinator_with_signals(municipality, make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    giver = member(municipality, full_name="Sofie Gever")
    themes = list(Theme.objects.order_by("position")[:2])
    for i in range(4):
        intake.submit_signal(giver, [municipality], {
            "signal_type": SignalType.THRESHOLD if i % 2 else SignalType.INJUSTICE, "title": f"Wachttijd {i}",
            "description": "Gezinnen wachten maanden op budgetbegeleiding."}, themes[: 1 + i % 2])
    return user, secret


def test_the_overview_passes_axe_and_shows_each_chart_beside_its_table(site, page, log_in, axe_check,
                                                                       coordinator_with_signals):
    user, secret = coordinator_with_signals
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/kortrijk/")
    page.get_by_role("link", name="Naar het overzicht").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overzicht van Kortrijk")
    charts = page.locator("figure.chart img")
    expect(charts).to_have_count(3)
    assert all(charts.nth(i).get_attribute("alt") for i in range(3))
    expect(page.get_by_role("table", name="Signalen per soort")).to_contain_text("Onrecht of niet-opname van rechten")
    axe_check(page)

    page.get_by_label("Van … tot …").check()
    page.get_by_role("button", name="Toon deze periode").click()
    expect(page.locator(".error-summary")).to_contain_text("Geef de eerste dag van de periode")
    axe_check(page)


def test_the_overview_fits_a_phone(site, phone_page, log_in, axe_check, coordinator_with_signals):
    user, secret = coordinator_with_signals
    log_in(phone_page, user.email, totp_secret=secret)
    phone_page.goto(f"{site}/g/kortrijk/overzicht/")
    assert phone_page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    axe_check(phone_page)


def test_the_period_is_chosen_without_javascript(site, new_page, log_in, coordinator_with_signals):
    user, secret = coordinator_with_signals
    page = new_page(java_script_enabled=False)
    log_in(page, user.email, totp_secret=secret)
    page.goto(f"{site}/g/kortrijk/overzicht/")
    page.get_by_label("Een kalenderjaar").check()
    page.get_by_role("button", name="Toon deze periode").click()
    expect(page.locator("p.lead")).to_contain_text("Periode")
    expect(page.locator("figure.chart img").first).to_be_visible()


def test_a_regions_numbers_pass_axe(site, page, log_in, axe_check, coordinator_with_signals, municipality):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from lokaalsignaal.tenancy.models import ScopeMembership
    from tests.factories import UserFactory, region

    scope = region(municipality, name="Zuid-West")
    member_of_region = UserFactory(full_name="Inge Regio")
    ScopeMembership.objects.create(user=member_of_region, scope=scope, role=ScopeMembership.ScopeRole.READER)
    secret = generate_totp_secret()
    TOTP.activate(member_of_region, secret)
    log_in(page, member_of_region.email, totp_secret=secret)

    page.goto(f"{site}/regio/{scope.pk}/")
    page.get_by_role("link", name="Cijfers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cijfers van Zuid-West")
    expect(page.get_by_role("table", name="Signalen per gemeente en soort, met totalen")).to_contain_text("< 5")
    axe_check(page)


def test_the_public_results_pass_axe_without_an_account(site, page, axe_check, coordinator_with_signals, municipality):
    from lokaalsignaal.casework.knelpunten.models import Knelpunt

    municipality.public_page = True
    municipality.save(update_fields=["public_page"])
    Knelpunt.objects.create(municipality=municipality, title="Intern", public=True, public_title="Wachttijden",
                            public_summary="Wie hulp vraagt, wacht maanden.")

    page.goto(f"{site}/welke-steden-en-gemeenten-werken-mee/")
    page.get_by_role("link", name="Wat deden we met jullie signalen? (Kortrijk)").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("wat deden we met jullie signalen?")
    expect(page.get_by_role("heading", name="Wachttijden")).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Signalen in heel Vlaanderen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Signalen in heel Vlaanderen")
    axe_check(page)
