"""A worker asks for an account, verifies the e-mail, a coordinator (password + TOTP) approves: all in Chromium,
with every e-mail going over real SMTP."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORKER_EMAIL = "an.peeters@cawzuidwest.be"
WORKER_PASSWORD = "Signalen-geven-2025"


def test_worker_requests_account_and_coordinator_approves(
    site, page, new_page, smtp_server, axe_check, log_in, make_coordinator, reference_lists, municipality
):
    coordinator, secret = make_coordinator(municipality, full_name="Carla Coördinator", email="carla@kortrijk.be")

    # The worker finds out how to join, and asks for an account.
    page.goto(f"{site}/hoe-sluit-ik-me-aan/")
    page.get_by_role("link", name="Account aanvragen").click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Account aanvragen")
    axe_check(page)

    # Sending the empty form shows the errors: a summary at the top and a message at each field.
    page.get_by_role("button", name="Account aanvragen").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Er ging iets mis")
    expect(summary.get_by_role("link", name=re.compile("Gemeenten waar je werkt"))).to_be_visible()
    expect(page.get_by_label("Je naam")).to_have_attribute("aria-invalid", "true")
    axe_check(page)

    page.get_by_label("Je naam").fill("An Peeters")
    page.get_by_label("E-mailadres").fill(WORKER_EMAIL)
    page.get_by_label("Je functie").fill("maatschappelijk werker")
    page.get_by_label("Naam van je organisatie").fill("CAW Zuid-West-Vlaanderen")
    page.get_by_label("Sector van die organisatie").select_option(label="CAW")
    page.get_by_role("group", name="Gemeenten waar je werkt").get_by_label("Kortrijk").check()
    page.get_by_label("Wachtwoord", exact=True).fill(WORKER_PASSWORD)
    page.get_by_label("Wachtwoord (nog een keer)").fill(WORKER_PASSWORD)
    page.get_by_role("button", name="Account aanvragen").click()

    # "Check your mailbox".
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("e-mailadres")
    axe_check(page)

    # The verification e-mail arrived over SMTP; the worker follows the link and confirms.
    confirm_link = smtp_server.link_in_last_mail_to(WORKER_EMAIL, path_contains="/accounts/confirm-email/")
    assert confirm_link.startswith(site)
    page.goto(confirm_link)
    axe_check(page)
    page.get_by_role("button", name="Bevestigen").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))

    # The coordinator got "Nieuwe aanvraag", follows its link, and logs in with password and TOTP.
    request_mail = smtp_server.wait_for("carla@kortrijk.be", subject_contains="Nieuwe aanvraag")
    assert "Kortrijk" in request_mail.subject
    members_link = smtp_server.link_in_last_mail_to("carla@kortrijk.be", "Nieuwe aanvraag", "/g/kortrijk/leden/")
    coordinator_page = new_page()
    coordinator_page.goto(members_link)
    expect(coordinator_page).to_have_url(re.compile(r"/accounts/login/\?next="))
    axe_check(coordinator_page)
    log_in(coordinator_page, coordinator.email, totp_secret=secret)

    expect(coordinator_page).to_have_url(re.compile(r"/g/kortrijk/leden/$"))
    expect(coordinator_page.get_by_role("heading", level=1)).to_have_text("Leden van Kortrijk")
    worker_entry = coordinator_page.locator("li.member", has_text="An Peeters")
    expect(worker_entry).to_contain_text("Wacht op goedkeuring")
    expect(worker_entry).to_contain_text("CAW Zuid-West-Vlaanderen")
    axe_check(coordinator_page)

    worker_entry.get_by_role("button", name="An Peeters goedkeuren").click()
    expect(coordinator_page.get_by_role("status")).to_contain_text("An Peeters is goedgekeurd.")
    expect(coordinator_page.locator("li.member", has_text="An Peeters")).to_contain_text("Goedgekeurd")
    axe_check(coordinator_page)

    # The worker hears the good news by e-mail, logs in and sees the approval.
    approval = smtp_server.wait_for(WORKER_EMAIL, subject_contains="goedgekeurd")
    assert "Kortrijk" in approval.subject
    assert "Goed nieuws" in approval.text
    page.goto(smtp_server.link_in_last_mail_to(WORKER_EMAIL, "goedgekeurd", "/mijn-gemeenten/"))
    log_in(page, WORKER_EMAIL, WORKER_PASSWORD)
    expect(page).to_have_url(re.compile(r"/mijn-gemeenten/$"))
    row = page.get_by_role("row", name=re.compile("Kortrijk"))
    expect(row).to_contain_text("Signaalgever")
    expect(row).to_contain_text("Goedgekeurd")

    membership = Membership.objects.get(user__email=WORKER_EMAIL, municipality=municipality)
    assert (membership.role, membership.status, membership.decided_by) == (
        Role.GIVER,
        MembershipStatus.APPROVED,
        coordinator,
    )
