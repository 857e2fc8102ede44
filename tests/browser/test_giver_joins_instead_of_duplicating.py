"""A giver starts a signal about a problem the municipality already knows: while typing, the form suggests the
visible knelpunt (and themes), the giver clicks "Ik zie dit ook", adds a little context and joins instead of
sending a duplicate. Every page passes axe."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten.models import Join, Knelpunt
from lokaalsignaal.intake.models import Signal
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_giver_joins_a_suggested_knelpunt_instead_of_sending_a_duplicate(site, page, log_in, axe_check,
                                                                          municipality, known_problem):
    giver = member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")
    log_in(page, giver.email)
    page.goto(f"{site}/g/kortrijk/signaal-geven/")
    page.get_by_label("Korte titel").fill("Budgetbegeleiding")
    page.get_by_label("Wat stel je vast?").press_sequentially(
        "Bij ons wachten gezinnen ook maanden op budgetbegeleiding.", delay=5)

    suggestion = page.locator("[data-similar-knelpunten] li").first
    expect(suggestion).to_contain_text("Wachttijden budgetbegeleiding")
    expect(page.locator("#theme-suggestions")).to_contain_text("inkomen en schulden")
    expect(page.locator("input[name=themes]:checked")).to_have_count(0)  # a suggestion never ticks for the giver
    expect(page.locator("body")).not_to_contain_text("Griet")
    axe_check(page)

    suggestion.get_by_role("link", name=re.compile("Ik zie dit ook")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ik zie dit ook")
    axe_check(page)
    page.get_by_label(re.compile("Wat zie jij?")).fill("Ook bij alleenstaande ouders in onze werking.")
    page.get_by_role("button", name="Ik zie dit ook").click()

    expect(page).to_have_url(re.compile(rf"/mijn/knelpunten/{known_problem.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Wachttijden budgetbegeleiding")
    expect(page.locator(".messages, [role=status], .alert").first).to_contain_text("Je stem telt mee")
    axe_check(page)
    assert Join.objects.filter(knelpunt=known_problem, user=giver).exists()
    assert Knelpunt.objects.get(pk=known_problem.pk).join_count == 1
    assert not Signal.objects.filter(giver=giver).exists()  # no duplicate signal

    page.goto(f"{site}/mijn/signalen/")
    expect(page.get_by_role("heading", name="Knelpunten waar je je bij aansloot")).to_be_visible()
    axe_check(page)
