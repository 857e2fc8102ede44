"""A giver who hid their name from the municipality can be invited to an event through their signal (the agenda's
knelpunten, a theme), but nothing the coordinator sees tells whether a given person is such a giver: the preview,
the send message, the "al uitgenodigd" marker, the participants, the attendance form, the printout and the counts
are the same, character for character (CSRF tokens aside), as when that person hid nothing or gave nothing."""

import re

import pytest

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.events import participation, services
from lokaalsignaal.events.models import Invitation, Response
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.tenancy.models import MembershipStatus
from tests.factories import member

pytestmark = pytest.mark.django_db

CSRF = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+(")')


def same(page: str) -> str:
    return CSRF.sub(r"\1\2", page)


@pytest.fixture
def world(kortrijk, boss, add_knelpunt, give, make_event):
    """An event with one knelpunt on its agenda (Ann's signal shows her name). Carla gave a signal with her name
    hidden, not linked yet; Dirk gave nothing. Neither has an organisation, so only their names tell them apart."""
    ann = member(kortrijk, full_name="Ann Akkoord")
    carla = member(kortrijk, full_name="Carla Verborgen", organisation=None)
    dirk = member(kortrijk, full_name="Dirk Niemand", organisation=None)
    knelpunt = add_knelpunt("Energiearmoede", give(ann, kortrijk))
    return {"event": make_event(knelpunten=[knelpunt]), "knelpunt": knelpunt, "carla": carla, "dirk": dirk,
            "hidden_signal": give(carla, kortrijk, hide_name=True)}


@pytest.fixture
def coordinator_pages(client, login, boss, kortrijk, world):
    login(boss)
    base = f"/g/{kortrijk.slug}/evenementen/"
    event = world["event"]

    class Pages:
        def preview(self, **audience) -> str:
            response = client.post(f"{base}{event.pk}/uitnodigen/", {**audience, "preview": "1"})
            assert response.status_code == 200
            return same(response.content.decode())

        def send(self, **audience) -> str:
            response = client.post(f"{base}{event.pk}/uitnodigen/", {**audience, "send": "1"}, follow=True)
            assert response.status_code == 200
            return same(response.content.decode())

        def seen(self) -> list[str]:
            """Everything the coordinator reads about the event's participants."""
            pages = [client.get(url) for url in (f"{base}{event.pk}/", f"{base}{event.pk}/afdrukken/", base)]
            assert all(page.status_code == 200 for page in pages)
            return [same(page.content.decode()) for page in pages]

    return Pages()


def link_hidden_signal(boss, world):
    casework.link(boss, [world["hidden_signal"].pk], world["knelpunt"].pk)


def people_list_neutral(page: str) -> str:
    """The page with the positions in the people list (`id_people_3`) left out: they shift when a person leaves it."""
    return re.sub(r"id_people_\d+", "id_people_N", page)


def as_anyone(page: str, *people) -> str:
    """The page with the chosen person's name (and which box of the people list was ticked) left out."""
    page = re.sub(r'(<input type="checkbox" name="people" value="\d+" id="id_people_\d+")\s*checked>', r"\1>", page)
    for person in people:
        page = page.replace(person.full_name, "PERSOON")
    return people_list_neutral(page)


def test_a_hidden_name_giver_on_the_agenda_changes_nothing_in_the_preview(coordinator_pages, boss, world):
    before = coordinator_pages.preview(agenda="on")
    link_hidden_signal(boss, world)

    assert coordinator_pages.preview(agenda="on") == before


def not_in_the_people_list(page: str, person) -> str:
    page = re.sub(rf'<div>\s*<label for="id_people_\d+"><input type="checkbox" name="people" value="{person.pk}"'
                  rf'[^>]*>[^<]*</label>\s*</div>', "", page)
    return people_list_neutral(page)


@pytest.mark.parametrize("audience", ["agenda", "theme"])
def test_ending_a_hidden_name_givers_membership_changes_nothing_in_the_preview(audience, coordinator_pages, boss,
                                                                               world, theme):
    """Reached or not (she is no longer a member), the preview is the same: apart from the list of people to
    choose from, which loses her name as it would anyone's."""
    carla = world["carla"]
    link_hidden_signal(boss, world)
    choice = {"agenda": "on"} if audience == "agenda" else {"themes": [theme.pk]}
    reached = coordinator_pages.preview(**choice)
    carla.memberships.update(status=MembershipStatus.ENDED)

    assert people_list_neutral(coordinator_pages.preview(**choice)) == not_in_the_people_list(reached, carla)


def test_choosing_a_hidden_name_giver_by_name_looks_like_choosing_anyone(coordinator_pages, boss, world):
    carla, dirk = world["carla"], world["dirk"]
    link_hidden_signal(boss, world)

    her = coordinator_pages.preview(agenda="on", people=[carla.pk])
    him = coordinator_pages.preview(agenda="on", people=[dirk.pk])

    assert "Carla Verborgen" in her and "Dirk Niemand" in him
    assert as_anyone(her, carla, dirk) == as_anyone(him, carla, dirk)


def test_sending_to_a_hidden_name_giver_changes_nothing_the_coordinator_sees(coordinator_pages, boss, world):
    coordinator_pages.send(agenda="on")  # Ann
    again_without_her = coordinator_pages.send(agenda="on")
    seen_without_her = coordinator_pages.seen()
    link_hidden_signal(boss, world)

    again_with_her = coordinator_pages.send(agenda="on")

    assert again_with_her == again_without_her
    assert coordinator_pages.seen() == seen_without_her
    # ...and yet she was invited, by the platform, with an e-mail
    invitation = Invitation.objects.get(user=world["carla"])
    assert invitation.name_hidden and not invitation.invited
    assert OutgoingMail.objects.filter(to=world["carla"].email, body_text__contains="nodigt je uit").count() == 1


def test_a_hidden_name_givers_no_stays_unseen(coordinator_pages, boss, world):
    coordinator_pages.send(agenda="on")
    seen = coordinator_pages.seen()
    link_hidden_signal(boss, world)
    coordinator_pages.send(agenda="on")

    participation.decline(world["carla"], world["event"].pk)

    assert coordinator_pages.seen() == seen


def test_a_hidden_name_givers_no_leaves_no_trace_in_the_municipalitys_audit_log(
        client, coordinator_pages, boss, kortrijk, world):
    link_hidden_signal(boss, world)
    coordinator_pages.send(agenda="on")
    log = f"/g/{kortrijk.slug}/audit/"
    before = same(client.get(log).content.decode())

    participation.decline(world["carla"], world["event"].pk)

    after = same(client.get(log).content.decode())
    assert world["carla"].full_name not in after
    assert after == before


def test_the_already_invited_marker_does_not_tell_who_was_invited_unnamed(coordinator_pages, boss, world):
    carla, dirk = world["carla"], world["dirk"]
    link_hidden_signal(boss, world)
    coordinator_pages.send(agenda="on")
    participation.decline(carla, world["event"].pk)

    her = coordinator_pages.preview(people=[carla.pk])
    him = coordinator_pages.preview(people=[dirk.pk])

    assert "al uitgenodigd" not in her
    assert as_anyone(her, carla, dirk) == as_anyone(him, carla, dirk)


def test_inviting_a_hidden_name_giver_by_name_afterwards_looks_like_inviting_anyone(coordinator_pages, boss, world):
    carla, dirk = world["carla"], world["dirk"]
    link_hidden_signal(boss, world)
    coordinator_pages.send(agenda="on")
    participation.decline(carla, world["event"].pk)  # her "no" to the unnamed invitation must not show

    her = coordinator_pages.send(people=[carla.pk])
    him = coordinator_pages.send(people=[dirk.pk])

    assert "1 persoon is uitgenodigd." in her and "1 persoon is uitgenodigd." in him
    detail = coordinator_pages.seen()[0]
    assert "Carla Verborgen — Nog niet geantwoord" in detail and "Dirk Niemand — Nog niet geantwoord" in detail
    assert Invitation.objects.get(user=carla).response == Response.PENDING


def test_the_hidden_name_giver_learns_that_registering_shows_her_name(client, login, boss, world):
    link_hidden_signal(boss, world)
    services.send_invitations(boss, world["event"].pk, services.Audience(agenda=True))
    login(world["carla"])

    page = client.get(f"/mijn/evenementen/{world['event'].pk}/").content.decode()

    assert "Je bent uitgenodigd. Kom je?" in page
    assert "De gemeente weet niet dat je uitgenodigd bent. Schrijf je je in, dan ziet de gemeente je naam" in page
