"""In Chromium, with axe: a region escalates its regional knelpunt to Flanders; the Flemish team reads the knelpunten
and signal texts below it (never the giver), and someone who joined the municipal knelpunt reads the region's
message on their own page."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework import escalation, joins
from lokaalsignaal.casework import services as casework
from lokaalsignaal.casework.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import coordinator, escalation_to, member, region, scope_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "Gezinnen wachten acht maanden op budgetbeheer."
REGION_MESSAGE = "De regio geeft dit door aan Vlaanderen."


@pytest.fixture
def situation(municipality):
    load_lists()
    city = coordinator(municipality, full_name="Koen Kortrijk")
    giver = member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")
    joiner = member(municipality, full_name="Jan Aansluiter", email="jan@ocmw.be")
    zuidwest = region(municipality, name="Eerstelijnszone Zuid-West-Vlaanderen")
    flanders = region(municipality, name="Vlaanderen", kind="flanders")
    region_user = scope_member(zuidwest, full_name="Inge Regio", email="inge@regio.be")
    reader = scope_member(flanders, role="reader", full_name="Vera Vlaanderen", email="vera@vlaanderen.be")
    signal = intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": "Lange wachttijd voor budgetbeheer", "description": TEXT},
        [Theme.objects.first()])[0]
    child = casework.create_bottleneck(city, municipality, {"title": "Wachtlijsten budgetbeheer",
                                                            "visible_to_givers": True}, signal_ids=[signal.pk])
    joins.join(joiner, child.pk)
    child.refresh_from_db()
    casework.change_stage(city, child.pk, Stage.ESCALATED, "We geven dit door aan de regio.", child.version,
                          **escalation_to(zuidwest))
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    casework.change_stage(region_user, regional.pk, Stage.ESCALATED, REGION_MESSAGE, regional.version,
                          **escalation_to(flanders))
    return {"flanders": flanders, "reader": reader, "joiner": joiner, "child": child, "regional": regional}


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
