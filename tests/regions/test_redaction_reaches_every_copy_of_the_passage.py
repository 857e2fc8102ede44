"""A coordinator redacts a client's name from a signal. The name had travelled: in a message to all givers of the
knelpunt (a copy in the story of every signal it reached), in an internal note, in the context of someone who
joined, and in the message of the regional knelpunt the knelpunt was bundled into (which flowed down to her
knelpunt and its givers, and to another municipality's knelpunt and its givers). After the redaction the name is
stored nowhere in her municipality; the region's own stage change and remark and Roeselare's copies are not hers:
they keep it (tests/regions/test_redaction_stays_in_the_coordinators_municipality.py)."""

from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from tests.factories import member
from tests.intake.db_dump import places_holding

from .conftest import move, text_of
from .tenant_texts import owned_by, texts_holding

NAME = "Fatima Benali"


def test_the_name_is_gone_from_every_knelpunt_text_that_copied_it(
        client, login, committed, give, giver, joiner, kortrijk, roeselare, kortrijk_coordinator,
        roeselare_coordinator, zuidwest, region_user, add_knelpunt, theme):
    signal = give(giver, kortrijk, description=f"Mevrouw {NAME} wacht al vier maanden op budgetbegeleiding.")
    other_giver = member(kortrijk, full_name="Ander Gever", email="ander@ocmw.be")
    other_signal = give(other_giver, kortrijk)
    with committed():
        ours = casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Wachttijden budgetbegeleiding",
                                                                           "visible_to_givers": True},
                                          themes=[theme], signal_ids=[signal.pk, other_signal.pk])
        casework.send_feedback(kortrijk_coordinator, ours.pk, f"We bekijken de situatie van {NAME} met het OCMW.")
    casework.add_note(kortrijk_coordinator, ours.pk, f"{NAME} belt vrijdag terug.")
    joins.join(joiner, ours.pk, f"Ik ken {NAME} ook van de voedselbank.")
    add_knelpunt.escalate(kortrijk_coordinator, ours, zuidwest)
    theirs = add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol", [give(
        member(roeselare, full_name="Rune Roeselare", email="rune@caw.be"), roeselare)], scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [ours.pk, theirs.pk], "Schuldhulp in de regio")
    move(region_user, regional, committed, Stage.ANALYSIS, f"Het verhaal van {NAME} zet ons aan het werk.",
         remark=f"{NAME}: dossier bij het CAW.")
    assert len(places_holding(NAME)) > 5  # the signal, the event copies, note, join, stage change, flowed copies
    assert owned_by(texts_holding(NAME), "Kortrijk") == {"signal", "story", "message", "note", "joiner"}

    login(kortrijk_coordinator)
    response = client.post(reverse("casework:redact", args=[kortrijk.slug, signal.pk]),
                           {"passage": NAME, "confirm": "on"}, follow=True)

    assert response.status_code == 200
    assert texts_holding(NAME) == {(zuidwest.name, "stage message"), (zuidwest.name, "stage remark"),
                                   ("Roeselare", "message"), ("Roeselare", "story")}
    assert "Het verhaal van [verwijderd] zet ons aan het werk." in text_of(
        login(other_giver).get(reverse("intake:detail", args=[other_signal.reference])))
    assert "We bekijken de situatie van [verwijderd] met het OCMW." in text_of(
        client.get(reverse("intake:detail", args=[other_signal.reference])))
    assert AuditEvent.objects.get(action="signal.redacted").payload["places"] >= 6
    ours.refresh_from_db()
    assert (ours.stage, ours.parent_id) == (Stage.ESCALATED, regional.pk)
