"""In its settings a municipality chooses whether coordinators of other municipalities may reach it ("Ook in andere
gemeenten" shows the address beside its published knelpunten): off by default, and when on, with a functional
address of the service, never the address a person logs in with."""

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from tests.factories import coordinator
from tests.html import page

pytestmark = pytest.mark.django_db

CURRENT = {"auto_approve_domains": "", "response_days": "14", "intro_text": ""}


@pytest.fixture
def save_settings(client, login, kortrijk, kortrijk_coordinator):
    login(kortrijk_coordinator)
    return lambda **changes: client.post(reverse("accounts:settings", args=[kortrijk.slug]), {**CURRENT, **changes})


def test_it_is_off_until_a_coordinator_switches_it_on_with_an_address(save_settings, kortrijk):
    assert (kortrijk.contact_for_peers, kortrijk.peer_contact) == (False, "")

    response = save_settings(contact_for_peers="on", peer_contact_email="welzijn@kortrijk.be")

    assert response.status_code == 302
    kortrijk.refresh_from_db()
    assert kortrijk.peer_contact == "welzijn@kortrijk.be"
    assert AuditEvent.objects.get(action="municipality.settings_changed").payload == {
        "fields": ["contact_for_peers", "peer_contact_email"]}


def test_switched_on_without_an_address_it_asks_for_one_and_keeps_what_was_typed(save_settings, kortrijk):
    response = save_settings(contact_for_peers="on", response_days="21")

    html = page(response)
    assert "Geef het e-mailadres waarop andere gemeenten jullie kunnen bereiken" in html and 'value="21"' in html
    kortrijk.refresh_from_db()
    assert (kortrijk.contact_for_peers, kortrijk.response_days) == (False, 14)


def test_the_address_a_person_logs_in_with_is_refused(save_settings, kortrijk):
    person = coordinator(kortrijk, email="an.peeters@kortrijk.be")

    response = save_settings(contact_for_peers="on", peer_contact_email=person.email.upper())

    html = page(response)
    assert "Dit is het adres van een persoon met een account" in html and person.email.upper() in html
    kortrijk.refresh_from_db()
    assert (kortrijk.contact_for_peers, kortrijk.peer_contact_email) == (False, "")
    assert not AuditEvent.objects.filter(action="municipality.settings_changed").exists()


def test_switched_off_the_address_is_kept_but_not_shown(save_settings, kortrijk):
    save_settings(contact_for_peers="on", peer_contact_email="welzijn@kortrijk.be")

    save_settings(peer_contact_email="welzijn@kortrijk.be")

    kortrijk.refresh_from_db()
    assert (kortrijk.peer_contact_email, kortrijk.peer_contact) == ("welzijn@kortrijk.be", "")
