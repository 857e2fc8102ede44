"""The give form's draft (kept in this browser only) in Chromium: "Ik zie dit ook" takes what the giver typed along to
the join form's "Wat zie jij?" (where the privacy guard still checks it) and removes the draft, so the next visit to
the give form starts empty; a giver who goes back without joining gets the text back; logging out leaves no draft in
localStorage or sessionStorage. Every page passes axe."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten.models import Join
from lokaalsignaal.intake.models import Signal
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Budgetbegeleiding"
DESCRIPTION = "Bij ons wachten gezinnen ook maanden op budgetbegeleiding."
NAME = "Fatima Benali"
WITH_NAME = f"Bij ons wachten gezinnen ook maanden op budgetbegeleiding, zoals mevrouw {NAME}."

# Every key this app keeps in the browser's storage (the drafts and the hand-over to the join form).
STORED = """() => [localStorage, sessionStorage].flatMap(s => Object.keys(s))
                .filter(k => k.startsWith("signal-draft-") || k.startsWith("lokaalsignaal-"))"""


@pytest.fixture
def giver(municipality):
    return member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")


def type_a_signal(page, site, description=DESCRIPTION):
    page.goto(f"{site}/g/kortrijk/signaal-geven/")
    page.get_by_label("Korte titel").fill(TITLE)
    page.get_by_label("Wat stel je vast?").press_sequentially(description, delay=5)
    expect(page.locator("[data-similar-knelpunten] li").first).to_contain_text("Wachttijden budgetbegeleiding")


def draft_of(page, giver):
    return page.evaluate(f"() => localStorage.getItem('signal-draft-{giver.pk}')")


def join_link(page):
    return page.locator("[data-similar-knelpunten] li").first.get_by_role("link", name=re.compile("Ik zie dit ook"))


def test_joining_from_the_give_form_carries_the_text_and_leaves_no_draft(site, page, log_in, axe_check, giver,
                                                                         known_problem):
    log_in(page, giver.email)
    type_a_signal(page, site, WITH_NAME)
    assert NAME in draft_of(page, giver)  # the draft is kept while typing

    join_link(page).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Ik zie dit ook")
    context = page.get_by_label(re.compile("Wat zie jij?"))
    expect(context).to_have_value(WITH_NAME)
    expect(page.locator("#context-carried")).to_be_visible()
    # The privacy guard looks at the carried text like at any text: the live check names the client at once.
    expect(page.locator("#privacy-context")).to_contain_text(f"Dit lijkt een naam: «{NAME}».")
    axe_check(page)
    assert draft_of(page, giver) is None

    page.get_by_role("button", name=f"Vervang «{NAME}» door [naam]").click()
    expect(context).to_have_value(re.compile(r"mevrouw \[naam\]\.$"))
    page.get_by_role("button", name="Ik zie dit ook").click()

    expect(page).to_have_url(re.compile(rf"/mijn/knelpunten/{known_problem.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Wachttijden budgetbegeleiding")
    join = Join.objects.get(knelpunt=known_problem, user=giver)
    assert join.context == "Bij ons wachten gezinnen ook maanden op budgetbegeleiding, zoals mevrouw [naam]."
    assert page.evaluate(STORED) == []

    # The next visit to the give form starts empty: nothing invites the duplicate the join avoided.
    page.goto(f"{site}/g/kortrijk/signaal-geven/")
    expect(page.get_by_label("Korte titel")).to_have_value("")
    expect(page.get_by_label("Wat stel je vast?")).to_have_value("")
    expect(page.locator("#draft-restored")).to_be_hidden()
    axe_check(page)
    assert not Signal.objects.filter(giver=giver).exists()


def test_a_giver_who_goes_back_without_joining_finds_the_text_again(site, page, log_in, giver, known_problem):
    log_in(page, giver.email)
    type_a_signal(page, site)
    join_link(page).click()
    expect(page.get_by_label(re.compile("Wat zie jij?"))).to_have_value(DESCRIPTION)

    page.get_by_role("link", name="Terug naar signaal geven").click()

    expect(page.get_by_label("Korte titel")).to_have_value(TITLE)
    expect(page.get_by_label("Wat stel je vast?")).to_have_value(DESCRIPTION)
    expect(page.locator("#draft-restored")).to_be_visible()
    assert DESCRIPTION in draft_of(page, giver)
    # the restored text brings its similar knelpunten back without typing again
    expect(page.locator("[data-similar-knelpunten] li").first).to_contain_text("Wachttijden budgetbegeleiding")


def test_logging_out_leaves_no_draft_in_the_browser(site, page, log_in, axe_check, giver, known_problem):
    log_in(page, giver.email)
    type_a_signal(page, site, WITH_NAME)
    expect(page.locator("#privacy-description")).to_contain_text(f"Dit lijkt een naam: «{NAME}».")
    join_link(page).click()  # a hand-over in sessionStorage ...
    expect(page.get_by_role("heading", level=1)).to_have_text("Ik zie dit ook")
    page.get_by_role("link", name="Terug naar signaal geven").click()  # ... and the draft back in localStorage
    expect(page.get_by_label("Wat stel je vast?")).to_have_value(WITH_NAME)
    page.get_by_label("Wat stel je vast?").press_sequentially(" Nog iets.", delay=5)
    join_link(page).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ik zie dit ook")
    page.evaluate("() => localStorage.setItem('signal-draft-999', JSON.stringify({description: 'van iemand anders'}))")
    assert len(page.evaluate(STORED)) == 2

    # Submitting the logout form clears the storage (proved with the logout request held back: the page stays).
    page.route("**/accounts/logout/", lambda route: route.fulfill(status=204))
    page.get_by_role("button", name="Afmelden").click()
    page.wait_for_function(f"() => ({STORED})().length === 0")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ik zie dit ook")  # still here: the handler did it
    page.unroute("**/accounts/logout/")

    page.get_by_role("button", name="Afmelden").click()
    expect(page.get_by_role("link", name="Aanmelden")).to_be_visible()
    assert page.evaluate(STORED) == []

    # The page after logging out clears too (a fallback, e.g. when the logout form was not sent by this page).
    page.evaluate("() => localStorage.setItem('signal-draft-7', JSON.stringify({description: '" + NAME + "'}))")
    page.evaluate("() => sessionStorage.setItem('lokaalsignaal-join-context', '{}')")
    page.reload()
    expect(page.get_by_role("link", name="Aanmelden")).to_be_visible()
    assert page.evaluate(STORED) == []
    axe_check(page)

