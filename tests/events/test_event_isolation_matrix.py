"""Every events URL, for everyone who may not use it: another municipality, an invitation-only event for a giver who
was not invited, a wrong calendar token, anonymous visitors, and readers/partners/givers on coordinator pages.
Anything not granted is a 404 (anonymous visitors are sent to the login page)."""

import pytest
from django.urls import reverse

from lokaalsignaal.events import participation, services
from lokaalsignaal.events.models import Invitation
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

pytestmark = pytest.mark.django_db

# (name, method); "slug" urls take the municipality slug and the event pk, "item" urls also an agenda item
COORDINATOR_URLS = [
    ("events:manage_list", "get"), ("events:create", "get"), ("events:create", "post"),
    ("events:manage_detail", "get"), ("events:edit", "get"), ("events:edit", "post"), ("events:invite", "get"),
    ("events:invite", "post"), ("events:cancel", "post"), ("events:attendance", "post"), ("events:outcome", "post"),
    ("events:print", "get"),
]
PARTICIPANT_URLS = [
    ("events:event", "get"), ("events:register", "post"), ("events:decline", "post"), ("events:event_ics", "get"),
]
PERSONAL_URLS = [("events:mine", "get"), ("events:calendar", "get"), ("events:regenerate_token", "post")]


def url_for(name, event, item=None):
    if name in ("events:manage_list", "events:create"):
        return reverse(name, args=[event.municipality.slug])
    if name == "events:outcome":
        return reverse(name, args=[event.municipality.slug, event.pk, item.pk])
    if name in {n for n, _m in PARTICIPANT_URLS}:
        return reverse(name, args=[event.pk])
    return reverse(name, args=[event.municipality.slug, event.pk])


@pytest.fixture
def world(kortrijk, roeselare, boss, add_knelpunt, make_event):
    """A closed (invitation-only) and an open event in Kortrijk, and the people around them."""
    closed = make_event(title="Besloten werksessie", knelpunten=[add_knelpunt("Energiearmoede")])
    open_event = make_event(title="Open signaaldag", open_to_all=True)
    invited = member(kortrijk, full_name="Uitgenodigde Gever")
    services.send_invitations(boss, closed.pk, services.Audience(user_ids=[invited.pk]))
    return {
        "closed": closed, "open": open_event, "item": closed.agenda.get(), "invited": invited,
        "kortrijk_giver": member(kortrijk, full_name="Niet Uitgenodigd"),
        "kortrijk_reader": member(kortrijk, Role.READER, full_name="Lezer Kortrijk"),
        "kortrijk_partner": member(kortrijk, Role.PARTNER, full_name="Partner Kortrijk"),
        "roeselare_coordinator": coordinator(roeselare, full_name="Coördinator Roeselare"),
        "roeselare_giver": member(roeselare, full_name="Gever Roeselare"),
    }


OUTSIDERS_OF_COORDINATION = ["kortrijk_giver", "kortrijk_reader", "kortrijk_partner", "roeselare_coordinator",
                             "roeselare_giver", "invited"]


def call(client, method, url):
    return client.post(url, {}) if method == "post" else client.get(url)


@pytest.mark.parametrize("who", OUTSIDERS_OF_COORDINATION)
@pytest.mark.parametrize("name, method", COORDINATOR_URLS)
def test_coordinator_pages_are_404_for_everyone_else(client, world, who, name, method):
    client.force_login(world[who])

    response = call(client, method, url_for(name, world["closed"], world["item"]))

    assert response.status_code == 404


@pytest.mark.parametrize("name, method", COORDINATOR_URLS + PARTICIPANT_URLS + PERSONAL_URLS)
def test_anonymous_visitors_are_sent_to_the_login_page(client, world, name, method):
    if (name, method) in PERSONAL_URLS:
        url = reverse(name)
    else:
        url = url_for(name, world["closed"], world["item"])

    response = call(client, method, url)

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["kortrijk_giver", "kortrijk_reader", "kortrijk_partner", "roeselare_coordinator",
                                 "roeselare_giver"])
@pytest.mark.parametrize("name, method", PARTICIPANT_URLS)
def test_an_invitation_only_event_is_404_for_who_was_not_invited(client, world, who, name, method):
    client.force_login(world[who])

    response = call(client, method, reverse(name, args=[world["closed"].pk]))

    assert response.status_code == 404
    assert not Invitation.objects.filter(user=world[who]).exists()


@pytest.mark.parametrize("who", ["roeselare_coordinator", "roeselare_giver", "kortrijk_reader"])
@pytest.mark.parametrize("name, method", PARTICIPANT_URLS)
def test_an_open_event_is_404_outside_its_givers(client, world, who, name, method):
    client.force_login(world[who])

    response = call(client, method, reverse(name, args=[world["open"].pk]))

    assert response.status_code == 404


@pytest.mark.parametrize("name, method", PARTICIPANT_URLS)
def test_the_invited_person_and_an_open_events_giver_may_use_the_participant_urls(client, world, name, method):
    client.force_login(world["invited"])
    assert call(client, method, reverse(name, args=[world["closed"].pk])).status_code in (200, 302)
    client.force_login(world["kortrijk_giver"])
    assert call(client, method, reverse(name, args=[world["open"].pk])).status_code in (200, 302)


@pytest.mark.parametrize("name, method", [u for u in COORDINATOR_URLS
                                          if u[0] not in ("events:manage_list", "events:create")])
def test_an_event_of_another_municipality_is_404_under_ones_own_slug(client, world, roeselare, name, method):
    """The Roeselare coordinator asks for a Kortrijk event (and agenda item) through /g/roeselare/."""
    client.force_login(world["roeselare_coordinator"])
    event, item = world["closed"], world["item"]
    args = [roeselare.slug, event.pk] + ([item.pk] if name == "events:outcome" else [])

    assert call(client, method, reverse(name, args=args)).status_code == 404


def test_lists_of_another_municipality_show_nothing_of_kortrijk(client, world):
    client.force_login(world["roeselare_giver"])
    assert "Open signaaldag" not in client.get(reverse("events:mine")).content.decode()
    client.force_login(world["kortrijk_giver"])
    page = client.get(reverse("events:mine")).content.decode()
    assert "Open signaaldag" in page and "Besloten werksessie" not in page


@pytest.mark.parametrize("token", ["", "x", "verkeerd-token-0123456789", "../../etc/passwd"])
def test_a_wrong_calendar_token_is_404(client, world, token):
    participation.calendar_feed_of(world["invited"])

    assert client.get(f"/agenda/{token}.ics").status_code == 404


def test_the_right_calendar_token_needs_no_login(client, world):
    participation.register(world["invited"], world["closed"].pk)
    token = participation.calendar_feed_of(world["invited"]).token

    response = client.get(reverse("events:feed", args=[token]))

    assert response.status_code == 200 and b"Besloten werksessie" in response.content


def test_a_feed_never_shows_events_of_a_municipality_the_person_left(client, world):
    participation.register(world["invited"], world["closed"].pk)
    world["invited"].memberships.update(status="ended")
    token = participation.calendar_feed_of(world["invited"]).token

    assert b"Besloten werksessie" not in client.get(reverse("events:feed", args=[token])).content


@pytest.mark.parametrize("slug", ["kortrijk", "roeselare", "bestaat-niet"])
def test_the_public_page_is_404_unless_the_municipality_opts_in(client, world, slug):
    assert client.get(reverse("events:public", args=[slug])).status_code == 404
