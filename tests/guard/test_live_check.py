"""The live privacy check while typing: POST /privacy/controle/ returns the findings for one field, in plain Dutch."""

from html import unescape
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import MunicipalityFactory, member


@pytest.fixture
def worker(db):
    return member(MunicipalityFactory(name="Kortrijk", refnis="34022"))


@pytest.fixture
def check(client, login, worker):
    login(worker)

    def post(data):
        return client.post(reverse("guard:check"), data)

    return post


def text_of(response) -> str:
    return unescape(response.content.decode())


def test_a_name_gets_an_explanation_and_a_replace_button(check):
    response = check({"_field": "description", "description": "Vandaag kwam mevrouw Fatima Benali langs."})

    assert response.status_code == 200
    html = text_of(response)
    assert "Dit lijkt een naam: «Fatima Benali»." in html
    assert "Dit lijkt op de naam van een persoon. Schrijf over de situatie, niet over wie het is." in html
    assert "Vervang «Fatima Benali» door [naam]" in html
    start = len("Vandaag kwam mevrouw ")
    assert f'name="redact" value="description:{start}:{start + len("Fatima Benali")}:person_name"' in html
    assert 'data-placeholder="[naam]"' in html
    assert "Als je verstuurt" not in html  # a name is a warning: the giver decides


def test_a_phone_number_is_announced_as_replaced_on_sending(check):
    response = check({"_field": "tried", "tried": "Ze belde ons op 0470/12.34.56."})

    html = text_of(response)
    assert "Dit lijkt een telefoonnummer: «0470/12.34.56»." in html
    assert "Een telefoonnummer is een persoonsgegeven. We bewaren het nooit." in html
    assert "Als je verstuurt, vervangen we het door [telefoonnummer]." in html
    assert "Vervang «0470/12.34.56» door [telefoonnummer]" in html
    assert 'data-field="tried"' in html


def test_both_findings_in_one_text(check):
    html = text_of(check({"_field": "description",
                          "description": "Mevrouw Fatima Benali, bereikbaar op +32 470 12 34 56, wacht al lang."}))

    assert "Vervang «Fatima Benali» door [naam]" in html
    assert "Vervang «+32 470 12 34 56» door [telefoonnummer]" in html
    assert html.count('class="privacy-finding ') == 2


@pytest.mark.parametrize("text", ["Veel gezinnen wachten maanden op budgetbegeleiding.", ""])
def test_a_clean_text_gives_an_empty_fragment(check, text):
    response = check({"_field": "description", "description": text})

    assert response.status_code == 200
    assert response.content.decode().strip() == ""


def test_a_verified_organisation_name_on_the_platform_is_not_a_person(check, worker):
    text = "We verwezen het gezin door naar Ons Huis."
    before = text_of(check({"_field": "description", "description": text}))
    worker.organisation.name, worker.organisation.verified = "Ons Huis", True
    worker.organisation.save()

    after = text_of(check({"_field": "description", "description": text}))

    assert "Vervang «Ons Huis» door [naam]" in before
    assert after.strip() == ""


def test_an_organisation_named_like_a_person_stays_a_warning(check, worker):
    # only verified organisations, and never a name that looks like a person's: see
    # test_unverified_organisations_do_not_silence_the_guard
    text = "Bij Sofie Peeters vzw wachten gezinnen maanden."
    worker.organisation.name, worker.organisation.verified = "Sofie Peeters vzw", True
    worker.organisation.save()

    assert "Vervang «Sofie Peeters» door [naam]" in text_of(check({"_field": "description", "description": text}))


@pytest.mark.parametrize("data", [
    {"description": "Mevrouw Fatima Benali"},
    {"_field": "", "description": "Mevrouw Fatima Benali"},
    {"_field": "_field"},
    {"_field": "_secret", "_secret": "Mevrouw Fatima Benali"},
], ids=["missing field", "empty field", "the field name itself", "underscored field"])
def test_a_malformed_request_is_refused(check, data):
    response = check(data)

    assert response.status_code == 400
    assert "Fatima" not in response.content.decode()


def test_login_is_required(client):
    response = client.post(reverse("guard:check"), {"_field": "description", "description": "Fatima Benali"})

    assert response.status_code == 302
    assert urlparse(response["Location"]).path == reverse(settings.LOGIN_URL)


def test_only_post_is_allowed(client, login, worker):
    login(worker)

    assert client.get(reverse("guard:check"), {"_field": "description", "description": "x"}).status_code == 405


def test_the_check_needs_the_csrf_token(worker):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(worker, backend="django.contrib.auth.backends.ModelBackend")

    response = strict.post(reverse("guard:check"), {"_field": "description", "description": "Fatima Benali"})

    assert response.status_code == 403


def test_two_phone_numbers_separated_by_a_slash_are_both_shown(check):
    html = text_of(check({"_field": "description", "description": "Bel 0470 12 34 56 / 0471 23 45 67 na vijf uur."}))

    assert "«0470 12 34 56»" in html
    assert "«0471 23 45 67»" in html
