"""'Tekst verwijderen' cannot be undone, so it asks first, without JavaScript: the first POST shows the passage, how
many places it will be removed from (the signal, the conversation, the texts of the signal's knelpunten in the same
municipality) and changes nothing; only the POST from the confirmation ('Ja, verwijder deze tekst', confirm=on)
removes it. The count on the confirmation is the number the redaction changes: both come from
`casework.redaction.find`."""

import re
from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import KnelpuntMessage, Note
from lokaalsignaal.casework.redaction import services as redaction
from lokaalsignaal.intake import services
from lokaalsignaal.intake.models import Signal, SignalEvent
from tests.factories import coordinator
from tests.intake.db_dump import places_holding

NAME = "Fatima Benali"


@pytest.fixture
def signal(giver, kortrijk, kortrijk_coordinator, give_signal, django_capture_on_commit_callbacks):
    """The name in two fields of the signal, one comment, and two texts of its knelpunt (a message, a note)."""
    signal = give_signal(giver, kortrijk, title=f"Wachttijd voor {NAME}",
                         description=f"Mevrouw {NAME} wacht al vier maanden.")
    with django_capture_on_commit_callbacks(execute=True):
        services.add_comment(giver, signal.pk, f"Ook de zus van {NAME} wacht.")
        knelpunt = casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Wachttijden"},
                                              signal_ids=[signal.pk])
        casework.send_feedback(kortrijk_coordinator, knelpunt.pk, f"We spraken met {NAME}.")
    casework.add_note(kortrijk_coordinator, knelpunt.pk, f"{NAME} belt terug.")
    return signal


def post(client, municipality, signal, passage, **extra):
    return client.post(reverse("casework:redact", args=[municipality.slug, signal.pk]), {"passage": passage, **extra},
                       follow=True)


def text(response) -> str:
    return re.sub(r"\s+", " ", unescape(response.content.decode()))


def stored(signal) -> dict:
    return {"signal": Signal.objects.values().get(pk=signal.pk),
            "events": list(SignalEvent.objects.order_by("pk").values_list("kind", "body")),
            "messages": list(KnelpuntMessage.objects.values_list("body", flat=True)),
            "notes": list(Note.objects.values_list("body", flat=True)),
            "places": places_holding(NAME)}


def test_the_first_step_asks_and_changes_nothing(client, login, kortrijk, kortrijk_coordinator, signal):
    before = stored(signal)
    login(kortrijk_coordinator)

    response = post(client, kortrijk, signal, NAME)

    assert response.status_code == 200
    assert response.templates[0].name == "casework/redact_confirm.html"
    assert stored(signal) == before
    assert len(before["places"]) >= 6  # the control: the name is stored in the signal, the comment, the knelpunt
    assert not SignalEvent.objects.filter(kind=SignalEvent.Kind.REDACTED).exists()
    assert not AuditEvent.objects.filter(action="signal.redacted").exists()


def test_the_confirmation_quotes_the_passage_and_counts_the_places(client, login, kortrijk, kortrijk_coordinator,
                                                                   signal):
    login(kortrijk_coordinator)

    page = text(post(client, kortrijk, signal, f"{NAME} "))

    assert f"<blockquote class=\"prose\"><p>{NAME}</p></blockquote>" in page
    assert "We vervangen hem op 6 plaatsen door [verwijderd]:" in page
    assert "in het signaal zelf: 2 tekstvakken" in page
    assert "in het gesprek met de signaalgever: 2 berichten" in page  # the comment and the feedback's copy
    assert "bij de knelpunten van dit signaal in je gemeente (berichten en nota's): 2 teksten" in page
    assert "Teksten van de regio, van Vlaanderen en van andere gemeenten veranderen niet." in page
    assert "Dit kan je niet ongedaan maken." in page
    assert ">Ja, verwijder deze tekst</button>" in page
    assert ">Annuleren</a>" in page
    assert f'<input type="hidden" name="passage" value="{NAME} ">' in page  # as typed: the service trims


def test_the_count_on_the_confirmation_is_the_number_the_redaction_changes(kortrijk_coordinator, signal):
    found = redaction.preview_redaction(kortrijk_coordinator, signal.pk, NAME)

    changed = redaction.redact_passage(kortrijk_coordinator, signal.pk, NAME)

    assert found.total == changed == 6
    assert places_holding(NAME) == []


def test_the_confirming_post_removes_the_passage(client, login, kortrijk, kortrijk_coordinator, signal):
    login(kortrijk_coordinator)

    response = post(client, kortrijk, signal, NAME, confirm="on")

    assert "De tekst is verwijderd op 6 plaatsen." in text(response)
    assert places_holding(NAME) == []
    signal.refresh_from_db()
    assert (signal.title, signal.description) == ("Wachttijd voor [verwijderd]", "Mevrouw [verwijderd] wacht al "
                                                                                  "vier maanden.")
    assert AuditEvent.objects.get(action="signal.redacted").payload["places"] == 6


def test_one_place_is_said_in_the_singular(client, login, giver, kortrijk, kortrijk_coordinator, give_signal):
    signal = give_signal(giver, kortrijk, description="De wachtlijst van de Dienst Zuid is vol.")
    login(kortrijk_coordinator)

    asked = text(post(client, kortrijk, signal, "Dienst Zuid"))
    done = text(post(client, kortrijk, signal, "Dienst Zuid", confirm="on"))

    assert "We vervangen hem op 1 plaats door [verwijderd]:" in asked
    assert "in het signaal zelf: 1 tekstvak" in asked
    assert "in het gesprek met de signaalgever: 0 berichten" in asked
    assert "De tekst is verwijderd op 1 plaats." in done


def test_a_passage_that_stands_nowhere_is_refused_at_the_first_step_and_kept_in_the_field(
        client, login, kortrijk, kortrijk_coordinator, signal):
    before = stored(signal)
    login(kortrijk_coordinator)

    response = post(client, kortrijk, signal, "Jan Janssens")

    page = text(response)
    assert response.templates[0].name == "casework/signal.html"
    assert "Deze tekst staat niet in het signaal. Kopieer hem letterlijk." in page
    assert 'name="passage" value="Jan Janssens"' in page
    assert "Ja, verwijder deze tekst" not in page
    assert stored(signal) == before


def test_the_passage_must_match_letter_for_letter_on_every_database(client, login, kortrijk, kortrijk_coordinator,
                                                                    signal):
    """SQLite's `contains` ignores case; the one rule (`casework.redaction.find.holds`) does not, so the preview counts
    no place the redaction would leave as it is."""
    login(kortrijk_coordinator)

    page = text(post(client, kortrijk, signal, NAME.lower()))

    assert "Deze tekst staat niet in het signaal. Kopieer hem letterlijk." in page


def test_cancelling_leads_back_to_the_signal(client, login, kortrijk, kortrijk_coordinator, signal):
    login(kortrijk_coordinator)

    page = text(post(client, kortrijk, signal, NAME))

    assert f'<a href="{reverse("casework:signal", args=[kortrijk.slug, signal.pk])}#verwijderen">Annuleren</a>' in page


@pytest.mark.parametrize("confirm", ["", "on"], ids=["asking", "confirming"])
def test_a_coordinator_of_another_municipality_gets_404_at_both_steps(client, login, kortrijk, roeselare, signal,
                                                                      confirm):
    before = stored(signal)
    login(coordinator(roeselare))

    for slug in (kortrijk.slug, roeselare.slug):
        response = client.post(reverse("casework:redact", args=[slug, signal.pk]), {"passage": NAME,
                                                                                   "confirm": confirm})
        assert response.status_code == 404
        assert NAME not in response.content.decode()
    assert stored(signal) == before
