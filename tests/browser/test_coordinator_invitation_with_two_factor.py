"""A coordinator invites a new colleague as coordinator; the invitee makes an account and must set up TOTP before
reaching the members page. E-mail over real SMTP, all in Chromium."""

import re

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.browser.conftest import totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

INVITEE = "bart.declercq@kortrijk.be"
INVITEE_PASSWORD = "Coordineren-met-zorg-7"


def test_invited_coordinator_sets_up_totp_before_reaching_members(
    site, page, new_page, smtp_server, axe_check, log_in, make_coordinator, municipality
):
    coordinator, secret = make_coordinator(municipality, full_name="Carla Coördinator")

    # The coordinator (password + TOTP) invites a colleague as coordinator.
    log_in(page, coordinator.email, totp_secret=secret)
    page.goto(f"{site}/g/kortrijk/uitnodigen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Iemand uitnodigen")
    axe_check(page)
    page.get_by_label("E-mailadres").fill(INVITEE)
    page.get_by_label("Rol").select_option(Role.COORDINATOR)
    page.get_by_role("button", name="Uitnodiging versturen").click()
    expect(page).to_have_url(re.compile(r"/g/kortrijk/leden/$"))
    expect(page.get_by_role("status")).to_contain_text(f"De uitnodiging is verstuurd naar {INVITEE}")

    # The invitation arrives over SMTP; the invitee opens it in their own browser and makes an account.
    invitation = smtp_server.wait_for(INVITEE, subject_contains="Uitnodiging")
    assert "Kortrijk" in invitation.subject
    link = smtp_server.link_in_last_mail_to(INVITEE, "Uitnodiging", "/uitnodiging/")
    invitee = new_page()
    invitee.goto(link)
    expect(invitee.get_by_role("heading", level=1)).to_have_text("Maak je account")
    expect(invitee.locator("main")).to_contain_text(INVITEE)
    axe_check(invitee)

    invitee.get_by_label("Je naam").fill("Bart Declercq")
    invitee.get_by_label("Je functie").fill("signaalcoördinator")
    invitee.get_by_label("Wachtwoord", exact=True).fill(INVITEE_PASSWORD)
    invitee.get_by_label("Wachtwoord (nog eens)").fill(INVITEE_PASSWORD)
    invitee.get_by_role("button", name="Account maken").click()

    # Straight to setting up the authenticator app.
    expect(invitee).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))

    # Without TOTP the members page is out of reach: back to the activation page.
    invitee.goto(f"{site}/g/kortrijk/leden/")
    expect(invitee).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    expect(invitee.get_by_role("status")).to_contain_text("Stel eerst tweestapsverificatie in")
    axe_check(invitee)

    # The page shows the secret (for the app); a valid code activates it.
    new_secret = invitee.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{16,}=*", new_secret), new_secret
    invitee.locator("#id_code").fill(totp_code(new_secret))
    invitee.locator("main form").get_by_role("button").click()
    expect(invitee).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/"))
    axe_check(invitee)

    invitee.goto(f"{site}/g/kortrijk/leden/")
    expect(invitee).to_have_url(re.compile(r"/g/kortrijk/leden/$"))
    expect(invitee.get_by_role("heading", level=1)).to_have_text("Leden van Kortrijk")
    expect(invitee.locator("li.member", has_text="Carla Coördinator")).to_contain_text("Signaalcoördinator")

    membership = Membership.objects.get(user__email=INVITEE, municipality=municipality)
    assert (membership.role, membership.status) == (Role.COORDINATOR, MembershipStatus.APPROVED)
    assert Authenticator.objects.filter(user=membership.user, type=Authenticator.Type.TOTP).exists()
