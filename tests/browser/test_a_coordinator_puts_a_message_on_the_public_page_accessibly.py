"""In Chromium, without JavaScript: a coordinator writes a message with "Ook tonen op de publieke pagina" ticked, sees
it marked in the timeline, and everyone reads it on "Wat deden we met jullie signalen?" — both pages pass axe, the
public page also on a 360 px phone without sideways scrolling."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.tenancy.reference_loader import load_lists

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MESSAGE = "De gemeente zoekt twee extra budgetbegeleiders."


def test_a_message_goes_public_and_everyone_reads_it(site, new_page, log_in, axe_check, municipality,
                                                    make_coordinator):
    load_lists()
    municipality.public_page = True
    municipality.save(update_fields=["public_page"])
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    knelpunt = casework.create_knelpunt(user, municipality, {
        "title": "Intern: budgetbeheer", "public": True, "public_title": "Wachttijd voor budgetbegeleiding"})
    casework.send_feedback(user, knelpunt.pk, "Een eerder bericht, niet publiek.")
    page = new_page(java_script_enabled=False)
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/{municipality.slug}/knelpunten/{knelpunt.pk}/")
    page.get_by_role("textbox", name="Bericht aan alle signaalgevers").fill(MESSAGE)
    page.get_by_role("checkbox", name="Ook tonen op de publieke pagina").check()
    page.get_by_role("button", name="Bericht versturen", exact=True).click()
    expect(page.locator(".timeline")).to_contain_text("Op de publieke pagina")
    expect(page.get_by_role("button", name="Niet meer tonen op de publieke pagina")).to_have_count(1)
    expect(page.get_by_role("button", name="Ook tonen op de publieke pagina")).to_have_count(1)  # the earlier one
    with_script = new_page()  # axe runs as a script: the same session, with JavaScript
    with_script.context.add_cookies(page.context.cookies())
    with_script.goto(page.url)
    axe_check(with_script)

    phone = new_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)  # no account
    phone.goto(f"{site}/publiek/{municipality.slug}/resultaten/")
    expect(phone.locator(".public-knelpunten")).to_contain_text(MESSAGE)
    expect(phone.locator(".public-knelpunten")).not_to_contain_text("niet publiek")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    axe_check(phone)
