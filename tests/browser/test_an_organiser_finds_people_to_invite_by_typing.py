"""Issue 14: inviting people to an event is a list of checkboxes that a search box shortens (name or organisation,
accents ignored), not a multi-select that needs Ctrl; the people chosen stay in view; axe finds nothing. Without
JavaScript every person is a checkbox in a box that scrolls."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lokaalsignaal.events import services
from lokaalsignaal.events.models import EventKind
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import OrganisationFactory, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def event_to_invite_for(municipality, make_coordinator):
    load_lists()
    boss, secret = make_coordinator(municipality, full_name="Coördinator Kortrijk")
    caw = OrganisationFactory(name="CAW Zuid-West-Vlaanderen")
    member(municipality, full_name="Zoë Declercq", organisation=caw)
    member(municipality, full_name="Mehmet Yilmaz")
    member(municipality, full_name="Ann Peeters")
    start = timezone.now() + timedelta(days=10)
    event = services.create_event(boss, municipality, {
        "kind": EventKind.WORK_SESSION, "title": "Werksessie wachttijden", "description": "", "starts_at": start,
        "ends_at": start + timedelta(hours=2), "address": "Grote Markt 54, 8500 Kortrijk", "room": "",
        "online_url": "", "capacity": None, "registration_deadline": None, "open_to_all": False,
        "reminder_hours": 24}, [], "")
    return boss, secret, event


def test_typing_shortens_the_list_and_the_chosen_stay(site, page, log_in, axe_check, municipality,
                                                      event_to_invite_for):
    boss, secret, event = event_to_invite_for
    log_in(page, boss.email, totp_secret=secret)
    page.goto(f"{site}/g/{municipality.slug}/evenementen/{event.pk}/uitnodigen/")

    page.get_by_label("Mehmet Yilmaz").check()
    page.get_by_label("Zoek een persoon").fill("zoe")

    expect(page.get_by_label("Zoë Declercq (CAW Zuid-West-Vlaanderen)")).to_be_visible()
    expect(page.get_by_label("Ann Peeters")).to_be_hidden()
    expect(page.get_by_label("Mehmet Yilmaz")).to_be_visible()  # chosen: stays in view
    page.get_by_label("Zoek een persoon").fill("caw zuid")
    expect(page.get_by_label("Zoë Declercq (CAW Zuid-West-Vlaanderen)")).to_be_visible()
    axe_check(page)

    page.get_by_label("Zoë Declercq (CAW Zuid-West-Vlaanderen)").check()
    page.get_by_role("button", name="Toon wie uitgenodigd wordt").click()
    expect(page.locator(".preview")).to_contain_text("Zoë Declercq")
    expect(page.locator(".preview")).to_contain_text("Mehmet Yilmaz")


def test_without_javascript_every_person_is_a_checkbox(site, new_page, log_in, municipality, event_to_invite_for):
    boss, secret, event = event_to_invite_for
    page = new_page(java_script_enabled=False)
    log_in(page, boss.email, totp_secret=secret)
    page.goto(f"{site}/g/{municipality.slug}/evenementen/{event.pk}/uitnodigen/")

    expect(page.get_by_label("Zoek een persoon")).to_be_hidden()
    for name in ("Mehmet Yilmaz", "Ann Peeters"):
        expect(page.get_by_label(name)).to_be_visible()
