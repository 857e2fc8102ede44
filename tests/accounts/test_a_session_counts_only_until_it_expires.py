"""Sessions are Django's database sessions, read by a query kept once per process (`accounts.sessions`): a session
lets her in until it expires, an expired or unknown one lets no one in, and the kept query reads each person's own."""

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from tests.factories import member


def _home(session_key):
    client = Client()
    client.cookies["sessionid"] = session_key
    return client.get("/mijn/")


def test_a_session_lets_her_in_until_it_expires(login, giver):
    key = login(giver).cookies["sessionid"].value
    assert _home(key).status_code == 200
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = _home(key)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_unknown_session_key_lets_no_one_in(giver):
    response = _home("x" * 32)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_each_session_is_read_as_its_own_person(client, kortrijk, giver):
    other = member(kortrijk, full_name="Tweede Gever", email="tweede@caw.be")
    keys = {}
    for person in (giver, other):
        client.force_login(person, backend="django.contrib.auth.backends.ModelBackend")
        keys[person.full_name] = client.cookies["sessionid"].value
        client.cookies.clear()
    for _ in range(2):
        for name, key in keys.items():
            assert _home(key).context["user"].full_name == name
