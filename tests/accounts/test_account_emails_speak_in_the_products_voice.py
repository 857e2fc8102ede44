"""Issue 14: the e-mails of signing up and of a forgotten password are the product's own: a greeting with her name,
plain Flemish, what happens next (a coordinator decides on the request), as HTML and as text. Never the login
library's "Hallo van !" with an empty site name."""

import pytest
from django.core import mail as django_mail
from django.urls import reverse

from lokaalsignaal.reference.models import Sector
from tests.factories import PASSWORD, MunicipalityFactory, member

LIBRARY_WORDS = ("Hallo van", "Bedankt voor het gebruiken", "Hello from", "Thank you for using")


@pytest.fixture
def gent(reference_lists):
    return MunicipalityFactory(name="Gent", refnis="44021", province="Oost-Vlaanderen")


def _html(message) -> str:
    return next(content for content, mimetype in message.alternatives if mimetype == "text/html")


def _assert_products_voice(message):
    for body in (message.body, _html(message)):
        assert not any(word in body for word in LIBRARY_WORDS)
        assert "Lokaal Signaal" in body
    assert message.subject.startswith("[Lokaal Signaal] ")


def test_the_sign_up_mail_greets_her_by_name_and_says_a_coordinator_decides(client, gent,
                                                                             django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), {
            "full_name": "Sofie Peeters", "email": "sofie@caw-oostvlaanderen.be", "function": "maatschappelijk werker",
            "new_organisation": "CAW Oost-Vlaanderen", "new_organisation_sector": Sector.objects.get(name="CAW").pk,
            "municipalities": [gent.pk], "password1": PASSWORD, "password2": PASSWORD})

    [message] = django_mail.outbox
    _assert_products_voice(message)
    assert message.body.startswith("Dag Sofie Peeters,")
    assert "beslist een signaalcoördinator van Gent over je aanvraag, meestal binnen 14 dagen" in message.body
    html = _html(message)
    assert 'href="http' in html and "/accounts/confirm-email/" in html
    assert message.subject == "[Lokaal Signaal] Bevestig je e-mailadres"


def test_a_forgotten_password_mail_has_a_link_and_a_reassurance(client, kortrijk,
                                                               django_capture_on_commit_callbacks):
    giver = member(kortrijk, full_name="Lotte Claes")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": giver.email})

    [message] = django_mail.outbox
    _assert_products_voice(message)
    assert message.body.startswith("Dag Lotte Claes,")
    assert "/accounts/password/reset/key/" in message.body
    assert "Je wachtwoord blijft hetzelfde" in message.body


def test_a_password_request_for_an_unknown_address_offers_an_account(client, kortrijk,
                                                                    django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": "onbekend@voorbeeld.be"})

    [message] = django_mail.outbox
    _assert_products_voice(message)
    assert message.body.startswith("Dag,")
    assert "geen account op Lokaal Signaal" in message.body
    assert "/accounts/signup/" in message.body
