"""On a 360 px phone 'Meldingen' shows one row per signal: the newest message, "3 berichten · 3 ongelezen", the
earlier ones behind "Toon de 2 eerdere berichten" (a <details>: no JavaScript needed), and a "Markeer als gelezen" per
group beside "Markeer alles als gelezen". Nothing scrolls sideways; axe passes closed and open."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.reference.models import Theme
from tests.factories import coordinator, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BUDGET = "Lange wachttijd voor budgetbegeleiding"
BUS = "Geen bus naar het sociaal huis"


@pytest.fixture
def giver(municipality, reference_lists, django_capture_on_commit_callbacks):
    """Sofie: three notifications on her budget signal (linked, a stage, a message), one question on her bus signal."""
    sofie = member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")
    boss = coordinator(municipality)
    theme = Theme.objects.filter(active=True).first()

    def give(title):
        with django_capture_on_commit_callbacks(execute=True):
            return intake.submit_signal(sofie, [municipality], {
                "signal_type": SignalType.THRESHOLD, "title": title, "description": "Veel gezinnen wachten."},
                [theme])[0]

    budget = give(BUDGET)
    with django_capture_on_commit_callbacks(execute=True):
        knelpunt = casework.create_knelpunt(boss, municipality, {"title": "Wachtlijsten"}, signal_ids=[budget.pk])
    knelpunt.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        casework.change_stage(boss, knelpunt.pk, Stage.ANALYSIS, "We bekijken de wachtlijsten.",
                              expected_version=knelpunt.version)
    with django_capture_on_commit_callbacks(execute=True):
        casework.send_feedback(boss, knelpunt.pk, "Er komt een extra zitdag in Heule.")
    bus = give(BUS)
    with django_capture_on_commit_callbacks(execute=True):
        triage.ask_question(boss, bus.pk, "Over welke buslijn gaat het?")
    return sofie


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_on_a_phone_notifications_come_per_signal_and_a_group_is_marked_read(site, phone_page, log_in, axe_check,
                                                                            giver):
    page = log_in(phone_page, giver.email)
    page.goto(f"{site}/mijn/meldingen/")

    groups = page.locator(".notification-group")
    expect(groups).to_have_count(2)
    budget = groups.filter(has=page.get_by_role("heading", name=BUDGET))
    expect(budget).to_contain_text("3 berichten · 3 ongelezen")
    expect(budget).to_contain_text("“Er komt een extra zitdag in Heule.”")
    expect(budget.get_by_text("Nieuwe stap voor het knelpunt")).to_be_hidden()
    assert fits(page)
    axe_check(page)

    budget.get_by_text("Toon de 2 eerdere berichten").click()
    expect(budget.get_by_text("Nieuwe stap voor het knelpunt")).to_be_visible()
    expect(budget.get_by_text("Je signaal is gekoppeld aan een knelpunt")).to_be_visible()
    assert fits(page)
    axe_check(page)

    budget.get_by_role("button", name=re.compile("^Markeer als gelezen")).click()

    expect(page.get_by_text("Gemarkeerd als gelezen.")).to_be_visible()
    expect(page.locator('.site-nav a[href="/mijn/meldingen/"]')).to_have_text(re.compile(r"^Meldingen \(1"))
    assert Notification.objects.filter(user=giver, read_at__isnull=True).get().signal.title == BUS
    page.get_by_role("button", name="Markeer alles als gelezen").click()
    expect(page.get_by_text("Alle meldingen zijn gelezen.")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Markeer"))).to_have_count(0)
    axe_check(page)
