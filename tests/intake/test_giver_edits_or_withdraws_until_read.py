"""While the municipality has not read a signal, its giver may change or withdraw it; afterwards only comment."""

from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus


@pytest.fixture
def signal(giver, kortrijk, give_signal):
    return give_signal(giver, kortrijk, title="Lange wachttijd", description="Mensen wachten maanden.")


@pytest.fixture
def edit_data(form_data, signal):
    def make(**overrides):
        data = form_data(**{"title": "Nog langere wachttijd", "description": "Mensen wachten nu een half jaar.",
                            "version": signal.version, **overrides})
        data.pop("municipalities")
        return data

    return make


def content_of(response) -> str:
    return unescape(response.content.decode())


def mark_received(client, login, coordinator, signal):
    login(coordinator)
    response = client.post(reverse("casework:mark_read", args=[signal.municipality.slug, signal.pk]))
    assert response.status_code == 302
    signal.refresh_from_db()


def test_the_giver_edits_an_unread_signal(client, login, giver, signal, edit_data):
    login(giver)

    response = client.post(reverse("intake:edit", args=[signal.reference]), edit_data(), follow=True)

    assert "Je signaal is aangepast." in content_of(response)
    signal.refresh_from_db()
    assert (signal.title, signal.description, signal.version) == (
        "Nog langere wachttijd", "Mensen wachten nu een half jaar.", 2)
    assert signal.reference.endswith("-0001")
    assert signal.events.filter(kind=SignalEvent.Kind.EDITED).count() == 1


def test_the_edit_form_shows_what_the_signal_says(client, login, giver, signal):
    login(giver)

    response = client.get(reverse("intake:edit", args=[signal.reference]))

    assert response.status_code == 200
    assert "Mensen wachten maanden." in content_of(response)
    assert f'name="version" value="{signal.version}"' in response.content.decode()


def test_the_giver_withdraws_an_unread_signal(client, login, giver, signal):
    login(giver)

    response = client.post(reverse("intake:withdraw", args=[signal.reference]), follow=True)

    assert "Je signaal is ingetrokken." in content_of(response)
    assert "Ingetrokken" in content_of(response)
    signal.refresh_from_db()
    assert signal.status == SignalStatus.WITHDRAWN
    assert signal.events.filter(kind=SignalEvent.Kind.WITHDRAWN).exists()


def test_after_it_is_received_the_giver_sees_ontvangen(client, login, giver, signal, kortrijk_coordinator):
    mark_received(client, login, kortrijk_coordinator, signal)
    login(giver)

    detail = content_of(client.get(reverse("intake:detail", args=[signal.reference])))
    mine = content_of(client.get(reverse("intake:mine")))

    assert signal.read_at is not None
    assert "Ontvangen" in detail and "Ontvangen" in mine
    assert "Ontvangen door de gemeente" in detail
    assert reverse("intake:edit", args=[signal.reference]) not in detail
    assert reverse("intake:withdraw", args=[signal.reference]) not in detail


def test_after_it_is_received_editing_is_refused(client, login, giver, signal, kortrijk_coordinator, edit_data):
    mark_received(client, login, kortrijk_coordinator, signal)
    login(giver)

    opened = client.get(reverse("intake:edit", args=[signal.reference]), follow=True)
    posted = client.post(reverse("intake:edit", args=[signal.reference]), edit_data(), follow=True)

    assert "De gemeente heeft je signaal al gelezen. Aanpassen kan niet meer." in content_of(opened)
    assert "De gemeente heeft je signaal al gelezen. Aanpassen kan niet meer." in content_of(posted)
    signal.refresh_from_db()
    assert signal.title == "Lange wachttijd"
    assert not signal.events.filter(kind=SignalEvent.Kind.EDITED).exists()


def test_after_it_is_received_withdrawing_is_refused(client, login, giver, signal, kortrijk_coordinator):
    mark_received(client, login, kortrijk_coordinator, signal)
    login(giver)

    response = client.post(reverse("intake:withdraw", args=[signal.reference]), follow=True)

    assert "De gemeente heeft je signaal al gelezen. Intrekken kan niet meer." in content_of(response)
    signal.refresh_from_db()
    assert signal.status == SignalStatus.RECEIVED


def test_a_withdrawn_signal_can_no_longer_be_edited_nor_received(client, login, giver, signal, kortrijk_coordinator,
                                                                 edit_data):
    login(giver)
    client.post(reverse("intake:withdraw", args=[signal.reference]))

    client.post(reverse("intake:edit", args=[signal.reference]), edit_data())
    mark_received(client, login, kortrijk_coordinator, signal)

    assert signal.title == "Lange wachttijd"
    assert signal.status == SignalStatus.WITHDRAWN
    assert signal.read_at is None


def test_a_stale_edit_is_refused_and_overwrites_nothing(client, login, giver, signal, edit_data):
    login(giver)
    url = reverse("intake:edit", args=[signal.reference])
    client.post(url, edit_data(title="Eerste aanpassing"))  # e.g. in another tab

    response = client.post(url, edit_data(title="Tweede aanpassing, op een oude versie"), follow=True)

    assert "intussen gewijzigd" in content_of(response)
    signal.refresh_from_db()
    assert signal.title == "Eerste aanpassing"
    assert signal.version == 2
    assert signal.events.filter(kind=SignalEvent.Kind.EDITED).count() == 1


def test_comments_are_still_possible_after_it_is_received(client, login, giver, signal, kortrijk_coordinator):
    mark_received(client, login, kortrijk_coordinator, signal)
    login(giver)

    response = client.post(reverse("intake:detail", args=[signal.reference]),
                           {"body": "Intussen zie ik het ook bij jongeren."}, follow=True)

    assert "Je opmerking is toegevoegd." in content_of(response)
    assert "Intussen zie ik het ook bij jongeren." in content_of(response)
    assert signal.events.filter(kind=SignalEvent.Kind.COMMENT).count() == 1


def test_a_comment_with_a_name_needs_confirmation(client, login, giver, signal):
    login(giver)
    url = reverse("intake:detail", args=[signal.reference])
    body = "Mevrouw Fatima Benali vroeg ernaar."

    blocked = client.post(url, {"body": body})
    confirmed = client.post(url, {"body": body, "privacy_confirmed": "on"})

    assert blocked.status_code == 200
    assert "Dit lijkt op persoonsgegevens (naam)" in content_of(blocked)
    assert confirmed.status_code == 302
    assert Signal.objects.get().events.get(kind=SignalEvent.Kind.COMMENT).body == body
