"""A coordinator opens a new signal: the triage page suggests the open knelpunt it resembles, with the shared key
terms highlighted; one click links the signal. The page and the cluster suggestions pass axe."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import Signal, SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_coordinator_links_a_signal_from_the_suggestions(site, page, log_in, axe_check, municipality,
                                                             make_coordinator):
    load_lists()
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    giver = member(municipality, full_name="Sofie Gever")
    theme = Theme.objects.get(name="wonen en energie")

    def give(title, description):
        return intake.submit_signal(giver, [municipality], {"signal_type": SignalType.THRESHOLD, "title": title,
                                                           "description": description}, [theme])[0]

    first = give("Koude huurwoningen", "Huurders zitten in koude huurwoningen omdat de verwarming niet werkt.")
    knelpunt = casework.create_knelpunt(user, municipality, {"title": "Koude huurwoningen zonder verwarming"},
                                          themes=[theme], signal_ids=[first.pk])
    casework.create_knelpunt(user, municipality, {"title": "Wachtlijst psycholoog voor jongeren"})
    new = give("Verwarming kapot", "De verwarming in huurwoningen werkt niet; gezinnen zitten in de kou.")
    give("Geen verwarming bij huurders", "Huurders durven de verhuurder niet te vragen de verwarming te herstellen.")
    give("Nog een huurwoning zonder verwarming", "De verwarming van de huurwoning valt telkens uit, ook bij buren.")

    log_in(page, user.email, totp_secret=secret)
    page.goto(f"{site}/g/kortrijk/signalen/{new.pk}/")
    suggestions = page.locator("[data-suggested-knelpunten] li")
    expect(suggestions.first).to_contain_text("Koude huurwoningen zonder verwarming")
    expect(suggestions.first.locator("mark").first).to_be_visible()
    expect(suggestions.first.locator("mark", has_text=re.compile("verwarming", re.I)).first).to_be_visible()
    expect(page.locator("[data-suggested-knelpunten]")).not_to_contain_text("psycholoog")
    axe_check(page)

    suggestions.first.get_by_role("button", name=re.compile("Koppel aan dit knelpunt")).click()
    expect(page.locator("body")).to_contain_text("Het signaal is gekoppeld aan ‘Koude huurwoningen zonder verwarming’")
    assert Signal.objects.get(pk=new.pk).knelpunt_id == knelpunt.pk
    axe_check(page)

    page.goto(f"{site}/g/kortrijk/signalen/clusters/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Voorstellen om signalen te bundelen")
    axe_check(page)
