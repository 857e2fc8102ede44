"""'Meldingen' groups a person's notifications per signal (or, for a joiner, per knelpunt): one row per group with
the newest notification's title, headline and excerpt, how many messages it holds and how many are unread, and the
earlier ones behind a <details> (no JavaScript). "Markeer alles als gelezen" and a group's "Markeer als gelezen" mark
only her own notifications; someone else's group or a made-up one changes nothing. The page pages per group and costs
the same number of queries for 3 or 30 notifications, in few or many groups."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.notifications import services
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.pages.giver.notification_list import ITEMS_PER_GROUP
from lokaalsignaal.pagination import PAGE_SIZE

from .conftest import page, text_of

URL = reverse("notifications:notifications")
MARK = reverse("notifications:mark_all_read")


def unread(user, **where) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True, **where).count()


@pytest.fixture
def two_signals(give, municipality_staff):
    """Three notifications on her first signal (linked, a stage, a message), one on her second (received)."""
    first = give(title="Wachtlijst budgetbegeleiding")
    knelpunt = municipality_staff.knelpunt(first)
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We zoeken het uit.")
    municipality_staff.feedback(knelpunt, "Er komt een extra zitdag in Heule.")
    second = give(title="Geen bus naar het sociaal huis")
    municipality_staff.receive(second)
    return first, second


def test_one_row_per_signal_with_its_newest_message_and_its_counts(client, login, giver, two_signals):
    login(giver)

    content = text_of(client.get(URL))
    html = page(client.get(URL))

    assert html.count('class="signal-item notification-group"') == 2
    bus, budget = content.index("Geen bus naar het sociaal huis"), content.index("Wachtlijst budgetbegeleiding")
    assert bus < budget  # the group with the newest notification first
    assert ("Wachtlijst budgetbegeleiding 3 berichten · 3 ongelezen Ongelezen Nieuw bericht van de gemeente "
            "“Er komt een extra zitdag in Heule.”") in content
    assert "Toon de 2 eerdere berichten" in content
    earlier = html[html.index('<details class="notification-group__earlier">'):]
    assert "Nieuwe stap voor het knelpunt" in earlier and "Je signaal is gekoppeld aan een knelpunt" in earlier
    assert "Geen bus naar het sociaal huis Ongelezen Je signaal is ontvangen" in content  # one: no counts
    assert content.count("Ongelezen") == 4  # each unread notification marked once in words
    assert content.count("Markeer als gelezen") == 2 and "Markeer alles als gelezen" in content


def test_a_groups_mark_read_touches_that_group_only(client, login, giver, other_giver, give, two_signals,
                                                    municipality_staff):
    first, second = two_signals
    municipality_staff.receive(give(by=other_giver))
    login(giver)

    response = client.post(MARK, {"groep": f"s{first.pk}"}, follow=True)

    assert unread(giver, signal=first) == 0 and unread(giver, signal=second) == 1
    assert unread(other_giver) == 1
    content = text_of(response)
    assert "Gemarkeerd als gelezen." in content
    assert "Wachtlijst budgetbegeleiding 3 berichten Nieuw bericht van de gemeente" in content
    assert content.count("Markeer als gelezen") == 1  # only the group with something unread keeps its button


def test_someone_elses_group_or_a_made_up_one_changes_nothing(client, login, giver, other_giver, give,
                                                              municipality_staff):
    theirs = give(by=other_giver)
    municipality_staff.receive(theirs)
    municipality_staff.receive(give())
    login(giver)

    for group in (f"s{theirs.pk}", f"n{Notification.objects.get(user=other_giver).pk}"):
        response = client.post(MARK, {"groep": group})
        assert response.status_code == 302
    for nonsense in ("x1", "s", "s0", "s-1", "s1 OR 1=1", "s" + "9" * 30, "k1.5"):
        response = client.post(MARK, {"groep": nonsense}, follow=True)
        assert response.status_code == 200 and "Die meldingen vonden we niet." in text_of(response)

    assert unread(other_giver) == 1 and unread(giver) == 1
    with pytest.raises(ValueError):
        services.mark_read(giver, "s1; drop")


def test_a_joiners_notifications_are_grouped_per_knelpunt(client, login, giver, other_giver, give,
                                                          municipality_staff):
    knelpunt = municipality_staff.knelpunt(give(), title="Wachtlijsten in de schuldhulp")
    Knelpunt.objects.filter(pk=knelpunt.pk).update(visible_to_givers=True)
    joins.join(other_giver, knelpunt.pk)
    municipality_staff.feedback(knelpunt, "Er komt een extra zitdag.")
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We bekijken de wachtlijsten.")
    login(other_giver)

    content = text_of(client.get(URL))

    assert "Wachtlijsten in de schuldhulp 2 berichten · 2 ongelezen" in content
    client.post(MARK, {"groep": f"k{knelpunt.pk}"})
    assert unread(other_giver) == 0 and unread(giver) > 0


def test_marking_all_read_returns_to_the_page_she_was_on(client, login, giver, give, municipality_staff):
    for i in range(PAGE_SIZE + 1):
        municipality_staff.receive(give(title=f"Signaal {i}"))
    login(giver)

    response = client.post(MARK, {"pagina": "2"})

    assert response.url == f"{URL}?pagina=2"
    assert unread(giver) == 0
    assert client.post(MARK, {"pagina": "99999999999"}).url == URL


def test_the_page_pages_per_group_and_keeps_a_group_whole(client, login, giver, give, municipality_staff):
    busy = give(title="Druk signaal")
    knelpunt = municipality_staff.knelpunt(busy)
    for i in range(ITEMS_PER_GROUP + 2):  # one group of 13 notifications: linked, then 12 messages
        municipality_staff.feedback(knelpunt, f"Bericht {i}")
    for i in range(PAGE_SIZE):
        municipality_staff.receive(give(title=f"Signaal {i}"))
    login(giver)

    first = text_of(client.get(URL))
    second = text_of(client.get(URL, {"pagina": 2}))

    assert "Pagina 1 van 2" in first and "Pagina 2 van 2" in second
    assert "Druk signaal" not in first
    assert "Druk signaal 13 berichten · 13 ongelezen Ongelezen Nieuw bericht van de gemeente “Bericht 11”" in second
    assert f"Toon de {ITEMS_PER_GROUP - 1} eerdere berichten" in second
    assert "En nog 3 oudere berichten" in second
    assert first.count("Ongelezen") == PAGE_SIZE


def test_the_grouped_page_costs_the_same_for_3_or_30_notifications(client, login, giver, give,
                                                                   municipality_staff):
    login(giver)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(URL)
        assert response.status_code == 200
        return len(captured)

    signal = give()
    knelpunt = municipality_staff.knelpunt(signal)
    municipality_staff.feedback(knelpunt, "Een")
    municipality_staff.receive(give(title="Tweede"))
    assert Notification.objects.filter(user=giver).count() == 3
    few = queries()

    for i in range(12):  # more in the same group ...
        municipality_staff.feedback(knelpunt, f"Bericht {i}")
    for i in range(15):  # ... and more groups
        municipality_staff.receive(give(title=f"Signaal {i}"))
    assert Notification.objects.filter(user=giver).count() == 30
    many = queries()

    assert "“Bericht 11”" in text_of(client.get(URL))
    assert many == few
