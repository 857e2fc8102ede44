"""Escalation end to end in Chromium: the Kortrijk coordinator escalates a knelpunt to the region; the region bundles
it into a regional knelpunt and moves that to 'in analyse' with a message; the giver of the original signal reads
the message on their signal page. Every region page passes axe."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import member, region

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REGION = "Eerstelijnszone Zuid-West-Vlaanderen"
MESSAGE = "De regio bespreekt de wachtlijsten met alle OCMW's en met de Vlaamse overheid."


@pytest.fixture
def situation(municipality, make_coordinator):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from lokaalsignaal.tenancy.models import ScopeMembership
    from tests.factories import UserFactory

    load_lists()
    coordinator, coordinator_secret = make_coordinator(municipality, full_name="Koen Kortrijk")
    giver = member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")
    scope = region(municipality, name=REGION)
    region_user = UserFactory(full_name="Inge Regio", email="inge@regio.be")
    ScopeMembership.objects.create(user=region_user, scope=scope, role="coordinator")
    region_secret = generate_totp_secret()
    TOTP.activate(region_user, region_secret)
    signal = intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": "Lange wachttijd voor budgetbeheer",
        "description": "Gezinnen wachten acht maanden op budgetbeheer."}, [Theme.objects.first()])[0]
    knelpunt = casework.create_knelpunt(coordinator, municipality, {"title": "Wachtlijsten budgetbeheer"},
                                          signal_ids=[signal.pk])
    return {"coordinator": (coordinator, coordinator_secret), "region": (region_user, region_secret),
            "giver": giver, "signal": signal, "knelpunt": knelpunt, "scope": scope}


def test_a_regional_message_reaches_the_original_giver(site, new_page, log_in, axe_check, situation, municipality):
    knelpunt, scope = situation["knelpunt"], situation["scope"]

    # 1. the municipality escalates the knelpunt to the region
    page = new_page()
    coordinator, secret = situation["coordinator"]
    log_in(page, coordinator.email, totp_secret=secret)
    page.goto(f"{site}/g/{municipality.slug}/knelpunten/{knelpunt.pk}/")
    page.get_by_label("Nieuwe fase").select_option("escalated")
    page.get_by_label("Opschalen naar").select_option(label=REGION)
    page.locator("#stage_responsible_level").select_option(label="Vlaams")
    page.locator("#stage_message").fill("We geven dit door aan de eerstelijnszone.")
    page.get_by_role("button", name="Fase wijzigen en bericht versturen").click()
    expect(page.locator(".messages")).to_contain_text("Opgeschaald")

    # 2. the region sees it, bundles it and moves the regional knelpunt with a message
    page = new_page()
    region_user, secret = situation["region"]
    log_in(page, region_user.email, totp_secret=secret)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Regio").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(REGION)
    expect(page.get_by_role("link", name="Wachtlijsten budgetbeheer")).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Wachtlijsten budgetbeheer").click()
    expect(page.get_by_text("Gezinnen wachten acht maanden op budgetbeheer.")).to_be_visible()
    assert "Sofie Gever" not in page.content() and "sofie.gever@caw.be" not in page.content()
    axe_check(page)
    page.get_by_role("link", name="Bundelen in een regionaal knelpunt").click()
    expect(page.get_by_label("Wachtlijsten budgetbeheer (Kortrijk)")).to_be_checked()
    axe_check(page)
    page.get_by_label("Titel van het regionale knelpunt").fill("Wachtlijsten budgetbeheer in de regio")
    page.get_by_role("button", name="Regionaal knelpunt maken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wachtlijsten budgetbeheer in de regio")
    axe_check(page)
    page.get_by_label("Nieuwe fase").select_option("analysis")
    page.locator("#stage_message").fill(MESSAGE)
    page.get_by_role("button", name="Fase wijzigen en bericht versturen").click()
    expect(page.locator(".messages")).to_contain_text("In analyse")
    expect(page.locator(".timeline")).to_contain_text(MESSAGE)
    axe_check(page)
    page.get_by_role("link", name="Regionale knelpunten").click()
    axe_check(page)

    # 3. the giver reads the region's message on the signal page
    page = new_page()
    log_in(page, situation["giver"].email)
    page.goto(f"{site}/mijn/signalen/{situation['signal'].reference}/")
    expect(page.get_by_text(MESSAGE, exact=False)).to_be_visible()
    expect(page.get_by_text(f"Bericht van {REGION}", exact=False)).to_be_visible()
    assert scope.name in page.content()
