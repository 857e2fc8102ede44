"""Notifications in the platform: the header counts the unread ones, the list shows them, reading clears them."""

from django.urls import reverse

from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.notifications.models import Notification

from .conftest import page, text_of


def three_notifications(signal, staff):
    knelpunt = staff.knelpunt(signal)  # linked
    staff.stage(knelpunt, Stage.ANALYSIS, "We zoeken het uit.")  # stage
    staff.feedback(knelpunt, "Een bericht.")  # feedback


def test_the_header_counts_the_unread_notifications(client, login, giver, give, municipality_staff):
    three_notifications(give(), municipality_staff)
    login(giver)

    assert "Meldingen (3 ongelezen)" in text_of(client.get(reverse("intake:mine")))


def test_the_list_shows_the_newest_first_marks_unread_and_links_to_the_signal(client, login, giver, give,
                                                                            municipality_staff):
    signal = give()
    three_notifications(signal, municipality_staff)
    login(giver)

    content = text_of(client.get(reverse("notifications:notifications")))

    feedback = content.index("Nieuw bericht van de gemeente")
    stage = content.index("Nieuwe stap voor het knelpunt: In analyse")
    linked = content.index("Je signaal is gekoppeld aan een knelpunt")
    assert feedback < stage < linked
    assert content.count("Ongelezen ") >= 3  # "Ongelezen" marks each unread one in text
    html = page(client.get(reverse("notifications:notifications")))
    notification = Notification.objects.filter(user=giver).first()
    assert reverse("notifications:open", args=[notification.pk]) in html
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.url == reverse("intake:detail", args=[signal.reference])


def test_opening_the_signal_marks_its_notifications_read(client, login, giver, give, municipality_staff):
    signal = give()
    other = give(title="Een ander signaal")
    three_notifications(signal, municipality_staff)
    municipality_staff.receive(other)
    login(giver)

    content = text_of(client.get(reverse("intake:detail", args=[signal.reference])))

    assert "Meldingen (1 ongelezen)" in content
    assert not Notification.objects.filter(user=giver, signal=signal, read_at__isnull=True).exists()
    assert Notification.objects.get(user=giver, signal=other).read_at is None


def test_all_read_clears_the_count(client, login, giver, other_giver, give, municipality_staff):
    three_notifications(give(), municipality_staff)
    municipality_staff.receive(give(by=other_giver))
    login(giver)

    response = client.post(reverse("notifications:mark_all_read"), follow=True)

    assert "Meldingen (0 ongelezen)" in text_of(response)
    assert "Markeer alles als gelezen" not in text_of(response)  # the button is gone: nothing left to read
    assert Notification.objects.get(user=other_giver).read_at is None


def test_all_read_only_accepts_post(client, login, giver):
    login(giver)

    assert client.get(reverse("notifications:mark_all_read")).status_code == 405
