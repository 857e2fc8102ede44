"""The giver's suggestions while typing are bounded: only a giver or coordinator with an approved membership of that
municipality gets them (a pending account: 404), a draft is read up to the longest text a field may hold (never
refused, never read whole), and each person has a rate limit (429 with a short Dutch message)."""

from html import unescape

import pytest
from django.test import override_settings

from lokaalsignaal.guard import limits
from lokaalsignaal.similarity import suggest, themes
from lokaalsignaal.tenancy.models import MembershipStatus
from tests.factories import member

pytestmark = pytest.mark.django_db

URL = "/g/kortrijk/signaal-geven/vergelijkbaar/"
DRAFT = {"title": "Budgetbegeleiding wachttijd", "description": "Gezinnen wachten maanden op budgetbegeleiding."}


def test_an_account_whose_only_membership_is_pending_gets_a_404(client, kortrijk):
    client.force_login(member(kortrijk, status=MembershipStatus.PENDING),
                       backend="django.contrib.auth.backends.ModelBackend")

    assert client.post(URL, DRAFT).status_code == 404


def test_a_draft_is_read_up_to_the_longest_text_a_field_may_hold(client, giver, monkeypatch):
    read = []
    for_giver, suggest_themes = suggest.for_giver, themes.suggest
    monkeypatch.setattr(suggest, "for_giver", lambda user, m, text: read.append(text) or for_giver(user, m, text))
    monkeypatch.setattr(themes, "suggest", lambda m, text: read.append(text) or suggest_themes(m, text))
    client.force_login(giver, backend="django.contrib.auth.backends.ModelBackend")

    response = client.post(URL, {"title": "T" * 1000, "description": "A'" * 10_000})

    assert response.status_code == 200
    assert read and all(len(text) <= limits.LINE + 1 + limits.TEXT for text in read)


@override_settings(LOKAALSIGNAAL_RATE_LIMITS={"similarity.suggest": "2/m"})
def test_beyond_the_limit_the_suggestions_answer_429(client, giver):
    client.force_login(giver, backend="django.contrib.auth.backends.ModelBackend")

    answers = [client.post(URL, DRAFT) for _ in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 429]
    assert "Je gaat wat snel" in unescape(answers[-1].content.decode())
