"""The coordinator's workspace in Chromium: inbox, triage page, knelpunten list, knelpunt page (and its own pages to
move a signal and to merge) and form pass axe (also with errors shown, which get focus and come into view), and fit a
360 px phone without sideways scrolling of the page."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def workspace(municipality, make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    giver = member(municipality, full_name="Sofie Gever")
    theme = Theme.objects.order_by("position").first()
    signals = [intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": f"Lange wachttijd {i}",
        "description": "Veel gezinnen wachten maanden op budgetbegeleiding."}, [theme])[0] for i in range(3)]
    triage.ask_question(user, signals[0].pk, "Over hoeveel gezinnen gaat het?")
    intake.answer_question(giver, signals[0].pk, "Een tiental.")
    knelpunt = casework.create_knelpunt(user, municipality, {"title": "Wachttijden budgetbegeleiding",
                                                              "summary": "Te lange wachttijden."},
                                          themes=[theme], signal_ids=[signals[1].pk])
    casework.change_stage(user, knelpunt.pk, "analysis", "We zoeken uit wat er speelt.", 1, remark="Intern")
    casework.add_note(user, knelpunt.pk, "Bellen met het CAW.")
    return user, secret, signals, knelpunt


def test_the_workspace_pages_pass_axe(site, page, log_in, axe_check, workspace):
    user, secret, signals, knelpunt = workspace
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/kortrijk/signalen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Signalen van Kortrijk")
    axe_check(page)
    page.locator(".bulk-menu summary", has_text="Niet weerhouden").click()
    page.get_by_role("button", name="Niet weerhouden, met deze uitleg").click()  # nothing chosen: errors shown
    expect(page.locator(".error-summary")).to_be_visible()
    axe_check(page)

    page.goto(f"{site}/g/kortrijk/signalen/{signals[0].pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lange wachttijd 0")
    axe_check(page)
    page.get_by_role("button", name="Vraag versturen").click()
    expect(page.locator(".error-summary")).to_be_visible()
    axe_check(page)

    page.goto(f"{site}/g/kortrijk/knelpunten/")
    axe_check(page)
    page.goto(f"{site}/g/kortrijk/knelpunten/{knelpunt.pk}/")
    axe_check(page)
    page.get_by_label("Nieuwe fase").select_option("agenda")
    page.get_by_role("button", name="Fase wijzigen en bericht versturen").click()
    expect(page.locator(".error-summary")).to_contain_text("Schrijf een bericht aan de signaalgevers")
    # far down a long page: the browser brings the errors into view and focus (autofocus, no JavaScript needed)
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator(".error-summary")).to_be_in_viewport()
    axe_check(page)
    # moving a signal and merging have their own pages: the knelpunt page links to them
    page.goto(f"{site}/g/kortrijk/knelpunten/{knelpunt.pk}/")
    page.get_by_role("link", name="Dit knelpunt samenvoegen met een ander").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Samenvoegen met een ander knelpunt")
    axe_check(page)
    page.get_by_role("button", name="Verder naar bevestigen").click()  # nothing chosen: errors shown
    expect(page.locator(".error-summary")).to_contain_text("Kies een knelpunt")
    axe_check(page)
    page.get_by_role("link", name="Terug naar ‘Wachttijden budgetbegeleiding’").click()
    page.get_by_role("link", name="Een signaal naar een ander knelpunt verplaatsen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Een signaal naar een ander knelpunt verplaatsen")
    axe_check(page)
    page.goto(f"{site}/g/kortrijk/knelpunten/nieuw/")
    axe_check(page)


def test_the_inbox_and_knelpunt_fit_a_phone(site, phone_page, log_in, axe_check, workspace):
    user, secret, _signals, knelpunt = workspace
    log_in(phone_page, user.email, totp_secret=secret)

    for path in ("/g/kortrijk/signalen/", f"/g/kortrijk/knelpunten/{knelpunt.pk}/"):
        phone_page.goto(f"{site}{path}")
        assert phone_page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
        axe_check(phone_page)
    # on a phone a fact's label stands above its value ("Zichtbaar voor signaalgevers" beside a value needs more
    # than 360 px)
    dt_left, dd_left, dd_below = phone_page.evaluate(
        "() => { const dt = document.querySelector('.facts dt'), dd = dt.nextElementSibling;"
        " const a = dt.getBoundingClientRect(), b = dd.getBoundingClientRect();"
        " return [a.left, b.left, b.top >= a.bottom]; }")
    assert dt_left == dd_left and dd_below


def test_bulk_linking_without_javascript_keeps_the_filters(site, new_page, log_in, workspace):
    user, secret, signals, knelpunt = workspace
    page = new_page(java_script_enabled=False)
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/kortrijk/signalen/?q=wachttijd")
    page.get_by_label(f"Kies {signals[2].reference}").check()
    page.locator(".bulk-menu summary", has_text="Koppel aan een knelpunt").click()
    page.get_by_label("Koppel aan knelpunt").select_option(str(knelpunt.pk))
    page.get_by_role("button", name="Koppel", exact=True).click()

    expect(page).to_have_url(re.compile(r"/g/kortrijk/signalen/\?q=wachttijd$"))
    expect(page.get_by_role("status").first).to_contain_text(
        "1 signaal is gekoppeld aan ‘Wachttijden budgetbegeleiding’")


def test_choosing_every_row_and_the_bar_that_stays_in_view(site, page, log_in, axe_check, workspace):
    user, secret, signals, _knelpunt = workspace
    log_in(page, user.email, totp_secret=secret)
    page.set_viewport_size({"width": 1366, "height": 500})
    page.goto(f"{site}/g/kortrijk/signalen/")

    page.get_by_role("checkbox", name="Kies alle signalen op deze pagina").check()

    rows = page.locator('input[name="signals"]')
    open_signals = [signals[0], signals[2]]  # the second is in a knelpunt: not open
    expect(rows).to_have_count(len(open_signals))
    for signal in open_signals:
        expect(page.get_by_label(f"Kies {signal.reference}")).to_be_checked()
    expect(page.locator("[data-selected-count]")).to_have_text("2 signalen gekozen")
    page.get_by_label(f"Kies {signals[0].reference}").uncheck()
    expect(page.locator("[data-selected-count]")).to_have_text("1 signaal gekozen")
    expect(page.get_by_role("checkbox", name="Kies alle signalen op deze pagina")).not_to_be_checked()
    page.mouse.wheel(0, 400)
    expect(page.locator(".bulk-bar")).to_be_in_viewport()
    page.locator(".bulk-menu summary", has_text="Koppel aan een knelpunt").click()
    page.screenshot(path="/tmp/shots/inbox_1366.png")
    axe_check(page)
