"""/mijn/ leads a giver with "Signaal geven" (one button per municipality where she may give), then what waits for her:
the municipality's open questions on her signals and her unread notifications, then her latest signals; at most five
of each, in a fixed number of queries however many signals she has. A region user without a municipality reads a
neutral line with the way to her region's pages, not that something is missing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.intake import triage
from lokaalsignaal.tenancy.models import Role
from tests.factories import MembershipFactory, member, region, scope_member
from tests.html import page, words

pytestmark = pytest.mark.django_db

HOME = reverse("pages:home")
NOT_JOINED = "Je bent nog bij geen enkele gemeente aangesloten"


def test_a_giver_in_one_municipality_gets_one_give_button_first(client, login, giver, kortrijk):
    login(giver)
    html = page(client.get(HOME))

    give = reverse("intake:give", args=[kortrijk.slug])
    assert html.count(f'class="button" href="{give}"') == 1
    assert ">Signaal geven</a>" in html
    assert html.index(give) < html.index("Jouw gemeenten")  # the home leads with it


def test_a_giver_in_two_municipalities_gets_a_button_for_each(client, login, giver, roeselare, kortrijk):
    MembershipFactory(user=giver, municipality=roeselare, role=Role.GIVER)
    login(giver)
    text = words(client.get(HOME))

    assert "Signaal geven in Kortrijk" in text
    assert "Signaal geven in Roeselare" in text


def test_a_reader_gets_no_give_button_but_keeps_her_municipality(client, login, kortrijk):
    reader = member(kortrijk, Role.READER)
    login(reader)
    html = page(client.get(HOME))

    assert reverse("intake:give", args=[kortrijk.slug]) not in html
    assert "Naar Kortrijk" in html


def test_an_open_question_waits_for_her_with_a_link_to_her_signal(client, login, giver, make_signal,
                                                                 kortrijk_coordinator, committed):
    signal = make_signal(title="Geen plaats in de kinderopvang")
    make_signal(title="Een ander signaal zonder vraag")
    with committed():
        triage.ask_question(kortrijk_coordinator, signal.pk, "Over hoeveel gezinnen gaat het?")
    login(giver)
    html = page(client.get(HOME))

    waits = html[html.index("Wacht op jou"):html.index("Je laatste signalen")]
    questions = waits[waits.index("Vragen van de gemeente"):waits.index("Nieuwe meldingen")]
    assert f'href="{reverse("intake:detail", args=[signal.reference])}">Geen plaats in de kinderopvang' in questions
    assert "Een ander signaal zonder vraag" not in questions
    notifications = waits[waits.index("Nieuwe meldingen"):]
    assert "De gemeente stelt je een vraag" in notifications  # the unread notification of the question
    assert f'href="{reverse("notifications:notifications")}"' in notifications


def test_at_most_five_of_each_with_a_way_to_all(client, login, giver, make_signal, kortrijk_coordinator, committed):
    signals = [make_signal(title=f"Signaal nummer {i}") for i in range(7)]
    with committed():
        for signal in signals:
            triage.ask_question(kortrijk_coordinator, signal.pk, "Hoe vaak zie je dit?")
    login(giver)
    html = page(client.get(HOME))

    latest = html[html.index("Je laatste signalen"):]
    assert latest.count("Signaal nummer") == 5
    assert "Signaal nummer 6" in latest and "Signaal nummer 1" not in latest  # the newest first
    assert f'href="{reverse("intake:mine")}"' in latest
    waits = html[html.index("Wacht op jou"):html.index("Je laatste signalen")]
    assert waits.count('class="signal-item"') == 10  # five questions, five notifications


def test_read_notifications_do_not_wait(client, login, giver, make_signal, kortrijk_coordinator, committed):
    signal = make_signal()
    with committed():
        triage.ask_question(kortrijk_coordinator, signal.pk, "Over hoeveel gezinnen gaat het?")
    login(giver)
    client.get(reverse("intake:detail", args=[signal.reference]))  # opening the signal reads its notifications
    html = page(client.get(HOME))

    assert "Nieuwe meldingen" not in html
    assert "Vragen van de gemeente" in html  # the question itself still waits for her answer


def _queries_of_the_home(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(HOME).status_code == 200
    return len(queries)


def test_the_home_costs_the_same_queries_for_3_or_30_signals(client, login, giver, make_signal,
                                                             kortrijk_coordinator, make_knelpunt, committed):
    def give(count):
        made = [make_signal(title=f"Signaal {i}") for i in range(count)]
        with committed():
            for signal in made[::3]:
                triage.ask_question(kortrijk_coordinator, signal.pk, "Hoe vaak zie je dit?")
        make_knelpunt(signals=made[1::3])
        return made

    give(3)
    login(giver)
    few = _queries_of_the_home(client)
    give(27)
    many = _queries_of_the_home(client)

    assert many == few, (few, many)


def test_a_region_user_without_a_municipality_is_shown_the_way_to_her_region(client, login, kortrijk):
    user = scope_member(region(kortrijk, name="Eerstelijnszone Zuid-West"))
    login(user)
    html = page(client.get(HOME))

    assert NOT_JOINED not in html
    assert f'href="{reverse("region:index")}"' in html
    assert "Opgeschaalde knelpunten van Eerstelijnszone Zuid-West" in html  # what she had stays
    assert "Signaal geven" not in html


def test_someone_without_any_membership_still_hears_she_has_not_joined(client, login):
    from tests.factories import UserFactory

    login(UserFactory())
    assert NOT_JOINED in words(client.get(HOME))
