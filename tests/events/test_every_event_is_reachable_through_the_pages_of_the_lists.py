"""The coordinator's list (/g/<slug>/evenementen/) and the giver's (/mijn/evenementen/) page through all events:
the 101st upcoming event and the 51st past one are reachable by following 'Volgende' (no silent cap at 100/50)."""

import re
from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.events import participation
from tests.factories import member

from .conftest import in_days


@pytest.fixture
def ann(kortrijk):
    return member(kortrijk, full_name="Ann Peeters", email="ann@caw.be")


def walk(client, base, query=""):
    """Follow 'Volgende' from `base + query`; the event titles seen on each page."""
    pages, url = [], base + query
    while url:
        response = client.get(url)
        assert response.status_code == 200
        html = unescape(response.content.decode())
        pages.append(re.findall(r"Evenement nr\. \d+", html))
        found = re.search(r'<a href="(\?[^"]*)" rel="next">', html)
        url = base + found.group(1) if found else None
    return pages


def test_the_101st_upcoming_event_is_on_the_coordinators_and_the_givers_list(client, boss, kortrijk, make_event, ann):
    for n in range(1, 102):
        make_event(title=f"Evenement nr. {n}", starts_at=in_days(n), open_to_all=True)

    client.force_login(boss)
    pages = walk(client, reverse("events:manage_list", args=[kortrijk.slug]))
    assert len(pages) == 5 and all(len(p) == 25 for p in pages[:4])
    assert [t for p in pages for t in p] == [f"Evenement nr. {n}" for n in range(1, 102)]

    client.force_login(ann)
    pages = walk(client, reverse("events:mine"))
    assert "Evenement nr. 101" in pages[-1] and sum(len(p) for p in pages) == 101


def test_the_51st_past_event_is_reachable(client, boss, kortrijk, make_event, ann):
    for n in range(1, 52):
        event = make_event(title=f"Evenement nr. {n}", starts_at=in_days(3), open_to_all=True)
        participation.register(ann, event.pk)
        event.starts_at, event.ends_at = in_days(-n), in_days(-n, hour=21)
        event.save(update_fields=["starts_at", "ends_at"])

    client.force_login(boss)
    pages = walk(client, reverse("events:manage_list", args=[kortrijk.slug]), "?status=voorbij")
    assert [t for p in pages for t in p] == [f"Evenement nr. {n}" for n in range(1, 52)]  # newest first
    assert walk(client, reverse("events:manage_list", args=[kortrijk.slug])) == [[]]

    client.force_login(ann)
    pages = walk(client, reverse("events:mine"), "?status=voorbij")
    assert "Evenement nr. 51" in pages[-1] and sum(len(p) for p in pages) == 51
