"""The giver chooses: an e-mail immediately, or a daily or weekly overview. The choice is audited."""

import re

from django.urls import reverse

from lokaalsignaal.accounts.models import NotificationPreference
from lokaalsignaal.audit.models import AuditEvent

from .conftest import page


def test_the_settings_page_offers_three_choices_as_radio_buttons_in_a_fieldset(client, login, giver):
    login(giver)

    content = page(client.get(reverse("notifications:settings")))

    assert "<fieldset" in content and "<legend>Wanneer wil je een e-mail krijgen?" in content
    assert content.count('type="radio"') == 3
    assert re.search(r'<input type="radio"[^>]*value="immediate"[^>]*checked', content)


def test_choosing_daily_is_saved_and_audited(client, login, giver):
    login(giver)

    response = client.post(reverse("notifications:settings"), {"preference": NotificationPreference.DAILY})

    assert response.status_code == 302
    giver.refresh_from_db()
    assert giver.notification_preference == NotificationPreference.DAILY
    event = AuditEvent.objects.get(action="notifications.preference_changed")
    assert event.actor == giver
    assert event.payload == {"from_preference": "immediate", "to_preference": "daily"}


def test_an_unknown_choice_is_refused(client, login, giver):
    login(giver)

    response = client.post(reverse("notifications:settings"), {"preference": "hourly"})

    assert response.status_code == 200
    giver.refresh_from_db()
    assert giver.notification_preference == NotificationPreference.IMMEDIATE
    assert not AuditEvent.objects.filter(action="notifications.preference_changed").exists()


def test_the_settings_need_a_login(client):
    response = client.get(reverse("notifications:settings"))

    assert response.status_code == 302
    assert "/accounts/login/" in response.url
