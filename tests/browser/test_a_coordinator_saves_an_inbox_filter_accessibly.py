"""Saved inbox filters in Chromium, without JavaScript of their own: the coordinator filters the inbox, saves the
filters under a name, finds them as a link above the inbox (marked as the filter she has on), uses it, deletes it;
the inbox passes axe with the saved filters and the save form shown. A region user's home (with her region's pages)
passes axe too."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import region, scope_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_she_saves_uses_and_deletes_a_filter(site, page, log_in, axe_check, municipality, make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/{municipality.slug}/signalen/?status=all")
    page.get_by_label("Bewaar deze filters als").fill("Alle signalen")
    page.get_by_role("button", name="Bewaar", exact=True).click()
    expect(page.get_by_text("De filter ‘Alle signalen’ is bewaard.")).to_be_visible()
    link = page.locator(".saved-filters a.chip", has_text="Alle signalen")
    expect(link).to_have_attribute("aria-current", "true")
    axe_check(page)

    page.goto(f"{site}/g/{municipality.slug}/signalen/")
    page.locator(".saved-filters a.chip", has_text="Alle signalen").click()
    expect(page.get_by_label("Status")).to_have_value("all")
    page.get_by_role("button", name="Verwijder de filter ‘Alle signalen’").click()
    expect(page.get_by_text("De filter ‘Alle signalen’ is verwijderd.")).to_be_visible()
    expect(page.locator(".saved-filters")).to_have_count(0)
    axe_check(page)


def test_a_region_users_home_passes_axe(site, page, log_in, axe_check, municipality):
    scope = region(municipality, name="Eerstelijnszone Zuid-West")
    user = scope_member(scope, full_name="Inge Regio")
    log_in(page, user.email)

    page.goto(f"{site}/mijn/")
    expect(page.get_by_role("link", name="Opgeschaalde knelpunten van Eerstelijnszone Zuid-West")).to_be_visible()
    expect(page.get_by_role("link", name="Mijn signalen")).to_have_count(0)
    axe_check(page)
