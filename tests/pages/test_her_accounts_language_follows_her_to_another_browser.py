"""Her account's language (chosen on her profile) follows her when she signs in on another browser, which has no
language cookie yet; a language switched in this browser (the cookie) still wins."""

from django.conf import settings
from django.urls import reverse

from tests.factories import PASSWORD, member


def test_signing_in_elsewhere_brings_her_language(client, kortrijk):
    giver = member(kortrijk, language="en")

    client.post(reverse("account_login"), {"login": giver.email, "password": PASSWORD})
    body = client.get(reverse("pages:home")).content.decode()

    assert "<title>My Lokaal Signaal" in body or "My Lokaal Signaal" in body
    assert 'lang="en"' in body


def test_the_cookie_of_this_browser_wins(client, kortrijk):
    giver = member(kortrijk, language="en")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"

    client.post(reverse("account_login"), {"login": giver.email, "password": PASSWORD})

    assert 'lang="nl"' in client.get(reverse("pages:home")).content.decode()


def test_a_dutch_account_stays_dutch(client, kortrijk):
    giver = member(kortrijk)

    client.post(reverse("account_login"), {"login": giver.email, "password": PASSWORD})

    assert 'lang="nl"' in client.get(reverse("pages:home")).content.decode()
