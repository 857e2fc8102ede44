"""A coordinator redacts a passage (a client's name) from a signal: it is also gone from the stage changes of the
knelpunten the signal is or was linked to (the message to the givers and the internal remark), so nobody reads it
again: not the giver in the story of the signal, not whoever joined the knelpunt, not the coordinator in its
timeline. Who moved the knelpunt, when and to which stage stay as they were."""

from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import StageChange
from lokaalsignaal.casework.knelpunten.stages import Stage
from tests.factories import member
from tests.intake.db_dump import places_holding

NAME = "Fatima Benali"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def move(coordinator, knelpunt, to, message, committed, remark=""):
    knelpunt.refresh_from_db()
    with committed():
        casework.change_stage(coordinator, knelpunt.pk, to, message, knelpunt.version, remark=remark)


def page(client, login, user, url) -> str:
    login(user)
    response = client.get(url)
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_the_passage_is_gone_from_the_stage_messages_the_giver_joiner_and_coordinator_read(
        client, login, committed, give_signal, giver, kortrijk, kortrijk_coordinator):
    signal = give_signal(giver, kortrijk, description=f"Mevrouw {NAME} wacht al vier maanden.")
    with committed():
        earlier = casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Wachttijden"},
                                             signal_ids=[signal.pk])
    move(kortrijk_coordinator, earlier, Stage.ANALYSIS, f"We bellen met het OCMW over {NAME}.", committed)
    with committed():
        current = casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Budgetbegeleiding",
                                                                              "visible_to_givers": True})
        casework.link(kortrijk_coordinator, [signal.pk], current.pk)  # the signal moves on
    joiner = member(kortrijk, full_name="Jan Aansluiter", email="jan.aansluiter@ocmw.be")
    joins.join(joiner, current.pk)
    move(kortrijk_coordinator, current, Stage.ANALYSIS, f"We spraken met {NAME} en het OCMW.", committed,
         remark=f"{NAME} belt volgende week terug.")
    move(kortrijk_coordinator, current, Stage.AGENDA, "Het staat op het overleg van maart.", committed)
    before = list(StageChange.objects.order_by("id").values_list("knelpunt_id", "from_stage", "to_stage", "by_id",
                                                                  "created_at"))
    login(kortrijk_coordinator)

    response = client.post(reverse("casework:redact", args=[kortrijk.slug, signal.pk]),
                           {"passage": NAME, "confirm": "on"}, follow=True)

    assert "De tekst is verwijderd op 3 plaatsen." in unescape(response.content.decode())
    story = page(client, login, giver, reverse("intake:detail", args=[signal.reference]))
    joined = page(client, login, joiner, reverse("joins:joined", args=[current.pk]))
    timelines = [page(client, login, kortrijk_coordinator, reverse("casework:knelpunt", args=[kortrijk.slug, k.pk]))
                 for k in (earlier, current)]
    for html in (story, joined, *timelines):
        assert NAME not in html
    assert "We bellen met het OCMW over [verwijderd]." in story and "We spraken met [verwijderd] en het OCMW." in story
    assert "We spraken met [verwijderd] en het OCMW." in joined
    assert "[verwijderd] belt volgende week terug." in timelines[1]
    assert places_holding(NAME) == []
    assert list(StageChange.objects.order_by("id").values_list("knelpunt_id", "from_stage", "to_stage", "by_id",
                                                               "created_at")) == before
    assert StageChange.objects.get(to_stage=Stage.AGENDA).message == "Het staat op het overleg van maart."
    assert AuditEvent.objects.get(action="signal.redacted").payload["places"] == 3
