"""A coordinator invites a partner by e-mail address from the knelpunt page; the partner follows the link in the mail
(real SMTP), reads the knelpunt and the texts of its signals — and nowhere, not even in the HTML source, the giver's
name, e-mail or organisation — and adds an analysis note. The coordinator sees the note and withdraws the invitation
after a confirmation; the partner's page is gone. Chromium, axe on every page of the flow."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import OrganisationFactory, UserFactory, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESCRIPTION = "Gezinnen in schuldnood wachten vier maanden op een eerste gesprek bij de budgetbegeleiding."
INTERNAL = "Interne nota: de directeur belt volgende week terug."


@pytest.fixture
def situation(municipality, make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    giver = member(municipality, full_name="Sofie Vermeersch", email="sofie.vermeersch@caw-zuidwest.be",
                   organisation=OrganisationFactory(name="CAW Zuid-West-Vlaanderen"))
    theme = Theme.objects.order_by("position").first()
    signal = intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": "Maanden wachten op budgetbegeleiding",
        "description": DESCRIPTION, "tried": "Doorverwezen naar de buurgemeente.",
        "idea": "Eén wachtlijst voor de hele regio."}, [theme])[0]
    knelpunt = casework.create_knelpunt(user, municipality, {"title": "Wachttijden budgetbegeleiding",
                                                              "summary": "Te lange wachttijden."},
                                          themes=[theme], signal_ids=[signal.pk])
    casework.add_note(user, knelpunt.pk, INTERNAL)
    # a verified member of a verified organisation: an invitation of the organisation reaches them
    partner = UserFactory(full_name="Pieter Partner", email="pieter@welzijnsoverleg.be",
                          organisation=OrganisationFactory(name="Welzijnsoverleg Zuid", verified=True),
                          organisation_verified_at=timezone.now())
    return user, secret, giver, knelpunt, partner


def assert_no_giver_identity(page, giver):
    html = page.content()
    for identity in (giver.full_name, giver.email, giver.organisation.name):
        assert identity not in html, identity


def test_a_partner_reads_the_knelpunt_without_the_givers_identity(site, new_page, log_in, axe_check, smtp_server,
                                                                   situation):
    user, secret, giver, knelpunt, partner = situation
    coordinator_page = new_page()
    log_in(coordinator_page, user.email, totp_secret=secret)

    # The coordinator's panel: an empty invitation first (errors, accessible), then by e-mail address.
    coordinator_page.goto(f"{site}/g/kortrijk/knelpunten/{knelpunt.pk}/")
    panel = coordinator_page.locator("#partners")
    expect(panel.get_by_role("heading", name="Partners")).to_be_visible()
    axe_check(coordinator_page)
    panel.get_by_role("link", name="Een partner uitnodigen").click()  # the invitation has its own page
    expect(coordinator_page.get_by_role("heading", level=1)).to_have_text("Een partner uitnodigen")
    coordinator_page.locator("#partners").get_by_role("button", name="Uitnodigen").click()
    expect(coordinator_page.locator(".error-summary")).to_contain_text("Kies één organisatie")
    axe_check(coordinator_page)
    coordinator_page.locator("#partners").get_by_label("Of een e-mailadres").fill(
        partner.email)
    coordinator_page.locator("#partners").get_by_role("button", name="Uitnodigen").click()
    expect(coordinator_page.locator(".messages")).to_contain_text("Pieter Partner is uitgenodigd als partner")
    expect(coordinator_page.locator("#partners")).to_contain_text("Pieter Partner")
    axe_check(coordinator_page)

    # The partner follows the link in the mail, signs in and lands on the knelpunt.
    mail = smtp_server.wait_for(partner.email, "partner")
    assert DESCRIPTION not in mail.text + mail.html
    link = smtp_server.link_in_last_mail_to(partner.email, "partner", path_contains="/partner/knelpunten/")
    partner_page = new_page()
    partner_page.goto(link)
    log_in(partner_page, partner.email)
    expect(partner_page.get_by_role("heading", level=1)).to_have_text("Wachttijden budgetbegeleiding")
    expect(partner_page.get_by_text(DESCRIPTION)).to_be_visible()
    assert INTERNAL not in partner_page.content()
    assert_no_giver_identity(partner_page, giver)
    axe_check(partner_page)

    # An analysis note: empty first (errors, accessible), then with text.
    partner_page.get_by_role("button", name="Nota bewaren").click()
    expect(partner_page.locator(".error-summary")).to_contain_text("Schrijf een analysenota")
    axe_check(partner_page)
    partner_page.get_by_role("textbox", name="Analysenota").fill("Bij ons wachten gezinnen gemiddeld drie maanden.")
    partner_page.get_by_role("button", name="Nota bewaren").click()
    expect(partner_page.locator(".messages")).to_contain_text("Je analysenota is bewaard")
    expect(partner_page.locator("#analyse + .timeline")).to_contain_text("gemiddeld drie maanden")
    assert_no_giver_identity(partner_page, giver)
    axe_check(partner_page)

    partner_page.get_by_role("link", name="Knelpunten gedeeld met mij").click()
    expect(partner_page.get_by_role("heading", level=1)).to_have_text("Knelpunten gedeeld met mij")
    expect(partner_page.get_by_role("link", name="Wachttijden budgetbegeleiding")).to_be_visible()
    assert_no_giver_identity(partner_page, giver)
    axe_check(partner_page)

    # The coordinator reads the note in the timeline and withdraws the invitation (with a confirmation).
    coordinator_page.goto(f"{site}/g/kortrijk/knelpunten/{knelpunt.pk}/")
    expect(coordinator_page.locator(".timeline")).to_contain_text("gemiddeld drie maanden")
    coordinator_page.locator("#partners").get_by_role("link", name="Intrekken").click()
    expect(coordinator_page.get_by_role("heading", level=1)).to_have_text("Uitnodiging intrekken")
    axe_check(coordinator_page)
    coordinator_page.get_by_role("button", name="Ja, intrekken").click()
    expect(coordinator_page.locator(".messages")).to_contain_text("De uitnodiging is ingetrokken")
    expect(coordinator_page.locator("#partners")).to_contain_text("Nog geen partners uitgenodigd")

    response = partner_page.goto(f"{site}/partner/knelpunten/{knelpunt.pk}/")
    assert response.status == 404
    assert DESCRIPTION not in partner_page.content()


def test_the_partner_pages_fit_a_phone(site, new_page, log_in, axe_check, situation):
    from lokaalsignaal.casework.partners import services as partners

    user, _secret, giver, knelpunt, partner = situation
    partners.invite_partner(user, knelpunt.pk, organisation=partner.organisation)
    phone = new_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    log_in(phone, partner.email)

    for path in ("/partner/knelpunten/", f"/partner/knelpunten/{knelpunt.pk}/"):
        phone.goto(f"{site}{path}")
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
        assert_no_giver_identity(phone, giver)
        axe_check(phone)
