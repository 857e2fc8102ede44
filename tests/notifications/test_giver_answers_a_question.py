"""A question of the municipality shows on the giver's page with an answer form; the answer reaches the coordinator."""

from django.urls import reverse

from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.models import Signal, SignalEvent

from .conftest import page

QUESTION = "Over welke wijk gaat het vooral?"


def test_the_open_question_is_shown_with_an_answer_form(client, login, giver, give, municipality_staff):
    signal = give()
    municipality_staff.ask(signal, QUESTION)
    login(giver)

    content = page(client.get(reverse("intake:detail", args=[signal.reference])))

    assert "Vraag voor jou" in content
    assert QUESTION in content
    assert f'action="{reverse("intake:answer", args=[signal.reference])}"' in content


def test_answering_clears_the_open_question_and_the_coordinator_sees_it(
        client, login, giver, give, municipality_staff, kortrijk_coordinator):
    signal = give()
    municipality_staff.ask(signal, QUESTION)
    login(giver)

    response = client.post(reverse("intake:answer", args=[signal.reference]),
                           {"answer": "Vooral in Overleie, bel me op 0471 23 45 67."})

    assert response.status_code == 302
    signal.refresh_from_db()
    assert not signal.has_open_question
    assert signal.needs_attention
    assert signal_access.signals_for_triage(kortrijk_coordinator).filter(pk=signal.pk, needs_attention=True).exists()
    answer = signal.events.get(kind=SignalEvent.Kind.ANSWER)
    assert answer.body.startswith("Vooral in Overleie")
    assert "0471" not in answer.body  # the privacy guard removed the phone number
    content = page(client.get(reverse("intake:detail", args=[signal.reference])))
    assert "Vraag voor jou" not in content
    assert "Jouw antwoord" in content


def test_an_empty_answer_is_refused_and_the_form_comes_back(client, login, giver, give, municipality_staff):
    signal = give()
    municipality_staff.ask(signal, QUESTION)
    login(giver)

    response = client.post(reverse("intake:answer", args=[signal.reference]), {"answer": "  "})

    assert "Schrijf je antwoord." in page(response)
    assert Signal.objects.get(pk=signal.pk).has_open_question


def test_without_an_open_question_there_is_nothing_to_answer(client, login, giver, give):
    signal = give()
    login(giver)

    response = client.post(reverse("intake:answer", args=[signal.reference]), {"answer": "Toch een antwoord"})

    assert response.status_code == 302
    assert not signal.events.filter(kind=SignalEvent.Kind.ANSWER).exists()
