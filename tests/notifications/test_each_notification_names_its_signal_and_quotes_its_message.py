"""Each notification on 'Meldingen' names the signal (or knelpunt) it is about and quotes a short excerpt of the
message it carries, marks an unread one once in words, never quotes internal text, and the page costs as many queries
for 30 notifications as for 3."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.pages.giver.notification_list import excerpt

from .conftest import SIGNAL_TITLE, text_of

LONG_MESSAGE = ("We hebben met het OCMW en twee schuldbemiddelaars afgesproken dat gezinnen met kinderen voortaan "
                "binnen de drie weken een eerste gesprek krijgen. Vanaf maart volgt een extra zitdag in Heule.")


def notifications_page(client):
    return text_of(client.get(reverse("notifications:notifications")))


def test_a_message_shows_the_signal_title_and_an_excerpt_cut_on_a_word(client, login, giver, give,
                                                                       municipality_staff):
    knelpunt = municipality_staff.knelpunt(give())
    municipality_staff.feedback(knelpunt, LONG_MESSAGE)
    login(giver)

    content = notifications_page(client)

    assert SIGNAL_TITLE in content
    shown = excerpt(LONG_MESSAGE)
    assert f"“{shown}”" in content
    assert shown.endswith("…") and len(shown) <= 140
    assert LONG_MESSAGE[:120] in content
    assert "zitdag in Heule" not in content  # the rest is on the signal's page


def test_a_question_and_a_stage_message_are_quoted_but_never_the_internal_remark(client, login, giver, give,
                                                                               municipality_staff):
    asked = give(title="Geen bus naar het sociaal huis")
    municipality_staff.ask(asked, "Over welke buslijn gaat het?")
    knelpunt = municipality_staff.knelpunt(give())
    municipality_staff.stage(knelpunt, Stage.ANALYSIS, "We bekijken de wachtlijsten.",
                             remark="Intern: schepen wil dit stil houden")
    login(giver)

    content = notifications_page(client)

    assert "Geen bus naar het sociaal huis" in content
    assert "“Over welke buslijn gaat het?”" in content
    assert "“We bekijken de wachtlijsten.”" in content
    assert "schepen" not in content


def test_an_unread_notification_is_marked_once_in_words_without_a_doubled_nieuw(client, login, giver, give,
                                                                               municipality_staff):
    knelpunt = municipality_staff.knelpunt(give())
    municipality_staff.feedback(knelpunt, "Een bericht.")
    login(giver)

    content = notifications_page(client)

    assert "Nieuw Nieuw" not in content
    assert "Ongelezen Nieuw bericht van de gemeente" in content
    assert content.count("Ongelezen") == Notification.objects.filter(user=giver).count() == 2
    client.post(reverse("notifications:mark_all_read"))
    assert "Ongelezen" not in notifications_page(client)


def test_other_signals_messages_are_not_quoted(client, login, giver, other_giver, give, municipality_staff):
    knelpunt = municipality_staff.knelpunt(give(by=other_giver))
    municipality_staff.feedback(knelpunt, "Alleen voor de andere gever.")
    municipality_staff.receive(give())
    login(giver)

    content = notifications_page(client)

    assert "Alleen voor de andere gever" not in content


def test_the_page_with_titles_and_excerpts_costs_the_same_for_3_and_30(client, login, giver, give,
                                                                        municipality_staff):
    login(giver)
    url = reverse("notifications:notifications")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    def add(n):
        for i in range(n):
            signal = give(title=f"Signaal {i}")
            if i % 3 == 0:
                municipality_staff.ask(signal, f"Vraag {i}?")
            else:
                knelpunt = municipality_staff.knelpunt(signal, title=f"Knelpunt {i}")
                municipality_staff.feedback(knelpunt, f"Bericht {i}")

    add(2)
    few_count = Notification.objects.filter(user=giver).count()
    few = queries()
    add(17)
    many_count = Notification.objects.filter(user=giver).count()
    many = queries()

    assert few_count <= 3 and many_count >= 30
    assert "“Bericht 16”" in text_of(client.get(url))
    assert many == few


def test_an_excerpt_is_cut_on_a_word_and_keeps_a_short_text_whole():
    assert excerpt("Kort bericht.") == "Kort bericht."
    assert excerpt("een  twee\ndrie") == "een twee drie"
    cut = excerpt("woord " * 40)
    assert len(cut) <= 140 and cut.endswith("woord…")


def test_a_joiner_sees_the_knelpunt_title_and_its_message(client, login, giver, other_giver, give,
                                                          municipality_staff):
    knelpunt = municipality_staff.knelpunt(give(), title="Wachtlijsten in de schuldhulp")
    Knelpunt.objects.filter(pk=knelpunt.pk).update(visible_to_givers=True)
    joins.join(other_giver, knelpunt.pk)
    municipality_staff.feedback(knelpunt, "Er komt een extra zitdag.")
    login(other_giver)

    content = notifications_page(client)

    assert "Wachtlijsten in de schuldhulp Ongelezen Nieuw bericht van de gemeente" in content
    assert "“Er komt een extra zitdag.”" in content
