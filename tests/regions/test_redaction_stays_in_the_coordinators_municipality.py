"""A coordinator's 'Tekst verwijderen' starts from her own signal and changes only her own municipality's texts.

Kortrijk's and Roeselare's knelpunten are bundled into a regional (Zuid-West) or a Flemish knelpunt. Whatever the
region, Flanders or Roeselare wrote stays as they wrote it: a passage that is not in Kortrijk's signal is refused with
the same words as any passage that stands nowhere, and the confirmation counts only texts of Kortrijk that the
coordinator reads, so it never tells whether the passage also stands in a text she cannot read (a region's internal
remark, another municipality's messages, what a joiner wrote)."""

import re
from types import SimpleNamespace

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Join, StageChange
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from tests.factories import member

from .conftest import move, text_of
from .tenant_texts import owned_by, texts_holding

NAME = "Fatima Benali"
SECRET = "Marc Vandamme"
REFUSED = "Deze tekst staat niet in het signaal. Kopieer hem letterlijk."


@pytest.fixture(params=["zuidwest", "flanders"])
def above(request, region_user, flemish_team):
    """The region or Flanders both municipalities escalated to, and its coordinator."""
    scope = request.getfixturevalue(request.param)
    return SimpleNamespace(scope=scope, user=region_user if request.param == "zuidwest" else flemish_team)


@pytest.fixture
def setting(committed, theme, give, add_knelpunt, giver, kortrijk, roeselare, kortrijk_coordinator,
            roeselare_coordinator, above):
    """Kortrijk's knelpunt (visible to givers) with the signal that holds the name and a neighbour's signal, and
    Roeselare's knelpunt whose signal holds the name too; both escalated, not bundled yet."""
    signal = give(giver, kortrijk, description=f"Mevrouw {NAME} wacht al vier maanden op budgetbegeleiding.")
    neighbour = give(member(kortrijk, full_name="Ander Gever", email="ander@ocmw.be"), kortrijk)
    with committed():
        ours = casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Wachttijden budgetbegeleiding",
                                                                           "visible_to_givers": True},
                                          themes=[theme], signal_ids=[signal.pk, neighbour.pk])
    add_knelpunt.escalate(kortrijk_coordinator, ours, above.scope)
    rune = member(roeselare, full_name="Rune Roeselare", email="rune@caw.be")
    theirs = add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol",
                      [give(rune, roeselare, description=f"{NAME} wacht op schuldhulp. {SECRET} ook.")],
                      scope=above.scope)
    return SimpleNamespace(signal=signal, ours=ours, theirs=theirs)


def redact(client, login, kortrijk, coordinator, signal, passage, confirm=""):
    login(coordinator)
    return client.post(reverse("casework:redact", args=[kortrijk.slug, signal.pk]),
                       {"passage": passage, "confirm": confirm}, follow=True)


@pytest.mark.parametrize("confirm", ["", "on"], ids=["asking", "confirming"])
def test_a_passage_only_in_other_tenants_texts_is_refused_and_changes_nothing(
        client, login, committed, above, setting, kortrijk, kortrijk_coordinator, roeselare_coordinator, confirm):
    top = escalation.bundle(above.user, above.scope, [setting.theirs.pk], "Schuldhulp in de regio")
    with committed():
        casework.send_feedback(above.user, top.pk, f"We spraken met {SECRET} van het CAW.")
        casework.send_feedback(roeselare_coordinator, setting.theirs.pk, f"{SECRET} belt terug.")
    move(above.user, top, committed, Stage.ANALYSIS, "We zoeken het uit.", remark=f"{SECRET}: dossier bij het CAW.")
    escalation.add_to_bundle(above.user, top.pk, [setting.ours.pk])  # Kortrijk joins the bundle afterwards
    before = texts_holding(SECRET)
    assert owned_by(before, "Roeselare") == {"signal", "story", "message"}  # the control
    assert owned_by(before, above.scope.name) == {"message", "stage remark"}
    assert not owned_by(before, "Kortrijk")

    page = text_of(redact(client, login, kortrijk, kortrijk_coordinator, setting.signal, SECRET, confirm))

    assert REFUSED in page
    assert "Ja, verwijder deze tekst" not in page
    assert texts_holding(SECRET) == before
    assert not AuditEvent.objects.filter(action="signal.redacted").exists()


def test_a_passage_also_in_other_tenants_texts_changes_only_her_municipalitys(
        client, login, committed, above, setting, kortrijk, kortrijk_coordinator, roeselare_coordinator):
    top = escalation.bundle(above.user, above.scope, [setting.ours.pk, setting.theirs.pk], "Schuldhulp in de regio")
    move(above.user, top, committed, Stage.ANALYSIS, f"Het verhaal van {NAME} zet ons aan het werk.",
         remark=f"{NAME}: dossier bij het CAW.")
    with committed():
        casework.send_feedback(above.user, top.pk, f"We spraken met {NAME}.")
        casework.send_feedback(roeselare_coordinator, setting.theirs.pk, f"{NAME} belt terug.")
        casework.send_feedback(kortrijk_coordinator, setting.ours.pk, f"We bekijken de situatie van {NAME}.")
    casework.add_note(kortrijk_coordinator, setting.ours.pk, f"{NAME} belt vrijdag terug.")
    before = texts_holding(NAME)
    assert owned_by(before, "Kortrijk") == {"signal", "story", "message", "note"}  # the control
    assert owned_by(before, "Roeselare") == {"signal", "story", "message"}
    assert owned_by(before, above.scope.name) == {"message", "stage message", "stage remark"}
    stage_texts = list(StageChange.objects.filter(knelpunt=top).values_list("message", "remark"))

    response = redact(client, login, kortrijk, kortrijk_coordinator, setting.signal, NAME, confirm="on")

    assert "De tekst is verwijderd op" in text_of(response)
    after = texts_holding(NAME)
    assert owned_by(after, "Kortrijk") == set()
    assert after == {place for place in before if place[0] != "Kortrijk"}
    assert list(StageChange.objects.filter(knelpunt=top).values_list("message", "remark")) == stage_texts


def confirmation(client, login, kortrijk, coordinator, signal, passage) -> str:
    """What the confirmation step says about the places, from the quote to 'Dit kan je niet ongedaan maken'."""
    page = text_of(redact(client, login, kortrijk, coordinator, signal, passage))
    return re.search(r"Je wil deze tekst verwijderen.*?Dit kan je niet ongedaan maken", page).group(0)


def test_the_confirmation_says_the_same_whatever_texts_she_cannot_read_hold(
        client, login, committed, above, setting, joiner, kortrijk, kortrijk_coordinator, roeselare_coordinator):
    top = escalation.bundle(above.user, above.scope, [setting.ours.pk, setting.theirs.pk], "Schuldhulp in de regio")
    alone = confirmation(client, login, kortrijk, kortrijk_coordinator, setting.signal, NAME)

    move(above.user, top, committed, Stage.ANALYSIS, "We zoeken het uit.", remark=f"{NAME}: dossier bij het CAW.")
    with committed():
        casework.send_feedback(roeselare_coordinator, setting.theirs.pk, f"{NAME} belt terug.")
    joins.join(joiner, setting.ours.pk, f"Ik ken {NAME} ook van de voedselbank.")
    assert {(above.scope.name, "stage remark"), ("Roeselare", "message"), ("Kortrijk", "joiner")} <= texts_holding(
        NAME)  # the control: now texts she cannot read hold the name too

    assert confirmation(client, login, kortrijk, kortrijk_coordinator, setting.signal, NAME) == alone
    assert "We vervangen hem op 1 plaats door [verwijderd]" in alone


def test_what_a_joiner_of_her_knelpunt_wrote_is_redacted_but_never_counted(
        client, login, above, setting, joiner, kortrijk, kortrijk_coordinator):
    joins.join(joiner, setting.ours.pk, f"Ik ken {NAME} ook van de voedselbank.")

    asked = confirmation(client, login, kortrijk, kortrijk_coordinator, setting.signal, NAME)
    done = text_of(redact(client, login, kortrijk, kortrijk_coordinator, setting.signal, NAME, confirm="on"))

    assert "We vervangen hem op 1 plaats door [verwijderd]" in asked
    assert "De tekst is verwijderd op 1 plaats." in done
    assert Join.objects.get(user=joiner).context == "Ik ken [verwijderd] ook van de voedselbank."
    assert owned_by(texts_holding(NAME), "Kortrijk") == set()
