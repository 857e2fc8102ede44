"""The giver follows a signal in Chromium: the story, the outcome, the question and 'nog steeds', the notifications
and their settings are axe-clean, fit a 360 px phone and work without JavaScript."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalEvent, SignalType
from lokaalsignaal.reference.models import Theme
from tests.factories import coordinator, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def giver(municipality, reference_lists):
    return member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")


@pytest.fixture
def signals(giver, municipality):
    """A signal with a finished knelpunt, and one with an open question."""
    staff = coordinator(municipality, full_name="Coördinator Karel")
    theme = Theme.objects.filter(active=True).first()

    def give(title):
        return intake.submit_signal(giver, [municipality], {
            "signal_type": SignalType.THRESHOLD, "title": title,
            "description": "Veel gezinnen wachten maanden op budgetbegeleiding."}, [theme])[0]

    done, asked = give("Lange wachttijd voor budgetbegeleiding"), give("Geen plaats in de kinderopvang")
    knelpunt = casework.create_knelpunt(staff, municipality, {"title": "Wachtlijsten in de schuldhulp"},
                                          signal_ids=[done.pk])
    for stage, message in [(Stage.ANALYSIS, "We zoeken het uit met het CAW."),
                           (Stage.PROPOSAL, "Er komt een voorstel voor de gemeenteraad."),
                           (Stage.EXECUTION, "De gemeenteraad keurde het goed."),
                           (Stage.DONE, "Er is nu een extra budgetbegeleider bij het OCMW.")]:
        knelpunt.refresh_from_db()
        casework.change_stage(staff, knelpunt.pk, stage, message, expected_version=knelpunt.version)
    triage.ask_question(staff, asked.pk, "Over welke wijk gaat het vooral?")
    return done, asked


def fits_the_screen(page):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_story_notifications_and_settings_are_accessible_on_desktop_and_phone(
        site, new_page, log_in, giver, signals, axe_check):
    done, asked = signals
    for viewport in ({"width": 1280, "height": 800}, {"width": 360, "height": 740}):
        page = new_page(viewport=viewport)
        log_in(page, giver.email)
        page.goto(f"{site}/mijn/signalen/")
        expect(page.get_by_text("Vraag voor jou").first).to_be_visible()
        axe_check(page)
        fits_the_screen(page)
        page.goto(f"{site}/mijn/signalen/{done.reference}/")
        expect(page.get_by_role("heading", name="Uitkomst")).to_be_visible()
        axe_check(page)
        fits_the_screen(page)
        page.goto(f"{site}/mijn/signalen/{asked.reference}/")
        expect(page.get_by_role("heading", name="Vraag voor jou")).to_be_visible()
        axe_check(page)
        fits_the_screen(page)
        page.goto(f"{site}/mijn/meldingen/")
        axe_check(page)
        fits_the_screen(page)
        page.goto(f"{site}/mijn/meldingen/instellingen/")
        axe_check(page)
        fits_the_screen(page)


def test_without_javascript_the_giver_answers_says_nog_steeds_and_chooses_a_digest(
        site, new_page, log_in, giver, signals, axe_check, monkeypatch):
    done, asked = signals
    a_month_later = timezone.now() + timedelta(days=31)  # 'nog steeds' opens 30 days after the last news
    monkeypatch.setattr(timezone, "now", lambda: a_month_later)
    page = new_page(java_script_enabled=False)
    log_in(page, giver.email)

    page.goto(f"{site}/mijn/meldingen/")
    page.get_by_role("button", name="Markeer alles als gelezen").click()
    expect(page.get_by_role("link", name=re.compile(r"^Meldingen \(0 ongelezen"))).to_be_visible()

    page.goto(f"{site}/mijn/signalen/{asked.reference}/")
    page.get_by_label("Je antwoord").fill("Vooral in Overleie.")
    page.get_by_role("button", name="Antwoord versturen").click()
    expect(page.get_by_text("De gemeente ziet je antwoord.")).to_be_visible()
    assert asked.events.filter(kind=SignalEvent.Kind.ANSWER).exists()

    page.goto(f"{site}/mijn/signalen/{done.reference}/")
    page.get_by_role("button", name="Ik zie dit nog steeds").click()
    expect(page.get_by_text("De gemeente weet dat je dit nog steeds ziet.")).to_be_visible()
    assert done.events.filter(kind=SignalEvent.Kind.STILL_SEEN).exists()

    page.goto(f"{site}/mijn/meldingen/instellingen/")
    page.get_by_label("Eén keer per week (overzicht)").check()
    page.get_by_role("button", name="Bewaren").click()
    expect(page.get_by_text("Je keuze is bewaard.")).to_be_visible()
    giver.refresh_from_db()
    assert giver.notification_preference == "weekly"
