"""'Niet weerhouden' for several signals in the inbox tells every giver: it asks first, without JavaScript (the
pattern of the merge's confirmation). The first POST lists the chosen signals (reference and title), says that every
giver gets the explanation and changes nothing; 'Ja, niet weerhouden' (confirm=on) does it; 'Terug naar de lijst'
shows the list with the choice and the explanation kept."""

import re
from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.notifications.models import Notification
from tests.factories import coordinator, member

EXPLANATION = "Dit gaat over één gezin. Verwijs naar het OCMW."


@pytest.fixture
def chosen(make_signal, kortrijk):
    other_giver = member(kortrijk, full_name="Ander Gever", email="ander.gever@caw.be")
    return [make_signal(title="Geen plaats in de opvang"), make_signal(giver=other_giver, title="Lange wachttijd")]


@pytest.fixture
def post(client, kortrijk, django_capture_on_commit_callbacks):
    """post(signals, query="", **fields) -> the response to the inbox's POST, after-commit work done."""

    def send(signals, query="", slug=kortrijk.slug, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("casework:inbox", args=[slug]) + query,
                               {"action": "not_retain", "signals": [s.pk for s in signals], **fields})

    return send


def text(response) -> str:
    return re.sub(r"\s+", " ", unescape(response.content.decode()))


def state() -> dict:
    return {"signals": list(Signal.objects.order_by("pk").values_list("status", "read_at", "knelpunt_id")),
            "events": SignalEvent.objects.count(), "audit": AuditEvent.objects.count(),
            "notifications": Notification.objects.count(), "mails": OutgoingMail.objects.count()}


def test_without_confirmation_nothing_changes_and_nobody_is_told(client, login, kortrijk_coordinator, chosen, post):
    login(kortrijk_coordinator)
    before = state()  # (a coordinator's login is audited)

    response = post(chosen, explanation=EXPLANATION)

    assert response.status_code == 200
    assert response.templates[0].name == "casework/not_retain_confirm.html"
    assert state() == before
    assert not Signal.objects.filter(status=SignalStatus.NOT_RETAINED).exists()
    assert not Notification.objects.exists()


def test_the_confirmation_lists_the_signals_and_says_every_giver_is_told(client, login, kortrijk_coordinator, chosen,
                                                                         post):
    login(kortrijk_coordinator)

    page = text(post(chosen, query="?q=wacht", explanation=EXPLANATION))

    assert "Je kiest 2 signalen om niet te weerhouden:" in page
    for signal in chosen:
        assert f'<li><span class="reference">{signal.reference}</span> · {signal.title}</li>' in page
    assert "Elke signaalgever krijgt een melding met je uitleg." in page
    assert EXPLANATION in page
    assert '<form method="post" action="/g/kortrijk/signalen/?q=wacht">' in page  # the filters stay
    for signal in chosen:
        assert f'<input type="hidden" name="signals" value="{signal.pk}">' in page
    assert f'<input type="hidden" name="explanation" value="{EXPLANATION}">' in page
    assert '<button type="submit" name="confirm" value="on" class="button button--danger">Ja, niet weerhouden' in page
    assert '<button type="submit" name="back" value="on"' in page


def test_with_confirmation_the_signals_are_not_retained_and_every_giver_is_told(client, login, kortrijk_coordinator,
                                                                               chosen, post):
    login(kortrijk_coordinator)

    response = post(chosen, query="?q=wacht", explanation=EXPLANATION, confirm="on")

    assert response.status_code == 302
    assert response["Location"].endswith("?q=wacht")
    assert set(Signal.objects.values_list("status", flat=True)) == {SignalStatus.NOT_RETAINED}
    assert list(SignalEvent.objects.filter(kind=SignalEvent.Kind.NOT_RETAINED).values_list("body", flat=True)) == [
        EXPLANATION] * 2
    told = Notification.objects.filter(kind=Notification.Kind.NOT_RETAINED)
    assert {(n.user_id, n.signal_id) for n in told} == {(s.giver_id, s.pk) for s in chosen}
    assert AuditEvent.objects.filter(action="signal.not_retained").count() == 2


def test_going_back_keeps_the_choice_and_the_explanation(client, login, kortrijk_coordinator, chosen, make_signal,
                                                         post):
    third = make_signal(title="Niet gekozen")
    login(kortrijk_coordinator)
    before = state()  # (a coordinator's login is audited)

    response = post(chosen, explanation=EXPLANATION, back="on")

    page = unescape(response.content.decode())
    assert response.templates[0].name == "casework/inbox.html"
    for signal in chosen:
        assert f'value="{signal.pk}" id="kies-{signal.pk}" checked' in page
    assert f'value="{third.pk}" id="kies-{third.pk}" checked' not in page
    assert f"{EXPLANATION}</textarea>" in page
    assert 'class="error-summary"' not in page
    assert state() == before


def test_the_confirmation_carries_the_explanation_the_privacy_guard_cleaned(client, login, kortrijk_coordinator,
                                                                            chosen, post):
    login(kortrijk_coordinator)

    page = text(post(chosen[:1], explanation="Bel haar op 0470 12 34 56."))

    assert "0470" not in page
    assert '<input type="hidden" name="explanation" value="Bel haar op [telefoonnummer]."' in page
    assert "We hebben persoonsgegevens uit je tekst gehaald" in page
    assert "Je kiest 1 signaal om niet te weerhouden:" in page
    assert "De signaalgever krijgt een melding met je uitleg." in page


def test_without_an_explanation_the_form_says_so_before_asking(client, login, kortrijk_coordinator, chosen, post):
    login(kortrijk_coordinator)

    response = post(chosen)

    assert response.templates[0].name == "casework/inbox.html"
    assert "Leg de signaalgevers uit waarom de signalen niet weerhouden worden." in text(response)


@pytest.mark.parametrize("confirm", ["", "on"], ids=["asking", "confirming"])
def test_a_coordinator_of_another_municipality_gets_404_at_both_steps(client, login, kortrijk, roeselare, chosen,
                                                                      post, confirm):
    login(coordinator(roeselare))
    before = state()

    response = post(chosen, explanation=EXPLANATION, confirm=confirm)

    assert response.status_code == 404
    for signal in chosen:
        assert signal.title not in response.content.decode()
    assert state() == before


def test_the_signals_of_another_municipality_cannot_be_confirmed_from_ones_own(client, login, roeselare, chosen,
                                                                              post):
    login(coordinator(roeselare))
    before = state()

    response = post(chosen, slug=roeselare.slug, explanation=EXPLANATION, confirm="on")

    assert response.status_code == 200  # the form refuses the choice: its own (empty) list again
    assert response.templates[0].name == "casework/inbox.html"
    for signal in chosen:
        assert signal.title not in response.content.decode()
    assert state() == before
