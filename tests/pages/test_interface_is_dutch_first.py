"""The interface is Dutch for everyone, also on an English browser, until the person picks English."""

from django.urls import reverse


def test_an_english_browser_still_gets_dutch(client, db):
    response = client.get(reverse("pages:landing"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert '<html lang="nl">' in response.content.decode()
    assert "Wat gebeurt er met jouw signaal?" in response.content.decode()


def test_the_language_switcher_chooses_english(client, db):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    response = client.get(reverse("pages:landing"))

    assert '<html lang="en">' in response.content.decode()
