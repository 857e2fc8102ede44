import pytest
from tests.factories import UserFactory
from tests.browser.conftest import totp_code
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def test_shots(site, page, phone_page, make_coordinator, municipality, reference_lists, log_in, axe_check):
    user, secret = make_coordinator(municipality)
    phone_page.goto(f"{site}/accounts/login/")
    phone_page.get_by_label("E-mailadres").fill(user.email)
    phone_page.get_by_label("Wachtwoord").fill("Een-goed-wachtwoord-42")
    phone_page.get_by_role("button", name="Aanmelden").click()
    phone_page.wait_for_url("**/2fa/authenticate/")
    phone_page.locator("#id_code").fill("000000")
    phone_page.get_by_role("button", name="Aanmelden").click()
    axe_check(phone_page)
    phone_page.screenshot(path="/tmp/shots/2fa_phone.png", full_page=True)
    phone_page.locator("#id_code").fill(totp_code(secret))
    phone_page.get_by_role("button", name="Aanmelden").click()
    phone_page.goto(f"{site}/g/kortrijk/leden/")
    phone_page.screenshot(path="/tmp/shots/members_phone.png", full_page=True)
    print(phone_page.evaluate("document.documentElement.scrollWidth"))
