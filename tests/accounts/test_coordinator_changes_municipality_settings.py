"""A coordinator sets the municipality's own rules: trusted e-mail domains, response time, intro text, public page."""

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from tests.factories import coordinator


@pytest.fixture
def kortrijk(municipality):
    municipality.auto_approve_domains = "kortrijk.be"
    municipality.response_days = 14
    municipality.intro_text = "Welkom"
    municipality.public_page = False
    municipality.save()
    return municipality


@pytest.fixture
def save_settings(client, login, kortrijk):
    login(coordinator(kortrijk))
    current = {"auto_approve_domains": "kortrijk.be", "response_days": "14", "intro_text": "Welkom"}

    def _save(**changes):
        data = {**current, **changes}
        return client.post(reverse("accounts:settings", args=[kortrijk.slug]),
                           {k: v for k, v in data.items() if v is not None})

    return _save


def test_settings_page_shows_the_current_values(client, login, kortrijk):
    login(coordinator(kortrijk))

    body = client.get(reverse("accounts:settings", args=[kortrijk.slug])).content.decode()

    assert "kortrijk.be" in body
    assert 'value="14"' in body
    assert "Welkom" in body


def test_coordinator_changes_every_setting(save_settings, kortrijk):
    response = save_settings(auto_approve_domains="kortrijk.be\n@OCMW-Kortrijk.be", response_days="21",
                             intro_text="Vertel ons wat je ziet.", public_page="on")

    assert response.status_code == 302
    kortrijk.refresh_from_db()
    assert kortrijk.domains == ["kortrijk.be", "ocmw-kortrijk.be"]
    assert kortrijk.response_days == 21
    assert kortrijk.intro_text == "Vertel ons wat je ziet."
    assert kortrijk.public_page is True
    assert kortrijk.approves_email_automatically("jan@ocmw-kortrijk.be")


def test_invalid_domain_gives_a_dutch_error_and_keeps_the_input(save_settings, kortrijk):
    response = save_settings(auto_approve_domains="niet een domein", response_days="30")

    assert response.status_code == 200
    body = response.content.decode()
    assert "Dit is geen geldig e-maildomein" in body
    assert "niet een domein" in body
    assert 'value="30"' in body
    kortrijk.refresh_from_db()
    assert (kortrijk.auto_approve_domains, kortrijk.response_days) == ("kortrijk.be", 14)
    assert not AuditEvent.objects.filter(action="municipality.settings_changed").exists()


def test_only_changed_fields_are_audited(save_settings, kortrijk):
    save_settings(response_days="10")

    event = AuditEvent.objects.get(action="municipality.settings_changed")
    assert event.payload == {"fields": ["response_days"]}
    assert event.municipality == kortrijk


def test_saving_without_changes_audits_nothing(save_settings):
    save_settings()

    assert not AuditEvent.objects.filter(action="municipality.settings_changed").exists()


def test_switching_the_public_page_on_is_audited(save_settings):
    save_settings(public_page="on")

    assert AuditEvent.objects.get(action="municipality.settings_changed").payload == {"fields": ["public_page"]}


def test_response_time_must_be_a_number(save_settings, kortrijk):
    response = save_settings(response_days="twee weken")

    assert response.status_code == 200
    kortrijk.refresh_from_db()
    assert kortrijk.response_days == 14
