"""The knelpunt stage table (`casework.knelpunten.stages.ALLOWED`), walked completely through the service."""

import pytest
from django.core.exceptions import ValidationError

from lokaalsignaal.audit.models import AppendOnlyError
from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.models import Knelpunt, StageChange
from lokaalsignaal.casework.knelpunten.stages import ALLOWED, Stage, TransitionNotAllowed
from tests.factories import coordinator, escalation_to, region

# The product decision, written out independently of the code's table.
DOMAIN_TABLE = {
    "new": {"analysis", "agenda", "escalated", "not_retained"},
    "analysis": {"agenda", "proposal", "escalated", "not_retained"},
    "agenda": {"analysis", "proposal", "escalated", "not_retained"},
    "proposal": {"agenda", "execution", "escalated", "not_retained"},
    "execution": {"proposal", "done"},
    "escalated": {"analysis", "done"},
    "done": {"analysis"},
    "not_retained": {"analysis"},
}
ALL_PAIRS = [(a, b) for a in Stage.values for b in Stage.values if a != b]


def test_code_table_is_the_domain_table():
    assert {k: set(v) for k, v in ALLOWED.items()} == DOMAIN_TABLE


@pytest.fixture
def actor(municipality):
    return coordinator(municipality)


def knelpunt_in(stage, municipality, actor):
    knelpunt = services.create_knelpunt(actor, municipality, {"title": "Wachtlijst budgetbegeleiding"})
    Knelpunt.objects.filter(pk=knelpunt.pk).update(stage=stage)
    knelpunt.refresh_from_db()
    return knelpunt


@pytest.mark.parametrize(("from_stage", "to_stage"), [p for p in ALL_PAIRS if p[1] in DOMAIN_TABLE[p[0]]])
def test_every_allowed_transition_is_recorded_with_its_message(municipality, actor, from_stage, to_stage):
    knelpunt = knelpunt_in(from_stage, municipality, actor)

    message = "We bekijken dit op het overleg."
    where = escalation_to(region(municipality)) if to_stage == Stage.ESCALATED else {}
    change = services.change_stage(actor, knelpunt.pk, to_stage, message, knelpunt.version, **where)

    knelpunt.refresh_from_db()
    assert knelpunt.stage == to_stage
    assert (change.from_stage, change.to_stage, change.by, change.message) == (
        from_stage, to_stage, actor, "We bekijken dit op het overleg.")


@pytest.mark.parametrize(("from_stage", "to_stage"), [p for p in ALL_PAIRS if p[1] not in DOMAIN_TABLE[p[0]]])
def test_every_forbidden_transition_is_refused_and_nothing_is_written(municipality, actor, from_stage, to_stage):
    knelpunt = knelpunt_in(from_stage, municipality, actor)

    with pytest.raises(TransitionNotAllowed):
        services.change_stage(actor, knelpunt.pk, to_stage, "Bericht", knelpunt.version)

    knelpunt.refresh_from_db()
    assert knelpunt.stage == from_stage
    assert not StageChange.objects.filter(knelpunt=knelpunt).exists()


@pytest.mark.parametrize("message", ["", "   "])
def test_a_stage_change_without_a_message_to_the_givers_is_refused(municipality, actor, message):
    knelpunt = knelpunt_in(Stage.NEW, municipality, actor)

    with pytest.raises(ValidationError):
        services.change_stage(actor, knelpunt.pk, Stage.ANALYSIS, message, knelpunt.version)

    assert not StageChange.objects.exists()


def test_stage_history_is_append_only(municipality, actor):
    knelpunt = knelpunt_in(Stage.NEW, municipality, actor)
    change = services.change_stage(actor, knelpunt.pk, Stage.ANALYSIS, "We starten de analyse.", knelpunt.version)

    with pytest.raises(AppendOnlyError):
        change.save()
    with pytest.raises(AppendOnlyError):
        change.delete()
    with pytest.raises(AppendOnlyError):
        StageChange.objects.filter(pk=change.pk).update(message="anders")
    with pytest.raises(AppendOnlyError):
        StageChange.objects.all().delete()
    with pytest.raises(AppendOnlyError):  # a redaction rewrites texts only (casework.redaction.services.redact_passage)
        StageChange.objects.filter(pk=change.pk).redact_texts(message="anders", to_stage=Stage.DONE)
    assert StageChange.objects.get(pk=change.pk).to_stage == Stage.ANALYSIS


def test_a_second_coordinator_with_an_old_version_does_not_overwrite(municipality, actor):
    colleague = coordinator(municipality)
    knelpunt = knelpunt_in(Stage.NEW, municipality, actor)
    seen_version = knelpunt.version
    services.change_stage(actor, knelpunt.pk, Stage.ANALYSIS, "We starten de analyse.", seen_version)

    with pytest.raises(services.StaleEdit):
        services.change_stage(colleague, knelpunt.pk, Stage.NOT_RETAINED, "Niet weerhouden.", seen_version)

    knelpunt.refresh_from_db()
    assert knelpunt.stage == Stage.ANALYSIS
    assert StageChange.objects.filter(knelpunt=knelpunt).count() == 1


def test_the_identifiers_in_a_stage_message_are_never_stored(municipality, actor):
    knelpunt = knelpunt_in(Stage.NEW, municipality, actor)

    change = services.change_stage(actor, knelpunt.pk, Stage.ANALYSIS,
                                   "Bel ons op 0470 12 34 56 of mail info@voorbeeld.be.", knelpunt.version)

    assert "0470" not in change.message and "info@voorbeeld.be" not in change.message
