"""On a 360 px phone the coordinator's pages of issue 14 stay on the screen: a long address of a partner invitation
that waits for an account breaks inside the partner panel instead of running out of it, and the list of events is a
card per event (each value named after its column) instead of a table that scrolls sideways. Both pass axe."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.partners import invitations
from lokaalsignaal.events import services as events
from lokaalsignaal.events.models import EventKind
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.browser.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG_ADDRESS = "stafmedewerker.armoedebestrijding@welzijnsschakel-zuidwestvlaanderen.be"


@pytest.fixture
def coordinator(municipality, make_coordinator):
    load_lists()
    return make_coordinator(municipality, full_name="Carla Coördinator")


def _inside(inner, outer) -> bool:
    a, b = inner.bounding_box(), outer.bounding_box()
    return a["x"] >= b["x"] - 0.5 and a["x"] + a["width"] <= b["x"] + b["width"] + 0.5


def test_a_long_waiting_address_stays_inside_the_partner_panel(site, phone_page, log_in, axe_check, municipality,
                                                                coordinator, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    user, secret = coordinator
    knelpunt = casework.create_knelpunt(user, municipality, {"title": "Wachttijden budgetbegeleiding",
                                                              "summary": "Te lange wachttijden."})
    invitations.invite(user, knelpunt.pk, LONG_ADDRESS, "")
    log_in(phone_page, user.email, totp_secret=secret)

    phone_page.goto(f"{site}/g/{municipality.slug}/knelpunten/{knelpunt.pk}/")
    panel = phone_page.locator("#partners")
    address = panel.locator("strong", has_text=LONG_ADDRESS)
    expect(address).to_be_visible()
    assert _inside(address, panel), "the address runs out of the partner panel"
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    axe_check(phone_page)


def test_each_event_is_a_card_that_fits_the_phone(site, phone_page, log_in, axe_check, municipality, coordinator):
    user, secret = coordinator
    start = timezone.now() + timedelta(days=14)
    events.create_event(user, municipality, {
        "kind": EventKind.SIGNAL_DAY, "title": "Signaaldag Kortrijk", "address": "Grote Markt 54", "capacity": 40,
        "reminder_hours": 24, "starts_at": start, "ends_at": start + timedelta(hours=3)})
    log_in(phone_page, user.email, totp_secret=secret)

    phone_page.goto(f"{site}/g/{municipality.slug}/evenementen/")
    card = phone_page.locator("tbody tr", has_text="Signaaldag Kortrijk")
    expect(card.get_by_role("cell", name="Soort: Signaaldag")).to_be_visible()
    expect(card.get_by_role("cell", name="Ingeschreven: 0 / 40")).to_be_visible()
    assert _inside(card, phone_page.locator("main"))
    sideways = phone_page.evaluate(
        "[...document.querySelectorAll('main .table-wrap')].map(w => w.scrollWidth - w.clientWidth)")
    assert all(extra <= 0 for extra in sideways), f"the list of events scrolls sideways ({sideways})"
    expect(phone_page.get_by_role("link", name="Komende evenementen")).to_have_attribute("aria-current", "page")
    axe_check(phone_page)
