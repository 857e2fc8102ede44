"""'Ik zie dit ook': a giver joins a knelpunt visible to givers. The join counts as a voice in the priority, is
audited, happens once per person, and from then on the joiner receives the knelpunt's messages and reads them on
their own page (never internal remarks)."""

import pytest

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.notifications.models import Notification
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def visible(make_knelpunt, make_signal):
    return make_knelpunt("Wachttijden budgetbegeleiding", signals=[make_signal()], visible_to_givers=True,
                           summary="Gezinnen wachten maanden op budgetbegeleiding.")


@pytest.fixture
def joiner(kortrijk):
    return member(kortrijk, full_name="Jan Aansluiter", email="jan.aansluiter@ocmw.be")


def test_joining_counts_in_the_priority_and_is_audited(visible, joiner):
    before = Knelpunt.objects.get(pk=visible.pk)
    join = joins.join(joiner, visible.pk, "Ook bij ons, bel 0470 12 34 56.")
    after = Knelpunt.objects.get(pk=visible.pk)
    assert after.join_count == 1 and after.priority > before.priority
    assert "0470" not in join.context and "[telefoonnummer]" in join.context
    assert join.organisation == joiner.organisation and join.sector == joiner.organisation.sector
    event = AuditEvent.objects.get(action="knelpunt.joined")
    assert event.actor == joiner and event.object_id == str(visible.pk)


def test_joining_twice_is_refused_kindly(visible, joiner):
    joins.join(joiner, visible.pk)
    with pytest.raises(joins.AlreadyJoined):
        joins.join(joiner, visible.pk)
    assert Knelpunt.objects.get(pk=visible.pk).join_count == 1


def test_the_joiner_receives_stage_messages_and_feedback(visible, joiner, kortrijk_coordinator,
                                                         django_capture_on_commit_callbacks, login, client):
    joins.join(joiner, visible.pk, "Ook in onze werking.")
    with django_capture_on_commit_callbacks(execute=True):
        casework.change_stage(kortrijk_coordinator, visible.pk, Stage.ANALYSIS, "We zoeken het uit met het OCMW.",
                              visible.version, remark="Intern: bespreken met schepen X")
    with django_capture_on_commit_callbacks(execute=True):
        casework.send_feedback(kortrijk_coordinator, visible.pk, "Eerste overleg was goed.")
    notes = Notification.objects.filter(user=joiner).order_by("created_at", "id")
    assert [n.kind for n in notes] == [Notification.Kind.STAGE, Notification.Kind.FEEDBACK]
    assert all(n.knelpunt_id == visible.pk and n.signal_id is None for n in notes)

    login(joiner)
    page = client.get(f"/mijn/knelpunten/{visible.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "We zoeken het uit met het OCMW." in html and "Eerste overleg was goed." in html
    assert "Intern" not in html and "schepen X" not in html
    assert "Coördinator Kortrijk" not in html and "Sofie Gever" not in html
    assert not Notification.objects.filter(user=joiner, read_at__isnull=True).exists()  # opening reads them
    mine = client.get("/mijn/signalen/").content.decode()
    assert "Knelpunten waar je je bij aansloot" in mine and visible.title in mine
    opened = client.get(f"/mijn/meldingen/{notes[0].pk}/")
    assert opened.status_code == 302 and opened.url == f"/mijn/knelpunten/{visible.pk}/"


def test_the_join_page_joins_through_a_guarded_form(visible, joiner, login, client):
    login(joiner)
    url = f"/g/kortrijk/knelpunten/{visible.pk}/ik-zie-dit-ook/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"context": "Ook bij gezinnen in onze wijk."})
    assert response.status_code == 302 and response.url == f"/mijn/knelpunten/{visible.pk}/"
    again = client.get(url, follow=True)
    assert "Je sloot je al aan bij dit knelpunt" in again.content.decode()
    assert Knelpunt.objects.get(pk=visible.pk).join_count == 1


def test_a_merge_moves_the_joins_to_the_remaining_knelpunt(visible, joiner, make_knelpunt, make_signal, kortrijk,
                                                           kortrijk_coordinator):
    other = make_knelpunt("Budgetbegeleiding: lange wachtlijst", signals=[make_signal()], visible_to_givers=True)
    joins.join(joiner, visible.pk)
    both = member(kortrijk, full_name="Els Tweemaal", email="els.tweemaal@caw.be")
    joins.join(both, visible.pk)
    joins.join(both, other.pk)

    casework.merge(kortrijk_coordinator, visible.pk, other.pk, "We voegen deze twee knelpunten samen.")

    remaining = Knelpunt.objects.get(pk=other.pk)
    assert sorted(remaining.joins.values_list("user__email", flat=True)) == [
        "els.tweemaal@caw.be", "jan.aansluiter@ocmw.be"]
    assert remaining.join_count == 2
    assert Knelpunt.objects.get(pk=visible.pk).joins.count() == 0


def test_a_joiner_who_moves_with_a_merge_reads_why(visible, joiner, make_knelpunt, kortrijk_coordinator, login,
                                                   client):
    other = make_knelpunt("Budgetbegeleiding: lange wachtlijst", visible_to_givers=True)
    joins.join(joiner, visible.pk)

    casework.merge(kortrijk_coordinator, visible.pk, other.pk, "We voegen deze twee knelpunten samen.")

    login(joiner)
    html = client.get(f"/mijn/knelpunten/{other.pk}/").content.decode()
    assert "We voegen deze twee knelpunten samen." in html and "Coördinator Kortrijk" not in html


def test_joiners_who_move_with_a_merge_are_notified_after_commit(visible, joiner, make_knelpunt, kortrijk,
                                                                 kortrijk_coordinator, giver, login, client,
                                                                 django_capture_on_commit_callbacks):
    other = make_knelpunt("Budgetbegeleiding: lange wachtlijst", visible_to_givers=True)
    stays = member(kortrijk, full_name="Els Blijft", email="els.blijft@caw.be")
    joins.join(stays, other.pk)
    both = member(kortrijk, full_name="Els Tweemaal", email="els.tweemaal@caw.be")
    joins.join(both, visible.pk)
    joins.join(both, other.pk)
    joins.join(joiner, visible.pk)

    with django_capture_on_commit_callbacks() as after_commit:
        casework.merge(kortrijk_coordinator, visible.pk, other.pk, "We voegen deze twee knelpunten samen.")
    assert not Notification.objects.filter(user=joiner).exists()  # nothing before the commit
    for callback in after_commit:
        callback()

    (notification,) = Notification.objects.filter(user=joiner)
    assert (notification.kind, notification.knelpunt_id, notification.signal_id) == (
        Notification.Kind.FEEDBACK, other.pk, None)
    assert not Notification.objects.filter(user__in=[stays, both]).exists()  # their join did not move
    assert Notification.objects.filter(user=giver, kind=Notification.Kind.LINKED).exists()  # the signal moved
    login(joiner)
    opened = client.get(f"/mijn/meldingen/{notification.pk}/")
    assert opened.status_code == 302 and opened.url == f"/mijn/knelpunten/{other.pk}/"
    assert "We voegen deze twee knelpunten samen." in client.get(opened.url).content.decode()
