"""The public pages are kept whole for visitors (one cache read instead of a render), each visitor still gets a CSRF
token of her own that works, and nobody signed in, searching or with a session gets a kept page."""

import re
import time

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.pages import visitor_cache
from tests.factories import UserFactory

PUBLIC = ["pages:landing", "pages:participating", "pages:join"]
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def visit(url, **extra):
    visitor = Client(enforce_csrf_checks=True)
    return visitor, visitor.get(url, **extra)


@pytest.mark.parametrize("name", PUBLIC)
def test_a_second_visitor_gets_the_kept_page_without_rendering_it(db, name):
    url = reverse(name)
    _, first = visit(url)
    with CaptureQueriesContext(connection) as queries:
        _, second = visit(url)
    assert second.status_code == 200
    assert len(queries) == 0  # this process holds the page it kept
    assert not hasattr(second, "templates") or not second.templates  # no template rendered
    assert TOKEN.sub("", second.content.decode()) == TOKEN.sub("", first.content.decode())


def test_another_process_reads_the_kept_page_once_and_holds_it_only_as_long_as_it_is_kept(db, monkeypatch):
    url = reverse("pages:participating")
    _, first = visit(url)
    visitor_cache.forget_here()  # as another app process: it has no copy yet
    with CaptureQueriesContext(connection) as queries:
        visit(url)
        visit(url)
    assert len(queries) == 1  # one read of the shared cache, then its own copy
    later = time.time() + visitor_cache.KEEP_SECONDS + 1
    monkeypatch.setattr(visitor_cache.time, "time", lambda: later)
    with CaptureQueriesContext(connection) as queries:
        _, again = visit(url)
    assert again.status_code == 200 and any("participating" in q["sql"] for q in queries)  # rendered anew


@pytest.mark.parametrize("name", PUBLIC)
def test_each_visitor_of_a_kept_page_gets_her_own_token_and_the_language_switch_works(db, name):
    url = reverse(name)
    visit(url)  # keeps the page
    visitors = [visit(url) for _ in range(2)]
    tokens = [TOKEN.findall(response.content.decode()) for _, response in visitors]
    assert all(t and "kept-page" not in t[0] for t in tokens)
    assert tokens[0] != tokens[1]
    for visitor, response in visitors:
        token = TOKEN.search(response.content.decode()).group(1)
        switched = visitor.post(reverse("set_language"), {"language": "en", "next": url,
                                                          "csrfmiddlewaretoken": token})
        assert switched.status_code == 302  # not 403: the token fits this visitor's cookie
    stranger = Client(enforce_csrf_checks=True)
    stranger.get(reverse("pages:landing"))
    stolen = TOKEN.search(visitors[0][1].content.decode()).group(1)
    assert stranger.post(reverse("set_language"), {"language": "en", "next": url,
                                                   "csrfmiddlewaretoken": stolen}).status_code == 403


def test_the_kept_page_is_kept_per_language(db):
    url = reverse("pages:landing")
    visit(url)
    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = english.get(url).content.decode()
    assert 'lang="en"' in body and "How do I join?" in body
    assert 'lang="nl"' in visit(url)[1].content.decode()


def test_someone_signed_in_never_gets_the_page_kept_for_visitors(db, client):
    url = reverse("pages:landing")
    visit(url)
    client.force_login(UserFactory())
    body = client.get(url).content.decode()
    assert "Afmelden" in body and "Mijn Lokaal Signaal" in body


def test_a_visitor_with_a_session_gets_her_message_not_the_kept_page(db, client):
    url = reverse("pages:landing")
    visit(url)
    client.force_login(UserFactory())
    response = client.post(reverse("account_logout"), follow=True)  # signing out leaves a message in the session
    assert response.request["PATH_INFO"] == url
    assert settings.SESSION_COOKIE_NAME in client.cookies
    assert 'class="messages"' in response.content.decode()
