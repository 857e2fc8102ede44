"""A coordinator removes a passage (a client's name) from a signal: the original is gone from the whole database."""

from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.intake import services
from lokaalsignaal.intake.models import Signal, SignalEvent
from tests.factories import coordinator
from tests.intake.db_dump import places_holding

NAME = "Fatima Benali"


@pytest.fixture
def signal(giver, kortrijk, give_signal, django_capture_on_commit_callbacks):
    signal = give_signal(
        giver, kortrijk, title=f"Wachttijd voor {NAME}",
        description=f"Mevrouw {NAME} wacht al vier maanden. {NAME} is niet de enige.",
        tried=f"Ik belde voor {NAME} naar het OCMW.", idea="Een vaste contactpersoon.")
    with django_capture_on_commit_callbacks(execute=True):
        services.add_comment(giver, signal.pk, f"Ook de zus van {NAME} zit in die situatie.")
    return signal


def redact(client, municipality, signal, passage, confirm="on"):
    """The confirming POST (the second step); confirm="" is the first step, which only asks."""
    return client.post(reverse("casework:redact", args=[municipality.slug, signal.pk]),
                       {"passage": passage, "confirm": confirm}, follow=True)


def test_the_passage_is_gone_from_every_table(client, login, kortrijk, kortrijk_coordinator, signal):
    assert places_holding(NAME)  # the control: before, the name is stored (signal, comment)
    login(kortrijk_coordinator)

    response = redact(client, kortrijk, signal, NAME)

    assert "De tekst is verwijderd op 4 plaatsen." in unescape(response.content.decode())
    assert places_holding(NAME) == []
    signal.refresh_from_db()
    assert signal.title == "Wachttijd voor [verwijderd]"
    assert signal.description == "Mevrouw [verwijderd] wacht al vier maanden. [verwijderd] is niet de enige."
    assert signal.tried == "Ik belde voor [verwijderd] naar het OCMW."
    assert signal.idea == "Een vaste contactpersoon."
    assert signal.events.get(kind=SignalEvent.Kind.COMMENT).body == "Ook de zus van [verwijderd] zit in die situatie."


def test_a_redaction_is_recorded_without_the_passage(client, login, kortrijk, kortrijk_coordinator, signal):
    login(kortrijk_coordinator)

    redact(client, kortrijk, signal, NAME)

    event = signal.events.get(kind=SignalEvent.Kind.REDACTED)
    assert event.actor == kortrijk_coordinator
    assert event.body == ""
    audit = AuditEvent.objects.get(action="signal.redacted")
    assert audit.actor == kortrijk_coordinator
    assert audit.municipality == kortrijk
    assert audit.object_id == str(signal.pk)
    assert NAME not in str(audit.payload)
    assert audit.payload == {"reference": signal.reference, "places": 4}


def test_the_giver_sees_the_redaction_in_the_history(client, login, giver, kortrijk, kortrijk_coordinator, signal):
    login(kortrijk_coordinator)
    redact(client, kortrijk, signal, NAME)
    login(giver)

    detail = unescape(client.get(reverse("intake:detail", args=[signal.reference])).content.decode())

    assert "Persoonsgegevens verwijderd" in detail
    assert NAME not in detail


@pytest.mark.parametrize("confirm", ["", "on"])
def test_a_passage_that_is_not_in_the_signal_changes_nothing(client, login, kortrijk, kortrijk_coordinator, signal,
                                                             confirm):
    login(kortrijk_coordinator)

    response = redact(client, kortrijk, signal, "Jan Janssens", confirm=confirm)

    page = unescape(response.content.decode())
    assert "Deze tekst staat niet in het signaal. Kopieer hem letterlijk." in page
    assert 'value="Jan Janssens"' in page  # the typed passage stays in the field
    assert "Ja, verwijder deze tekst" not in page
    assert not SignalEvent.objects.filter(kind=SignalEvent.Kind.REDACTED).exists()
    assert not AuditEvent.objects.filter(action="signal.redacted").exists()


@pytest.mark.parametrize("confirm", ["", "on"])
@pytest.mark.parametrize("passage", ["", " ", "a"])
def test_a_too_short_passage_is_refused(client, login, kortrijk, kortrijk_coordinator, signal, passage, confirm):
    login(kortrijk_coordinator)
    before = Signal.objects.values().get(pk=signal.pk)

    response = redact(client, kortrijk, signal, passage, confirm=confirm)

    assert response.status_code == 200
    assert Signal.objects.values().get(pk=signal.pk) == before
    assert not SignalEvent.objects.filter(kind=SignalEvent.Kind.REDACTED).exists()


def test_a_coordinator_of_another_municipality_cannot_redact(client, login, kortrijk, roeselare, signal):
    login(coordinator(roeselare))

    for confirm in ("", "on"):  # neither the question nor the confirmation
        for slug in (kortrijk.slug, roeselare.slug):
            response = client.post(reverse("casework:redact", args=[slug, signal.pk]),
                                   {"passage": NAME, "confirm": confirm})
            assert response.status_code == 404
            assert NAME not in response.content.decode()
    signal.refresh_from_db()
    assert NAME in signal.description


def test_a_message_to_the_givers_is_redacted_on_the_knelpunt_too(client, login, kortrijk, kortrijk_coordinator,
                                                                  signal):
    from lokaalsignaal.casework.knelpunten import services as casework
    from lokaalsignaal.casework.knelpunten.models import KnelpuntMessage

    knelpunt = casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Wachttijden"},
                                            signal_ids=[signal.pk])
    casework.send_feedback(kortrijk_coordinator, knelpunt.pk, f"We spraken met {NAME} en het OCMW.")
    assert NAME in KnelpuntMessage.objects.get(knelpunt=knelpunt).body  # kept for the people who joined
    login(kortrijk_coordinator)

    redact(client, kortrijk, signal, NAME)

    assert places_holding(NAME) == []
    assert KnelpuntMessage.objects.get(knelpunt=knelpunt).body == "We spraken met [verwijderd] en het OCMW."
