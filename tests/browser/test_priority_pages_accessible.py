"""The priority pages in Chromium: the priority list and the knelpunt page with "Waarom deze prioriteit?" (also
with the override form's errors shown, and with a manual priority) pass axe at 1280 and 360 px, and fit a phone
without sideways scrolling of the page."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.priority import services as priority_services
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import OrganisationFactory, SectorFactory, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def knelpunten(municipality, make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    theme = Theme.objects.order_by("position").first()

    def signal(i):
        giver = member(municipality, organisation=OrganisationFactory(name=f"Organisatie {i}",
                                                                      sector=SectorFactory(name=f"sector {i}")))
        return intake.submit_signal(giver, [municipality], {
            "signal_type": SignalType.THRESHOLD, "title": f"Lange wachttijd {i}", "frequency": "weekly",
            "people_affected": "21-50", "description": "Veel gezinnen wachten maanden op budgetbegeleiding."},
            [theme])[0]

    high = casework.create_knelpunt(user, municipality, {"title": "Wachttijden budgetbegeleiding"},
                                      signal_ids=[signal(i).pk for i in range(3)])
    manual = casework.create_knelpunt(user, municipality, {"title": "Vervoer naar de voedselbank"},
                                        signal_ids=[signal(3).pk])
    priority_services.override_priority(user, manual.pk, 95, "De gemeenteraad bespreekt dit in juni.")
    return user, secret, high, manual


def test_the_priority_pages_pass_axe_on_a_desktop(site, page, log_in, axe_check, knelpunten):
    user, secret, high, manual = knelpunten
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/kortrijk/prioriteiten/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Prioriteiten van Kortrijk")
    rows = page.locator("tbody tr")
    expect(rows.first).to_contain_text("Vervoer naar de voedselbank")  # the manual 95 comes first
    expect(rows.first).to_contain_text("manueel")
    axe_check(page)

    page.goto(f"{site}/g/kortrijk/knelpunten/{high.pk}/")
    expect(page.get_by_role("heading", name="Waarom deze prioriteit?")).to_be_visible()
    expect(page.get_by_role("table", name="Zo is de berekende prioriteit")).to_be_visible()
    axe_check(page)
    page.get_by_label("Manuele prioriteit", exact=True).fill("150")
    page.get_by_role("button", name="Manuele prioriteit bewaren").click()
    expect(page.locator(".error-summary")).to_contain_text("Kies een prioriteit van 0 tot 100")
    expect(page.locator(".error-summary")).to_contain_text("Schrijf waarom je de prioriteit aanpast")
    expect(page.get_by_label("Manuele prioriteit", exact=True)).to_have_value("150")
    axe_check(page)

    page.goto(f"{site}/g/kortrijk/knelpunten/{manual.pk}/")
    expect(page.locator("#prioriteit")).to_contain_text("De gemeenteraad bespreekt dit in juni.")
    axe_check(page)
    page.get_by_role("button", name="Terug naar berekende prioriteit").click()
    expect(page.get_by_role("status").first).to_contain_text("De prioriteit is weer de berekende prioriteit.")
    expect(page.get_by_role("button", name="Terug naar berekende prioriteit")).to_have_count(0)
    axe_check(page)


def test_the_priority_pages_fit_a_phone(site, phone_page, log_in, axe_check, knelpunten):
    user, secret, high, manual = knelpunten
    log_in(phone_page, user.email, totp_secret=secret)

    for path in ("/g/kortrijk/prioriteiten/", f"/g/kortrijk/knelpunten/{high.pk}/",
                 f"/g/kortrijk/knelpunten/{manual.pk}/"):
        phone_page.goto(f"{site}{path}")
        assert phone_page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
        axe_check(phone_page)
