"""The coordinator actions that cannot be undone ask first, in Chromium: 'Tekst verwijderen' on the triage page,
'Niet weerhouden' for several signals in the inbox and 'Annuleer het evenement'. The confirmation pages pass axe, and
the flows work without JavaScript (the question, going back with the choice kept, the confirmation)."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lokaalsignaal.events import participation
from lokaalsignaal.events import services as events
from lokaalsignaal.events.models import Event, EventKind
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import Signal, SignalStatus, SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME = "Fatima Benali"
EXPLANATION = "Dit gaat over één gezin. Verwijs naar het OCMW."


@pytest.fixture
def workspace(municipality, make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    giver = member(municipality, full_name="Sofie Gever")
    theme = Theme.objects.order_by("position").first()
    signals = [intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": f"Lange wachttijd {i}",
        "description": f"Mevrouw {NAME} wacht al vier maanden op budgetbegeleiding."}, [theme])[0]
        for i in range(3)]
    intake.add_comment(giver, signals[0].pk, f"Ook de zus van {NAME} wacht.")
    return user, secret, signals


def test_the_confirmation_pages_pass_axe(site, page, log_in, axe_check, workspace):
    user, secret, signals = workspace
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/kortrijk/signalen/{signals[0].pk}/")
    page.get_by_label("Tekst die weg moet").fill("Jan Janssens")  # stands nowhere: the error on the page
    page.get_by_role("button", name="Tekst verwijderen").click()
    expect(page.locator(".error-summary")).to_contain_text("Deze tekst staat niet in het signaal")
    expect(page.get_by_label("Tekst die weg moet")).to_have_value("Jan Janssens")
    axe_check(page)
    page.get_by_label("Tekst die weg moet").fill(NAME)
    page.get_by_role("button", name="Tekst verwijderen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tekst verwijderen bevestigen")
    expect(page.locator("main")).to_contain_text("We vervangen hem op 2 plaatsen door [verwijderd]")
    axe_check(page)

    page.goto(f"{site}/g/kortrijk/signalen/")
    page.get_by_label(f"Kies {signals[1].reference}").check()
    page.get_by_label(f"Kies {signals[2].reference}").check()
    page.locator(".bulk-menu summary", has_text="Niet weerhouden").click()
    page.get_by_label("Uitleg voor de signaalgevers").fill(EXPLANATION)
    page.get_by_role("button", name="Niet weerhouden, met deze uitleg").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Niet weerhouden bevestigen")
    axe_check(page)


def test_both_actions_ask_first_without_javascript(site, new_page, log_in, workspace):
    user, secret, signals = workspace
    page = new_page(java_script_enabled=False)
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/kortrijk/signalen/{signals[0].pk}/")
    page.get_by_label("Tekst die weg moet").fill(NAME)
    page.get_by_role("button", name="Tekst verwijderen").click()
    page.get_by_role("link", name="Annuleren").click()  # cancelling changes nothing
    expect(page.locator("main")).to_contain_text(f"Mevrouw {NAME} wacht")
    page.get_by_label("Tekst die weg moet").fill(NAME)
    page.get_by_role("button", name="Tekst verwijderen").click()
    page.get_by_role("button", name="Ja, verwijder deze tekst").click()
    expect(page.get_by_role("status").first).to_contain_text("De tekst is verwijderd op 2 plaatsen.")
    expect(page.locator("main")).to_contain_text("Mevrouw [verwijderd] wacht")
    expect(page.locator("main")).to_contain_text("Ook de zus van [verwijderd] wacht.")

    page.goto(f"{site}/g/kortrijk/signalen/?q=wachttijd")
    page.get_by_label(f"Kies {signals[1].reference}").check()
    page.locator(".bulk-menu summary", has_text="Niet weerhouden").click()
    page.get_by_label("Uitleg voor de signaalgevers").fill(EXPLANATION)
    page.get_by_role("button", name="Niet weerhouden, met deze uitleg").click()
    expect(page.locator("main")).to_contain_text(f"{signals[1].reference} · Lange wachttijd 1")
    page.get_by_role("button", name="Terug naar de lijst").click()
    expect(page.get_by_label(f"Kies {signals[1].reference}")).to_be_checked()
    expect(page.get_by_label("Uitleg voor de signaalgevers")).to_have_value(EXPLANATION)
    assert not Signal.objects.filter(status=SignalStatus.NOT_RETAINED).exists()
    page.get_by_role("button", name="Niet weerhouden, met deze uitleg").click()
    page.get_by_role("button", name="Ja, niet weerhouden").click()

    expect(page).to_have_url(re.compile(r"/g/kortrijk/signalen/\?q=wachttijd$"))
    expect(page.get_by_role("status").first).to_contain_text("1 signaal is niet weerhouden.")
    assert list(Signal.objects.filter(status=SignalStatus.NOT_RETAINED)) == [signals[1]]


def test_cancelling_an_event_asks_first_says_how_many_are_mailed_and_passes_axe(
        site, page, new_page, log_in, axe_check, workspace, municipality):
    user, secret, signals = workspace
    start = timezone.now().replace(microsecond=0) + timedelta(days=10)
    event = events.create_event(user, municipality, {
        "kind": EventKind.WORK_SESSION, "title": "Werksessie wachttijden", "description": "", "starts_at": start,
        "ends_at": start + timedelta(hours=2), "address": "Grote Markt 54, 8500 Kortrijk", "room": "", "online_url": "",
        "capacity": None, "registration_deadline": None, "open_to_all": True, "reminder_hours": 24})
    participation.register(signals[0].giver, event.pk)
    log_in(page, user.email, totp_secret=secret)

    page.goto(f"{site}/g/kortrijk/evenementen/{event.pk}/")
    page.get_by_label("Bericht aan de deelnemers").fill("De zaal is niet vrij.")
    page.get_by_role("button", name="Annuleer het evenement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Annuleren bevestigen")
    expect(page.locator("main")).to_contain_text("1 persoon krijgt een e-mail")
    axe_check(page)
    page.get_by_role("link", name="Nee, terug naar het evenement").click()
    assert Event.objects.get(pk=event.pk).status != Event.Status.CANCELLED

    no_js = new_page(java_script_enabled=False, storage_state=page.context.storage_state())  # the same session
    no_js.goto(f"{site}/g/kortrijk/evenementen/{event.pk}/")
    no_js.get_by_role("button", name="Annuleer het evenement").click()
    no_js.get_by_role("button", name="Ja, annuleer het evenement").click()
    expect(no_js.get_by_role("status").first).to_contain_text("Het evenement is geannuleerd.")
    assert Event.objects.get(pk=event.pk).is_cancelled
